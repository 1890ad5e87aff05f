"""Members and roles of a team workspace: invite, list, change a role (issue 18).

On a PostgreSQL workspace every member connects with their own login role, made by
:func:`invite`; what that login may read and write is decided by the server (the grants in
models/members.py and migration 0008's row-level security), so a member's window, CLI, or a raw
SQL client all see the same rows. The service checks the role too, so a refusal is one clear
message instead of the server's "permission denied".

In a local SQLite library the member table is a plain list (no logins, nothing enforced): the
person at the computer is the owner.
"""
from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desktop import clock, events
from desktop.errors import Code, ServiceError
from desktop.services import db
from models import db as dbmod
from models.members import ROLES, Role, WorkspaceMember, grant_statements, quote_ident

AREA = "members"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LOGIN = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


class MemberError(ServiceError):
    """A member or role change the workspace does not allow; nothing changed."""


@dataclass(frozen=True)
class MemberRow:
    id: int
    email: str
    name: str
    role: str
    login: str | None


@dataclass(frozen=True)
class Invitation:
    member: MemberRow
    login: str | None  # None in a local library
    password: str | None  # shown once; never stored in the database


def _row(m: WorkspaceMember) -> MemberRow:
    return MemberRow(m.id, m.email, m.name, m.role, m.login)


def _sqlstate(exc: BaseException) -> str | None:
    for err in (exc, exc.__cause__, exc.__context__):
        state = getattr(err, "sqlstate", None)
        if state:
            return state
    return None


@contextmanager
def refused_by_server(code: Code = Code.MEMBER_OWNERS_ONLY) -> Iterator[None]:
    """The server's "permission denied" (42501) as the role refusal it is."""
    from peewee import DatabaseError

    try:
        yield
    except DatabaseError as exc:
        if _sqlstate(exc) == "42501":
            raise MemberError(code) from None
        raise


# -- who is connected -------------------------------------------------------------------------

def _connected() -> tuple[str, bool]:
    """(the login, whether it owns the schema or is a superuser: the workspace's maker)."""
    row = db.execute_sql(
        "SELECT current_user, coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = "
        "current_user), false) OR EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = "
        "current_schema() AND tablename = 'proposal' AND tableowner = current_user)").fetchone()
    return row[0], bool(row[1])


def current() -> MemberRow | None:
    """The member connected to the workspace (None locally, or for the schema's owner before
    `workspace init` recorded them)."""
    if not dbmod.is_postgres():
        return None
    login, _ = _connected()
    found = WorkspaceMember.get_or_none(WorkspaceMember.login == login)
    return None if found is None else _row(found)


def current_role() -> Role:
    """The connected person's role: locally always the owner; on a workspace the member row's,
    or owner for the schema's owner. A login that is neither is refused."""
    if not dbmod.is_postgres():
        return Role.OWNER
    login, maker = _connected()
    found = WorkspaceMember.get_or_none(WorkspaceMember.login == login)
    if found is not None:
        return Role(found.role)
    if maker:
        return Role.OWNER
    raise MemberError(Code.MEMBER_NOT_INVITED, login=login)


def sees_money() -> bool:
    """Whether the connected person may see payments and payout details (owners only: the
    server refuses the money tables to managers and members)."""
    return current_role() == Role.OWNER


def require_owner() -> None:
    if current_role() != Role.OWNER:
        raise MemberError(Code.MEMBER_OWNERS_ONLY)


def require_manager() -> None:
    if current_role() not in (Role.OWNER, Role.MANAGER):
        raise MemberError(Code.MEMBER_MANAGERS_ONLY)


# -- reading ----------------------------------------------------------------------------------

def members() -> list[MemberRow]:
    """Everyone in the workspace, owners first, then by e-mail (every role may read this)."""
    order = {str(r): i for i, r in enumerate(ROLES)}
    rows = [_row(m) for m in WorkspaceMember.select()]
    return sorted(rows, key=lambda m: (order.get(m.role, 9), m.email))


def _check_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not _EMAIL.match(email):
        raise MemberError(Code.MEMBER_BAD_EMAIL, email=email)
    return email


def find(email: str) -> WorkspaceMember:
    email = _check_email(email)
    found = WorkspaceMember.get_or_none(WorkspaceMember.email == email)
    if found is None:
        raise MemberError(Code.MEMBER_NOT_FOUND, email=email)
    return found


def _check_role(role: str) -> Role:
    if role not in ROLES:
        raise MemberError(Code.MEMBER_BAD_ROLE, value=role)
    return Role(role)


# -- changing ---------------------------------------------------------------------------------

def default_login(email: str) -> str:
    """A login name for `email` in this workspace: its local part and the database's name, in
    the letters PostgreSQL takes unquoted (login names are shared by the server's databases)."""
    local = re.sub(r"[^a-z0-9]+", "_", email.split("@", 1)[0].lower()).strip("_") or "member"
    if not local[0].isalpha():
        local = "m_" + local
    database = db.execute_sql("SELECT current_database()").fetchone()[0]
    suffix = re.sub(r"[^a-z0-9]+", "_", database.lower()).strip("_")
    return f"{local}_{suffix}"[:63].rstrip("_")


def _apply_grants(login: str, role: str) -> None:
    for statement in grant_statements(db, login, role):
        db.execute_sql(statement)


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677), made here so
    the password itself never reaches the server (nor its statement log)."""
    import base64
    import hashlib
    import hmac

    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _raw(statement: str) -> None:
    """Run one statement on the connection without peewee's query log (it carries a password)."""
    db.connection().cursor().execute(statement)


def invite(email: str, role: str = Role.MEMBER, *, name: str = "",
           login: str | None = None) -> Invitation:
    """Add a member. On a workspace this also makes their PostgreSQL login with a new random
    password (returned once, never stored) and grants it what the role may touch; all or
    nothing. Owners only."""
    email, role = _check_email(email), _check_role(role)
    require_owner()
    postgres = dbmod.is_postgres()
    if login is not None and not _LOGIN.match(login):
        raise MemberError(Code.MEMBER_BAD_LOGIN, login=login)
    password: str | None = None
    with db.atomic():
        if WorkspaceMember.get_or_none(WorkspaceMember.email == email) is not None:
            raise MemberError(Code.MEMBER_EXISTS, email=email)
        if postgres:
            login = login or default_login(email)
            exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                    (login,)).fetchone()
            if exists or WorkspaceMember.get_or_none(WorkspaceMember.login == login):
                raise MemberError(Code.MEMBER_LOGIN_TAKEN, login=login)
            password = secrets.token_urlsafe(18)  # letters, digits, - and _
            try:
                # the server gets the SCRAM verifier (base64, $ and :), never the password
                _raw(f"CREATE ROLE {quote_ident(login)} LOGIN PASSWORD "
                     f"'{scram_verifier(password)}'")
            except Exception as exc:
                if _sqlstate(exc) == "42501":
                    raise MemberError(Code.MEMBER_CANNOT_CREATE_LOGIN) from None
                raise
            _apply_grants(login, role)
        else:
            login = None
        now = clock.now()
        member = WorkspaceMember.create(email=email, name=name.strip(), role=role, login=login,
                                        created_at=now, updated_at=now)
    events.changed(AREA, [member.id])
    return Invitation(_row(member), login, password)


def set_role(email: str, role: str) -> MemberRow:
    """Give a member another role (their login's grants follow at once). Owners only; the last
    owner keeps the role."""
    role = _check_role(role)
    require_owner()
    with db.atomic():
        member = find(email)
        owners = WorkspaceMember.select().where(WorkspaceMember.role == Role.OWNER).count()
        if member.role == Role.OWNER and role != Role.OWNER and owners <= 1:
            raise MemberError(Code.MEMBER_LAST_OWNER, email=member.email)
        member.role = role
        member.updated_at = clock.now()
        member.save()
        if dbmod.is_postgres() and member.login:
            _apply_grants(member.login, role)
    events.changed(AREA, [member.id])
    return _row(member)


def claim_owner(email: str | None = None) -> MemberRow | None:
    """On a workspace, record the connected login (the schema's owner, who ran `workspace
    init`) as an owner member under `email` (when given and not recorded yet), so the team list
    shows them and rows they make carry their member id (the schema's owner is an owner even
    unrecorded); then give every member's login on this server the grants of its role again,
    for tables a newer migration added. Returns the owner's row (None locally, or when not
    recorded)."""
    if not dbmod.is_postgres():
        return None
    login, maker = _connected()
    with db.atomic():
        found = WorkspaceMember.get_or_none(WorkspaceMember.login == login)
        if found is None and not maker:
            raise MemberError(Code.MEMBER_NOT_INVITED, login=login)
        if found is None and email:
            address = _check_email(email)
            if WorkspaceMember.get_or_none(WorkspaceMember.email == address) is not None:
                raise MemberError(Code.MEMBER_EXISTS, email=address)
            now = clock.now()
            found = WorkspaceMember.create(email=address, role=Role.OWNER, login=login,
                                           created_at=now, updated_at=now)
        if maker:  # (a login copied in from another server by `workspace push` has no role)
            roles = {r[0] for r in db.execute_sql("SELECT rolname FROM pg_roles")}
            for member in WorkspaceMember.select().where(WorkspaceMember.login.is_null(False)):
                if member.login and member.login != login and member.login in roles:
                    _apply_grants(member.login, member.role)
    return None if found is None else _row(found)

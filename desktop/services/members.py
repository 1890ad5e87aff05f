"""Members and roles of a team workspace: invite, list, change a role, remove (issue 18).

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
from models.contracts import Contract, ContractStatus
from models.members import (
    ROLES,
    Role,
    WorkspaceMember,
    grant_statements,
    quote_ident,
    revoke_statements,
)
from models.proposals import Proposal, ProposalStatus

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
class Removal:
    """What `remove` did: the member (now marked removed), their login dropped (None locally or
    when they had none), and their open work — handed to `to` (an e-mail) or, when None, back
    to the agency, unassigned."""

    member: MemberRow
    login_dropped: str | None
    contracts: list[int]
    proposals: list[int]
    to: str | None


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
    """Everyone in the workspace, owners first, then by e-mail (every role may read this).
    Members who were removed are not listed (their history still names them)."""
    order = {str(r): i for i, r in enumerate(ROLES)}
    rows = [_row(m) for m in WorkspaceMember.select().where(WorkspaceMember.removed_at.is_null())]
    return sorted(rows, key=lambda m: (order.get(m.role, 9), m.email))


def _check_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not _EMAIL.match(email):
        raise MemberError(Code.MEMBER_BAD_EMAIL, email=email)
    return email


def find(email: str) -> WorkspaceMember:
    """The member with this e-mail; one who was removed is refused (nothing new is given to
    someone who left)."""
    email = _check_email(email)
    found = WorkspaceMember.get_or_none(WorkspaceMember.email == email)
    if found is None:
        raise MemberError(Code.MEMBER_NOT_FOUND, email=email)
    if found.removed_at is not None:
        raise MemberError(Code.MEMBER_REMOVED, email=email, date=found.removed_at.date())
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
    nothing. Owners only. A member who was removed comes back on their old row (their
    history), with a new login."""
    email, role = _check_email(email), _check_role(role)
    require_owner()
    postgres = dbmod.is_postgres()
    if login is not None and not _LOGIN.match(login):
        raise MemberError(Code.MEMBER_BAD_LOGIN, login=login)
    password: str | None = None
    with db.atomic():
        before = WorkspaceMember.get_or_none(WorkspaceMember.email == email)
        if before is not None and before.removed_at is None:
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
        if before is not None:  # someone who left comes back: the same row, their history
            before.name, before.role, before.login = name.strip() or before.name, role, login
            before.removed_at, before.updated_at = None, now
            before.save()
            member = before
        else:
            member = WorkspaceMember.create(email=email, name=name.strip(), role=role,
                                            login=login, created_at=now, updated_at=now)
    events.changed(AREA, [member.id])
    return Invitation(_row(member), login, password)


def _owners() -> int:
    return (WorkspaceMember.select().where((WorkspaceMember.role == Role.OWNER)
                                           & WorkspaceMember.removed_at.is_null()).count())


def set_role(email: str, role: str) -> MemberRow:
    """Give a member another role (their login's grants follow at once). Owners only; the last
    owner keeps the role."""
    role = _check_role(role)
    require_owner()
    with db.atomic():
        member = find(email)
        if member.role == Role.OWNER and role != Role.OWNER and _owners() <= 1:
            raise MemberError(Code.MEMBER_LAST_OWNER, email=member.email)
        member.role = role
        member.updated_at = clock.now()
        member.save()
        if dbmod.is_postgres() and member.login:
            _apply_grants(member.login, role)
    events.changed(AREA, [member.id])
    return _row(member)


# Work still going on when a member leaves: handed on by `remove`. Everything else (ended or
# declined contracts, proposals that were hired, declined, withdrawn…) is history and keeps
# naming them.
OPEN_CONTRACTS = (ContractStatus.OFFER, ContractStatus.ACTIVE, ContractStatus.PAUSED)
OPEN_PROPOSALS = (ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.VIEWED,
                  ProposalStatus.INTERVIEWING, ProposalStatus.OFFER)


def _leaver(who: str) -> WorkspaceMember:
    """The member named by e-mail or by server login."""
    text = (who or "").strip()
    if "@" in text:
        return find(text)
    found = WorkspaceMember.get_or_none(WorkspaceMember.login == text.lower()) if text else None
    if found is None:
        raise MemberError(Code.MEMBER_NOT_FOUND, email=text)
    return found


def _drop_login(login: str) -> bool:
    """Take the login's rights in this workspace away and drop it, so it can neither connect
    nor read. False when the server has no such login any more."""
    if not db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
        return False
    try:
        for statement in revoke_statements(db, login):
            db.execute_sql(statement)
        db.execute_sql(f"DROP ROLE {quote_ident(login)}")
    except Exception as exc:
        # 42501: no right to drop logins; 2BP01: it still holds rights somebody else granted
        if _sqlstate(exc) in ("42501", "2BP01"):
            raise MemberError(Code.MEMBER_CANNOT_DROP_LOGIN, login=login) from None
        raise
    return True


def _end_sessions(login: str) -> None:
    """End the removed login's open connections (their rights are already gone; this closes
    the window's connection too). Allowed to the server's superusers and to roles with
    pg_signal_backend; without that the sessions can still read nothing."""
    try:
        db.execute_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE usename = %s AND pid <> pg_backend_pid()", (login,))
    except Exception as exc:  # not allowed to signal them: their rights are gone anyway
        if _sqlstate(exc) != "42501":
            raise


def remove(who: str, *, to: str | None = None) -> Removal:
    """A member leaves the agency (owners only; `who` is their e-mail or server login).

    - Their login is dropped: it can no longer connect, and open sessions are ended.
    - Their open work — contracts on offer, active or paused, and proposals not yet decided —
      goes to the member `to`, or, without it, back to the agency unassigned, where owners and
      managers see it to hand on (`workspace assign`).
    - Their history stays: the member row is kept, marked removed, so ended contracts, time,
      Connects spent and pay recorded still name them, and their pay can still be recorded.
    All or nothing. The last owner, and the person connected, cannot be removed."""
    require_owner()
    postgres = dbmod.is_postgres()
    with db.atomic(), refused_by_server():
        member = _leaver(who)
        if member.removed_at is not None:
            raise MemberError(Code.MEMBER_REMOVED, email=member.email,
                              date=member.removed_at.date())
        heir = find(to) if to else None
        if heir is not None and heir.id == member.id:
            raise MemberError(Code.MEMBER_HANDOVER_SELF, email=member.email)
        if postgres and member.login and member.login == _connected()[0]:
            raise MemberError(Code.MEMBER_REMOVE_SELF, email=member.email)
        if member.role == Role.OWNER and _owners() <= 1:
            raise MemberError(Code.MEMBER_LAST_OWNER, email=member.email)
        contracts = [c.id for c in Contract.select(Contract.id).where(
            (Contract.member == member.id) & Contract.status.in_(OPEN_CONTRACTS))]
        proposals = [p.id for p in Proposal.select(Proposal.id).where(
            (Proposal.member == member.id) & Proposal.status.in_(OPEN_PROPOSALS))]
        if contracts:
            Contract.update(member=heir).where(Contract.id.in_(contracts)).execute()
        if proposals:
            Proposal.update(member=heir).where(Proposal.id.in_(proposals)).execute()
        login = member.login
        dropped = login if postgres and login and _drop_login(login) else None
        member.login = None
        member.removed_at = clock.now()
        member.updated_at = member.removed_at
        member.save()
    if dropped:
        _end_sessions(dropped)
    events.changed(AREA, [member.id])
    if contracts:
        events.changed("contracts", contracts)
    if proposals:
        events.changed("proposals", proposals)
    return Removal(_row(member), dropped, contracts, proposals,
                   heir.email if heir is not None else None)


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

"""The people of a team workspace and their roles (migration 0008).

A role is enforced by the PostgreSQL server, not by the window: row-level security (the
policies made by migration 0008) shows a *member* only the proposals and contracts that carry
their ``member_id`` (and the milestones, time, feedback and messages under them); *managers*
and *owners* see every row; the money tables are granted to owners only, so anyone else's
``SELECT`` on them is refused. The table grants follow the current schema's tables, so they are
written here (:func:`grant_statements`) and applied again by ``workspace init`` after a
migration adds a table. In a local SQLite library the tables exist and nothing is enforced.
"""
from __future__ import annotations

from enum import StrEnum

from peewee import ForeignKeyField, TextField

from models.base import BaseModel
from models.errors import QT_TRANSLATE_NOOP
from models.fields import MoneyField, UtcDateTimeField, utcnow


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    MEMBER = "member"


class PayBasis(StrEnum):
    HOURLY = "hourly"
    SHARE = "share"


ROLES = tuple(Role)
PAY_BASES = tuple(PayBasis)
ROLE_LABELS = {
    "owner": QT_TRANSLATE_NOOP("MemberRole", "Owner"),
    "manager": QT_TRANSLATE_NOOP("MemberRole", "Manager"),
    "member": QT_TRANSLATE_NOOP("MemberRole", "Member"),
}

# What each role's login may touch, table by table. A table not named here (one a later
# migration adds) is the owners' until it is classified: a new table is never shown to every
# member by accident.
# Everyone reads and writes (the agency's library, templates, profiles, the Connects pool; the
# personal tables are filtered row by row by migration 0008's policies).
EVERYONE = frozenset({
    "setting", "profile", "profile_skill", "profile_language", "portfolio_item",
    "portfolio_file", "profile_portfolio", "certification", "employment", "education",
    "client", "job", "job_snapshot", "job_skill", "saved_search", "feed", "import_log",
    "job_facet",  # the job library's filter columns (search filters, 0018; + tsvector, 0021)
    "proposal_template", "connects_entry",
    "outbox_applied",  # ids of outbox entries applied (each member sends their own outbox)
    # each member's own rows only (row-level security)
    "proposal", "proposal_milestone", "screening_answer", "proposal_attachment",
    "proposal_status_change", "proposal_revision", "contract", "contract_milestone",
    "time_entry", "feedback", "interaction",
})
# Everyone reads; only owners (or the schema's owner) change.
READ_ONLY = frozenset({"workspace_member", "schema_migration"})
# For the record, the tables only owners may read or write: payments, payout details and
# plans, members' pay — and anything not classified above.
OWNERS_ONLY = frozenset({"money_transaction", "withdrawal_method", "planned_withdrawal",
                         "member_pay", "member_payout"})


class WorkspaceMember(BaseModel):
    email = TextField(unique=True)
    name = TextField(default="")
    role = TextField(default=Role.MEMBER)  # owner | manager | member
    login = TextField(null=True, unique=True)  # the PostgreSQL login role; NULL locally
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    # when an owner removed them (migration 0011): their login is gone, their history stays
    removed_at = UtcDateTimeField(null=True)


class MemberPay(BaseModel):
    member = ForeignKeyField(WorkspaceMember, unique=True, on_delete="CASCADE")
    member_id: ForeignKeyField[int]
    basis = TextField()  # hourly | share
    rate = MoneyField(column_name="rate_cents", null=True)
    share_percent = TextField(null=True)  # decimal text, e.g. "60"
    currency = TextField(default="USD")
    updated_at = UtcDateTimeField(default=utcnow)


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def grant_statements(db, login: str, role: str) -> list[str]:
    """The statements that give PostgreSQL login `login` exactly what `role` may touch in the
    current schema (everything it had before is revoked first)."""
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    database = db.execute_sql("SELECT current_database()").fetchone()[0]
    tables = [r[0] for r in db.execute_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = "
        "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")]
    who, where = quote_ident(login), quote_ident(schema)
    out = [f"REVOKE ALL ON ALL TABLES IN SCHEMA {where} FROM {who}",
           f"GRANT CONNECT ON DATABASE {quote_ident(database)} TO {who}",
           f"GRANT USAGE ON SCHEMA {where} TO {who}",
           f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {who}"]
    everything = "SELECT, INSERT, UPDATE, DELETE"
    for table in tables:
        if table == "schema_migration" or (table in READ_ONLY and role != Role.OWNER):
            rights = "SELECT"
        elif role == Role.OWNER or table in EVERYONE:
            rights = everything
        else:
            continue  # the owners' (money, payout details, and any table not classified)
        out.append(f"GRANT {rights} ON {where}.{quote_ident(table)} TO {who}")
    return out




def revoke_statements(db, login: str) -> list[str]:
    """The statements that take from PostgreSQL login `login` everything this workspace granted
    it (before the login is dropped: a login that still holds rights cannot be)."""
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    database = db.execute_sql("SELECT current_database()").fetchone()[0]
    who, where = quote_ident(login), quote_ident(schema)
    return [f"REVOKE ALL ON ALL TABLES IN SCHEMA {where} FROM {who}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {where} FROM {who}",
            f"REVOKE ALL ON SCHEMA {where} FROM {who}",
            f"REVOKE ALL ON DATABASE {quote_ident(database)} FROM {who}"]

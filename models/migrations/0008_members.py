"""Members and roles of a team workspace, and the agency's money (issue 18).

- ``workspace_member``: the people of an agency workspace, each with a role (owner, manager,
  member) and the PostgreSQL login they connect as (NULL in a local library).
- ``proposal.member_id`` (who sent it on the agency's behalf), ``contract.member_id`` (who it
  is assigned to), ``connects_entry.member_id`` (who spent the agency's Connects).
- ``member_pay``: the pay the agency set for a member (an hourly rate, or a share of its net).
- ``member_payout``: a member's pay recorded against one client payment.

On PostgreSQL the roles are enforced by the server (models/members.py holds the policy text and
the grants): row-level security shows a member only their own proposals and contracts (and
what hangs off them: milestones, time, feedback, messages); managers and owners see every row;
money tables are owners' only. On SQLite the tables exist and the policies are skipped: one
person, one file.
"""

from models import dialect
from models.db import is_postgres

STATEMENTS = (
    """CREATE TABLE workspace_member (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'manager', 'member')),
    login TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)""",
    # what the agency pays a member (owners only): an hourly rate, or a share of its net
    """CREATE TABLE member_pay (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL UNIQUE REFERENCES workspace_member(id) ON DELETE CASCADE,
    basis TEXT NOT NULL CHECK (basis IN ('hourly', 'share')),
    rate_cents INTEGER,
    share_percent TEXT,
    currency TEXT NOT NULL DEFAULT 'USD',
    updated_at TEXT NOT NULL
)""",
    "ALTER TABLE proposal ADD COLUMN member_id INTEGER "
    "REFERENCES workspace_member(id) ON DELETE SET NULL",
    "ALTER TABLE contract ADD COLUMN member_id INTEGER "
    "REFERENCES workspace_member(id) ON DELETE SET NULL",
    "ALTER TABLE connects_entry ADD COLUMN member_id INTEGER "
    "REFERENCES workspace_member(id) ON DELETE SET NULL",
    "CREATE INDEX proposal_member ON proposal(member_id)",
    "CREATE INDEX contract_member ON contract(member_id)",
    "CREATE INDEX connects_entry_member ON connects_entry(member_id)",
    """CREATE TABLE member_payout (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES workspace_member(id) ON DELETE RESTRICT,
    transaction_id INTEGER NOT NULL UNIQUE REFERENCES money_transaction(id) ON DELETE CASCADE,
    contract_id INTEGER REFERENCES contract(id) ON DELETE SET NULL,
    basis TEXT NOT NULL CHECK (basis IN ('hourly', 'share')),
    agency_net_cents INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    minutes INTEGER,
    rate_cents INTEGER,
    share_percent TEXT,
    currency TEXT NOT NULL DEFAULT 'USD',
    recorded_on TEXT NOT NULL,
    created_at TEXT NOT NULL
)""",
)

# Frozen copy of the policies as this migration made them (models/members.py keeps the grants,
# which follow the tables of whatever schema is current).
PERSONAL = ("proposal", "contract")
UNDER_PROPOSAL = ("proposal_milestone", "screening_answer", "proposal_attachment",
                  "proposal_status_change", "proposal_revision")
UNDER_CONTRACT = ("contract_milestone", "time_entry", "feedback")
OWNERS_ONLY = ("money_transaction", "withdrawal_method", "member_pay", "member_payout")

POSTGRES = (
    # who is connected, as the workspace knows them (NULL for the schema's owner, who is not a
    # member row until `workspace init` records them, and for anyone not invited)
    """CREATE FUNCTION fd_member_id() RETURNS bigint LANGUAGE sql STABLE AS
    $$ SELECT id FROM workspace_member WHERE login = current_user $$""",
    """CREATE FUNCTION fd_member_role() RETURNS text LANGUAGE sql STABLE AS
    $$ SELECT role FROM workspace_member WHERE login = current_user $$""",
    """CREATE FUNCTION fd_sees_all() RETURNS boolean LANGUAGE sql STABLE AS
    $$ SELECT coalesce(fd_member_role() IN ('owner', 'manager'), false) $$""",
    """CREATE FUNCTION fd_is_owner() RETURNS boolean LANGUAGE sql STABLE AS
    $$ SELECT coalesce(fd_member_role() = 'owner', false) $$""",
    # a row a member makes is theirs (a manager hands a contract on with `workspace assign`)
    "ALTER TABLE proposal ALTER COLUMN member_id SET DEFAULT fd_member_id()",
    "ALTER TABLE contract ALTER COLUMN member_id SET DEFAULT fd_member_id()",
    "ALTER TABLE connects_entry ALTER COLUMN member_id SET DEFAULT fd_member_id()",
)


def _policies() -> list[str]:
    mine = "fd_sees_all() OR member_id = fd_member_id()"
    out: list[str] = []
    for table in PERSONAL:
        out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                f"CREATE POLICY by_member ON {table} USING ({mine}) WITH CHECK ({mine})"]
    for parents, tables in (("proposal", UNDER_PROPOSAL), ("contract", UNDER_CONTRACT)):
        for table in tables:
            # the parent's own policy decides: a row whose parent the user cannot see is hidden
            seen = f"EXISTS (SELECT 1 FROM {parents} p WHERE p.id = {parents}_id)"
            out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                    f"CREATE POLICY by_parent ON {table} USING ({seen}) WITH CHECK ({seen})"]
    seen = ("(proposal_id IS NULL OR EXISTS (SELECT 1 FROM proposal p WHERE p.id = proposal_id))"
            " AND (contract_id IS NULL OR EXISTS (SELECT 1 FROM contract c "
            "WHERE c.id = contract_id))")
    out += ["ALTER TABLE interaction ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY by_parent ON interaction USING ({seen}) WITH CHECK ({seen})"]
    # the agency's Connects pool: everyone sees the balance; a member writes only their own rows
    out += ["ALTER TABLE connects_entry ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY pool_read ON connects_entry FOR SELECT USING (true)",
            f"CREATE POLICY pool_add ON connects_entry FOR INSERT WITH CHECK ({mine})",
            f"CREATE POLICY pool_change ON connects_entry FOR UPDATE USING ({mine}) "
            f"WITH CHECK ({mine})",
            f"CREATE POLICY pool_delete ON connects_entry FOR DELETE USING ({mine})"]
    for table in OWNERS_ONLY:  # besides the grants: no rows even if a grant slipped through
        out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                f"CREATE POLICY owners ON {table} USING (fd_is_owner()) "
                "WITH CHECK (fd_is_owner())"]
    return out


def up(migrator, db):
    for statement in STATEMENTS:
        dialect.execute(db, statement)
    if is_postgres(db):
        for statement in (*POSTGRES, *_policies()):
            db.execute_sql(statement)

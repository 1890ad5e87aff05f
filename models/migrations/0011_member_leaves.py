"""A member who leaves the agency, and a running timer per member (issue 18).

- ``workspace_member.removed_at``: when an owner removed the member (`workspace remove`). The
  row stays, so the history that names them (closed contracts, time, pay recorded, Connects
  spent) keeps its author; their server login is dropped and ``login`` cleared, so nothing
  connects as them and the row-level security functions (``fd_member_id()``) match nobody.
- ``time_entry.member_id``: who tracked the time (on a workspace the connected member, by
  default; the contract's assignee for the rows already there). The one-running-timer index
  was one per database: on a workspace a member's running timer refused every other member's
  start with an error about a row they cannot even see. It is one per member now.
"""
from models import dialect
from models.db import is_postgres

STATEMENTS = (
    "ALTER TABLE workspace_member ADD COLUMN removed_at TEXT",
    "ALTER TABLE time_entry ADD COLUMN member_id INTEGER "
    "REFERENCES workspace_member(id) ON DELETE SET NULL",
    "UPDATE time_entry SET member_id = (SELECT c.member_id FROM contract c "
    "WHERE c.id = time_entry.contract_id)",
    "DROP INDEX one_running_timer",
    "CREATE UNIQUE INDEX one_running_timer ON time_entry(coalesce(member_id, 0)) "
    "WHERE ended_at IS NULL AND manual = 0",
    "CREATE INDEX time_entry_member ON time_entry(member_id)",
)

POSTGRES = (
    "ALTER TABLE time_entry ALTER COLUMN member_id SET DEFAULT fd_member_id()",
)


def up(migrator, db):
    for statement in STATEMENTS:
        dialect.execute(db, statement)
    if is_postgres(db):
        for statement in POSTGRES:
            db.execute_sql(statement)

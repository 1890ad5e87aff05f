"""The outbox's entries the database has applied (issue 18, "offline").

Each entry of a computer's outbox (desktop/outbox.py: a letter, a field edit, a service call
such as manual time added offline) carries an id made when it was queued. Sending it writes
that id here in the same transaction as the write itself, so when the sender dies (or the
connection drops) after the commit but before its outbox file records the entry as sent, the
next send finds the id and applies nothing twice.

On a workspace every member sends their own outbox: the table is the team's
(models/members.py EVERYONE). The members' logins that exist now get its grants here, so a
member's send works before the owner next runs `workspace init` (which grants it again).
Numbered 0017: 0016 may be another change's; the runner applies every script it has not
applied yet, in name order.
"""
from models import dialect
from models.db import is_postgres

STATEMENTS = (
    """CREATE TABLE outbox_applied (
    id TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)""",
)


def up(migrator, db):
    for statement in STATEMENTS:
        dialect.execute(db, statement)
    if is_postgres(db) and "workspace_member" in db.get_tables():
        logins = db.execute_sql(
            "SELECT m.login FROM workspace_member m JOIN pg_roles r ON r.rolname = m.login "
            "WHERE m.removed_at IS NULL ORDER BY m.login").fetchall()
        for (login,) in logins:
            db.execute_sql("GRANT SELECT, INSERT, UPDATE, DELETE ON outbox_applied TO "
                           '"' + login.replace('"', '""') + '"')

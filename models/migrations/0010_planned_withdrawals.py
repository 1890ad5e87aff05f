"""Planned withdrawals (issue 17, Insights ▸ Cash flow): what the freelancer means to take out and
when, so "how much can I withdraw on day X" and the weekly balance count it with its fee.

planned_on is TEXT (an ISO date), as every date column of 0001: the same on both backends, so a
workspace push/pull copies it unchanged. Numbered 0010: 0008 and 0009 may be taken by concurrent
changes; the runner applies every script it has not applied yet, in name order.
"""
from models import dialect

STATEMENTS = (
    """CREATE TABLE planned_withdrawal (
    id INTEGER PRIMARY KEY,
    planned_on TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    method_id INTEGER REFERENCES withdrawal_method(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
)""",
    "CREATE INDEX planned_withdrawal_on ON planned_withdrawal (planned_on)",
)


def up(migrator, db):
    for statement in STATEMENTS:
        dialect.execute(db, statement)

"""A version on every row people edit (issue 18, "concurrency without loss").

Each save of such a row is ``UPDATE … SET version = version + 1 WHERE id = ? AND version = ?``
(models/base.py, VersionedModel): when someone else saved the row after it was read, no row
matches and the save is refused with an edit conflict instead of overwriting their change.

Numbered 0009 (0008 is another change's); the runner applies every script it has not applied
yet, in name order, so a data folder that got 0009 first takes 0008 when it arrives. Nothing
here depends on 0008.
"""
from models import dialect

# frozen: the tables as they were when this was written (models.base.VERSIONED_TABLES)
TABLES = (
    "proposal", "proposal_template", "contract", "contract_milestone", "time_entry",
    "interaction", "client", "profile", "portfolio_item", "certification", "employment",
    "education", "job", "saved_search", "feed", "withdrawal_method",
)


def up(migrator, db):
    for table in TABLES:
        dialect.execute(db, f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")

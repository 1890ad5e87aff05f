"""A contract's work log as codes plus parameters (issue 14): the lines the contracts service
writes on a contract (created, fee set, milestone funded, work submitted, bonus, refund …) are
kept as ``interaction.note_code`` (a models.contracts.WorkLogCode) and ``note_params`` (JSON
text), so the window says them in the user's language; ``body`` stays empty for them. A note
the user typed is text in ``body`` as before. Lines an older version wrote in English are left
as they are and shown as written.

Numbered 0012; the runner applies every script it has not applied yet, in name order.
"""
from models import dialect

STATEMENTS = (
    "ALTER TABLE interaction ADD COLUMN note_code TEXT",
    "ALTER TABLE interaction ADD COLUMN note_params TEXT",
)


def up(migrator, db):
    for statement in STATEMENTS:
        dialect.execute(db, statement)

"""Jobs: flag a posting time worked out from words ("Posted 19 hours ago") rather than stated.

- posted_at_approx: 1 when posted_at is an estimate counted back from the scrape/import date
  of the file it came from; the app shows it as "about …, relative to the import", never as a
  fact. Existing rows keep 0 (their source is not known any more).
"""

from models import dialect

STATEMENTS = (
    "ALTER TABLE job ADD COLUMN posted_at_approx INTEGER NOT NULL DEFAULT 0",
)


def up(migrator, db):
    for statement in STATEMENTS:
        dialect.execute(db, statement)

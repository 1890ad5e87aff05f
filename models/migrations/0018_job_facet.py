"""Jobs: `job_facet`, a narrow table of what the search filters read, keyed on the job's id.

A text search (FTS5, desktop/services/jobs/query.py) checks the filters of every job that
matches the words: at 100,000 jobs a common word matches tens of thousands. Through 0003's
covering index each check is an index seek that compares records all the way down; in a rowid
table keyed on the job id it is an integer seek. Side by side on the same 100,000-job library
(tests/perf/NOTES.md, issue 20), text + 2 filters: p50 11.2 -> 8.5 ms, raw sqlite3 18.5 ms.

The table holds the job's id and the filtered columns, with the job table's types, so every
condition compares exactly as it does on `job`. Triggers keep it in step with every way a job
is written (the services, an archive import, a raw INSERT); a large import batch fills it in
one statement instead (models/job_facet.py, desktop/services/jobs/store.py), as it does the
FTS index. It is derived
data: the archive skips it.

SQLite only: a PostgreSQL workspace searches its tsvector (desktop/services/search_pg.py), and
there this migration changes nothing.
"""
from models.db import is_postgres

# (column, the type it has in `job`): the filters' columns (query._filter_sql)
COLUMNS = (("status", "TEXT"), ("job_type", "TEXT"), ("hourly_min_cents", "INTEGER"),
           ("hourly_max_cents", "INTEGER"), ("budget_cents", "INTEGER"),
           ("experience_level", "TEXT"), ("duration", "TEXT"), ("workload", "TEXT"),
           ("proposals_band", "TEXT"), ("connects_required", "INTEGER"),
           ("client_payment_verified", "INTEGER"), ("client_spent_cents", "INTEGER"),
           ("client_hires", "INTEGER"), ("client_country", "TEXT"), ("posted_at", "TEXT"),
           ("starred", "INTEGER"))
NAMES = ", ".join(name for name, _type in COLUMNS)
INSERT_TRIGGER = (
    "CREATE TRIGGER job_facet_insert AFTER INSERT ON job BEGIN "
    f"INSERT INTO job_facet (id, {NAMES}) VALUES "
    f"(NEW.id, {', '.join('NEW.' + name for name, _type in COLUMNS)}); END")

STATEMENTS = (
    "CREATE TABLE job_facet (id INTEGER PRIMARY KEY, "
    + ", ".join(f"{name} {kind}" for name, kind in COLUMNS) + ")",
    f"INSERT INTO job_facet (id, {NAMES}) SELECT id, {NAMES} FROM job",
    INSERT_TRIGGER,
    f"CREATE TRIGGER job_facet_update AFTER UPDATE OF id, {NAMES} ON job BEGIN "
    "UPDATE job_facet SET id = NEW.id, "
    + ", ".join(f"{name} = NEW.{name}" for name, _type in COLUMNS)
    + " WHERE id = OLD.id; END",
    "CREATE TRIGGER job_facet_delete AFTER DELETE ON job BEGIN "
    "DELETE FROM job_facet WHERE id = OLD.id; END",
)


def up(migrator, db):
    if is_postgres(db):
        return
    for statement in STATEMENTS:
        db.execute_sql(statement)

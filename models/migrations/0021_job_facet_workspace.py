"""Jobs: `job_facet` on a PostgreSQL workspace too, with the words' tsvector beside the filters.

0018 made `job_facet` on SQLite: the job's id and the columns the search filters read, so a
text search checks its filters in a narrow table instead of the wide job rows. A workspace's
search (desktop/services/search_pg.py) reads the newest matches of the words and filters in a
window of job ids: the GIN index gives every row whose text matches, and each is read from the
job table (~800 bytes a row: description, raw text, client figures) only to be checked against
the filters and ranked. Here the narrow table holds the same filter columns plus a copy of
`job.search_vector` (the one thing ts_rank reads), with a GIN index of its own, so a search
reads ~16 rows a page instead of ~10 and leaves the job table alone; with the server's
default 128 MB of shared buffers far fewer of its pages are evicted by each search. Measured on
1,000,000 postings in tests/perf/NOTES.md (issue 18).

The columns are made by CREATE TABLE … AS from `job`, so each has the job table's type and
every filter compares exactly as it does there. Triggers keep the table in step, as 0015's do
for job_skill: PL/pgSQL, run with the schema owner's rights (a member's login adds jobs before
the owner's next `workspace init` grants the new table); inserts and deletes once per
statement over the transition table, updates per row when a copied column or a text the
tsvector is made of changed. Derived data: the archive skips it (desktop/services/archive.py).
The members' logins that exist now get its grants here (models/members.py EVERYONE).

On SQLite this migration does nothing (0018 made the table there, without the tsvector: FTS5
holds the words).
"""
from models.db import is_postgres

NAMES = ("status, job_type, hourly_min_cents, hourly_max_cents, budget_cents, experience_level, "
         "duration, workload, proposals_band, connects_required, client_payment_verified, "
         "client_spent_cents, client_hires, client_country, posted_at, starred, search_vector")
_COLUMNS = NAMES.split(", ")
# search_vector is generated from these: comparing them is cheaper than comparing tsvectors
_SOURCES = ("title", "skills", "category", "description")
_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}"
                       for c in ("id", *_COLUMNS[:-1], *_SOURCES))
_DEFINER = "SECURITY DEFINER SET search_path FROM CURRENT"

STATEMENTS = (
    f"CREATE TABLE job_facet AS SELECT id, {NAMES} FROM job ORDER BY id",
    "ALTER TABLE job_facet ADD PRIMARY KEY (id)",
    "CREATE INDEX job_facet_search ON job_facet USING gin (search_vector)",
    f"CREATE FUNCTION fd_job_facet_insert() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$"
    f" BEGIN INSERT INTO job_facet (id, {NAMES}) SELECT id, {NAMES} FROM new_jobs;"
    " RETURN NULL; END $$",
    "CREATE TRIGGER job_facet_insert AFTER INSERT ON job REFERENCING NEW TABLE AS new_jobs"
    " FOR EACH STATEMENT EXECUTE FUNCTION fd_job_facet_insert()",
    f"CREATE FUNCTION fd_job_facet_delete() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$"
    " BEGIN DELETE FROM job_facet WHERE id IN (SELECT id FROM old_jobs); RETURN NULL;"
    " END $$",
    "CREATE TRIGGER job_facet_delete AFTER DELETE ON job REFERENCING OLD TABLE AS old_jobs"
    " FOR EACH STATEMENT EXECUTE FUNCTION fd_job_facet_delete()",
    f"CREATE FUNCTION fd_job_facet_update() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$"
    " BEGIN UPDATE job_facet SET id = NEW.id, "
    + ", ".join(f"{c} = NEW.{c}" for c in _COLUMNS)
    + " WHERE id = OLD.id; RETURN NULL; END $$",
    f"CREATE TRIGGER job_facet_update AFTER UPDATE ON job FOR EACH ROW WHEN ({_CHANGED})"
    " EXECUTE FUNCTION fd_job_facet_update()",
    "ANALYZE job_facet",
)


def up(migrator, db):
    if not is_postgres(db) or "job_facet" in db.get_tables():
        return
    for statement in STATEMENTS:
        db.execute_sql(statement)
    if "workspace_member" in db.get_tables():
        logins = db.execute_sql(
            "SELECT m.login FROM workspace_member m JOIN pg_roles r ON r.rolname = m.login "
            "WHERE m.removed_at IS NULL ORDER BY m.login").fetchall()
        for (login,) in logins:
            db.execute_sql("GRANT SELECT, INSERT, UPDATE, DELETE ON job_facet TO "
                           '"' + login.replace('"', '""') + '"')

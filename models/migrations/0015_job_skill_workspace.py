"""Jobs: `job_skill` on a PostgreSQL workspace too (0006 made it on SQLite only).

The table, its indexes and what each row holds are 0006's: one row per (job, skill), the
skill trimmed of blanks, `key` its ASCII lower-casing, and the job's offer kind, level, amount,
hourly rate and posting day (a julian day number) copied beside it, so the Insights views
(market rate, skills gap) read the same rows on both backends. Written in PostgreSQL's words:

- the text columns are `COLLATE "C"`: byte order, as SQLite compares, and `lower()` under it
  changes ASCII letters only, as SQLite's does (so "Café" and "CAFÉ" stay two keys, as there);
- the split is `string_to_array` + `btrim` of the same blanks (space, tab, LF, CR);
- the amounts are double precision arithmetic in the same order as SQLite's, and the posting
  day is SQLite's julianday() of the first 19 characters (milliseconds / 86,400,000 from the
  same epoch), NULL for a text that is not a date, as there;
- the triggers are PL/pgSQL, run with the schema owner's rights: inserts and deletes once per
  statement over the transition table (a COPY of a million postings splits them in one pass),
  updates per row when a watched column changed.

On SQLite this migration does nothing (0006 did it there). It first landed as number 0012,
beside another 0012; a workspace that ran it under that name is left as it is.
"""
from models.db import is_postgres

_LO, _HI, _BUDGET = ("coalesce({r}.hourly_min_cents, 0)", "coalesce({r}.hourly_max_cents, 0)",
                     "coalesce({r}.budget_cents, 0)")
_HOURLY = f"({_LO} != 0 OR {_HI} != 0)"
_MIDDLE = (f"({_LO} + {_HI})::float8 / (({_LO} != 0)::int + ({_HI} != 0)::int) / 100")
_KIND = f"CASE WHEN {_HOURLY} THEN 'hourly' WHEN {_BUDGET} != 0 THEN 'fixed' END"
_VALUE = (f"CASE WHEN {_HOURLY} THEN {_MIDDLE} "
          f"WHEN {_BUDGET} != 0 THEN {_BUDGET}::float8 / 100 END")
_RATE = f"CASE WHEN {_HOURLY} THEN {_MIDDLE} END"
COLUMNS = "key, job_id, name, kind, level, value, rate, posted"
BLANKS = "E' \\t\\n\\r'"


def _split(rows: str, where: str = "") -> str:
    """INSERT … SELECT of the skills of every job in `rows` (a table or transition table)."""
    return (
        f"INSERT INTO job_skill ({COLUMNS}) "
        f"SELECT s.key, r.id, s.name, {_KIND.format(r='r')}, r.experience_level, "
        f"{_VALUE.format(r='r')}, {_RATE.format(r='r')}, fd_julianday(r.posted_at) "
        f"FROM {rows} AS r, LATERAL (SELECT lower(p.t) AS key, min(p.t) AS name FROM ("
        f"SELECT btrim(part, {BLANKS}) COLLATE \"C\" AS t "
        "FROM unnest(string_to_array(coalesce(r.skills, ''), ',')) AS part) AS p "
        f"WHERE p.t != '' GROUP BY lower(p.t)) AS s{where} ON CONFLICT DO NOTHING"
    )


WATCHED = ("skills", "hourly_min_cents", "hourly_max_cents", "budget_cents", "experience_level",
           "posted_at")
_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in WATCHED)

# The triggers write job_skill with the schema owner's rights: a member's login adds jobs even
# before the owner's next `workspace init` grants it the new table (models.members).
_DEFINER = "SECURITY DEFINER SET search_path FROM CURRENT"

STATEMENTS = (
    # SQLite's julianday(substr(text, 1, 19)): NULL when the text is not a date
    "CREATE FUNCTION fd_julianday(stamp text) RETURNS float8 LANGUAGE plpgsql IMMUTABLE AS $$"
    " BEGIN RETURN (extract(epoch FROM substr(stamp, 1, 19)::timestamp)::bigint * 1000"
    " + 210866760000000)::float8 / 86400000;"
    " EXCEPTION WHEN others THEN RETURN NULL; END $$",
    "CREATE TABLE job_skill ("
    ' key TEXT COLLATE "C" NOT NULL, job_id BIGINT NOT NULL, name TEXT COLLATE "C" NOT NULL,'
    " kind TEXT, level TEXT, value DOUBLE PRECISION, rate DOUBLE PRECISION,"
    " posted DOUBLE PRECISION, PRIMARY KEY (key, job_id))",
    "CREATE INDEX job_skill_market ON job_skill(key, kind, level, value, posted)",
    "CREATE INDEX job_skill_rate ON job_skill(key, rate)",
    "CREATE INDEX job_skill_job ON job_skill(job_id)",
    f"CREATE FUNCTION fd_job_skill_insert() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$"
    f" BEGIN {_split('new_jobs')}; RETURN NULL; END $$",
    "CREATE TRIGGER job_skill_insert AFTER INSERT ON job REFERENCING NEW TABLE AS new_jobs"
    " FOR EACH STATEMENT EXECUTE FUNCTION fd_job_skill_insert()",
    f"CREATE FUNCTION fd_job_skill_delete() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$"
    " BEGIN DELETE FROM job_skill WHERE job_id IN (SELECT id FROM old_jobs); RETURN NULL;"
    " END $$",
    "CREATE TRIGGER job_skill_delete AFTER DELETE ON job REFERENCING OLD TABLE AS old_jobs"
    " FOR EACH STATEMENT EXECUTE FUNCTION fd_job_skill_delete()",
    f"CREATE FUNCTION fd_job_skill_update() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$"
    " BEGIN DELETE FROM job_skill WHERE job_id = OLD.id;"
    f" {_split('job', ' WHERE r.id = NEW.id')}; RETURN NULL; END $$",
    f"CREATE TRIGGER job_skill_update AFTER UPDATE ON job FOR EACH ROW WHEN ({_CHANGED})"
    " EXECUTE FUNCTION fd_job_skill_update()",
    f"{_split('job')}",  # the jobs already stored, split as the insert trigger does
)


def up(migrator, db):
    if not is_postgres(db) or "job_skill" in db.get_tables():
        return  # 0006 made the table and its triggers; or this ran as 0012_job_skill_workspace
    for statement in STATEMENTS:
        db.execute_sql(statement)

"""Jobs: one row per (job, skill) in `job_skill`, kept in sync by triggers.

A job stores its skills as comma-separated text ("Python, SQL , Power BI"). The Insights views
(market rate, skills gap) count and price skills over the whole library; splitting 100,000 texts
in Python took 2 s a view. `job_skill` holds each job's skills split, trimmed and de-duplicated:

- name: the skill as written, trimmed of blanks (" Power BI " → "Power BI");
- key:  lower(name), SQLite's ASCII lower-casing. The services fold it further in Python
        (models.rules.insights.skills.skill_key) over the few distinct keys, never per row.

The triggers split in SQL (the text becomes a JSON array through json_quote, so quotes,
backslashes and control characters in a skill cannot break it), so every way a job is stored —
the services, an archive import, a raw INSERT — keeps the table right without Python. The table
is derived data: the archive skips it and the triggers rebuild it on import.
Measured by tests/perf/bench_insights.py.
"""

BLANKS = "' ' || char(9) || char(10) || char(13)"
# What a job offers, as the Insights views read it: hourly = the middle of the stated range's
# non-zero ends, in dollars; else fixed = the budget; else nothing.
_LO, _HI, _BUDGET = ("coalesce({r}.hourly_min_cents, 0)", "coalesce({r}.hourly_max_cents, 0)",
                     "coalesce({r}.budget_cents, 0)")
_KIND = (f"CASE WHEN {_LO} != 0 OR {_HI} != 0 THEN 'hourly' "
         f"WHEN {_BUDGET} != 0 THEN 'fixed' END")
_VALUE = (f"CASE WHEN {_LO} != 0 OR {_HI} != 0 "
          f"THEN ({_LO} + {_HI}) * 1.0 / (({_LO} != 0) + ({_HI} != 0)) / 100 "
          f"WHEN {_BUDGET} != 0 THEN {_BUDGET} / 100.0 END")
_RATE = (f"CASE WHEN {_LO} != 0 OR {_HI} != 0 "
         f"THEN ({_LO} + {_HI}) * 1.0 / (({_LO} != 0) + ({_HI} != 0)) / 100 END")
COLUMNS = "key, job_id, name, kind, level, value, rate, posted"


def _array(text: str) -> str:
    """SQL turning comma-separated `text` into a JSON array of its parts."""
    return f"'[' || replace(json_quote(coalesce({text}, '')), ',', '\",\"') || ']'"


def _facts(r: str) -> str:
    return (f"{_KIND.format(r=r)}, {r}.experience_level, {_VALUE.format(r=r)}, "
            f"{_RATE.format(r=r)}, julianday(substr({r}.posted_at, 1, 19))")


def _split(row: str) -> str:
    """INSERT … SELECT of `row`'s skills (row is NEW inside a trigger)."""
    return (
        f"INSERT OR IGNORE INTO job_skill ({COLUMNS}) "
        f"SELECT lower(t), {row}.id, min(t), {_facts(row)} FROM ("
        f" SELECT trim(value, {BLANKS}) AS t FROM json_each({_array(row + '.skills')})"
        ") WHERE t != '' GROUP BY lower(t)"
    )


BACKFILL = (
    f"INSERT OR IGNORE INTO job_skill ({COLUMNS}) "
    f"SELECT lower(t), job.id, min(t), {_facts('job')} FROM ("
    f" SELECT job.id AS id, trim(part.value, {BLANKS}) AS t"
    f" FROM job, json_each({_array('job.skills')}) AS part"
    ") AS s JOIN job ON job.id = s.id WHERE t != '' GROUP BY job.id, lower(t)"
)
WATCHED = ("skills", "hourly_min_cents", "hourly_max_cents", "budget_cents", "experience_level",
           "posted_at")

STATEMENTS = (
    "CREATE TABLE job_skill ("
    " key TEXT NOT NULL, job_id INTEGER NOT NULL, name TEXT NOT NULL,"
    " kind TEXT, level TEXT, value REAL, rate REAL, posted REAL,"
    " PRIMARY KEY (key, job_id)) WITHOUT ROWID",
    # market rate: quartiles per skill, kind, level, amount, read in order from this index
    "CREATE INDEX job_skill_market ON job_skill(key, kind, level, value, posted)",
    # skills gap: every skill's jobs in (skill, rate) order, joined to the matching jobs
    "CREATE INDEX job_skill_rate ON job_skill(key, rate)",
    "CREATE INDEX job_skill_job ON job_skill(job_id)",
    f"CREATE TRIGGER job_skill_insert AFTER INSERT ON job BEGIN {_split('NEW')}; END",
    f"CREATE TRIGGER job_skill_update AFTER UPDATE OF {', '.join(WATCHED)} ON job BEGIN"
    " DELETE FROM job_skill WHERE job_id = OLD.id;"
    f" {_split('NEW')}; END",
    "CREATE TRIGGER job_skill_delete AFTER DELETE ON job BEGIN"
    " DELETE FROM job_skill WHERE job_id = OLD.id; END",
)


def up(migrator, db):
    from models.db import is_postgres

    if is_postgres(db):
        # The split is written in SQLite's SQL (json_each, julianday, WITHOUT ROWID). A workspace
        # has no job_skill yet: the Insights views are local-only until it gets its own
        # (PL/pgSQL) version of these triggers.
        return
    for statement in STATEMENTS:
        db.execute_sql(statement)
    db.execute_sql(BACKFILL)  # the jobs already stored, split as the insert trigger does

"""The job→skill split (migration 0006_job_skill) as a bulk statement for new jobs.

Migration 0006 keeps `job_skill` in step with `job` through a per-row insert trigger; storing
100,000 postings through it cost three times the rest of the store. A large batch
(desktop/services/jobs/store.py) drops that trigger, splits the skills of its new jobs with
`FILL_SINCE` in one statement at the end of the same transaction, and creates the trigger
again. `INSERT_TRIGGER` is the trigger's SQL exactly as 0006 created it: the store defers the
trigger only when the database holds that very trigger, so a later migration that changes the
split can never be bypassed by this copy (the store then keeps the per-row trigger).
The expressions are 0006's (migrations stay frozen, so they are repeated here, not imported).
"""

_BLANKS = "' ' || char(9) || char(10) || char(13)"
_LO, _HI, _BUDGET = ("coalesce({r}.hourly_min_cents, 0)", "coalesce({r}.hourly_max_cents, 0)",
                     "coalesce({r}.budget_cents, 0)")
_KIND = (f"CASE WHEN {_LO} != 0 OR {_HI} != 0 THEN 'hourly' "
         f"WHEN {_BUDGET} != 0 THEN 'fixed' END")
_VALUE = (f"CASE WHEN {_LO} != 0 OR {_HI} != 0 "
          f"THEN ({_LO} + {_HI}) * 1.0 / (({_LO} != 0) + ({_HI} != 0)) / 100 "
          f"WHEN {_BUDGET} != 0 THEN {_BUDGET} / 100.0 END")
_RATE = (f"CASE WHEN {_LO} != 0 OR {_HI} != 0 "
         f"THEN ({_LO} + {_HI}) * 1.0 / (({_LO} != 0) + ({_HI} != 0)) / 100 END")
_COLUMNS = "key, job_id, name, kind, level, value, rate, posted"


def _array(text: str) -> str:
    return f"'[' || replace(json_quote(coalesce({text}, '')), ',', '\",\"') || ']'"


def _facts(r: str) -> str:
    return (f"{_KIND.format(r=r)}, {r}.experience_level, {_VALUE.format(r=r)}, "
            f"{_RATE.format(r=r)}, julianday(substr({r}.posted_at, 1, 19))")


TRIGGER = "job_skill_insert"
INSERT_TRIGGER = (
    f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON job BEGIN "
    f"INSERT OR IGNORE INTO job_skill ({_COLUMNS}) "
    f"SELECT lower(t), NEW.id, min(t), {_facts('NEW')} FROM ("
    f" SELECT trim(value, {_BLANKS}) AS t FROM json_each({_array('NEW.skills')})"
    ") WHERE t != '' GROUP BY lower(t); END"
)
# The skills of every job with an id above the parameter, split as INSERT_TRIGGER splits them,
# in one pass over those jobs. Grouped by skill first, so the rows go into job_skill's key-first
# b-trees in their order instead of one page per skill per job (100,000 postings: 31 s -> 14 s).
_NEEDED = ("id", "hourly_min_cents", "hourly_max_cents", "budget_cents", "experience_level",
           "posted_at")
FILL_SINCE = (
    f"INSERT OR IGNORE INTO job_skill ({_COLUMNS}) "
    f"SELECT lower(t), s.id, min(t), {_facts('s')} FROM ("
    f" SELECT {', '.join(f'job.{c} AS {c}' for c in _NEEDED)}, trim(part.value, {_BLANKS}) AS t"
    f" FROM job, json_each({_array('job.skills')}) AS part WHERE job.id > ?"
    ") AS s WHERE t != '' GROUP BY lower(t), s.id"
)

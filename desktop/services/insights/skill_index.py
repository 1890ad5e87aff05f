"""Reading the job→skill table (migration 0006_job_skill) for the Insights views.

The table is the same on a PostgreSQL workspace (migration 0015, its text in byte order like
SQLite's), so these queries run on both backends.
`job_skill.key` is SQLite's ASCII lower-casing of a trimmed skill; the views compare skills by
:func:`models.rules.insights.skills.skill_key` (blank-collapsed, case-folded). The table has few
distinct keys (hundreds, not the 100,000s of rows), so the folding runs over those in Python and
the counting over the rows runs in SQL.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from peewee import OperationalError

from models.db import database
from models.rules.insights.skills import skill_key
from models.rules.insights.stats import HALF_LIFE_DAYS

WEIGHT_FUNCTION = "fd_recency_weight"


# The distinct keys by one index seek each (a "loose index scan"), not a pass over every row.
_DISTINCT_KEYS = """
WITH RECURSIVE k(key) AS (
  SELECT min(key) FROM job_skill
  UNION ALL SELECT (SELECT min(key) FROM job_skill WHERE key > k.key) FROM k WHERE k.key IS NOT NULL
) SELECT key FROM k WHERE key IS NOT NULL
"""


def keys_by_fold() -> dict[str, list[str]]:
    """{skill_key: [the stored keys that fold to it]} over the whole library."""
    folded: dict[str, list[str]] = {}
    for (key,) in database.execute_sql(_DISTINCT_KEYS):
        folded.setdefault(skill_key(key), []).append(key)
    return folded


def stored_keys(wanted: Iterable[str], folded: dict[str, list[str]] | None = None
                ) -> dict[str, str]:
    """{stored key: wanted skill_key} for the stored keys matching any of ``wanted`` keys."""
    folded = keys_by_fold() if folded is None else folded
    return {stored: key for key in wanted for stored in folded.get(key, [])}


def placeholders(values) -> str:
    """One parameter marker per value in the open database's style (? or %s)."""
    return ", ".join(database.param for _ in values) or "NULL"


def _recency_weight(age_days):
    """stats.recency_weight for an age in days already computed by SQL (None/≤0 weigh 1)."""
    if age_days is None or age_days <= 0:
        return 1.0
    return 0.5 ** (age_days / HALF_LIFE_DAYS)


def weight_sql(age: str) -> str:
    """SQL for the recency weight of ``age`` (days): SQLite's pow() where it has one (the
    stdlib build), else the same formula registered from Python (SQLCipher's build has none)."""
    db = database.obj
    try:
        db.execute_sql("SELECT pow(0.5, 1.0)")
    except OperationalError:  # no such function: pow
        if WEIGHT_FUNCTION not in db._functions:
            db.register_function(_recency_weight, WEIGHT_FUNCTION, 1)
        return f"{WEIGHT_FUNCTION}({age})"
    return (f"(CASE WHEN {age} IS NULL OR {age} <= 0 THEN 1.0 "
            f"ELSE pow(0.5, {age} / {HALF_LIFE_DAYS!r}) END)")


def julian_day(value: float | None) -> date | None:
    """The UTC day of a julian day number stored by the triggers (None stays None)."""
    if value is None:
        return None
    return date.fromordinal(int(value + 0.5) - 1721425)


def julian(moment: datetime) -> float:
    """SQLite's julianday() of ``moment`` to the second, computed the way SQLite does."""
    seconds = int(moment.replace(microsecond=0).timestamp())
    return (seconds * 1000 + 210866760000000) / 86400000.0

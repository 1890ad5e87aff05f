"""Skills that jobs like yours ask for and your profile lacks, by demand and by rate premium.

"Jobs like yours" are the jobs asking for one of your skills, and the jobs your saved searches
find (each saved search as the Jobs tab runs it, the newest SEARCH_CAP matches)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from desktop.services.insights import Basis, basis, skill_index
from desktop.services.insights.market_rate import profile_skills
from models.db import database, is_postgres
from models.rules.insights import skills as rules
from models.rules.insights.skills import skill_key
from models.rules.insights.stats import MIN_SAMPLE

SEARCH_CAP = 5000  # matches taken from each saved search, newest first


@dataclass(frozen=True)
class GapRow:
    skill: str
    jobs: int
    share: float
    median_with: Decimal | None
    median_without: Decimal | None
    premium: Decimal | None
    enough: bool


@dataclass(frozen=True)
class SkillsGapView:
    have: tuple[str, ...]
    rows: tuple[GapRow, ...]
    basis: Basis  # the matching jobs
    searches: tuple[str, ...] = ()  # the saved searches whose matches count


MATCHING = "temp.insights_matching"  # this connection's own scratch table, emptied after use


def _saved_search_ids() -> tuple[list[str], set[int]]:
    """The saved searches' names and the ids of the jobs they find."""
    from desktop.services import jobs

    names, ids = [], set()
    for saved in jobs.saved_searches(with_new=False):  # what they find, not what is new
        names.append(saved.name)
        ids.update(jobs.search(saved.query, saved.filters, "newest", limit=SEARCH_CAP,
                               with_total=False).ids)
    return names, ids


def skills_gap(skills: list[str] | None = None, *, limit: int = 30,
               saved_searches: bool = True) -> SkillsGapView:
    have = [s for s in (skills if skills else profile_skills()) if skill_key(s)]
    mine = {skill_key(s) for s in have}
    stored = skill_index.stored_keys(mine) if have else {}
    searches, found = _saved_search_ids() if saved_searches else ([], set())
    total, first, last = 0, None, None
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}  # a stored key of each skill, to read its name by
    all_rates: Counter[float] = Counter()
    with_rates: dict[str, Counter[float]] = {}
    if stored or found:
        # The matching jobs (asking for one of the freelancer's skills, or found by a saved
        # search) once, with their rate, then every skill of theirs counted by rate in one
        # ordered pass over job_skill_rate.
        postgres = is_postgres()
        table = MATCHING[5:] if postgres else MATCHING  # PostgreSQL's temp schema is pg_temp
        database.execute_sql(f"CREATE TEMP TABLE IF NOT EXISTS {MATCHING[5:]} (id "
                             + ("BIGINT PRIMARY KEY, rate DOUBLE PRECISION, posted DOUBLE "
                                "PRECISION)" if postgres else
                                "INTEGER PRIMARY KEY, rate REAL, posted REAL)"))
        into = (f"INSERT INTO {MATCHING[5:]} SELECT job_id, rate, posted FROM job_skill WHERE "
                "{} ON CONFLICT DO NOTHING" if postgres else
                f"INSERT OR IGNORE INTO {MATCHING} SELECT job_id, rate, posted FROM job_skill "
                "WHERE {}")
        try:
            if stored:
                database.execute_sql(
                    into.format(f"key IN ({skill_index.placeholders(stored)})"), tuple(stored))
            chunk = sorted(found)
            for start in range(0, len(chunk), 500):
                part = chunk[start:start + 500]
                database.execute_sql(
                    into.format(f"job_id IN ({skill_index.placeholders(part)})"), tuple(part))
            total, first, last = database.execute_sql(
                f"SELECT COUNT(*), MIN(posted), MAX(posted) FROM {table}").fetchone()
            for rate, count in database.execute_sql(
                    f"SELECT rate, COUNT(*) FROM {table} WHERE rate IS NOT NULL "
                    "GROUP BY rate"):
                all_rates[rate] = count
            for stored_key, rate, count in database.execute_sql(
                    f"SELECT o.key, o.rate, COUNT(*) FROM job_skill AS o "
                    f"JOIN {table} AS m ON m.id = o.job_id GROUP BY o.key, o.rate"):
                key = skill_key(stored_key)
                if key in mine:
                    continue
                counts[key] = counts.get(key, 0) + count
                spelled.setdefault(key, stored_key)
                if rate is not None:
                    with_rates.setdefault(key, Counter())[rate] += count
        finally:
            database.execute_sql(f"DELETE FROM {table}")
    names = _names(counts, spelled, limit)
    report = rules.rank_gaps(total, {k: counts[k] for k in names}, names, all_rates, with_rates,
                             limit=limit)
    rows = tuple(GapRow(g.skill, g.jobs, g.share, g.median_with, g.median_without, g.premium,
                        g.enough) for g in report.gaps)
    return SkillsGapView(tuple(have), rows,
                         basis("jobs", report.matching_jobs, skill_index.julian_day(first),
                               skill_index.julian_day(last), MIN_SAMPLE), tuple(searches))


def _names(counts: dict[str, int], spelled: dict[str, str], limit: int) -> dict[str, str]:
    """Display names of the most asked-for skills (a few more than shown, so ties rank right)."""
    ranked = sorted(counts, key=lambda k: -counts[k])
    cut = counts[ranked[min(len(ranked), limit * 2) - 1]] if ranked else 0
    names = {}
    for key in (k for k in ranked if counts[k] >= cut):
        (name,) = database.execute_sql(  # the first job's spelling, on either backend
            f"SELECT name FROM job_skill WHERE key = {database.param} ORDER BY job_id LIMIT 1",
            (spelled[key],)).fetchone()
        names[key] = " ".join(name.split())
    return names

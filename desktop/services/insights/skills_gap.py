"""Skills that jobs like yours ask for and your profile lacks, by demand and by rate premium."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from desktop.services.insights import Basis, basis, day_of
from desktop.services.insights.market_rate import profile_skills
from models.jobs import Job
from models.rules.insights import skills as rules
from models.rules.insights.skills import skill_key
from models.rules.insights.stats import MIN_SAMPLE


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


def _raw(field):
    return fn.COALESCE(field, 0).coerce(False)


def skills_gap(skills: list[str] | None = None, *, limit: int = 30) -> SkillsGapView:
    have = [s for s in (skills if skills else profile_skills()) if skill_key(s)]
    jobs: list[tuple[list[str], Decimal | None]] = []
    first = last = None
    if have:
        like = None
        for name in have:
            clause = fn.lower(Job.skills).contains(skill_key(name))
            like = clause if like is None else (like | clause)
        query = (Job.select(Job.skills, _raw(Job.hourly_min), _raw(Job.hourly_max),
                            fn.substr(Job.posted_at, 1, 10).coerce(False))
                 .where(like).tuples())
        keys = {skill_key(s) for s in have}
        for text, low, high, posted in query.iterator():
            names = text.split(",")
            if not any(skill_key(n) in keys for n in names):
                continue
            ends = [v for v in (low, high) if v]
            rate = Decimal(sum(ends)) / len(ends) / 100 if ends else None
            jobs.append((names, rate))
            if posted:
                first = posted if first is None or posted < first else first
                last = posted if last is None or posted > last else last
    report = rules.skill_gaps(jobs, have, limit=limit)
    rows = tuple(GapRow(g.skill, g.jobs, g.share, g.median_with, g.median_without, g.premium,
                        g.enough) for g in report.gaps)
    return SkillsGapView(tuple(have), rows,
                         basis("jobs", report.matching_jobs, day_of(first), day_of(last),
                               MIN_SAMPLE))

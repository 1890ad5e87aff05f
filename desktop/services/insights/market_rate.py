"""What the market pays for a skill: recency-weighted hourly quartiles, fixed budgets apart."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from peewee import fn

from desktop import clock
from desktop.services.insights import Basis, basis
from models.jobs import Job
from models.profile import Profile, ProfileSkill
from models.rules.insights import market, stats
from models.rules.insights.skills import skill_key

ALL_LEVELS = "all"
LEVELS = (ALL_LEVELS, *market.LEVELS)
KINDS = ("hourly", "fixed")


@dataclass(frozen=True)
class RateRow:
    skill: str
    kind: str  # hourly | fixed
    level: str  # all | entry | intermediate | expert
    count: int
    p25: Decimal | None
    p50: Decimal | None
    p75: Decimal | None
    enough: bool


@dataclass(frozen=True)
class Position:
    """Where the profile's hourly rate sits among the hourly jobs asking for a skill."""

    skill: str
    rate: Decimal
    percentile: int | None
    among: int


@dataclass(frozen=True)
class MarketRateView:
    skills: tuple[str, ...]
    rows: tuple[RateRow, ...]
    positions: tuple[Position, ...]
    profile_rate: Decimal | None
    basis: Basis


def profile_skills() -> list[str]:
    """The general profile's skills (the first profile), in order."""
    first = Profile.select(Profile.id).order_by(Profile.position, Profile.id).first()
    if first is None:
        return []
    return [s.name for s in ProfileSkill.select(ProfileSkill.name)
            .where(ProfileSkill.profile == first.id)
            .order_by(ProfileSkill.position, ProfileSkill.id)]


def profile_rate() -> Decimal | None:
    first = Profile.select(Profile.hourly_rate).order_by(Profile.position, Profile.id).first()
    return first.hourly_rate if first else None


def _raw(field):
    """The stored integer cents, without the Decimal conversion (fast over 100k rows)."""
    return fn.COALESCE(field, 0).coerce(False)


def _age_days(now: datetime):
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    return fn.julianday(stamp) - fn.julianday(fn.substr(Job.posted_at, 1, 19).coerce(False))


def market_rate(skill: str | None = None, *, now: datetime | None = None) -> MarketRateView:
    """Quartiles per skill (default: the profile's skills), kind and experience level."""
    now = now or clock.now()
    wanted = [skill] if skill else profile_skills()
    keys = {skill_key(s): s for s in wanted if skill_key(s)}
    samples: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    seen_jobs, first, last = 0, None, None
    if keys:
        like = None
        for key in keys:
            clause = fn.lower(Job.skills).contains(key)
            like = clause if like is None else (like | clause)
        query = (Job.select(Job.skills, Job.experience_level, _raw(Job.hourly_min),
                            _raw(Job.hourly_max), _raw(Job.budget), _age_days(now),
                            fn.substr(Job.posted_at, 1, 10).coerce(False))
                 .where(like).tuples())
        half_life = stats.HALF_LIFE_DAYS
        for skills, level, low, high, budget, age, posted in query.iterator():
            job_keys = {skill_key(p) for p in skills.split(",")} & keys.keys()
            if not job_keys:
                continue
            weight = 1.0 if age is None or age <= 0 else 0.5 ** (age / half_life)
            if low or high:
                ends = [v for v in (low, high) if v]
                value, kind_code = sum(ends) / len(ends) / 100, "hourly"
            elif budget:
                value, kind_code = budget / 100, "fixed"
            else:
                continue
            seen_jobs += 1
            if posted:
                first = posted if first is None or posted < first else first
                last = posted if last is None or posted > last else last
            for key in job_keys:
                for lvl in (ALL_LEVELS, level if level in market.LEVELS else None):
                    if lvl:
                        samples.setdefault((key, kind_code, lvl), []).append((value, weight))
    rows = []
    for key, name in keys.items():
        for kind in KINDS:
            for level in LEVELS:
                pairs = samples.get((key, kind, level), [])
                quartiles = stats.weighted_quartiles(pairs) if pairs else None
                if level != ALL_LEVELS and not pairs:
                    continue
                p = [_money(q) for q in quartiles] if quartiles else [None, None, None]
                rows.append(RateRow(name, kind, level, len(pairs), *p,
                                    len(pairs) >= stats.MIN_SAMPLE))
    rate = profile_rate()
    positions = []
    if rate:
        for key, name in keys.items():
            pairs = samples.get((key, "hourly", ALL_LEVELS), [])
            rank = stats.percentile_rank(pairs, float(rate))
            positions.append(Position(name, rate, None if rank is None else round(rank),
                                      len(pairs)))
    return MarketRateView(
        tuple(keys.values()), tuple(rows), tuple(positions), rate,
        basis("jobs", seen_jobs, date.fromisoformat(first) if first else None,
              date.fromisoformat(last) if last else None, stats.MIN_SAMPLE))


def _money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


__all__ = ["MarketRateView", "Position", "RateRow", "market_rate", "profile_skills"]

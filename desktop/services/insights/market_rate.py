"""What the market pays for a skill: recency-weighted hourly quartiles, fixed budgets apart."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from desktop import clock
from desktop.services.insights import Basis, basis, skill_index
from models.db import database
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


# Per stored skill key, kind and level: each distinct amount with its summed recency weight and
# count, read in order from the job_skill_market index (migration 0006_job_skill); the quartiles
# are then stats.weighted_quartiles over these few thousand (amount, weight) pairs.
_GROUPED = """
SELECT key, kind, level, value, SUM({weight}), COUNT(*) FROM job_skill
WHERE key IN ({keys}) AND kind IS NOT NULL
GROUP BY key, kind, level, value ORDER BY key, kind, level, value
"""

# The jobs the figures rest on: asking for a wanted skill and stating a rate or a budget.
_BASIS = """
SELECT COUNT(DISTINCT job_id), MIN(posted), MAX(posted) FROM job_skill
WHERE key IN ({keys}) AND kind IS NOT NULL
"""


def market_rate(skill: str | None = None, *, now: datetime | None = None) -> MarketRateView:
    """Quartiles per skill (default: the profile's skills), kind and experience level."""
    now = now or clock.now()
    wanted = [skill] if skill else profile_skills()
    keys = {skill_key(s): s for s in wanted if skill_key(s)}
    rate = profile_rate()
    # (skill key, kind, level) → ([(amount, weight)], count); "all" levels gathered alongside
    samples: dict[tuple[str, str, str], tuple[list, list]] = {}
    seen_jobs, first, last = 0, None, None
    stored = skill_index.stored_keys(keys) if keys else {}
    if stored:
        marks = skill_index.placeholders(stored)
        weight = skill_index.weight_sql(f"({skill_index.julian(now)!r} - posted)")
        grouped = database.execute_sql(_GROUPED.format(weight=weight, keys=marks),
                                       tuple(stored))
        part = None
        for stored_key, kind, level, value, w, n in grouped:
            if part is None or part[0] != (stored_key, kind, level):
                key = stored[stored_key]
                part = ((stored_key, kind, level),
                        samples.setdefault((key, kind, ALL_LEVELS), ([], [0])),
                        samples.setdefault((key, kind, level), ([], [0]))
                        if level in market.LEVELS else None)
            _, everything, this_level = part
            everything[0].append((value, w))
            everything[1][0] += n
            if this_level is not None:
                this_level[0].append((value, w))
                this_level[1][0] += n
        seen_jobs, first, last = database.execute_sql(
            _BASIS.format(keys=marks), tuple(stored)).fetchone()
        first, last = skill_index.julian_day(first), skill_index.julian_day(last)
    rows = []
    for key, name in keys.items():
        for kind in KINDS:
            for level in LEVELS:
                pairs, (count,) = samples.get((key, kind, level), ([], [0]))
                if level != ALL_LEVELS and not count:
                    continue
                quartiles = stats.weighted_quartiles(pairs) if pairs else None
                p25, p50, p75 = ((_money(quartiles[0]), _money(quartiles[1]), _money(quartiles[2]))
                                 if quartiles else (None, None, None))
                rows.append(RateRow(name, kind, level, count, p25, p50, p75,
                                    count >= stats.MIN_SAMPLE))
    positions = []
    if rate:
        for key, name in keys.items():
            pairs, (count,) = samples.get((key, "hourly", ALL_LEVELS), ([], [0]))
            rank = stats.percentile_rank(pairs, float(rate))
            positions.append(Position(name, rate, None if rank is None else round(rank), count))
    return MarketRateView(
        tuple(keys.values()), tuple(rows), tuple(positions), rate,
        basis("jobs", seen_jobs, first, last, stats.MIN_SAMPLE))


def _money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


__all__ = ["MarketRateView", "Position", "RateRow", "market_rate", "profile_skills"]

"""What the market pays: a job's hourly rate and the weighted rate summary of a set of jobs."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from models.rules.insights.stats import (
    MIN_SAMPLE,
    percentile_rank,
    recency_weight,
    weighted_quartiles,
)

LEVELS = ("entry", "intermediate", "expert")


def job_hourly_rate(hourly_min: Decimal | None, hourly_max: Decimal | None) -> Decimal | None:
    """The rate a posting offers: the middle of its range, or the one end it gives.

    $25–$45 → $35; "up to $40" → $40; no range → None. Zero ends are "not stated".
    """
    ends = [v for v in (hourly_min, hourly_max) if v is not None and v > 0]
    if not ends:
        return None
    return sum(ends, Decimal(0)) / len(ends)


@dataclass(frozen=True)
class RateSummary:
    """Weighted quartiles of ``count`` amounts; ``enough`` is False below MIN_SAMPLE."""

    count: int
    p25: Decimal | None
    p50: Decimal | None
    p75: Decimal | None

    @property
    def enough(self) -> bool:
        return self.count >= MIN_SAMPLE


def _cents(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def summarize(samples: Iterable[tuple[Decimal, datetime | None]], now: datetime,
              half_life_days: float | None = None) -> RateSummary:
    """Quartiles of ``(amount, posted_at)`` samples, recent postings weighted more."""
    kwargs = {} if half_life_days is None else {"half_life_days": half_life_days}
    pairs = [(float(amount), recency_weight(posted, now, **kwargs)) for amount, posted in samples]
    quartiles = weighted_quartiles(pairs)
    if quartiles is None:
        return RateSummary(0, None, None, None)
    return RateSummary(len(pairs), *(_cents(q) for q in quartiles))


def rate_position(samples: Iterable[tuple[Decimal, datetime | None]], rate: Decimal,
                  now: datetime) -> int | None:
    """"You ask $35; p40": the weighted percentile rank of ``rate``, rounded; None if no data."""
    pairs = [(float(amount), recency_weight(posted, now)) for amount, posted in samples]
    rank = percentile_rank(pairs, float(rate))
    return None if rank is None else round(rank)

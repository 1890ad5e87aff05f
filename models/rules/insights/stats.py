"""Statistics for small, uneven samples: recency weights, weighted percentiles, Wilson intervals.

Weighted percentile (the "lower" definition, hand-checkable): sort the values, walk the cumulative
weights, and return the first value whose cumulative weight reaches ``q`` × total weight. With equal
weights and values 10, 20, 30, 40: p25 = 10, p50 = 20, p75 = 30.

Percentile rank of ``x``: the share of weight strictly below ``x`` plus half the weight equal to
``x``, in percent (the "mid-rank" definition): 25 among 10, 20, 30, 40 is at p50.

Wilson score interval for ``k`` successes out of ``n`` (z = 1.96 for 95%): the honest interval for
small counts; 1 win of 3 proposals is 6%–79%, not "33%".
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

HALF_LIFE_DAYS = 30.0  # a posting a month old counts half as much as today's
Z95 = 1.96
# Below these counts a view says "too little to conclude" instead of a verdict.
MIN_SAMPLE = 30  # rates, skills: fewer postings than this are anecdotes
MIN_TRIALS = 10  # funnel and ROI groups: fewer proposals than this cannot rank anything


def recency_weight(posted: datetime | None, now: datetime,
                   half_life_days: float = HALF_LIFE_DAYS) -> float:
    """0.5 ** (age in days / half-life). A posting of unknown date, or dated after ``now``, weighs
    1 like today's: an unknown date must not silence a posting."""
    if posted is None:
        return 1.0
    age = (now - posted).total_seconds() / 86400
    if age <= 0:
        return 1.0
    return 0.5 ** (age / half_life_days)


def _sorted_pairs(pairs: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    items = [(float(v), float(w)) for v, w in pairs if w > 0]
    items.sort(key=lambda p: p[0])
    return items


def weighted_percentile(pairs: Iterable[tuple[float, float]], q: float) -> float | None:
    """The lower weighted ``q``-quantile (0 < q ≤ 1) of ``(value, weight)`` pairs; None if empty."""
    if not 0 < q <= 1:
        raise ValueError(f"quantile must be in (0, 1], got {q}")
    items = _sorted_pairs(pairs)
    if not items:
        return None
    total = sum(w for _, w in items)
    target = q * total
    running = 0.0
    for value, weight in items:
        running += weight
        if running >= target - 1e-12 * total:
            return value
    return items[-1][0]  # pragma: no cover - the loop reaches total


def weighted_quartiles(pairs: Sequence[tuple[float, float]]
                       ) -> tuple[float, float, float] | None:
    """(p25, p50, p75) in one pass over the sorted pairs; None when there are none."""
    items = _sorted_pairs(pairs)
    if not items:
        return None
    total = sum(w for _, w in items)
    targets = [0.25 * total, 0.5 * total, 0.75 * total]
    result: list[float] = []
    running = 0.0
    for value, weight in items:
        running += weight
        while len(result) < 3 and running >= targets[len(result)] - 1e-12 * total:
            result.append(value)
        if len(result) == 3:
            break
    while len(result) < 3:  # pragma: no cover - float rounding guard
        result.append(items[-1][0])
    return result[0], result[1], result[2]


def percentile_rank(pairs: Iterable[tuple[float, float]], x: float) -> float | None:
    """Where ``x`` sits among the weighted values, 0–100 (mid-rank); None if there are none."""
    items = _sorted_pairs(pairs)
    total = sum(w for _, w in items)
    if not total:
        return None
    below = sum(w for v, w in items if v < x)
    equal = sum(w for v, w in items if v == x)
    return 100 * (below + equal / 2) / total


def median(values: Iterable[float]) -> float | None:
    """The plain median (mean of the middle two for an even count); None for no values."""
    items = sorted(float(v) for v in values)
    if not items:
        return None
    mid = len(items) // 2
    return items[mid] if len(items) % 2 else (items[mid - 1] + items[mid]) / 2


def counted_median(counts: Mapping[float, int]) -> float | None:
    """The median of a multiset given as {value: how many}; same answer as :func:`median`."""
    n = sum(c for c in counts.values() if c > 0)
    if not n:
        return None
    wanted = [(n - 1) // 2, n // 2]  # 0-based ranks of the middle one or two
    found: list[float] = []
    seen = 0
    for value in sorted(v for v, c in counts.items() if c > 0):
        seen += counts[value]
        while len(found) < 2 and wanted[len(found)] < seen:
            found.append(value)
        if len(found) == 2:
            break
    return (found[0] + found[1]) / 2


@dataclass(frozen=True)
class Proportion:
    """``successes`` of ``trials`` with its 95% Wilson interval (shares 0–1)."""

    successes: int
    trials: int
    low: float
    high: float

    @property
    def share(self) -> float | None:
        return self.successes / self.trials if self.trials else None

    @property
    def conclusive(self) -> bool:
        """False when the counts are too small to rank this group against another."""
        return self.trials >= MIN_TRIALS


def wilson(successes: int, trials: int, z: float = Z95) -> Proportion:
    """Wilson score interval. 0 of 0 is the whole range (0–1): nothing is known."""
    if trials < 0 or successes < 0 or successes > trials:
        raise ValueError(f"need 0 ≤ successes ≤ trials, got {successes} of {trials}")
    if trials == 0:
        return Proportion(0, 0, 0.0, 1.0)
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    margin = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator
    return Proportion(successes, trials, max(0.0, centre - margin), min(1.0, centre + margin))

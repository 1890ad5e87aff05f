"""Skills gap: skills that jobs like yours ask for and your profile lacks, ranked.

A job "matches" when it shares at least one skill with the freelancer's (case-insensitive). Among
matching jobs, every skill the profile lacks is counted (demand = jobs asking for it, share = that
count over the matching jobs) and priced: its *rate premium* is the median hourly rate of matching
jobs that ask for it minus the median of matching jobs that do not (None when either side has no
hourly rate). Ranked by demand, then premium, then name.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from models.rules.insights.stats import MIN_SAMPLE, counted_median


def skill_key(name: str) -> str:
    """The comparison key of a skill name: trimmed, single-spaced, case-folded."""
    return " ".join(name.split()).casefold()


def split_skills(text: str) -> list[str]:
    """The skills of a stored job ("Python, SQL , Power BI") as clean display names."""
    seen, result = set(), []
    for part in text.split(","):
        name = " ".join(part.split())
        if name and skill_key(name) not in seen:
            seen.add(skill_key(name))
            result.append(name)
    return result


@dataclass(frozen=True)
class SkillGap:
    skill: str
    jobs: int  # matching jobs that ask for it
    share: float  # jobs / matching jobs (0–1)
    median_with: Decimal | None
    median_without: Decimal | None
    rated_with: int  # how many hourly rates the medians rest on
    rated_without: int

    @property
    def premium(self) -> Decimal | None:
        if self.median_with is None or self.median_without is None:
            return None
        return self.median_with - self.median_without

    @property
    def enough(self) -> bool:
        return self.jobs >= MIN_SAMPLE // 3 and min(self.rated_with, self.rated_without) >= 5


@dataclass(frozen=True)
class GapReport:
    matching_jobs: int
    gaps: tuple[SkillGap, ...]


def _money(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def skill_gaps(jobs: Iterable[tuple[Sequence[str], Decimal | None]], have: Iterable[str],
               *, limit: int = 30) -> GapReport:
    """Rank the missing skills among jobs sharing a skill with ``have``.

    ``jobs``: (skill names, hourly rate or None) per posting.
    """
    mine = {skill_key(s) for s in have if skill_key(s)}
    matching: list[tuple[set[str], float | None]] = []
    names: dict[str, str] = {}
    for skills, rate in jobs:
        keys = set()
        for name in skills:
            key = skill_key(name)
            if key:
                keys.add(key)
                names.setdefault(key, " ".join(name.split()))
        if keys & mine:
            matching.append((keys, None if rate is None else float(rate)))
    counts: dict[str, int] = {}
    for keys, _ in matching:
        for key in keys - mine:
            counts[key] = counts.get(key, 0) + 1
    top = set(sorted(counts, key=lambda k: (-counts[k], names[k].casefold()))[: limit * 2])
    # Medians from counts of each distinct rate: one pass over the jobs, whatever the library size.
    all_rates: Counter[float] = Counter()
    with_rates: dict[str, Counter[float]] = {key: Counter() for key in top}
    for keys, hourly in matching:
        if hourly is None:
            continue
        all_rates[hourly] += 1
        for key in keys & top:
            with_rates[key][hourly] += 1
    return rank_gaps(len(matching), counts, names, all_rates, with_rates, limit=limit)


def rank_gaps(total: int, counts: Mapping[str, int], names: Mapping[str, str],
              all_rates: Counter[float], with_rates: Mapping[str, Counter[float]],
              *, limit: int = 30) -> GapReport:
    """Rank missing skills from counts already gathered (the service gathers them in SQL).

    ``total`` matching jobs; ``counts[key]`` of them ask for the missing skill ``key`` (shown as
    ``names[key]``); ``all_rates`` counts the hourly rates of all matching jobs, ``with_rates[key]``
    those of the matching jobs asking for ``key``.
    """
    top = sorted(counts, key=lambda k: (-counts[k], names[k].casefold()))[: limit * 2]
    gaps = []
    for key in top:
        inside = with_rates.get(key, Counter())
        outside = all_rates - inside
        gaps.append(SkillGap(names[key], counts[key], counts[key] / total,
                             _money(counted_median(inside)), _money(counted_median(outside)),
                             sum(inside.values()), sum(outside.values())))
    gaps.sort(key=lambda g: (-g.jobs, -(g.premium if g.premium is not None else Decimal(-10**9)),
                             g.skill.casefold()))
    return GapReport(total, tuple(gaps[:limit]))

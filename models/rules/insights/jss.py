"""An *estimated* Job Success Score range — never the score itself.

What Upwork publishes about its ingredients (help centre, "Job Success Score"): the score is the
share of contracts with a good outcome minus the share with a poor outcome; public and private
feedback both count, private feedback is never shown to the freelancer; long-term and repeat
clients count as good outcomes even without feedback; contracts ended without feedback and with
little or no money paid do not count against you; it looks back over the last 6, 12 and 24 months
and uses whichever window gives the better score. It appears once a freelancer has enough history.

Because private feedback is unknown, each counted contract whose public feedback leaves room for
doubt has a best and a worst outcome (top public feedback is taken to be matched in private; a
middling or missing one may hide a poor private rating):

=====================================  ======  ======
contract                               best    worst
=====================================  ======  ======
public feedback ≥ 4.5 stars            good    good
public feedback 3.0 – 4.49             neutral poor
public feedback < 3.0                  poor    poor
no feedback, long-term or repeat client good   good
no feedback, money paid ≥ $MIN         neutral poor
no feedback, less paid (or none)       — not counted —
=====================================  ======  ======

score = 100 × (good − poor) / counted, clamped to 0–100, per window; the range is the best
window's best and the best window's worst (Upwork keeps the better window, so each bound is a max
over windows). Below MIN_CONTRACTS counted contracts the range is flagged as too little to go on.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

WINDOWS_DAYS = (183, 365, 730)  # 6, 12, 24 months
MIN_CONTRACTS = 5
MIN_PAID = Decimal(100)  # "little or no money": contracts below this without feedback don't count
LONG_TERM_DAYS = 90
GOOD, NEUTRAL, POOR, UNCOUNTED = 1, 0, -1, None

CLASSES = ("top_feedback", "middling_feedback", "low_feedback", "long_term", "no_feedback_paid",
           "not_counted")
_OUTCOMES = {
    "top_feedback": (GOOD, GOOD), "middling_feedback": (NEUTRAL, POOR),
    "low_feedback": (POOR, POOR), "long_term": (GOOD, GOOD), "no_feedback_paid": (NEUTRAL, POOR),
    "not_counted": (UNCOUNTED, UNCOUNTED),
}


@dataclass(frozen=True)
class ContractOutcome:
    """What is known of one ended contract."""

    ended_on: date
    score: Decimal | None  # public feedback received, 1–5; None when there is none
    paid: Decimal
    long_term: bool  # ran LONG_TERM_DAYS or more, or the client hired again


def classify(c: ContractOutcome) -> str:
    if c.score is not None:
        if c.score >= Decimal("4.5"):
            return "top_feedback"
        if c.score >= 3:
            return "middling_feedback"
        return "low_feedback"
    if c.long_term:
        return "long_term"
    if c.paid >= MIN_PAID:
        return "no_feedback_paid"
    return "not_counted"


def _score(outcomes: Sequence[int]) -> float | None:
    if not outcomes:
        return None
    value = 100 * (outcomes.count(GOOD) - outcomes.count(POOR)) / len(outcomes)
    return max(0.0, min(100.0, value))


@dataclass(frozen=True)
class JssEstimate:
    low: int | None
    high: int | None
    counted: int  # contracts counted in the window that gave the best upper bound
    window_days: int | None
    classes: dict[str, int]  # contracts of each class over 24 months

    @property
    def enough(self) -> bool:
        return self.counted >= MIN_CONTRACTS


def _window_scores(contracts: Sequence[ContractOutcome], today: date, days: int
                   ) -> tuple[float | None, float | None, int]:
    since = today - timedelta(days=days)
    best: list[int] = []
    worst: list[int] = []
    for c in contracts:
        if not since < c.ended_on <= today:
            continue
        b, w = _OUTCOMES[classify(c)]
        if b is None or w is None:  # UNCOUNTED
            continue
        best.append(b)
        worst.append(w)
    return _score(best), _score(worst), len(best)


def _bounds(contracts: Sequence[ContractOutcome], today: date
            ) -> tuple[float | None, float | None, int, int | None]:
    """(low, high, counted, window) unrounded: each bound is the best over the windows."""
    high = low = None
    counted, window = 0, None
    for days in WINDOWS_DAYS:
        best, worst, n = _window_scores(contracts, today, days)
        if best is not None and (high is None or best > high):
            high, counted, window = best, n, days
        if worst is not None and (low is None or worst > low):
            low = worst
    return low, high, counted, window


def estimate(contracts: Iterable[ContractOutcome], today: date) -> JssEstimate:
    contracts = list(contracts)
    classes = dict.fromkeys(CLASSES, 0)
    since = today - timedelta(days=max(WINDOWS_DAYS))
    for c in contracts:
        if since < c.ended_on <= today:
            classes[classify(c)] += 1
    low, high, counted, window = _bounds(contracts, today)
    return JssEstimate(None if low is None else round(low), None if high is None else round(high),
                       counted, window, classes)


@dataclass(frozen=True)
class Lever:
    """What one more contract of a kind would do to the estimate (points, on the midpoint)."""

    code: str  # one_more_top_feedback | one_more_long_term | one_more_poor
    change: float


def levers(contracts: Sequence[ContractOutcome], today: date) -> list[Lever]:
    """The effect of one more contract of each kind ended today, largest first (by size)."""
    low, high, _, _ = _bounds(contracts, today)
    if low is None or high is None:
        return []  # nothing counted yet: any first contract sets the score outright
    mid = (low + high) / 2
    what = {
        "one_more_top_feedback": ContractOutcome(today, Decimal(5), MIN_PAID, False),
        "one_more_long_term": ContractOutcome(today, None, MIN_PAID, True),
        "one_more_poor": ContractOutcome(today, Decimal(2), MIN_PAID, False),
    }
    result = []
    for code, extra in what.items():
        new_low, new_high, _, _ = _bounds([*contracts, extra], today)
        if new_low is None or new_high is None:  # cannot happen: the extra one is counted
            continue
        result.append(Lever(code, round((new_low + new_high) / 2 - mid, 1)))
    result.sort(key=lambda lever: -abs(lever.change))
    return result

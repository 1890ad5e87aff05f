"""The proposal funnel: sent → viewed → interviewed → hired, its groupings and Connects ROI.

A proposal's *furthest stage* comes from its current status and every status it passed through
(a declined proposal that was viewed first still counts as viewed). Drafts were never sent.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from models.rules.insights.stats import Proportion, wilson

STAGES = ("sent", "viewed", "interviewed", "hired")
_STAGE_OF_STATUS = {
    "submitted": 0, "viewed": 1, "interviewing": 2, "offer": 2, "hired": 3,
    "declined": 0, "withdrawn": 0, "archived": 0, "job_cancelled": 0,
}
BID_BANDS = ("below", "within", "above", "unknown")
SPEED_BANDS = ("within_1h", "within_6h", "within_24h", "later", "unknown")
BOOST_BANDS = ("boosted", "not_boosted")


def furthest_stage(statuses: Iterable[str], viewed: bool = False) -> int | None:
    """Index into STAGES of the furthest stage reached; None for a proposal never sent."""
    best: int | None = None
    for status in statuses:
        stage = _STAGE_OF_STATUS.get(status)
        if stage is not None and (best is None or stage > best):
            best = stage
    if viewed and best is not None and best < 1:
        best = 1
    return best


def bid_band(bid: Decimal | None, low: Decimal | None, high: Decimal | None) -> str:
    """The bid against the job's budget or hourly range: below (< 90% of the low end), within,
    above (> 110% of the high end); unknown when either side is missing."""
    ends = [v for v in (low, high) if v is not None and v > 0]
    if bid is None or bid <= 0 or not ends:
        return "unknown"
    if bid < min(ends) * Decimal("0.9"):
        return "below"
    if bid > max(ends) * Decimal("1.1"):
        return "above"
    return "within"


def speed_band(hours_after_posting: float | None) -> str:
    """How soon after the job was posted the proposal went in."""
    if hours_after_posting is None or hours_after_posting < 0:
        return "unknown"
    if hours_after_posting <= 1:
        return "within_1h"
    if hours_after_posting <= 6:
        return "within_6h"
    if hours_after_posting <= 24:
        return "within_24h"
    return "later"


@dataclass(frozen=True)
class FunnelCounts:
    """How many proposals of a group reached each stage, with Wilson intervals."""

    sent: int
    viewed: int
    interviewed: int
    hired: int

    @property
    def view_rate(self) -> Proportion:
        return wilson(self.viewed, self.sent)

    @property
    def interview_rate(self) -> Proportion:
        return wilson(self.interviewed, self.sent)

    @property
    def hire_rate(self) -> Proportion:
        return wilson(self.hired, self.sent)


def count_stages(stages: Iterable[int]) -> FunnelCounts:
    """Funnel counts from the furthest stage of each sent proposal."""
    reached = [0, 0, 0, 0]
    for stage in stages:
        for i in range(stage + 1):
            reached[i] += 1
    return FunnelCounts(*reached)


def per_outcome(spent: Decimal, outcomes: int) -> Decimal | None:
    """Money (or Connects) spent per view/interview/hire, to the cent; None with no outcome."""
    if outcomes <= 0:
        return None
    return (Decimal(spent) / outcomes).quantize(Decimal("0.01"))


def per_dollar_earned(spent: Decimal, earned: Decimal) -> Decimal | None:
    """Cost of winning one dollar of billings, to 4 places; None before anything was earned."""
    if earned <= 0:
        return None
    return (Decimal(spent) / Decimal(earned)).quantize(Decimal("0.0001"))

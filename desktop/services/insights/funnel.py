"""The proposal funnel, grouped by month, template, bid against budget, boost or speed."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from desktop.services.insights import Basis, basis, day_of
from models.db import database
from models.fields import parse_utc
from models.jobs import Job
from models.proposals import (
    BidType,
    Proposal,
    ProposalStatus,
    ProposalStatusChange,
    ProposalTemplate,
)
from models.rules.insights import funnel as rules
from models.rules.insights.stats import MIN_TRIALS, Proportion

GROUPS = ("month", "template", "bid", "boost", "speed")
NO_TEMPLATE = ""  # the group code of letters written without a template


@dataclass(frozen=True)
class FunnelRow:
    group: str  # "2024-05", a template name, a bid/boost/speed band code; "" = total / none
    sent: int
    viewed: int
    interviewed: int
    hired: int
    view_rate: Proportion
    interview_rate: Proportion
    hire_rate: Proportion
    enough: bool


@dataclass(frozen=True)
class FunnelView:
    by: str
    rows: tuple[FunnelRow, ...]
    total: FunnelRow
    basis: Basis


@dataclass(frozen=True)
class SentProposal:
    """One sent proposal with what every grouping needs (shared with connects_roi)."""

    id: int
    stage: int
    month: str
    template: str
    bid: str
    boost: str
    speed: str
    submitted: str | None


def _raw(field):
    return field.coerce(False)


def sent_proposals() -> list[SentProposal]:
    """Every proposal that went out (drafts excluded), with its furthest stage and bands."""
    history: dict[int, list[str]] = {}
    # Raw cursor rows (database.execute), not peewee's per-value conversion: 10,000s of rows.
    for pid, status in database.execute(
            ProposalStatusChange.select(ProposalStatusChange.proposal,
                                        ProposalStatusChange.to_status)):
        history.setdefault(pid, []).append(status)
    query = (Proposal
             .select(Proposal.id, Proposal.status, _raw(Proposal.submitted_at),
                     _raw(Proposal.viewed_at), Proposal.bid_type, _raw(Proposal.rate),
                     _raw(Proposal.amount), Proposal.boost_connects, ProposalTemplate.name,
                     _raw(Job.posted_at), _raw(Job.hourly_min), _raw(Job.hourly_max),
                     _raw(Job.budget))
             .join(ProposalTemplate, JOIN.LEFT_OUTER,
                   on=(Proposal.template == ProposalTemplate.id))
             .switch(Proposal)
             .join(Job, JOIN.LEFT_OUTER, on=(Proposal.job == Job.id))
             .where(Proposal.status != ProposalStatus.DRAFT))
    result = []
    for (pid, status, submitted, viewed, bid_type, rate, amount, boost, template, posted,
         low, high, budget) in database.execute(query):
        stage = rules.furthest_stage([*history.get(pid, []), status], viewed=bool(viewed))
        if stage is None:
            continue
        if bid_type == BidType.FIXED:
            band = rules.bid_band(_cents(amount), _cents(budget), _cents(budget))
        else:
            band = rules.bid_band(_cents(rate), _cents(low), _cents(high))
        hours = None
        if submitted and posted:
            hours = (parse_utc(submitted) - parse_utc(posted)).total_seconds() / 3600
        result.append(SentProposal(pid, stage, submitted[:7] if submitted else "",
                                   template or NO_TEMPLATE, band,
                                   "boosted" if boost else "not_boosted",
                                   rules.speed_band(hours), submitted))
    return result


def _cents(value):
    return None if value is None else Decimal(value) / 100


def _row(group: str, stages: list[int]) -> FunnelRow:
    counts = rules.count_stages(stages)
    return FunnelRow(group, counts.sent, counts.viewed, counts.interviewed, counts.hired,
                     counts.view_rate, counts.interview_rate, counts.hire_rate,
                     counts.sent >= MIN_TRIALS)


def funnel(by: str = "month") -> FunnelView:
    if by not in GROUPS:
        raise ValueError(f"funnel: unknown grouping {by!r}; expected one of {', '.join(GROUPS)}")
    sent = sent_proposals()
    groups: dict[str, list[int]] = {}
    for p in sent:
        groups.setdefault(getattr(p, by), []).append(p.stage)
    order = {"bid": rules.BID_BANDS, "speed": rules.SPEED_BANDS, "boost": rules.BOOST_BANDS}
    if by in order:
        keys = [k for k in order[by] if k in groups]
    else:
        keys = sorted(groups)
    rows = tuple(_row(k, groups[k]) for k in keys)
    days = [day_of(p.submitted) for p in sent if p.submitted]
    return FunnelView(by, rows, _row("", [p.stage for p in sent]),
                      basis("proposals", len(sent), min(days, default=None),
                            max(days, default=None), MIN_TRIALS))


__all__ = ["GROUPS", "FunnelRow", "FunnelView", "funnel", "sent_proposals"]

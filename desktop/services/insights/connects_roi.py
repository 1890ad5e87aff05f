"""Connects and dollars spent per view, interview, hire and dollar earned, by month or template."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.services.insights import Basis, basis, day_of
from desktop.services.insights.funnel import sent_proposals
from models.contracts import Contract
from models.db import database
from models.payments import EARNING_KINDS, Transaction
from models.proposals import ConnectsEntry
from models.rules import connects as connects_rules
from models.rules.insights import funnel as rules
from models.rules.insights.stats import MIN_TRIALS

GROUPS = ("month", "template")
SPENDING = ("spent", "boost", "refund")  # refunds give Connects back to the proposal


@dataclass(frozen=True)
class RoiRow:
    group: str
    proposals: int
    connects: int
    dollars: Decimal
    views: int
    interviews: int
    hires: int
    earned: Decimal
    per_view: Decimal | None
    per_interview: Decimal | None
    per_hire: Decimal | None
    connects_per_hire: Decimal | None
    per_dollar_earned: Decimal | None
    enough: bool


@dataclass(frozen=True)
class RoiView:
    by: str
    rows: tuple[RoiRow, ...]
    total: RoiRow
    basis: Basis


def _row(group, members, spent, money, earned) -> RoiRow:
    connects = sum(spent.get(p.id, 0) for p in members)
    dollars = sum((money.get(p.id, Decimal(0)) for p in members), Decimal(0))
    got = sum((earned.get(p.id, Decimal(0)) for p in members), Decimal(0))
    views = sum(1 for p in members if p.stage >= 1)
    interviews = sum(1 for p in members if p.stage >= 2)
    hires = sum(1 for p in members if p.stage >= 3)
    return RoiRow(group, len(members), connects, dollars, views, interviews, hires, got,
                  rules.per_outcome(dollars, views), rules.per_outcome(dollars, interviews),
                  rules.per_outcome(dollars, hires), rules.per_outcome(Decimal(connects), hires),
                  rules.per_dollar_earned(dollars, got), len(members) >= MIN_TRIALS)


def connects_roi(by: str = "month") -> RoiView:
    if by not in GROUPS:
        raise ValueError(f"connects-roi: unknown grouping {by!r}; expected "
                         f"{' or '.join(GROUPS)}")
    sent = sent_proposals()
    spent: dict[int, int] = {}
    money: dict[int, Decimal] = {}
    # Raw cursor rows (database.execute), not peewee's per-value conversion: 10,000s of rows.
    for pid, delta, at in database.execute(
            ConnectsEntry.select(ConnectsEntry.proposal, ConnectsEntry.delta, ConnectsEntry.at)
            .where(ConnectsEntry.proposal.is_null(False) & ConnectsEntry.reason.in_(SPENDING))):
        spent[pid] = spent.get(pid, 0) - delta
        value = connects_rules.connects_cost(abs(delta), on=day_of(at))
        money[pid] = money.get(pid, Decimal(0)) + (value if delta < 0 else -value)
    earned: dict[int, Decimal] = {}
    for pid, cents in database.execute(
            Transaction.select(Contract.proposal, Transaction.gross)
            .join(Contract, on=(Transaction.contract == Contract.id))
            .where(Contract.proposal.is_null(False) & Transaction.kind.in_(EARNING_KINDS))):
        earned[pid] = earned.get(pid, Decimal(0)) + Decimal(cents or 0) / 100
    groups: dict[str, list] = {}
    for p in sent:
        groups.setdefault(getattr(p, by), []).append(p)
    rows = tuple(_row(k, groups[k], spent, money, earned) for k in sorted(groups))
    days = [day_of(p.submitted) for p in sent if p.submitted]
    return RoiView(by, rows, _row("", sent, spent, money, earned),
                   basis("proposals", len(sent), min(days, default=None),
                         max(days, default=None), MIN_TRIALS))

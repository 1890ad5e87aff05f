"""The true hourly rate per contract (and per client): gross, after fees, Connects, unbilled."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from desktop.services.insights import Basis, basis
from models.clients import Client
from models.contracts import Contract, ContractStatus, ContractType, TimeEntry
from models.payments import EARNING_KINDS, Transaction
from models.proposals import ConnectsEntry
from models.query import tuples
from models.rules import connects as connects_rules
from models.rules.insights import effective as rules
from models.rules.weeks import split_by_week

ZERO = Decimal(0)
MIN_CONTRACTS = 3


@dataclass(frozen=True)
class RateRow:
    client: str
    contract: str  # "" on a client's total row
    contract_id: int | None
    gross: Decimal
    fees: Decimal
    connects: Decimal
    billed_minutes: int
    unbilled_minutes: int
    gross_per_hour: Decimal | None
    after_fees: Decimal | None
    after_connects: Decimal | None
    after_unbilled: Decimal | None


@dataclass(frozen=True)
class EffectiveRateView:
    rows: tuple[RateRow, ...]  # contracts, then one total row per client with several
    basis: Basis


def _cents(value) -> Decimal:
    return Decimal(value or 0) / 100


def _minutes(contract: Contract, billed_by_ledger: int | None) -> tuple[int, int]:
    """(billed, unbilled) minutes: over the weekly limit and manual time not allowed are
    unbilled; hours the ledger says were billed win over the diary when both exist."""
    entries = [(e.started_at, e.minutes or 0, e.manual) for e in
               TimeEntry.select(TimeEntry.started_at, TimeEntry.minutes, TimeEntry.manual)
               .where(TimeEntry.contract == contract.id).order_by(TimeEntry.started_at)]
    unbilled = 0
    counted = []
    for started, minutes, manual in entries:
        if manual and not contract.manual_time_allowed:
            unbilled += minutes
        else:
            counted.append((started, minutes))
    limit = contract.weekly_limit_minutes if contract.contract_type == ContractType.HOURLY else None
    splits = split_by_week(counted, limit)
    diary_billable = sum(s.billable for s in splits)
    unbilled += sum(s.over for s in splits)
    if billed_by_ledger:
        return billed_by_ledger, unbilled + max(diary_billable - billed_by_ledger, 0)
    return diary_billable, unbilled


def effective_rate(client: str | None = None) -> EffectiveRateView:
    money: dict[int, tuple[Decimal, Decimal, int]] = {}
    for cid, gross, fee, minutes in tuples(
            Transaction.select(Transaction.contract, fn.SUM(Transaction.gross),
                               fn.SUM(Transaction.fee), fn.SUM(Transaction.minutes))
            .where(Transaction.contract.is_null(False)
                   & Transaction.kind.in_((*EARNING_KINDS, "service_fee")))
            .group_by(Transaction.contract)):
        money[cid] = (_cents(gross), _cents(fee), int(minutes or 0))
    connects: dict[int, Decimal] = {}
    for pid, delta, at in tuples(ConnectsEntry.select(ConnectsEntry.proposal,
                                                      ConnectsEntry.delta, ConnectsEntry.at)
                                 .where(ConnectsEntry.proposal.is_null(False)
                                        & ConnectsEntry.reason.in_(("spent", "boost",
                                                                    "refund")))):
        value = connects_rules.connects_cost(abs(delta), on=at)
        connects[pid] = connects.get(pid, ZERO) + (value if delta < 0 else -value)
    query = (Contract.select(Contract, Client.name)
             .join(Client, JOIN.LEFT_OUTER, on=(Contract.client == Client.id))
             .where(Contract.status.in_((ContractStatus.ACTIVE, ContractStatus.PAUSED,
                                         ContractStatus.ENDED))))
    if client:
        query = query.where(fn.lower(Client.name) == client.strip().lower())
    by_client: dict[str, list[RateRow]] = {}
    for contract in query.order_by(fn.lower(Client.name), Contract.start_at):
        gross, fees, ledger_minutes = money.get(contract.id, (ZERO, ZERO, 0))
        spent = connects.get(contract.proposal_id, ZERO) if contract.proposal_id else ZERO
        billed, unbilled = _minutes(contract, ledger_minutes)
        rate = rules.effective_rate(gross=gross, fees=fees, connects=spent,
                                    billed_minutes=billed, unbilled_minutes=unbilled)
        owner = contract.client if contract.client_id else None
        name = owner.name if owner is not None else ""
        by_client.setdefault(name, []).append(RateRow(
            name, contract.title, contract.id, gross, fees, spent, billed, unbilled,
            rate.gross_per_hour, rate.after_fees, rate.after_connects, rate.after_unbilled))
    rows: list[RateRow] = []
    for name, group in by_client.items():
        rows.extend(group)
        if len(group) > 1:
            gross = sum((r.gross for r in group), ZERO)
            fees = sum((r.fees for r in group), ZERO)
            spent = sum((r.connects for r in group), ZERO)
            billed = sum(r.billed_minutes for r in group)
            unbilled = sum(r.unbilled_minutes for r in group)
            rate = rules.effective_rate(gross=gross, fees=fees, connects=spent,
                                        billed_minutes=billed, unbilled_minutes=unbilled)
            rows.append(RateRow(name, "", None, gross, fees, spent, billed, unbilled,
                                rate.gross_per_hour, rate.after_fees, rate.after_connects,
                                rate.after_unbilled))
    contracts = sum(len(g) for g in by_client.values())
    return EffectiveRateView(tuple(rows), basis("contracts", contracts, None, None, MIN_CONTRACTS))


__all__ = ["EffectiveRateView", "RateRow", "effective_rate"]

"""The next weeks' money: when each amount moves from in review → pending → available.

Sources: the ledger (rows not yet available), running hourly contracts (this week projected from
the time logged so far, later weeks at the recent weekly average, each capped at the contract's
weekly limit; last week's hours if no payment for them is booked yet), and submitted milestones
(auto-approved after 14 days). "How much can I withdraw on day X" adds what arrives by then and
shows what each active withdrawal method would charge for taking it all out. Withdrawals the
freelancer planned (desktop/services/planned_withdrawals.py) leave the balance on their day,
with their fee.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial

from peewee import fn

from desktop import clock
from desktop.services.insights import Basis, basis
from desktop.services.payments import contract_rate, prior_billings
from desktop.services.planned_withdrawals import PlannedRow, planned
from desktop.services.withdrawals import fee_for, methods
from models.contracts import (
    Contract,
    ContractMilestone,
    ContractStatus,
    ContractType,
    MilestoneState,
    TimeEntry,
)
from models.payments import Transaction, TransactionKind
from models.query import tuples
from models.rules import payout
from models.rules.insights import cashflow as rules
from models.rules.weeks import split_at_weeks, to_utc, week_start

HISTORY_WEEKS = 4  # full weeks averaged for the weeks ahead
ZERO = Decimal(0)


@dataclass(frozen=True)
class MethodPayout:
    method: str
    kind: str
    fee: Decimal
    received: Decimal


@dataclass(frozen=True)
class Withdrawable:
    day: date
    amount: Decimal
    methods: tuple[MethodPayout, ...]


@dataclass(frozen=True)
class CashflowView:
    today: date
    available_now: Decimal
    weeks: tuple[rules.WeekRow, ...]
    items: tuple[rules.Incoming, ...]
    withdrawable: Withdrawable | None
    basis: Basis
    planned: tuple[PlannedRow, ...] = ()  # withdrawals planned from today on, fees included


def _ledger(today: date) -> list[rules.Incoming]:
    items = []
    query = (Transaction.select(Transaction.id, Transaction.kind, Transaction.net,
                                Transaction.available_on, Transaction.week_start_on,
                                Transaction.description)
             .where((Transaction.available_on > today)
                    & (Transaction.kind != TransactionKind.WITHDRAWAL)))
    for tx in query.iterator():
        pending_from = None
        if tx.kind == TransactionKind.HOURLY and tx.week_start_on:
            pending_from = payout.hourly_week(tx.week_start_on).review_ends.date() + timedelta(1)
        items.append(rules.Incoming(rules.KIND_LEDGER, tx.description or tx.kind, tx.net,
                                    pending_from, tx.available_on, False, tx.id))
    return items


def _weekly_minutes(contract: Contract, since: datetime, now: datetime) -> dict[date, int]:
    minutes: dict[date, int] = {}
    query = (TimeEntry.select(TimeEntry.started_at, TimeEntry.minutes)
             .where((TimeEntry.contract == contract.id) & (TimeEntry.started_at >= since)))
    for entry in query:
        if entry.minutes is not None:  # a finished entry counts in the week it started
            pieces = [(week_start(entry.started_at).date(), entry.minutes)]
        else:  # a running timer, cut at Monday 00:00 UTC
            pieces = [(week_start(a).date(), int((b - a).total_seconds() // 60))
                      for a, b in split_at_weeks(entry.started_at, max(now, entry.started_at))]
        for day, count in pieces:
            minutes[day] = minutes.get(day, 0) + count
    return minutes


def _hourly(today: date, now: datetime, horizon_end: date) -> list[rules.Incoming]:
    items = []
    this_week = week_start(today).date()
    since = to_utc(this_week - timedelta(weeks=HISTORY_WEEKS))
    contracts = Contract.select().where((Contract.contract_type == ContractType.HOURLY)
                                        & (Contract.status == ContractStatus.ACTIVE)
                                        & Contract.rate.is_null(False))
    for contract in contracts:
        if contract.rate is None:  # excluded by the query; says so to the type checker
            continue
        limit = contract.weekly_limit_minutes
        logged = _weekly_minutes(contract, since, now)
        booked = {d for (d,) in tuples(Transaction.select(Transaction.week_start_on)
                                       .where((Transaction.contract == contract.id)
                                              & (Transaction.kind == TransactionKind.HOURLY)))}
        hourly_week = partial(rules.hourly_week, rate=contract.rate, label=contract.title,
                              ref=contract.id, contract_rate=contract_rate(contract),
                              prior_billings=prior_billings(contract.client_id, now))
        last_week = this_week - timedelta(weeks=1)
        if last_week not in booked and logged.get(last_week):
            minutes = logged[last_week] if limit is None else min(logged[last_week], limit)
            items.append(hourly_week(week_of=last_week, minutes=minutes, projected=False))
        days = (today - this_week).days + 1
        current = rules.projected_week_minutes(logged.get(this_week, 0), days, limit)
        if current:
            items.append(hourly_week(week_of=this_week, minutes=current))
        history = [logged.get(this_week - timedelta(weeks=k), 0)
                   for k in range(1, HISTORY_WEEKS + 1)]
        typical = rules.typical_week_minutes(history, limit)
        week = this_week + timedelta(weeks=1)
        while typical and week <= horizon_end:
            items.append(hourly_week(week_of=week, minutes=typical))
            week += timedelta(weeks=1)
    return items


def _milestones(now: datetime) -> list[rules.Incoming]:
    items = []
    query = (ContractMilestone.select(ContractMilestone, Contract)
             .join(Contract)
             .where((ContractMilestone.state == MilestoneState.SUBMITTED)
                    & ContractMilestone.submitted_at.is_null(False)))
    for ms in query:
        contract = ms.contract
        amount = ms.amount - (ms.released or ZERO)
        if amount <= 0 or ms.submitted_at is None:  # (never None: the query says so)
            continue
        items.append(rules.milestone(
            submitted_at=ms.submitted_at, amount=amount,
            label=f"{contract.title}: {ms.description}" if ms.description else contract.title,
            contract_rate=contract_rate(contract),
            prior_billings=prior_billings(contract.client_id, now), ref=ms.id))
    return items


def cashflow(*, weeks: int = 8, withdraw_on: date | None = None,
             now: datetime | None = None) -> CashflowView:
    now = now or clock.now()
    today = now.date()
    if weeks < 1 or weeks > 52:
        raise ValueError(f"cashflow: weeks must be 1–52, got {weeks}")
    horizon_end = week_start(today).date() + timedelta(weeks=weeks) - timedelta(days=1)
    settled = (Transaction.select(fn.SUM(Transaction.net))
               .where(Transaction.available_on <= today).scalar())
    available_now = Decimal(settled or 0) / 100
    items = _ledger(today) + _hourly(today, now, horizon_end) + _milestones(now)
    items.sort(key=lambda i: (i.available_on, i.kind, i.label))
    plans = planned(today=today)
    leaving = [(p.day, p.total) for p in plans]
    calendar = rules.calendar(items, today=today, weeks=weeks, available_now=available_now,
                              planned=leaving)
    withdrawable = None
    if withdraw_on is not None:
        amount = rules.withdrawable_on(withdraw_on, today=today, available_now=available_now,
                                       items=items, planned=leaving)
        payouts = []
        for method in methods():
            fee = fee_for(method, amount) if amount else ZERO
            payouts.append(MethodPayout(method.name, method.kind, fee, max(amount - fee, ZERO)))
        withdrawable = Withdrawable(withdraw_on, amount, tuple(payouts))
    days = [i.available_on for i in items]
    return CashflowView(today, available_now, tuple(calendar), tuple(items), withdrawable,
                        basis("payments", len(items), min(days, default=None),
                              max(days, default=None), 1), tuple(plans))

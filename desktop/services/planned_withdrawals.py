"""Planned withdrawals: what the freelancer means to take out of the Upwork balance, and when.

Insights ▸ Cash flow counts each one, amount plus the method's fee, against the balance from its
day on ("how much can I withdraw on day X" and the weekly balance). Planning moves no money:
the real withdrawal is recorded in Payments (desktop/services/withdrawals.py), and a plan whose
day has passed no longer counts.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from peewee import JOIN

from desktop import clock, events
from desktop.errors import Code, ServiceError
from desktop.services import db
from desktop.services.payments import AREA
from desktop.services.withdrawals import fee_for, label
from models.payments import PlannedWithdrawal, WithdrawalMethod
from models.rules.money import round_cents

MOST = Decimal("1000000")  # a plan above a million dollars is a typo


class PlanError(ServiceError):
    """A planned withdrawal the data does not allow."""


@dataclass(frozen=True)
class PlannedRow:
    id: int
    day: date
    amount: Decimal
    fee: Decimal  # by the method's fee rule today; zero without a method
    method_id: int | None
    method: str  # the method as Payments names it ("" without one)
    note: str

    @property
    def total(self) -> Decimal:
        """What leaves the balance: the amount and the fee."""
        return self.amount + self.fee


def _row(plan: PlannedWithdrawal, method: WithdrawalMethod | None) -> PlannedRow:
    fee = fee_for(method, plan.amount) if method is not None else Decimal(0)
    return PlannedRow(plan.id, plan.planned_on, plan.amount, fee, plan.method_id,
                      label(method) if method is not None else "", plan.note)


def _method(method_id: int | None) -> WithdrawalMethod | None:
    if method_id is None:
        return None
    method = WithdrawalMethod.get_or_none(WithdrawalMethod.id == method_id)
    if method is None or not method.active:
        raise PlanError(Code.PLAN_METHOD_GONE)
    return method


def plan(*, day: date, amount: Decimal, method_id: int | None = None, note: str = "",
         today: date | None = None) -> PlannedRow:
    """Plan taking ``amount`` (USD, before the fee) out on ``day`` with a withdrawal method."""
    today = today or clock.today()
    amount = round_cents(Decimal(amount))
    if not Decimal(0) < amount <= MOST:
        raise PlanError(Code.PLAN_AMOUNT, most=MOST)
    if day < today:
        raise PlanError(Code.PLAN_PAST, day=day)
    with db.atomic():
        method = _method(method_id)
        created = PlannedWithdrawal.create(planned_on=day, amount=amount, method=method_id,
                                           note=" ".join(note.split()))
    events.changed(AREA, (created.id,))
    return _row(created, method)


def planned(*, today: date | None = None) -> list[PlannedRow]:
    """The plans from ``today`` on, soonest first."""
    today = today or clock.today()
    query = (PlannedWithdrawal.select(PlannedWithdrawal, WithdrawalMethod)
             .join(WithdrawalMethod, JOIN.LEFT_OUTER)
             .where(PlannedWithdrawal.planned_on >= today)
             .order_by(PlannedWithdrawal.planned_on, PlannedWithdrawal.id))
    return [_row(p, p.method if p.method_id is not None else None) for p in query]


def remove(plan_id: int) -> dict[str, Any]:
    """Drop a plan; returns what :func:`restore` needs to put it back (undo)."""
    with db.atomic():
        plan_row = PlannedWithdrawal.get_or_none(PlannedWithdrawal.id == plan_id)
        if plan_row is None:
            raise PlanError(Code.PLAN_GONE)
        saved = {"id": plan_row.id, "planned_on": plan_row.planned_on,
                 "amount": plan_row.amount, "method": plan_row.method_id,
                 "note": plan_row.note, "created_at": plan_row.created_at}
        plan_row.delete_instance()
    events.changed(AREA, (plan_id,))
    return saved


def restore(saved: dict[str, Any]) -> None:
    """Undo of :func:`remove` (the method may have gone since: the plan then has none)."""
    with db.atomic():
        values = dict(saved)
        if values["method"] is not None and \
                WithdrawalMethod.get_or_none(WithdrawalMethod.id == values["method"]) is None:
            values["method"] = None
        PlannedWithdrawal.insert(**values).execute()
    events.changed(AREA, (saved["id"],))

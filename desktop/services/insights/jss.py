"""An estimated Job Success Score range from the contracts, feedback and long-term clients."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from peewee import fn

from desktop import clock
from desktop.services.insights import Basis, basis
from models.contracts import Contract, ContractStatus, Feedback, FeedbackDirection
from models.payments import EARNING_KINDS, Transaction
from models.query import tuples
from models.rules.insights import jss as rules


@dataclass(frozen=True)
class JssView:
    low: int | None
    high: int | None
    window_days: int | None
    factors: dict[str, int]  # contracts of each class (rules.CLASSES) over 24 months
    levers: tuple[rules.Lever, ...]
    estimate: bool  # always True: this is never Upwork's own score
    basis: Basis


def _score(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def outcomes(today: date) -> list[rules.ContractOutcome]:
    since = today - timedelta(days=max(rules.WINDOWS_DAYS))
    paid: dict[int, int] = dict(tuples(
        Transaction.select(Transaction.contract, fn.SUM(Transaction.gross))
        .where(Transaction.contract.is_null(False) & Transaction.kind.in_(EARNING_KINDS))
        .group_by(Transaction.contract)))
    scores: dict[int, str | None] = dict(tuples(
        Feedback.select(Feedback.contract, Feedback.score)
        .where(Feedback.direction == FeedbackDirection.RECEIVED)))
    per_client: dict[int | None, int] = dict(tuples(
        Contract.select(Contract.client, fn.COUNT(Contract.id))
        .where(Contract.client.is_null(False)).group_by(Contract.client)))
    result = []
    for c in Contract.select().where((Contract.status == ContractStatus.ENDED)
                                     & Contract.end_at.is_null(False)):
        if c.end_at is None:  # excluded by the query; says so to the type checker
            continue
        ended = c.end_at.date()
        if ended <= since or ended > today:
            continue
        long_term = bool(c.start_at and (c.end_at - c.start_at).days >= rules.LONG_TERM_DAYS)
        long_term = long_term or per_client.get(c.client_id, 0) > 1
        result.append(rules.ContractOutcome(ended, _score(scores.get(c.id)),
                                            Decimal(paid.get(c.id) or 0) / 100, long_term))
    return result


def jss(*, today: date | None = None) -> JssView:
    today = today or clock.today()
    contracts = outcomes(today)
    estimate = rules.estimate(contracts, today)
    days = [c.ended_on for c in contracts]
    return JssView(estimate.low, estimate.high, estimate.window_days, estimate.classes,
                   tuple(rules.levers(contracts, today)), True,
                   basis("contracts", estimate.counted, min(days, default=None),
                         max(days, default=None), rules.MIN_CONTRACTS))

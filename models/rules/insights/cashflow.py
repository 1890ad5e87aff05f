"""Money on its way: when each amount moves from in review → pending → available.

Uses the dated payout rules (``models.rules.payout``): an hourly week is in review until Friday
23:59 UTC after it and available the Wednesday 10 days after it ends; a submitted milestone the
client does not answer is approved after 14 days and available 5 days after approval.

Running hourly weeks are projected: the current week from the pace of the time logged so far
(minutes × 7 / days elapsed, capped at the weekly limit), later weeks at the average billable
minutes of the recent full weeks (also capped). Projected amounts are flagged as such.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from models.rules import fees, payout
from models.rules.money import amount_for_minutes
from models.rules.weeks import utc_date, week_start

ZERO = Decimal(0)
KIND_LEDGER, KIND_HOURLY, KIND_MILESTONE = "ledger", "hourly", "milestone"


@dataclass(frozen=True)
class Incoming:
    """One amount on its way to the available balance (net of the service fee)."""

    kind: str  # ledger | hourly | milestone
    label: str  # contract title, milestone description, ledger description
    net: Decimal
    pending_from: date | None  # the day it leaves review (None: already pending)
    available_on: date
    projected: bool = False
    ref: int | None = None  # contract, milestone or transaction id


def projected_week_minutes(logged: int, days_elapsed: int, limit: int | None) -> int:
    """The current week's minutes at the pace so far; ``days_elapsed`` is 1 (Monday) … 7."""
    if not 1 <= days_elapsed <= 7:
        raise ValueError(f"days elapsed in a week must be 1–7, got {days_elapsed}")
    minutes = logged * 7 // days_elapsed
    return minutes if limit is None else min(minutes, limit)


def typical_week_minutes(past_weeks: Sequence[int], limit: int | None) -> int:
    """Average billable minutes of recent full weeks (0 with none), capped at the limit."""
    if not past_weeks:
        return 0
    average = sum(past_weeks) // len(past_weeks)
    return average if limit is None else min(average, limit)


def hourly_week(*, week_of: date | datetime, minutes: int, rate: Decimal, label: str,
                contract_rate: Decimal | None = None, prior_billings: Decimal = ZERO,
                projected: bool = True, ref: int | None = None) -> Incoming:
    """The pay for ``minutes`` worked in the week containing ``week_of``."""
    schedule = payout.hourly_week(week_of)
    gross = amount_for_minutes(rate, minutes)
    fee = fees.service_fee(gross, on=schedule.billed_on, prior_billings=prior_billings,
                           contract_rate=contract_rate)
    return Incoming(KIND_HOURLY, label, fee.net, utc_date(schedule.review_ends) + timedelta(days=1),
                    schedule.available_on, projected, ref)


def milestone(*, submitted_at: datetime, amount: Decimal, label: str,
              contract_rate: Decimal | None = None, prior_billings: Decimal = ZERO,
              ref: int | None = None) -> Incoming:
    """Submitted work: approved at the latest when the 14 days run out, then 5 days to available."""
    approved = payout.milestone_auto_approve_at(submitted_at)
    fee = fees.service_fee(amount, on=approved, prior_billings=prior_billings,
                           contract_rate=contract_rate)
    return Incoming(KIND_MILESTONE, label, fee.net, utc_date(approved),
                    payout.manual_available_on(approved), False, ref)


@dataclass(frozen=True)
class WeekRow:
    """One week of the calendar (Monday start): what leaves review, what becomes available."""

    week_start: date
    to_pending: Decimal
    to_available: Decimal
    available_after: Decimal  # the balance at the end of the week, after planned withdrawals
    projected: bool  # some of this week's figures are projections
    withdrawn: Decimal = ZERO  # planned withdrawals of the week, fees included


def calendar(items: Iterable[Incoming], *, today: date, weeks: int,
             available_now: Decimal = ZERO,
             planned: Iterable[tuple[date, Decimal]] = ()) -> list[WeekRow]:
    """``weeks`` calendar weeks from the one containing ``today``. ``planned``: withdrawals
    (day, amount + fee) the freelancer means to make; each lowers the balance from its day on
    (a plan before today no longer counts)."""
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    first = week_start(today).date()
    items = list(items)
    # Amounts already available before this week's start are in available_now.
    planned = [(day, Decimal(total)) for day, total in planned if day >= today]
    balance = Decimal(available_now) + sum(
        (i.net for i in items if today < i.available_on < first), ZERO)
    rows = []
    for n in range(weeks):
        start = first + timedelta(weeks=n)
        end = start + timedelta(days=6)

        def inside(day: date | None, start=start, end=end) -> bool:
            return day is not None and max(start, today + timedelta(days=1)) <= day <= end

        to_pending = [i for i in items if inside(i.pending_from)]
        to_available = [i for i in items if inside(i.available_on)]
        arriving = sum((i.net for i in to_available), ZERO)
        leaving = sum((total for day, total in planned if start <= day <= end), ZERO)
        balance += arriving - leaving
        rows.append(WeekRow(start, sum((i.net for i in to_pending), ZERO), arriving, balance,
                            any(i.projected for i in to_pending + to_available), leaving))
    return rows


def withdrawable_on(day: date, *, today: date, available_now: Decimal,
                    items: Iterable[Incoming],
                    planned: Iterable[tuple[date, Decimal]] = ()) -> Decimal:
    """The available balance on ``day``: what is available today, plus everything that becomes
    available after today and by ``day``, minus withdrawals (amount + fee) planned by then.
    Never below zero."""
    if day < today:
        raise ValueError(f"{day.isoformat()} is in the past (today is {today.isoformat()})")
    total = Decimal(available_now)
    total += sum((i.net for i in items if today < i.available_on <= day), ZERO)
    total -= sum((Decimal(amount) for when, amount in planned if today <= when <= day), ZERO)
    return max(total, ZERO)

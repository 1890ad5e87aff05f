"""When money becomes available, and the deadlines around a contract, as dated data.

Hourly: the work week is Monday 00:00 – Sunday 23:59 UTC. The diary can be edited until Monday
11:59 UTC after it, the client is billed that Monday and may review until Friday 23:59 UTC, and
the money is available the Wednesday after (10 days after the week ends).
Fixed price: a milestone the client does not answer is approved 14 days after submission; every
manual payment (milestone, bonus, manual payment) is available 5 days after it is processed.
Bonuses: up to 365 days after the contract ends. Refunds: within 180 days of the payment.
Feedback: within 14 days after the contract ends.

Instants are UTC-aware datetimes; "available on" answers are UTC calendar dates. Deadlines given to
the minute (11:59, 23:59) include that whole minute: see :func:`is_open`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.rules.weeks import WEEK, to_utc, utc_date, week_end, week_start


@dataclass(frozen=True)
class PayoutRules:
    start: date  # first day these rules applied (inclusive)
    diary_edit_until: timedelta  # after next Monday 00:00 UTC
    review_until: timedelta  # after next Monday 00:00 UTC
    hourly_available_days: int  # after the week's last day (Sunday)
    manual_available_days: int  # after a fixed-price/bonus/manual payment is processed
    milestone_auto_approve: timedelta  # after the work is submitted
    bonus_days_after_end: int
    refund_days: int
    feedback_days_after_end: int
    source: str = ""


PAYOUT_RULES: tuple[PayoutRules, ...] = (
    PayoutRules(
        start=date.min,
        diary_edit_until=timedelta(hours=11, minutes=59),  # Monday 11:59 UTC
        review_until=timedelta(days=4, hours=23, minutes=59),  # Friday 23:59 UTC
        hourly_available_days=10,  # Sunday + 10 = Wednesday
        manual_available_days=5,
        milestone_auto_approve=timedelta(days=14),
        bonus_days_after_end=365,
        refund_days=180,
        feedback_days_after_end=14,
        source="DESIGN.md domain rules (Upwork help centre, hourly & fixed-price protection)",
    ),
)

MANUAL_KINDS = frozenset({"fixed_price", "milestone", "bonus", "manual"})


def rules_on(on: date | datetime) -> PayoutRules:
    """The payout rules in force on a UTC day (the latest whose start is not after it)."""
    day = utc_date(on)
    current = [r for r in PAYOUT_RULES if r.start <= day]
    return max(current, key=lambda r: r.start)


def is_open(deadline: datetime, now: datetime) -> bool:
    """True while ``now`` is before the end of the deadline's minute (11:59 means to 11:59:59)."""
    return to_utc(now) < to_utc(deadline) + timedelta(minutes=1)


@dataclass(frozen=True)
class HourlyWeek:
    """Every date that matters for one hourly work week."""

    week_start: datetime  # Monday 00:00 UTC
    week_end: datetime  # Sunday 23:59:59.999999 UTC
    diary_edit_deadline: datetime  # Monday 11:59 UTC after the week
    billed_on: date  # the Monday after the week
    review_ends: datetime  # Friday 23:59 UTC after the week
    available_on: date  # the Wednesday 10 days after the week ends


def hourly_week(work_time: datetime | date) -> HourlyWeek:
    """The schedule of the week containing ``work_time``."""
    start = week_start(work_time)
    rules = rules_on(start)
    next_monday = start + WEEK
    last_day = week_end(start).date()
    return HourlyWeek(
        week_start=start,
        week_end=week_end(start),
        diary_edit_deadline=next_monday + rules.diary_edit_until,
        billed_on=next_monday.date(),
        review_ends=next_monday + rules.review_until,
        available_on=last_day + timedelta(days=rules.hourly_available_days),
    )


def hourly_available_on(work_time: datetime | date) -> date:
    """UTC day the pay for hours worked at ``work_time`` becomes available (a Wednesday)."""
    return hourly_week(work_time).available_on


def diary_edit_deadline(work_time: datetime | date) -> datetime:
    """Last minute (Monday 11:59 UTC after the week) to edit that week's diary."""
    return hourly_week(work_time).diary_edit_deadline


def manual_available_on(processed: datetime | date) -> date:
    """UTC day a fixed-price milestone, bonus or manual payment becomes available."""
    day = utc_date(processed)
    return day + timedelta(days=rules_on(day).manual_available_days)


def available_on(kind: str, when: datetime | date) -> date:
    """Dispatch by payment kind: ``"hourly"`` (``when`` = a moment in the work week) or one of
    ``"fixed_price"``, ``"milestone"``, ``"bonus"``, ``"manual"`` (``when`` = processed)."""
    if kind == "hourly":
        return hourly_available_on(when)
    if kind in MANUAL_KINDS:
        return manual_available_on(when)
    raise ValueError(f"unknown payment kind {kind!r}: expected 'hourly' or one of "
                     f"{', '.join(sorted(MANUAL_KINDS))}")


def milestone_auto_approve_at(submitted: datetime) -> datetime:
    """When submitted work is approved automatically if the client does nothing."""
    moment = to_utc(submitted)
    return moment + rules_on(moment).milestone_auto_approve


def bonus_deadline(contract_end: date | datetime) -> date:
    """Last UTC day a client can still send a bonus on an ended contract."""
    day = utc_date(contract_end)
    return day + timedelta(days=rules_on(day).bonus_days_after_end)


def refund_deadline(paid: date | datetime) -> date:
    """Last UTC day a payment made on ``paid`` can still be refunded."""
    day = utc_date(paid)
    return day + timedelta(days=rules_on(day).refund_days)


def feedback_deadline(contract_end: date | datetime) -> date:
    """Last UTC day to leave feedback after a contract ends."""
    day = utc_date(contract_end)
    return day + timedelta(days=rules_on(day).feedback_days_after_end)


def end_of_day(day: date | datetime) -> datetime:
    """23:59 UTC of a day, for showing a date-only deadline as an instant (use with is_open)."""
    return to_utc(utc_date(day)) + timedelta(hours=23, minutes=59)

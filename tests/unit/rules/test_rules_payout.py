"""When money becomes available, and the deadlines around a contract."""
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.payout import (
    available_on,
    bonus_deadline,
    diary_edit_deadline,
    end_of_day,
    feedback_deadline,
    hourly_available_on,
    hourly_week,
    is_open,
    manual_available_on,
    milestone_auto_approve_at,
    refund_deadline,
)
from models.rules.weeks import week_end

FAST = settings(max_examples=80, deadline=None)
WEDNESDAY_WORK = datetime(2024, 3, 6, 15, 0, tzinfo=UTC)  # week of Mon 4 – Sun 10 March 2024


def test_hourly_week_schedule():
    week = hourly_week(WEDNESDAY_WORK)
    assert week.diary_edit_deadline == datetime(2024, 3, 11, 11, 59, tzinfo=UTC)
    assert week.billed_on == date(2024, 3, 11)  # Monday
    assert week.review_ends == datetime(2024, 3, 15, 23, 59, tzinfo=UTC)  # Friday
    assert week.available_on == date(2024, 3, 20)  # Wednesday, Sunday + 10 days
    assert hourly_available_on(WEDNESDAY_WORK) == available_on("hourly", WEDNESDAY_WORK)


def test_diary_edit_deadline_includes_the_1159_minute():
    deadline = diary_edit_deadline(WEDNESDAY_WORK)
    assert is_open(deadline, datetime(2024, 3, 11, 11, 59, 30, tzinfo=UTC))
    assert not is_open(deadline, datetime(2024, 3, 11, 12, 0, tzinfo=UTC))


def test_manual_payments_available_five_days_after_processing():
    assert manual_available_on(datetime(2024, 3, 1, 22, 0, tzinfo=UTC)) == date(2024, 3, 6)
    # 23:30 in New York is already the next day in UTC
    new_york = timezone(timedelta(hours=-5))
    assert manual_available_on(datetime(2024, 3, 1, 23, 30, tzinfo=new_york)) == date(2024, 3, 7)
    for kind in ("milestone", "bonus", "manual", "fixed_price"):
        assert available_on(kind, date(2024, 3, 1)) == date(2024, 3, 6)
    with pytest.raises(ValueError, match="unknown payment kind 'tip'"):
        available_on("tip", date(2024, 3, 1))


def test_contract_deadlines():
    submitted = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    assert milestone_auto_approve_at(submitted) == datetime(2024, 3, 15, 9, 30, tzinfo=UTC)
    ended = date(2024, 3, 1)
    assert bonus_deadline(ended) == date(2025, 3, 1)  # 365 days (2024 is a leap year)
    assert refund_deadline(ended) == date(2024, 8, 28)  # 180 days
    assert feedback_deadline(ended) == date(2024, 3, 15)  # 14 days
    assert end_of_day(ended) == datetime(2024, 3, 1, 23, 59, tzinfo=UTC)


@FAST
@given(st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2030, 12, 31),
                    timezones=st.just(UTC)))
def test_hourly_pay_is_always_a_wednesday_ten_days_after_the_week(work):
    week = hourly_week(work)
    assert week.available_on.weekday() == 2
    assert week.available_on == week_end(work).date() + timedelta(days=10)
    assert week.available_on > work.date()
    assert week.billed_on.weekday() == 0 and week.review_ends.weekday() == 4
    assert week.week_end < week.diary_edit_deadline < week.review_ends

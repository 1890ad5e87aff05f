"""Upwork week (Monday 00:00 – Sunday 23:59 UTC) and the weekly hour limit."""
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.weeks import (
    iter_days,
    iter_weeks,
    minutes_per_piece,
    round_minutes,
    split_at_weeks,
    split_by_week,
    split_over_limit,
    week_bounds,
    week_days,
    week_end,
    week_start,
)

FAST = settings(max_examples=80, deadline=None)
HOURS = 60
MONDAY = datetime(2024, 3, 4, tzinfo=UTC)
moments = st.datetimes(
    min_value=datetime(2015, 1, 1), max_value=datetime(2030, 12, 31),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)),
                               timezone(timedelta(hours=-8))]),
)


def test_week_runs_monday_to_sunday_in_utc():
    sunday_late = datetime(2024, 3, 10, 23, 59, tzinfo=UTC)
    assert week_start(sunday_late) == MONDAY
    assert week_start(MONDAY) == MONDAY
    assert week_end(MONDAY).date() == date(2024, 3, 10)
    assert week_bounds(date(2024, 3, 6)) == (MONDAY, MONDAY + timedelta(days=7))
    # 01:00 on Monday in UTC+2 is still Sunday in UTC: the previous week
    kyiv_monday = datetime(2024, 3, 11, 1, 0, tzinfo=timezone(timedelta(hours=2)))
    assert week_start(kyiv_monday) == MONDAY
    assert week_days(MONDAY)[0] == date(2024, 3, 4) and week_days(MONDAY)[-1] == date(2024, 3, 10)
    assert list(iter_days(date(2024, 2, 28), date(2024, 3, 1))) == [
        date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)]
    assert len(list(iter_weeks(date(2024, 3, 10), date(2024, 3, 11)))) == 2


def test_naive_datetime_is_refused():
    with pytest.raises(ValueError, match="naive datetime"):
        week_start(datetime(2024, 3, 4))


def test_timer_across_midnight_sunday_is_cut_into_two_weeks():
    start = datetime(2024, 3, 10, 23, 30, tzinfo=UTC)
    pieces = split_at_weeks(start, start + timedelta(hours=1))
    assert [(b - a) for a, b in pieces] == [timedelta(minutes=30)] * 2
    assert pieces[1][0] == MONDAY + timedelta(days=7)
    with pytest.raises(ValueError, match="before it starts"):
        split_at_weeks(start, start - timedelta(minutes=1))


def test_hours_over_the_weekly_limit_are_not_billed():
    splits = split_over_limit([35 * HOURS, 10 * HOURS, 2 * HOURS], 40 * HOURS)
    assert [s.billable for s in splits] == [35 * HOURS, 5 * HOURS, 0]
    assert [s.over for s in splits] == [0, 5 * HOURS, 2 * HOURS]
    assert [s.billable for s in split_over_limit([600, 600], None)] == [600, 600]
    with pytest.raises(ValueError, match="must not be negative"):
        split_over_limit([-5], 100)


def test_the_limit_starts_afresh_each_monday():
    entries = [
        (MONDAY + timedelta(days=1), 30 * HOURS),
        (MONDAY + timedelta(days=6), 20 * HOURS),  # Sunday: 10 h over a 40 h limit
        (MONDAY + timedelta(days=7), 8 * HOURS),  # next Monday: billable again
    ]
    splits = split_by_week(entries, 40 * HOURS)
    assert [s.billable for s in splits] == [30 * HOURS, 10 * HOURS, 8 * HOURS]
    assert splits[2].week_start == MONDAY + timedelta(days=7)
    with pytest.raises(ValueError, match="time entry 1"):
        split_by_week(list(reversed(entries)), 40 * HOURS)


@FAST
@given(moment=moments)
def test_week_start_is_the_monday_midnight_before(moment):
    start = week_start(moment)
    assert start.weekday() == 0 and start.time() == datetime.min.time()
    assert start.tzinfo == UTC
    assert start <= moment < start + timedelta(days=7)
    assert start <= moment <= week_end(moment)


@FAST
@given(minutes=st.lists(st.integers(0, 20 * HOURS), max_size=20),
       limit=st.none() | st.integers(0, 80 * HOURS))
def test_billable_minutes_are_the_earliest_up_to_the_limit(minutes, limit):
    splits = split_over_limit(minutes, limit)
    billed = sum(s.billable for s in splits)
    assert billed == (sum(minutes) if limit is None else min(sum(minutes), limit))
    assert all(0 <= s.billable <= s.minutes for s in splits)
    # once an entry runs over the limit, nothing later is billed
    first_over = next((i for i, s in enumerate(splits) if s.over), len(splits))
    assert all(s.billable == 0 for s in splits[first_over + 1:])


SUNDAY_LATE = datetime(2026, 11, 29, 23, 59, 30, tzinfo=UTC)  # 30 s before Monday 00:00 UTC


@pytest.mark.parametrize(("seconds", "expected"), [
    (60, [1, 0]),    # 30 s + 30 s: one minute, not 1 + 1
    (40, [1, 0]),    # 20 s + 20 s: the 40 s round to a minute instead of vanishing
    (29, [0]),       # under half a minute, still on Sunday: nothing
    (90, [1, 1]),    # 30 s + 60 s = 1.5 min -> 2
    (3630, [1, 60]),  # 30 s + 60.0 min -> 61 (60.5 rounds up)
])
def test_a_span_over_monday_midnight_is_rounded_once(seconds, expected):
    pieces = split_at_weeks(SUNDAY_LATE, SUNDAY_LATE + timedelta(seconds=seconds))
    assert minutes_per_piece(pieces) == expected


def test_minutes_already_stored_for_earlier_weeks_are_carried():
    # A running timer was cut at Monday 00:00 with its 30 s stored as 1 minute; 45 s more make
    # 75 s in all = 1 minute, so the new week gets nothing more.
    monday = SUNDAY_LATE + timedelta(seconds=30)
    assert minutes_per_piece([(monday, monday + timedelta(seconds=45))],
                             carried=timedelta(seconds=30), carried_minutes=1) == [0]
    assert minutes_per_piece([(monday, monday + timedelta(seconds=100))],
                             carried=timedelta(seconds=30), carried_minutes=1) == [1]


@FAST
@given(start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1),
                          timezones=st.just(UTC)),
       length=st.integers(min_value=0, max_value=40 * 24 * 3600 * 1000))
def test_pieces_always_add_up_to_the_rounded_real_duration(start, length):
    span = timedelta(milliseconds=length)
    pieces = split_at_weeks(start, start + span)
    minutes = minutes_per_piece(pieces)
    assert sum(minutes) == round_minutes(span)
    for (a, b), m in zip(pieces, minutes, strict=True):  # each piece within a minute of its own
        assert abs(m * 60 - (b - a).total_seconds()) < 60

"""Upwork week helpers: the week runs Monday 00:00 to Sunday 23:59 UTC.

All functions take timezone-aware datetimes (any zone; converted to UTC) or plain dates (read as
UTC calendar days) and return UTC-aware datetimes or dates. A naive datetime is refused, because
guessing its zone is how billing weeks end up off by a day.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

WEEK = timedelta(days=7)


def to_utc(moment: datetime | date) -> datetime:
    """An aware UTC datetime; a plain date means 00:00 UTC that day. Naive datetimes are refused."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"naive datetime {moment.isoformat()}: pass a timezone-aware datetime")
        return moment.astimezone(UTC)
    if isinstance(moment, date):
        return datetime.combine(moment, time(0), tzinfo=UTC)
    raise TypeError(f"expected a date or datetime, got {type(moment).__name__}")


def utc_date(moment: datetime | date) -> date:
    """The UTC calendar day of a moment (a plain date is returned as is)."""
    if isinstance(moment, datetime):
        return to_utc(moment).date()
    if isinstance(moment, date):
        return moment
    raise TypeError(f"expected a date or datetime, got {type(moment).__name__}")


def week_start(moment: datetime | date) -> datetime:
    """Monday 00:00 UTC of the Upwork week containing ``moment``."""
    day = utc_date(moment)
    return to_utc(day - timedelta(days=day.weekday()))


def week_end(moment: datetime | date) -> datetime:
    """The last instant of the week (Sunday 23:59:59.999999 UTC), so ``start <= t <= end``.

    For database range queries prefer :func:`week_bounds`, which is half-open.
    """
    return week_start(moment) + WEEK - timedelta(microseconds=1)


def week_bounds(moment: datetime | date) -> tuple[datetime, datetime]:
    """Half-open ``(start, stop)``: Monday 00:00 UTC and the next Monday 00:00 UTC."""
    start = week_start(moment)
    return start, start + WEEK


def week_days(moment: datetime | date) -> list[date]:
    """The seven UTC days, Monday to Sunday, of the week containing ``moment``."""
    first = week_start(moment).date()
    return [first + timedelta(days=i) for i in range(7)]


def iter_days(first: date, last: date) -> Iterator[date]:
    """Every calendar day from ``first`` to ``last`` inclusive (nothing if last < first)."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def iter_weeks(first: datetime | date, last: datetime | date) -> Iterator[datetime]:
    """Week starts (Monday 00:00 UTC) of every week touching ``first`` … ``last`` inclusive."""
    start, stop = week_start(first), week_start(last)
    while start <= stop:
        yield start
        start += WEEK


def split_at_weeks(start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """Cut a span of work at Monday 00:00 UTC so each piece lies in one week.

    A timer running Sunday 23:30 to Monday 00:30 gives two pieces of 30 minutes, billed in
    different weeks and counted against different weekly limits.
    """
    start, end = to_utc(start), to_utc(end)
    if end < start:
        raise ValueError(f"span ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    pieces = []
    while start < end:
        cut = min(end, week_start(start) + WEEK)
        pieces.append((start, cut))
        start = cut
    return pieces


_MINUTE_US = 60_000_000


def _microseconds(span: timedelta) -> int:
    return (span.days * 86_400 + span.seconds) * 1_000_000 + span.microseconds


def round_minutes(span: timedelta) -> int:
    """Whole minutes of a span: half a minute and more rounds up (59.5 s -> 1, 29 s -> 0)."""
    return (_microseconds(span) + _MINUTE_US // 2) // _MINUTE_US


def minutes_per_piece(pieces: Sequence[tuple[datetime, datetime]], *,
                      carried: timedelta = timedelta(0), carried_minutes: int = 0) -> list[int]:
    """Whole minutes for the week pieces of one span of work, rounded once.

    The span is cut at Monday 00:00 UTC by :func:`split_at_weeks`; rounding each piece on its
    own would count a 60-second timer over midnight (30 s + 30 s) as 2 minutes and drop 40
    seconds split 20 + 20. Instead the whole span is rounded once and its minutes are shared
    out by the largest remainder: the pieces always add up to the rounded real duration.

    ``carried``/``carried_minutes``: earlier pieces of the same span already stored with their
    minutes (a running timer cut at a week boundary); the new pieces take what is left, so the
    whole chain still adds up to its rounded duration.
    """
    lengths = [_microseconds(to_utc(end) - to_utc(start)) for start, end in pieces]
    if any(length < 0 for length in lengths):
        raise ValueError("a piece ends before it starts")
    total = (sum(lengths) + _microseconds(carried) + _MINUTE_US // 2) // _MINUTE_US
    target = max(0, total - carried_minutes)
    minutes = [length // _MINUTE_US for length in lengths]
    remainders = [length % _MINUTE_US for length in lengths]
    diff = target - sum(minutes)
    # Largest remainder first (the earlier piece on a tie) gets the minutes still owed; when
    # earlier pieces were rounded up, the smallest remainders give minutes back.
    order = sorted(range(len(lengths)), key=lambda i: (-remainders[i], i))
    while diff > 0 and order:
        for i in order[:diff]:
            minutes[i] += 1
        diff = target - sum(minutes)
    for i in reversed(order):
        if diff >= 0:
            break
        take = min(minutes[i], -diff)
        minutes[i] -= take
        diff += take
    return minutes


@dataclass(frozen=True)
class Split:
    """One time entry after the weekly limit: ``billable + over == minutes``."""

    minutes: int
    billable: int

    @property
    def over(self) -> int:
        """Minutes above the weekly limit: recorded, but not billed to the client."""
        return self.minutes - self.billable


def split_over_limit(minutes: Iterable[int], limit_minutes: int | None) -> list[Split]:
    """Split one week's entries (chronological) into billable / over-the-limit minutes.

    The earliest minutes are billed first; once the week's total reaches ``limit_minutes``
    everything after it is over the limit. ``None`` means no weekly limit.
    """
    if limit_minutes is not None and limit_minutes < 0:
        raise ValueError(f"weekly limit must not be negative, got {limit_minutes}")
    room = limit_minutes
    result = []
    for count in minutes:
        if count < 0:
            raise ValueError(f"time entry of {count} minutes: minutes must not be negative")
        if room is None:
            result.append(Split(count, count))
            continue
        billable = min(count, room)
        room -= billable
        result.append(Split(count, billable))
    return result


@dataclass(frozen=True)
class WeekSplit(Split):
    """A :class:`Split` that also knows which week it was counted in."""

    week_start: datetime


def split_by_week(
    entries: Sequence[tuple[datetime, int]], limit_minutes: int | None
) -> list[WeekSplit]:
    """Like :func:`split_over_limit` for ``(started_at, minutes)`` entries over several weeks.

    The limit starts afresh every Monday 00:00 UTC. Entries must be in chronological order (a
    ValueError names the first one that is not); split entries that cross Monday 00:00 UTC with
    :func:`split_at_weeks` first.
    """
    result: list[WeekSplit] = []
    used: dict[datetime, int] = {}
    previous: datetime | None = None
    for index, (started, count) in enumerate(entries):
        started = to_utc(started)
        if previous is not None and started < previous:
            raise ValueError(
                f"time entry {index} ({started.isoformat()}) is earlier than the one before it"
            )
        previous = started
        week = week_start(started)
        room = None if limit_minutes is None else limit_minutes - used.get(week, 0)
        (split,) = split_over_limit([count], room)
        used[week] = used.get(week, 0) + split.billable
        result.append(WeekSplit(split.minutes, split.billable, week))
    return result

"""The one owner of time. Nothing else in the app reads the wall clock.

Services take ``now``/``today`` arguments and fall back to :func:`now`/:func:`today`; the UI gets
the same :class:`Clock` through ``AppContext.clock``; pure rules in ``models.rules`` only ever take
``now``/``today`` as arguments. Tests pin time by installing a :class:`FixedClock`
(``tests/helpers/clock.py``). Durations (timeouts, benchmarks) may use ``time.monotonic()``.

The persistence layer cannot import this module (``models`` sits below ``desktop``), so it receives
the clock instead: importing this module installs :func:`now` as the source of the models' default
timestamps (``models.fields.set_now_source``).
"""
from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta, tzinfo

from models import fields as _fields


class Clock:
    """Where "now" comes from. Subclasses override :meth:`now` (an aware UTC datetime)."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        """Today's date in UTC (Upwork's weeks and payout dates are UTC)."""
        return self.now().date()

    def local_now(self, zone: tzinfo | None = None) -> datetime:
        """Now in the user's local zone (or ``zone``), for display and local-day decisions."""
        return self.now().astimezone(zone)

    def local_today(self) -> date:
        return self.local_now().date()


class SystemClock(Clock):
    """The real wall clock: the only place the app reads it."""


class FixedClock(Clock):
    """A clock that stands still until told to move (tests, screenshots, benchmarks)."""

    def __init__(self, moment: datetime) -> None:
        self._lock = threading.Lock()
        self._moment = _aware(moment)

    def now(self) -> datetime:
        with self._lock:
            return self._moment

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._moment = _aware(moment)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move forward by ``delta`` (or ``timedelta(**kwargs)``) and return the new now."""
        with self._lock:
            self._moment += delta if delta is not None else timedelta(**kwargs)
            return self._moment


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}; give the clock an aware time")
    return moment.astimezone(UTC)


_current: Clock = SystemClock()


class _Installed(Clock):
    """The app-wide clock as a value: follows :func:`install`, so a window built before a test
    pins the time still sees the pinned time (``AppContext.clock`` is this)."""

    def now(self) -> datetime:
        return _current.now()


APP_CLOCK: Clock = _Installed()


def current() -> Clock:
    """The app-wide clock (the system clock unless a test or screenshot pinned another)."""
    return _current


def install(clock: Clock) -> Clock:
    """Make ``clock`` the app-wide clock; returns the previous one (to put back)."""
    global _current
    previous, _current = _current, clock
    return previous


def now() -> datetime:
    """Now, aware, in UTC, from the app-wide clock."""
    return _current.now()


def today() -> date:
    """Today's UTC date from the app-wide clock."""
    return _current.today()


def local_now() -> datetime:
    return _current.local_now()


def local_today() -> date:
    return _current.local_today()


_fields.set_now_source(now)

__all__ = ["APP_CLOCK", "Clock", "FixedClock", "SystemClock", "current", "install", "local_now",
           "local_today", "now", "today"]

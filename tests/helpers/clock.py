"""Pinning time in tests: install a FixedClock as the app-wide clock (desktop.clock)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest

from desktop import clock as app_clock
from desktop.clock import FixedClock


@contextmanager
def pinned(moment: datetime) -> Iterator[FixedClock]:
    """Within the block, every service and tab sees ``moment`` as now (movable with .advance)."""
    fixed = FixedClock(moment)
    previous = app_clock.install(fixed)
    try:
        yield fixed
    finally:
        app_clock.install(previous)


PINNED_DEFAULT = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # a Thursday afternoon


@pytest.fixture
def clock() -> Iterator[FixedClock]:
    """The app-wide clock pinned for this test (Thursday 2026-11-26 15:00 UTC unless the test
    calls ``clock.set(...)``); request it before ``main_window`` so the window starts pinned."""
    with pinned(PINNED_DEFAULT) as fixed:
        yield fixed

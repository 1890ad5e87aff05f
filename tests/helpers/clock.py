"""Pinning time in tests: install a FixedClock as the app-wide clock (desktop.clock)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

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

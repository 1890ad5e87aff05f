"""Discarding idle time from a running timer (desktop/services/timer.cut_idle) and putting it
back (restore_idle), against a real SQLite file."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.errors import Code
from desktop.services import contracts, timer
from desktop.services.timer import TimerError
from models.contracts import TimeEntry


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def stored() -> list[tuple[datetime, datetime | None, int | None]]:
    return [(e.started_at, e.ended_at, e.minutes)
            for e in TimeEntry.select().order_by(TimeEntry.started_at)]


def test_idle_over_monday_midnight_is_cut_per_week_and_restored(data_dir):
    api = contracts.create(title="API work", contract_type="hourly", rate="40",
                           client_name="Acme", now=at(1, 9))
    entry = timer.start(api.id, now=at(15, 22))  # Sunday 22:00 UTC
    # idle from Monday 00:20 to 01:30, answered at 01:31: keep running from the return
    cut = timer.cut_idle(entry.id, at(16, 0, 20), resume_at=at(16, 1, 30), now=at(16, 1, 31))
    assert stored() == [(at(15, 22), at(16, 0), 120), (at(16, 0), at(16, 0, 20), 20),
                        (at(16, 1, 30), None, None)]
    assert len(cut.stored_ids) == 2 and cut.resumed_at == at(16, 1, 30)
    timer.restore_idle(cut, now=at(16, 2))
    assert stored() == [(at(15, 22), None, None)]  # one run again, idle time included

    # a cut whose run was stopped since cannot be undone; nothing changes
    cut = timer.cut_idle(timer.running().id, at(16, 1), resume_at=at(16, 2), now=at(16, 2))
    timer.stop(now=at(16, 3))
    before = stored()
    with pytest.raises(TimerError) as refused:
        timer.restore_idle(cut, now=at(16, 4))
    assert refused.value.code == Code.TIMER_IDLE_CHANGED
    assert stored() == before
    # and a run that is not the one asked about is not cut
    other = timer.start(api.id, now=at(16, 5))
    with pytest.raises(TimerError):
        timer.cut_idle(other.id + 1, at(16, 5), now=at(16, 6))
    # idle that began before the run started discards the whole run
    timer.cut_idle(other.id, at(16, 4), now=at(16, 6))
    assert timer.running() is None and stored() == before

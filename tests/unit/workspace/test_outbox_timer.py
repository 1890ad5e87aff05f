"""Timer starts and stops kept in the outbox while the server was away, replayed at the moment
of the click when it is back (desktop/outbox.py, timer.replay_start / replay_stop) — while the
same member started a timer on another computer meanwhile. Tracked time is never discarded:
a timer started elsewhere *after* the kept click runs on, and the kept run ends where it
began; one started *before* the click stops at the click, keeping its time up to then. The
other computer is a second process; the rows are read back with raw SQL."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop import outbox
from desktop.services import contracts, timer
from tests.helpers.members import member, other_connection, target_of

pytestmark = [pytest.mark.usefixtures("clock"), pytest.mark.both_backends]

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S"
OTHER_START = """
from datetime import datetime
from desktop.services import timer
timer.start(int(sys.argv[3]), memo=sys.argv[4], now=datetime.fromisoformat(sys.argv[5]),
            switch=True)
"""


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 26, hour, minute, tzinfo=UTC)  # the pinned Thursday


@pytest.fixture
def work(data_dir, clock):
    clock.set(at(15))
    made = [contracts.create(title=title, contract_type="hourly", rate="40",
                             client_name="Acme", now=at(8)) for title in ("API work", "Design")]
    return data_dir, made[0].id, made[1].id


def other_computer_starts(paths, tmp_path, contract_id: int, memo: str, moment: datetime):
    member(target_of(paths), OTHER_START, tmp_path / "laptop", str(contract_id), memo,
           moment.isoformat())


def rows(paths):
    with other_connection(target_of(paths), paths) as sql:
        found = sql.run("SELECT contract_id, started_at, ended_at, minutes, memo, manual "
                        "FROM time_entry ORDER BY started_at")
    return [(c, s[:19], (e or "")[:19] or None, m, memo, bool(manual))
            for c, s, e, m, memo, manual in found]


def iso(moment: datetime) -> str:
    return moment.strftime(UTC_FORMAT)


def test_a_timer_started_elsewhere_after_the_kept_start_runs_on(work, tmp_path):
    paths, api, design = work
    here = paths.data_dir
    outbox.keep_call(here, "timer.start", {"contract_id": api, "memo": "calls",
                                           "title": "API work", "at": at(13).isoformat()})
    other_computer_starts(paths, tmp_path, design, "mockups", at(13, 40))
    sent = outbox.send(here)
    assert sent.calls_sent == ["timer.start"] and not sent.calls_refused
    # the laptop's later start wins; the kept run is stored up to it, nothing is discarded
    assert rows(paths) == [(api, iso(at(13)), iso(at(13, 40)), 40, "calls", False),
                           (design, iso(at(13, 40)), None, None, "mockups", False)]
    assert timer.current().contract_id == design


def test_a_kept_start_and_stop_overtaken_elsewhere_keep_their_own_span(work, tmp_path):
    """Started 13:00 and stopped 13:20 here, offline; the laptop started at 13:40: the kept
    stop is not applied to the laptop's timer, the kept run is 13:00–13:20."""
    paths, api, _ = work
    here = paths.data_dir
    outbox.keep_call(here, "timer.start", {"contract_id": api, "memo": "calls",
                                           "title": "API work", "at": at(13).isoformat()})
    outbox.keep_call(here, "timer.stop", {"at": at(13, 20).isoformat(), "memo": "calls",
                                          "contract_id": api})
    other_computer_starts(paths, tmp_path, api, "more calls", at(13, 40))
    assert outbox.send(here).calls_sent == ["timer.start", "timer.stop"]
    assert rows(paths) == [(api, iso(at(13)), iso(at(13, 20)), 20, "calls", False),
                           (api, iso(at(13, 40)), None, None, "more calls", False)]
    assert outbox.empty(here)


def test_a_timer_started_elsewhere_before_the_kept_start_stops_at_the_click(work, tmp_path):
    """The laptop's timer ran since 12:00; the start kept here at 13:00 switches it there, as a
    live click would have: it keeps its hour, the kept run goes on from 13:00 and its kept
    stop at 14:10 ends it."""
    paths, api, design = work
    here = paths.data_dir
    other_computer_starts(paths, tmp_path, design, "mockups", at(12))
    outbox.keep_call(here, "timer.start", {"contract_id": api, "memo": "calls",
                                           "title": "API work", "at": at(13).isoformat()})
    outbox.keep_call(here, "timer.stop", {"at": at(14, 10).isoformat(), "contract_id": api})
    assert outbox.send(here).calls_sent == ["timer.start", "timer.stop"]
    assert rows(paths) == [(design, iso(at(12)), iso(at(13)), 60, "mockups", False),
                           (api, iso(at(13)), iso(at(14, 10)), 70, "calls", False)]
    assert timer.current() is None


def test_a_kept_stop_leaves_a_timer_started_elsewhere_after_it(work, tmp_path):
    """The timer seen here ran since 12:00 and was stopped here, offline, at 13:00; the laptop
    (on the server) had switched to another contract at 12:30 — that timer runs on; a stop
    that finds no timer at all is refused and kept, as before."""
    paths, api, design = work
    here = paths.data_dir
    timer.start(api, memo="calls", now=at(12))
    outbox.keep_call(here, "timer.stop", {"at": at(13).isoformat(), "contract_id": api})
    other_computer_starts(paths, tmp_path, design, "mockups", at(12, 30))
    assert outbox.send(here).calls_sent == ["timer.stop"]
    assert rows(paths) == [(api, iso(at(12)), iso(at(12, 30)), 30, "calls", False),
                           (design, iso(at(12, 30)), None, None, "mockups", False)]
    timer.stop(now=at(14))
    outbox.keep_call(here, "timer.stop", {"at": at(14, 30).isoformat(), "contract_id": design})
    refused = outbox.send(here).calls_refused
    assert [(c.name, c.problem) for c in refused] == [("timer.stop", "timer.not_running")]


OTHER_RUN = OTHER_START + """
timer.stop(now=datetime.fromisoformat(sys.argv[6]))
"""


def test_a_run_started_and_stopped_elsewhere_after_the_kept_start_ends_it(work, tmp_path):
    """Started here, offline, at 13:00; on the laptop 13:40–14:10: the kept run ends at 13:40
    (the later click), not running on over the laptop's half hour (counted twice)."""
    paths, api, design = work
    here = paths.data_dir
    outbox.keep_call(here, "timer.start", {"contract_id": api, "memo": "calls",
                                           "title": "API work", "at": at(13).isoformat()})
    member(target_of(paths), OTHER_RUN, tmp_path / "laptop", str(design), "mockups",
           at(13, 40).isoformat(), at(14, 10).isoformat())
    assert outbox.send(here).calls_sent == ["timer.start"]
    assert rows(paths) == [(api, iso(at(13)), iso(at(13, 40)), 40, "calls", False),
                           (design, iso(at(13, 40)), iso(at(14, 10)), 30, "mockups", False)]
    assert timer.current() is None
    # a start kept after that run began runs as usual
    outbox.keep_call(here, "timer.start", {"contract_id": api, "memo": "review",
                                           "title": "API work", "at": at(14, 30).isoformat()})
    assert outbox.send(here).calls_sent == ["timer.start"]
    assert timer.current().started_at == at(14, 30)


def test_a_kept_start_inside_a_run_stopped_elsewhere_begins_where_that_run_ended(
        work, tmp_path):
    """The laptop ran 12:00–13:30 (stopped there, on the server); the start kept here at 13:00
    came inside that run. A live start at 13:00 would have switched it, but the laptop's stop
    at 13:30 is recorded time: the kept run begins at 13:30 and its kept stop at 14:00 ends it
    — 12:00–14:00 counted once, not the half hour twice. A kept run wholly inside such a run
    leaves nothing."""
    paths, api, design = work
    here = paths.data_dir
    member(target_of(paths), OTHER_RUN, tmp_path / "laptop", str(design), "mockups",
           at(12).isoformat(), at(13, 30).isoformat())
    outbox.keep_call(here, "timer.start", {"contract_id": api, "memo": "calls",
                                           "title": "API work", "at": at(13).isoformat()})
    outbox.keep_call(here, "timer.stop", {"at": at(14).isoformat(), "contract_id": api})
    assert outbox.send(here).calls_sent == ["timer.start", "timer.stop"]
    assert rows(paths) == [(design, iso(at(12)), iso(at(13, 30)), 90, "mockups", False),
                           (api, iso(at(13, 30)), iso(at(14)), 30, "calls", False)]
    assert timer.current() is None
    # 12:40–13:10 kept here, inside the laptop's run: nothing more is stored
    outbox.keep_call(here, "timer.start", {"contract_id": api, "memo": "inside",
                                           "title": "API work", "at": at(12, 40).isoformat()})
    outbox.keep_call(here, "timer.stop", {"at": at(13, 10).isoformat(), "contract_id": api})
    assert outbox.send(here).calls_sent == ["timer.start", "timer.stop"]
    assert len(rows(paths)) == 2 and timer.current() is None and outbox.empty(here)


def test_a_kept_start_inside_a_run_stopped_elsewhere_runs_on_from_its_end(work, tmp_path):
    """No kept stop after it: the kept timer runs from where the laptop's run ended."""
    paths, api, design = work
    here = paths.data_dir
    member(target_of(paths), OTHER_RUN, tmp_path / "laptop", str(design), "mockups",
           at(12).isoformat(), at(13, 30).isoformat())
    outbox.keep_call(here, "timer.start", {"contract_id": api, "memo": "calls",
                                           "title": "API work", "at": at(13).isoformat()})
    assert outbox.send(here).calls_sent == ["timer.start"]
    assert rows(paths) == [(design, iso(at(12)), iso(at(13, 30)), 90, "mockups", False),
                           (api, iso(at(13, 30)), None, None, "calls", False)]

"""The idle prompt: while a timer runs the system's idle time is polled; coming back after the
set minutes asks whether to keep that time, and discarding cuts the timer where idle began —
undoable with Edit ▸ Undo. Readings are fed through the idle module's seam (any object with
seconds(), like desktop/idle.py's X11Idle); the clock is pinned."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction

from desktop.services import contracts, settings, timer
from ui import formatting

DAY = datetime(2026, 11, 26, tzinfo=UTC)  # a Thursday


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return DAY.replace(hour=hour, minute=minute, second=second)


class Readings:
    """Idle seconds as the system reports them at each poll."""

    def __init__(self) -> None:
        self.value: float | None = 0.0

    def seconds(self) -> float | None:
        return self.value


def diary(contract_id: int, now: datetime) -> list[tuple[str, str | None, int]]:
    return [(e.entry.started_at.strftime("%H:%M"),
             e.entry.ended_at.strftime("%H:%M") if e.entry.ended_at else None, e.minutes)
            for e in contracts.week_view(contract_id, now, now=now).entries]


def setup(clock, main_window, qtbot):
    clock.set(at(13, 0))
    api = contracts.create(title="API work", contract_type="hourly", rate="40",
                           client_name="Acme", now=at(13, 0) - timedelta(days=30))
    qtbot.waitUntil(lambda: main_window.tray is not None)
    prompt = main_window.tray.idle
    prompt.source = Readings()
    assert not prompt.poll.isActive()  # no timer: nothing to poll
    clock.set(at(14, 0))
    timer.start(api.id, now=clock.now())
    assert prompt.poll.isActive()
    return api, prompt


def poll(clock, prompt, moment: datetime, idle_seconds: float) -> None:
    clock.set(moment)
    prompt.source.value = idle_seconds
    prompt.check()


def undo(main_window) -> None:
    main_window.findChild(QAction, "undoAction").trigger()


def test_away_23_minutes_discard_and_keep_running_then_undo(clock, main_window, qtbot):
    api, prompt = setup(clock, main_window, qtbot)
    settings.put("idle_minutes", 10)
    asked = []
    prompt.asked.connect(asked.append)
    poll(clock, prompt, at(14, 4, 50), 0.5)  # working
    poll(clock, prompt, at(14, 15), 10 * 60)  # last input 14:05: away since then
    poll(clock, prompt, at(14, 27, 50), 22 * 60 + 50)
    poll(clock, prompt, at(14, 28), 23 * 60 + 0.4)
    assert not asked  # still away: nobody to ask
    poll(clock, prompt, at(14, 28, 10), 4)  # a key at 14:28:06: back
    assert len(asked) == 1
    dialog = asked[0]
    since = QLocale().toString(formatting.to_local(at(14, 5)).time(),
                               QLocale.FormatType.ShortFormat)
    assert dialog.message.text() == (f"You were away for 23 minutes (since {since}) while the "
                                     "timer ran on “API work”.")
    poll(clock, prompt, at(14, 28, 20), 1)  # no second dialog while this one waits
    assert len(asked) == 1
    clock.set(at(14, 29))
    qtbot.mouseClick(dialog.discard, Qt.MouseButton.LeftButton)
    # stored up to 14:05 (5 min); the timer runs on from 14:28 (the last moment seen away)
    assert diary(api.id, at(14, 29)) == [("14:00", "14:05", 5), ("14:28", None, 1)]
    assert timer.current().started_at == at(14, 28)
    assert "Idle time discarded" in main_window.statusBar().currentMessage()
    assert prompt.poll.isActive()  # still watching the run that goes on

    clock.set(at(14, 40))
    undo(main_window)  # Edit ▸ Undo: the idle time is back, one run since 14:00
    assert diary(api.id, at(14, 40)) == [("14:00", None, 40)]
    main_window.findChild(QAction, "redoAction").trigger()
    assert diary(api.id, at(14, 40)) == [("14:00", "14:05", 5), ("14:28", None, 12)]


def test_discard_and_stop_keep_and_short_absences(clock, main_window, qtbot):
    api, prompt = setup(clock, main_window, qtbot)
    settings.put("idle_minutes", 15)
    answers = []
    prompt.asked.connect(lambda dialog: answers.append(dialog))
    poll(clock, prompt, at(14, 30), 14 * 60)  # away since 14:16 ...
    poll(clock, prompt, at(14, 31), 5)  # ... back after 14 minutes: under the setting
    assert not answers
    poll(clock, prompt, at(14, 50), 17 * 60)  # away since 14:33
    poll(clock, prompt, at(14, 51), 2)
    assert len(answers) == 1
    qtbot.mouseClick(answers[0].keep, Qt.MouseButton.LeftButton)
    assert diary(api.id, at(14, 51)) == [("14:00", None, 51)]  # kept: nothing changed

    poll(clock, prompt, at(15, 30), 30 * 60 + 20)  # away since 14:59:40
    poll(clock, prompt, at(15, 45), 45 * 60 + 20)
    poll(clock, prompt, at(15, 46), 3)
    assert len(answers) == 2
    qtbot.mouseClick(answers[1].discard_stop, Qt.MouseButton.LeftButton)
    assert timer.current() is None
    assert diary(api.id, at(15, 46)) == [("14:00", "14:59", 60)]  # cut at 14:59:40
    assert not prompt.poll.isActive()  # no timer, no polling
    undo(main_window)
    assert timer.current().started_at == at(14, 0)  # running again, idle time included

    settings.put("idle_minutes", 0)  # Settings: never ask
    assert not prompt.poll.isActive()
    poll(clock, prompt, at(17, 0), 60 * 60)
    poll(clock, prompt, at(17, 1), 1)
    assert len(answers) == 2


def test_settings_switch_and_what_it_says_without_an_idle_source(main_window, qtbot,
                                                                 monkeypatch):
    from ui import idle
    from ui.settings.dialog import SettingsDialog

    monkeypatch.setattr(idle, "_system", [None])  # offscreen, Wayland: the system cannot say
    dialog = SettingsDialog(main_window.data_actions, main_window)
    qtbot.addWidget(dialog)
    page = dialog.notifications_page
    assert not page.idle_minutes.isEnabled()
    assert page.idle_note.text().startswith("This system does not report idle time")

    monkeypatch.setattr(idle, "_system", [Readings()])  # X11, Windows, macOS
    dialog = SettingsDialog(main_window.data_actions, main_window)
    qtbot.addWidget(dialog)
    page = dialog.notifications_page
    assert page.idle_minutes.isEnabled() and page.idle_minutes.value() == 10  # the default
    page.idle_minutes.setValue(25)
    assert settings.get("idle_minutes") == 25
    page.idle_minutes.setValue(0)
    assert page.idle_minutes.text() == "Never" and settings.get("idle_minutes") == 0


def test_a_timer_stopped_while_the_prompt_waits_is_not_cut(clock, main_window, qtbot):
    api, prompt = setup(clock, main_window, qtbot)
    settings.put("idle_minutes", 10)
    asked = []
    prompt.asked.connect(asked.append)
    poll(clock, prompt, at(14, 20), 15 * 60)  # away since 14:05
    poll(clock, prompt, at(14, 21), 2)
    assert len(asked) == 1
    timer.stop(now=at(14, 22))  # stopped from the tray while the dialog waits
    qtbot.mouseClick(asked[0].discard, Qt.MouseButton.LeftButton)
    assert main_window.statusBar().currentMessage() == (
        "Could not discard idle time: the timer was stopped, switched or changed since the idle "
        "time began")
    assert diary(api.id, at(14, 22)) == [("14:00", "14:22", 22)]  # nothing changed

"""The idle prompt: while a timer runs, the system's idle time (desktop/idle.py) is polled;
when the user comes back after at least ``idle_minutes`` (Settings ▸ Notifications) without
touching the keyboard or mouse, a dialog asks what to do with that time:

* keep it (nothing changes);
* discard it and keep the timer running (the run is cut where idle began and runs on from the
  return — the time between is dropped);
* discard it and stop the timer (the run ends where idle began).

Discarding is an operation (ui/operations/contracts.py) on the Contracts tab's undo stack, made
the active one, so Edit ▸ Undo puts the idle time back. Times come from the app's clock.
Where the system cannot report idle time (Wayland, offscreen) nothing is polled.

On a workspace whose server is away, the timer is the one the window shows
(ui/workspace_live.running_timer): a timer started offline lives only in the outbox, and is
watched all the same. Discarding idle time then goes into the outbox as what a user would click:
a stop at the moment idle began and, to keep it running, a start at the return — replayed at
those moments when the server is back (no undo for it meanwhile).
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import clock as app_clock
from desktop import idle
from desktop.errors import Code, WorkspaceOfflineError
from desktop.services import settings, timer
from ui import formatting, messages, theme, workspace_live
from ui.operations import contracts as ops
from ui.operations import keep_call_offline
from ui.theme import MESSAGE_WIDTH

SETTING = "idle_minutes"
POLL_MS = 10_000
# a reading whose idle began this much later than the stretch being tracked means input came
JITTER = timedelta(seconds=3)
KEEP, DISCARD, DISCARD_STOP = "keep", "discard", "discard_stop"

_system: list[idle.IdleSource | None] = []


def system_source() -> idle.IdleSource | None:
    """This system's idle source (made once), or None where it reports no idle time."""
    if not _system:
        _system.append(idle.source(QGuiApplication.platformName()))
    return _system[0]


@dataclass
class Stretch:
    """Idle seen on the running timer `entry_id` (0: one kept in the outbox) started at
    `started`: since `since`, still idle at `seen`."""

    entry_id: int
    started: datetime
    since: datetime
    seen: datetime

    def of(self, running: timer.RunningTimer) -> bool:
        return (self.entry_id, self.started) == (running.id, running.started_at)


class IdleDialog(QDialog):
    answered = Signal(str)  # KEEP, DISCARD or DISCARD_STOP

    def __init__(self, title: str, since: datetime, back: datetime,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("idleDialog")
        self.setWindowTitle(self.tr("You were away"))
        minutes = max(1, round((back - since).total_seconds() / 60))
        local = formatting.to_local(since)
        when = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
        if not formatting.is_local_today(since):
            when = formatting.datetime(since)
        self.message = QLabel(self.tr("You were away for %n minute(s) (since {0}) while the "
                                      "timer ran on “{1}”.", "", minutes).format(when, title),
                              self)
        self.message.setObjectName("idleMessage")
        self.message.setWordWrap(True)
        question = QLabel(self.tr("What should happen to that time?"), self)
        question.setWordWrap(True)
        self.keep = QPushButton(self.tr("Keep the Time"), self)
        self.keep.setObjectName("idleKeep")
        self.discard = QPushButton(self.tr("Discard It, Keep the Timer Running"), self)
        self.discard.setObjectName("idleDiscard")
        self.discard_stop = QPushButton(self.tr("Discard It and Stop the Timer"), self)
        self.discard_stop.setObjectName("idleDiscardStop")
        self.keep.setDefault(True)  # Enter keeps what was recorded
        for button, answer in ((self.keep, KEEP), (self.discard, DISCARD),
                               (self.discard_stop, DISCARD_STOP)):
            button.clicked.connect(lambda _=False, a=answer: self._answer(a))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_stop)
        buttons.addWidget(self.discard)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACE_XL)
        self.setMinimumWidth(MESSAGE_WIDTH)
        layout.addWidget(self.message)
        layout.addWidget(question)
        layout.addLayout(buttons)
        self.rejected.connect(lambda: self.answered.emit(KEEP))  # Esc or closed: keep

    def _answer(self, answer: str) -> None:
        self.answered.emit(answer)
        self.blockSignals(True)  # not "rejected" as well
        self.accept()
        self.blockSignals(False)


class IdlePrompt(QObject):
    """Polls idle time while a timer runs and asks when the user comes back (see above)."""

    asked = Signal(object)  # the IdleDialog shown
    done = Signal(str)  # the answer, after it was carried out

    def __init__(self, window, source: idle.IdleSource | bool | None = True):
        """source: an idle source, None for none, True for this system's (desktop/idle.py)."""
        super().__init__(window)
        self.window = window
        self.source = system_source() if source is True else source
        self.stretch: Stretch | None = None
        self.dialog: IdleDialog | None = None
        self._minutes = 0  # the setting as last read (kept while the server is away)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check)
        window.ctx.bus.changed.connect(self._data_changed)
        self.sync()

    @property
    def available(self) -> bool:
        return self.source is not None

    def now(self) -> datetime:
        source = getattr(self.window.ctx, "clock", None)
        return source.now() if source is not None else app_clock.now()

    def _data_changed(self, area: str, _ids) -> None:
        if area in ("contracts", "settings", "all"):
            self.sync()

    def minutes(self) -> int:
        """The set minutes (Settings ▸ Notifications); while the workspace server is away, as
        last read (no read that would wait for the network)."""
        if not workspace_live.offline():
            with contextlib.suppress(WorkspaceOfflineError):
                self._minutes = settings.get(SETTING)
        return self._minutes

    def sync(self) -> None:
        """Poll while a timer runs and the prompt is on; otherwise forget what was seen."""
        minutes = self.minutes()  # read while the server is there: kept for when it is not
        on = (self.source is not None and minutes > 0
              and workspace_live.running_timer() is not None)
        if on and not self.poll.isActive():
            self.poll.start()
        elif not on:
            self.poll.stop()
            self.stretch = None

    def check(self) -> None:
        """One reading: track the idle stretch; when input came after one at least the set
        minutes long, ask."""
        if self.dialog is not None or self.source is None:
            return
        running = workspace_live.running_timer()
        minutes = self.minutes()
        if running is None or minutes <= 0:
            self.stretch = None
            return
        seconds = self.source.seconds()
        if seconds is None:
            return
        now = self.now()
        since = max(now - timedelta(seconds=seconds), running.started_at)
        stretch = self.stretch
        if stretch is None or not stretch.of(running) or since > stretch.since + JITTER:
            self.stretch = Stretch(running.id, running.started_at, since, now)
            if (stretch is not None and stretch.of(running)
                    and stretch.seen - stretch.since >= timedelta(minutes=minutes)):
                self.ask(running, stretch.since, stretch.seen)
            return
        stretch.seen = now

    def ask(self, running: timer.RunningTimer, since: datetime, back: datetime) -> None:
        self.dialog = IdleDialog(running.contract_title, since, back, self.window)
        self.dialog.answered.connect(
            lambda answer: self._answered(answer, running, since, back))
        self.dialog.open()
        self.asked.emit(self.dialog)

    def _answered(self, answer: str, running: timer.RunningTimer, since: datetime,
                  back: datetime) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.stretch = None
        if answer != KEEP:
            self._discard(running, since, back if answer == DISCARD else None)
        self.sync()
        self.done.emit(answer)

    def _discard(self, asked: timer.RunningTimer, since: datetime,
                 resume_at: datetime | None) -> None:
        """Cut the timer asked about where idle began (running on from `resume_at`, or
        stopped): undoable when the server has it; through the outbox when the timer lives
        there or the server is away. Refused, nothing changed, when the timer was stopped or
        switched meanwhile (a kept start replayed since is still the one asked about)."""
        running = workspace_live.running_timer()
        if running is None or (running.contract_id, running.started_at) != \
                (asked.contract_id, asked.started_at):
            self._report(QCoreApplication.translate("ContractCommands", "Could not {0}: {1}")
                         .format(QCoreApplication.translate("ContractCommands",
                                                            "Discard idle time").lower(),
                                 messages.text(timer.TimerError(Code.TIMER_IDLE_CHANGED))))
            return
        if running.id == 0 or workspace_live.offline():
            self._keep_cut(running, since, resume_at)
            return
        contracts = self.window.tab("contractsTab")
        cut = ops.discard_idle(contracts.undo_stack, running.id, since, resume_at,
                               self._report, self.now)
        if cut is not None:
            self.window.undo_group.setActiveStack(contracts.undo_stack)
            self.window.show_status(self.tr("Idle time discarded — Edit ▸ Undo brings it "
                                            "back"), 8000)

    def _keep_cut(self, running: timer.RunningTimer, since: datetime,
                  resume_at: datetime | None) -> None:
        """Discard idle time while the server is away: the stop at `since` and the start at
        `resume_at` (None: stopped) go into the outbox, replayed at those moments."""
        kept = keep_call_offline("timer.stop", {"at": since.isoformat(),
                                                "contract_id": running.contract_id})
        if kept and resume_at is not None:
            keep_call_offline("timer.start", {
                "contract_id": running.contract_id, "memo": running.memo,
                "title": running.contract_title, "at": resume_at.isoformat()})
        if not kept:  # not on a workspace: nothing can keep it
            return
        workspace_live.show_kept_timer(self.window)
        self.window.show_status(self.tr("Idle time discarded — kept on this computer and sent "
                                        "when the workspace server is back"), 8000)

    def _report(self, text: str) -> None:
        self.window.show_status(text, 8000)

"""The tray icon: the running timer's elapsed time in its tooltip; start, stop and switch the
timer from its menu; show the window. Shown where the platform has a system tray.

On a workspace whose server is away the tray works as the Contracts tab does: it shows the
timer as this window knows it (ui/workspace_live.running_timer: the outbox's, else the last one
read), lists the contracts it last read, and a start or stop clicked meanwhile is kept in the
outbox with its moment and replayed when the server is back.

Idle time: the tray owns the idle prompt (ui/idle.py), which reads the system's idle time
(desktop/idle.py) while a timer runs and asks whether to keep or discard time away.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop import APP_NAME
from desktop import clock as app_clock
from desktop.errors import WorkspaceOfflineError
from desktop.services import contracts as contract_service
from desktop.services import timer
from ui import messages
from ui.idle import IdlePrompt
from ui.offline_reads import keep_last_read
from ui.operations import contracts as contract_ops
from ui.operations import run_op
from ui.workspace_live import running_timer, show_kept_timer


def now_of(ctx):
    """Now from the app's clock (AppContext.clock when there is one)."""
    source = getattr(ctx, "clock", None)
    return source.now() if source is not None else app_clock.now()


def elapsed_text(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class TrayTimer(QObject):
    changed = Signal()  # the menu or tooltip was brought up to date

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.icon = QSystemTrayIcon(window.windowIcon() if not window.windowIcon().isNull()
                                    else QIcon(), self)
        self.icon.setObjectName("trayIcon")
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self.rebuild)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.update_tooltip)
        window.ctx.bus.changed.connect(self._data_changed)
        self.idle = IdlePrompt(window)  # "you were away: keep or discard that time?"
        self._hourly: list = []  # the active hourly contracts last read (shown while offline)
        self.rebuild()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.window.bring_to_front()

    @keep_last_read
    def _data_changed(self, area: str, _ids) -> None:
        if area in ("contracts", "all"):
            self.rebuild()

    def rebuild(self) -> None:
        """The menu: what runs, Stop, Start/Switch per active hourly contract, the window."""
        self.menu.clear()
        running = running_timer()
        status = QAction(self.menu)
        status.setObjectName("trayStatus")
        status.setEnabled(False)
        self.menu.addAction(status)
        if running is not None:
            stop = self.menu.addAction(self.tr("Stop Timer"))
            stop.setObjectName("trayStop")
            stop.triggered.connect(self._stop)
        try:
            hourly = [c for c in contract_service.list_contracts("active")
                      if c.contract_type == "hourly"]
            hourly.sort(key=lambda c: c.title.casefold())
            self._hourly = hourly
        except WorkspaceOfflineError:  # the server is away: the ones last read
            hourly = self._hourly
        if hourly:
            self.menu.addSeparator()
        for contract in hourly:
            if running is not None and running.contract_id == contract.id:
                continue
            text = (self.tr("Switch to “{0}”") if running is not None
                    else self.tr("Start on “{0}”")).format(contract.title)
            action = self.menu.addAction(text)
            action.setObjectName(f"trayStart{contract.id}")
            action.triggered.connect(lambda _=False, cid=contract.id, title=contract.title:
                                     self._do(lambda: contract_ops.start_timer(
                                         cid, now_of(self.window.ctx), title=title)))
        self.menu.addSeparator()
        show = self.menu.addAction(self.tr("Show Freelance Desk"))
        show.setObjectName("trayShow")
        show.triggered.connect(self.window.bring_to_front)
        quit_action = self.menu.addAction(self.tr("Quit"))
        quit_action.setObjectName("trayQuit")
        quit_action.triggered.connect(self.window.close)
        if running is not None and not self.ticker.isActive():
            self.ticker.start()
        elif running is None:
            self.ticker.stop()
        self.update_tooltip()

    def update_tooltip(self) -> None:
        running = running_timer()
        if running is None:
            text = self.tr("No timer running")
        else:
            seconds = timer.elapsed_seconds(running, now_of(self.window.ctx))
            text = self.tr("● {elapsed} on “{title}”").format(
                elapsed=elapsed_text(seconds), title=running.contract_title)
        status = self.menu.findChild(QAction, "trayStatus")
        if status is not None:
            status.setText(text)
        self.icon.setToolTip(f"{APP_NAME} — {text}")
        self.changed.emit()

    def _stop(self) -> None:
        running = running_timer()
        if running is None:  # stopped meanwhile (in the window, or another one)
            self.rebuild()
            return
        self._do(lambda: contract_ops.stop_timer(running.contract_id, now_of(self.window.ctx)))

    def _do(self, write) -> None:
        """A start or stop (ui/operations/contracts.py) clicked in the menu."""
        run_op(self.window, self.tr("Timer"), write, on_done=self._done,
               on_refused=self._refused)  # TimerError: a closed diary, a contract not active…
        self.rebuild()

    def _done(self, result) -> None:
        if result is contract_ops.KEPT:
            self.window.show_status(self.tr(
                "The workspace server cannot be reached: the change is kept on this "
                "computer and sent when it is back."), 8000)
            show_kept_timer(self.window)

    def _refused(self, exc) -> None:
        self.window.show_status(self.tr("The timer was not changed: {0}").format(
            messages.text(exc)), 8000)

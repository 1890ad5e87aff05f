"""Desktop notifications: every few minutes, what desktop.services.notices finds due and has
not been shown yet goes to the tray's balloon (or the status bar where there is no tray).
Which kinds are on is set in Settings ▸ Notifications."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop import datalock
from desktop.errors import WorkspaceOfflineError
from desktop.services import notices
from ui import formatting
from ui.tray import now_of

SEEN_KEY = "notifications/seen"
INTERVAL_MS = 5 * 60 * 1000


class Notifier(QObject):
    shown = Signal(list)  # [(title, message)] just shown

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        seen = window.ctx.settings.value(SEEN_KEY, []) or []
        self.seen: set[str] = set([seen] if isinstance(seen, str) else seen)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[tuple[str, str]]:
        if datalock.replacing():  # a restore or an encryption: the next round catches up
            return []
        try:
            due = notices.due(now_of(self.window.ctx))
        except WorkspaceOfflineError:  # the workspace server is away: the next round catches up
            return []
        fresh = [n for n in due if n.key not in self.seen]
        texts = [self.text(n) for n in fresh]
        for title, message in texts:
            self._show(title, message)
        if fresh:
            self.seen.update(n.key for n in fresh)
            self.seen = set(sorted(self.seen)[-500:])  # bounded: old keys never come back
            self.window.ctx.settings.setValue(SEEN_KEY, sorted(self.seen))
        self.shown.emit(texts)
        return texts

    def text(self, notice: notices.Notice) -> tuple[str, str]:
        """(title, message) of a notice, in the user's language."""
        p = notice.params
        if notice.kind == "follow_up":
            return (self.tr("Follow-ups due"),
                    self.tr("%n proposal(s) to follow up on today.", "", p["count"]))
        if notice.kind == "diary_lock":
            local = formatting.datetime(p["when"], long=True)
            return (self.tr("Work diary locks soon"),
                    self.tr("Last week's diary can be changed until {when} "
                              "(Monday 11:59 UTC).").format(when=local))
        if notice.kind == "auto_approve":
            return (self.tr("A milestone approves itself soon"),
                    self.tr("“{milestone}” on {contract} is approved automatically "
                              "{when}.").format(milestone=p["milestone"], contract=p["contract"],
                                                when=formatting.datetime(p["when"], long=True)))
        if notice.kind == "connects_expiry":
            return (self.tr("Connects about to expire"),
                    self.tr("Expiring on {day}: %n Connect(s).", "", p["count"]).format(
                        day=formatting.day(p["day"], weekday=True)))
        return (self.tr("New jobs for a saved search"),
                self.tr("%n new job(s) for “{name}”.", "", p["count"]).format(
                    name=p["name"]))

    def _show(self, title: str, message: str) -> None:
        tray = getattr(self.window, "tray", None)
        if tray is not None and tray.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            tray.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information,
                                  10000)
        else:
            self.window.show_status(f"{title}: {message}", 15000)

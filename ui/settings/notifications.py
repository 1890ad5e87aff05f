"""Settings ▸ Notifications: one switch per kind of desktop notification."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desktop.services import notices
from ui.theme import set_tone


def set_notice_enabled(kind: str, on: bool) -> None:
    notices.set_enabled(kind, on)


class NotificationsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Notifications")
        self.setObjectName("notificationsPage")
        self.setAccessibleName(self.title)
        heading = QLabel("<h3>" + self.title + "</h3>", self)
        about = QLabel(self.tr("Shown by the tray icon (or in the status bar) while the app "
                               "is open; each one once."), self)
        about.setWordWrap(True)
        set_tone(about, "muted")
        texts = {
            "follow_up": self.tr("Follow-ups due on proposals"),
            "diary_lock": self.tr("The work diary locks soon (Monday 11:59 UTC)"),
            "auto_approve": self.tr("A milestone approves itself within two days"),
            "connects_expiry": self.tr("Connects expire within a week"),
            "saved_search": self.tr("A saved search has new jobs"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(about)
        self.switches: dict[str, QCheckBox] = {}
        for kind in notices.KINDS:
            box = QCheckBox(texts[kind], self)
            box.setObjectName(f"notify_{kind}")
            box.setAccessibleName(texts[kind])
            box.setChecked(notices.enabled(kind))
            box.toggled.connect(lambda on, k=kind: set_notice_enabled(k, on))
            self.switches[kind] = box
            layout.addWidget(box)
        layout.addStretch(1)

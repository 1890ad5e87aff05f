"""Settings ▸ Notifications: one switch per kind of desktop notification, and when the timer
asks about idle time (ui/idle.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.services import notices, settings
from ui import idle, theme
from ui.operations.settings import put_setting, set_notice_enabled
from ui.theme import set_tone


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
            box.toggled.connect(lambda on, k=kind: set_notice_enabled(self, k, on))
            self.switches[kind] = box
            layout.addWidget(box)

        idle_heading = QLabel("<h3>" + self.tr("Idle time") + "</h3>", self)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setAccessibleName(self.tr("Ask about idle time after"))
        self.idle_minutes.setValue(settings.get(idle.SETTING))
        self.idle_minutes.valueChanged.connect(
            lambda minutes: put_setting(self, idle.SETTING, int(minutes)))
        self.idle_note = QLabel(self)
        self.idle_note.setObjectName("idleNote")
        self.idle_note.setWordWrap(True)
        set_tone(self.idle_note, "muted")
        if idle.system_source() is not None:
            self.idle_note.setText(self.tr(
                "While a timer runs and the keyboard and mouse are left alone this long, the app "
                "asks on your return whether to keep that time or discard it."))
        else:
            self.idle_minutes.setEnabled(False)
            self.idle_note.setText(self.tr(
                "This system does not report idle time (a Wayland session, or an X server "
                "without the screen saver extension), so the timer cannot ask."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Ask about idle time &after:"), self.idle_minutes)
        layout.addSpacing(theme.SPACE_L)
        layout.addWidget(idle_heading)
        layout.addLayout(form)
        layout.addWidget(self.idle_note)
        layout.addStretch(1)

"""The "upcoming" strip across all contracts and the reminder banner above it."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
)

from desktop.services import deadlines
from ui.theme import set_tone

COLORS = {  # background, border, text
    "overdue": ("#fdecea", "#e57373", "#b71c1c"),
    "urgent": ("#fff3e0", "#ffb74d", "#8a4b00"),
    "soon": ("#fffde7", "#e6d36a", "#5f5300"),
    "info": ("#eef3f8", "#c5d3e0", "#37474f"),
}


class UpcomingStrip(QFrame):
    """One chip per deadline, most pressing first, as many as fit; the rest are in the
    "+N more" menu. A click opens the contract (and the milestone)."""

    open_contract = Signal(int, object)  # contract id, milestone id or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("upcomingStrip")
        self.setAccessibleName(self.tr("Upcoming deadlines"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.heading = QLabel(self.tr("<b>Upcoming</b>"), self)
        self.heading.setObjectName("upcomingTitle")
        self.row.addWidget(self.heading)
        self.empty = QLabel(self.tr("Nothing due in the next two weeks."), self)
        self.empty.setObjectName("upcomingEmpty")
        set_tone(self.empty, "muted")
        self.row.addWidget(self.empty)
        self.chip_row = QHBoxLayout()
        self.chip_row.setSpacing(6)
        self.row.addLayout(self.chip_row)
        self.row.addStretch(1)
        self.more = QToolButton(self)
        self.more.setObjectName("upcomingMore")
        self.more.setAccessibleName(self.tr("More upcoming deadlines"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.menu.setObjectName("upcomingMenu")
        self.more.setMenu(self.menu)
        self.row.addWidget(self.more)
        self.more.hide()
        self.chips: list[QPushButton] = []
        self.items: list[deadlines.Deadline] = []
        self.now: datetime | None = None

    def _label(self, item: deadlines.Deadline) -> str:
        title = item.title if len(item.title) <= 28 else item.title[:26].rstrip() + "…"
        if item.kind == "offer":
            return f"{title}: {item.text}"
        return f"{deadlines.day_label(item.when, self.now)} · {title}: {item.text}"

    def set_items(self, items: list[deadlines.Deadline], now: datetime) -> None:
        self.items, self.now = items, now
        for chip in self.chips:
            self.chip_row.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self.chips = []
        self.empty.setVisible(not items)
        for index, item in enumerate(items):
            chip = QPushButton(self._label(item), self)
            chip.setObjectName(f"upcomingChip{index}")
            chip.setAccessibleName(chip.text())
            chip.setToolTip(f"{item.title}\n{item.text}\n{item.when:%Y-%m-%d %H:%M} UTC")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            bg, border, fg = COLORS[item.severity]
            chip.setStyleSheet(
                f"QPushButton {{ background: {bg}; border: 1px solid {border}; color: {fg};"
                f" border-radius: 10px; padding: 3px 10px; }}"
                f"QPushButton:hover {{ border-color: {fg}; }}")
            chip.setProperty("severity", item.severity)
            chip.clicked.connect(lambda _=False, d=item: self.open_contract.emit(
                d.contract_id, d.milestone_id))
            self.chip_row.addWidget(chip)
            self.chips.append(chip)
        self._fit()

    def _fit(self) -> None:
        """Show the chips that fit in the width; list the others in the "more" menu."""
        room = self.width() - self.heading.sizeHint().width() - 12
        more_width = self.more.sizeHint().width() + 40
        used, hidden = 0, []
        for index, chip in enumerate(self.chips):
            width = chip.sizeHint().width() + 6
            last = index == len(self.chips) - 1
            fits = used + width <= room - (0 if last and not hidden else more_width)
            if fits and not hidden:
                used += width
                chip.show()
            else:
                chip.hide()
                hidden.append(self.items[index])
        self.menu.clear()
        for item in hidden:
            action = self.menu.addAction(f"{self._label(item)}")
            action.triggered.connect(lambda _=False, d=item: self.open_contract.emit(
                d.contract_id, d.milestone_id))
        self.more.setText(self.tr("+{0} more").format(len(hidden)))
        self.more.setVisible(bool(hidden))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.chips:
            self._fit()


class ReminderBanner(QFrame):
    """An in-app notification for overdue and due-within-a-day items, until dismissed."""

    dismissed = Signal(list)  # keys of the reminders the user has seen
    open_contract = Signal(int, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Reminders"))
        self.setStyleSheet("#reminderBanner { background: #fdecea; border: 1px solid #e57373;"
                           " border-radius: 4px; } #reminderBanner QLabel { color: #b71c1c; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setObjectName("reminderText")
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(self._link)
        layout.addWidget(self.label, 1)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("dismissReminders")
        self.close_button.setAccessibleName(self.tr("Dismiss reminders"))
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)
        self.items: list[deadlines.Deadline] = []
        self.hide()

    def show_items(self, items: list[deadlines.Deadline]) -> None:
        self.items = items
        if not items:
            self.hide()
            return
        shown = items[:3]
        lines = [f"<a href='{d.contract_id}:{d.milestone_id or ''}' style='color:#b71c1c'>"
                 f"<b>{d.title}</b></a>: {d.text}" for d in shown]
        more = len(items) - len(shown)
        if more:
            lines.append(self.tr("and {0} more in the Upcoming strip").format(more))
        self.label.setText("⚠ " + " · ".join(lines))
        self.show()

    def _link(self, href: str) -> None:
        contract, _, milestone = href.partition(":")
        self.open_contract.emit(int(contract), int(milestone) if milestone else None)

    def dismiss(self) -> None:
        keys = [d.key for d in self.items]
        self.items = []
        self.hide()
        self.dismissed.emit(keys)

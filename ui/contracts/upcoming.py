"""The "upcoming" strip across all contracts and the reminder banner above it."""
from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
)

from desktop.services import contracts as service
from desktop.services import deadlines
from models.rules.weeks import utc_date
from ui import theme
from ui.contracts.models import day_text
from ui.theme import color, set_state, set_tone

TONES = {  # severity -> (background, text) colour names of the theme
    "overdue": ("error_soft", "error"),
    "urgent": ("warning_soft", "warning"),
    "soon": ("warning_soft", "warning"),
    "info": ("info_soft", "text"),
}


def relative(delta: timedelta) -> str:
    """"in 3 days", "in 5 h", "2 days ago", translated."""
    seconds = delta.total_seconds()
    span = abs(seconds)
    future = seconds >= 0
    if span < 3600:
        n = max(1, int(span // 60))
        return (QCoreApplication.translate("Deadlines", "in {0} min").format(n) if future else
                QCoreApplication.translate("Deadlines", "{0} min ago").format(n))
    if span < 2 * 86400:
        n = int(span // 3600)
        return (QCoreApplication.translate("Deadlines", "in {0} h").format(n) if future else
                QCoreApplication.translate("Deadlines", "{0} h ago").format(n))
    n = int(span // 86400)
    return (QCoreApplication.translate("Deadlines", "in {0} days").format(n) if future else
            QCoreApplication.translate("Deadlines", "{0} days ago").format(n))


def day_label(when: datetime, now: datetime) -> str:
    """"Today", "Tomorrow", "Mon Nov 30" for the strip."""
    days = (utc_date(when) - utc_date(now)).days
    if days == 0:
        return QCoreApplication.translate("Deadlines", "Today")
    if days == 1:
        return QCoreApplication.translate("Deadlines", "Tomorrow")
    if days == -1:
        return QCoreApplication.translate("Deadlines", "Yesterday")
    return day_text(when, weekday=True)


def deadline_text(item: deadlines.Deadline, now: datetime) -> str:
    """The one line of a deadline in the user's language (the service's text is English)."""
    p, left = item.params, relative(item.when - now)
    label = p.get("label") or QCoreApplication.translate("Deadlines", "milestone {0}").format(
        p.get("position", ""))
    if item.kind == "milestone_due":
        if item.severity == "overdue":
            return QCoreApplication.translate("Deadlines", "“{0}” overdue since {1}").format(
                label, day_text(p["due_on"]))
        text = QCoreApplication.translate("Deadlines", "“{0}” due {1} ({2})").format(
            label, day_text(p["due_on"], weekday=True), left)
        if p.get("not_funded"):
            text += QCoreApplication.translate("Deadlines", ", not funded yet")
        return text
    if item.kind == "auto_approve":
        return QCoreApplication.translate("Deadlines", "“{0}” approves automatically {1} ({2})"
                                          ).format(label, day_text(item.when), left)
    if item.kind == "weekly_limit":
        used, cap = service.hours_text(p["used"]), service.hours_text(p["cap"])
        if p.get("reached"):
            return QCoreApplication.translate(
                "Deadlines", "weekly limit reached: {0} of {1} h; more time is not billed").format(
                used, cap)
        return QCoreApplication.translate("Deadlines", "{0} of {1} h this week; {2} h left").format(
            used, cap, service.hours_text(p["left"]))
    if item.kind == "diary":
        return QCoreApplication.translate("Deadlines", "last week's diary locks {0} ({1})").format(
            f"{day_text(item.when, weekday=True)} {item.when:%H:%M} UTC", left)
    if item.kind == "feedback":
        return QCoreApplication.translate("Deadlines", "leave feedback by {0} ({1})").format(
            day_text(p["closes_on"]), left)
    if item.kind == "offer":
        return QCoreApplication.translate("Deadlines", "offer waiting for your answer")
    return item.text


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
        self.row.setSpacing(theme.SPACE_M)
        self.heading = QLabel(self.tr("<b>Upcoming</b>"), self)
        self.heading.setObjectName("upcomingTitle")
        self.row.addWidget(self.heading)
        self.empty = QLabel(self.tr("Nothing due in the next two weeks."), self)
        self.empty.setObjectName("upcomingEmpty")
        set_tone(self.empty, "muted")
        self.row.addWidget(self.empty)
        self.chip_row = QHBoxLayout()
        self.chip_row.setSpacing(theme.SPACE_M)
        self.row.addLayout(self.chip_row)
        self.row.addStretch(1)
        self.more = QToolButton(self)
        self.more.setObjectName("upcomingMore")
        self.more.setAccessibleName(self.tr("More upcoming deadlines"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        set_state(self.more, "menu", "plain")
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
        text = deadline_text(item, self.now)
        if item.kind == "offer":
            return f"{title}: {text}"
        return f"{day_label(item.when, self.now)} · {title}: {text}"

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
            chip.setToolTip(f"{item.title}\n{deadline_text(item, now)}\n"
                            f"{day_text(item.when, weekday=True)} {item.when:%H:%M} UTC")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            set_state(chip, "severity", item.severity)  # its colours: base.qss
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
        self.more.setText(self.tr("+{0} more").format(len(hidden)) + " ▾")
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_S, theme.SPACE_M, theme.SPACE_S)
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

    def show_items(self, items: list[deadlines.Deadline], now: datetime) -> None:
        self.items = items
        if not items:
            self.hide()
            return
        fg = color("error").name()  # the links' colour (rich text); the rest is base.qss
        shown = items[:3]
        lines = [f"<a href='{d.contract_id}:{d.milestone_id or ''}' style='color:{fg}'>"
                 f"<b>{escape(d.title)}</b></a>: {escape(deadline_text(d, now))}"
                 for d in shown]
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

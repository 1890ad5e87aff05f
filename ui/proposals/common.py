"""Small helpers the Proposals widgets share: names, money fields, confirmations, errors."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from desktop.errors import ServiceError
from models.rules.money import MoneyError, parse_money
from ui import formatting, messages, theme
from ui.theme import (
    FIELD_WIDTH_M,
    set_tone,  # noqa: F401 - the proposals widgets colour labels by tone,
)
from ui.widgets.naming import named

# Theme colour names (ui.theme) by meaning, so both themes keep their contrast.
STATUS_TONES = {
    "draft": "muted", "submitted": "info", "viewed": "link_visited", "interviewing": "link",
    "offer": "warning", "hired": "success", "declined": "error", "withdrawn": "muted",
    "archived": "muted", "job_cancelled": "warning",
}


def tone_color(tone: str) -> str:
    """The current theme's colour for a tone ("error", "warning", "success", "muted"…), for
    rich text and brushes."""
    return theme.color(tone).name()


def status_color(status: str) -> str:
    return tone_color(STATUS_TONES.get(status, "muted"))


# A tool button that opens a menu: room on the right for the arrow, so it never sits on the
# last letter of the text (the theme's QToolButton padding is the same all round; the rule is
# QToolButton[menu="arrow"] in resources/themes/base.qss).


def menu_button(button) -> None:
    theme.set_state(button, "menu", "arrow")


class MoneyEdit(QLineEdit):
    """A money field: digits with up to two decimals; ``value()`` is a Decimal or None."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, name, accessible)
        self.setPlaceholderText("0.00")
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\$?\s*\d{0,7}([.,]\d{0,2})?$"), self))
        self.setMaximumWidth(FIELD_WIDTH_M)

    def value(self) -> Decimal | None:
        text = self.text().strip().replace(",", ".")
        if not text or text == "$":
            return None
        try:
            return parse_money(text)
        except (MoneyError, InvalidOperation):
            return None

    def set_value(self, value: Decimal | None) -> None:
        text = "" if value is None else f"{value:.2f}"
        if self.text() != text and not (self.value() == value and value is not None):
            self.setText(text)


def local_time(value: datetime | None, *, date_only: bool = False) -> str:
    """A stored UTC time shown in the user's local time and locale."""
    if value is None:
        return ""
    if date_only:
        local = formatting.to_local(value).date()
        return formatting.date(date(local.year(), local.month(), local.day()))
    return formatting.datetime(value)


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def utc_from_local(value: datetime) -> datetime:
    """A naive local datetime (from a QDateTimeEdit) as aware UTC."""
    return value.astimezone(UTC) if value.tzinfo else value.astimezone().astimezone(UTC)


def ask(parent: QWidget, title: str, text: str, on_yes: Callable[[], None], *,
        yes_text: str = "OK", name: str = "confirmDialog",
        icon=QMessageBox.Icon.Question) -> QMessageBox:
    """A window-modal confirmation opened with .open() (never blocks; tests can click it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    named(box, name, title)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName(name + "Yes")
    box.setDefaultButton(yes)

    def clicked(button) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def show_error(parent: QWidget, title: str, exc: ServiceError | str) -> QMessageBox:
    """Tell the user why an action did not happen (window-modal, non-blocking)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, messages.text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    named(box, "errorDialog", title)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def status_message(widget: QWidget, text: str, timeout_ms: int = 5000) -> None:
    window = widget.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, timeout_ms)

"""Small helpers the Proposals widgets share: names, money fields, confirmations, errors."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator, QUndoCommand
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from models.rules.money import MoneyError, format_money, parse_money

STATUS_COLORS = {
    "draft": "#6b7280", "submitted": "#2563eb", "viewed": "#7c3aed",
    "interviewing": "#0891b2", "offer": "#d97706", "hired": "#059669",
    "declined": "#b91c1c", "withdrawn": "#9ca3af", "archived": "#9ca3af",
    "job_cancelled": "#b45309",
}
WARN_COLOR = "#b45309"
ERROR_COLOR = "#b91c1c"
OK_COLOR = "#047857"


def named(widget: QWidget, name: str, accessible: str | None = None) -> QWidget:
    """Give a widget its objectName and accessibleName (every interactive widget has both)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget


class MoneyEdit(QLineEdit):
    """A money field: digits with up to two decimals; ``value()`` is a Decimal or None."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, name, accessible)
        self.setPlaceholderText("0.00")
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\$?\s*\d{0,7}([.,]\d{0,2})?$"), self))
        self.setMaximumWidth(130)

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


def money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else "—"


def local_time(value: datetime | None, fmt: str = "%d %b %Y %H:%M") -> str:
    """A stored UTC time shown in the user's local time."""
    if value is None:
        return ""
    return value.astimezone().strftime(fmt)


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


def show_error(parent: QWidget, title: str, exc: Exception | str) -> QMessageBox:
    """Tell the user why an action did not happen (window-modal, non-blocking)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(exc), QMessageBox.StandardButton.Ok,
                      parent)
    named(box, "errorDialog", title)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def status_message(widget: QWidget, text: str, timeout_ms: int = 5000) -> None:
    window = widget.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, timeout_ms)


class CallbackCommand(QUndoCommand):
    """An undoable action made of two callables: ``do`` returns what ``undo`` needs."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[object], None],
                 on_error: Callable[[Exception], None] | None = None):
        super().__init__(text)
        self._do, self._undo, self._on_error = do, undo, on_error
        self._state = None
        self.failed = False

    def redo(self) -> None:
        try:
            self._state = self._do()
        except Exception as exc:  # the service refused: nothing changed, nothing to undo
            self.failed = True
            self.setObsolete(True)
            if self._on_error:
                self._on_error(exc)

    def undo(self) -> None:
        if not self.failed:
            self._undo(self._state)

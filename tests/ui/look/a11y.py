"""Which interactive widgets lack an accessible name (shared by the test and the report)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QAbstractSlider, QTabBar)


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside other widgets (a combo's line edit, a spin box's editor,
    scroll bars, header sections, the tab bar's scroll arrows): named by their owner."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar):
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(parent, QTabBar):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit):
        return True  # the clear button of a search field
    if parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer":
        return True  # a combo box's popup list
    if widget.objectName().startswith("qt_"):
        return True
    return type(widget).__name__ in {"QHeaderView", "QCalendarWidget", "QComboBoxListView"}


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under root with no accessible name. A button's own text counts
    as its name (screen readers read it), an icon-only button needs one."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _internal(widget):
            continue
        if widget.accessibleName():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QWidget) and \
                widget.parentWidget().accessibleName():
            continue  # a QTabWidget's bar: the tab widget carries the name
        missing.append(f"{type(widget).__name__}#{widget.objectName() or '?'}"
                       f" in {type(widget.parentWidget()).__name__}"
                       f"#{widget.parentWidget().objectName() or '?'}")
    return sorted(missing)

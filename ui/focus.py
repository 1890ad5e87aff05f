"""Keyboard focus helpers: a tab order that follows the layout a user sees."""
from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QPlainTextEdit, QTextEdit, QWidget


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of a layout (nested layouts included) that take Tab focus, in layout
    order; a plain container contributes its own focusable children in their chain order."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.layout() is not None:
            found += layout_widgets(item.layout())
        elif item.widget() is not None:
            widget = item.widget()
            if takes_tab(widget):
                found.append(widget)
            elif widget.layout() is not None:
                found += layout_widgets(widget.layout())
    return found


def chain(widgets: list[QWidget]) -> None:
    """Make Tab visit `widgets` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def tab_leaves_text_edits(root: QWidget) -> None:
    """In forms, Tab moves on from multi-line fields instead of typing a tab character."""
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)


def add_labelled_row(form: QFormLayout, text: str, field: QLayout) -> QLabel:
    """form.addRow(text, layout) with the label's mnemonic working: QFormLayout gives a
    layout no buddy, so "D&ue" would show its "&". The buddy is the layout's first field."""
    label = QLabel(text, form.parentWidget())
    fields = layout_widgets(field)
    if fields:
        label.setBuddy(fields[0])
    form.addRow(label, field)
    return label

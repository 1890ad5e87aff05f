"""Every interactive widget gets an objectName and an accessibleName."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def named(widget: QWidget, name: str, accessible: str | None = None) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget

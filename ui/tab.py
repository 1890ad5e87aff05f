"""The base every main-window tab derives from, and the hooks the window calls."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Tab(QWidget):
    """A main-window tab.

    Subclasses set `title` and `object_name`, build their widgets, and may
    override `menu_actions` to put actions in the window's menus (keyed by
    "File", "Edit", "View", "Help"); the actions also work while the tab is hidden
    only if the subclass says so. Each tab has its own undo stack; the window's
    Edit ▸ Undo follows the current tab.
    """

    title = "Tab"
    object_name = "tab"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(self.object_name)
        self.setAccessibleName(self.title)
        self.undo_stack = QUndoStack(self)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {}

    def save_state(self, settings: QSettings) -> None:
        """Remember splitter sizes, column widths… (window state only)."""

    def restore_state(self, settings: QSettings) -> None:
        """Restore what save_state wrote."""

    def can_close(self) -> bool:
        """False (after asking the user) if closing now would lose something."""
        return True

    def activated(self) -> None:
        """The tab became the current one."""

    def show_item(self, item_id: int) -> None:
        """Select and show one record (a job, proposal, contract…) by id."""

    def navigate(self, object_name: str, item_id: int | None = None) -> None:
        """Switch the window to another tab, optionally showing one of its records."""
        window = self.window()
        if hasattr(window, "navigate"):
            window.navigate(object_name, item_id)

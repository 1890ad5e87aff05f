"""Help ▸ Keyboard Shortcuts: every shortcut the window knows, in a searchable table.

Non-modal, so it can stay open beside the window while the user learns the keys.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.theme import DIALOG_LARGE


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None):
        """rows: (action, keys, where) — where is the menu or tab the action lives in."""
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setModal(False)
        self.resize(*DIALOG_LARGE)
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutsSearch")
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.setAccessibleDescription(
            self.tr("Type part of an action's name, a menu or a key to filter the table"))
        self.search.setPlaceholderText(self.tr("Search actions or keys…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search)

        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.sortItems(2)

        self.count = QLabel(self)
        self.count.setObjectName("shortcutsCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("shortcutsButtons")
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        top = QVBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.apply_filter("")

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = 0
        for row in range(self.table.rowCount()):
            haystack = " ".join(self.table.item(row, c).text() for c in range(3)).casefold()
            hidden = bool(needle) and needle not in haystack
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        self.count.setText(self.tr("%n shortcut(s)", "", shown))

    def visible_rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def keyPressEvent(self, event) -> None:
        # Down from the search box goes to the results, as in a browser's find bar
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.table.setFocus()
            return
        super().keyPressEvent(event)

"""Ctrl+K: one search box over everything — menu actions, Settings pages, and the records
(jobs, proposals, contracts, clients, transactions, via desktop.services.lookup). Enter opens
the chosen one where it lives."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.services import lookup
from ui import formatting, labels, messages
from ui.theme import DIALOG_MEDIUM, set_tone

RUN_ROLE = Qt.ItemDataRole.UserRole + 1


class CommandPalette(QDialog):
    results_changed = Signal(int)  # how many results are shown

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.setObjectName("commandPalette")
        self.setAccessibleName(self.tr("Search everything"))
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(*DIALOG_MEDIUM)
        self.search = QLineEdit(self)
        self.search.setObjectName("paletteSearch")
        self.search.setAccessibleName(self.tr("Search everything"))
        self.search.setPlaceholderText(self.tr(
            "Jobs, proposals, contracts, clients, transactions, settings, commands…"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("paletteResults")
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.activated.connect(self.run)
        self.list.clicked.connect(self.run)
        self.empty = QLabel(self)
        self.empty.setObjectName("paletteEmpty")
        set_tone(self.empty, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # one query per pause in typing
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(lambda: self.run(self.list.currentIndex()))
        self.search.installEventFilter(self)
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    # -- what there is to find ---------------------------------------------------------------
    def _actions(self) -> list[tuple[str, str, Callable[[], None]]]:
        found, seen = [], set()

        def walk(menu: QMenu, where: str) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu(), where)
                    continue
                if action.isSeparator() or not action.text() or id(action) in seen \
                        or not action.isEnabled() or action.objectName() == "paletteAction":
                    continue
                seen.add(id(action))
                found.append((action.text().replace("&&", "\0").replace("&", "")
                              .replace("\0", "&"), where,
                              lambda a=action: a.trigger()))

        for menu in self.window_.menus.values():
            walk(menu, menu.title().replace("&", ""))
        return found

    def _settings(self) -> list[tuple[str, str, Callable[[], None]]]:
        from ui.settings.dialog import SettingsDialog

        titles = SettingsDialog.page_titles()
        where = self.tr("Settings")

        def open_page(title: str) -> None:
            dialog = self.window_.data_actions.show_settings()
            dialog.show_page(title)

        return [(title, where, lambda t=title: open_page(t)) for title in titles]

    def _records(self, text: str) -> list[tuple[str, str, Callable[[], None]]]:
        window = self.window_
        kinds = {"job": self.tr("Job"), "proposal": self.tr("Proposal"),
                 "contract": self.tr("Contract"), "client": self.tr("Client"),
                 "transaction": self.tr("Transaction")}
        rows = []
        words = text.split()  # a ledger line is found by the words the user reads in it
        for hit in lookup.find(text, text_codes=tuple(messages.ledger_codes(w) for w in words)):
            detail = hit.detail
            title = messages.ledger(hit.title, hit.code, hit.params)
            if hit.kind == "proposal":
                detail = labels.label(labels.PROPOSAL_STATUS, hit.detail)
            elif hit.kind == "transaction":
                detail = labels.label(labels.PAYMENT_KIND, hit.detail) + (
                    " · " + formatting.date(hit.day) if hit.day else "")
            where = kinds[hit.kind] + (f" · {detail}" if detail else "")
            rows.append((title, where, self._opener(window, hit)))
        return rows

    @staticmethod
    def _opener(window, hit: lookup.Hit) -> Callable[[], None]:
        tab = {"job": "jobsTab", "proposal": "proposalsTab", "contract": "contractsTab",
               "transaction": "paymentsTab"}.get(hit.kind)
        if tab is not None:
            return lambda: window.navigate(tab, hit.id)

        def open_client() -> None:  # a client: their payments in the ledger
            window.navigate("paymentsTab")
            page = window.tab("paymentsTab")
            page.pages.setCurrentIndex(0)
            combo = page.client_combo
            index = combo.findData(hit.id)
            if index >= 0:
                combo.setCurrentIndex(index)
                combo.activated.emit(index)

        return open_client

    # -- searching ---------------------------------------------------------------------------
    def refresh(self) -> None:
        text = self.search.text().strip()
        words = text.casefold().split()
        self.model.clear()
        def matches(row) -> bool:  # "backup" finds "Back Up Now" too
            haystack = (row[0] + " " + row[1]).casefold()
            squeezed = haystack.replace(" ", "")
            return all(w in haystack or w in squeezed for w in words)

        rows = [row for row in self._actions() + self._settings() if matches(row)]
        if not words:
            rows = rows[:12]
        if text:
            rows += self._records(text)
        for title, where, run in rows:
            item = QStandardItem(f"{title}    —    {where}")
            item.setData(f"{title}, {where}", Qt.ItemDataRole.AccessibleTextRole)
            item.setData(run, RUN_ROLE)
            item.setToolTip(where)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.empty.setText("" if rows else self.tr("Nothing matches “{text}”.").format(
            text=text))
        self.empty.setVisible(not rows)
        self.results_changed.emit(self.model.rowCount())

    def results(self) -> list[str]:
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def run(self, index) -> None:
        if not index.isValid():
            return
        action = index.data(RUN_ROLE)
        self.accept()
        if action is not None:
            QTimer.singleShot(0, self.window_, action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.list.currentIndex().row()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                        Qt.Key.Key_PageUp: -8}[key]
                row = max(0, min(self.model.rowCount() - 1, row + step))
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)


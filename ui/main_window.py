"""The main window: five tabs, menus, status bar, remembered layout."""
from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from desktop import APP_NAME, __version__
from ui.context import AppContext
from ui.contracts.tab import ContractsTab
from ui.jobs.tab import JobsTab
from ui.payments.tab import PaymentsTab
from ui.profile.tab import ProfileTab
from ui.proposals.tab import ProposalsTab
from ui.tab import Tab

log = logging.getLogger(__name__)
TAB_CLASSES = (ProfileTab, JobsTab, ProposalsTab, ContractsTab, PaymentsTab)
MENUS = ("File", "Edit", "View", "Help")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        try:
            from resources import path

            self.setWindowIcon(QIcon(str(path("icons", "app.svg"))))
        except FileNotFoundError:
            log.warning("application icon missing")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.undo_group = QUndoGroup(self)
        self.tab_pages: list[Tab] = []
        for cls in TAB_CLASSES:
            page = cls(ctx, self.tabs)
            self.tab_pages.append(page)
            self.tabs.addTab(page, page.title)
            self.undo_group.addStack(page.undo_stack)
        self.menus = {name: self.menuBar().addMenu(self.tr("&" + name)) for name in MENUS}
        for name, menu in self.menus.items():
            menu.setObjectName(name.lower() + "Menu")
        self._build_menus()
        self.status_message = QLabel(self)
        self.status_message.setObjectName("statusMessage")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.status_message, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.restore_layout()
        self._tab_changed(self.tabs.currentIndex())

    # -- menus -------------------------------------------------------------
    def _action(self, text: str, name: str, slot, shortcut=None,
                menu: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu:
            self.menus[menu].addAction(action)
        return action

    def _build_menus(self) -> None:
        contributed = {name: [] for name in MENUS}
        for page in self.tab_pages:
            for menu, actions in page.menu_actions().items():
                contributed.setdefault(menu, []).extend(actions)
        file_menu = self.menus["File"]
        for action in contributed["File"]:
            file_menu.addAction(action)
        if contributed["File"]:
            file_menu.addSeparator()
        from ui.data_actions import DataActions  # backup, restore, export/import all, settings

        self.data_actions = DataActions(self)
        file_menu.addActions(self.data_actions.actions())
        file_menu.addSeparator()
        self._action(self.tr("Open &Data Folder"), "openDataFolderAction",
                     lambda: self._open(self.ctx.paths.data_dir), menu="File")
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), "quitAction", self.close, QKeySequence.StandardKey.Quit,
                     "File")

        edit = self.menus["Edit"]
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("undoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("redoAction")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        if contributed["Edit"]:
            edit.addSeparator()
            edit.addActions(contributed["Edit"])

        view = self.menus["View"]
        self.tab_actions = []
        for index, page in enumerate(self.tab_pages):
            action = self._action(page.title, f"show{page.object_name[:-3].title()}Action",
                                  lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                                  f"Ctrl+{index + 1}", "View")
            self.tab_actions.append(action)
        if contributed["View"]:
            view.addSeparator()
            view.addActions(contributed["View"])

        help_menu = self.menus["Help"]
        help_menu.addActions(contributed["Help"])
        self._action(self.tr("&Keyboard Shortcuts"), "shortcutsAction", self.show_shortcuts,
                     "F1", "Help")
        self._action(self.tr("Open &Log File"), "openLogAction",
                     lambda: self._open(self.ctx.paths.log_file), menu="Help")
        self._action(self.tr("&About Freelance Desk"), "aboutAction", self.show_about, menu="Help")

    def shortcut_list(self) -> list[tuple[str, str]]:
        rows = []
        for menu in self.menus.values():
            for action in menu.actions():
                if action.shortcut().isEmpty() or action.isSeparator():
                    continue
                rows.append((action.text().replace("&", ""),
                             action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        return rows

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>"
                       for name, keys in self.shortcut_list())
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard Shortcuts"),
                          f"<table cellspacing='6'>{rows}</table>",
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("shortcutsDialog")
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Freelance Desk"), self.tr(
            "<h3>{name} {version}</h3><p>Proposals, contracts and earnings for marketplace "
            "freelancers — offline first, your data stays yours.</p><p>Data folder:<br>{dir}</p>"
        ).format(name=APP_NAME, version=__version__, dir=self.ctx.paths.data_dir))

    def _open(self, path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- state -------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        page = self.tab_pages[index] if 0 <= index < len(self.tab_pages) else None
        if page is not None:
            self.undo_group.setActiveStack(page.undo_stack)
            page.activated()

    def tab(self, object_name: str) -> Tab:
        return next(p for p in self.tab_pages if p.object_name == object_name)

    def navigate(self, object_name: str, item_id: int | None = None) -> None:
        page = self.tab(object_name)
        self.tabs.setCurrentWidget(page)
        if item_id is not None:
            page.show_item(item_id)

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def restore_layout(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(state)
        index = int(settings.value("window/tab", 0) or 0)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
        for page in self.tab_pages:
            settings.beginGroup(page.object_name)
            page.restore_state(settings)
            settings.endGroup()

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.tabs.currentIndex())
        for page in self.tab_pages:
            settings.beginGroup(page.object_name)
            page.save_state(settings)
            settings.endGroup()
        settings.sync()

    def bring_to_front(self) -> None:
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized)
                            | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.can_close() for page in self.tab_pages):
            event.ignore()
            return
        self.save_layout()
        event.accept()

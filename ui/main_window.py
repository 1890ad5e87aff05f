"""The main window: six tabs, menus, status bar, remembered layout.

Start-up pays only for what is on screen: with `lazy=True` (the GUI's start) each tab is
a named placeholder until it is first shown, its module is imported then, and the tabs
not yet shown are built one per event-loop turn shortly after the window appears, so
their menu actions and shortcuts are in place within moments. `lazy=False` (self-test,
tests) builds all six up front. Either way the menus end up identical. With `paint_first`
(the GUI's start) even the remembered tab waits: the window paints its frame, menus and
tab bar with "Opening…" where the tab goes, and builds the tab in the next turn (`opened`
is emitted then); the data is already open by then, so nothing can fail in between.
"""
from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QShortcut,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop import APP_NAME
from desktop.errors import WorkspaceOfflineError
from ui import icons, theme
from ui.context import AppContext
from ui.offline_reads import read_or_none
from ui.theme import WINDOW_SIZE

if TYPE_CHECKING:
    from ui.tab import Tab

log = logging.getLogger(__name__)
# (module, class, objectName, title as the class translates it); imported when first shown
TAB_SPECS = (
    ("ui.profile.tab", "ProfileTab", "profileTab", "Profile"),
    ("ui.jobs.tab", "JobsTab", "jobsTab", "Jobs"),
    ("ui.proposals.tab", "ProposalsTab", "proposalsTab", "Proposals"),
    ("ui.contracts.tab", "ContractsTab", "contractsTab", "Contracts"),
    ("ui.payments.tab", "PaymentsTab", "paymentsTab", "Payments"),
    ("ui.insights.tab", "InsightsTab", "insightsTab", "Insights"),
)
IDLE_OFFLINE_RETRY_MS = 1000  # the workspace server away: try the idle build again then
IDLE_BUILD_DELAY_MS = 150  # after the first paint, build the hidden tabs one per turn
OPEN_UNPAINTED_MS = 1000  # paint_first: build the remembered tab by then even if never painted
MENUS = ("File", "Edit", "View", "Help")
TAB_ICONS = ("profile", "jobs", "proposals", "contracts", "payments", "chart")
# icons for the menu actions, by objectName (the tabs contribute some of these actions)
ACTION_ICONS = {
    "profileExportAction": "export", "profilePdfAction": "pdf",
    "profileAddPortfolioAction": "add", "newProposalAction": "new",
    "newContractAction": "new", "toggleTimerAction": "timer",
    "importTransactionsAction": "import", "exportLedgerAction": "export",
    "exportReportAction": "chart", "exportPdfAction": "pdf", "backupNowAction": "backup",
    "restoreAction": "restore", "exportAllAction": "export", "importAllAction": "import",
    "settingsAction": "settings", "openDataFolderAction": "folder", "quitAction": "quit",
    "undoAction": "undo", "redoAction": "redo", "copyForUpworkAction": "copy",
    "deleteProposalMenuAction": "delete", "recordEarningAction": "earning",
    "recordCostAction": "cost", "recordWithdrawalAction": "withdraw",
    "connectsLedgerAction": "connects", "templatesAction": "template",
    "figuresAction": "chart", "shortcutsAction": "keyboard", "openLogAction": "log",
    "aboutAction": "info", "pasteJobAction": "paste", "importJobsAction": "import",
    "newJobAction": "new", "paletteAction": "search",
}
THEME_MODES = ("system", "light", "dark")


_RELAYOUT = frozenset((QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
                       QEvent.Type.StyleChange, QEvent.Type.FontChange,
                       QEvent.Type.LayoutDirectionChange, QEvent.Type.Polish))


class SectionTabs(QTabWidget):
    """The window's tabs. QTabWidget lays out its tab bar and pages again on every layout
    request from inside any page (a label's new text, a line edit's clear button appearing)
    and then repaints itself whole, every widget of the visible tab included: the Jobs tab
    repainted the window on the first keystroke and after every search result, ~10-25 ms
    of the GUI thread on a 2-core machine. When nothing that places the tab bar and the
    pages has changed since the last layout, the layout would be the same: only the size
    hint goes up to the window (as QTabWidget does after laying out), and nothing repaints
    that did not change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._placed: tuple | None = None  # what the last layout was worked out from

    def _placing(self) -> tuple:
        bar = self.tabBar()
        corners = tuple((w.isVisibleTo(self), w.sizeHint().toTuple()) if w is not None
                        else None for w in (self.cornerWidget(Qt.Corner.TopLeftCorner),
                                            self.cornerWidget(Qt.Corner.TopRightCorner)))
        return (self.size().toTuple(), bar.isVisibleTo(self), bar.sizeHint().toTuple(),
                bar.minimumSizeHint().toTuple(), self.tabPosition(), self.documentMode(),
                self.count(), corners, id(self.style()))

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest and self.isVisible():
            placing = self._placing()
            if placing == self._placed:
                self.updateGeometry()
                return True
            self._placed = placing
        elif kind in _RELAYOUT:  # QTabWidget lays out again on these by itself
            self._placed = None
        return super().event(event)


class MainWindow(QMainWindow):
    opened = Signal()  # the remembered tab is built and shown (paint_first: after the paint)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, lazy: bool = False,
                 paint_first: bool = False):
        super().__init__(parent)
        lazy = lazy or paint_first
        self._opening: QLabel | None = None
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        try:
            from resources import path

            self.setWindowIcon(QIcon(str(path("icons", "app.svg"))))
        except FileNotFoundError:
            log.warning("application icon missing")
        self.tabs = SectionTabs(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.undo_group = QUndoGroup(self)
        self.tab_titles = [QCoreApplication.translate(cls, title)
                           for _module, cls, _name, title in TAB_SPECS]
        # a placeholder per tab until it is built; then the tab itself
        self._pages: list[Tab | None] = [None] * len(TAB_SPECS)
        for index, (_module, _cls, name, _title) in enumerate(TAB_SPECS):
            holder = QWidget(self.tabs)
            holder.setObjectName(name)
            holder.setAccessibleName(self.tab_titles[index])
            self.tabs.addTab(holder, self.tab_titles[index])
            self.tabs.setTabIcon(index, icons.icon(TAB_ICONS[index]))
            self.tabs.setTabToolTip(index, self.tr("%1 (Ctrl+%2)").replace(
                "%1", self.tab_titles[index]).replace("%2", str(index + 1)))
        titles = {"File": self.tr("&File"), "Edit": self.tr("&Edit"),
                  "View": self.tr("&View"), "Help": self.tr("&Help")}
        self.menus = {name: self.menuBar().addMenu(titles[name]) for name in MENUS}
        for name, menu in self.menus.items():
            menu.setObjectName(name.lower() + "Menu")
        # the tabs' own menu actions, per menu and tab index, and where each menu takes them
        self._contributed: dict[str, dict[int, list[QAction]]] = {name: {} for name in MENUS}
        self._menu_anchor: dict[str, QAction | None] = {}
        self._lazy = lazy
        self._menu_icons_done = False
        self._build_menus()
        self.status_message = QLabel(self)
        self.status_message.setObjectName("statusMessage")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.status_message, 1)
        self.statusBar().setAccessibleName(self.tr("Status bar"))
        self.status_message.setAccessibleName(self.tr("Status"))
        theme.manager().changed.connect(self._theme_changed)
        self.shortcuts_dialog = None
        self.restore_layout()
        self.tabs.currentChanged.connect(self._tab_changed)
        if paint_first:
            self._open_after_paint(self.tabs.currentIndex())
        else:
            for index in ([self.tabs.currentIndex()] if lazy else range(len(TAB_SPECS))):
                self._build_tab(index)
            self._tab_changed(self.tabs.currentIndex())
            self.opened.emit()  # nobody is connected yet: for symmetry with paint_first
        self.setAcceptDrops(True)  # drop files or a posting's text to import (ui/drop.py)
        self.tray = None  # the tray icon and its timer menu, after the first paint (ui/tray.py)
        self.notifier = None
        if paint_first:  # the idle work starts once the remembered tab is in place (below);
            # a window that is never painted (started hidden) opens it after a while anyway
            QTimer.singleShot(OPEN_UNPAINTED_MS, self, self._open_current)
        else:
            self._start_idle_work()

    def _start_idle_work(self) -> None:
        # a 0 ms timer would run in the event-loop turn that paints the window, before the paint
        QTimer.singleShot(IDLE_BUILD_DELAY_MS if self._lazy else 0, self, self._make_tray)
        if self._lazy:
            QTimer.singleShot(IDLE_BUILD_DELAY_MS, self, self._build_next_hidden)

    # -- tabs, built on first show -------------------------------------------
    @property
    def tab_pages(self) -> list[Tab]:
        """All six tabs (building any not built yet)."""
        return [self._build_tab(index) for index in range(len(TAB_SPECS))]

    def built_pages(self) -> list[Tab]:
        return [page for page in self._pages if page is not None]

    def is_built(self, index: int) -> bool:
        return self._pages[index] is not None

    def _open_after_paint(self, index: int) -> None:
        """"Opening…" where tab `index` goes; the tab is built once that has been painted."""
        holder = self.tabs.widget(index)
        label = QLabel(self.tr("Opening…"), holder)
        label.setObjectName("openingLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_tone(label, "muted")
        QVBoxLayout(holder).addWidget(label)
        label.installEventFilter(self)
        self._opening = label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._opening and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._open_current)  # after this turn's painting
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        if self._opening is None:
            return
        self._opening = None
        index = self.tabs.currentIndex()
        if not self.is_built(index):  # (a Ctrl+N switch before the paint built its tab)
            self._tab_changed(index)
        self.opened.emit()
        self._start_idle_work()  # the tray and the other tabs: after the tab has painted

    def _build_next_hidden(self) -> None:
        index = next((i for i, page in enumerate(self._pages) if page is None), None)
        live = sys.modules.get("ui.workspace_live")  # imported when a workspace is attached
        if index is not None and live is not None and live.offline():
            # a tab reads as it is built: with the workspace server away, the rest are built
            # when it is back (or when shown, each saying what it cannot read)
            QTimer.singleShot(IDLE_OFFLINE_RETRY_MS, self, self._build_next_hidden)
            return
        if index is not None:
            try:
                self._build_tab(index)
            except WorkspaceOfflineError:  # gone before the listener noticed: as above
                QTimer.singleShot(IDLE_OFFLINE_RETRY_MS, self, self._build_next_hidden)
                return
            QTimer.singleShot(0, self, self._build_next_hidden)
        else:
            self._menu_icons()

    def _build_tab(self, index: int) -> Tab:
        page = self._pages[index]
        if page is not None:
            return page
        module, cls_name, _name, _title = TAB_SPECS[index]
        cls = getattr(importlib.import_module(module), cls_name)
        holder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        made_before = set(self.tabs.children())
        try:
            page = cls(self.ctx, self.tabs)
        except WorkspaceOfflineError:
            # a tab reads as it is built, and the workspace server is away: what it made
            # before the read goes, and it is built again when the server is back
            for child in set(self.tabs.children()) - made_before:
                child.deleteLater()
            raise
        blocked = self.tabs.blockSignals(True)
        try:
            self._pages[index] = page
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, self.tabs_icon(index), self.tab_titles[index])
            self.tabs.setTabToolTip(index, self.tr("%1 (Ctrl+%2)").replace(
                "%1", self.tab_titles[index]).replace("%2", str(index + 1)))
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        holder.deleteLater()
        self.undo_group.addStack(page.undo_stack)
        for menu, actions in page.menu_actions().items():
            self._add_contributed(menu, index, actions)
        settings = self.ctx.settings
        settings.beginGroup(page.object_name)
        page.restore_state(settings)
        settings.endGroup()
        return page

    def tabs_icon(self, index: int) -> QIcon:
        return icons.icon(TAB_ICONS[index])

    def _add_contributed(self, menu: str, index: int, actions: list[QAction]) -> None:
        """Put tab `index`'s actions in `menu` where they go with all tabs built: in tab order,
        before the menu's anchor."""
        if not actions:
            return
        self._contributed[menu][index] = actions
        later = [acts[0] for i, acts in sorted(self._contributed[menu].items()) if i > index]
        before = later[0] if later else self._menu_anchor.get(menu)
        target = self.menus[menu]
        if before is None:
            target.addActions(actions)
        else:
            target.insertActions(before, actions)
        for action in actions:
            if action.objectName() in ACTION_ICONS:
                icons.set_icon(action, ACTION_ICONS[action.objectName()])

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
        """The window's own actions; each tab's actions join when the tab is built, at the
        anchor of their menu (before it, in tab order)."""
        file_menu = self.menus["File"]
        self._menu_anchor["File"] = file_menu.addSeparator()
        from ui.data_actions import DataActions  # backup, restore, export/import all, settings

        self.data_actions = DataActions(self)
        file_menu.addActions(self.data_actions.actions())
        file_menu.addSeparator()
        self._action(self.tr("Open &Data Folder"), "openDataFolderAction",
                     lambda: self._open(self.ctx.paths.data_dir), menu="File")
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), "quitAction", self.close,
                                   QKeySequence.StandardKey.Quit, "File")
        if quit_action.shortcut().isEmpty():  # platforms without a standard Quit key
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        edit = self.menus["Edit"]
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("undoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("redoAction")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._action(self.tr("Search &Everything…"), "paletteAction", self.show_palette,
                     "Ctrl+K", "Edit")
        self._menu_anchor["Edit"] = None  # the tabs' actions go at the end

        view = self.menus["View"]
        self.tab_actions = []
        for index, (_module, _cls, name, _title) in enumerate(TAB_SPECS):
            action = self._action(self.tab_titles[index], f"show{name[:-3].title()}Action",
                                  lambda _=False, i=index: self.show_tab(i),
                                  f"Ctrl+{index + 1}", "View")
            self.tab_actions.append(action)
        view.addSeparator()
        self._menu_anchor["View"] = view.addSeparator()
        self._build_theme_menu(view)

        self._menu_anchor["Help"] = self._action(
            self.tr("&Keyboard Shortcuts"), "shortcutsAction", self.show_shortcuts, "F1", "Help")
        self._action(self.tr("Open &Log File"), "openLogAction",
                     lambda: self._open(self.ctx.paths.log_file), menu="Help")
        self._action(self.tr("&About Freelance Desk"), "aboutAction", self.show_about, menu="Help")
        if self._lazy:  # only seen in an open menu: tinted when one opens, or when idle
            for menu in self.menus.values():
                menu.aboutToShow.connect(self._menu_icons)
        else:
            self._menu_icons()
        # Ctrl+F6 from anywhere hands focus back to the tab bar: a way out of any editor
        # (even one that takes Tab for itself) without the mouse.
        to_tabs = QShortcut(QKeySequence("Ctrl+F6"), self)
        to_tabs.setObjectName("focusTabsShortcut")
        to_tabs.setWhatsThis(self.tr("Move focus to the tab bar"))
        to_tabs.activated.connect(self.tabs.tabBar().setFocus)

    def _build_theme_menu(self, view: QMenu) -> None:
        self.theme_menu = view.addMenu(self.tr("&Theme"))
        self.theme_menu.setObjectName("themeMenu")
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        labels = {"system": self.tr("Follow &System"), "light": self.tr("&Light"),
                  "dark": self.tr("&Dark")}
        self.theme_actions = {}
        current = theme.manager().mode
        for mode in THEME_MODES:
            action = QAction(labels[mode], self)
            action.setObjectName(f"theme{mode.title()}Action")
            action.setCheckable(True)
            action.setChecked(mode == current)
            action.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[mode] = action

    def _menu_icons(self) -> None:
        """The window's own menu actions' icons (the tabs' actions get theirs as they join)."""
        if self._menu_icons_done:
            return
        self._menu_icons_done = True
        for menu in self.menus.values():
            for action in menu.actions():
                if action.objectName() in ACTION_ICONS and not action.property(icons.PROPERTY):
                    icons.set_icon(action, ACTION_ICONS[action.objectName()])
        icons.set_icon(self.theme_menu.menuAction(), "theme")

    def set_theme(self, mode: str) -> None:
        """View ▸ Theme: follow the system, or force light or dark; remembered per data dir."""
        theme.install(mode)
        self.theme_actions[theme.manager().mode].setChecked(True)
        self.ctx.settings.setValue(theme.SETTINGS_KEY, theme.manager().mode)

    def _theme_changed(self, _name: str) -> None:
        for index, name in enumerate(TAB_ICONS):
            self.tabs.setTabIcon(index, icons.icon(name))

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(action, keys, where) for every keyboard shortcut of the window."""
        native = QKeySequence.SequenceFormat.NativeText
        rows, seen = [], set()

        def walk(menu: QMenu, where: str) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu(), where)
                if action.isSeparator() or action.shortcut().isEmpty():
                    continue
                seen.add(id(action))
                rows.append((action.text().replace("&", ""),
                             action.shortcut().toString(native), where))

        for menu in self.menus.values():
            walk(menu, menu.title().replace("&", ""))
        # actions and shortcuts that live on a tab's widgets rather than in a menu
        for page in self.tab_pages:
            for action in page.findChildren(QAction):
                if id(action) in seen or action.shortcut().isEmpty() or not action.text():
                    continue
                seen.add(id(action))
                rows.append((action.text().replace("&", ""),
                             action.shortcut().toString(native), page.title))
            for shortcut in page.findChildren(QShortcut):
                if shortcut.key().isEmpty() or not shortcut.whatsThis():
                    continue
                rows.append((shortcut.whatsThis(), shortcut.key().toString(native), page.title))
        general = self.tr("Everywhere")
        rows += [
            (self.tr("Next field / previous field"), "Tab / Shift+Tab", general),
            (self.tr("Next tab / previous tab"), "Ctrl+Tab / Ctrl+Shift+Tab", general),
            (self.tr("Move focus to the tab bar"), "Ctrl+F6", general),
            (self.tr("Open the menu bar"), "Alt / F10", general),
            (self.tr("Close a dialog"), "Esc", general),
        ]
        return rows

    def shortcut_list(self) -> list[tuple[str, str]]:
        return [(name, keys) for name, keys, _where in self.shortcut_rows()]

    def show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog

        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self.shortcut_rows(), self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()
        self.shortcuts_dialog.search.setFocus()

    def _make_tray(self) -> None:
        from ui.notifier import Notifier
        from ui.tray import TrayTimer

        if self.tray is None:
            self.tray = TrayTimer(self)
            self.notifier = Notifier(self)  # desktop notifications (Settings ▸ Notifications)
            QTimer.singleShot(3000, self, self.notifier.check)  # after the window settles

    def show_palette(self):
        """Ctrl+K: one search over records, settings and menu actions (ui/palette.py)."""
        from ui.palette import CommandPalette

        self.palette = CommandPalette(self)
        self.palette.open()
        self.palette.search.setFocus()
        return self.palette

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Freelance Desk"), self.tr(
            "<h3>{name} {version}</h3><p>Proposals, contracts and earnings for marketplace "
            "freelancers — offline first, your data stays yours.</p><p>Data folder:<br>{dir}</p>"
        ).format(name=APP_NAME, version=desktop.__version__, dir=self.ctx.paths.data_dir))

    def _open(self, path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- state -------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        try:
            page = self._build_tab(index) if 0 <= index < len(TAB_SPECS) else None
        except WorkspaceOfflineError:
            self._unreachable(index)
            return
        if page is not None:
            self.undo_group.setActiveStack(page.undo_stack)
            read_or_none(page.activated)  # it reads again: with the server away, keeps what it has

    def _unreachable(self, index: int) -> None:
        """Tab `index` could not be built, the workspace server being away: its place says so,
        and it is built once the server is back while it is still the tab shown."""
        holder = self.tabs.widget(index)
        label = holder.findChild(QLabel, "unreachableLabel") or holder.findChild(
            QLabel, "openingLabel")
        if label is None:
            label = QLabel(holder)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            (holder.layout() or QVBoxLayout(holder)).addWidget(label)
        label.setObjectName("unreachableLabel")
        label.setText(self.tr("%1 cannot be shown: the workspace server cannot be reached. It "
                              "opens here when the server is back.").replace(
                                  "%1", self.tab_titles[index]))
        theme.set_tone(label, "warning")
        QTimer.singleShot(IDLE_OFFLINE_RETRY_MS, self, lambda: self._build_when_back(index))

    def _build_when_back(self, index: int) -> None:
        if self.is_built(index) or self.tabs.currentIndex() != index:
            return  # built meanwhile, or left: switching back tries again
        live = sys.modules.get("ui.workspace_live")
        if live is not None and live.offline():
            QTimer.singleShot(IDLE_OFFLINE_RETRY_MS, self, lambda: self._build_when_back(index))
            return
        self._tab_changed(index)

    def show_tab(self, index: int) -> None:
        """Ctrl+1…6: switch, and put the keyboard focus inside the tab (not on a hidden one)."""
        self.tabs.setCurrentIndex(index)
        QTimer.singleShot(0, self, lambda: focus_first(self.tabs.currentWidget()))

    def tab(self, object_name: str) -> Tab:
        index = next(i for i, spec in enumerate(TAB_SPECS) if spec[2] == object_name)
        return self._build_tab(index)

    def navigate(self, object_name: str, item_id: int | None = None) -> None:
        try:
            page = self.tab(object_name)
        except WorkspaceOfflineError:  # the tab says the server cannot be reached
            self.tabs.setCurrentIndex(next(
                i for i, spec in enumerate(TAB_SPECS) if spec[2] == object_name))
            return
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
            self.resize(*WINDOW_SIZE)
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(state)
        index = int(settings.value("window/tab", 0) or 0)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
        # each tab restores its own state when it is built (_build_tab)

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.tabs.currentIndex())
        for page in self.built_pages():  # a tab never built keeps what it saved before
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

    def dragEnterEvent(self, event) -> None:
        from ui.drop import can_import

        if can_import(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        from ui.drop import can_import

        if can_import(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        from ui.drop import handle_drop

        event.acceptProposedAction()
        self.dropped = handle_drop(self, event.mimeData())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.can_close() for page in self.built_pages()):
            event.ignore()
            return
        self.save_layout()
        event.accept()


def focus_first(page: QWidget | None) -> None:
    """Focus the first widget of `page` that takes Tab focus (skipping hidden ones)."""
    if page is None:
        return
    focused = page.focusWidget()
    if focused is not None and focused.isVisible() and page.isAncestorOf(focused):
        focused.setFocus(Qt.FocusReason.TabFocusReason)  # back where the user left it
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()

"""Contracts tab: the upcoming strip and reminders, the contract list, and the selected
contract's detail. Owns the timer's status-bar indicator and window-title suffix."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contracts as service
from desktop.services import deadlines, timer
from desktop.services.contracts import ContractStatus, ContractType
from models.rules import payout
from ui import messages, theme
from ui.contracts import dialogs
from ui.contracts.detail import ContractDetail
from ui.contracts.models import ROLE_ID, ContractListModel
from ui.contracts.upcoming import ReminderBanner, UpcomingStrip
from ui.offline_reads import keep_last_read
from ui.operations import contracts as contract_ops
from ui.operations import run_op
from ui.operations.settings import put_setting
from ui.tab import Tab
from ui.theme import MESSAGE_WIDTH, SIDE_PANE_MIN, set_tone
from ui.theme import manager as theme_manager
from ui.widgets.empty_state import EmptyState
from ui.workspace_live import running_timer

SEEN_KEY = "contracts.seen_reminders"
SWEEP_MS = 60_000


class TimerIndicator(QWidget):
    """The status-bar face of a running timer: elapsed time and contract, and a Stop button."""

    def __init__(self, on_open: Callable[[], None], on_stop: Callable[[], None], parent=None):
        super().__init__(parent)
        self.setObjectName("timerIndicator")
        self.setAccessibleName(self.tr("Running timer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE_XS)
        self.label = QToolButton(self)
        self.label.setObjectName("timerIndicatorLabel")
        self.label.setAccessibleName(self.tr("Show the contract with the running timer"))
        self.label.setAutoRaise(True)
        set_tone(self.label, "error")  # the theme's red, readable in light and dark
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.clicked.connect(on_open)
        self.stop = QToolButton(self)
        self.stop.setObjectName("timerIndicatorStop")
        self.stop.setAccessibleName(self.tr("Stop the timer"))
        self.stop.setText(self.tr("Stop"))
        self.stop.setToolTip(self.tr("Stop the timer (Ctrl+Shift+T)"))
        self.stop.clicked.connect(on_stop)
        layout.addWidget(self.label)
        layout.addWidget(self.stop)
        self.hide()


class ContractsTab(Tab):
    title = "Contracts"
    object_name = "contractsTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Contracts")
        self.clock: Callable[[], datetime] = ctx.clock.now  # the app's one clock (tests pin it)
        self._base_title: str | None = None
        self._refresh_pending = False
        self._seen: set[str] = set(self._load_seen())
        self._build_actions()
        self.timesheet = None

        layout = QVBoxLayout(self)
        self._build_reminders(layout)
        main = self._build_pages(layout)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(self._build_toolbar(main))
        main_layout.addWidget(self._build_split(main), 1)
        self._build_timers()
        ctx.bus.changed.connect(self._data_changed)
        # chips, badge and bars take their colours when drawn: redraw on a theme switch
        theme_manager().changed.connect(self._theme_changed)
        self._attach_indicator()
        self.sweep()

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("New &Contract…"), self)
        self.new_action.setObjectName("newContractAction")
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_contract)
        self.timer_action = QAction(self.tr("Start/Stop &Timer"), self)
        self.timer_action.setObjectName("toggleTimerAction")
        self.timer_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.timer_action.triggered.connect(self.toggle_timer)
        self.timesheet_action = QAction(self.tr("Weekly Time&sheet"), self)
        self.timesheet_action.setObjectName("timesheetAction")
        self.timesheet_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.timesheet_action.triggered.connect(self.show_timesheet)

    def _build_reminders(self, layout: QVBoxLayout) -> None:
        """Above everything: the deadline banner and the strip of what comes up."""
        self.banner = ReminderBanner(self)
        self.banner.dismissed.connect(self._dismissed)
        self.banner.open_contract.connect(self.open_contract)
        layout.addWidget(self.banner)
        self.strip = UpcomingStrip(self)
        self.strip.open_contract.connect(self.open_contract)
        layout.addWidget(self.strip)

    def _build_pages(self, layout: QVBoxLayout) -> QWidget:
        """The empty state, or the contracts page (returned, to be filled)."""
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("contractsStack")
        self.empty = EmptyState(
            self.tr("No contracts yet"),
            self.tr("A hired proposal becomes a contract here, or add one by hand "
                    "(Ctrl+Shift+N). Track time against weekly limits and milestones "
                    "through escrow."),
            [self.new_action], object_name="contractsEmpty", parent=self.stack)
        # a wrapped label in a centring layout gets one line's height unless told otherwise
        self.empty.message.setFixedWidth(MESSAGE_WIDTH)
        self.empty.message.setMinimumHeight(self.empty.message.heightForWidth(MESSAGE_WIDTH))
        self.stack.addWidget(self.empty)
        main = QWidget(self.stack)
        self.stack.addWidget(main)
        layout.addWidget(self.stack, 1)
        return main

    def _build_toolbar(self, main: QWidget) -> QHBoxLayout:
        """Which contracts, a search, the timesheet and a new contract."""
        bar = QHBoxLayout()
        self.filter = QComboBox(main)
        self.filter.setObjectName("contractFilter")
        self.filter.setAccessibleName(self.tr("Show contracts"))
        for key, label in (("open", self.tr("Open (active, offers, paused)")),
                           ("active", self.tr("Active")), ("offer", self.tr("Offers")),
                           ("paused", self.tr("Paused")), ("ended", self.tr("Ended")),
                           ("all", self.tr("All"))):
            self.filter.addItem(label, key)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.search = QLineEdit(main)
        self.search.setObjectName("contractSearch")
        self.search.setAccessibleName(self.tr("Search contracts"))
        self.search.setPlaceholderText(self.tr("Search title, client, terms…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.new_button = QPushButton(self.tr("New contract…"), main)
        self.new_button.setObjectName("newContractButton")
        self.new_button.setAccessibleName(self.tr("New contract"))
        self.new_button.clicked.connect(self.new_contract)
        bar.addWidget(self.filter)
        bar.addWidget(self.search, 1)
        self.timesheet_button = QPushButton(self.tr("Timesheet"), main)
        self.timesheet_button.setObjectName("timesheetButton")
        self.timesheet_button.setAccessibleName(self.tr("Weekly timesheet of all hourly "
                                                        "contracts"))
        self.timesheet_button.setToolTip(self.tr("Every hourly contract's week side by side "
                                                 "(Ctrl+Shift+H)"))
        self.timesheet_button.clicked.connect(self.show_timesheet)
        bar.addWidget(self.timesheet_button)
        bar.addWidget(self.new_button)
        return bar

    def _build_split(self, main: QWidget) -> QSplitter:
        """The contract list beside the selected contract's detail."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, main)
        self.splitter.setObjectName("contractsSplitter")
        self._build_list()
        self._build_detail()
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 730])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda *_: self._fit_columns())
        return self.splitter

    def _build_list(self) -> None:
        self.model = ContractListModel(self)
        self.list = QTableView(self.splitter)
        self.list.setObjectName("contractList")
        self.list.setAccessibleName(self.tr("Contracts"))
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSortingEnabled(True)
        self.list.horizontalHeader().setSortIndicator(ContractListModel.STATUS_COLUMN,
                                                      Qt.SortOrder.AscendingOrder)
        self.list.verticalHeader().hide()
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.installEventFilter(self)  # its own width decides which columns fit
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col, width in ((1, 104), (2, 58), (3, 140), (4, 78)):
            self.list.setColumnWidth(col, width)
        self.list.setMinimumWidth(SIDE_PANE_MIN)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selected())

    def _build_detail(self) -> None:
        """The selected contract, or a line saying to pick one."""
        self.detail_stack = QStackedWidget(self.splitter)
        self.no_selection = QLabel(self.tr("Select a contract to see its time, milestones, "
                                           "earnings and feedback."), self.detail_stack)
        self.no_selection.setObjectName("noContractSelected")
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        self.detail = ContractDetail(lambda: self.clock(), self.undo_stack, self.detail_stack)
        self.detail.message.connect(self.show_message)
        self.detail.timer_kept.connect(self._update_timer)
        self.detail.navigate_to = self.navigate
        self.detail_stack.addWidget(self.no_selection)
        self.detail_stack.addWidget(self.detail)

    def _build_timers(self) -> None:
        """The running timer's one-second tick and the deadline sweep."""
        self.indicator: TimerIndicator | None = None
        self.ticker = QTimer(self)
        self.ticker.setObjectName("timerTicker")
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(keep_last_read(self._tick))
        self.sweeper = QTimer(self)
        self.sweeper.setObjectName("deadlineSweeper")
        self.sweeper.setInterval(SWEEP_MS)
        self.sweeper.timeout.connect(keep_last_read(self.sweep))
        self.sweeper.start()

    # -- Tab hooks ------------------------------------------------------------------------------
    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.new_action], "Edit": [self.timer_action],
                "View": [self.timesheet_action]}

    def show_timesheet(self):
        """View ▸ Weekly Timesheet: every hourly contract's week side by side."""
        from ui.contracts.timesheet import TimesheetDialog

        if self.timesheet is None:
            self.timesheet = TimesheetDialog(lambda: self.clock(), self)
            self.timesheet.open_contract.connect(self.open_contract)
        else:
            self.timesheet.refresh()
        self.timesheet.show()
        self.timesheet.raise_()
        return self.timesheet

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("columns", self.list.horizontalHeader().saveState())
        settings.setValue("filter", self.filter.currentData())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        columns = settings.value("columns")
        if columns:
            self.list.horizontalHeader().restoreState(columns)
        index = self.filter.findData(settings.value("filter", "open"))
        if index >= 0:
            self.filter.setCurrentIndex(index)

    def activated(self) -> None:
        self.refresh()

    def show_item(self, item_id: int) -> None:
        self.open_contract(item_id, None)

    # -- refreshing -----------------------------------------------------------------------------
    def _data_changed(self, area: str, _ids) -> None:
        if area in ("contracts", "payments", "clients", "proposals", "all") and \
                not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self, keep_last_read(self.refresh))  # dies with the tab

    def _theme_changed(self, _theme: str) -> None:
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self, keep_last_read(self.refresh))

    def refresh(self) -> None:
        self._refresh_pending = False
        now = self.clock()
        selected = self.current_id()
        items = deadlines.upcoming(now=now)
        flags: dict[int, str] = {}
        for item in items:
            if item.contract_id not in flags:
                flags[item.contract_id] = item.severity
        self.model.refresh(flags=flags, now=now)
        if self.timesheet is not None and self.timesheet.isVisible():
            self.timesheet.refresh()
        self._upcoming = (items, now)
        self._show_strip()
        fresh = deadlines.reminders(items, self._seen)
        self.banner.show_items(fresh, now)
        has_any = service.any_contract()
        self.stack.setCurrentIndex(1 if has_any else 0)
        self.strip.setVisible(has_any)
        if selected is not None and self.model.row_of(selected) >= 0:
            self._select_row(self.model.row_of(selected))
        elif self.model.rowCount() and not self.list.selectionModel().hasSelection():
            self._select_row(0)
        elif not self.model.rowCount():
            self.detail_stack.setCurrentWidget(self.no_selection)
        if self.detail.contract is not None and selected == self.detail.contract.id:
            self.detail.refresh()
        self._update_timer()

    def sweep(self) -> None:
        """Let time do its work (auto-approval, billing closed weeks), then refresh."""
        # a refusal (e.g. the ledger refused an earning) is said; it is tried again next time
        run_op(self, self.tr("Contracts"), lambda: contract_ops.process_due(self.clock()),
               on_done=self._swept, on_refused=lambda exc: self.show_message(messages.text(exc)))
        self.refresh()

    def _swept(self, result) -> None:
        said = []
        if result.auto_approved:
            days = payout.rules_on(self.clock()).milestone_auto_approve.days
            said.append(self.tr("Milestones approved automatically after {days} days: {0}")
                        .format(len(result.auto_approved), days=days))
        if result.billed:
            said.append(self.tr("Closed weeks billed to the Payments ledger: {0}")
                        .format(len(result.billed)))
        if said:
            self.show_message("; ".join(said))

    def _filter_changed(self) -> None:
        self.model.status_filter = self.filter.currentData()
        self.refresh()

    def _search_changed(self, text: str) -> None:
        self.model.search = text
        self.refresh()

    # -- selection ------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.data(rows[0], ROLE_ID) if rows else None

    def _select_row(self, row: int) -> None:
        if self.current_id() == self.model.data(self.model.index(row, 0), ROLE_ID):
            return
        self.list.selectRow(row)

    def _selected(self) -> None:
        contract_id = self.current_id()
        if contract_id is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        self.detail_stack.setCurrentWidget(self.detail)
        self.detail.show_contract(contract_id)
        self._show_strip()

    def _show_strip(self) -> None:
        """The Upcoming strip, without the open contract's weekly limit: its time page says
        that already (once on screen, not three times)."""
        items, now = getattr(self, "_upcoming", ([], None))
        if now is None:
            return
        shown = self.current_id()
        self.strip.set_items([d for d in items if not (d.kind == "weekly_limit"
                                                      and d.contract_id == shown)], now)

    def open_contract(self, contract_id: int, milestone_id: int | None = None) -> None:
        if self.model.row_of(contract_id) < 0:
            self.filter.setCurrentIndex(self.filter.findData("all"))
            self.search.clear()
        row = self.model.row_of(contract_id)
        if row < 0:
            return
        window = self.window()
        if hasattr(window, "tabs"):
            window.tabs.setCurrentWidget(self)
        self._select_row(row)
        if milestone_id is not None:
            self.detail.select_milestone(milestone_id)

    # -- actions --------------------------------------------------------------------------------
    def new_contract(self) -> None:
        window = self.window()
        if hasattr(window, "tabs"):
            window.tabs.setCurrentWidget(self)

        def save(values):
            contract = contract_ops.create(values, self.clock())
            QTimer.singleShot(0, self, lambda: self.open_contract(contract.id))
            self.show_message(self.tr("Contract “{0}” added").format(contract.title))

        dialog = dialogs.ContractDialog(save, parent=self)
        self.detail.open_dialog(dialog)

    def toggle_timer(self) -> None:
        running = running_timer()
        if running is not None:
            self.stop_timer()
            return
        contract = self.detail.contract
        if contract is None or contract.contract_type != ContractType.HOURLY or \
                contract.status != ContractStatus.ACTIVE:
            self.show_message(self.tr("Select an active hourly contract to start the timer"))
            return
        self.detail.time_page.toggle_timer()

    def stop_timer(self) -> None:
        running = running_timer()
        if running is None:
            return
        if self.detail.contract is not None and self.detail.contract.id == running.contract_id:
            self.detail.time_page.toggle_timer()  # it keeps a stop the server cannot take
            return
        title, now = running.contract_title, self.clock()

        def stopped(stored) -> None:
            if stored is contract_ops.KEPT:  # stopped now; sent when the server is back
                self.show_message(self.detail.time_page.kept_offline())
                self._update_timer()
                return
            minutes = sum(e.minutes for e in stored)
            self.show_message(self.tr("Timer stopped: {0} h on “{1}”").format(
                service.hours_text(minutes), title))

        run_op(self, self.tr("Contracts"),
               lambda: contract_ops.stop_timer(running.contract_id, now), on_done=stopped,
               on_refused=lambda exc: self.show_message(messages.text(exc)))

    def show_message(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    # -- reminders ------------------------------------------------------------------------------
    def _load_seen(self) -> list[str]:
        from desktop.services import settings

        return list(settings.get(SEEN_KEY))

    def _dismissed(self, keys: list[str]) -> None:
        self._seen.update(keys)
        live = {d.key for d in deadlines.upcoming(now=self.clock())}
        self._seen &= live | set(keys)  # forget reminders that no longer exist
        put_setting(self, SEEN_KEY, sorted(self._seen))

    # -- the running timer in the status bar and the title ---------------------------------------
    def _attach_indicator(self) -> None:
        window = self.window()
        if self.indicator is None and isinstance(window, QMainWindow):
            self.indicator = TimerIndicator(self._open_running, self.stop_timer, window)
            window.statusBar().addPermanentWidget(self.indicator)

    def _fit_columns(self) -> None:
        """A narrow list drops the Client, then the Status column (both stay in the row's
        tooltip and the detail's header): the title keeps room to be read."""
        self.list.setColumnHidden(1, self.list.width() < 500)
        self.list.setColumnHidden(2, self.list.width() < 400)

    def eventFilter(self, watched, event) -> bool:
        # The list's own resize, not the tab's: the splitter sizes the list after the tab has
        # been resized, so at the tab's resize the list still had its first, narrow width and
        # the Status column stayed hidden in a wide window.
        if watched is self.list and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        self._attach_indicator()
        super().showEvent(event)

    def _open_running(self) -> None:
        running = running_timer()
        if running is not None:
            self.open_contract(running.contract_id)

    def _update_timer(self) -> None:
        self._attach_indicator()
        running = running_timer()
        self.detail.running_entry = running
        tray = getattr(self.window(), "tray", None)
        if tray is not None:  # the idle prompt watches a timer kept offline too
            tray.idle.sync()
        if running is None:
            self.ticker.stop()
            if self.indicator is not None:
                self.indicator.hide()
            self._restore_title()
            return
        self._running_title = running.contract_title
        if not self.ticker.isActive():
            self.ticker.start()
        self._tick()

    def _tick(self) -> None:
        running = self.detail.running_entry
        if running is None:
            return
        seconds = timer.elapsed_seconds(running, self.clock())
        text = f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        if self.indicator is not None:
            self.indicator.label.setText(f"● {text} · {self._running_title}")
            self.indicator.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            if self._base_title is None:
                self._base_title = window.windowTitle()
            window.setWindowTitle(f"● {text} {self._running_title} — {self._base_title}")
        self.detail.tick()

    def _restore_title(self) -> None:
        window = self.window()
        if self._base_title is not None and isinstance(window, QMainWindow):
            window.setWindowTitle(self._base_title)
        self._base_title = None

"""Payments tab: balances at a glance, the ledger, reports with a chart, withdrawal methods."""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import outbox
from desktop.errors import Code, WorkspaceOfflineError
from desktop.services import contracts as contract_service
from desktop.services import payments, reports, reports_export, withdrawals
from desktop.services import settings as app_settings
from desktop.services import statement_import as importer
from desktop.services.payments import (
    EARNING_KINDS,
    EXPENSE_KINDS,
    FEE_KINDS,
    LedgerFilter,
    TransactionKind,
    TransactionStatus,
)
from ui import formatting, labels, messages, theme, workspace_live
from ui.formatting import money
from ui.operations import payments as payment_ops
from ui.operations.settings import put_setting
from ui.payments import dialogs, kept
from ui.payments.chart import Bar, MonthlyChart
from ui.payments.kept import KeptPayments
from ui.payments.models import (
    ID_ROLE,
    LedgerModel,
    MethodsModel,
    TableModel,
    description_order,
    kind_label,
    month_name,
    report_text,
    shown_description,
)
from ui.settings.money import HOME_CURRENCIES
from ui.tab import Tab
from ui.tasks import TaskError, run_in_background, run_with_progress
from ui.theme import SIDE_PANE_MAX, SIDE_PANE_MIN, set_tone
from ui.widgets.empty_state import EmptyState
from ui.widgets.naming import named as _named
from ui.widgets.note_label import note_label

TYPE_GROUPS = (
    (QT_TRANSLATE_NOOP("PaymentsTab", "All types"), ()),
    (QT_TRANSLATE_NOOP("PaymentsTab", "Earnings"), EARNING_KINDS),
    (QT_TRANSLATE_NOOP("PaymentsTab", "Fees"), FEE_KINDS),
    (QT_TRANSLATE_NOOP("PaymentsTab", "Withdrawals"), (TransactionKind.WITHDRAWAL,
                                                       TransactionKind.WITHDRAWAL_FEE)),
    (QT_TRANSLATE_NOOP("PaymentsTab", "Costs"), EXPENSE_KINDS),
)
REPORTS = (("month", QT_TRANSLATE_NOOP("PaymentsTab", "By month")),
           ("client", QT_TRANSLATE_NOOP("PaymentsTab", "By client")),
           ("contract", QT_TRANSLATE_NOOP("PaymentsTab", "By contract")),
           ("category", QT_TRANSLATE_NOOP("PaymentsTab", "By category")),
           ("fees", QT_TRANSLATE_NOOP("PaymentsTab", "Fees and costs")))
AREAS = {"payments", "clients", "contracts", "settings", "all"}



def chart_bar(unit: str, line: reports.Line) -> Bar:
    """A chart bar for a month ("Mar", with "Jan ’25" marking each new year), a quarter
    ("Q1 ’25") or a year ("2025")."""
    key = line.key
    if unit == "month":
        label = month_name(key)
        short = month_name(key, short=True) + (f" ’{key[2:4]}" if key.endswith("-01") else "")
    elif unit == "quarter":
        label = QCoreApplication.translate("MonthlyChart", "Q{q} {year}").format(
            q=key[-1], year=key[:4])
        short = QCoreApplication.translate("MonthlyChart", "Q{q} ’{yy}").format(
            q=key[-1], yy=key[2:4])
    else:
        label = short = key
    return Bar(label=label, short=short, net=line.net, fee=line.fees, costs=line.costs,
               hours=line.hours)


@dataclass(frozen=True)
class _Ask:
    """What one refresh reads, taken on the GUI thread when it starts: the day, the ledger's
    and the withdrawals' filter and order, the report's period and grouping; ``whole``: the
    strip, pickers, ledger and methods too; ``ledger``: the ledger's ids, first page and
    totals (a new filter, search or order); ``report``: the report figures; ``statuses``:
    move pending rows forward first (switching to the tab)."""
    whole: bool
    today: date
    now: datetime
    ledger: LedgerFilter
    ledger_sort: tuple[str, bool]
    withdrawals: LedgerFilter
    withdrawals_sort: tuple[str, bool]
    period: reports.Period
    report_by: str
    ledger_part: bool = False
    report: bool = True
    statuses: bool = False


@dataclass(frozen=True)
class _Ledger:
    """The ledger as read for a new filter, search or order."""
    ids: list[int]
    rows: dict[int, payments.LedgerRow]
    totals: tuple[int, Decimal, Decimal, Decimal]


@dataclass(frozen=True)
class _Whole:
    """The strip, pickers, ledger and withdrawal methods as read for a refresh."""
    has_rows: bool
    balances: reports.Balances
    home: str
    rate: tuple[Decimal, date] | None
    week: contract_service.WorkInProgress
    years: list[int]
    ledger_ids: list[int]
    ledger_rows: dict[int, payments.LedgerRow]
    totals: tuple[int, Decimal, Decimal, Decimal]
    methods: list[withdrawals.MethodRow]
    withdrawal_ids: list[int]
    withdrawal_rows: dict[int, payments.LedgerRow]
    entry: payments.EntryContext  # what the recording dialogs work from (offline too)

    @property
    def clients(self) -> list[tuple[str, int]]:
        """The ledger's client filter: (name, id), as the dialogs' picker has them."""
        return list(self.entry.clients)

    @property
    def contracts(self) -> list[tuple[str, int]]:
        """The ledger's contract filter: (title, id), by title."""
        return [(terms.title, terms.id) for terms in self.entry.contracts]


@dataclass(frozen=True)
class _Read:
    ask: _Ask
    whole: _Whole | None
    figures: reports.Figures | None  # None: the report was not asked for
    lines: list[reports.Line] | None  # the client/contract/category table's lines
    ledger: _Ledger | None = None  # the ledger alone (when not ``whole``)
    moved: int = 0  # rows whose status moved forward (``statuses``)


def _read(ask: _Ask) -> _Read:
    """Every database read of a refresh, on the database worker (ui.tasks); no Qt here."""
    whole = ledger = None
    moved = payment_ops.refresh_statuses(ask.today) if ask.statuses else 0
    if ask.ledger_part and not ask.whole:
        ids = payments.ledger_ids(ask.ledger, *ask.ledger_sort, says=description_order())
        ledger = _Ledger(ids, payments.ledger_rows(ids[:LedgerModel.PAGE]),
                         payments.totals(ask.ledger))
    if ask.whole:
        home = app_settings.get("currency").upper()
        ledger_ids = payments.ledger_ids(ask.ledger, *ask.ledger_sort, says=description_order())
        withdrawal_ids = payments.ledger_ids(ask.withdrawals, *ask.withdrawals_sort,
                                             says=description_order())
        whole = _Whole(
            has_rows=payments.has_transactions(),
            balances=reports.balances(ask.today), home=home, rate=reports.latest_rate(home),
            week=contract_service.work_in_progress(now=ask.now),
            years=reports.years_with_data(),
            ledger_ids=ledger_ids,
            ledger_rows=payments.ledger_rows(ledger_ids[:LedgerModel.PAGE]),
            totals=payments.totals(ask.ledger),
            methods=list(withdrawals.methods(include_retired=True)),
            withdrawal_ids=withdrawal_ids,
            withdrawal_rows=payments.ledger_rows(withdrawal_ids[:LedgerModel.PAGE]),
            entry=payments.entry_context())
    by = {"client": reports.by_client, "contract": reports.by_contract,
          "category": reports.by_category}.get(ask.report_by)
    if not ask.report:
        return _Read(ask, whole, None, None, ledger, moved)
    return _Read(ask, whole, reports.figures(ask.period), by(ask.period) if by else None,
                 ledger, moved)


class Card(QFrame):
    """One figure of the balance strip: a caption, the amount, a small note."""

    def __init__(self, name: str, caption: str, tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(caption)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_XL, theme.SPACE_L, theme.SPACE_XL, theme.SPACE_L)
        layout.setSpacing(theme.SPACE_XS)
        self.caption = QLabel(caption, self)
        set_tone(self.caption, "muted")
        self.value = QLabel("—", self)
        self.value.setObjectName(name + "Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel("", self)
        self.note.setObjectName(name + "Note")
        set_tone(self.note, "muted")
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleDescription(f"{value} {note}".strip())


class PaymentsTab(Tab):
    """Its refresh reads on the database worker and shows the result on the GUI thread; only
    the newest refresh's result is shown, and refreshes asked for meanwhile make one more."""

    title = "Payments"
    object_name = "paymentsTab"
    refreshed = Signal()  # a refresh's result is shown and no other is under way

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Payments")
        self.today = ctx.clock.today  # the app's one clock (tests pin it)
        self.now = ctx.clock.now  # the running week's work in progress
        self._stale = True
        self._watched: set[str] = set()  # combos whose choice the user may make…
        self._chosen: set[str] = set()  # …and those where they made it
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._generation = 0  # bumped by every refresh asked for; a result of an older one is
        self._reading = False  # dropped. True while a refresh reads on the worker
        self._whole_wanted = False  # the next read covers more than the report
        self._ledger_wanted = False  # …the ledger's ids and totals (a filter, search, order)
        self._report_wanted = False  # …the report figures
        self._statuses_wanted = False  # …moving pending rows forward first
        self._show_after: int | None = None  # show_item's row, once the ledger is read
        self._shown_filter: LedgerFilter | None = None  # the filter of the rows shown
        self.entry_context: payments.EntryContext | None = None  # the last read's, for dialogs
        self.read_at: datetime | None = None  # when what is shown was read
        self._build_actions()
        # In an agency workspace only owners see the money: the server refuses the ledger to
        # managers and members, so for them the tab says so and reads nothing.
        self.owners_only = not workspace_live.sees_money()
        if self.owners_only:
            self._build_owners_only()
            return
        self._build()
        ctx.bus.changed.connect(self._data_changed)
        # a kept delete undone (out of the outbox) or done again: the list of what waits
        self.undo_stack.indexChanged.connect(lambda _: self.kept.show_kept())
        self._statuses_wanted = True  # (on the worker, before the first read)
        self.refresh()

    # -- construction ------------------------------------------------------------------------
    def _action(self, text: str, name: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            self.tr("Import Upwork &Transactions…"), "importTransactionsAction",
            self.import_files, "Ctrl+Shift+I",
            self.tr("Import Upwork transaction statements or Weekly Summary exports (CSV)"))
        self.export_ledger_action = self._action(
            self.tr("Export Ledger as &CSV…"), "exportLedgerAction", self.export_ledger,
            tip=self.tr("The transactions shown in the ledger, for your accountant"))
        self.export_report_action = self._action(
            self.tr("Export &Report as CSV…"), "exportReportAction", self.export_report)
        self.export_pdf_action = self._action(
            self.tr("Export Earnings &Statement (PDF)…"), "exportPdfAction", self.export_pdf,
            tip=self.tr("A statement of the report period for your accountant. It is always in "
                        "English with plain US-dollar figures, whatever the app's language, "
                        "like Upwork's own statements"))
        self.earning_action = self._action(
            self.tr("Record &Earning…"), "recordEarningAction", self.record_earning,
            "Ctrl+Shift+E")
        self.cost_action = self._action(self.tr("Record &Cost…"), "recordCostAction",
                                        self.record_cost)
        self.withdrawal_action = self._action(
            self.tr("Record &Withdrawal…"), "recordWithdrawalAction", self.record_withdrawal,
            "Ctrl+Shift+W")
        self.edit_action = self._action(self.tr("Edit Transaction…"), "editTransactionAction",
                                        self.edit_selected)
        self.delete_action = self._action(self.tr("Delete Transaction"),
                                          "deleteTransactionAction", self.delete_selected,
                                          QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_ref_action = self._action(self.tr("Copy Ref ID"), "copyRefAction",
                                            self.copy_ref)
        self.show_contract_action = self._action(self.tr("Show Contract"), "showContractAction",
                                                 self.show_contract)
        self.addAction(self.delete_action)

    def menu_actions(self):
        if self.owners_only:
            return {}
        return {"File": [self.import_action, self.export_ledger_action,
                         self.export_report_action, self.export_pdf_action],
                "Edit": [self.earning_action, self.cost_action, self.withdrawal_action]}

    def _build_owners_only(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_L, theme.SPACE_L, theme.SPACE_L)
        self.owners_only_state = EmptyState(
            self.tr("Payments are for the workspace's owners"),
            self.tr("In this agency workspace the ledger, balances and withdrawal methods are "
                    "shown only to its owners. Your proposals, contracts and time are in their "
                    "tabs; ask an owner about your pay."),
            [], object_name="paymentsOwnersOnly", parent=self)
        layout.addWidget(self.owners_only_state, 1)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_L, theme.SPACE_L, theme.SPACE_L)
        layout.setSpacing(theme.SPACE_M)
        self.strip = QWidget(self)
        self.strip.setObjectName("balanceStrip")
        strip_layout = self._build_strip()
        strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip.setLayout(strip_layout)
        layout.addWidget(self.strip)
        # while the workspace server is away: what is shown stays, and this says since when
        self.offline_note = note_label(self, "paymentsOfflineNote", "warning")
        layout.addWidget(self.offline_note)
        self.kept = KeptPayments(self)  # recorded while the workspace server is away
        # rows a kept delete takes out, struck through in the ledger until it is sent
        self.kept.changed.connect(
            lambda calls: self.ledger_model.show_deleting(kept.deleting(calls)))
        layout.addWidget(self.kept)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("paymentsStack")
        self.empty = EmptyState(
            self.tr("No transactions yet"),
            self.tr("Import an Upwork transaction statement (CSV) with File ▸ Import Upwork "
                    "Transactions (Ctrl+Shift+I), or record earnings as your contracts pay "
                    "out (Ctrl+Shift+E)."),
            [self.import_action, self.earning_action], object_name="paymentsEmpty", parent=self)
        self.offline_state = EmptyState(
            self.tr("The workspace server cannot be reached"),
            self.tr("Payments has not read the ledger from it yet. It is read as soon as the "
                    "server is back; nothing you did is lost meanwhile."),
            [], object_name="paymentsOffline", parent=self)
        self.pages = _named(QTabWidget(self), "paymentsPages", self.tr("Payments views"))
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._build_ledger(), self.tr("Ledger"))
        self.pages.addTab(self._build_reports(), self.tr("Reports"))
        self.pages.addTab(self._build_withdrawals(), self.tr("Withdrawals"))
        self.pages.currentChanged.connect(lambda _: self.refresh())
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.pages)
        self.stack.addWidget(self.offline_state)
        layout.addWidget(self.stack, 1)

    def _build_strip(self) -> QHBoxLayout:
        strip = QHBoxLayout()
        strip.setSpacing(theme.SPACE_L)
        self.card_week = Card("workInProgressCard", self.tr("This week"), self.tr(
            "Hourly work so far this week (Mon–Sun UTC), billed to the client next Monday"))
        self.card_review = Card("inReviewCard", self.tr("In review"), self.tr(
            "Hourly pay the client can still review (until Friday 23:59 UTC after the week)"))
        self.card_pending = Card("pendingCard", self.tr("Pending"), self.tr(
            "Approved pay waiting out Upwork's security period"))
        self.card_available = Card("availableCard", self.tr("Available"), self.tr(
            "What you can withdraw now, after fees and costs"))
        self.card_withdrawn = Card("withdrawnCard", self.tr("Withdrawn this year"), self.tr(
            "Withdrawals since January 1 (withdrawal fees in the note)"))
        for card in (self.card_week, self.card_review, self.card_pending, self.card_available,
                     self.card_withdrawn):
            strip.addWidget(card, 2)
        timeline = QFrame(self)
        timeline.setObjectName("upcomingPanel")
        timeline.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(timeline)
        inner.setContentsMargins(theme.SPACE_XL, theme.SPACE_L, theme.SPACE_XL, theme.SPACE_L)
        inner.setSpacing(theme.SPACE_XS)
        heading = QLabel(self.tr("Coming up"), timeline)
        set_tone(heading, "muted")
        self.upcoming = QLabel(timeline)
        _named(self.upcoming, "upcomingList", self.tr("Upcoming availability"))
        self.upcoming.setTextFormat(Qt.TextFormat.RichText)
        self.upcoming.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(heading)
        inner.addWidget(self.upcoming, 1)
        strip.addWidget(timeline, 3)
        buttons = QVBoxLayout()
        buttons.setSpacing(theme.SPACE_S)
        for action, name in ((self.import_action, "importButton"),
                             (self.earning_action, "recordEarningButton"),
                             (self.withdrawal_action, "recordWithdrawalButton")):
            button = QPushButton(action.text().replace("&", "").replace(" Upwork", "")
                                 .replace("Transactions", "Statement"), self)
            _named(button, name, action.text().replace("&", "").rstrip("…"))
            button.setToolTip(action.toolTip() or action.text().replace("&", ""))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        strip.addLayout(buttons)
        return strip

    def _build_ledger(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("ledgerPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, theme.SPACE_M, 0, 0)
        bar = QHBoxLayout()
        self.period_combo = _named(QComboBox(page), "periodCombo", self.tr("Period"))
        self.client_combo = _named(QComboBox(page), "clientFilterCombo", self.tr("Client"))
        self.contract_combo = _named(QComboBox(page), "contractFilterCombo", self.tr("Contract"))
        self.type_combo = _named(QComboBox(page), "typeFilterCombo", self.tr("Type"))
        self.status_combo = _named(QComboBox(page), "statusFilterCombo", self.tr("Status"))
        for label, kinds in TYPE_GROUPS:
            self.type_combo.addItem(QCoreApplication.translate("PaymentsTab", label), kinds)
        self.type_combo.insertSeparator(self.type_combo.count())
        for code, label in labels.labels(labels.PAYMENT_KIND).items():
            self.type_combo.addItem(label, (code,))
        self.status_combo.addItem(self.tr("Any status"), ())
        for code, label in labels.labels(labels.PAYMENT_STATUS).items():
            self.status_combo.addItem(label, (code,))
        self.search = _named(QLineEdit(page), "ledgerSearch", self.tr("Search transactions"))
        self.search.setPlaceholderText(self.tr("Search description, client, Ref ID…"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.period_combo, self.client_combo, self.contract_combo,
                      self.type_combo, self.status_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            # Client and contract names are long ("HTML Front End Dev"): give them room, and
            # the whole name as a tooltip where it is still cut.
            combo.setMinimumContentsLength(
                16 if combo in (self.client_combo, self.contract_combo) else 9)
            combo.currentIndexChanged.connect(self._apply_filter)
            combo.currentTextChanged.connect(combo.setToolTip)
            bar.addWidget(combo)
        bar.addWidget(self.search, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        layout.addLayout(bar)

        self.ledger_model = LedgerModel(self)
        self.ledger_model.order_changed = self._ask_ledger  # sorted on the worker
        self.ledger = _named(QTableView(page), "ledgerTable", self.tr("Transactions"))
        self.ledger.setModel(self.ledger_model)
        self.ledger.setSortingEnabled(True)
        self.ledger.sortByColumn(LedgerModel.DATE, Qt.SortOrder.DescendingOrder)
        self.ledger.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledger.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ledger.setAlternatingRowColors(True)
        self.ledger.setWordWrap(False)
        self.ledger.verticalHeader().hide()
        self.ledger.verticalHeader().setDefaultSectionSize(24)
        header = self.ledger.horizontalHeader()
        header.setSectionResizeMode(LedgerModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self.ledger.installEventFilter(self)  # share the columns whenever the view resizes
        self.ledger.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ledger.customContextMenuRequested.connect(self._ledger_menu)
        self.ledger.doubleClicked.connect(lambda _: self.edit_selected())
        self.ledger.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.ledger, 1)
        self.detail = QLabel(page)
        _named(self.detail, "ledgerDetail", self.tr("Selected transaction"))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = QLabel(page)
        _named(self.totals, "ledgerTotals", self.tr("Totals of the shown transactions"))
        footer = QHBoxLayout()
        footer.addWidget(self.detail, 1)
        footer.addWidget(self.totals, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(footer)
        return page

    def _build_reports(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("reportsPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, theme.SPACE_M, 0, 0)
        bar = QHBoxLayout()
        self.report_period = _named(QComboBox(page), "reportPeriodCombo",
                                    self.tr("Report period"))
        # filled by the first refresh, after the page is shown: follow the contents (the
        # default sizes it once, empty, at the first show: "शुरू से अ…")
        self.report_period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.report_by = _named(QComboBox(page), "reportByCombo", self.tr("Group by"))
        for code, label in REPORTS:
            self.report_by.addItem(QCoreApplication.translate("PaymentsTab", label), code)
        self.report_period.currentIndexChanged.connect(self.refresh_reports)
        self.report_by.currentIndexChanged.connect(self.refresh_reports)
        bar.addWidget(QLabel(self.tr("Period:"), page))
        bar.addWidget(self.report_period)
        bar.addWidget(QLabel(self.tr("Show:"), page))
        bar.addWidget(self.report_by)
        bar.addStretch(1)
        for action, name in ((self.export_report_action, "exportReportButton"),
                             (self.export_pdf_action, "exportPdfButton")):
            button = QPushButton(action.text().replace("&", ""), page)
            _named(button, name, action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.report_split = QSplitter(Qt.Orientation.Vertical, page)
        self.report_split.setObjectName("reportSplitter")
        top = QWidget(self.report_split)
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        self.chart = MonthlyChart(top)
        top_row.addWidget(self.chart, 1)
        self.figures = QLabel(top)
        _named(self.figures, "keyFigures", self.tr("Key figures"))
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.figures.setMinimumWidth(SIDE_PANE_MIN)
        self.figures.setMaximumWidth(SIDE_PANE_MAX)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top_row.addWidget(self.figures)
        self.report_model = TableModel(self)
        self.report_table = _named(QTableView(self.report_split), "reportTable",
                                   self.tr("Report"))
        self.report_table.setModel(self.report_model)
        self.report_table.verticalHeader().hide()
        self.report_table.setAlternatingRowColors(True)
        self.report_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report_table.verticalHeader().setDefaultSectionSize(24)
        self.report_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.report_table.horizontalHeader().setMinimumSectionSize(90)
        self.report_table.horizontalHeader().setStretchLastSection(False)
        # The first column (month, client…) takes the spare width once the columns exist.
        self.report_model.modelReset.connect(self._stretch_report_label)
        self.report_table.doubleClicked.connect(self._report_row_opened)
        self.report_split.addWidget(top)
        self.report_split.addWidget(self.report_table)
        self.report_split.setStretchFactor(0, 1)
        self.report_split.setStretchFactor(1, 1)
        layout.addWidget(self.report_split, 1)
        return page

    def _build_withdrawals(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("withdrawalsPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, theme.SPACE_M, 0, 0)
        bar = QHBoxLayout()
        add = _named(QPushButton(self.tr("Add Method…"), page), "addMethodButton",
                     self.tr("Add withdrawal method"))
        self.edit_method_button = _named(QPushButton(self.tr("Edit…"), page),
                                         "editMethodButton", self.tr("Edit withdrawal method"))
        self.retire_button = _named(QPushButton(self.tr("Retire"), page), "retireMethodButton",
                                    self.tr("Retire or restore the withdrawal method"))
        record = _named(QPushButton(self.tr("Record Withdrawal…"), page),
                        "withdrawButton", self.tr("Record a withdrawal"))
        add.clicked.connect(self.add_method)
        self.edit_method_button.clicked.connect(self.edit_method)
        self.retire_button.clicked.connect(self.toggle_method)
        record.clicked.connect(self.record_withdrawal)
        for button in (add, self.edit_method_button, self.retire_button, record):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Home currency:"), page))
        self.home_currency = _named(QComboBox(page), "homeCurrencyCombo",
                                    self.tr("Home currency"))
        self.home_currency.addItems(HOME_CURRENCIES)
        self.home_currency.setEditable(True)
        self.home_currency.setToolTip(self.tr(
            "Balances are also shown in this currency, at the last exchange rate recorded on "
            "a withdrawal"))
        self.home_currency.activated.connect(self._home_currency_chosen)
        self.home_currency.lineEdit().editingFinished.connect(self._home_currency_chosen)
        bar.addWidget(self.home_currency)
        layout.addLayout(bar)
        self.methods_model = MethodsModel(self)
        self.methods = _named(QTableView(page), "methodsTable", self.tr("Withdrawal methods"))
        self.methods.setModel(self.methods_model)
        self.methods.verticalHeader().hide()
        self.methods.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.methods.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.methods.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.methods.horizontalHeader().setStretchLastSection(True)
        self.methods.doubleClicked.connect(lambda _: self.edit_method())
        self.methods.selectionModel().selectionChanged.connect(self._method_selected)
        self.methods.verticalHeader().setDefaultSectionSize(24)
        self.methods_model.modelReset.connect(self._fit_methods)
        layout.addWidget(self.methods)
        heading = QLabel(self.tr("<b>Withdrawals</b>"), page)
        layout.addWidget(heading)
        self.withdrawals_model = LedgerModel(self)
        self.withdrawals_model.set_filter(LedgerFilter(kinds=("withdrawal", "withdrawal_fee")),
                                          read=False)  # (the first refresh reads it)
        self.withdrawals_model.order_changed = self.refresh  # a new order: read on the worker
        self.withdrawals_view = _named(QTableView(page), "withdrawalsTable",
                                       self.tr("Withdrawals"))
        self.withdrawals_view.setModel(self.withdrawals_model)
        self.withdrawals_view.verticalHeader().hide()
        self.withdrawals_view.verticalHeader().setDefaultSectionSize(24)
        self.withdrawals_view.setSortingEnabled(True)
        self.withdrawals_view.sortByColumn(LedgerModel.DATE, Qt.SortOrder.DescendingOrder)
        self.withdrawals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.withdrawals_view.horizontalHeader()
        header.setSectionResizeMode(LedgerModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (LedgerModel.CLIENT, LedgerModel.CONTRACT, LedgerModel.AVAILABLE):
            self.withdrawals_view.setColumnHidden(column, True)
        layout.addWidget(self.withdrawals_view, 1)
        self._method_selected()
        return page

    _FIXED_WIDTHS = {LedgerModel.DATE: 92, LedgerModel.KIND: 108, LedgerModel.STATUS: 80,
                     LedgerModel.AVAILABLE: 96, LedgerModel.GROSS: 92, LedgerModel.FEE: 76,
                     LedgerModel.NET: 92, LedgerModel.LOCAL: 104}

    def _fit_ledger_columns(self) -> None:
        """Share the ledger's width: money and dates keep their width, the description
        stretches, client and contract get a fair share. Narrower than ~1300 px the local
        amount steps aside (the Withdrawals page, the tooltip and the detail line show it), and
        below ~1000 px the "Available on" date too (the status tooltip says it)."""
        width = self.ledger.width() - 20  # less the vertical scroll bar
        self.ledger.setColumnHidden(LedgerModel.LOCAL, width < 1280)
        self.ledger.setColumnHidden(LedgerModel.AVAILABLE, width < 980)
        header = self.ledger.horizontalHeader()
        fixed = 0
        for column, size in self._FIXED_WIDTHS.items():
            if not self.ledger.isColumnHidden(column):
                header.resizeSection(column, size)
                fixed += size
        share = max(90, min(170, int((width - fixed) * 0.3)))
        for column in (LedgerModel.CLIENT, LedgerModel.CONTRACT):
            header.resizeSection(column, share)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ledger and event.type() == QEvent.Type.Resize:
            self._fit_ledger_columns()
        return super().eventFilter(watched, event)

    # -- refreshing --------------------------------------------------------------------------
    def _data_changed(self, area: str, ids) -> None:
        if area not in AREAS:
            return
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def activated(self) -> None:
        if self.owners_only:
            return
        self.kept.show_kept()
        # pending rows move forward on the worker, first; when some moved, the service
        # announces it and the bus asks for a refresh
        self._statuses_wanted = True
        if self._stale:
            self.refresh()
        else:
            self._ask_read()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self.owners_only:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the balances, pickers, ledger, methods and report again, off the GUI thread."""
        if self.owners_only:
            return
        self._stale = False
        self._whole_wanted = self._report_wanted = True
        self._ask_read()

    def busy(self) -> bool:
        """Whether a refresh is reading (its result not shown yet)."""
        return self._reading

    def _ask_read(self) -> None:
        self._generation += 1
        if not self._reading:  # else the running read's result is dropped and one more runs
            self._start_read()

    def _ask_ledger(self) -> None:
        """Read the ledger's ids, first page and totals for its filter and order (on the
        worker; the newest wins)."""
        if self.owners_only:
            return
        self._ledger_wanted = True
        self._ask_read()

    def _start_read(self) -> None:
        ledger, withdrawn = self.ledger_model, self.withdrawals_model
        ask = _Ask(whole=self._whole_wanted, ledger_part=self._ledger_wanted,
                   report=self._report_wanted, statuses=self._statuses_wanted,
                   today=self.today(), now=self.now(),
                   ledger=ledger.filter, ledger_sort=(ledger.sort_key or "date",
                                                      ledger.descending),
                   withdrawals=withdrawn.filter, withdrawals_sort=(withdrawn.sort_key or "date",
                                                                   withdrawn.descending),
                   period=self.report_period_value(),
                   report_by=self.report_by.currentData() or "month")
        self._whole_wanted = self._ledger_wanted = self._report_wanted = False
        self._statuses_wanted = False
        self._reading = True
        generation = self._generation
        run_in_background(lambda _progress: _read(ask),
                          on_done=lambda result: self._read_done(generation, result),
                          on_error=lambda error: self._read_failed(generation, ask, error),
                          owner=self)

    def _read_done(self, generation: int, result: _Read) -> None:
        self._reading = False
        if generation != self._generation:  # asked again meanwhile: read once more, show that
            self._want_again(result.ask)
            self._start_read()
            return
        self._show(result)
        if not self._reading:
            self.refreshed.emit()

    def _read_failed(self, generation: int, ask: _Ask, error: TaskError) -> None:
        self._reading = False
        if generation != self._generation:
            self._want_again(ask)
            self._start_read()
            return
        self._stale = True  # read again when next shown or changed (the server back: "all")
        if isinstance(error.exc, WorkspaceOfflineError):
            self._show_offline()
        elif not error.bug:  # (a bug: the crash handler showed it)
            self._status(error.text)
        self.refreshed.emit()

    def _show_offline(self) -> None:
        """The read found the workspace server away: what was shown stays, said to be as read
        then; before any read, the tab says it waits for the server."""
        if self.read_at is None:
            self.offline_note.hide()
            self.strip.hide()
            self.stack.setCurrentWidget(self.offline_state)
            return
        self.offline_note.setText("⚠ " + self.tr(
            "The workspace server cannot be reached: Payments shows what it read at {time}. "
            "It reads again when the server is back.").format(
            time=formatting.datetime(self.read_at)))
        self.offline_note.show()

    def _want_again(self, ask: _Ask) -> None:
        """A dropped read's parts are read by the next one (its statuses have moved)."""
        self._whole_wanted |= ask.whole
        self._ledger_wanted |= ask.ledger_part
        self._report_wanted |= ask.report

    def _show(self, result: _Read) -> None:
        whole = result.whole
        ask = result.ask
        if result.ledger is not None and (ask.ledger, ask.ledger_sort) == (
                self.ledger_model.filter, (self.ledger_model.sort_key or "date",
                                           self.ledger_model.descending)):
            # a new order keeps the selection; a new filter or search clears it
            selected = self.selected_ids() if ask.ledger == self._shown_filter else []
            self.ledger_model.show_read(result.ledger.ids, result.ledger.rows)
            self._reselect(selected)
            self._show_totals(result.ledger.totals)
            self._ledger_shown(ask.ledger)
        self.kept.show_kept()
        if whole is not None:
            self.entry_context = whole.entry
            self.read_at = ask.now
            self.offline_note.hide()
            self.stack.setCurrentWidget(self.pages if whole.has_rows else self.empty)
            self.strip.setVisible(whole.has_rows)  # zeros and "nothing pending" say nothing
            self._refresh_strip(result.ask.today, whole)  # on day one
            self._refresh_filters(result.ask.today, whole)
            ask = result.ask
            if (ask.ledger, ask.ledger_sort) == (self.ledger_model.filter,
                                                 (self.ledger_model.sort_key or "date",
                                                  self.ledger_model.descending)):
                selected = self.selected_ids()
                self.ledger_model.show_read(whole.ledger_ids, whole.ledger_rows)
                self._reselect(selected)
                self._show_totals(whole.totals)
                self._ledger_shown(ask.ledger)
            # else the user changed the filter or order meanwhile: the ledger shows that
            self.methods_model.set_rows(whole.methods)
            if (ask.withdrawals, ask.withdrawals_sort) == (
                    self.withdrawals_model.filter, (self.withdrawals_model.sort_key or "date",
                                                    self.withdrawals_model.descending)):
                self.withdrawals_model.show_read(whole.withdrawal_ids, whole.withdrawal_rows)
            self._method_selected()
        if not ask.report or self.report_period.count() == 0:
            return
        if (result.ask.period, result.ask.report_by) != (self.report_period_value(),
                                                         self.report_by.currentData()):
            self._ask_read()  # the period picker lost the chosen year: report the one shown
            return
        self._show_report(result.figures, result.lines)

    def _home(self) -> str:
        return app_settings.get("currency").upper()

    def _refresh_strip(self, today: date, read: _Whole) -> None:
        b, home, rate = read.balances, read.home, read.rate

        def in_home(amount) -> str:
            if rate is None or not amount:
                return ""
            return f"≈ {money(amount * rate[0], home)}"

        week = read.week
        self.card_week.set(money(week.amount), self.tr("{hours} h · %n contract(s)", "",
                                                       week.contracts).format(
            hours=contract_service.hours_text(week.minutes)) if week.minutes else
            self.tr("no hours yet"))
        waiting_review = [u for u in b.upcoming if u.amount and u.day]
        self.card_review.set(money(b.in_review), in_home(b.in_review))
        self.card_pending.set(money(b.pending), in_home(b.pending))
        note = in_home(b.available)
        if rate is not None and note:
            note += " " + self.tr("(at {rate}, {day})").format(
                rate=f"{rate[0].normalize():f}", day=formatting.date(rate[1]))
        self.card_available.set(money(b.available), note)
        self.card_withdrawn.set(money(b.withdrawn_year), self.tr(
            "{year} · fees {fees}").format(year=today.year,
                                            fees=money(b.withdrawal_fees_year)))
        if waiting_review:
            lines = [self.tr("{amount} available on {day}").format(
                         amount=f"<b>{money(u.amount)}</b>",
                         day=formatting.day(u.day, weekday=True,
                                            year=u.day.year != today.year))
                     for u in waiting_review[:3]]
            if len(waiting_review) > 3:
                rest = sum((u.amount for u in waiting_review[3:]), Decimal(0))
                lines.append(self.tr("{amount} more later").format(amount=money(rest)))
            self.upcoming.setText("<br>".join(lines))
        else:
            self.upcoming.setText(self.tr("Nothing pending — all earnings are available."))

    def _refresh_filters(self, today: date, read: _Whole) -> None:
        years = read.years
        periods = [(self.tr("All time"), (None, None)),
                   (self.tr("Last 30 days"), (today - timedelta(days=29), today)),
                   (self.tr("Last 12 months"), (today - timedelta(days=364), today))]
        periods += [(str(y), (date(y, 1, 1), date(y, 12, 31))) for y in years]
        self._fill(self.period_combo, periods)
        # all of it first (a new year's one month would be a single bar); a long history is
        # charted by quarter or year
        report_periods = [(self.tr("All time"), (None, None)),
                          (self.tr("Last 12 months"), (today - timedelta(days=364), today))]
        report_periods += [(str(y), (date(y, 1, 1), date(y, 12, 31))) for y in years]
        self._fill(self.report_period, report_periods)
        clients = [(self.tr("All clients"), None)]
        clients += read.clients
        self._fill(self.client_combo, clients)
        contracts = [(self.tr("All contracts"), None)]
        contracts += read.contracts
        self._fill(self.contract_combo, contracts)
        home = read.home
        if self.home_currency.currentText() != home:
            self.home_currency.blockSignals(True)
            self.home_currency.setCurrentText(home)
            self.home_currency.blockSignals(False)

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """Replace a combo's items, keeping a choice the user made when it still exists (an
        untouched combo follows the data to its first item, e.g. the newest year)."""
        current = combo.currentData()
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
            return
        # (Kept in Python: a bool read back from QObject.property() trips a PySide refcount bug.)
        name = combo.objectName()
        if name not in self._watched:
            self._watched.add(name)
            combo.activated.connect(lambda _=0, n=name: self._chosen.add(n))
        if name not in self._chosen:
            current = object()  # matches nothing: take the first item
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = next((i for i, (_, data) in enumerate(items) if data == current), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def current_filter(self) -> LedgerFilter:
        start, end = self.period_combo.currentData() or (None, None)
        text = self.search.text().strip()  # matches the lines as the user reads them too
        return LedgerFilter(start=start, end=end, client_id=self.client_combo.currentData(),
                            contract_id=self.contract_combo.currentData(),
                            kinds=tuple(self.type_combo.currentData() or ()),
                            statuses=tuple(self.status_combo.currentData() or ()),
                            text=text, text_codes=tuple(messages.ledger_codes(word)
                                                        for word in text.split()))

    def _apply_filter(self) -> None:
        """The ledger for the filters and search: read on the worker, shown when read."""
        self.ledger_model.set_filter(self.current_filter(), read=False)
        self._ask_ledger()

    def _ledger_shown(self, flt: LedgerFilter) -> None:
        """After the ledger shows a read: the row show_item asked for, the detail line."""
        self._shown_filter = flt
        item_id, self._show_after = self._show_after, None
        row = self.ledger_model.row_of(item_id)
        if row >= 0:
            self.ledger.selectRow(row)
            self.ledger.scrollTo(self.ledger_model.index(row, 0))
        self._selection_changed()

    def _show_totals(self, totals: tuple[int, Decimal, Decimal, Decimal]) -> None:
        count, gross, fee, net = totals
        self.totals.setText(self.tr(
            "{count} transactions · billed {gross} · fees {fee} · balance change "
            "<b>{net}</b>").format(
            count=count, gross=money(gross), fee=money(fee),
            net=money(net)))

    def report_period_value(self) -> reports.Period:
        start, end = self.report_period.currentData() or (None, None)
        return reports.Period(start, end)

    def refresh_reports(self) -> None:
        """Read the report of the chosen period and grouping again (off the GUI thread)."""
        if self.owners_only or self.report_period.count() == 0:
            return
        self._report_wanted = True
        self._ask_read()

    def _show_report(self, figures: reports.Figures, by_lines: list[reports.Line] | None
                     ) -> None:
        period = self.report_period_value()
        name = self.report_by.currentData()
        lines = figures.months if name == "month" else by_lines
        header, rows = reports_export.report_table(name, period, fmt=money, lines=lines,
                                                   paid=figures.fees)
        header = [report_text(cell) for cell in header]
        if name == "month":  # a long period lists the months that had something, not 45 zeros
            keep = {line.key for line in figures.months if not reports.is_empty(line)}
            rows = [row for row in rows if not row[0][:1].isdigit() or row[0] in keep]
        for row in rows:  # months come as "2024-03" keys; the total row is "Total"
            row[0] = month_name(row[0]) if name == "month" and row[0][:1].isdigit() \
                else report_text(row[0])
        ids = [line.ref_id for line in lines or []] if name in ("client", "contract") else None
        self.report_model.set_table(header, rows, total_row=True, ids=ids)
        unit, bars = reports.chart_lines(figures.months)
        self.chart.set_bars([chart_bar(unit, line) for line in bars], {
            "month": self.tr("Monthly net earnings and service fees — {p}"),
            "quarter": self.tr("Quarterly net earnings and service fees — {p}"),
            "year": self.tr("Yearly net earnings and service fees — {p}"),
        }[unit].format(p=self.report_period.currentText() or period.label()))
        self.figures.setText(self._figures_html(figures))

    def _stretch_report_label(self) -> None:
        if self.report_model.columnCount():
            self.report_table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.Stretch)

    def _figures_html(self, figures: reports.Figures) -> str:
        summary, fees, rate = figures.summary, figures.fees, figures.rate
        rows = [
            (self.tr("Gross billed"), money(summary.gross)),
            (self.tr("Service fees ({r}%)").format(r=fees.service_fee_rate),
             money(summary.fees)),
            (self.tr("<b>Net earnings</b>"), f"<b>{money(summary.net)}</b>"),
            (self.tr("Connects"), money(fees.connects)),
            (self.tr("Membership"), money(fees.membership)),
            (self.tr("Withdrawal fees"), money(fees.withdrawal_fees)),
            (self.tr("<b>Take-home</b>"), f"<b>{money(summary.take_home)}</b>"),
            (self.tr("Withdrawn"), money(summary.withdrawn)),
        ]
        if rate.minutes:
            rows += [
                (self.tr("Hours billed"), f"{rate.hours.normalize():f} h"),
                (self.tr("Hourly: billed"), f"{money(rate.billed_rate)}/h"),
                (self.tr("after fees"), f"{money(rate.net_rate)}/h"),
                (self.tr("after fees and Connects"),
                 f"<b>{money(rate.take_home_rate)}/h</b>"),
            ]
        cells = "".join(f"<tr><td>{k}</td><td align='right'>&nbsp;&nbsp;{v}</td></tr>"
                        for k, v in rows)
        return f"<table cellspacing='2' width='100%'>{cells}</table>"

    # -- selection and detail ----------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.ledger.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        return [self.ledger_model.data(self.ledger_model.index(row, 0), ID_ROLE)
                for row in self.selected_rows()]

    def _reselect(self, ids: list[int]) -> None:
        for tx_id in ids:
            row = self.ledger_model.row_of(tx_id)
            if row >= 0:
                self.ledger.selectRow(row)

    def _selection_changed(self, *_) -> None:
        rows = self.selected_rows()
        one = len(rows) == 1
        self.edit_action.setEnabled(one)
        self.delete_action.setEnabled(bool(rows))
        self.copy_ref_action.setEnabled(one)
        if not one:
            self.show_contract_action.setEnabled(False)
            self.detail.setText(self.tr("{n} selected").format(n=len(rows)) if rows else "")
            return
        tx = self.ledger_model.transaction(rows[0])
        if tx is None:  # deleted meanwhile
            return
        self.show_contract_action.setEnabled(tx.contract_id is not None)
        parts = [f"<b>{kind_label(tx.kind)}</b> {html.escape(shown_description(tx))}"]
        if tx.ext_ref and not tx.ext_ref.startswith("ws:"):
            parts.append(self.tr("Ref ID {ref}").format(ref=tx.ext_ref))
        if tx.gross and tx.fee and tx.kind in EARNING_KINDS:
            parts.append(self.tr("gross {gross} − fee {fee} = net {net}").format(
                gross=money(tx.gross), fee=money(tx.fee),
                net=money(tx.net)))
        if tx.linked_fee:
            parts.append(self.tr("service fee {fee} on its own row; net after it {net}").format(
                fee=money(tx.linked_fee), net=money(tx.net - tx.linked_fee)))
        if tx.parent_ref:
            parts.append(self.tr("taken from {kind} {ref}").format(
                kind=kind_label(tx.parent_kind) if tx.parent_kind else "",
                ref=tx.parent_ref))
        if tx.minutes:
            parts.append(f"{tx.minutes // 60}:{tx.minutes % 60:02d} h")
        if tx.status in (TransactionStatus.PENDING,
                         TransactionStatus.IN_REVIEW) and tx.available_on:
            parts.append(self.tr("available {day}").format(
                day=formatting.date(tx.available_on, long=True)))
        if tx.exchange_rate:
            parts.append(self.tr("{amount} at {rate}").format(
                amount=money(tx.local_amount, tx.local_currency), rate=tx.exchange_rate))
        self.detail.setText(" · ".join(parts))

    def _ledger_menu(self, position) -> None:
        menu = QMenu(self)
        menu.setObjectName("ledgerMenu")
        for action in (self.edit_action, self.copy_ref_action, self.show_contract_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.ledger.viewport().mapToGlobal(position))

    # -- actions -----------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "show_status"):
            window.show_status(text)

    def _remember_dir(self, key: str, path: str) -> None:
        self.ctx.settings.setValue(f"paymentsTab/{key}", str(Path(path).parent))

    def _dir(self, key: str) -> str:
        return str(self.ctx.settings.value(f"paymentsTab/{key}", str(Path.home())))

    def import_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Import Upwork transactions"), self._dir("importDir"),
                             self.tr("CSV files (*.csv);;All files (*)"))
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.preview_import)
        dialog.open()

    def preview_import(self, paths: list[str]) -> dialogs.ImportPreviewDialog | None:
        if not paths:
            return None
        self._remember_dir("importDir", paths[0])
        plan = importer.plan_import(paths)
        preview = dialogs.ImportPreviewDialog(plan, self)
        preview.accepted.connect(lambda: self.run_import(paths, preview.adds_contracts()))
        preview.open()
        self.last_dialog = preview
        return preview

    def import_summary(self, result: importer.ImportResult) -> str:
        lines = [self.tr("Imported %n transaction(s); {skipped} already in the "
                         "ledger.", "", result.added).format(skipped=result.skipped)]
        for f in result.files:
            lines.append(self.tr(
                "{file}: {added} added, {skipped} skipped; linked: fees to payments {fees}, "
                "rows to clients {clients}, to contracts {contracts}").format(
                file=f.file, added=f.added, skipped=f.skipped, fees=f.fees_linked,
                clients=f.clients_linked, contracts=f.contracts_linked))
        if result.contracts_added:
            lines.append(self.tr("Added %n contract(s) to Contracts: {names}", "",
                                 len(result.contracts_added)).format(
                names="; ".join(result.contracts_added)))
        if result.earlier_rows_linked:
            lines.append(self.tr("Linked %n transaction(s) imported earlier to them.", "",
                                 result.earlier_rows_linked))
        lines.extend(self.tr("Contract not added: {why}").format(
            why=f"{name}: {messages.text(why)}") for name, why in result.contracts_refused)
        return "\n".join(lines)

    def run_import(self, paths: list[str], create_contracts: bool = True) -> None:
        def done(result: importer.ImportResult) -> None:
            self.import_result = result
            self._status(self.tr("Imported %n transaction(s); {skipped} already in the "
                                 "ledger", "", result.added).format(skipped=result.skipped))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"),
                              self.import_summary(result), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("importSummary")
            box.open()
            self.refresh()

        def failed(error: TaskError) -> None:
            self.import_result = error
            if error.bug:  # shown by the crash handler
                return
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import failed"),
                              self.tr("Nothing was imported.\n\n{e}").format(e=error.text),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("importFailed")
            box.open()

        def cancelled() -> None:
            self.import_result = None
            self._status(self.tr("Import cancelled; nothing was changed"))

        payment_ops.import_statements(self, self.tr("Importing transactions"), paths,
                                      create_contracts=create_contracts, on_done=done,
                                      on_error=failed, on_cancelled=cancelled)

    def _open_dialog(self, dialog, message: str, recorded: str = "") -> None:
        """`recorded` ("earning", "cost", "withdrawal"): what the dialog books, undoable through
        Edit ▸ Undo once it is written (not while it waits in the outbox)."""
        if recorded:
            dialog.done_with.connect(lambda result: self._recorded(result, recorded))
        dialog.done_with.connect(lambda result: self._status(kept.said(result, message)))
        dialog.done_with.connect(self.kept.show_kept)
        self.last_dialog = dialog
        dialog.open()

    def _recorded(self, result, what: str) -> None:
        if not isinstance(result, dialogs.Kept):
            self.undo_stack.push(payment_ops.Recorded(result.id, what, on_error=self._refused,
                                                      shown=kept.shown_row(result)))

    def _dialog_context(self) -> payments.EntryContext | None:
        """What the recording dialogs work from: the last refresh's read. None, said in a
        message, when the workspace server went away before this tab read anything (the
        dialogs would ask the database, which cannot answer)."""
        if self.entry_context is not None:
            return self.entry_context
        if workspace_live.offline():
            self._error(messages.text(WorkspaceOfflineError(Code.WORKSPACE_OFFLINE, detail="")))
            return None
        return payments.entry_context()

    def record_earning(self) -> None:
        if (context := self._dialog_context()) is not None:
            self._open_dialog(dialogs.EarningDialog(self, context=context),
                              self.tr("Earning recorded"), "earning")

    def record_cost(self) -> None:
        if (context := self._dialog_context()) is not None:
            self._open_dialog(dialogs.EarningDialog(self, cost=True, context=context),
                              self.tr("Cost recorded"), "cost")

    def record_withdrawal(self) -> None:
        context = self._dialog_context()
        if context is None:
            return
        if not context.methods:
            self.pages.setCurrentWidget(self.pages.widget(2))
            self._status(self.tr("Add a withdrawal method first"))
            self.add_method()
            return
        self._open_dialog(dialogs.WithdrawalDialog(
            self, context=context, kept_out=kept.kept_out(kept.kept_calls())),
            self.tr("Withdrawal recorded"), "withdrawal")

    def _server_away(self) -> bool:
        """Withdrawal methods are changed on the server only (their payout details go with
        them): while it is away, one message says so and nothing changes."""
        if not workspace_live.offline():
            return False
        self._error(messages.text(WorkspaceOfflineError(Code.WORKSPACE_OFFLINE, detail="")))
        return True

    def add_method(self) -> None:
        if self._server_away():
            return
        self._open_dialog(dialogs.MethodDialog(self), self.tr("Withdrawal method added"))

    def _selected_method(self):
        rows = self.methods.selectionModel().selectedRows()
        return self.methods_model.method(rows[0].row()) if rows else None

    def _method_selected(self, *_) -> None:
        method = self._selected_method()
        self.edit_method_button.setEnabled(method is not None)
        self.retire_button.setEnabled(method is not None)
        self.retire_button.setText(self.tr("Restore") if method is not None
                                   and not method.active else self.tr("Retire"))

    def _fit_methods(self) -> None:
        """The methods table is as tall as its rows (2 to 6), the withdrawals get the rest."""
        rows = min(max(self.methods_model.rowCount(), 2), 6)
        height = (self.methods.horizontalHeader().sizeHint().height()
                  + rows * self.methods.verticalHeader().defaultSectionSize()
                  + 2 * self.methods.frameWidth())
        self.methods.setFixedHeight(height)

    def edit_method(self) -> None:
        method = self._selected_method()
        if method is not None and not self._server_away():
            self._open_dialog(dialogs.MethodDialog(self, method), self.tr("Method saved"))

    def toggle_method(self) -> None:
        method = self._selected_method()
        if method is None or self._server_away():
            return
        op = payment_ops.set_method_active(method.id, method.name, not method.active,
                                           on_error=self._refused)
        self.undo_stack.push(op)
        if op.failed:
            return
        self._status(self.tr("{name} retired").format(name=method.name) if method.active
                     else self.tr("{name} restored").format(name=method.name))

    def _home_currency_chosen(self, *_) -> None:
        code = self.home_currency.currentText().strip().upper()[:3]
        if len(code) == 3 and code.isalpha() and code != self._home():
            put_setting(self, "currency", code)

    def _waiting_deletion(self, rows: list[int]) -> list[int]:
        """Of these ledger rows, the ones a kept delete takes out when it is sent (struck
        through): said in the status line; nothing more is done to them."""
        waiting = [row for row in rows if (tx := self.ledger_model.transaction(row)) is not None
                   and self.ledger_model.waits_deletion(tx)]
        if waiting:
            self._status(self.tr("%n transaction(s) waiting to be deleted when the "
                                 "workspace server is back", "", len(waiting)))
        return waiting

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self._waiting_deletion(rows):
            return
        tx = self.ledger_model.transaction(rows[0])
        if tx is not None and (context := self._dialog_context()) is not None:
            self._open_dialog(dialogs.EditTransactionDialog(tx, self, context=context),
                              self.tr("Transaction saved"))

    def delete_selected(self) -> None:
        selected = self.selected_rows()
        waiting = set(self._waiting_deletion(selected))
        selected = [row for row in selected if row not in waiting]
        ids = [tx_id for row in selected if (tx_id := self.ledger_model.id_at(row)) is not None]
        if not ids:
            return
        text = self.tr("Delete %n transaction(s)", "", len(ids))
        rows = [self.ledger_model.transaction(row) for row in selected]
        op = payment_ops.delete_transactions(
            ids, text, [kept.shown_row(tx) for tx in rows if tx is not None],
            on_error=self._refused)
        self.undo_stack.push(op)
        if op.failed:
            return
        if isinstance(op.state, outbox.Call):  # the server is away: kept, listed above
            self.kept.show_kept()
            self._status(self.tr("{t} — kept on this computer, sent when the workspace server "
                                 "is back; Edit ▸ Undo takes it back").format(t=text))
            return
        self._status(self.tr("{t} — Edit ▸ Undo brings them back").format(t=text))

    def copy_ref(self) -> None:
        rows = self.selected_rows()
        if rows:
            tx = self.ledger_model.transaction(rows[0])
            QGuiApplication.clipboard().setText(tx.ext_ref or f"#{tx.id}")

    def show_contract(self) -> None:
        rows = self.selected_rows()
        if rows:
            tx = self.ledger_model.transaction(rows[0])
            if tx.contract_id:
                self.navigate("contractsTab", tx.contract_id)

    def _report_row_opened(self, index) -> None:
        ref = self.report_model.data(index, ID_ROLE)
        name = self.report_by.currentData()
        if ref is None or name not in ("client", "contract"):
            return
        self.pages.setCurrentIndex(0)
        start, end = self.report_period.currentData() or (None, None)
        combo = self.client_combo if name == "client" else self.contract_combo
        combo.setCurrentIndex(max(combo.findData(ref), 0))
        periods = [self.period_combo.itemData(i) for i in range(self.period_combo.count())]
        if (start, end) in periods:
            self.period_combo.setCurrentIndex(periods.index((start, end)))

    def show_item(self, item_id: int) -> None:
        """Show one transaction (clears filters that would hide it)."""
        self.pages.setCurrentIndex(0)
        if self.ledger_model.row_of(item_id) < 0:
            for combo in (self.period_combo, self.client_combo, self.contract_combo,
                          self.type_combo, self.status_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._show_after = item_id  # selected when the ledger's read is shown
            self._apply_filter()
            return
        row = self.ledger_model.row_of(item_id)
        if row >= 0:
            self.ledger.selectRow(row)
            self.ledger.scrollTo(self.ledger_model.index(row, 0))

    # -- export ------------------------------------------------------------------------------
    def _save_path(self, title: str, key: str, name: str, pattern: str, then) -> None:
        dialog = QFileDialog(self, title, str(Path(self._dir(key)) / name), pattern)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(name.rsplit(".", 1)[-1])

        def chosen(path: str) -> None:
            self._remember_dir(key, path)
            then(path)

        dialog.fileSelected.connect(chosen)
        dialog.open()

    def export_ledger(self) -> None:
        self._save_path(self.tr("Export ledger"), "exportDir", "ledger.csv",
                        self.tr("CSV files (*.csv)"), self.write_ledger_csv)

    def _export(self, title: str, write, path: str, said) -> None:
        """Write an export on the database worker, with a progress dialog and Cancel (the
        whole ledger, or a statement listing it, takes seconds at 100,000 rows)."""
        def failed(error: TaskError) -> None:
            if not error.bug:  # (a bug: the crash handler showed it)
                self._error(self.tr("Cannot write {p}: {e}").format(
                    p=path, e=getattr(error.exc, "strerror", None) or error.text))

        run_with_progress(self, title, write, on_done=lambda result: self._status(said(result)),
                          on_error=failed,
                          on_cancelled=lambda: self._status(self.tr("Export cancelled")))

    def write_ledger_csv(self, path: str) -> None:
        flt = self.ledger_model.filter
        self._export(self.tr("Exporting the ledger"),
                     lambda progress: payment_ops.export_ledger(path, flt, progress), path,
                     lambda count: self.tr("Exported %n transaction(s) to {p}", "", count)
                     .format(p=path))

    def export_report(self) -> None:
        name = self.report_by.currentData()
        period = self.report_period_value().label().replace(" ", "_").replace(",", "")
        self._save_path(self.tr("Export report"), "exportDir", f"earnings_{name}_{period}.csv",
                        self.tr("CSV files (*.csv)"), self.write_report_csv)

    def write_report_csv(self, path: str) -> None:
        try:
            payment_ops.export_report(path, self.report_by.currentData(),
                                      self.report_period_value())
        except OSError as exc:
            self._error(self.tr("Cannot write {p}: {e}").format(p=path, e=exc.strerror))
            return
        self._status(self.tr("Report exported to {p}").format(p=path))

    def export_pdf(self) -> None:
        period = self.report_period_value().label().replace(" ", "_").replace(",", "")
        self._save_path(self.tr("Export earnings statement"), "exportDir",
                        f"earnings_statement_{period}.pdf", self.tr("PDF files (*.pdf)"),
                        self.write_pdf)

    def write_pdf(self, path: str) -> None:
        from ui.payments.pdf import write_statement_pdf

        period = self.report_period_value()
        self._export(self.tr("Writing the earnings statement"),
                     lambda progress: write_statement_pdf(path, period, progress), path,
                     lambda _: self.tr("Statement saved to {p}").format(p=path))

    def _refused(self, exc) -> None:
        self._error(messages.text(exc))

    def _error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Payments"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("paymentsError")
        box.open()

    # -- window state ------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        if self.owners_only:
            return
        settings.setValue("ledgerHeader", self.ledger.horizontalHeader().saveState())
        settings.setValue("reportSplitter", self.report_split.saveState())
        settings.setValue("page", self.pages.currentIndex())
        settings.setValue("reportBy", self.report_by.currentData())

    def restore_state(self, settings: QSettings) -> None:
        if self.owners_only:
            return
        header = settings.value("ledgerHeader")
        if header:
            self.ledger.horizontalHeader().restoreState(header)
        split = settings.value("reportSplitter")
        if split:
            self.report_split.restoreState(split)
        page = settings.value("page")
        if page is not None:
            self.pages.setCurrentIndex(int(page))
        by = settings.value("reportBy")
        if by:
            self.report_by.setCurrentIndex(max(self.report_by.findData(by), 0))


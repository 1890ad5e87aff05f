"""Jobs tab: the local job library — search as you type, filters, saved searches, fit, actions."""
from __future__ import annotations

import logging
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetricsF, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ServiceError, WorkspaceOfflineError
from desktop.services import feeds as feed_service
from desktop.services import jobs
from models.rules import job_signals
from ui import formatting, icons, labels, messages, theme
from ui.jobs.detail import JobDetail
from ui.jobs.dialogs import (
    FeedsDialog,
    ImportDialog,
    JobFormDialog,
    PasteDialog,
    SaveSearchDialog,
    SummaryDialog,
    summary_line,
)
from ui.jobs.filters import FilterPanel, SavedSearches
from ui.jobs.model import Found, JobTableModel, Searcher, SearchRequest
from ui.offline_reads import keep_last_read
from ui.operations import jobs as commands
from ui.operations import keep_offline
from ui.tab import Tab
from ui.theme import PANE_WIDTH, SIDE_PANE_MAX, SIDE_PANE_MIN
from ui.widgets.empty_state import EmptyState
from ui.widgets.tables import ElidedToolTips

log = logging.getLogger(__name__)
TYPING_DELAY_MS = 150  # wait this long after a keystroke before searching
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "JobsTab", "Job files (*.csv *.tsv *.json *.jsonl *.ndjson *.rss *.xml *.atom *.txt);;"
    "All files (*)")


FILTERS_FIT_WIDTH = 1360  # below this the filters start folded
COUNT_LATER_MS = 30  # after a result's detail is drawn, its exact count is asked
DETAIL_LATER_MS = 50  # a result's detail, when the table does not paint before this
FIT_CAP = 160  # a column widens to its cells' text up to this (ui.widgets.tables.fit_headers)


class JobsTab(Tab):
    title = "Jobs"
    object_name = "jobsTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Jobs")
        self.profile_id: int | None = None
        self.profile = job_signals.ProfileFacts()
        self.sort_key, self.descending = "relevance", None
        self._header_sorted = False  # sorted by a column header click (its arrow shows)
        self._restoring = False
        self._pending_select: int | None = None
        self._keep_row: int | None = None
        self._dialogs: list[QWidget] = []  # keep non-modal dialogs alive while open
        self._history: tuple[int | None, list | None] = (None, None)  # Found.first/history
        self._detail_row: int | None = None  # the row the detail was last filled from
        # After a search result the detail is filled once the table has painted the new
        # rows (or DETAIL_LATER_MS after, when it does not paint): two short stalls of the
        # GUI thread instead of one long one.
        self._detail_later = QTimer(self)
        self._detail_later.setSingleShot(True)
        self._detail_later.timeout.connect(self._show_current_detail)
        self._deferring = False
        # a result shown with a floor ("more than 1,000 jobs") is counted once it is drawn
        self._count_later = QTimer(self)
        self._count_later.setSingleShot(True)
        self._count_later.setInterval(COUNT_LATER_MS)
        self._count_later.timeout.connect(self._count_shown)
        self._text_widths: dict[str, int] = {}  # a cell text's width (_fit_columns)
        self._text_slack: int | None = None  # a width less its quick measure, at most
        self.searcher = Searcher(self)
        self.searcher.results.connect(self._show_results)
        self.searcher.counted.connect(self._show_total)
        self.searcher.failed.connect(self._search_failed)
        self.model = JobTableModel(self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self.run_search)
        self._build_actions()
        self._build()
        # connected after the view is built: enabling sorting asks the model to sort at once
        self.model.sort_requested.connect(self._header_sort)
        self.search_box.textChanged.connect(lambda _t: self._typing.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.filter_panel.changed.connect(self._filters_changed)
        ctx.bus.changed.connect(self._data_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.searcher.shutdown)
        self._reload_profile()
        self._reload_side()
        self.run_search()

    # -- building ------------------------------------------
    def _action(self, text: str, name: str, slot, shortcut=None, icon: str | None = None,
                local: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if icon:
            icons.set_icon(action, icon)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.paste_action = self._action(self.tr("Paste Job Posting…"), "pasteJobAction",
                                         self.paste_from_clipboard, "Ctrl+Shift+V", "paste",
                                         local=True)
        self.find_action = self._action(self.tr("Search Jobs"), "findJobsAction",
                                        self.focus_search, "Ctrl+F", "search", local=True)
        self.import_action = self._action(self.tr("Import Jobs…"), "importJobsAction",
                                          self.choose_import_files, icon="import")
        self.add_action = self._action(self.tr("Add Job by Hand…"), "addJobAction",
                                       lambda: self.open_job_form(None), icon="add")
        self.refresh_feeds_action = self._action(self.tr("Refresh Job Feeds"),
                                                 "refreshFeedsAction", self.refresh_feeds,
                                                 icon="refresh")
        self.manage_feeds_action = self._action(self.tr("Job Feeds…"), "manageFeedsAction",
                                                self.open_feeds)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.import_action, self.refresh_feeds_action],
                "Edit": [self.paste_action, self.find_action]}

    def _build(self) -> None:
        """The empty state, or the library: toolbar above filters | list | detail."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("jobsStack")
        outer.addWidget(self.stack)

        self.empty = EmptyState(
            self.tr("No jobs yet"),
            self.tr("Paste a job posting with Ctrl+Shift+V, import a CSV, JSON or RSS file, "
                    "follow a job feed, or type one in. Everything stays on this computer and "
                    "searches instantly, offline."),
            [self.paste_action, self.import_action, self.manage_feeds_action, self.add_action],
            object_name="jobsEmptyState", parent=self)
        self.stack.addWidget(self.empty)

        page = QWidget(self)
        page.setObjectName("jobsLibrary")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_L, theme.SPACE_L, theme.SPACE_S)
        layout.setSpacing(theme.SPACE_M)
        layout.addLayout(self._build_toolbar(page))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("jobsSplitter")
        self.splitter.setChildrenCollapsible(False)
        side = self._build_side()
        center = self._build_list()
        self._build_detail()
        self.splitter.addWidget(side)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([260, 540, 400])
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(page)
        self.library_page = page

    def _build_toolbar(self, page: QWidget) -> QHBoxLayout:
        """Filters toggle, the search box, sort and fit profile, then the ways to add jobs."""
        bar = QHBoxLayout()
        bar.setSpacing(theme.SPACE_M)
        self.filters_button = QToolButton(page)
        self.filters_button.setObjectName("toggleFiltersButton")
        self.filters_button.setAccessibleName(self.tr("Show or hide the filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(self.filters_button)
        self.search_box = QLineEdit(page)
        self.search_box.setObjectName("jobSearchBox")
        self.search_box.setAccessibleName(self.tr("Search jobs"))
        self.search_box.setPlaceholderText(
            self.tr('Search jobs (Ctrl+F): words, "a phrase", -exclude, a OR b'))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        bar.addWidget(self.search_box, 1)
        self.sort_combo = QComboBox(page)
        self.sort_combo.setObjectName("jobSortCombo")
        self.sort_combo.setAccessibleName(self.tr("Sort jobs by"))
        for key in jobs.SORTS:
            self.sort_combo.addItem(self.tr("Sort: {order}").format(
                order=labels.label(labels.JOB_SORT, key)), key)
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        bar.addWidget(self.sort_combo)
        self.profile_combo = QComboBox(page)
        self.profile_combo.setObjectName("fitProfileCombo")
        self.profile_combo.setAccessibleName(self.tr("Judge fit against profile"))
        self.profile_combo.setToolTip(
            self.tr("The profile whose skills and rate the fit is judged by"))
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        bar.addWidget(self.profile_combo)
        self._build_add_buttons(page, bar)
        return bar

    def _build_add_buttons(self, page: QWidget, bar: QHBoxLayout) -> None:
        """Paste and Import as buttons, and an Add menu for the rarer ways."""
        for action, name, text in ((self.paste_action, "pasteJobButton", self.tr("Paste")),
                                   (self.import_action, "importJobsButton", self.tr("Import…"))):
            button = QPushButton(text, page)
            button.setObjectName(name)
            button.setAccessibleName(action.text().replace("…", ""))
            button.setToolTip(action.text().replace("…", "")
                              + (f" ({action.shortcut().toString()})"
                                 if not action.shortcut().isEmpty() else ""))
            icons.set_icon(button, action.property(icons.PROPERTY))
            button.clicked.connect(action.trigger)
            bar.addWidget(button)
        # A push button like its neighbours: its size makes room for the menu arrow (a tool
        # button's did not, and the arrow was clipped at the window's edge).
        self.more_button = QPushButton(self.tr("Add"), page)
        self.more_button.setObjectName("jobsMoreButton")
        self.more_button.setAccessibleName(self.tr("More ways to add jobs"))
        self.more_button.setToolTip(self.tr("Add a job by hand, refresh or manage job feeds"))
        icons.set_icon(self.more_button, "add")
        more = QMenu(self.more_button)
        more.setObjectName("jobsAddMenu")
        more.addActions([self.add_action, self.refresh_feeds_action, self.manage_feeds_action])
        self.more_button.setMenu(more)
        bar.addWidget(self.more_button)

    def _build_side(self) -> QWidget:
        """The side panel: saved searches above the filters."""
        side = QWidget(self.splitter)
        side.setObjectName("jobsSidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        self.saved = SavedSearches(side)
        self.saved.open_requested.connect(self.open_saved_search)
        self.saved.save_requested.connect(self.ask_save_search)
        self.saved.delete_requested.connect(self.delete_saved_search)
        side_layout.addWidget(self.saved)
        self.filter_panel = FilterPanel(side)
        side_layout.addWidget(self.filter_panel, 1)
        side.setMinimumWidth(SIDE_PANE_MIN)
        side.setMaximumWidth(SIDE_PANE_MAX)
        self.side = side
        self.filters_button.toggled.connect(side.setVisible)
        # Until the user chooses, the filters fold away when the window is too narrow for
        # filters, a readable table and the detail side by side.
        self._filters_chosen = False
        self.filters_button.clicked.connect(lambda: setattr(self, "_filters_chosen", True))
        return side

    def _build_list(self) -> QWidget:
        """The middle: the count line, the table, and what shows when nothing matches."""
        center = QWidget(self.splitter)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(theme.SPACE_S)
        self.count_label = QLabel(center)
        self.count_label.setObjectName("jobCountLabel")
        theme.set_tone(self.count_label, "muted")
        center_layout.addWidget(self.count_label)
        center_layout.addWidget(self._build_table(center), 1)
        center_layout.addWidget(self._build_no_results(center), 1)
        center.setMinimumWidth(PANE_WIDTH)
        return center

    def _build_table(self, center: QWidget) -> QTableView:
        """The job table: narrow columns by default, the header's menu shows the rest."""
        self.table = QTableView(center)
        self.table.setObjectName("jobTable")
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(JobTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # sizing a column to its contents (the header's double-click) reads the rows in
        # view, not up to 1,000 rows around them
        header.setResizeContentsPrecision(0)
        for column, width in ((JobTableModel.AMOUNT, 92), (JobTableModel.LEVEL, 84),
                              (JobTableModel.PROPOSALS, 72), (JobTableModel.CLIENT, 104),
                              (JobTableModel.POSTED, 74), (JobTableModel.FIT, 36),
                              (JobTableModel.STATUS, 64)):
            self.table.setColumnWidth(column, width)
        # The narrow default; the header's menu shows the rest (remembered with the layout).
        for column in (JobTableModel.LEVEL, JobTableModel.PROPOSALS, JobTableModel.STATUS):
            self.table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.setItemDelegate(ElidedToolTips(self.table))
        # the columns fit what they show after every result (as keep_headers_fitted does)
        self.model.modelReset.connect(self._fit_later)
        self.model.layoutChanged.connect(self._fit_later)
        theme.manager().changed.connect(self._theme_changed)
        self._fit_columns()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.detail.open_button.click())
        self.table.viewport().installEventFilter(self)
        return self.table

    def _theme_changed(self, _name: str) -> None:
        self._text_widths.clear()  # another stylesheet: other margins and fonts
        self._text_slack = None
        self._fit_later()

    def _fit_later(self) -> None:
        QTimer.singleShot(0, self.table, self._fit_columns)

    def _fit_columns(self) -> None:
        """ui.widgets.tables.fit_headers for the job table: every visible, user-sized column
        at least as wide as its header and its cells in view (up to 160 px), the same widths.
        Measuring a cell the way the view does (its delegate's size hint) costs ~60 µs, and
        doing it for every cell in view after every search cost the GUI thread 5-13 ms; so a
        text's width is remembered (the texts repeat: "$30/h", "United States", "3 h ago"),
        and a text whose quick font measure says it cannot widen its column is not measured
        the slow way at all."""
        view, model = self.table, self.model
        header, rows = view.horizontalHeader(), view.verticalHeader()
        top = max(0, rows.visualIndexAt(0))
        bottom = rows.visualIndexAt(view.viewport().height())
        if not view.isVisible() or bottom < 0:  # as QTableView.sizeHintForColumn does
            bottom = model.rowCount() - 1
        grid = 1 if view.showGrid() else 0
        widths = self._text_widths
        if len(widths) > 5000:
            widths.clear()
        metrics = QFontMetricsF(view.font())
        for column in range(model.columnCount()):
            if header.isSectionHidden(column) or \
                    header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                continue
            have = header.sectionSize(column)
            widest = 0
            for row in range(top, bottom + 1):
                index = model.index(row, column)
                text = model.data(index)
                width = widths.get(text)
                if width is None:
                    quick = math.ceil(metrics.horizontalAdvance(text))
                    if self._text_slack is not None and \
                            min(quick + self._text_slack + grid, FIT_CAP) <= max(have, widest):
                        continue  # narrower than the column already is: no need to know
                    width = widths[text] = view.sizeHintForIndex(index).width()
                    # the delegate's margins, and a pixel for rounding
                    self._text_slack = max(self._text_slack or 0, width - quick + 1)
                widest = max(widest, width)
            needed = max(header.sectionSizeFromContents(column).width(),
                         min(widest + grid, FIT_CAP))
            if have < needed:
                header.resizeSection(column, needed)

    def _build_no_results(self, center: QWidget) -> QWidget:
        """Why the table is empty, with a button that clears the search and filters."""
        self.no_results = QWidget(center)
        self.no_results.setObjectName("noResults")
        no_layout = QVBoxLayout(self.no_results)
        self.no_results_label = QLabel(self.no_results)
        self.no_results_label.setObjectName("noResultsLabel")
        self.no_results_label.setWordWrap(True)
        self.no_results_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        no_layout.addStretch(1)
        no_layout.addWidget(self.no_results_label)
        clear = QPushButton(self.tr("Clear search and filters"), self.no_results)
        clear.setObjectName("clearSearchButton")
        clear.setAccessibleName(self.tr("Clear search and filters"))
        clear.clicked.connect(self.clear_search)
        no_layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignHCenter)
        no_layout.addStretch(2)
        self.no_results.hide()
        return self.no_results

    def _build_detail(self) -> None:
        """The detail pane: it asks, the tab does it."""
        self.detail = JobDetail(self.splitter)
        self.detail.setMinimumWidth(PANE_WIDTH)
        self.detail.status_requested.connect(lambda job_id, s: self.set_status([job_id], s))
        self.detail.star_requested.connect(self._star)
        self.detail.draft_requested.connect(self.draft_proposal)
        self.detail.edit_requested.connect(lambda job_id: self.open_job_form(job_id))
        self.detail.delete_requested.connect(lambda job_id: self.delete_jobs([job_id]))
        self.detail.notes_changed.connect(self._save_notes)
        self.detail.hide()

    # -- searching ------------------------------------------
    def request(self) -> SearchRequest:
        return SearchRequest(self.search_box.text(), self.filter_panel.filters(), self.sort_key,
                             self.descending, self.profile)

    def run_search(self) -> None:
        self._typing.stop()
        self.searcher.submit(self.request())

    def _filters_changed(self) -> None:
        count = self.filter_panel.filters().active()
        self.filters_button.setText(self.tr("Filters ({n})").format(n=count) if count
                                    else self.tr("Filters"))
        self.run_search()

    def _show_results(self, request: SearchRequest, found: Found) -> None:
        result = found.result
        keep = self._pending_select if self._pending_select is not None else self.current_job_id()
        self._pending_select = None
        self.model.set_result(request, result, found.rows)
        self._count_later.stop()
        self._history = (found.first, found.history)  # for the detail, read by the worker
        empty_library = found.empty_library
        self.stack.setCurrentWidget(self.empty if empty_library else self.library_page)
        self.count_label.setText(self._count_text(request, result.total, result.more_than))
        self.table.setVisible(result.total > 0)
        self.no_results.setVisible(result.total == 0 and not empty_library)
        if result.total == 0:
            self.no_results_label.setText(self.tr(
                "No jobs match these words and filters.\nTry fewer words, a shorter prefix, "
                "or clear some filters."))
            self._detail_later.stop()
            self.detail.clear()
            self.detail.hide()
            return
        if result.uncounted:  # started again when the detail is drawn
            self._count_later.start(DETAIL_LATER_MS + COUNT_LATER_MS)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self._keep_row is not None:
            row = min(self._keep_row, self.model.rowCount() - 1)  # the job left: its neighbour
        self._keep_row = None
        self._deferring = True
        try:
            self.select_row(max(row, 0))
        finally:
            self._deferring = False

    def _count_text(self, request: SearchRequest, total: int, more_than: bool) -> str:
        filters = request.filters.active()
        number = formatting.number(total)
        if more_than:  # counted up to what the search read; the exact count follows (or, in
            text = self.tr("more than {n} jobs").format(n=number)  # a workspace, never comes)
        else:
            text = self.tr("1 job") if total == 1 else self.tr("{n} jobs").format(n=number)
        if request.query.strip():
            text += " " + self.tr("matching “{words}”").format(words=request.query.strip())
        if filters:
            text += " · " + (self.tr("1 filter on") if filters == 1
                             else self.tr("{n} filters on").format(n=filters))
        if not request.filters.statuses:
            text += " · " + self.tr("hidden jobs not shown")
        return text

    def _show_total(self, request: SearchRequest, total: int) -> None:
        """The count of the result shown, which came with a floor ("more than 1,000 jobs")."""
        if request is not self.model.request:
            return
        self.model.set_total(total)
        self.count_label.setText(self._count_text(request, total, False))

    def _search_failed(self, _request: SearchRequest, exc: Exception) -> None:
        self.count_label.setText(self.tr("Cannot search: {error}").format(error=messages.text(exc)))

    def _sort_chosen(self) -> None:
        self.set_sort(self.sort_combo.currentData())
        self.run_search()

    def _header_sort(self, key: str, descending: bool) -> None:
        if self._restoring:
            return  # restoring the header's widths re-emits its old sort; restore_state decides
        self.set_sort(key, descending, by_header=True)
        self.run_search()

    def set_sort(self, key: str, descending: bool | None = None, *,
                 by_header: bool = False) -> None:
        """Sort by `key` (the next search uses it); the combo and the header's arrow say so."""
        self.sort_key, self.descending, self._header_sorted = key, descending, by_header
        combo = self.sort_combo
        combo.blockSignals(True)
        extra = combo.count() - 1  # the item naming a column sort the combo has no entry for
        if combo.itemData(extra) not in jobs.SORTS:
            combo.removeItem(extra)
        index = combo.findData(key)
        if index < 0:
            column = next((c for c, k in JobTableModel.SORT_KEYS.items() if k == key), None)
            name = (self.model.headerData(column, Qt.Orientation.Horizontal)
                    if column is not None else key)
            combo.addItem(self.tr("Sort: {order}").format(order=name), key)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        header = self.table.horizontalHeader()
        column = next((c for c, k in JobTableModel.SORT_KEYS.items() if k == key), None)
        header.setSortIndicatorShown(by_header and column is not None)
        if by_header and column is not None:
            header.blockSignals(True)  # only the arrow moves; no second sort request
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.setObjectName("jobColumnsMenu")
        for column in range(self.model.columnCount()):
            if column == JobTableModel.TITLE:
                continue
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def focus_search(self) -> None:
        self.navigate(self.object_name)
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filter_panel.clear()  # emits changed -> runs the search

    # -- selection and detail ------------------------------------------
    def current_job_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.job_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.job_id(r) for r in rows]
        current = self.current_job_id()
        return [i for i in ids if i is not None] or ([current] if current else [])

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._detail_row = None
            self.table.selectRow(row)  # a new current row shows its job (_current_changed)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
            if self._detail_row != row:  # it was the current row already: show it again
                self._show_detail(row)

    def show_item(self, item_id: int) -> None:
        """Show one job (from another tab): clear what hides it, then select it."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.select_row(row)
            return
        self._pending_select = item_id
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.set_sort("newest")
        job = jobs.find(item_id)
        statuses = (job.status,) if job is not None else ()
        self.filter_panel.set_filters(jobs.JobFilters(statuses=statuses))

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show_detail(current.row())

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._detail_later.isActive() \
                and watched is self.table.viewport():
            self._detail_later.start(0)  # the new rows are being painted: the detail next
        return super().eventFilter(watched, event)

    def _show_current_detail(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._show_detail(index.row())
        self._history = (None, None)
        if self._count_later.isActive():
            self._count_later.start(COUNT_LATER_MS)  # the detail is drawn: paint, then count

    def busy(self) -> bool:
        """A search, or the count of the result shown, is still on its way (what the screen
        renders and tests wait for)."""
        return self.searcher.busy() or self._count_later.isActive()

    def _count_shown(self) -> None:
        self.searcher.count(self.model.request)

    def _show_detail(self, row: int) -> None:
        self._detail_row = row
        info = self.model.row(row)
        if self._deferring and info is not None:
            self.detail.bind(info.job)  # its buttons act on the selected job at once
            self._detail_later.start(DETAIL_LATER_MS)  # sooner when the table paints
            return
        self._detail_later.stop()
        if info is None:
            self.detail.clear()
            self.detail.hide()
            return
        self.detail.show()
        first, history = self._history
        if history is None or first != info.job.id:
            history = jobs.snapshots(info.job.id)
        self.detail.show_job(info.job, info.fit, info.quality, self.profile, history)

    # -- data changes ------------------------------------------
    @keep_last_read
    def _data_changed(self, area: str, ids: tuple) -> None:
        if area == "profile":
            self._reload_profile()
            self.run_search()
            return
        if area not in ("jobs", "all", "proposals"):
            return
        # A status or an edit can move a job in or out of the current filters and order, so
        # the search runs again; the selection stays on the job (or on its row if it left).
        self.model.refresh_rows(tuple(ids))
        self._keep_row = self.table.currentIndex().row()
        self._reload_side()
        if area == "all":
            self._reload_profile()
        self.run_search()

    def _reload_side(self) -> None:
        self.saved.set_items(jobs.saved_searches())
        self.filter_panel.set_countries(jobs.countries())

    def _reload_profile(self) -> None:
        choices = jobs.profile_choices()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile_id, name in choices:
            self.profile_combo.addItem(self.tr("Fit for: {name}").format(
                name=name or self.tr("General profile")), profile_id)
        index = self.profile_combo.findData(self.profile_id)
        self.profile_combo.setCurrentIndex(index if index >= 0 else 0)
        self.profile_combo.blockSignals(False)
        self.profile_combo.setVisible(len(choices) > 1)
        self.profile_id = self.profile_combo.currentData()
        self.profile = jobs.profile_facts(self.profile_id)

    def _profile_chosen(self) -> None:
        self.profile_id = self.profile_combo.currentData()
        self.profile = jobs.profile_facts(self.profile_id)
        self.run_search()

    # -- actions ------------------------------------------
    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "show_status"):
            window.show_status(text, 8000)

    def set_status(self, job_ids: list[int], status: str) -> None:
        if job_ids:
            self.undo_stack.push(commands.SetStatus(job_ids, status))
            n = len(job_ids)
            count = self.tr("1 job") if n == 1 else self.tr("{n} jobs").format(n=n)
            done = {"hidden": self.tr("Hidden: {jobs} (Ctrl+Z to undo)"),
                    "saved": self.tr("Saved: {jobs} (Ctrl+Z to undo)"),
                    "new": self.tr("Marked as new: {jobs} (Ctrl+Z to undo)"),
                    "closed": self.tr("Marked as closed: {jobs} (Ctrl+Z to undo)")}
            self._status(done.get(status, status + ": {jobs}").format(jobs=count))

    def _refused(self, exc: ServiceError) -> None:
        """A write refused (now, or on a later undo/redo): said in the status bar."""
        self._status(messages.text(exc))

    def _star(self, job_id: int, starred: bool) -> None:
        self.undo_stack.push(commands.SetStarred(job_id, starred, self._refused))

    def _save_notes(self, job_id: int, text: str) -> None:
        job = self.detail.job  # it still has the notes before

        def refused(exc: ServiceError) -> None:
            # the workspace's server is away: kept in the outbox, sent (merged) when it is back
            kept = isinstance(exc, WorkspaceOfflineError) and job is not None \
                and job.id == job_id and keep_offline(
                    "job", job_id, {"notes": text}, version=job.version,
                    base=jobs.field_values_of(job))
            self._status(self.tr("The workspace server cannot be reached: the notes are kept "
                                 "on this computer and sent when it is back.") if kept
                         else messages.text(exc))

        commands.save_notes(self, job_id, text, on_refused=refused)

    def delete_jobs(self, job_ids: list[int]) -> QMessageBox | None:
        if not job_ids:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete jobs"),
                          self.tr("Delete %n job(s) from your library? Hiding keeps them out "
                                  "of searches without losing them. Edit ▸ Undo brings deleted "
                                  "jobs back.", "", len(job_ids)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteJobsDialog")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteJobsButton")

        def done(_result) -> None:
            if box.clickedButton() is delete:
                self.undo_stack.push(commands.DeleteJobs(
                    job_ids, lambda exc: self._message(self.tr("Cannot delete"),
                                                       messages.text(exc))))

        box.finished.connect(done)
        box.open()
        return box

    def _message(self, title: str, text: str, icon=QMessageBox.Icon.Warning) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("jobsMessage")
        box.open()
        return box

    def draft_proposal(self, job_id: int) -> None:
        commands.draft_proposal(
            self, job_id, self.profile_id,
            on_done=lambda proposal: self.navigate("proposalsTab", proposal.id),
            on_refused=lambda exc: self._message(self.tr("Cannot start a proposal"),
                                                 messages.text(exc)))

    def _table_menu(self, pos) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.setObjectName("jobTableMenu")
        many = len(ids) > 1
        menu.addAction(self.tr("Save {n} jobs").format(n=len(ids)) if many else self.tr("Save"),
                       lambda: self.set_status(ids, "saved"))
        menu.addAction(self.tr("Hide {n} jobs").format(n=len(ids)) if many else self.tr("Hide"),
                       lambda: self.set_status(ids, "hidden"))
        menu.addAction(self.tr("Mark as new"), lambda: self.set_status(ids, "new"))
        if not many:
            menu.addSeparator()
            menu.addAction(self.tr("Draft proposal"), lambda: self.draft_proposal(ids[0]))
            menu.addAction(self.tr("Edit…"), lambda: self.open_job_form(ids[0]))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_jobs(ids))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # paste ------------------------------------------
    def paste_from_clipboard(self) -> PasteDialog:
        self.navigate(self.object_name)
        return self.open_paste(QGuiApplication.clipboard().text())

    def open_paste(self, text: str) -> PasteDialog:
        dialog = PasteDialog(text, self)
        dialog.accepted.connect(lambda: self._store_pasted(dialog.records))
        self._keep(dialog)
        dialog.open()
        return dialog

    def _store_pasted(self, records: list) -> None:
        commands.store_pasted(self, records, on_done=self._pasted)

    def _pasted(self, summary: jobs.ImportSummary) -> None:
        self._status(summary_line(self.tr("Pasted"), summary))
        target = (summary.added_ids or summary.updated_ids or [None])[0]
        if target is not None:
            self.show_item(target)

    # import ------------------------------------------
    def choose_import_files(self) -> QFileDialog:
        self.navigate(self.object_name)
        dialog = QFileDialog(self, self.tr("Import jobs"), "",
                             QCoreApplication.translate("JobsTab", IMPORT_FILTER))
        dialog.setObjectName("importJobsFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.open_import_dialog)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_import_dialog(self, paths: list[str]) -> ImportDialog:
        dialog = ImportDialog(list(paths), self)
        dialog.import_requested.connect(self.start_import)
        self._keep(dialog)
        dialog.open()
        if len(dialog.problems) == 1 and len(paths) == 1 and str(paths[0]) in dialog.mappings:
            dialog.edit_mapping(dialog.paths[0])  # the mapping step is the next thing to do
        return dialog

    def start_import(self, paths: list[str], mappings: dict, skip_bad: bool = False) -> None:
        commands.import_files(
            self, paths, mappings, skip_bad=skip_bad, on_done=self._imported,
            on_refused=lambda exc: self._import_refused(exc, paths, mappings),
            on_cancelled=lambda: self._status(self.tr("Import cancelled: nothing was changed")))

    def _import_refused(self, error: Exception, paths: list[str], mappings: dict) -> None:
        """Rows that cannot be read: nothing was stored; offer to import the others."""
        if not isinstance(error, jobs.BadRowsError) or error.good == 0:
            self._import_failed(error)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Some rows cannot be read"),
            self.tr("%n row(s) cannot be read (first: {first}).", "", error.count).format(
                first=messages.row_error(error.first)) + "\n\n" +
            self.tr("Import the other %n row(s)? Nothing has been imported yet.", "",
                    error.good),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("badRowsQuestion")
        go = box.addButton(self.tr("Import the others"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("importGoodRowsButton")
        box.setDefaultButton(go)

        def answered(_result: int) -> None:
            if box.clickedButton() is go:
                self.start_import(paths, mappings, skip_bad=True)
            else:
                self._status(self.tr("Import cancelled: nothing was changed"))

        box.finished.connect(answered)
        self._keep(box)
        self.bad_rows_question = box
        box.open()

    def _imported(self, summary: jobs.ImportSummary) -> SummaryDialog:
        number = formatting.number
        self._status(self.tr("Imported: {added} added, {updated} updated, {same} already "
                             "there, {rejected} rejected").format(
            added=number(summary.added), updated=number(summary.updated),
            same=number(summary.duplicates), rejected=number(len(summary.rejected))))
        dialog = SummaryDialog(summary, parent=self)
        self._keep(dialog)
        dialog.open()
        self.last_summary_dialog = dialog
        return dialog

    def _import_failed(self, error: Exception) -> None:
        shown = messages.text(error) if isinstance(error, ServiceError | OSError) else str(error)
        self._message(self.tr("Import failed"),
                      self.tr("{error}\n\nNothing was imported.").format(error=shown))

    # manual form ------------------------------------------
    def open_job_form(self, job_id: int | None) -> JobFormDialog:
        self.navigate(self.object_name)
        job = jobs.get(job_id) if job_id is not None else None
        dialog = JobFormDialog(job, self, undo_stack=self.undo_stack, report=self._refused)
        if job is None:
            dialog.saved.connect(self.show_item)
        self._keep(dialog)
        dialog.open()
        return dialog

    # feeds ------------------------------------------
    def open_feeds(self) -> FeedsDialog:
        self.navigate(self.object_name)
        dialog = FeedsDialog(self, undo_stack=self.undo_stack, report=self._refused)
        dialog.refresh_requested.connect(self.refresh_feeds)
        self._keep(dialog)
        self.feeds_dialog = dialog
        dialog.open()
        return dialog

    def refresh_feeds(self) -> None:
        if not feed_service.feeds():
            self.open_feeds()
            return
        commands.refresh_feeds(
            self, on_done=self._feeds_refreshed,
            on_refused=lambda exc: self._message(self.tr("Feeds"), messages.text(exc)))

    def _feeds_text(self, result: feed_service.RefreshResult) -> str:
        """RefreshResult.text() in the user's language."""
        if not result.outcomes:
            return self.tr("No feeds to refresh: add one with Jobs ▸ Feeds.")
        if result.offline:
            return self.tr("You seem to be offline: no feed could be reached. Nothing changed.")
        number = formatting.number
        lines = [self.tr("{done} of {total} feeds refreshed: {added} new jobs, {updated} "
                         "updated.").format(
            done=number(len(result.outcomes) - len(result.failed)),
            total=number(len(result.outcomes)), added=number(result.added),
            updated=number(result.updated))]
        lines += [f"{o.name}: {messages.text(o.problem or o.error or '')}"
                  for o in result.failed]
        return "\n".join(lines)

    def _feeds_refreshed(self, result: feed_service.RefreshResult) -> None:
        self._status(self._feeds_text(result).splitlines()[0])
        dialog = getattr(self, "feeds_dialog", None)
        if dialog is not None and dialog.isVisible():
            dialog.reload()
        if result.failed and not result.offline:
            self._message(self.tr("Some feeds failed"), self._feeds_text(result))

    # saved searches ------------------------------------------
    def ask_save_search(self) -> SaveSearchDialog:
        dialog = SaveSearchDialog(self.search_box.text().strip() or self.tr("My search"), self)

        def chosen(name: str) -> None:
            op = commands.SaveSearch(name, self.search_box.text(), self.filter_panel.filters(),
                                     lambda exc: dialog.show_error(messages.text(exc)))
            self.undo_stack.push(op)
            if op.failed:  # said in the dialog, which stays open
                return
            op.on_error = self._refused  # a later undo or redo that is refused
            dialog.accept()
            self._status(self.tr("Saved search “{name}”").format(name=name))

        dialog.chosen.connect(chosen)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_saved_search(self, search_id: int) -> None:
        commands.open_saved_search(self, search_id, on_done=self._show_saved_search,
                                   on_refused=self._refused)

    def _show_saved_search(self, info: jobs.SavedSearchInfo) -> None:
        self.search_box.blockSignals(True)
        self.search_box.setText(info.query)
        self.search_box.blockSignals(False)
        self.set_sort("newest" if info.new else "relevance")
        self.filter_panel.set_filters(info.filters)  # runs the search
        self._status(self.tr("{name}: {n} new since you last looked").format(
            name=info.name, n=formatting.number(info.new)))

    def delete_saved_search(self, search_id: int) -> None:
        self.undo_stack.push(commands.DeleteSavedSearch(search_id, self._refused))
        self._status(self.tr("Saved search deleted (Ctrl+Z to undo)"))

    # -- housekeeping ------------------------------------------
    def _keep(self, dialog: QWidget) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._dialogs.remove(d)
                                if d in self._dialogs else None) \
            if hasattr(dialog, "finished") else None

    def activated(self) -> None:
        self.table.setFocus() if self.stack.currentWidget() is self.library_page else None

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("header", self.table.horizontalHeader().saveState())
        if self._filters_chosen:
            settings.setValue("filtersVisible", self.filters_button.isChecked())
        settings.setValue("sort", self.sort_key)
        settings.setValue("sortDescending", "" if self.descending is None
                          else str(self.descending).lower())
        settings.setValue("sortByHeader", self._header_sorted)

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        header = settings.value("header")
        if header:
            self._restoring = True
            try:
                self.table.horizontalHeader().restoreState(header)
                # a saved state carries the precision too (1,000 rows before this)
                self.table.horizontalHeader().setResizeContentsPrecision(0)
            finally:
                self._restoring = False
            self._fit_columns()  # a width saved before a longer translation
        visible = settings.value("filtersVisible", True)
        if settings.contains("filtersVisible"):
            self._filters_chosen = True
            self.filters_button.setChecked(visible not in (False, "false"))
        sort = settings.value("sort") or "relevance"
        if sort not in jobs.SORT_KEYS:
            sort = "relevance"
        descending = {"true": True, "false": False}.get(
            str(settings.value("sortDescending", "")).lower())
        by_header = str(settings.value("sortByHeader", "false")).lower() == "true"
        if (sort, descending, by_header) != (self.sort_key, self.descending,
                                             self._header_sorted):
            self.set_sort(sort, descending, by_header=by_header)
            self.run_search()
        else:
            self.set_sort(sort, descending, by_header=by_header)  # the header's arrow too

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._filters_chosen:
            # filters 260 + a readable table 640 + the detail 400 (+ margins)
            self.filters_button.setChecked(event.size().width() >= FILTERS_FIT_WIDTH)

    def can_close(self) -> bool:
        self.detail.clear()  # saves notes still being typed
        # let the search thread close its connection; the next search (if the window stays
        # open because another tab refused) opens a new one
        self.searcher.shutdown()
        return True

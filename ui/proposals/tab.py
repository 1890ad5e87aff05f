"""Proposals tab: drafting and the pipeline to a hire.

Left: the list (filter, search, sortable columns). Right: the editor for the selected proposal.
Drafts save themselves as you type; deleting and archiving go on the tab's undo stack.
"""
from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ServiceError
from desktop.services import connects
from desktop.services import proposals as service
from ui import labels, theme
from ui.offline_reads import keep_last_read
from ui.operations import proposals as ops
from ui.operations import run_op
from ui.proposals.common import show_error, status_message, tone_color
from ui.proposals.editor import ProposalEditor
from ui.proposals.list_model import ProposalListModel
from ui.tab import Tab
from ui.theme import MESSAGE_WIDTH, PANE_WIDTH, set_tone
from ui.widgets.empty_state import EmptyState
from ui.widgets.naming import named
from ui.widgets.tables import fit_headers, keep_headers_fitted

WATCHED_AREAS = {"proposals", "connects", "templates", "jobs", "clients", "profile",
                 "contracts", "all"}


class ProposalsTab(Tab):
    title = "Proposals"
    object_name = "proposalsTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Proposals")
        self._dialogs: dict[str, QWidget] = {}
        self._build_actions()

        left = self._build_list()
        self._build_editor()
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("proposalsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 770])
        self._sized = False
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(PANE_WIDTH)

        self.empty = EmptyState(
            self.tr("No proposals yet"),
            self.tr("Pick a job in the Jobs tab and choose “Draft proposal”, or start one "
                    "without a job. Drafts save as you type, even offline — and every bid "
                    "shows what it nets after fees and Connects."),
            [self.new_action, self.templates_action, self.ledger_action],
            object_name="proposalsEmpty", parent=self)
        for state in (self.empty, self.no_selection, self.nothing_found):
            # a wrapped label centred in a layout needs a width (and so a height) to show whole
            state.message.setFixedWidth(MESSAGE_WIDTH)
            state.message.setMinimumHeight(state.message.heightForWidth(MESSAGE_WIDTH))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("proposalsStack")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        self.board_mode = False
        self.board = None  # built the first time it is shown
        self.board_page = QWidget(self.stack)
        self.board_page.setObjectName("proposalBoardPage")
        board_layout = QVBoxLayout(self.board_page)
        board_layout.setContentsMargins(theme.SPACE_S, theme.SPACE_S, theme.SPACE_S, theme.SPACE_S)
        board_bar = QHBoxLayout()
        self.list_button = QPushButton(self.tr("List"), self.board_page)
        named(self.list_button, "showListButton", self.tr("Back to the list and editor"))
        self.list_button.clicked.connect(lambda: self.show_board(False))
        board_hint = QLabel(self.tr("Drag a proposal to another column to move it; "
                                    "double-click to open it."), self.board_page)
        set_tone(board_hint, "muted")
        board_bar.addWidget(self.list_button)
        board_bar.addWidget(board_hint, 1)
        board_layout.addLayout(board_bar)
        self.stack.addWidget(self.board_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._wire()

    def _build_list(self) -> QWidget:
        """The list side: filter, search, the table, counts and the Connects button."""
        self.filter = QComboBox(self)
        named(self.filter, "proposalFilter", self.tr("Show proposals"))
        for key in service.FILTERS:
            self.filter.addItem(labels.label(labels.PROPOSAL_FILTER, key), key)
        self.search = QLineEdit(self)
        named(self.search, "proposalSearch", self.tr("Search proposals"))
        self.search.setPlaceholderText(self.tr("Search title, letter, client…"))
        self.search.setClearButtonEnabled(True)
        self.model = ProposalListModel(self)
        self.table = QTableView(self)
        named(self.table, "proposalList", self.tr("Proposals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 100), (3, 72), (4, 72), (5, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # The client and the update time show in the editor; right-click the header for them.
        header.setSectionHidden(1, True)
        header.setSectionHidden(5, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in range(1, self.model.columnCount()):
            toggle = QAction(self.model.headerData(column, Qt.Orientation.Horizontal), header)
            toggle.setCheckable(True)
            toggle.setChecked(not header.isSectionHidden(column))
            toggle.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            header.addAction(toggle)
        keep_headers_fitted(self.table)
        self.table.addAction(self.delete_action)
        self.counts = QLabel(self)
        self.counts.setObjectName("proposalCounts")
        set_tone(self.counts, "muted")
        self.new_button = QPushButton(self.tr("New proposal"), self)
        named(self.new_button, "newProposal", self.tr("New proposal"))
        self.new_button.clicked.connect(lambda: self.new_proposal())
        self.connects_button = QPushButton(self)
        named(self.connects_button, "connectsBalanceButton", self.tr("Connects ledger"))
        self.connects_button.setToolTip(self.tr("Connects ledger: grants, purchases, spends, "
                                                "refunds and expiry"))
        self.connects_button.clicked.connect(self.show_ledger)

        left = QWidget(self)
        left.setObjectName("proposalListPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(theme.SPACE_S, theme.SPACE_S, theme.SPACE_S, theme.SPACE_S)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        self.board_button = QPushButton(self.tr("Board"), self)
        named(self.board_button, "showBoardButton", self.tr("Show the pipeline as a board"))
        self.board_button.setToolTip(self.tr("The pipeline as columns: drag a proposal to "
                                             "move it (Edit ▸ Undo puts it back)"))
        self.board_button.clicked.connect(lambda: self.show_board(True))
        top.addWidget(self.board_button)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.connects_button)
        left_layout.addLayout(bottom)
        return left

    def _build_editor(self) -> None:
        """The editor side: the editor, or why there is none to show."""
        self.editor = ProposalEditor(self.undo_stack, self)
        # unsent letters and field changes (the outbox)
        self.editor.letter.outbox_folder = self.ctx.paths.data_dir
        self.editor.saver.outbox_folder = self.ctx.paths.data_dir
        self.no_selection = EmptyState(
            self.tr("No proposal selected"),
            self.tr("Pick one on the left, or start a new one."), [self.new_action],
            object_name="proposalNoSelection", parent=self)
        self.nothing_found = EmptyState(
            self.tr("Nothing here"),
            self.tr("No proposal matches this filter or search. Try “All proposals”."),
            object_name="proposalNothingFound", parent=self)
        self.right = QStackedWidget(self)
        self.right.setObjectName("proposalEditorStack")
        for page in (self.editor, self.no_selection, self.nothing_found):
            self.right.addWidget(page)

    def _wire(self) -> None:
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)
        self.search_timer.timeout.connect(self._filter_changed)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.status_changed.connect(self._status_changed)
        self.editor.archive_requested.connect(self.archive)
        self.editor.unarchive_requested.connect(self.unarchive)
        self.editor.ledger_requested.connect(self.show_ledger)
        self.editor.templates_requested.connect(self.show_templates)
        self.editor.navigate_requested.connect(self.navigate)
        self.editor.letter.history_requested.connect(self.show_revisions)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(60)
        self.refresh_timer.timeout.connect(keep_last_read(self._refresh_from_bus))
        self._pending: set[str] = set()
        self._pending_ids: set[int] = set()
        self.ctx.bus.changed.connect(self._bus_changed)
        self.reload()

    # -- actions --------------------------------------------------------------------------
    def _action(self, text: str, name: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("New Proposal"), "newProposalAction",
                                       lambda: self.new_proposal(), "Ctrl+Shift+P")
        self.delete_action = self._action(self.tr("Delete Proposal"), "deleteProposalAction",
                                          self.delete_current, QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action = self._action(self.tr("Copy Proposal for Upwork"),
                                        "copyForUpworkAction", self.copy_current,
                                        "Ctrl+Shift+C")
        self.ledger_action = self._action(self.tr("Connects Ledger…"), "connectsLedgerAction",
                                          self.show_ledger, "Ctrl+Shift+L")
        self.templates_action = self._action(self.tr("Templates and Snippets…"),
                                             "templatesAction", lambda: self.show_templates())
        self.figures_action = self._action(self.tr("Proposal Figures…"), "figuresAction",
                                           self.show_figures)

    def menu_actions(self) -> dict[str, list[QAction]]:
        menu_delete = self._action(self.tr("Delete Proposal"), "deleteProposalMenuAction",
                                   self.delete_current)
        return {"File": [self.new_action],
                "Edit": [self.copy_action, menu_delete],
                "View": [self.ledger_action, self.templates_action, self.figures_action]}

    # -- list -----------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def reload(self, select: int | None = None) -> None:
        """Re-query the list, keeping (or moving to) the selected proposal."""
        keep = select if select is not None else self.current_id()
        self.model.reload()
        has_any = bool(service.counts())
        shown = self.board_page if self.board_mode else self.splitter
        self.stack.setCurrentWidget(shown if has_any else self.empty)
        if self.board_mode and self.board is not None:
            self.board.refresh()
        self._update_counts()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0 if keep is None else -1
        if row >= 0:
            self._select_row(row)
        else:
            self.table.clearSelection()
            self._show(None)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        if self.editor.proposal_id != self.model.id_at(row) or \
                self.right.currentWidget() is not self.editor:
            self._show(self.model.id_at(row))

    def _current_changed(self, current, _previous) -> None:
        self._show(self.model.id_at(current.row()) if current.isValid() else None)

    def _show(self, proposal_id: int | None) -> None:
        if proposal_id is None:
            self.editor.load(None)
            self.right.setCurrentWidget(self.no_selection if self.model.rowCount()
                                        else self.nothing_found)
            return
        if self.editor.proposal_id != proposal_id or self.right.currentWidget() is not \
                self.editor:
            self.editor.load(proposal_id)
        self.right.setCurrentWidget(self.editor)

    def _filter_changed(self) -> None:
        self.editor.flush()
        self.model.set_filter(self.filter.currentData(), self.search.text())
        self.reload()

    def _update_counts(self) -> None:
        counts = service.counts()
        drafts = counts.get("draft", 0)
        waiting = sum(counts.get(s, 0) for s in service.OPEN_STATUSES)
        due = len(service.query_ids(filter_key="follow_up"))
        text = self.tr("{shown} shown · {drafts} drafts · {waiting} waiting").format(
            shown=self.model.rowCount(), drafts=drafts, waiting=waiting)
        if due:
            text += (f" · <b style='color:{tone_color('warning')}'>"
                     + self.tr("{n} follow-up due").format(n=due) + "</b>")
        self.counts.setText(text)
        self.connects_button.setText(self.tr("Connects: {n}").format(n=connects.available()))

    def _status_changed(self, proposal_id: int) -> None:
        """Keep the proposal in view even when its new status is outside the filter."""
        self.model.reload()
        if self.model.row_of(proposal_id) < 0:
            self._widen_filter()
            status_message(self, self.tr("Showing all proposals, so this one stays in view."))
        self.reload(select=proposal_id)

    def show_board(self, on: bool = True) -> None:
        """Switch between the list with its editor and the pipeline board."""
        from ui.proposals.board import ProposalBoard

        self.editor.flush()
        if on and self.board is None:
            self.board = ProposalBoard(self.undo_stack, self.board_page)
            self.board.open_requested.connect(self._open_from_board)
            self.board.moved.connect(lambda _id: self.model.reload())
            self.board_page.layout().addWidget(self.board, 1)
        self.board_mode = on
        self.reload()

    def _open_from_board(self, proposal_id: int) -> None:
        self.show_board(False)
        self.show_item(proposal_id)

    def _widen_filter(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filter.blockSignals(True)
        self.filter.setCurrentIndex(self.filter.findData("all"))
        self.filter.blockSignals(False)
        self.model.set_filter("all", "")

    def show_item(self, item_id: int) -> None:
        """Select and open a proposal (widening the filter if it hides it)."""
        self.editor.flush()
        self.model.reload()
        if self.model.row_of(item_id) < 0:
            self._widen_filter()
        self.reload(select=item_id)
        self.editor.refresh()  # it may have changed behind the tab's back (another tab, CLI)
        self.editor.pages.setCurrentWidget(self.editor.letter)
        self.editor.letter.text.setFocus()

    # -- bus ------------------------------------------------------------------------------
    def _bus_changed(self, area: str, ids) -> None:
        if area in WATCHED_AREAS:
            self._pending.add(area)
            self._pending_ids.update(ids or ())
            self.refresh_timer.start()

    def _refresh_from_bus(self) -> None:
        areas, ids = self._pending, self._pending_ids
        self._pending, self._pending_ids = set(), set()
        if areas == {"proposals"} and ids and all(self.model.row_of(i) >= 0 for i in ids):
            self.model.refresh_rows(ids)  # an autosave or an edit: no re-sort under the user
            self._update_counts()
        else:
            self.reload()
        if "all" in areas and self.editor.proposal_id is not None:  # a restore: inputs too
            self.editor.load(self.editor.proposal_id
                             if service.exists(self.editor.proposal_id) else None)
        elif self.editor.proposal_id is not None and service.exists(self.editor.proposal_id):
            self.editor.refresh()
            if "connects" in areas:
                self.editor.bid.refresh()

    # -- commands -------------------------------------------------------------------------
    def new_proposal(self, job_id: int | None = None) -> int | None:
        self.editor.flush()
        created: list[int] = []
        run_op(self, self.tr("No draft created"), lambda: ops.create_draft(job_id),
               on_done=created.append)
        if not created:
            return None
        proposal_id = created[0]
        self.navigate(self.object_name, proposal_id)
        if self.window() is self:  # not inside the main window (a test): show it directly
            self.show_item(proposal_id)
        return proposal_id

    def delete_current(self) -> None:
        proposal_id = self.current_id()
        if proposal_id is None:
            return
        self.editor.flush()
        command = ops.DeleteProposal(
            proposal_id, service.get(proposal_id).title,
            lambda exc: show_error(self, self.tr("Not deleted"), exc),
            after=self.reload, after_undo=lambda: self.reload(select=proposal_id))
        self.undo_stack.push(command)
        if not command.failed:
            status_message(self, self.tr("Proposal deleted — Edit ▸ Undo brings it back."))

    def archive(self, proposal_id: int) -> None:
        self.undo_stack.push(ops.ArchiveProposal(
            proposal_id, lambda exc: show_error(self, self.tr("Not archived"), exc),
            after=lambda: self.reload(select=proposal_id)))

    def unarchive(self, proposal_id: int) -> None:
        run_op(self, self.tr("Not restored"), lambda: ops.unarchive(proposal_id))
        self.reload(select=proposal_id)

    def copy_current(self) -> None:
        if self.editor.proposal_id is not None:
            self.editor.letter.copy_for_upwork()

    # -- dialogs --------------------------------------------------------------------------
    def _open(self, key: str, dialog) -> None:
        old = self._dialogs.get(key)
        if old is not None:
            old.close()
        self._dialogs[key] = dialog
        dialog.finished.connect(lambda _: self._dialog_closed(key, dialog))
        dialog.open()

    def _dialog_closed(self, key: str, dialog) -> None:
        if self._dialogs.get(key) is dialog:
            del self._dialogs[key]
        dialog.deleteLater()
        self.reload()

    def show_ledger(self) -> None:
        from ui.proposals.dialogs import LedgerDialog

        self._open("ledger", LedgerDialog(self.undo_stack, self))

    def show_templates(self, kind: str = "template") -> None:
        from ui.proposals.dialogs import TemplatesDialog

        self._open("templates", TemplatesDialog(self.undo_stack, kind, self))

    def show_figures(self) -> None:
        from ui.proposals.dialogs import FiguresDialog

        self._open("figures", FiguresDialog(self))

    def show_revisions(self) -> None:
        from ui.proposals.dialogs import RevisionsDialog

        if self.editor.proposal_id is None:
            return
        self.editor.flush()
        dialog = RevisionsDialog(self.editor.proposal_id, self)
        dialog.restored.connect(lambda pid: self.editor.load(pid))
        self._open("revisions", dialog)

    # -- Tab hooks ------------------------------------------------------------------------
    def activated(self) -> None:
        # a ledger that does not add up (or a server that is away) must not stop the tab opening
        with contextlib.suppress(ServiceError):
            ops.grant_due_connects()
        self.reload()
        due = len(service.query_ids(filter_key="follow_up"))
        if due:
            status_message(self, self.tr("%n proposal(s) due for a follow-up — filter "
                                         "“Follow-up due”.", "", due), 8000)

    def showEvent(self, event) -> None:
        if not self._sized and self.width() > 0:  # first show: list ~36% of the width
            self._sized = True
            self.splitter.setSizes([int(self.width() * 0.36), int(self.width() * 0.64)])
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.editor.flush()
        super().hideEvent(event)

    def can_close(self) -> bool:
        self.editor.flush()
        return True

    def save_state(self, settings) -> None:
        self.editor.flush()
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("columns", self.table.horizontalHeader().saveState())
        settings.setValue("filter", self.filter.currentData())

    def restore_state(self, settings) -> None:
        splitter = settings.value("splitter")
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self.splitter.restoreState(splitter)
            self._sized = True
        columns = settings.value("columns")
        if isinstance(columns, QByteArray | bytes) and columns:
            self.table.horizontalHeader().restoreState(columns)
            fit_headers(self.table)
        key = settings.value("filter")
        index = self.filter.findData(key) if key else -1
        if index >= 0:
            self.filter.setCurrentIndex(index)

"""The detail of one contract: header with its actions, then Time (hourly) or Milestones (fixed),
Earnings, Feedback, Conversation and Terms pages. Every change goes through a service; the tab
refreshes this widget when the data bus says contracts or payments changed."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.services import contracts as service
from desktop.services import payments, timer
from desktop.services.contracts import (
    ContractStatus,
    ContractType,
    FeedbackDirection,
    MilestoneState,
)
from desktop.services.payments import TransactionStatus
from models.rules import fees as fee_rules
from models.rules import payout
from models.rules.weeks import week_start
from ui import formatting, messages, theme
from ui.contracts import dialogs
from ui.contracts.models import (
    STATUS_TONES,
    EntriesModel,
    MilestonesModel,
    day_text,
    status_label,
    utc_text,
)
from ui.contracts.week import WeekBars
from ui.formatting import money as format_money
from ui.labels import END_REASON, PAYMENT_KIND, PAYMENT_STATUS, label
from ui.operations import contracts as contract_ops
from ui.operations import run_op
from ui.theme import (
    BAR_HEIGHT,
    EDITOR_HEIGHT_L,
    FIELD_WIDTH_M,
    ICON_BUTTON_WIDTH,
    color,
    set_state,
    set_tone,
)
from ui.workspace_live import offline, running_timer


def _rules() -> payout.PayoutRules:
    """The payout rules in force today (the numbers the help texts quote)."""
    return payout.rules_on(clock.today())

def long_day(day) -> str:
    return formatting.date(day, long=True)


def terms_line(c: service.ContractRow) -> str:
    """The deal in one line ("$45.00/h, 20:00 h/week limit, +5% every 6 months"), translated;
    desktop.services.contracts.terms_summary is its English twin for the CLI."""
    translate = QCoreApplication.translate
    parts = []
    if c.contract_type == ContractType.HOURLY:
        if c.rate is not None:
            parts.append(translate("Terms", "{0}/h").format(format_money(c.rate, c.currency)))
        else:
            parts.append(translate("Terms", "rate not set"))
        if c.weekly_limit_minutes:
            parts.append(translate("Terms", "{0} h/week limit").format(
                service.hours_text(c.weekly_limit_minutes)))
        else:
            parts.append(translate("Terms", "no weekly limit"))
        if not c.manual_time_allowed:
            parts.append(translate("Terms", "manual time not allowed"))
        if c.rate_increase_months and c.rate_increase_percent:
            parts.append(translate("Terms", "+{0}% every {1} months").format(
                c.rate_increase_percent, c.rate_increase_months))
    elif c.amount is not None:
        parts.append(translate("Terms", "{0} total").format(format_money(c.amount, c.currency)))
    else:
        parts.append(translate("Terms", "amount not set"))
    if c.fee_percent:
        parts.append(translate("Terms", "{0}% service fee").format(c.fee_percent))
    return ", ".join(parts)


def button(parent: QWidget, text: str, name: str, slot, tip: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tip:
        widget.setToolTip(tip)
    widget.clicked.connect(slot)
    return widget


def table(parent: QWidget, name: str, accessible: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    return view


class Page(QWidget):
    """A page of the detail; ``load`` is called with the contract whenever data changed."""

    def __init__(self, detail: ContractDetail):
        super().__init__(detail)
        self.detail = detail

    @property
    def contract(self) -> service.ContractRow | None:
        return self.detail.contract

    def now(self) -> datetime:
        return self.detail.clock()

    def act(self, fn, *args, done: str = "", **kwargs):
        return self.detail.act(fn, *args, done=done, **kwargs)


class TimePage(Page):
    """Timer, the week's bars against the limit, and the week's entries."""

    def __init__(self, detail):
        super().__init__(detail)
        self.week: datetime | None = None
        self.view: service.WeekView | None = None
        layout = QVBoxLayout(self)
        # the timer row sits on the page itself: height goes to the week's entries
        layout.addWidget(self._build_timer())
        self.timer_note = QLabel(self)
        self.timer_note.setObjectName("timerNote")
        self.timer_note.setWordWrap(True)
        self.timer_note.hide()
        layout.addWidget(self.timer_note)
        layout.addLayout(self._build_week_nav())
        self._build_limit(layout)
        self._build_entries(layout)

    def _build_timer(self) -> QWidget:
        """Elapsed time, the memo and Start/Stop."""
        timer_box = QWidget(self)
        timer_box.setObjectName("timerBox")
        row = QHBoxLayout(timer_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.elapsed = QLabel("0:00:00", timer_box)
        self.elapsed.setObjectName("timerElapsed")
        self.elapsed.setAccessibleName(self.tr("Time on the timer"))
        font = self.elapsed.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.elapsed.setFont(font)
        self.elapsed.setMinimumWidth(self.elapsed.fontMetrics().horizontalAdvance("00:00:00 "))
        self.memo = QLineEdit(timer_box)
        self.memo.setObjectName("timerMemo")
        self.memo.setAccessibleName(self.tr("Memo"))
        self.memo.setPlaceholderText(self.tr("Memo: what you are working on"))
        self.memo.editingFinished.connect(self._memo_changed)
        self.memo.returnPressed.connect(self._start_on_enter)
        self.toggle = button(timer_box, self.tr("Start timer"), "timerButton", self.toggle_timer)
        self.toggle.setMinimumWidth(FIELD_WIDTH_M)
        row.addWidget(self.elapsed)
        row.addWidget(self.memo, 1)
        row.addWidget(self.toggle)
        return timer_box

    def _build_week_nav(self) -> QHBoxLayout:
        """◀ the week ▶, This week, and the week's totals."""
        nav = QHBoxLayout()
        self.prev = button(self, "◀", "previousWeek", lambda: self.shift(-1),
                           self.tr("Previous week"))
        self.prev.setAccessibleName(self.tr("Previous week"))
        self.next = button(self, "▶", "nextWeek", lambda: self.shift(1), self.tr("Next week"))
        self.next.setAccessibleName(self.tr("Next week"))
        for b in (self.prev, self.next):
            b.setFixedWidth(ICON_BUTTON_WIDTH)
        self.this_week = button(self, self.tr("This week"), "thisWeek", self.go_this_week)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.week_label.setTextFormat(Qt.TextFormat.RichText)
        nav.addWidget(self.prev)
        nav.addWidget(self.week_label)
        nav.addWidget(self.next)
        nav.addWidget(self.this_week)
        self.totals = QLabel(self)
        self.totals.setObjectName("weekTotals")
        self.totals.setWordWrap(True)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        nav.addWidget(self.totals, 1)
        return nav

    def _build_limit(self, layout: QVBoxLayout) -> None:
        """The bar against the weekly limit, its warning and the week's day bars."""
        self.limit_bar = QProgressBar(self)
        self.limit_bar.setObjectName("weekLimitBar")
        self.limit_bar.setAccessibleName(self.tr("Hours against the weekly limit"))
        self.limit_bar.setTextVisible(False)  # said by the totals line; kept for screen readers
        self.limit_bar.setFixedHeight(BAR_HEIGHT)
        layout.addWidget(self.limit_bar)
        self.warning = QLabel(self)
        self.warning.setObjectName("weekWarning")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.bars = WeekBars(self)
        layout.addWidget(self.bars)

    def _build_entries(self, layout: QVBoxLayout) -> None:
        """The week's entries and their buttons, with the diary's deadline."""
        self.model = EntriesModel(self)
        self.table = table(self, "timeEntriesTable", self.tr("Time entries of the week"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_entry())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add = button(self, self.tr("Add manual time…"), "addTimeButton", self.add_entry)
        self.edit = button(self, self.tr("Edit…"), "editTimeButton", self.edit_entry)
        self.delete = button(self, self.tr("Delete"), "deleteTimeButton", self.delete_entry,
                             self.tr("Delete the selected entry (Edit ▸ Undo brings it back)"))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_entry)
        buttons.addWidget(self.add)
        buttons.addWidget(self.edit)
        buttons.addWidget(self.delete)
        self.diary = QLabel(self)
        self.diary.setObjectName("diaryDeadline")
        self.diary.setWordWrap(True)
        self.diary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.diary, 1)
        layout.addLayout(buttons)

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        c = self.contract
        if c is None:
            return
        now = self.now()
        if self.week is None:
            self.week = week_start(now)
        self.view = service.week_view(c.id, self.week, now=now)
        v = self.view
        end = v.week_start + timedelta(days=6)
        current = week_start(now) == v.week_start
        utc_week = self.tr("(Mon–Sun UTC)")
        self.week_label.setText(f"<b>{day_text(v.week_start)} – {day_text(end)}, "
                                f"{end:%Y}</b> "
                                f"<span style='color:{color('muted').name()}'>"
                                f"{utc_week}</span>")
        self.this_week.setEnabled(not current)
        self.next.setEnabled(v.week_start < week_start(now))
        billed = self.tr(" · billed") if v.billed else ""
        if v.limit_minutes:
            self.totals.setText(self.tr("<b>{0}</b> of {1} h weekly limit · {2} billable{3}")
                                .format(service.hours_text(v.total),
                                        service.hours_text(v.limit_minutes),
                                        format_money(v.amount, c.currency), billed))
        else:
            self.totals.setText(self.tr("<b>{0} h</b> worked · {1} billable{2}").format(
                service.hours_text(v.total), format_money(v.amount, c.currency), billed))
        self.totals.setToolTip(self.tr("{0} h billable at {1}/h").format(
            service.hours_text(v.billable), format_money(v.rate, c.currency)))
        if v.limit_minutes:
            self.limit_bar.show()
            self.limit_bar.setRange(0, v.limit_minutes)
            self.limit_bar.setValue(min(v.total, v.limit_minutes))
            self.limit_bar.setFormat(self.tr("{0} of {1} h weekly limit").format(
                service.hours_text(v.total), service.hours_text(v.limit_minutes)))
            tone = "error" if v.total >= v.limit_minutes else (
                "warning" if v.near_limit else "highlight")
            # a thin bar without text (the totals line says it): no text to lose on the chunk
            set_state(self.limit_bar, "tone", tone)
        else:
            self.limit_bar.hide()
        if v.over:
            self.warning.setText(self.tr("⚠ {0} h over the weekly limit: recorded but not "
                                         "billed (marked red below).").format(
                service.hours_text(v.over)))
            set_tone(self.warning, "error")
            self.warning.show()
        elif v.near_limit and current:
            self.warning.setText(self.tr("⚠ Nearing the weekly limit: {0} h left this week; "
                                         "time beyond it is not billed.").format(
                service.hours_text(v.remaining)))
            set_tone(self.warning, "warning")
            self.warning.show()
        else:
            self.warning.hide()
        today = (now.date() - v.week_start.date()).days if current else None
        self.bars.set_view(v, today)
        self.model.set_view(v)
        deadline = v.diary_deadline
        if v.diary_open:
            self.diary.setText(self.tr("Diary editable until {0}").format(utc_text(deadline)))
            set_tone(self.diary, None)
        else:
            self.diary.setText(self.tr("Diary closed {0} — read only").format(
                utc_text(deadline)))
            set_tone(self.diary, "muted")
        self.load_timer()
        self._update_buttons()

    def load_timer(self) -> None:
        c = self.contract
        running = running_timer()
        mine = running is not None and running.contract_id == c.id
        active = c.status == ContractStatus.ACTIVE
        if mine:
            self.toggle.setText(self.tr("Stop timer"))
            set_tone(self.toggle, "error")
            if not self.memo.hasFocus():
                self.memo.setText(running.memo)
            self.timer_note.hide()
        else:
            self.toggle.setText(self.tr("Switch timer here") if running else
                                self.tr("Start timer"))
            set_tone(self.toggle, None)
            self.elapsed.setText("0:00:00")
            if not active:
                self.timer_note.setText(self.tr("The contract is {0}; time can be logged on "
                                                "active contracts.").format(
                    status_label(c.status).lower()))
                self.timer_note.show()
            elif running is not None:
                self.timer_note.setText(self.tr("The timer is running on “{0}”. Switching stops "
                                                "it there and starts it here.").format(
                    running.contract_title))
                self.timer_note.show()
            else:
                self.timer_note.hide()
        self.toggle.setEnabled(active or mine)
        self.tick()

    def tick(self) -> None:
        entry = self.detail.running_entry
        if entry is not None and self.contract is not None and \
                entry.contract_id == self.contract.id:
            seconds = timer.elapsed_seconds(entry, self.now())
            self.elapsed.setText(f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")

    def _update_buttons(self) -> None:
        c = self.contract
        open_week = self.view is not None and self.view.diary_open
        row = self.table.currentIndex().row() if self.table.selectionModel().hasSelection() \
            else -1
        item = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        editable = item is not None and not item.running and open_week
        self.add.setEnabled(c is not None and c.status == ContractStatus.ACTIVE
                            and c.manual_time_allowed)
        self.add.setToolTip("" if c is None or c.manual_time_allowed else
                            self.tr("This contract does not allow manual time"))
        self.edit.setEnabled(editable)
        self.delete.setEnabled(editable)

    # -- actions --------------------------------------------------------------------------------
    def shift(self, weeks: int) -> None:
        self.week = (self.week or week_start(self.now())) + timedelta(days=7 * weeks)
        self.load()

    def go_this_week(self) -> None:
        self.week = week_start(self.now())
        self.load()

    def toggle_timer(self) -> None:
        c = self.contract
        running = running_timer()
        now, memo = self.now(), self.memo.text()
        if running is not None and running.contract_id == c.id:
            def stopped(stored) -> None:
                if stored is contract_ops.KEPT:  # stopped at `now`, sent when it is back
                    self._kept_timer()
                    return
                minutes = sum(e.minutes for e in stored)
                self.detail.message.emit(
                    self.tr("Timer stopped: {0} h on “{1}”").format(
                        service.hours_text(minutes), c.title) if stored else
                    self.tr("Timer stopped under half a minute: nothing recorded"))

            self.detail.run(lambda: contract_ops.stop_timer(c.id, now, memo=memo), stopped)
        else:
            def started(entry) -> None:
                if entry is contract_ops.KEPT:  # started at `now`, sent when it is back
                    self._kept_timer()
                    return
                self.detail.message.emit(self.tr("Timer started on “{0}”").format(c.title))
                self.go_this_week()

            self.detail.run(lambda: contract_ops.start_timer(c.id, now, memo=memo,
                                                              title=c.title), started)

    def _kept_timer(self) -> None:
        """A start or stop the server could not take: kept with its moment (desktop/clock.py),
        replayed at that moment when the server is back; the timer shows it meanwhile."""
        self.detail.message.emit(self.kept_offline())
        self.detail.running_entry = running_timer()
        self.load_timer()
        self.detail.timer_kept.emit()

    def _start_on_enter(self) -> None:
        if running_timer() is None and self.toggle.isEnabled():
            self.toggle_timer()

    def _memo_changed(self) -> None:
        running = running_timer()
        if (running is not None and self.contract is not None
                and running.contract_id == self.contract.id
                and running.memo != self.memo.text().strip()):
            self.act(contract_ops.set_memo, self.memo.text())

    def kept_offline(self) -> str:
        """What the status bar says of a time change kept while the server is away."""
        return self.tr("The workspace server cannot be reached: the change is kept on this "
                       "computer and sent when it is back.")

    def selected_entry_id(self) -> int | None:
        if not self.table.selectionModel().hasSelection():
            return None
        return self.model.entry_id(self.table.currentIndex().row())

    def add_entry(self) -> None:
        c = self.contract
        now = self.now()
        start = max(self.week or week_start(now), week_start(now) - timedelta(days=7))
        start = now - timedelta(hours=1) if week_start(now) == start else start + timedelta(
            hours=9)

        def save(values):
            command = contract_ops.add_manual(c.id, values, self.detail.report,
                                              self.detail.clock)
            if command is contract_ops.KEPT:  # in the outbox, sent when the server is back
                self.detail.message.emit(self.kept_offline())
                return
            self.detail.undo_stack.push(command)
            self.detail.message.emit(self.tr("Added {0} h of manual time").format(
                service.hours_text(values["minutes"])))

        dialog = dialogs.EntryDialog(save, start=start, parent=self)
        self.detail.open_dialog(dialog)

    def edit_entry(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None or not self.edit.isEnabled():
            return
        entry = self.model.rows[self.table.currentIndex().row()].entry

        def save(values):
            command = contract_ops.edit_entry(entry, values, self.detail.report,
                                              self.detail.clock)
            if command is contract_ops.KEPT:  # in the outbox, sent when the server is back
                self.detail.message.emit(self.kept_offline())
                return
            self.detail.undo_stack.push(command)

        self.detail.open_dialog(dialogs.EntryDialog(save, entry=entry, parent=self))

    def delete_entry(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None or not self.delete.isEnabled():
            return

        def deleted(command) -> None:
            if command is contract_ops.KEPT:  # in the outbox, sent when the server is back
                self.detail.message.emit(self.kept_offline())
            elif command is not None:
                self.detail.undo_stack.push(command)
                self.detail.message.emit(
                    self.tr("Time entry deleted — Edit ▸ Undo brings it back"))

        self.detail.run(lambda: contract_ops.delete_entry(entry_id, self.detail.report,
                                                          self.detail.clock), deleted)


class MilestonesPage(Page):
    """The escrow state machine: one button per step, enabled when the state allows it."""

    def __init__(self, detail):
        super().__init__(detail)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("milestoneSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.add = button(self, self.tr("Add…"), "addMilestone", self.add_milestone)
        self.edit = button(self, self.tr("Edit…"), "editMilestone", self.edit_milestone)
        self.remove = button(self, self.tr("Remove"), "removeMilestone", self.remove_milestone,
                             self.tr("Remove a milestone that is not funded yet"))
        for widget in (self.add, self.edit, self.remove):
            top.addWidget(widget)
        layout.addLayout(top)
        self.model = MilestonesModel(self)
        self.table = table(self, "milestonesTable", self.tr("Milestones"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_milestone())
        layout.addWidget(self.table, 1)
        steps = QHBoxLayout()
        self.steps = {
            "fund": button(self, self.tr("Client funded"), "fundMilestone", self.fund,
                           self.tr("The client put this milestone's money in escrow")),
            "submit": button(self, self.tr("Submit work…"), "submitMilestone", self.submit,
                             self.tr("Submit the work; the client has {days} days to answer")
                             .format(days=_rules().milestone_auto_approve.days)),
            "request_changes": button(self, self.tr("Changes requested…"), "requestChanges",
                                      self.request_changes),
            "approve": button(self, self.tr("Approved…"), "approveMilestone", self.approve,
                              self.tr("The client released the escrow (all or part of it)")),
            "mark_paid": button(self, self.tr("Mark paid"), "markMilestonePaid", self.mark_paid,
                                self.tr("The money reached your balance")),
        }
        step_label = QLabel(self.tr("Escrow:"), self)
        step_label.setObjectName("escrowLabel")
        steps.addWidget(step_label)
        for widget in self.steps.values():
            steps.addWidget(widget)
        steps.addStretch(1)
        layout.addLayout(steps)
        self.hint = QLabel(self)
        self.hint.setObjectName("milestoneHint")
        self.hint.setWordWrap(True)
        set_tone(self.hint, "muted")
        layout.addWidget(self.hint)

    def load(self, select_id: int | None = None) -> None:
        c = self.contract
        keep = select_id or self.selected_id()
        self.model.set_contract(c, self.now())
        value, released = service.milestone_total(c.id)
        escrow = sum((m.amount for m in self.model.rows if m.state in
                      (MilestoneState.FUNDED, MilestoneState.SUBMITTED,
                       MilestoneState.CHANGES_REQUESTED)), service.ZERO)
        self.summary.setText(self.tr("Contract value <b>{0}</b> · released <b>{1}</b> · "
                                     "in escrow <b>{2}</b> · %n milestone(s)", "",
                                     len(self.model.rows)).format(
            format_money(value, c.currency), format_money(released, c.currency),
            format_money(escrow, c.currency)))
        # the price agreed, not all of it in milestones yet (their amounts as agreed: a partial
        # release does not make the rest of the price go missing)
        planned = sum((m.amount for m in self.model.rows), service.ZERO)
        if c.amount and planned < c.amount:
            self.summary.setText(self.summary.text() + "<br>" + self.tr(
                "<b>{0}</b> of the {1} price is in no milestone yet: add it as milestones "
                "when you agree them with the client.").format(
                format_money(c.amount - planned, c.currency), format_money(c.amount, c.currency)))
        row = next((i for i, m in enumerate(self.model.rows) if m.id == keep), None)
        if row is None:
            row = next((i for i, m in enumerate(self.model.rows)
                        if m.state not in (MilestoneState.APPROVED,
                                           MilestoneState.PAID)), 0 if self.model.rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self):
        if not self.table.selectionModel().hasSelection():
            return None
        return self.model.milestone(self.table.currentIndex().row())

    def selected_id(self) -> int | None:
        m = self.selected()
        return m.id if m is not None else None

    def _update_buttons(self) -> None:
        m = self.selected()
        c = self.contract
        live = c is not None and c.status in (ContractStatus.ACTIVE, ContractStatus.PAUSED,
                                              ContractStatus.ENDED)
        allowed = service.allowed_actions(m) if m is not None and live else ()
        for action, widget in self.steps.items():
            widget.setEnabled(action in allowed)
        self.add.setEnabled(c is not None and c.status not in (ContractStatus.ENDED,
                                                               ContractStatus.DECLINED))
        self.edit.setEnabled(m is not None)
        self.remove.setEnabled(m is not None and m.state == MilestoneState.NOT_FUNDED)
        hints = {
            "not_funded": self.tr("Next: the client funds the milestone (escrow) before you "
                                  "start."),
            "funded": self.tr("Funded: the money is safe in escrow. Submit the work when done."),
            "submitted": self.tr("Submitted: the client approves or asks for changes; otherwise "
                                 "it is approved automatically {days} days after submission.")
                         .format(days=_rules().milestone_auto_approve.days),
            "changes_requested": self.tr("Changes requested: make them and submit again."),
            "approved": self.tr("Approved: the payment is available 5 days after it was "
                                "processed."),
            "paid": self.tr("Paid."),
        }
        self.hint.setText(hints.get(m.state, "") if m is not None else
                          self.tr("Add the milestones agreed with the client."))

    def _do(self, fn, **kwargs) -> None:
        m = self.selected()
        if m is not None:
            self.act(fn, m.id, now=self.now(), **kwargs)
            self.load(m.id)

    def fund(self) -> None:
        self._do(contract_ops.fund_milestone)

    def mark_paid(self) -> None:
        self._do(contract_ops.mark_milestone_paid)

    def submit(self) -> None:
        m = self.selected()
        if m is None:
            return
        due = payout.milestone_auto_approve_at(self.now())
        dialog = dialogs.AmountDialog(
            self.tr("Submit Work"), "submitDialog",
            lambda v: contract_ops.submit_milestone(m.id, v["note"], self.now()),
            explain=self.tr("Submitting “{0}”. If the client does not answer, it is approved "
                            "automatically on {1}.").format(messages.milestone(m), utc_text(due)),
            note_label=self.tr("Message"), parent=self)
        self.detail.form_row_hidden(dialog, dialog.amount_edit)
        self.detail.open_dialog(dialog)

    def request_changes(self) -> None:
        m = self.selected()
        if m is None:
            return
        dialog = dialogs.AmountDialog(
            self.tr("Changes Requested"), "changesDialog",
            lambda v: contract_ops.request_changes(m.id, v["note"], self.now()),
            explain=self.tr("The client asked for changes on “{0}”.").format(messages.milestone(m)),
            note_label=self.tr("What to change"), parent=self)
        self.detail.form_row_hidden(dialog, dialog.amount_edit)
        self.detail.open_dialog(dialog)

    def approve(self) -> None:
        m = self.selected()
        if m is None:
            return
        c = self.contract
        available = payout.manual_available_on(self.now())
        dialog = dialogs.AmountDialog(
            self.tr("Milestone Approved"), "approveDialog",
            lambda v: contract_ops.approve_milestone(m.id, v["amount"], self.now()),
            explain=self.tr("How much did the client release of {0}? A partial release rolls "
                            "the rest into the next milestone. The payment is available on "
                            "{1}.").format(format_money(m.amount, c.currency),
                                           long_day(available)),
            amount=m.amount, note_label=self.tr("Note"), parent=self)
        self.detail.open_dialog(dialog)

    def add_milestone(self) -> None:
        c = self.contract
        self.detail.open_dialog(dialogs.MilestoneDialog(
            lambda v: contract_ops.add_milestone(c.id, v, self.now()), parent=self))

    def edit_milestone(self) -> None:
        m = self.selected()
        if m is not None:
            self.detail.open_dialog(dialogs.MilestoneDialog(
                lambda v: contract_ops.update_milestone(m.id, v, self.now()), milestone=m,
                parent=self))

    def remove_milestone(self) -> None:
        m = self.selected()
        if m is not None and m.state == MilestoneState.NOT_FUNDED:
            self.act(contract_ops.delete_milestone, m.id, now=self.now(),
                     done=self.tr("Milestone “{0}” removed").format(messages.milestone(m)))


class EarningsPage(Page):
    """What this contract paid (from the Payments ledger), bonuses and refunds."""

    COLUMNS = (QT_TRANSLATE_NOOP("EarningsPage", "Date"),
               QT_TRANSLATE_NOOP("EarningsPage", "Kind"),
               QT_TRANSLATE_NOOP("EarningsPage", "Description"),
               QT_TRANSLATE_NOOP("EarningsPage", "Gross"), QT_TRANSLATE_NOOP("EarningsPage", "Fee"),
               QT_TRANSLATE_NOOP("EarningsPage", "Net"),
               QT_TRANSLATE_NOOP("EarningsPage", "Available"),
               QT_TRANSLATE_NOOP("EarningsPage", "Status"))

    def __init__(self, detail):
        super().__init__(detail)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("earningsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("earningsTable")
        self.table.setAccessibleName(self.tr("Payments on this contract"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("EarningsPage", c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_in_payments)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.bonus = button(self, self.tr("Record bonus…"), "bonusButton", self.record_bonus)
        self.refund = button(self, self.tr("Record refund…"), "refundButton",
                             self.record_refund)
        self.ledger = button(self, self.tr("Open in Payments"), "openPaymentsButton",
                             self.open_in_payments)
        row.addWidget(self.bonus)
        row.addWidget(self.refund)
        row.addStretch(1)
        row.addWidget(self.ledger)
        layout.addLayout(row)
        self.ids: list[int] = []

    def load(self) -> None:
        c = self.contract
        rows = payments.contract_transactions(c.id)
        self.ids = [t.id for t in rows]
        self.table.setRowCount(len(rows))
        gross = net = pending = service.ZERO
        for r, t in enumerate(rows):
            # the contract's title is this page's heading: the row says the rest
            shown = messages.ledger(t.description, t.description_code, t.description_params)
            described = (shown.replace(f"{c.title}: ", "").replace(f": {c.title}", "")
                         .strip() or shown)
            values = (formatting.date(t.occurred_at), label(PAYMENT_KIND, t.kind),
                      described, format_money(t.gross, t.currency),
                      format_money(t.fee, t.currency), format_money(t.net, t.currency),
                      formatting.date(t.available_on) if t.available_on else "",
                      label(PAYMENT_STATUS, t.status))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 7 and t.status in (TransactionStatus.PENDING,
                                             TransactionStatus.IN_REVIEW):
                    item.setForeground(color("warning"))
                    item.setToolTip(self.tr("Not in your balance yet: available on {0}").format(
                        long_day(t.available_on)) if t.available_on else "")
                if col == 2:
                    item.setToolTip(shown)
                self.table.setItem(r, col, item)
            gross += t.gross
            net += t.net
            if t.status in (TransactionStatus.PENDING, TransactionStatus.IN_REVIEW):
                pending += t.net
        now = self.now()
        room = service.refund_room(c.id)
        # net is after the service fee; part of it may still be on its way to the balance
        parts = [self.tr("Billed <b>{0}</b> · <b>{1}</b> net after fees, of which <b>{2}</b> "
                         "available and <b>{3}</b> pending")
                 .format(format_money(gross, c.currency), format_money(net, c.currency),
                         format_money(net - pending, c.currency),
                         format_money(pending, c.currency))]
        if c.end_at is not None:
            parts.append(self.tr("bonuses possible until {0}").format(
                long_day(payout.bonus_deadline(c.end_at))))
        if room.deadline is not None:
            parts.append(self.tr("refunds (up to {0}) until {1}").format(
                format_money(room.refundable, c.currency), long_day(room.deadline)))
        if not rows:
            parts = [self.tr("No payments yet: approved milestones and billed weeks appear here "
                             "(hourly weeks are billed after the diary locks on Monday "
                             "11:59 UTC).")]
        self.summary.setText(" · ".join(parts))
        can_bonus = c.status in (ContractStatus.ACTIVE, ContractStatus.PAUSED) or (
            c.status == ContractStatus.ENDED and c.end_at is not None
            and now.date() <= payout.bonus_deadline(c.end_at))
        self.bonus.setEnabled(can_bonus)
        self.refund.setEnabled(room.deadline is not None and room.refundable > 0
                               and now.date() <= room.deadline)
        self.ledger.setEnabled(bool(rows))

    def record_bonus(self) -> None:
        c = self.contract
        self.detail.open_dialog(dialogs.AmountDialog(
            self.tr("Record Bonus"), "bonusDialog",
            lambda v: contract_ops.pay_bonus(c.id, v["amount"], v["note"], self.now()),
            explain=self.tr("A bonus from {0} on “{1}”. It is available 5 days after it is "
                            "processed.").format(c.client_name if c.client_id else
                                                 self.tr("the client"), c.title),
            parent=self))

    def record_refund(self) -> None:
        c = self.contract
        room = service.refund_room(c.id)
        self.detail.open_dialog(dialogs.AmountDialog(
            self.tr("Record Refund"), "refundDialog",
            lambda v: contract_ops.refund(c.id, v["amount"], v["note"], self.now()),
            explain=self.tr("Money you give back to the client (at most {0}); the service fee "
                            "on it is returned.").format(format_money(room.refundable,
                                                                      c.currency)),
            note_label=self.tr("Reason"), parent=self))

    def open_in_payments(self, *_args) -> None:
        row = self.table.currentRow()
        item_id = self.ids[row] if 0 <= row < len(self.ids) else None
        self.detail.navigate("paymentsTab", item_id)


class FeedbackPage(Page):
    def __init__(self, detail):
        super().__init__(detail)
        layout = QVBoxLayout(self)
        self.window_label = QLabel(self)
        self.window_label.setObjectName("feedbackWindow")
        self.window_label.setWordWrap(True)
        layout.addWidget(self.window_label)
        grid = QHBoxLayout()
        self.boxes: dict[str, tuple[QLabel, QPushButton]] = {}
        for direction, title, caption in (
                ("given", self.tr("Your feedback to the client"), self.tr("Leave feedback…")),
                ("received", self.tr("The client's feedback to you"),
                 self.tr("Record feedback…"))):
            box = QGroupBox(title, self)
            box.setObjectName(f"feedback{direction.title()}Box")
            inner = QVBoxLayout(box)
            text = QLabel(box)
            text.setObjectName(f"feedback{direction.title()}Text")
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text.setMinimumHeight(EDITOR_HEIGHT_L)
            inner.addWidget(text)
            action = button(box, caption, f"feedback{direction.title()}Button",
                            lambda _=False, d=direction: self.edit(d))
            inner.addWidget(action, 0, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(box, 1)
            self.boxes[direction] = (text, action)
        layout.addLayout(grid)
        layout.addStretch(1)

    def load(self) -> None:
        c = self.contract
        now = self.now()
        window = service.feedback_window(c, now)
        if c.status != ContractStatus.ENDED:
            self.window_label.setText(self.tr("Feedback is exchanged when the contract ends: "
                                              "both sides have {days} days, and neither sees the "
                                              "other's until both have left it (or the window "
                                              "closes).").format(
                days=payout.rules_on(now).feedback_days_after_end))
        elif window.open:
            left = (window.closes_on - now.date()).days
            self.window_label.setText(self.tr("<b>Feedback window open</b> until {0}"
                                              " ({1} days left).").format(
                long_day(window.closes_on), left))
        else:
            self.window_label.setText(self.tr("The feedback window closed on {0}.")
                                      .format(long_day(window.closes_on)))
        existing = service.feedback_of(c.id)
        for direction, (text, action) in self.boxes.items():
            row = existing.get(direction)
            if row is None:
                text.setText(self.tr("<i>None yet.</i>"))
            else:
                stars = "★" * round(float(row.score or 0)) + "☆" * (5 - round(float(
                    row.score or 0)))
                subs = " · ".join(
                    f"{QCoreApplication.translate('FeedbackDialog', dialogs.SUB_RATING_LABELS[k])} "
                    f"{getattr(row, k)}" for k in service.SUB_RATINGS
                    if getattr(row, k) is not None)
                body = (row.text or "").replace("&", "&amp;").replace("<", "&lt;")
                text.setText(f"<span style='color:{color('warning').name()};font-size:16pt'>"
                             f"{stars}</span> <b>{row.score}</b><br>"
                             f"<span style='color:{color('muted').name()}'>{subs}</span>"
                             f"<p>{body}</p>")
            ended = c.status == ContractStatus.ENDED
            action.setEnabled(ended and (window.open or direction == FeedbackDirection.RECEIVED))
            action.setText(self.tr("Edit…") if row is not None else
                            self.tr("Leave feedback…") if direction == FeedbackDirection.GIVEN
                            else self.tr("Record feedback…"))

    def edit(self, direction: str) -> None:
        c = self.contract
        existing = service.feedback_of(c.id).get(direction)
        self.detail.open_dialog(dialogs.FeedbackDialog(
            lambda v: contract_ops.save_feedback(c.id, v, self.now()), direction, existing,
            parent=self))


class ContractDetail(QWidget):
    """Header + pages for the selected contract."""

    message = Signal(str)  # for the status bar
    timer_kept = Signal()  # a start or stop went to the outbox (the server is away)

    def __init__(self, clock: Callable[[], datetime], undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("contractDetail")
        self.setAccessibleName(self.tr("Contract detail"))
        self.clock = clock
        self.undo_stack = undo_stack
        self.contract: service.ContractRow | None = None
        self.running_entry = None
        self.dialog = None
        self._shown_status: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, 0, 0, 0)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("contractTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("contractSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        titles.addWidget(self._fee_assumed_box())
        head.addLayout(titles, 1)
        # status and actions share the header's right side: the pages below get the height
        side = QVBoxLayout()
        self.badge = QLabel(self)
        self.badge.setObjectName("contractStatus")
        side.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        self.buttons = {
            "accept": button(self, self.tr("Accept offer"), "acceptOffer", self.accept_offer),
            "decline": button(self, self.tr("Decline…"), "declineOffer", self.decline_offer),
            "pause": button(self, self.tr("Pause"), "pauseContract",
                            lambda: self.act(contract_ops.pause, self.contract.id, self.clock(),
                                             done=self.tr("Contract paused"))),
            "resume": button(self, self.tr("Resume"), "resumeContract",
                             lambda: self.act(contract_ops.resume, self.contract.id,
                                              self.clock(), done=self.tr("Contract resumed"))),
            "end": button(self, self.tr("End contract…"), "endContract", self.end_contract),
            "edit": button(self, self.tr("Edit terms…"), "editContract", self.edit_contract),
        }
        actions.addStretch(1)
        for widget in self.buttons.values():
            actions.addWidget(widget)
        side.addLayout(actions)
        side.addStretch(1)
        head.addLayout(side)
        layout.addLayout(head)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("contractPages")
        self.pages.setAccessibleName(self.tr("Contract pages"))
        self.time_page = TimePage(self)
        self.milestones_page = MilestonesPage(self)
        self.earnings_page = EarningsPage(self)
        self.feedback_page = FeedbackPage(self)
        self.conversation = self._conversation()
        self.terms = QPlainTextEdit(self)
        self.terms.setObjectName("contractTerms")
        self.terms.setAccessibleName(self.tr("Contract terms"))
        self.terms.setReadOnly(True)
        for page in (self.time_page, self.milestones_page, self.earnings_page,
                     self.feedback_page, self.conversation, self.terms):
            page.hide()  # until _build_pages puts it in a tab: no stray widget over the title
        layout.addWidget(self.pages, 1)
        self.navigate_to: Callable[[str, int | None], None] | None = None

    def _fee_assumed_box(self) -> QWidget:
        """Shown while the contract's fee is the assumed 10% (2025+, not recorded): says so and
        lets the user enter the real fee right there."""
        box = QWidget(self)
        box.setObjectName("feeAssumedBox")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.fee_assumed_label = QLabel(box)
        self.fee_assumed_label.setObjectName("feeAssumedLabel")
        self.fee_assumed_label.setWordWrap(True)
        set_tone(self.fee_assumed_label, "warning")
        self.fee_rate = QDoubleSpinBox(box)
        self.fee_rate.setObjectName("feeRateEdit")
        self.fee_rate.setAccessibleName(self.tr("Contract's service fee"))
        self.fee_rate.setRange(float(fee_rules.PER_CONTRACT_MIN),
                               float(fee_rules.PER_CONTRACT_MAX))
        self.fee_rate.setDecimals(1)
        self.fee_rate.setSingleStep(0.5)
        self.fee_rate.setSuffix("%")
        self.fee_rate.setValue(float(fee_rules.ASSUMED_RATE))
        save = button(box, self.tr("Set fee"), "setFeeRate", self.set_fee_rate)
        row.addWidget(self.fee_assumed_label, 1)
        row.addWidget(self.fee_rate)
        row.addWidget(save)
        box.hide()
        self.fee_assumed_box = box
        return box

    def set_fee_rate(self) -> None:
        if self.contract is None:
            return
        value = f"{self.fee_rate.value():.1f}".removesuffix(".0")
        self.act(contract_ops.set_fee_percent, self.contract.id, value, now=self.clock(),
                 done=self.tr("Service fee set to {0}%").format(value))

    def _conversation(self) -> QWidget:
        """The shared client conversation (Proposals area's widget); the work log notes the
        contract services write appear in it too."""
        from ui.widgets.conversation import ConversationWidget

        widget = ConversationWidget(undo_stack=self.undo_stack, parent=self)
        widget.setObjectName("contractConversation")
        widget.setAccessibleName(self.tr("Conversation and work log"))
        return widget

    # -- helpers --------------------------------------------------------------------------------
    def report(self, text: str) -> None:
        self.message.emit(text)

    def act(self, fn, *args, done: str = "", **kwargs):
        """Run one operation (ui/operations/contracts.py); a refusal is said in the status
        bar. Gives its result (None when refused)."""
        results: list = []
        self.run(lambda: fn(*args, **kwargs), results.append)
        if results and done:
            self.message.emit(done)
        return results[0] if results else None

    def run(self, fn, on_done) -> None:
        """`fn` through run_op; `on_done(result)` after it, a refusal said in the status bar."""
        run_op(self, self.tr("Contract detail"), fn, on_done=on_done,
               on_refused=lambda exc: self.message.emit(messages.text(exc)))

    def open_dialog(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: None if offline() else self.refresh())
        dialog.open()

    @staticmethod
    def form_row_hidden(dialog, widget) -> None:
        dialog.form.setRowVisible(widget, False)

    def navigate(self, tab: str, item_id: int | None) -> None:
        if self.navigate_to is not None:
            self.navigate_to(tab, item_id)

    # -- loading --------------------------------------------------------------------------------
    def show_contract(self, contract_id: int | None) -> None:
        changed = self.contract is None or self.contract.id != contract_id
        self.contract = service.find(contract_id) if contract_id is not None else None
        if changed:
            self.time_page.week = None
            self.time_page.memo.clear()
        self.refresh(rebuild=changed)

    def refresh(self, rebuild: bool = False) -> None:
        c = self.contract
        if c is None:
            return
        c = self.contract = service.find(c.id)
        if c is None:
            return
        self.running_entry = running_timer()
        self.title.setText(c.title)
        client = c.client_name if c.client_id else self.tr("no client")
        kind = (self.tr("Hourly") if c.contract_type == ContractType.HOURLY
                else self.tr("Fixed price"))
        dates = []
        if c.start_at:
            dates.append(self.tr("started {0}").format(long_day(c.start_at)))
        if c.end_at:
            dates.append(self.tr("ended {0}").format(long_day(c.end_at)))
        why = service.why_closed(c.id) if c.end_at else None
        if why is not None:  # in the user's language, with what they wrote as written
            reason, words = why
            dates.append(": ".join(filter(None, (label(END_REASON, reason),
                                                 words))))
        elif c.end_reason:  # closed by an older version
            dates.append(c.end_reason)
        muted = color("muted").name()
        self.subtitle.setText(f"<b>{escape(client)}</b> · {kind} · {escape(terms_line(c))}"
                              + (f"<br><span style='color:{muted}'>"
                                 f"{escape(' · '.join(dates))}</span>" if dates else ""))
        assumed = service.fee_assumed(c, self.clock())
        self.fee_assumed_box.setVisible(assumed)
        if assumed:
            self.fee_assumed_label.setText(self.tr(
                "Service fee: {0}% assumed, not known — enter the fee Upwork showed for this "
                "contract:").format(fee_rules.ASSUMED_RATE))
        tone = STATUS_TONES.get(c.status, "muted")
        self.badge.setText(status_label(c.status))
        set_state(self.badge, "tone", tone)  # colours: QLabel#contractStatus in base.qss
        status = c.status
        visible = {"accept": status == ContractStatus.OFFER,
                   "decline": status == ContractStatus.OFFER,
                   "pause": status == ContractStatus.ACTIVE,
                   "resume": status == ContractStatus.PAUSED,
                   "end": status in (ContractStatus.ACTIVE, ContractStatus.PAUSED), "edit": True}
        for key, widget in self.buttons.items():
            widget.setVisible(visible[key])
        if rebuild or self.pages.count() == 0 or self._shown_status != c.status:
            self._build_pages(c)
        self._shown_status = c.status
        self.terms.setPlainText(c.terms or self.tr("No terms written down."))
        if c.contract_type == ContractType.HOURLY:
            self.time_page.load()
        else:
            self.milestones_page.load()
        self.earnings_page.load()
        self.feedback_page.load()
        if rebuild:
            self.conversation.set_owner(contract_id=c.id)
        else:
            self.conversation.reload()

    def _build_pages(self, c: service.ContractRow) -> None:
        current = self.pages.currentIndex()
        while self.pages.count():
            self.pages.removeTab(0)
        if c.contract_type == ContractType.HOURLY:
            self.pages.addTab(self.time_page, self.tr("Time"))
        else:
            self.pages.addTab(self.milestones_page, self.tr("Milestones"))
        self.pages.addTab(self.earnings_page, self.tr("Earnings"))
        self.pages.addTab(self.feedback_page, self.tr("Feedback"))
        self.pages.addTab(self.conversation, self.tr("Conversation && log"))
        self.pages.addTab(self.terms, self.tr("Terms"))
        del current  # a different contract opens on its main page
        if c.status == ContractStatus.ENDED:
            self.pages.setCurrentWidget(self.feedback_page)
        else:
            self.pages.setCurrentIndex(0)

    def tick(self) -> None:
        if self.contract is not None and self.contract.contract_type == ContractType.HOURLY:
            self.time_page.tick()

    def select_milestone(self, milestone_id: int) -> None:
        if self.contract is not None and self.contract.contract_type == ContractType.FIXED:
            self.pages.setCurrentWidget(self.milestones_page)
            self.milestones_page.load(milestone_id)

    # -- header actions -------------------------------------------------------------------------
    def accept_offer(self) -> None:
        self.act(contract_ops.accept_offer, self.contract.id, now=self.clock(),
                 done=self.tr("Offer accepted: “{0}” is active").format(self.contract.title))

    def decline_offer(self) -> None:
        c = self.contract
        dialog = dialogs.AmountDialog(
            self.tr("Decline Offer"), "declineDialog",
            lambda v: contract_ops.decline_offer(c.id, v["note"], self.clock()),
            explain=self.tr("Decline the offer “{0}”?").format(c.title),
            note_label=self.tr("Reason"), parent=self)
        self.form_row_hidden(dialog, dialog.amount_edit)
        self.open_dialog(dialog)

    def end_contract(self) -> None:
        c = self.contract
        self.open_dialog(dialogs.EndDialog(
            lambda v: contract_ops.end(c.id, v["reason"], v["details"], self.clock()), c,
            parent=self))

    def edit_contract(self) -> None:
        c = self.contract

        def save(values: dict) -> None:
            if contract_ops.update_terms(c, values, self.clock()) is contract_ops.KEPT:
                # in the outbox, sent (merged) when it is back
                self.message.emit(self.time_page.kept_offline())

        self.open_dialog(dialogs.ContractDialog(save, contract=c, parent=self))


__all__ = ["ContractDetail"]

"""The bid (hourly or fixed, by project or milestones), what it nets after the fee, and the
Connects it costs. Every edit is saved through desktop.services.proposals as it is made."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.errors import ServiceError
from desktop.services import proposals as service
from desktop.services.proposals import BidType, FixedMode, ProposalStatus
from models.rules import fees
from models.rules.limits import limit
from models.rules.rates import FREQUENCIES_MONTHS, RateIncrease, add_months, rate_schedule
from ui import formatting, messages
from ui.formatting import money
from ui.proposals.common import (
    MoneyEdit,
    from_qdate,
    show_error,
    to_qdate,
)
from ui.proposals.fields import FieldSaver
from ui.theme import EDITOR_HEIGHT_L, FIELD_WIDTH_S, set_tone
from ui.widgets.naming import named


class MilestoneTable(QTableWidget):
    """Description, amount and due day per milestone."""

    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        named(self, "milestoneTable", self.tr("Milestones"))
        self.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Amount"),
                                        self.tr("Due")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 96)
        header.resizeSection(2, 124)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(EDITOR_HEIGHT_L)

    def add_row(self, description: str = "", amount: Decimal | None = None, due=None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(description))
        amount_edit = MoneyEdit(f"milestoneAmount{row}", self.tr("Milestone amount"), self)
        amount_edit.set_value(amount)
        self.setCellWidget(row, 1, amount_edit)
        due_edit = QDateEdit(self)
        named(due_edit, f"milestoneDue{row}", self.tr("Milestone due day"))
        due_edit.setCalendarPopup(True)
        due_edit.setSpecialValueText(self.tr("no date"))
        due_edit.setMinimumDate(QDate(2000, 1, 1))
        due_edit.setDate(to_qdate(due) if due else due_edit.minimumDate())
        due_edit.setDisplayFormat(formatting.edit_format())
        self.setCellWidget(row, 2, due_edit)

    def items(self) -> list[tuple[str, Decimal, object]]:
        rows = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            amount = self.cellWidget(row, 1).value()
            due_edit = self.cellWidget(row, 2)
            due = None if due_edit.date() == due_edit.minimumDate() else \
                from_qdate(due_edit.date())
            rows.append((item.text() if item else "", amount or Decimal(0), due))
        return rows


class BidPanel(QScrollArea):
    changed = Signal()  # a bid field was saved
    ledger_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, "bidPanel", self.tr("Bid, fees and Connects"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.proposal_id: int | None = None
        self._loading = False
        self._editable = True
        self.saver = FieldSaver(self)  # the editor gives its own (one per proposal editor)
        body = QWidget(self)
        body.setObjectName("bidPanelBody")
        self.setWidget(body)
        self.milestone_timer = QTimer(self)
        self.milestone_timer.setSingleShot(True)
        self.milestone_timer.setInterval(600)
        self.milestone_timer.timeout.connect(self._save_milestones)

        # the three boxes, each built by its own method; then the layout and the wiring
        self._boxes = (self._build_bid(body), self._build_fees(body),
                       self._build_connects(body))
        # Two columns when there is room, one below 760 px (the window works at 1000x700).
        self._grid = QGridLayout(body)
        self._grid.setColumnStretch(0, 5)
        self._grid.setColumnStretch(1, 4)
        self._columns = 0
        self._arrange(2)

        self._wire()
        self._needed: Decimal | None = None

    def _build_bid(self, body: QWidget) -> QGroupBox:
        """Your bid: hourly (rate, scheduled increase) or fixed (total or milestones)."""
        bid_box = QGroupBox(self.tr("Your bid"), body)
        bid_box.setObjectName("bidGroup")
        self.hourly = QRadioButton(self.tr("Hourly"), bid_box)
        named(self.hourly, "bidHourly", self.tr("Hourly bid"))
        self.fixed = QRadioButton(self.tr("Fixed price"), bid_box)
        named(self.fixed, "bidFixed", self.tr("Fixed-price bid"))
        self.type_group = QButtonGroup(self)
        self.type_group.addButton(self.hourly)
        self.type_group.addButton(self.fixed)
        self.rate = MoneyEdit("bidRate", self.tr("Hourly rate"), bid_box)
        self.increase_every = QComboBox(bid_box)
        named(self.increase_every, "rateIncreaseEvery", self.tr("Scheduled rate increase"))
        self.increase_every.addItem(self.tr("No scheduled increase"), None)
        for months in FREQUENCIES_MONTHS:
            self.increase_every.addItem(self.tr("Every %n month(s)", "", months), months)
        self.increase_percent = QSpinBox(bid_box)
        named(self.increase_percent, "rateIncreasePercent", self.tr("Rate increase percent"))
        self.increase_percent.setRange(0, 100)
        self.increase_percent.setSuffix(" %")
        self.by_project = QRadioButton(self.tr("By project"), bid_box)
        named(self.by_project, "fixedByProject", self.tr("Fixed price by project"))
        self.by_milestones = QRadioButton(self.tr("By milestones"), bid_box)
        named(self.by_milestones, "fixedByMilestones", self.tr("Fixed price by milestones"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.by_project)
        self.mode_group.addButton(self.by_milestones)
        self.amount = MoneyEdit("bidAmount", self.tr("Fixed price total"), bid_box)
        self.milestones = MilestoneTable(bid_box)
        self.add_milestone = QPushButton(self.tr("Add milestone"), bid_box)
        named(self.add_milestone, "addMilestone", self.tr("Add milestone"))
        self.remove_milestone = QPushButton(self.tr("Remove"), bid_box)
        named(self.remove_milestone, "removeMilestone", self.tr("Remove selected milestone"))
        self.milestone_sum = QLabel(bid_box)
        named(self.milestone_sum, "milestoneSum", self.tr("Milestone total"))
        self.bid_problems = QLabel(bid_box)
        named(self.bid_problems, "bidProblems", self.tr("Bid problems"))
        self.bid_problems.setWordWrap(True)
        set_tone(self.bid_problems, "error")

        type_row = QHBoxLayout()
        type_row.addWidget(self.hourly)
        type_row.addWidget(self.fixed)
        type_row.addStretch(1)
        self.hourly_box = QWidget(bid_box)
        hourly_form = QFormLayout(self.hourly_box)
        hourly_form.setContentsMargins(0, 0, 0, 0)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate)
        rate_row.addWidget(QLabel(self.tr("per hour"), self.hourly_box))
        rate_row.addStretch(1)
        hourly_form.addRow(self.tr("Rate"), rate_row)
        increase_row = QHBoxLayout()
        increase_row.addWidget(self.increase_every)
        increase_row.addWidget(QLabel(self.tr("by"), self.hourly_box))
        increase_row.addWidget(self.increase_percent)
        increase_row.addStretch(1)
        hourly_form.addRow(self.tr("Increase"), increase_row)
        self.schedule = QLabel(self.hourly_box)
        named(self.schedule, "rateSchedule", self.tr("Rate schedule"))
        self.schedule.setWordWrap(True)
        hourly_form.addRow("", self.schedule)
        self.fixed_box = QWidget(bid_box)
        fixed_layout = QVBoxLayout(self.fixed_box)
        fixed_layout.setContentsMargins(0, 0, 0, 0)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.by_project)
        mode_row.addWidget(self.by_milestones)
        mode_row.addStretch(1)
        amount_row = QHBoxLayout()
        amount_row.addWidget(QLabel(self.tr("Total"), self.fixed_box))
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.milestone_sum, 1)
        fixed_layout.addLayout(mode_row)
        fixed_layout.addLayout(amount_row)
        self.milestone_box = QWidget(self.fixed_box)
        milestone_layout = QVBoxLayout(self.milestone_box)
        milestone_layout.setContentsMargins(0, 0, 0, 0)
        milestone_layout.addWidget(self.milestones)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_milestone)
        buttons.addWidget(self.remove_milestone)
        buttons.addStretch(1)
        milestone_layout.addLayout(buttons)
        fixed_layout.addWidget(self.milestone_box)
        bid_layout = QVBoxLayout(bid_box)
        bid_layout.addLayout(type_row)
        bid_layout.addWidget(self.hourly_box)
        bid_layout.addWidget(self.fixed_box)
        bid_layout.addWidget(self.bid_problems)
        return bid_box

    def _build_fees(self, body: QWidget) -> QGroupBox:
        """What it nets: the fee rule, client pays − fee = you receive, and the reverse."""
        fee_box = QGroupBox(self.tr("What it nets"), body)
        fee_box.setObjectName("feeGroup")
        self.regime = QLabel(fee_box)
        named(self.regime, "feeRegime", self.tr("Fee rule"))
        self.regime.setWordWrap(True)
        small = self.regime.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.regime.setFont(small)
        self.fee_percent = QComboBox(fee_box)
        named(self.fee_percent, "feePercent", self.tr("Fee for this contract"))
        self.fee_percent.setEditable(False)
        self.client_pays = QLabel(fee_box)
        named(self.client_pays, "clientPays", self.tr("Client pays"))
        self.fee = QLabel(fee_box)
        named(self.fee, "serviceFee", self.tr("Service fee"))
        self.you_receive = QLabel(fee_box)
        named(self.you_receive, "youReceive", self.tr("You receive"))
        for label in (self.client_pays, self.fee, self.you_receive):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.you_receive.font()
        bold.setBold(True)
        self.you_receive.setFont(bold)
        self.want = MoneyEdit("wantToReceive", self.tr("Amount you want to receive"), fee_box)
        self.bid_needed = QLabel(fee_box)
        named(self.bid_needed, "bidNeeded", self.tr("Bid needed"))
        self.use_bid = QPushButton(self.tr("Use this bid"), fee_box)
        named(self.use_bid, "useBid", self.tr("Use this bid"))
        self.use_bid.setEnabled(False)
        fee_grid = QGridLayout(fee_box)
        fee_grid.addWidget(self.regime, 0, 0, 1, 3)
        self.fee_percent_label = QLabel(self.tr("Fee on this contract"), fee_box)
        fee_grid.addWidget(self.fee_percent_label, 1, 0)
        fee_grid.addWidget(self.fee_percent, 1, 1, 1, 2)
        self.pays_label = QLabel(self.tr("Client pays"), fee_box)
        fee_grid.addWidget(self.pays_label, 2, 0)
        fee_grid.addWidget(self.client_pays, 2, 1, 1, 2)
        fee_grid.addWidget(QLabel(self.tr("− Upwork service fee"), fee_box), 3, 0)
        fee_grid.addWidget(self.fee, 3, 1, 1, 2)
        self.receive_label = QLabel(self.tr("= You receive"), fee_box)
        self.receive_label.setFont(bold)
        fee_grid.addWidget(self.receive_label, 4, 0)
        fee_grid.addWidget(self.you_receive, 4, 1, 1, 2)
        fee_grid.addWidget(QLabel(self.tr("To receive"), fee_box), 5, 0)
        fee_grid.addWidget(self.want, 5, 1)
        fee_grid.addWidget(self.use_bid, 5, 2)
        fee_grid.addWidget(self.bid_needed, 6, 0, 1, 3)
        fee_grid.setColumnStretch(1, 1)
        return fee_box

    def _build_connects(self, body: QWidget) -> QGroupBox:
        """Connects: to apply, boost, cost and balance."""
        connects_box = QGroupBox(self.tr("Connects"), body)
        connects_box.setObjectName("connectsGroup")
        self.job_connects = QSpinBox(connects_box)
        named(self.job_connects, "jobConnects", self.tr("Connects to apply"))
        self.job_connects.setRange(0, int(limit("job_connects_max")))
        self.invitation = QCheckBox(self.tr("Invitation or offer (free to answer)"),
                                    connects_box)
        named(self.invitation, "isInvitation", self.tr("Invitation"))
        self.boost = QSpinBox(connects_box)
        named(self.boost, "boostConnects", self.tr("Boost bid in Connects"))
        self.boost.setRange(0, 500)
        self.boost.setMaximumWidth(FIELD_WIDTH_S)
        self.boost.setToolTip(self.tr("Extra Connects bid for the top 4 spots. You pay what you "
                                      "bid, nothing if outbid before the client looks."))
        self.auction = QLabel(connects_box)
        named(self.auction, "boostAuction", self.tr("Boost auction"))
        self.auction.setWordWrap(True)
        self.connects_cost = QLabel(connects_box)
        named(self.connects_cost, "connectsCost", self.tr("Connects cost"))
        self.connects_balance = QLabel(connects_box)
        named(self.connects_balance, "connectsBalance", self.tr("Connects balance"))
        self.connects_warning = QLabel(connects_box)
        named(self.connects_warning, "connectsWarning", self.tr("Connects warning"))
        self.connects_warning.setWordWrap(True)
        self.ledger_button = QPushButton(self.tr("Connects ledger…"), connects_box)
        named(self.ledger_button, "openLedger", self.tr("Open the Connects ledger"))
        self.ledger_button.clicked.connect(self.ledger_requested)
        connects_form = QFormLayout(connects_box)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.job_connects)
        apply_row.addWidget(self.invitation, 1)
        connects_form.addRow(self.tr("To apply"), apply_row)
        boost_row = QHBoxLayout()
        boost_row.addWidget(self.boost)
        boost_row.addWidget(self.auction, 1)
        connects_form.addRow(self.tr("Boost"), boost_row)
        connects_form.addRow(self.tr("Cost"), self.connects_cost)
        connects_form.addRow(self.tr("Balance"), self.connects_balance)
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.connects_warning, 1)
        warn_row.addWidget(self.ledger_button)
        connects_form.addRow(warn_row)
        return connects_box

    def _wire(self) -> None:
        self.hourly.toggled.connect(lambda on: on and self._save(bid_type="hourly"))
        self.fixed.toggled.connect(lambda on: on and self._save(bid_type="fixed"))
        self.by_project.toggled.connect(lambda on: on and self._save(fixed_mode="project"))
        self.by_milestones.toggled.connect(lambda on: on and self._save(fixed_mode="milestones"))
        self.rate.editingFinished.connect(lambda: self._save(rate=self.rate.value()))
        self.rate.textEdited.connect(lambda _: self._preview())
        self.amount.editingFinished.connect(lambda: self._save(amount=self.amount.value()))
        self.amount.textEdited.connect(lambda _: self._preview())
        self.increase_every.currentIndexChanged.connect(self._save_increase)
        self.increase_percent.valueChanged.connect(self._save_increase)
        self.fee_percent.currentIndexChanged.connect(
            lambda: self._save(fee_percent=self.fee_percent.currentData()))
        self.job_connects.valueChanged.connect(
            lambda v: self._save(connects_required=v))
        self.boost.valueChanged.connect(lambda v: self._save(boost_connects=v))
        self.invitation.toggled.connect(lambda on: self._save(is_invitation=on))
        self.want.textEdited.connect(lambda _: self._update_reverse())
        self.use_bid.clicked.connect(self._use_reverse_bid)
        self.add_milestone.clicked.connect(self._add_milestone)
        self.remove_milestone.clicked.connect(self._remove_milestone)
        self.milestones.itemChanged.connect(lambda _: self._milestones_edited())

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for box in self._boxes:
            self._grid.removeWidget(box)
        bid_box, fee_box, connects_box = self._boxes
        if columns == 2:
            # the bid keeps its own height at the top: stretched to the two boxes beside it,
            # its few rows were spread out with "Total" far below the radio buttons
            self._grid.addWidget(bid_box, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(fee_box, 0, 1)
            self._grid.addWidget(connects_box, 1, 1)
            self._grid.setColumnStretch(1, 4)
        else:
            self._grid.addWidget(bid_box, 0, 0)
            self._grid.addWidget(fee_box, 1, 0)
            self._grid.addWidget(connects_box, 2, 0)
            self._grid.setColumnStretch(1, 0)
        for row in range(3):
            self._grid.setRowStretch(row, 0)
        self._grid.setRowStretch(3, 1)

    def resizeEvent(self, event) -> None:
        self._arrange(2 if event.size().width() >= 760 else 1)
        super().resizeEvent(event)

    # -- loading ------------------------------------------------------------------------
    def load(self, proposal, milestones: list | None = None) -> None:
        """Show a proposal's bid; `milestones` (description, amount, due) instead of the saved
        ones when changes wait in the outbox."""
        self.milestone_timer.stop()
        if (proposal.id if proposal else None) != self.proposal_id:
            self.verticalScrollBar().setValue(0)  # another proposal: start at its bid
        self.proposal_id = proposal.id if proposal else None
        if proposal is None:
            return
        self._loading = True
        self._editable = proposal.status == ProposalStatus.DRAFT
        (self.hourly if proposal.bid_type == BidType.HOURLY else self.fixed).setChecked(True)
        (self.by_milestones if proposal.fixed_mode == FixedMode.MILESTONES
         else self.by_project).setChecked(True)
        self.rate.set_value(proposal.rate)
        self.amount.set_value(proposal.amount)
        index = self.increase_every.findData(proposal.rate_increase_months)
        if index < 0 and proposal.rate_increase_months:
            self.increase_every.addItem(self.tr("Every %n month(s)", "",
                                                proposal.rate_increase_months),
                                        proposal.rate_increase_months)
            index = self.increase_every.count() - 1
        self.increase_every.setCurrentIndex(max(index, 0))
        self.increase_percent.setValue(int(Decimal(proposal.rate_increase_percent or 0)))
        self._fill_fee_choices(proposal)
        self.job_connects.setValue(proposal.connects_required or 0)
        self.boost.setValue(proposal.boost_connects or 0)
        self.invitation.setChecked(proposal.is_invitation)
        self.milestones.blockSignals(True)
        self.milestones.setRowCount(0)
        items = [(m.description, m.amount, m.due_on) for m in service.milestones(proposal.id)] \
            if milestones is None else milestones
        for description, amount, due in items:
            self.milestones.add_row(description, amount, due)
        self.milestones.blockSignals(False)
        self._connect_milestone_widgets()
        for widget in (self.hourly, self.fixed, self.rate, self.increase_every,
                       self.increase_percent, self.by_project, self.by_milestones, self.amount,
                       self.milestones, self.add_milestone, self.remove_milestone,
                       self.job_connects, self.boost, self.invitation, self.use_bid):
            widget.setEnabled(self._editable)
        self._loading = False
        self.refresh()

    def _fill_fee_choices(self, proposal) -> None:
        day = proposal.submitted_at or None
        regime = fees.regime_on(day.date() if day else fees_today())
        self.fee_percent.blockSignals(True)
        self.fee_percent.clear()
        if regime.kind == "variable":
            self.fee_percent.addItem(self.tr("Unknown ({rate}% assumed)").format(
                rate=f"{regime.rate.normalize():f}"), None)
            for rate in range(int(regime.min_rate), int(regime.max_rate) + 1):
                self.fee_percent.addItem(f"{rate}%", str(rate))
        elif regime.legacy_rate is not None:
            self.fee_percent.addItem(self.tr("Standard ({rate}%)").format(
                rate=f"{regime.rate.normalize():f}"), None)
            self.fee_percent.addItem(self.tr("Legacy contract ({rate}%)").format(
                rate=f"{regime.legacy_rate.normalize():f}"), f"{regime.legacy_rate:f}")
        else:
            self.fee_percent.addItem(self.tr("Set by the fee rule"), None)
        index = self.fee_percent.findData(proposal.fee_percent)
        self.fee_percent.setCurrentIndex(max(index, 0))
        self.fee_percent.blockSignals(False)
        shown = regime.kind != "tiered" and self.fee_percent.count() > 1
        self.fee_percent.setVisible(shown)
        self.fee_percent_label.setVisible(shown)

    def _connect_milestone_widgets(self) -> None:
        for row in range(self.milestones.rowCount()):
            amount = self.milestones.cellWidget(row, 1)
            due = self.milestones.cellWidget(row, 2)
            amount.textEdited.connect(lambda _: self._milestones_edited())
            due.dateChanged.connect(lambda _: self._milestones_edited())

    # -- saving -------------------------------------------------------------------------
    def _save(self, **changes) -> None:
        if self._loading or self.proposal_id is None:
            return
        if not self._editable and set(changes) - {"fee_percent"}:
            return
        try:
            saved = self.saver.save(**changes)
        except ServiceError as exc:
            show_error(self, self.tr("Bid not saved"), exc)
            self.load(service.get(self.proposal_id))
            return
        if saved:
            self.refresh()
            self.changed.emit()

    def _save_increase(self) -> None:
        months = self.increase_every.currentData()
        percent = self.increase_percent.value()
        self.increase_percent.setEnabled(self._editable and months is not None)
        self._save(rate_increase_months=months,
                   rate_increase_percent=str(percent) if months and percent else None)

    def _milestones_edited(self) -> None:
        if not self._loading:
            self.milestone_timer.start()
            self._update_milestone_sum()

    def _save_milestones(self) -> None:
        if self.proposal_id is None or not self._editable:
            return
        try:
            saved = self.saver.save(milestones=self.milestones.items())
        except ServiceError as exc:
            show_error(self, self.tr("Milestones not saved"), exc)
            return
        if saved:
            self.refresh()
            self.changed.emit()

    def flush(self) -> None:
        if self.milestone_timer.isActive():
            self.milestone_timer.stop()
            self._save_milestones()

    def _add_milestone(self) -> None:
        if self.milestones.rowCount() >= limit("proposal_milestones"):
            show_error(self, self.tr("Too many milestones"),
                       self.tr("A proposal takes at most {n} milestones.").format(
                           n=limit("proposal_milestones")))
            return
        self.milestones.blockSignals(True)
        self.milestones.add_row(self.tr("Milestone {n}").format(n=self.milestones.rowCount() + 1))
        self.milestones.blockSignals(False)
        row = self.milestones.rowCount() - 1
        self.milestones.cellWidget(row, 1).textEdited.connect(lambda _: self._milestones_edited())
        self.milestones.cellWidget(row, 2).dateChanged.connect(
            lambda _: self._milestones_edited())
        self._save_milestones()
        self.milestones.setCurrentCell(row, 0)
        self.milestones.editItem(self.milestones.item(row, 0))

    def _remove_milestone(self) -> None:
        row = self.milestones.currentRow()
        if row < 0:
            return
        self.milestones.removeRow(row)
        self._save_milestones()

    # -- figures ------------------------------------------------------------------------
    def _preview(self) -> None:
        """Live fee figures while typing an amount, before it is saved."""
        if self.proposal_id is None:
            return
        value = self.rate.value() if self.hourly.isChecked() else self.amount.value()
        self._show_breakdown(value, service.fee_quote(self.proposal_id))

    def refresh(self) -> None:
        if self.proposal_id is None:
            return
        proposal = service.get(self.proposal_id)
        hourly = proposal.bid_type == BidType.HOURLY
        self.hourly_box.setVisible(hourly)
        self.fixed_box.setVisible(not hourly)
        self.milestone_box.setVisible(not hourly and proposal.fixed_mode == FixedMode.MILESTONES)
        self.increase_percent.setEnabled(self._editable and
                                         self.increase_every.currentData() is not None)
        self._update_milestone_sum()
        self._update_schedule(proposal)
        quote = service.fee_quote(self.proposal_id)
        self.regime.setText(self.regime_text(quote) + (
            "\n" + self.tr("Billed with this client so far: {amount}").format(
                amount=money(quote.prior_billings))
            if quote.regime == "tiered" else ""))
        amount = proposal.rate if hourly else service.bid_total(proposal)
        self._show_breakdown(amount, quote)
        problems = [messages.text(p.error) for p in service.check(self.proposal_id)
                    if p.field in ("bid", "milestones", "fee") and p.level == "error"]
        self.bid_problems.setText("\n".join(problems) if self._editable else "")
        self.bid_problems.setVisible(bool(problems) and self._editable)
        self._update_reverse()
        self._update_connects()

    def regime_text(self, quote: service.FeeQuote) -> str:
        """One sentence on the fee rule in force on the quote's day, in the user's language."""
        return fee_rule_text(quote.on, quote.contract_rate)

    def _update_schedule(self, proposal) -> None:
        """The first rate steps a scheduled increase would bring (from submission or today)."""
        months, percent = proposal.rate_increase_months, proposal.rate_increase_percent
        if (proposal.bid_type != BidType.HOURLY or not months or not percent
                or proposal.rate is None):
            self.schedule.clear()
            self.schedule.setVisible(False)
            return
        start = (proposal.submitted_at.date() if proposal.submitted_at else fees_today())
        increase = RateIncrease(months, Decimal(percent))
        steps = rate_schedule(proposal.rate, start=start, until=add_months(start, months * 3),
                              increase=increase)[1:]
        per = self.tr("/h")
        text = " · ".join(f"{formatting.month(day.year, day.month)}: "
                          f"{money(rate)}{per}" for day, rate in steps)
        self.schedule.setText(self.tr("Then {steps}").format(steps=text))
        set_tone(self.schedule, "muted")
        self.schedule.setVisible(True)

    def _show_breakdown(self, amount, quote: service.FeeQuote) -> None:
        per = self.tr("/h") if quote.unit == "hour" else ""
        self.pays_label.setText(self.tr("Client pays"))
        if amount is None:
            for label in (self.client_pays, self.fee, self.you_receive):
                label.setText("—")
            return
        try:
            breakdown = fees.service_fee(amount, on=quote.on, prior_billings=quote.prior_billings,
                                         contract_rate=quote.contract_rate)
        except fees.FeeError as exc:
            self.client_pays.setText(money(amount) + per)
            self.fee.setText(messages.text(exc))
            self.you_receive.setText("—")
            return
        if breakdown.rate is None:
            rate_text = self.tr("{rate} across tiers").format(
                rate=percent(breakdown.effective_rate))
        elif breakdown.rate_assumed:
            rate_text = self.tr("{rate}, assumed").format(rate=percent(breakdown.rate))
        else:
            rate_text = percent(breakdown.rate)
        self.client_pays.setText(money(breakdown.gross) + per)
        self.fee.setText(f"{money(breakdown.fee)}{per} ({rate_text})")
        self.you_receive.setText(money(breakdown.net) + per)

    def _update_reverse(self) -> None:
        self._needed = None
        value = self.want.value()
        if self.proposal_id is None or value is None:
            self.bid_needed.setText(self.tr("Type what you want to receive to see the bid."))
            set_tone(self.bid_needed, "muted")
            self.use_bid.setEnabled(False)
            return
        try:
            breakdown = service.bid_for_net(self.proposal_id, value)
        except (fees.FeeError, ValueError) as exc:
            self.bid_needed.setText(messages.text(exc))
            return
        self._needed = breakdown.gross
        per = self.tr("/h") if self.hourly.isChecked() else ""
        set_tone(self.bid_needed, None)
        self.bid_needed.setText(self.tr("Bid {bid}{per} (fee {fee}) to receive {net}{per}").format(
            bid=money(breakdown.gross), per=per, fee=money(breakdown.fee),
            net=money(breakdown.net)))
        self.use_bid.setEnabled(self._editable and not (
            not self.hourly.isChecked() and self.by_milestones.isChecked()))

    def _use_reverse_bid(self) -> None:
        if self._needed is None:
            return
        if self.hourly.isChecked():
            self.rate.set_value(self._needed)
            self._save(rate=self._needed)
        else:
            self.amount.set_value(self._needed)
            self._save(amount=self._needed)

    def _update_milestone_sum(self) -> None:
        if self.proposal_id is None:
            return
        items = self.milestones.items()
        total = sum((amount for _, amount, _ in items), Decimal("0.00"))
        stated = self.amount.value()
        if not self.by_milestones.isChecked() or self.hourly.isChecked():
            self.milestone_sum.clear()
            return
        if stated is None:
            self.milestone_sum.setText(self.tr("Milestones add up to {sum} (used as the "
                                               "total)").format(sum=money(total)))
            set_tone(self.milestone_sum, "muted")
        elif total == stated:
            self.milestone_sum.setText(self.tr("✓ %n milestone(s) add up to the total", "",
                                               len(items)))
            set_tone(self.milestone_sum, "success")
        else:
            diff = stated - total
            self.milestone_sum.setText(self.tr("Milestones {sum} — {diff} {word} the total").format(
                sum=money(total), diff=money(abs(diff)),
                word=self.tr("short of") if diff > 0 else self.tr("over")))
            set_tone(self.milestone_sum, "error")

    def _update_auction(self, proposal) -> None:
        """When the job's boost auction closes (7 days after posting), from the posting time."""
        closes = service.boost_auction_closes(proposal.id)
        if closes is None:
            self.auction.setText(self.tr("Auction closes 7 days after the job was posted "
                                         "(posting time unknown)."))
            set_tone(self.auction, "muted")
            return
        now = clock.now()
        when = formatting.datetime(closes)
        if closes <= now:
            text = self.tr("The auction closed {when}; a boost no longer buys a top spot.") \
                if proposal.status == ProposalStatus.DRAFT else self.tr("Auction closed {when}.")
            self.auction.setText(text.format(when=when))
            set_tone(self.auction, "warning" if proposal.status == ProposalStatus.DRAFT and
                     proposal.boost_connects else "muted")
            return
        left = closes - now
        self.auction.setText(self.tr("Auction closes {when} (in {days} d {hours} h).").format(
            when=when, days=left.days, hours=left.seconds // 3600))
        set_tone(self.auction, "muted")

    def _update_connects(self) -> None:
        quote = service.connects_quote(self.proposal_id)
        proposal = service.get(self.proposal_id)
        self._update_auction(proposal)
        if proposal.status != ProposalStatus.DRAFT:
            self.connects_cost.setText(self.tr("{n} spent ({cost})").format(
                n=quote.spent, cost=money(quote.cost)))
            self.connects_balance.setText(self.tr("{n} available now").format(n=quote.balance))
            self.connects_warning.clear()
            return
        free = self.tr(" — free, it is an invitation") if proposal.is_invitation else ""
        self.connects_cost.setText(self.tr("{n} Connects = {cost}{free}").format(
            n=quote.total, cost=money(quote.cost), free=free))
        self.connects_balance.setText(self.tr("{have} now → {after} after submitting").format(
            have=quote.balance, after=quote.after))
        if quote.short:
            self.connects_warning.setText(self.tr(
                "⚠ {n} Connects short — buy a bundle or record your balance.").format(
                    n=-quote.after))
            set_tone(self.connects_warning, "strong-error")
        elif quote.after < 10:
            self.connects_warning.setText(self.tr("Running low after this one."))
            set_tone(self.connects_warning, "warning")
        else:
            self.connects_warning.clear()


def percent(rate: Decimal) -> str:
    """10%, 12.5% — in the user's locale, no trailing zeros."""
    places = max(0, -rate.normalize().as_tuple().exponent)
    return formatting.number(rate, places) + "%"


def whole_money(amount: Decimal) -> str:
    """$500 rather than $500.00 in prose (cents only when there are any)."""
    return formatting.money(amount) if amount % 1 else \
        formatting.money(amount).replace(QLocale().decimalPoint() + "00", "", 1)


def fees_today():
    return clock.today()


def fee_rule_text(on, contract_rate: Decimal | None = None) -> str:
    """One sentence on the fee rule in force on a day, in the user's language (the rule's facts
    come from models.rules.fees; describe_regime is its English twin for the CLI). The bid
    panel and the payment dialog show it; its strings keep the context BidPanel."""
    translate = QCoreApplication.translate
    regime = fees.regime_on(on)
    if regime.kind == "tiered":
        low, mid, high = regime.tiers
        return translate(
            "BidPanel", "Upwork takes {a} of the first {m1} you bill a client, {b} from {m2} "
            "to {m3}, and {c} above that (lifetime billings with that client; "
            "refunds lower them).").format(
            a=percent(low.rate), m1=whole_money(low.up_to), b=percent(mid.rate),
            m2=money(low.up_to + Decimal("0.01")), m3=whole_money(mid.up_to),
            c=percent(high.rate))
    if regime.kind == "variable":
        span = f"{percent(regime.min_rate)}–{percent(regime.max_rate)}"
        rate = contract_rate
        if rate is None:
            return translate(
                "BidPanel", "Upwork's fee is set per contract ({span}) when you submit the "
                "proposal; {rate} is assumed until you enter the contract's "
                "rate.").format(span=span, rate=percent(regime.rate))
        if not regime.min_rate <= rate <= regime.max_rate:
            return translate(
                "BidPanel", "Upwork's fee is between {span}; {rate} cannot be right.").format(
                span=span, rate=percent(rate))
        return translate(
            "BidPanel", "Upwork takes {rate} of each payment on this contract (per-contract "
            "fee, {span}, fixed for the contract's life).").format(
            rate=percent(rate), span=span)
    rate = contract_rate if contract_rate is not None else regime.rate
    text = translate("BidPanel", "Upwork takes a flat {rate} of each payment.").format(
        rate=percent(rate))
    if regime.legacy_rate is not None and rate == regime.legacy_rate:
        text += " " + translate("BidPanel", "This legacy contract keeps it until {day}.").format(
            day=formatting.date(regime.legacy_until, long=True))
    return text

"""Dialogs of the Payments tab: import preview, record an earning or cost, withdrawal methods,
record a withdrawal, edit a transaction. Each validates inline and calls one service; errors are
shown in the dialog, which stays open."""
from __future__ import annotations

import html
from datetime import UTC, date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import secrets
from desktop.errors import Code, WorkspaceOfflineError
from desktop.io.statements import parse_amount
from desktop.services import payments, withdrawals
from desktop.services import statement_import as importer
from desktop.services.payments import EntryContext, PaymentError, TransactionKind
from desktop.services.statement_import import ImportPlan
from models.rules import fees as fee_rules
from models.rules.money import MoneyError, round_cents
from ui import formatting, labels, messages, theme, workspace_live
from ui.formatting import money
from ui.operations import keep_call_offline, run_op
from ui.operations import payments as payment_ops
from ui.payments.models import shown_description
from ui.theme import DIALOG_WIDE, FIELD_WIDTH_L, FORM_WIDTH, set_tone
from ui.widgets.naming import named as _named
from ui.widgets.note_label import note_label

EARNING_CHOICES = (("hourly", QT_TRANSLATE_NOOP("EarningDialog", "Hourly work")),
                   ("fixed_price", QT_TRANSLATE_NOOP("EarningDialog", "Fixed-price milestone")),
                   ("bonus", QT_TRANSLATE_NOOP("EarningDialog", "Bonus")),
                   ("refund", QT_TRANSLATE_NOOP("EarningDialog", "Refund to the client")))
COST_CHOICES = (("connects", QT_TRANSLATE_NOOP("EarningDialog", "Connects purchase")),
                ("membership_fee", QT_TRANSLATE_NOOP("EarningDialog", "Membership fee")),
                ("misc", QT_TRANSLATE_NOOP("EarningDialog", "Other cost")))



def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    set_tone(label, "error")
    label.hide()
    return label


def _date_edit(parent: QWidget, name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit(formatting.today_local(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formatting.edit_format())
    return _named(edit, name, accessible)


def _utc_noon(qdate: QDate) -> datetime:
    return datetime.combine(qdate.toPython(), time(12), tzinfo=UTC)


class Kept:
    """What a dialog's accept gives when the workspace server was away: the write was kept in
    the outbox (desktop/outbox.py, call `name` with `args`), to be sent when it is back."""

    def __init__(self, name: str, args: dict):
        self.name, self.args = name, args


def write_or_keep(name: str, args: dict, write):
    """`write()` while the workspace server is there; when it is away (known, or found so by
    this write), keep the call in the outbox instead and give Kept. Off a workspace an offline
    refusal cannot happen; should it, it is raised."""
    if not workspace_live.offline():
        try:
            return write()
        except WorkspaceOfflineError:
            if workspace_live.current() is None:
                raise
    if not keep_call_offline(name, args):
        raise WorkspaceOfflineError(Code.WORKSPACE_OFFLINE, detail="")
    return Kept(name, args)


def _text(value) -> str | None:
    """A Decimal as plain JSON text (None stays None)."""
    return None if value is None else f"{value}"


def _money_or_none(text: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    return parse_amount(text)  # strict: "12.3.4" or "12 abc" is an error, not 12.30


class _Dialog(QDialog):
    """Common frame: a form, an inline error line, OK/Cancel."""

    done_with = Signal(object)  # the service's result, after a successful accept

    def __init__(self, title: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.addLayout(self.form)
        self.error = _error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("dialogButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setAccessibleName(self.tr("OK"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.offline_note = note_label(self, "offlineNote", "warning")

    def finish_layout(self, offline_text: str = "") -> None:
        if offline_text and workspace_live.offline():
            self.offline_note.setText("⚠ " + offline_text)
            self.offline_note.show()
        self.layout_.insertWidget(0, self.offline_note)  # before what it speaks of
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def kept_text(self) -> str:
        """What the note says while the workspace server is away (the recording dialogs)."""
        return self.tr("The workspace server cannot be reached. What you record here is kept "
                       "on this computer, shown in Payments as not sent yet, and sent when the "
                       "server is back; the figures below are from the last read.")

    def fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def run(self):  # the service call; return its result
        raise NotImplementedError

    def accept(self) -> None:
        # a refusal (PaymentError, MoneyError, SecretStoreError…) is said on the form, which
        # stays open; a bug goes on to the crash handler
        run_op(self, self.windowTitle(), self.run, on_done=self._written,
               on_refused=lambda exc: self.fail(messages.text(exc)))

    def _written(self, result) -> None:
        super().accept()
        self.done_with.emit(result)


# ---------------------------------------------------------------------------------------------

class ImportPreviewDialog(QDialog):
    """What an import would do, per file; Import is enabled only when every file is clean."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import Upwork transactions"))
        self.setObjectName("importPreviewDialog")
        self.setAccessibleName(self.windowTitle())
        self.resize(*DIALOG_WIDE)
        layout = QVBoxLayout(self)
        headline = QLabel(self)
        headline.setObjectName("importHeadline")
        headline.setWordWrap(True)
        if plan.ok:
            headline.setText(self.tr(
                "<b>%n</b> new transaction(s) will be added; {dup} already in your "
                "ledger will be skipped.", "", plan.new).format(dup=plan.duplicates))
        else:
            refusal = plan.refusal()
            headline.setText(self.tr(
                "<b>Nothing can be imported yet</b>: fix the rows listed below (or leave that "
                "file out) and try again. Your ledger has not been changed.")
                + "<br>" + html.escape(messages.text(refusal) if refusal else ""))
        layout.addWidget(headline)
        self.table = QTableWidget(len(plan.files), 7, self)
        _named(self.table, "importFilesTable", self.tr("Files to import"))
        self.table.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Format"), self.tr("Rows"), self.tr("New"),
            self.tr("Already imported"), self.tr("Dates"), self.tr("Balance check")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep ".csv" in view
        self.table.verticalHeader().hide()
        for row, f in enumerate(plan.files):
            if f.opening_balance is None:
                check = "—"
            elif f.balance_adds_up:
                check = f"{money(f.opening_balance)} → {money(f.closing_balance)} ✓"
            else:
                check = self.tr("%n break(s) in the running balance", "",
                                max(f.balance_breaks, 1))
            dates = (f"{formatting.date(f.first_day)} – {formatting.date(f.last_day)}"
                     if f.first_day else "")
            formats = {"legacy": self.tr("Statement (legacy)"),
                       "newer": self.tr("Statement"),
                       "weekly summary": self.tr("Weekly Summary"),
                       "unknown": self.tr("Not a statement"),
                       "unreadable": self.tr("Cannot be read")}
            values = [f.path.name, formats.get(f.format, f.format), str(f.rows), str(f.new),
                      str(f.duplicates), dates,
                      check if f.ok else self.tr("%n error(s)", "", len(f.errors))]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(f.path) if column == 0 else value)
                if column in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # as tall as its rows (at least two), the notes below get the rest
        rows = max(len(plan.files), 2)
        self.table.setMaximumHeight(
            header.sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth() + self.table.horizontalScrollBar().sizeHint().height())
        layout.addWidget(self.table)
        # The table names each file; its folder would only push the message off the line.
        notes = [*(f"✗ {messages.text(importer.problem(e))}" for f in plan.files for e in f.errors),
                 *(f"• {messages.text(w)}" for f in plan.files for w in f.warnings)]
        self.details = QPlainTextEdit("\n".join(notes) or self.tr("No problems found."), self)
        _named(self.details, "importDetails", self.tr("Errors and warnings"))
        self.details.setReadOnly(True)
        layout.addWidget(QLabel(self.tr("Errors and warnings:"), self))
        layout.addWidget(self.details, 1)
        # Contracts the files name ("Title (12345678)") that Contracts lacks: offer to add
        # them, so the ledger and the reports show every payment under its contract.
        named = plan.new_contracts if plan.ok else []
        self.create_contracts = _named(QCheckBox(self), "createContractsCheck",
                                       self.tr("Add the contracts named in the files"))
        self.create_contracts.setChecked(True)
        self.create_contracts.setVisible(bool(named))
        if named:
            today = payments.today_utc()
            ended = sum(c.status_on(today) == "ended" for c in named)
            self.create_contracts.setText(self.tr(
                "Add the %n contract(s) these files name to Contracts ({ended} ended, "
                "{active} active) and link their payments", "", len(named)).format(
                ended=ended, active=len(named) - ended))
            self.create_contracts.setToolTip("\n".join(
                f"{c.title} ({c.ext_id}) — " + (
                    self.tr("hourly, {rate}/h").format(rate=money(c.rate))
                    if c.hourly else self.tr("fixed price")) + ", "
                + formatting.date(c.first_day) + " – " + formatting.date(c.last_day)
                for c in named))
        layout.addWidget(self.create_contracts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        _named(self.import_button, "importButton", self.tr("Import"))
        self.create_contracts.toggled.connect(self._update_import_button)
        self._update_import_button()
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        _named(cancel, "cancelButton", self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def adds_contracts(self) -> bool:
        return self.create_contracts.isVisibleTo(self) and self.create_contracts.isChecked()

    def _update_import_button(self) -> None:
        # A file imported earlier may still bring its contracts (and link the rows to them).
        self.import_button.setEnabled(self.plan.ok and (self.plan.new > 0
                                                        or self.adds_contracts()))


# ---------------------------------------------------------------------------------------------

class EarningDialog(_Dialog):
    """Record an earning (fee worked out live, both ways) or a business cost."""

    def __init__(self, parent: QWidget | None = None, *, cost: bool = False,
                 context: EntryContext | None = None):
        super().__init__(self.tr("Record a cost") if cost else self.tr("Record an earning"),
                         "earningDialog", parent)
        self.cost = cost
        # what the pickers and the fee preview work from: the tab's last read (no query as
        # the user types; it is all there is while a workspace's server is away)
        self.context = context if context is not None else payments.entry_context()
        self.kind = _named(QComboBox(self), "kindCombo", self.tr("Type"))
        for code, label in (COST_CHOICES if cost else EARNING_CHOICES):
            self.kind.addItem(QCoreApplication.translate("EarningDialog", label), code)
        self.form.addRow(self.tr("&Type:"), self.kind)
        self.when = _date_edit(self, "dateEdit", self.tr("Date"))
        self.form.addRow(self.tr("&Date:"), self.when)
        self.client = _named(QComboBox(self), "clientCombo", self.tr("Client"))
        self.contract = _named(QComboBox(self), "contractCombo", self.tr("Contract"))
        self.hours = _named(QDoubleSpinBox(self), "hoursSpin", self.tr("Hours"))
        self.rate = _named(QLineEdit(self), "rateEdit", self.tr("Hourly rate"))
        self.amount = _named(QLineEdit(self), "amountEdit", self.tr("Amount"))
        self.is_net = _named(QCheckBox(self.tr("This is what I receive (after the fee)"), self),
                             "netCheck", self.tr("Amount is net of the fee"))
        self.fee_percent = _named(QLineEdit(self), "feePercentEdit", self.tr("Fee percent"))
        self.description = _named(QLineEdit(self), "descriptionEdit", self.tr("Description"))
        self.preview = QLabel(self)
        self.preview.setObjectName("feePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        if not cost:
            self.client.setEditable(True)
            self.client.addItem("", None)
            for name, client_id in self.context.clients:
                self.client.addItem(name, client_id)
            self.contract.addItem(self.tr("(none)"), None)
            for terms in self.context.contracts:
                self.contract.addItem(terms.title, terms.id)
            self.form.addRow(self.tr("&Client:"), self.client)
            self.form.addRow(self.tr("Co&ntract:"), self.contract)
            self.hours.setRange(0, 200)
            self.hours.setDecimals(2)
            self.hours.setSuffix(" h")
            self.rate.setPlaceholderText("$22.22")
            hourly = QHBoxLayout()
            hourly.addWidget(self.hours)
            hourly.addWidget(QLabel("×", self))
            hourly.addWidget(self.rate)
            self.hourly_label = QLabel(self.tr("&Hours × rate:"), self)
            self.hourly_label.setBuddy(self.hours)
            self.form.addRow(self.hourly_label, hourly)
        self.amount.setPlaceholderText("$0.00")
        self.form.addRow(self.tr("&Amount:"), self.amount)
        if not cost:
            self.form.addRow("", self.is_net)
            self.fee_percent.setPlaceholderText(self.tr("from the contract or the fee rules"))
            self.form.addRow(self.tr("&Fee % (2025+):"), self.fee_percent)
        self.form.addRow(self.tr("D&escription:"), self.description)
        self.layout_.addWidget(self.preview)
        self.finish_layout(self.kept_text())
        self.setMinimumWidth(FORM_WIDTH)
        for signal in (self.kind.currentIndexChanged, self.when.dateChanged,
                       self.client.currentTextChanged, self.contract.currentIndexChanged,
                       self.hours.valueChanged, self.rate.textChanged, self.amount.textChanged,
                       self.is_net.toggled, self.fee_percent.textChanged):
            signal.connect(self.update_preview)
        self.contract.currentIndexChanged.connect(self._contract_chosen)
        self.update_preview()

    def _contract_chosen(self) -> None:
        contract_id = self.contract.currentData()
        if contract_id:
            contract = self.context.contract(contract_id)
            if contract is not None and contract.client_id:
                index = self.client.findData(contract.client_id)
                if index >= 0:
                    self.client.setCurrentIndex(index)
            if contract is not None and contract.rate and not self.rate.text():
                self.rate.setText(f"{contract.rate}")

    def _kind(self) -> str:
        return self.kind.currentData()

    def _hours_amount(self) -> Decimal | None:
        if self._kind() != "hourly" or not self.hours.value():
            return None
        rate = _money_or_none(self.rate.text())
        if rate is None:
            return None
        minutes = round(self.hours.value() * 60)
        return round_cents(rate * minutes / 60)

    def _breakdown(self) -> fee_rules.FeeBreakdown | None:
        """The fee for what is typed so far (None when the amount is not readable yet)."""
        try:
            gross = self._hours_amount() or _money_or_none(self.amount.text())
            percent = _money_or_none(self.fee_percent.text())
        except MoneyError:
            return None
        if gross is None:
            return None
        kind = self._kind()
        if kind == TransactionKind.REFUND:
            gross = -abs(gross)
        when = _utc_noon(self.when.date())
        client_id = self._client_id()
        contract = self.context.contract(self.contract.currentData())
        if client_id is None and contract is not None:
            client_id = contract.client_id
        rate = percent if percent is not None else payments.contract_rate(contract)
        # as the service works it out: the client's billings before (the contract's without
        # a client) and the contract's start
        prior = self.context.prior_billings(client_id, when,
                                            contract_id=self.contract.currentData())
        start = payments.contract_start(contract)
        try:
            if self.is_net.isChecked() and kind != TransactionKind.REFUND:
                return fee_rules.gross_for_net(gross, on=when, prior_billings=prior,
                                               contract_rate=rate, contract_start=start)
            return fee_rules.service_fee(gross, on=when, prior_billings=prior,
                                         contract_rate=rate, contract_start=start)
        except fee_rules.FeeError as exc:
            self.preview.setText(f"<span style='color:{theme.color('error').name()}'>"
                                 f"{html.escape(messages.text(exc))}</span>")
            return None

    def update_preview(self) -> None:
        hourly = self._kind() == "hourly"
        if not self.cost:
            self.hours.setEnabled(hourly)
            self.rate.setEnabled(hourly)
            self.hourly_label.setEnabled(hourly)
            computed = self._hours_amount()
            self.amount.setReadOnly(computed is not None)
            if computed is not None:
                self.amount.setText(f"{computed}")
        if self.cost:
            self.preview.setText(self.tr("A cost lowers your balance; it counts against "
                                         "take-home pay in the reports."))
            return
        breakdown = self._breakdown()
        if breakdown is None:
            if not self.preview.text().startswith("<span"):
                self.preview.setText(self.tr("Enter an amount to see the fee."))
            return
        from ui.proposals.bid import fee_rule_text  # (with the proposals service: ~35 ms that
        # the Payments tab's first build would otherwise pay)

        when = _utc_noon(self.when.date())
        available, _ = payments.schedule(self._kind(), when)
        rate = breakdown.rate
        rate_text = f"{rate.normalize():f}%" if rate is not None else self.tr("tiered")
        assumed = self.tr(" (assumed)") if breakdown.rate_assumed else ""
        self.preview.setText(self.tr(
            "Client pays <b>{gross}</b> · Upwork fee <b>{fee}</b> ({rate}{assumed}) · "
            "you receive <b>{net}</b><br>Available on {day}.<br><small>{rule}</small>").format(
            gross=money(breakdown.gross), fee=money(breakdown.fee),
            rate=rate_text, assumed=assumed, net=money(breakdown.net),
            day=formatting.date(available, long=True), rule=fee_rule_text(when.date())))

    def _client_id(self) -> int | None:
        """The picked client's id; None for none, or for a name typed that is no client yet
        (made when the earning is written)."""
        name = self.client.currentText().strip()
        if not name:
            return None
        index = self.client.findText(name, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.client.itemData(index):
            return self.client.itemData(index)
        return None

    def run(self):
        when = _utc_noon(self.when.date())
        description = self.description.text()
        if self.cost:
            amount = _money_or_none(self.amount.text())
            if amount is None:
                raise PaymentError(self.tr("Enter the amount paid."))
            amount = payments.check_expense(self._kind(), abs(amount))
            return write_or_keep("payment.cost", {
                "kind": self._kind(), "amount": _text(amount), "occurred_at": when.isoformat(),
                "description": description}, lambda: payment_ops.record_expense(
                    kind=self._kind(), amount=amount, occurred_at=when,
                    description=description))
        breakdown = self._breakdown()
        if breakdown is None:
            raise PaymentError(self.tr("Enter the amount (or hours and rate)."))
        kind = self._kind()
        gross = payments.check_earning(kind, breakdown.gross)
        minutes = (round(self.hours.value() * 60) if kind == "hourly" else None) or None
        contract_id, client_id = self.contract.currentData(), self._client_id()
        name = self.client.currentText().strip()
        fee_percent = _money_or_none(self.fee_percent.text())
        return write_or_keep("payment.earning", {
            "kind": kind, "gross": _text(gross), "occurred_at": when.isoformat(),
            "contract_id": contract_id, "client_id": client_id, "client_name": name,
            "minutes": minutes, "description": description, "fee_percent": _text(fee_percent),
            # as the preview showed them (the Payments tab lists the entry with these until
            # it is sent; the fee is worked out again on the server then)
            "fee": _text(breakdown.fee), "contract": self.contract.currentText()
            if contract_id else ""},
            lambda: payment_ops.record_earning(
                kind=kind, gross=gross, occurred_at=when, contract_id=contract_id,
                client_id=client_id, client_name=name, minutes=minutes,
                description=description, fee_percent=fee_percent))


# ---------------------------------------------------------------------------------------------

class MethodDialog(_Dialog):
    """Add or edit a withdrawal method. Payout details go to the keyring."""

    def __init__(self, parent: QWidget | None = None, method=None):
        title = self.tr("Edit withdrawal method") if method else self.tr("Add withdrawal method")
        super().__init__(title, "methodDialog", parent)
        self.method = method
        self.name = _named(QLineEdit(self), "methodNameEdit", self.tr("Name"))
        self.kind = _named(QComboBox(self), "methodKindCombo", self.tr("Method type"))
        for code in withdrawals.METHOD_KINDS:
            self.kind.addItem(labels.label(labels.PAYMENT_METHOD, code), code)
        self.currency = _named(QLineEdit("USD", self), "currencyEdit", self.tr("Currency"))
        self.currency.setMaxLength(3)
        self.fee_fixed = _named(QLineEdit(self), "feeFixedEdit", self.tr("Fixed fee"))
        self.fee_percent = _named(QLineEdit("0", self), "methodFeePercentEdit",
                                  self.tr("Percent fee"))
        self.fee_min = _named(QLineEdit(self), "feeMinEdit", self.tr("Minimum fee"))
        self.fee_max = _named(QLineEdit(self), "feeMaxEdit", self.tr("Maximum fee"))
        self.activation = _named(QSpinBox(self), "activationSpin", self.tr("Activation days"))
        self.activation.setRange(0, 60)
        self.activation.setSuffix(self.tr(" days"))
        self.account = _named(QLineEdit(self), "accountEdit", self.tr("Account number"))
        self.account.setEchoMode(QLineEdit.EchoMode.Password)
        self.routing = _named(QLineEdit(self), "routingEdit", self.tr("Routing, SWIFT or IBAN"))
        self.holder = _named(QLineEdit(self), "holderEdit", self.tr("Account holder or e-mail"))
        self.note = QLabel(self)
        self.note.setObjectName("presetNote")
        self.note.setWordWrap(True)
        # a wrapped label in a form row shrinks to a sliver
        self.note.setMinimumWidth(FIELD_WIDTH_L)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Type:"), self.kind)
        self.form.addRow(self.tr("&Currency:"), self.currency)
        self.form.addRow(self.tr("&Fixed fee:"), self.fee_fixed)
        self.form.addRow(self.tr("&Percent fee:"), self.fee_percent)
        self.form.addRow(self.tr("Mi&nimum / maximum:"), self._pair(self.fee_min, self.fee_max))
        self.form.addRow(self.tr("&Activation:"), self.activation)
        self.form.addRow("", self.note)
        self.form.addRow(self.tr("Acc&ount number:"), self.account)
        self.form.addRow(self.tr("&Routing / SWIFT:"), self.routing)
        self.form.addRow(self.tr("&Holder / e-mail:"), self.holder)
        keyring_note = QLabel(self.tr("Payout details are stored in your system keyring, never "
                                      "in the database; only the last four digits are shown."),
                              self)
        keyring_note.setWordWrap(True)
        keyring_note.setObjectName("keyringNote")
        self.layout_.addWidget(keyring_note)
        self.finish_layout()
        self.setMinimumWidth(FORM_WIDTH)
        self.kind.currentIndexChanged.connect(self._apply_preset)
        if method is None:
            self._apply_preset()
        else:
            self.name.setText(method.name)
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(method.kind))
            self.kind.blockSignals(False)
            self.currency.setText(method.currency)
            self.fee_fixed.setText(f"{method.fee_fixed}")
            self.fee_percent.setText(method.fee_percent)
            self.fee_min.setText("" if method.fee_min is None else f"{method.fee_min}")
            self.fee_max.setText("" if method.fee_max is None else f"{method.fee_max}")
            self.activation.setValue(method.activation_days)
            self.account.setPlaceholderText(
                self.tr("{mask} — leave empty to keep").format(mask=secrets.mask(method.last4))
                if method.last4 else self.tr("not stored"))
            try:
                details = secrets.payout_details(method.id)
            except secrets.SecretStoreError as exc:
                details = {}
                self.fail(messages.text(exc))
            self.routing.setText(details.get("routing", ""))
            self.holder.setText(details.get("holder", ""))

    def _pair(self, first: QWidget, second: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        first.setPlaceholderText(self.tr("none"))
        second.setPlaceholderText(self.tr("none"))
        row.addWidget(first)
        row.addWidget(second)
        return box

    def _apply_preset(self) -> None:
        preset = withdrawals.PRESETS[self.kind.currentData()]
        self.fee_fixed.setText(f"{preset.fee_fixed:.2f}")
        self.fee_percent.setText(f"{preset.fee_percent.normalize():f}")
        self.fee_min.clear()
        self.fee_max.clear()
        self.activation.setValue(preset.activation_days)
        self.note.setText(self.tr("Upwork's fee: {note}").format(note=preset.note or "—"))
        method_names = labels.labels(labels.PAYMENT_METHOD)
        if not self.name.text() or self.name.text() in method_names.values():
            self.name.setText(method_names[self.kind.currentData()])

    def _details(self) -> dict[str, str] | None:
        account = self.account.text().strip()
        if self.method is not None and not account:
            if not self.method.last4:
                account = ""
            else:  # keep the stored number, update the other details
                account = secrets.payout_details(self.method.id).get("account_number", "")
        return {"account_number": account, "routing": self.routing.text(),
                "holder": self.holder.text()}

    def run(self):
        fields = dict(
            name=self.name.text(), kind=self.kind.currentData(),
            currency=self.currency.text().strip() or "USD",
            fee_fixed=_money_or_none(self.fee_fixed.text()) or Decimal(0),
            fee_percent=Decimal(self.fee_percent.text().strip() or "0"),
            fee_min=_money_or_none(self.fee_min.text()),
            fee_max=_money_or_none(self.fee_max.text()),
            activation_days=self.activation.value())
        return payment_ops.save_method(None if self.method is None else self.method.id, fields,
                                       self._details())


# ---------------------------------------------------------------------------------------------

class WithdrawalDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None, *, context: EntryContext | None = None,
                 kept_out: list[tuple[date, Decimal]] | None = None):
        """`context`: the tab's last read (methods, the available balance by day); `kept_out`:
        withdrawals and costs kept in the outbox, not sent yet (day, amount): the balance the
        dialog checks against is less them."""
        super().__init__(self.tr("Record a withdrawal"), "withdrawalDialog", parent)
        self.context = context if context is not None else payments.entry_context()
        self.kept_out = list(kept_out or [])
        self.method = _named(QComboBox(self), "methodCombo", self.tr("Withdrawal method"))
        for method in self.context.methods:
            self.method.addItem(labels.payment_method(method), method.id)
        self.when = _date_edit(self, "withdrawalDateEdit", self.tr("Date"))
        self.amount = _named(QLineEdit(self), "withdrawalAmountEdit", self.tr("Amount in USD"))
        self.amount.setPlaceholderText("$0.00")
        self.fee = _named(QLineEdit(self), "withdrawalFeeEdit", self.tr("Fee"))
        self.local = _named(QLineEdit(self), "localAmountEdit", self.tr("Amount received"))
        self.rate = _named(QLineEdit(self), "exchangeRateEdit", self.tr("Exchange rate"))
        self.anyway = _named(QCheckBox(self.tr("Record anyway (earlier statements are not "
                                               "imported)"), self),
                             "overdraftCheck", self.tr("Record beyond the available balance"))
        self.anyway.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("withdrawalSummary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.tr("&Method:"), self.method)
        self.form.addRow(self.tr("&Date:"), self.when)
        self.form.addRow(self.tr("&Amount (USD):"), self.amount)
        self.form.addRow(self.tr("&Fee:"), self.fee)
        self.local_label = QLabel(self.tr("&Received:"), self)
        self.local_label.setBuddy(self.local)
        self.form.addRow(self.local_label, self.local)
        self.rate_label = QLabel(self.tr("E&xchange rate:"), self)
        self.rate_label.setBuddy(self.rate)
        self.form.addRow(self.rate_label, self.rate)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.anyway)
        self.finish_layout(self.kept_text())
        self.setMinimumWidth(FORM_WIDTH)
        self._fee_touched = False
        self.fee.textEdited.connect(lambda _: setattr(self, "_fee_touched", True))
        for signal in (self.method.currentIndexChanged, self.amount.textChanged,
                       self.fee.textChanged, self.local.textChanged, self.rate.textChanged,
                       self.when.dateChanged):
            signal.connect(self.update_summary)
        self.update_summary()

    def _method(self):
        return self.context.method(self.method.currentData())

    def _available(self) -> Decimal:
        """The available balance on the chosen day, as read, less what waits in the outbox."""
        day = self.when.date().toPython()
        return self.context.available_on(day) - sum(
            (amount for on, amount in self.kept_out if on <= day), Decimal(0))

    def update_summary(self) -> None:
        method = self._method()
        if method is None:
            self.summary.setText(self.tr("Add a withdrawal method first."))
            self.ok_button.setEnabled(False)
            return
        self.ok_button.setEnabled(True)
        foreign = method.currency != "USD"
        for widget in (self.local, self.rate, self.local_label, self.rate_label):
            widget.setVisible(foreign)
        self.local.setPlaceholderText(method.currency)
        self.rate.setPlaceholderText(self.tr("{cur} per USD").format(cur=method.currency))
        try:
            amount = _money_or_none(self.amount.text())
        except MoneyError:
            self.summary.setText(self.tr("The amount is not a number."))
            return
        if amount is not None and not self._fee_touched:
            self.fee.blockSignals(True)
            self.fee.setText(f"{withdrawals.fee_for(method, amount)}")
            self.fee.blockSignals(False)
        available = self._available()
        if amount is None:
            self.summary.setText(self.tr("Available: {a}").format(a=money(available)))
            self.anyway.hide()
            return
        try:
            fee = _money_or_none(self.fee.text()) or Decimal(0)
        except MoneyError:
            fee = Decimal(0)
        text = self.tr("Available {a}. {amount} leaves your balance ({fee} fee).").format(
            a=money(available), amount=money(amount + fee),
            fee=money(fee))
        over = amount + fee > available
        self.anyway.setVisible(over)
        if over:
            text += " " + self.tr("<b>That is more than the available balance.</b>")
        self.summary.setText(text)

    def run(self):
        method = self._method()
        if method is None:
            raise PaymentError(self.tr("Add a withdrawal method first."))
        amount = _money_or_none(self.amount.text())
        if amount is None:
            raise PaymentError(self.tr("Enter the amount withdrawn in USD."))
        rate = self.rate.text().strip()
        when = _utc_noon(self.when.date())
        fee, local = _money_or_none(self.fee.text()), _money_or_none(self.local.text())
        exchange = Decimal(rate) if rate else None
        check = not self.anyway.isChecked()
        amount, shown_fee = withdrawals.check_withdrawal(
            method, amount, when, fee=fee,
            # the balance as read is checked only while the server is away (then it is all
            # there is); else the service checks it against the ledger as it is now
            available=self._available() if check and workspace_live.offline() else None)
        return write_or_keep("withdrawal.record", {
            "method_id": method.id, "amount": _text(amount), "occurred_at": when.isoformat(),
            "fee": _text(fee), "local_amount": _text(local), "local_currency": method.currency,
            "exchange_rate": _text(exchange), "check_balance": check,
            "method": labels.payment_method(method), "shown_fee": _text(shown_fee)},
            lambda: payment_ops.record_withdrawal(
                method_id=method.id, amount=amount, occurred_at=when, fee=fee,
                local_amount=local, local_currency=method.currency, exchange_rate=exchange,
                check_balance=check))


# ---------------------------------------------------------------------------------------------

class EditTransactionDialog(_Dialog):
    """Change a row's description, client and contract (amounts are the statement's)."""

    def __init__(self, tx, parent: QWidget | None = None, *,
                 context: EntryContext | None = None):
        super().__init__(self.tr("Edit transaction"), "editTransactionDialog", parent)
        context = context if context is not None else payments.entry_context()
        self.tx = tx
        # the line as the user reads it; a line the app worded keeps its code unless edited
        self.shown = shown_description(tx)
        self.description = _named(QLineEdit(self.shown, self), "editDescriptionEdit",
                                  self.tr("Description"))
        self.client = _named(QComboBox(self), "editClientCombo", self.tr("Client"))
        self.client.setEditable(True)
        self.client.addItem("", None)
        for name, client_id in context.clients:
            self.client.addItem(name, client_id)
        if tx.client_id:
            self.client.setCurrentIndex(self.client.findData(tx.client_id))
        self.contract = _named(QComboBox(self), "editContractCombo", self.tr("Contract"))
        self.contract.addItem(self.tr("(none)"), None)
        for terms in context.contracts:
            self.contract.addItem(terms.title, terms.id)
        if tx.contract_id:
            self.contract.setCurrentIndex(self.contract.findData(tx.contract_id))
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("&Client:"), self.client)
        self.form.addRow(self.tr("Co&ntract:"), self.contract)
        self.finish_layout(self.tr("The workspace server cannot be reached. Your change is "
                                   "kept on this computer, shown in Payments as not sent yet, "
                                   "and sent when the server is back."))
        self.setMinimumWidth(FORM_WIDTH)

    def run(self):
        name = self.client.currentText().strip()
        client_id = None
        if name:  # a name that is no client yet is made one
            index = self.client.findText(name, Qt.MatchFlag.MatchFixedString)
            client_id = self.client.itemData(index) if index >= 0 else None
        changes = {"client_id": client_id, "contract_id": self.contract.currentData()}
        if self.description.text().strip() != self.shown.strip():
            changes["description"] = self.description.text()
        from ui.payments.kept import shown_row

        return write_or_keep("payment.edit", {
            "tx_id": self.tx.id, "changes": changes, "client_name": name,
            "row": shown_row(self.tx), "contract": self.contract.currentText()
            if self.contract.currentData() else ""},
            lambda: payment_ops.edit_transaction(self.tx.id, changes, client_name=name))

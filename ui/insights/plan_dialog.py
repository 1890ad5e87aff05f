"""Insights ▸ Cash flow ▸ Planned withdrawals…: the withdrawals the freelancer means to make.

The list shows each plan (day, amount, method and its fee); the form below adds one. Adding and
removing are operations on the Insights tab's undo stack (ui/operations/insights.py), so Edit ▸
Undo takes them back; a refusal (a day in the past, no amount) shows inline and changes nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.errors import ServiceError
from desktop.services import planned_withdrawals, withdrawals
from ui import formatting, labels, messages
from ui.formatting import money
from ui.operations import insights as ops
from ui.proposals.common import MoneyEdit
from ui.theme import FORM_WIDTH_WIDE, LIST_HEIGHT_M
from ui.widgets.naming import named
from ui.widgets.note_label import note_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanDialog(QDialog):
    def __init__(self, undo_stack: QUndoStack, on_change: Callable[[], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack, self.on_change = undo_stack, on_change
        named(self, "planWithdrawalsDialog", self.tr("Planned withdrawals"))
        self.setWindowTitle(self.tr("Planned withdrawals"))
        self.setMinimumWidth(FORM_WIDTH_WIDE)
        box = QVBoxLayout(self)
        intro = QLabel(self.tr("Cash flow counts each planned withdrawal, with its fee, against "
                               "your balance from its day on. Planning moves no money."), self)
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.list = named(QListWidget(self), "plannedList", self.tr("Planned withdrawals"))
        self.list.setMinimumHeight(LIST_HEIGHT_M)
        self.list.currentRowChanged.connect(lambda _row: self._selection())
        box.addWidget(self.list)
        row = QHBoxLayout()
        self.remove_button = named(QPushButton(self.tr("&Remove"), self), "removePlanButton",
                                   self.tr("Remove the selected planned withdrawal"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        box.addLayout(row)

        form = QFormLayout()
        self.day = named(QDateEdit(self), "planDateEdit", self.tr("Day"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(formatting.edit_format())
        today = clock.today()
        self.day.setMinimumDate(QDate(today.year, today.month, today.day))
        soon = today + timedelta(days=7)
        self.day.setDate(QDate(soon.year, soon.month, soon.day))
        self.amount = MoneyEdit("planAmountEdit", self.tr("Amount in USD"), self)
        self.method = named(QComboBox(self), "planMethodCombo", self.tr("Withdrawal method"))
        self.method.addItem(self.tr("No method (no fee counted)"), None)
        for method in withdrawals.methods():
            self.method.addItem(labels.payment_method(method), method.id)
        if self.method.count() > 1:
            self.method.setCurrentIndex(1)
        self.note = named(QLineEdit(self), "planNoteEdit", self.tr("Note"))
        self.fee_label = QLabel(self)
        self.fee_label.setObjectName("planFeeLabel")
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Amount (USD):"), self.amount)
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.fee_label)
        box.addLayout(form)
        self.error = note_label(self, "errorLabel", "error")
        box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = named(buttons.addButton(self.tr("&Plan"),
                                                  QDialogButtonBox.ButtonRole.ActionRole),
                                "addPlanButton", self.tr("Plan this withdrawal"))
        self.add_button.clicked.connect(self.add)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.amount.textChanged.connect(lambda _t: self._fee())
        self.method.currentIndexChanged.connect(lambda _i: self._fee())
        self.reload()
        self._fee()

    # -- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.clear()
        for plan in planned_withdrawals.planned():
            text = self.tr("%1: %2").replace("%1", formatting.date(plan.day)).replace(
                "%2", money(plan.amount))
            if plan.method:
                text += " · " + self.tr("%1, fee %2").replace("%1", plan.method).replace(
                    "%2", money(plan.fee))
            if plan.note:
                text += " · " + plan.note
            item = QListWidgetItem(text, self.list)
            item.setToolTip(text)  # a long method name is cut in the list
            item.setData(ID_ROLE, plan.id)
            if plan.id == current:
                self.list.setCurrentItem(item)
        if not self.list.count():
            empty = QListWidgetItem(self.tr("No withdrawals planned yet."), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self._selection()

    def _selection(self) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(item is not None and item.data(ID_ROLE) is not None)

    def _fee(self) -> None:
        amount, method_id = self.amount.value(), self.method.currentData()
        method = withdrawals.find_method(method_id) if method_id else None
        if amount is None or method is None:
            self.fee_label.setText("")
            return
        fee = withdrawals.fee_for(method, amount)
        self.fee_label.setText(self.tr("Fee %1; %2 leaves your balance.").replace(
            "%1", money(fee)).replace("%2", money(amount + fee)))

    # -- operations -------------------------------------------------------------------------
    def _refused(self, exc: ServiceError) -> None:
        self.error.setText(messages.text(exc))
        self.error.show()

    def _push(self, op) -> bool:
        self.error.hide()
        self.undo_stack.push(op)
        if op.failed:
            return False
        self.reload()
        self.on_change()
        return True

    def add(self) -> None:
        amount = self.amount.value()
        if amount is None:
            self.error.setText(self.tr("Enter the amount to withdraw in USD."))
            self.error.show()
            self.amount.setFocus()
            return
        if self._push(ops.PlanWithdrawal(self.day.date().toPython(), amount,
                                         self.method.currentData(), self.note.text(),
                                         on_error=self._refused)):
            self.amount.clear()
            self.note.clear()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ID_ROLE) is not None:
            self._push(ops.RemovePlannedWithdrawal(item.data(ID_ROLE), on_error=self._refused))

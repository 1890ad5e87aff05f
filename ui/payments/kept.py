"""Earnings, costs and withdrawals recorded while the workspace server was away (issue 18).

They wait in the outbox (desktop/outbox.py, calls named in outbox.PAYMENT_CALLS) until the
server is back, and the ledger (read from the server) does not have them yet. This strip above
the Payments tab's pages lists them as *not sent yet*, with the figures the dialog showed, so
nobody records the same money twice meanwhile; it empties itself as they are sent. One the
server refused when it was sent (a withdrawal over the balance the server knows, a contract
deleted meanwhile) stays listed with the reason, and Discard takes it out of the outbox."""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import outbox
from desktop.errors import error_from_data
from ui import formatting, messages, theme, workspace_live
from ui.formatting import money
from ui.operations import payments as operations
from ui.payments.dialogs import COST_CHOICES, EARNING_CHOICES, Kept
from ui.payments.models import kind_label, shown_description
from ui.theme import set_tone
from ui.widgets.naming import named as _named

_KINDS = dict(EARNING_CHOICES + COST_CHOICES)  # the words the dialog offered them with


_AMOUNT = re.compile(r"-?\d+\.\d\d")  # an amount kept as text (errors.error_data): money again


def kept_calls() -> list[outbox.Call]:
    """The payments waiting in the outbox of the window's workspace, in the order made."""
    state = workspace_live.current()
    if state is None:
        return []
    return [c for c in outbox.calls(state.folder) if c.name in outbox.PAYMENT_CALLS]


def _amount(value) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else Decimal(0)


def kept_out(calls: list[outbox.Call]) -> list[tuple[date, Decimal]]:
    """What the kept withdrawals and costs take from the balance, by their day (a refused one
    takes nothing)."""
    out = []
    for call in calls:
        if call.problem or call.name not in ("withdrawal.record", "payment.cost"):
            continue
        day = datetime.fromisoformat(call.args["occurred_at"]).date()
        if call.name == "withdrawal.record":
            out.append((day, _amount(call.args["amount"])
                        + _amount(call.args.get("fee") or call.args.get("shown_fee"))))
        elif call.name == "payment.cost":
            out.append((day, _amount(call.args["amount"])))
    return out


def deleting(calls: list[outbox.Call]) -> frozenset[int]:
    """The ledger rows that kept deletes take out when they are sent (the ledger shows them
    as waiting for it)."""
    return frozenset(int(tx_id) for call in calls if call.name == "payment.delete"
                     and not call.problem for tx_id in call.args.get("ids") or ())


def shown_row(tx) -> dict:
    """A ledger row (payments.LedgerRow) as a kept edit or delete names it in the strip."""
    return {"line": shown_description(tx) or kind_label(tx.kind),
            "day": tx.occurred_at.date().isoformat(), "net": f"{tx.net}"}


def _row_text(row: dict) -> str:
    return QCoreApplication.translate("KeptPayments", "“{line}”, {day}, {amount}").format(
        line=row.get("line") or "", day=formatting.date(date.fromisoformat(row["day"])),
        amount=money(_amount(row.get("net"))))


def line(call: outbox.Call) -> str:
    """One kept payment as the strip says it (plain text)."""
    args = call.args
    translate = QCoreApplication.translate
    if call.name == "payment.delete":
        rows = args.get("rows") or []
        return translate("KeptPayments", "Delete {rows}").format(
            rows="; ".join(map(_row_text, rows)))
    if call.name == "payment.restore":
        rows = args.get("rows") or []
        return translate("KeptPayments", "Restore {rows}").format(
            rows="; ".join(map(_row_text, rows)))
    if call.name == "payment.edit":
        changes = args.get("changes") or {}
        parts = [translate("KeptPayments", "description “{text}”").format(
                     text=changes["description"])] if "description" in changes else []
        if args.get("client_name"):
            parts.append(translate("KeptPayments", "client {name}").format(
                name=args["client_name"]))
        if args.get("contract"):
            parts.append(translate("KeptPayments", "contract {name}").format(
                name=args["contract"]))
        return translate("KeptPayments", "Change {row}: {changes}").format(
            row=_row_text(args.get("row") or {}), changes=", ".join(parts))
    day = formatting.date(datetime.fromisoformat(args["occurred_at"]).date())
    if call.name == "withdrawal.record":
        fee = args.get("fee") or args.get("shown_fee")
        return translate("KeptPayments", "Withdrawal of {amount} to {method} ({fee} fee), "
                         "{day}").format(amount=money(_amount(args["amount"])),
                                         method=args.get("method") or "",
                                         fee=money(_amount(fee)), day=day)
    kind = translate("EarningDialog", _KINDS.get(args["kind"], args["kind"]))
    if call.name == "payment.cost":
        return translate("KeptPayments", "{kind}: {amount}, {day}").format(
            kind=kind, amount=money(_amount(args["amount"])), day=day)
    whose = ", ".join(part for part in (args.get("client_name") or "",
                                        args.get("contract") or "") if part)
    text = translate("KeptPayments", "{kind}: {gross} billed, about {fee} fee, {day}").format(
        kind=kind, gross=money(_amount(args["gross"])), fee=money(_amount(args.get("fee"))),
        day=day)
    return f"{text} — {whose}" if whose else text


def refusal(call: outbox.Call) -> str:
    """Why the server refused a kept payment when it was sent, in the user's language."""
    reason = call.reason or {"code": call.problem}
    params = {name: Decimal(value) if isinstance(value, str) and _AMOUNT.fullmatch(value)
              else value for name, value in (reason.get("params") or {}).items()}
    return messages.text(error_from_data({**reason, "params": params}))


class KeptPayments(QFrame):
    """The payments kept on this computer, not sent yet; hidden when there are none."""

    changed = Signal(list)  # the kept calls listed now (outbox.Call), when they change

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keptPayments")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(theme.SPACE_M, theme.SPACE_S, theme.SPACE_M,
                                        theme.SPACE_S)
        self.layout_.setSpacing(theme.SPACE_XS)
        self.title = QLabel(self)
        self.title.setObjectName("keptPaymentsTitle")
        self.title.setWordWrap(True)
        set_tone(self.title, "warning")
        self.layout_.addWidget(self.title)
        self.rows: list[QWidget] = []
        self.calls: list[outbox.Call] = []
        self._following = None
        self.hide()

    def follow(self) -> None:
        """Show again whenever the window's outbox is sent or kept into (the workspace the
        window is on may change: Settings ▸ Workspace)."""
        state = workspace_live.current()
        if state is self._following:
            return
        # (the one followed before goes with its workspace; should it still send, what is
        # shown is read from the current one all the same)
        self._following = state
        if state is not None:
            state.outbox_sent.connect(self.show_kept)

    def show_kept(self, *_) -> None:
        self.follow()
        calls = kept_calls()
        if calls == self.calls:
            return
        self.calls = calls
        self.changed.emit(calls)
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        if not calls:
            self.hide()
            return
        waiting = sum(not c.problem for c in calls)
        refused = len(calls) - waiting
        parts = []
        if waiting:
            parts.append(self.tr(
                "%n change(s) made while the workspace server was away: kept on this "
                "computer, not sent yet. They are sent when the server is back and then show "
                "in the ledger.", "", waiting))
        if refused:
            parts.append(self.tr("The server refused %n kept payment(s):", "", refused))
        self.title.setText("⚠ " + "\n".join(parts))
        for number, call in enumerate(calls):
            self.rows.append(self._row(number, call))
        self.show()

    def _row(self, number: int, call: outbox.Call) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE_M)
        text = QLabel(row)
        text.setObjectName(f"keptPayment{number}")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if call.problem:
            text.setText(self.tr("✗ {line}: {why}").format(line=line(call), why=refusal(call)))
            set_tone(text, "error")
        else:
            text.setText(self.tr("● {line} — not sent yet").format(line=line(call)))
        layout.addWidget(text, 1)
        if call.problem:
            discard = _named(QPushButton(self.tr("Discard…"), row), f"discardKept{number}",
                             self.tr("Discard the refused payment"))
            discard.clicked.connect(lambda _=False, c=call: self.discard(c))
            layout.addWidget(discard)
        self.layout_.addWidget(row)
        return row

    def discard(self, call: outbox.Call) -> QMessageBox | None:
        """Ask, then take a refused payment out of the outbox (record it again if it should
        be in the ledger after all)."""
        state = workspace_live.current()
        if state is None:
            return None
        question = self.tr("Discard “{line}”? The ledger stays as the server has it.") \
            if call.name in ("payment.edit", "payment.delete", "payment.restore") \
            else self.tr("Discard “{line}”? It is not in the ledger; record it again if it "
                         "should be.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the refused payment"),
                          question.format(line=line(call)),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("discardKeptBox")

        def done(answer: int) -> None:
            box.deleteLater()
            if answer == QMessageBox.StandardButton.Discard:
                operations.discard_kept(state.folder, call.id)
                self.show_kept()

        box.finished.connect(done)
        box.open()
        return box


def said(result, message: str) -> str:
    """The status line after a recording dialog: `message`, or that it was kept."""
    if isinstance(result, Kept):
        return QCoreApplication.translate(
            "KeptPayments", "Kept on this computer: sent when the workspace server is back")
    return message


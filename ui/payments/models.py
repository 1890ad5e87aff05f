"""Item models of the Payments tab (on ui.widgets.table_model): the ledger (id-based, lazy,
sorted and filtered in SQL), report tables and withdrawal methods."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont

from desktop import clock
from desktop.services import withdrawals
from desktop.services.payments import (
    EARNING_KINDS,
    LedgerFilter,
    LedgerRow,
    TransactionStatus,
    ledger_ids,
    ledger_rows,
)
from desktop.services.withdrawals import MethodRow
from ui import formatting, i18n, labels, messages
from ui.formatting import money
from ui.widgets.table_model import ID_ROLE as ID_ROLE  # re-exported for the tab
from ui.widgets.table_model import Column, IdTableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

# Theme colour names (ui.theme) by meaning, so the dark theme keeps its contrast.
STATUS_TONES = {"in_review": "warning", "pending": "info", "available": "success",
                "withdrawn": "muted"}


def kind_label(kind: str | None) -> str:
    return labels.label(labels.PAYMENT_KIND, kind)


# The words desktop.io.reports_export puts in report tables (shared with the CSV and the CLI,
# which stay English for the accountant); the tab shows them in the user's language.
_REPORT_WORDS = {
    "Month": QT_TRANSLATE_NOOP("ReportTable", "Month"),
    "Client": QT_TRANSLATE_NOOP("ReportTable", "Client"),
    "Contract": QT_TRANSLATE_NOOP("ReportTable", "Contract"),
    "Category": QT_TRANSLATE_NOOP("ReportTable", "Category"),
    "Fee": QT_TRANSLATE_NOOP("ReportTable", "Fee"),
    "Amount": QT_TRANSLATE_NOOP("ReportTable", "Amount"),
    "Gross": QT_TRANSLATE_NOOP("ReportTable", "Gross"),
    "Service fees": QT_TRANSLATE_NOOP("ReportTable", "Service fees"),
    "Net": QT_TRANSLATE_NOOP("ReportTable", "Net"),
    "Costs": QT_TRANSLATE_NOOP("ReportTable", "Costs"),
    "Take-home": QT_TRANSLATE_NOOP("ReportTable", "Take-home"),
    "Hours": QT_TRANSLATE_NOOP("ReportTable", "Hours"),
    "Payments": QT_TRANSLATE_NOOP("ReportTable", "Payments"),
    "Total": QT_TRANSLATE_NOOP("ReportTable", "Total"),
    "Withdrawal fees": QT_TRANSLATE_NOOP("ReportTable", "Withdrawal fees"),
    "Connects": QT_TRANSLATE_NOOP("ReportTable", "Connects"),
    "Membership": QT_TRANSLATE_NOOP("ReportTable", "Membership"),
    "Other charges": QT_TRANSLATE_NOOP("ReportTable", "Other charges"),
    "No client": QT_TRANSLATE_NOOP("ReportTable", "No client"),
    "Uncategorised": QT_TRANSLATE_NOOP("ReportTable", "Uncategorised"),
}


def month_name(key: str, short: bool = False) -> str:
    """"2024-03" as "Mar 2024" (or "Mar") in the user's language."""
    year, month = (int(part) for part in key.split("-"))
    return formatting.month(year, month, short=short)


def shown_description(tx: LedgerRow) -> str:
    """The row's description in the user's language (a line the app worded is stored as a code;
    the user's own text and a statement's as written)."""
    return messages.ledger(tx.description, tx.description_code, tx.description_params)


def description_order() -> Callable[[str, str | None, dict | None], str] | None:
    """What the ledger sorts Description by (payments.ledger_ids' `says`): nothing in English,
    where the stored lines are the shown ones and SQL sorts them; in another language the
    lines as the user reads them, since the app's own lines are stored in English."""
    return None if i18n.current_language() == "en" else messages.ledger


def description_text(description: str, contract: str, minutes: int | None = None) -> str:
    """The ledger's Description without the contract's title when the Contract column shows
    it: "Bootstrap5 Expert (34848691)" under contract "Bootstrap5 Expert" says only what is
    left — or the hours worked (the full text is in the tooltip)."""
    text = description or ""
    if contract and text.casefold().startswith(contract.casefold()):
        rest = re.sub(r"^\s*\(\d+\)", "", text[len(contract):])
        rest = rest.strip(" -–—·:,")
        if not rest and minutes:
            rest = translate("LedgerModel", "{hours} h").format(
                hours=f"{minutes // 60}:{minutes % 60:02d}")
        return rest
    return text


def report_text(text: str) -> str:
    """A report cell or header from reports_export, in the user's language."""
    if text in _REPORT_WORDS:
        return translate("ReportTable", _REPORT_WORDS[text])
    if match := re.fullmatch(r"No contract \((.*)\)", text):
        who = report_text("No client") if match[1] == "no client" else match[1]
        return translate("ReportTable", "No contract ({who})").format(who=who)
    if match := re.fullmatch(r"Service fees as % of gross \((.*)\)", text):
        return translate("ReportTable", "Service fees as % of gross ({gross})").format(
            gross=match[1])
    return text


def qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day) -> str:
    return formatting.date(day) if day else ""


def local_day(moment: datetime):
    """The user's local calendar day of a UTC moment (statement rows sit at noon UTC)."""
    return moment.astimezone().date()


def _fee(tx: LedgerRow) -> str:
    fee = tx.fee or tx.linked_fee
    return money(fee) if fee else ""


def _fee_tip(tx: LedgerRow) -> str | None:
    if not tx.fee and tx.linked_fee:
        return translate("LedgerModel", "Upwork booked the {fee} service fee as its own row; "
                         "after it this payment nets {net}").format(
            fee=money(tx.linked_fee), net=money(tx.net - tx.linked_fee))
    if tx.fee and tx.kind in EARNING_KINDS:
        rate = (tx.fee / tx.gross * 100).quantize(Decimal("0.01")) if tx.gross else 0
        return translate("LedgerModel", "Service fee {fee} ({rate}% of {gross})").format(
            fee=money(tx.fee), rate=rate, gross=money(tx.gross))
    return None


def _description_tip(tx: LedgerRow) -> str:
    parts = [shown_description(tx)]
    if tx.ext_ref and not tx.ext_ref.startswith("ws:"):
        parts.append(translate("LedgerModel", "Ref ID {ref}").format(ref=tx.ext_ref))
    if tx.parent_ref:
        parts.append(translate("LedgerModel", "Linked to {kind} {ref}").format(
            kind=kind_label(tx.parent_kind) if tx.parent_kind else "", ref=tx.parent_ref))
    if tx.minutes:
        parts.append(translate("LedgerModel", "{time} hours").format(
            time=f"{tx.minutes // 60}:{tx.minutes % 60:02d}"))
    return "\n".join(p for p in parts if p)


def _status_tip(tx: LedgerRow) -> str | None:
    if tx.available_on and tx.status in (TransactionStatus.PENDING,
                                         TransactionStatus.IN_REVIEW):
        return translate("LedgerModel", "Available on {day}").format(
            day=formatting.date(tx.available_on, long=True))
    return None


def _local(tx: LedgerRow) -> str:
    if tx.local_amount is None or not tx.local_currency:
        return ""
    return money(tx.local_amount, tx.local_currency)


def _muted(_tx: LedgerRow) -> str:
    return "muted"


class LedgerModel(IdTableModel[LedgerRow]):
    """Transactions matching a LedgerFilter, sorted in SQL; rows read a page at a time."""

    columns = (
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Date"),
               lambda tx: short_date(local_day(tx.occurred_at)), sort="date"),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Type"), lambda tx: kind_label(tx.kind),
               sort="kind"),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Description"),
               lambda tx: description_text(shown_description(tx), tx.contract, tx.minutes),
               sort="description", tooltip=_description_tip),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Client"), lambda tx: tx.client, sort="client"),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Contract"), lambda tx: tx.contract,
               sort="contract"),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Status"),
               lambda tx: labels.label(labels.PAYMENT_STATUS, tx.status), sort="status",
               tooltip=_status_tip, tone=lambda tx: STATUS_TONES.get(tx.status, "muted")),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Available on"),
               lambda tx: short_date(tx.available_on) if tx.kind in _DATED else "",
               sort="available_on", tone=_muted),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Gross"),
               lambda tx: money(tx.gross) if tx.gross else "", sort="gross",
               tone=lambda tx: "error" if tx.gross < 0 else None, right=True),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Fee"), _fee, sort="fee", tooltip=_fee_tip,
               tone=_muted, right=True),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Net"), lambda tx: money(tx.net), sort="net",
               tone=lambda tx: "error" if tx.net < 0 else None, right=True),
        Column(QT_TRANSLATE_NOOP("LedgerModel", "Local amount"), _local, sort="local",
               tooltip=lambda tx: translate(
                   "LedgerModel", "Exchange rate {rate} {currency} per USD").format(
                   rate=tx.exchange_rate, currency=tx.local_currency)
               if tx.exchange_rate else None, tone=_muted, right=True))
    DATE, KIND, DESCRIPTION, CLIENT, CONTRACT, STATUS, AVAILABLE, GROSS, FEE, NET, LOCAL = \
        range(11)  # sort keys: payments.LEDGER_SORTS
    PAGE = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = LedgerFilter()
        self.sort_key, self.descending = "date", True
        # rows a delete kept while the workspace server is away takes out once sent: shown
        # struck through and muted until then (ui/payments/kept.py lists the delete)
        self.deleting: frozenset[int] = frozenset()
        # Set by the tab: a new order is read on the database worker, not here
        self.order_changed: Callable[[], None] | None = None

    @property
    def filter(self) -> LedgerFilter:
        return self._filter

    def set_filter(self, flt: LedgerFilter, *, read: bool = True) -> None:
        """A new filter; ``read=False``: the ids are read elsewhere and given to show_read."""
        self._filter = flt
        if read:
            self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self.order_changed is None or not 0 <= column < len(self.columns) \
                or self.columns[column].sort is None:
            super().sort(column, order)
            return
        order_now = (self.sort_key, self.descending)
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        if (self.sort_key, self.descending) != order_now:
            self.order_changed()

    def show_read(self, ids: list[int], first_rows: Mapping[int, LedgerRow]) -> None:
        """Ids and the first page's rows read elsewhere (the tab's refresh, on the database
        worker): shown without asking the database on this thread. Like reload(), the
        selection clears."""
        self.set_ids(ids)
        first = ids[:self.PAGE]
        if first and all(tx_id in first_rows for tx_id in first):
            self._pages[0] = (frozenset(first), {tx_id: first_rows[tx_id] for tx_id in first})

    def load_ids(self) -> list[int]:
        """Ids in the current order; ties fall back to the id so the order is stable."""
        return ledger_ids(self._filter, self.sort_key or "date", self.descending,
                          says=description_order())

    def load_rows(self, ids: list[int]) -> dict[int, LedgerRow]:
        return ledger_rows(ids)

    def transaction(self, row: int) -> LedgerRow | None:
        return self.item(row)

    def show_deleting(self, ids: frozenset[int]) -> None:
        """Mark the rows waiting to be deleted (the rows already read are painted again,
        nothing is read)."""
        if ids == self.deleting:
            return
        self.deleting = ids
        self._cells.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def waits_deletion(self, tx: LedgerRow) -> bool:
        return tx.id in self.deleting or tx.parent_id in self.deleting

    def cells(self, item: LedgerRow):
        cells = super().cells(item)
        if not self.waits_deletion(item):
            return cells
        return tuple((text, "muted", background, _struck(), align)
                     for text, _tone, background, _bold, align in cells)

    def tooltip(self, item: LedgerRow, column: int) -> str | None:
        tip = super().tooltip(item, column)
        if not self.waits_deletion(item):
            return tip
        note = translate("LedgerModel", "Deleted on this computer, not sent yet: it leaves "
                                        "the ledger when the workspace server is back.")
        return f"{note}\n\n{tip}" if tip else note


_DATED = {"hourly", "fixed_price", "bonus", "service_fee"}
_STRUCK: list[QFont] = []


def _struck() -> QFont:
    """The font of a row waiting to be deleted (made once, after the application)."""
    if not _STRUCK:
        font = QFont()
        font.setStrikeOut(True)
        _STRUCK.append(font)
    return _STRUCK[0]


@dataclass(frozen=True)
class ReportLine:
    cells: list[str]
    ref: int | None  # the client or contract the line is about


class TableModel(IdTableModel[ReportLine]):
    """A small read-only table (a report): header and rows of display strings, the total
    line last and bold; a line's id is the client or contract it is about."""

    def set_table(self, header: list[str], rows: list[list[str]], *, total_row: bool = False,
                  ids: list[int | None] | None = None) -> None:
        refs = list(ids or [])
        lines = [ReportLine(list(cells), refs[n] if n < len(refs) else None)
                 for n, cells in enumerate(rows)]
        self.columns = tuple(
            Column((lambda text=text: text), (lambda line, n=n: line.cells[n]), right=n > 0,
                   tone=lambda line, n=n: "error" if line.cells[n].startswith(("-$", "−$"))
                   else None)
            for n, text in enumerate(header))
        footer = lines.pop() if total_row and lines else None
        self.set_rows(lines, by_position=True, footer=footer)

    def id_at(self, row: int) -> int | None:
        line = self.item(row)
        return line.ref if line is not None else None


class MethodsModel(IdTableModel[MethodRow]):
    """Withdrawal methods, retired ones too (muted)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        muted = self._muted
        self.columns = (
            Column(QT_TRANSLATE_NOOP("MethodsModel", "Name"), lambda m: m.name, tone=muted),
            Column(QT_TRANSLATE_NOOP("MethodsModel", "Type"),
                   lambda m: labels.label(labels.PAYMENT_METHOD, m.kind), tone=muted),
            Column(QT_TRANSLATE_NOOP("MethodsModel", "Account"),
                   self._account, tone=muted),
            Column(QT_TRANSLATE_NOOP("MethodsModel", "Currency"), lambda m: m.currency,
                   tone=muted),
            Column(QT_TRANSLATE_NOOP("MethodsModel", "Fee"), withdrawals.describe_fee,
                   tone=muted),
            Column(QT_TRANSLATE_NOOP("MethodsModel", "Usable from"),
                   lambda m: short_date(local_day(withdrawals.usable_from(m))), tone=muted),
            Column(QT_TRANSLATE_NOOP("MethodsModel", "Status"), self._status, tone=muted))

    def reload(self) -> None:
        self.set_rows(withdrawals.methods(include_retired=True))

    def method(self, row: int) -> MethodRow | None:
        return self.item(row)

    @staticmethod
    def _account(method: MethodRow) -> str:
        from desktop import secrets  # (keyring is imported when a method is first shown)

        return secrets.mask(method.last4)

    @staticmethod
    def _muted(method: MethodRow) -> str | None:
        return None if method.active else "muted"

    @staticmethod
    def _status(method: MethodRow) -> str:
        if not method.active:
            return translate("MethodsModel", "Retired")
        return translate("MethodsModel", "Active") if withdrawals.usable_from(method) <= \
            clock.now() else translate("MethodsModel", "On hold")

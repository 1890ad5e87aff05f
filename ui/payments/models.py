"""Item models of the Payments tab: the ledger (id-based, lazy, sorted and filtered in SQL),
report tables and withdrawal methods."""
from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

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
from ui import formatting, labels, theme
from ui.formatting import money

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Theme colour names (ui.theme) by meaning, so the dark theme keeps its contrast.
STATUS_TONES = {"in_review": "warning", "pending": "info", "available": "success",
                "withdrawn": "muted"}


def tone(name: str) -> QBrush:
    return QBrush(theme.color(name))


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


_BLOCK = 200  # rows fetched per query when the view scrolls into unloaded rows
_Index = QModelIndex | QPersistentModelIndex


def qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day) -> str:
    return formatting.date(day) if day else ""


def local_day(moment: datetime):
    """The user's local calendar day of a UTC moment (statement rows sit at noon UTC)."""
    return moment.astimezone().date()


class LedgerModel(QAbstractTableModel):
    """Transactions matching a LedgerFilter; holds ids, loads rows in blocks as they are shown."""

    COLUMNS = (QT_TRANSLATE_NOOP("LedgerModel", "Date"), QT_TRANSLATE_NOOP("LedgerModel", "Type"),
               QT_TRANSLATE_NOOP("LedgerModel", "Description"),
               QT_TRANSLATE_NOOP("LedgerModel", "Client"),
               QT_TRANSLATE_NOOP("LedgerModel", "Contract"),
               QT_TRANSLATE_NOOP("LedgerModel", "Status"),
               QT_TRANSLATE_NOOP("LedgerModel", "Available on"),
               QT_TRANSLATE_NOOP("LedgerModel", "Gross"), QT_TRANSLATE_NOOP("LedgerModel", "Fee"),
               QT_TRANSLATE_NOOP("LedgerModel", "Net"),
               QT_TRANSLATE_NOOP("LedgerModel", "Local amount"))
    DATE, KIND, DESCRIPTION, CLIENT, CONTRACT, STATUS, AVAILABLE, GROSS, FEE, NET, LOCAL = \
        range(11)
    MONEY = {GROSS, FEE, NET, LOCAL}
    _SORT = {DATE: "date", KIND: "kind", DESCRIPTION: "description", CLIENT: "client",
             CONTRACT: "contract", STATUS: "status", AVAILABLE: "available_on", GROSS: "gross",
             FEE: "fee", NET: "net", LOCAL: "local"}  # -> payments.LEDGER_SORTS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = LedgerFilter()
        self._ids: list[int] = []
        self._rows: dict[int, dict] = {}
        self._sort_column = self.DATE
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- loading -------------------------------------------------------------------------------
    @property
    def filter(self) -> LedgerFilter:
        return self._filter

    def set_filter(self, flt: LedgerFilter) -> None:
        self._filter = flt
        self.reload()

    def _sorted_ids(self) -> list[int]:
        """Ids in the current order; ties fall back to the id so the order is stable."""
        return ledger_ids(self._filter, self._SORT[self._sort_column],
                          self._sort_order == Qt.SortOrder.DescendingOrder)

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self._sorted_ids()
        self._rows.clear()
        self.endResetModel()

    def _load(self, row: int) -> dict:
        tx_id = self._ids[row]
        if tx_id not in self._rows:
            start = row - row % _BLOCK
            self._fetch(self._ids[start:start + _BLOCK])
        return self._rows[tx_id]

    def _fetch(self, ids: list[int]) -> None:
        for tx_id, row in ledger_rows(ids).items():
            self._rows[tx_id] = {
                "tx": row, "client": row.client, "contract": row.contract,
                "parent_ref": row.parent_ref, "parent_kind": row.parent_kind,
                "linked_fee": row.linked_fee,
            }

    def transaction(self, row: int) -> LedgerRow:
        return self._load(row)["tx"]

    def row_info(self, row: int) -> dict:
        return self._load(row)

    def row_of(self, tx_id: int) -> int:
        try:
            return self._ids.index(tx_id)
        except ValueError:
            return -1

    def ids(self) -> list[int]:
        return list(self._ids)

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("LedgerModel", self.COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.MONEY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._ids):
            return section + 1
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column not in self._SORT:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        self._ids = self._sorted_ids()
        position = {tx_id: row for row, tx_id in enumerate(self._ids)}
        for index in self.persistentIndexList():
            if index.row() < len(old) and old[index.row()] in position:
                new_row = position[old[index.row()]]
                self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        info = self._load(index.row())
        tx: LedgerRow = info["tx"]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(tx, info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.NET and tx.net < 0:
                return tone("error")
            if column == self.GROSS and tx.gross < 0:
                return tone("error")
            if column == self.STATUS:
                return tone(STATUS_TONES.get(tx.status, "muted"))
            if column in (self.FEE, self.LOCAL, self.AVAILABLE):
                return tone("muted")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(tx, info, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(tx, info, column)
        return None

    def _display(self, tx: LedgerRow, info: dict, column: int) -> str:
        if column == self.DATE:
            return short_date(local_day(tx.occurred_at))
        if column == self.KIND:
            return kind_label(tx.kind)
        if column == self.DESCRIPTION:
            return description_text(tx.description, info["contract"], tx.minutes)
        if column == self.CLIENT:
            return info["client"]
        if column == self.CONTRACT:
            return info["contract"]
        if column == self.STATUS:
            return labels.label(labels.PAYMENT_STATUS, tx.status)
        if column == self.AVAILABLE:
            return short_date(tx.available_on) if tx.kind in _DATED else ""
        if column == self.GROSS:
            return money(tx.gross) if tx.gross else ""
        if column == self.FEE:
            fee = tx.fee or info["linked_fee"]
            return money(fee) if fee else ""
        if column == self.NET:
            return money(tx.net)
        if column == self.LOCAL:
            if tx.local_amount is None or not tx.local_currency:
                return ""
            return money(tx.local_amount, tx.local_currency)
        return ""

    def _tooltip(self, tx: LedgerRow, info: dict, column: int) -> str | None:
        if column == self.FEE and not tx.fee and info["linked_fee"]:
            return translate("LedgerModel", "Upwork booked the {fee} service fee as its own row; "
                      "after it this payment nets {net}").format(
                fee=money(info["linked_fee"]), net=money(tx.net - info["linked_fee"]))
        if column == self.FEE and tx.fee and tx.kind in EARNING_KINDS:
            rate = (tx.fee / tx.gross * 100).quantize(Decimal("0.01")) if tx.gross else 0
            return translate("LedgerModel", "Service fee {fee} ({rate}% of {gross})").format(
                fee=money(tx.fee), rate=rate, gross=money(tx.gross))
        if column == self.DESCRIPTION:
            parts = [tx.description]
            if tx.ext_ref and not tx.ext_ref.startswith("ws:"):
                parts.append(translate("LedgerModel", "Ref ID {ref}").format(ref=tx.ext_ref))
            if info["parent_ref"]:
                parts.append(translate("LedgerModel", "Linked to {kind} {ref}").format(
                    kind=kind_label(info["parent_kind"]) if info["parent_kind"] else "",
                    ref=info["parent_ref"]))
            if tx.minutes:
                parts.append(translate("LedgerModel", "{time} hours").format(
                    time=f"{tx.minutes // 60}:{tx.minutes % 60:02d}"))
            return "\n".join(p for p in parts if p)
        if column == self.LOCAL and tx.exchange_rate:
            return translate("LedgerModel", "Exchange rate {rate} {currency} per USD").format(
                rate=tx.exchange_rate, currency=tx.local_currency)
        if column == self.STATUS and tx.available_on and tx.status in (TransactionStatus.PENDING,
                                                                       TransactionStatus.IN_REVIEW):
            return translate("LedgerModel", "Available on {day}").format(
                day=formatting.date(tx.available_on, long=True))
        return None


_DATED = {"hourly", "fixed_price", "bonus", "service_fee"}


class TableModel(QAbstractTableModel):
    """A small read-only table (a report): header and rows of display strings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self.total_row = False
        self.ids: list[int | None] = []

    def set_table(self, header: list[str], rows: list[list[str]], *, total_row: bool = False,
                  ids: list[int | None] | None = None) -> None:
        self.beginResetModel()
        self._header, self._rows, self.total_row = list(header), [list(r) for r in rows], \
            total_row
        self.ids = list(ids or [])
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._header):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._header[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._header):
            return None
        value = self._rows[index.row()][index.column()]
        last = self.total_row and index.row() == len(self._rows) - 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and last:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and value.startswith(("-$", "−$")):
            return tone("error")
        if role == ID_ROLE and index.row() < len(self.ids):
            return self.ids[index.row()]
        return None


class MethodsModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("MethodsModel", "Name"), QT_TRANSLATE_NOOP("MethodsModel", "Type"),
               QT_TRANSLATE_NOOP("MethodsModel", "Account"),
               QT_TRANSLATE_NOOP("MethodsModel", "Currency"),
               QT_TRANSLATE_NOOP("MethodsModel", "Fee"),
               QT_TRANSLATE_NOOP("MethodsModel", "Usable from"),
               QT_TRANSLATE_NOOP("MethodsModel", "Status"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._methods = []

    def reload(self) -> None:
        self.beginResetModel()
        self._methods = withdrawals.methods(include_retired=True)
        self.endResetModel()

    def method(self, row: int):
        return self._methods[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._methods)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return translate("MethodsModel", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._methods):
            return None
        method = self._methods[index.row()]
        if role == ID_ROLE:
            return method.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            from desktop import secrets

            usable = withdrawals.usable_from(method)
            return (method.name, labels.label(labels.PAYMENT_METHOD, method.kind),
                    secrets.mask(method.last4), method.currency,
                    withdrawals.describe_fee(method), short_date(local_day(usable)),
                    (translate("MethodsModel", "Active") if usable <= clock.now()
                     else translate("MethodsModel", "On hold"))
                    if method.active else translate("MethodsModel", "Retired"))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not method.active:
            return tone("muted")
        return None

"""Item models of the Contracts tab: the contract list (id-based, filtered and sorted in SQL),
one week's time entries, and a contract's milestones."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop import clock
from desktop.services import contracts as service
from desktop.services.contracts import ContractStatus, ContractType, MilestoneState
from models.rules import payout
from ui import formatting, labels
from ui.formatting import money
from ui.theme import color

ROLE_ID = Qt.ItemDataRole.UserRole + 1
# theme tones (ui.theme colour names), read when painted so a theme switch recolours them
STATUS_TONES = {"active": "success", "offer": "warning", "paused": "warning", "ended": "muted",
                "declined": "muted"}
STATE_TONES = {"funded": "info", "submitted": "warning", "changes_requested": "error",
               "approved": "success", "paid": "success", "not_funded": "muted"}
FILTERS = service.LIST_FILTERS

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def status_label(code: str) -> str:
    return labels.label(labels.CONTRACT_STATUS, code)


def state_label(code: str) -> str:
    return labels.label(labels.MILESTONE_STATE, code)


def day_text(day: date | datetime, weekday: bool = False) -> str:
    """"Nov 26" / "Thu, Nov 26" in the user's locale (a UTC date; ui.formatting.day)."""
    return formatting.day(day, weekday=weekday, year=False)


def utc_text(moment: datetime) -> str:
    """"Mon Nov 30, 11:59 UTC": Upwork's own deadlines are told in UTC."""
    return f"{day_text(moment, weekday=True)}, {moment:%H:%M} UTC"


def local_text(moment: datetime | None, fmt: str = "yyyy-MM-dd HH:mm") -> str:
    """A UTC instant shown in the user's local time."""
    if moment is None:
        return ""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime().toString(fmt)


class _TableModel(QAbstractTableModel):
    """Flat table with translated column titles in ``COLUMNS`` (context: the subclass name)."""

    COLUMNS: tuple[str, ...] = ()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return QCoreApplication.translate(type(self).__name__, self.COLUMNS[section])
        return None


class ContractListModel(_TableModel):
    """Row ids from one SQL query; the rest of a row is read when it is first shown."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ContractListModel", "Contract"),
        QT_TRANSLATE_NOOP("ContractListModel", "Client"),
        QT_TRANSLATE_NOOP("ContractListModel", "Status"),
        QT_TRANSLATE_NOOP("ContractListModel", "This week / next"),
        QT_TRANSLATE_NOOP("ContractListModel", "Value"))
    STATUS_COLUMN = 2
    _SORT = {0: "title", 1: "client", 2: "status", 3: "type", 4: "value"}  # service.LIST_SORTS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ids: list[int] = []
        self._cache: dict[int, tuple] = {}
        self.status_filter = "open"
        self.search = ""
        self.sort_column, self.sort_order = 2, Qt.SortOrder.AscendingOrder
        self.flags_by_id: dict[int, str] = {}
        self.now: datetime | None = None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def refresh(self, *, flags: dict[int, str] | None = None, now: datetime | None = None):
        self.beginResetModel()
        if flags is not None:
            self.flags_by_id = flags
        self.now = now
        self.ids = service.list_ids(self.status_filter, self.search,
                                    self._SORT.get(self.sort_column, "id"),
                                    self.sort_order == Qt.SortOrder.DescendingOrder)
        self._cache.clear()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.refresh(now=self.now)

    def row_of(self, contract_id: int) -> int:
        try:
            return self.ids.index(contract_id)
        except ValueError:
            return -1

    def _row(self, contract_id: int) -> tuple:
        if contract_id not in self._cache:
            c = service.find(contract_id)
            if c is None:
                gone = QCoreApplication.translate("ContractListModel", "(deleted)")
                self._cache[contract_id] = (gone, "", "", "", "")
            else:
                self._cache[contract_id] = (
                    c.title, c.client_name if c.client_id else "—",
                    status_label(c.status), self._progress(c), self._value(c))
        return self._cache[contract_id]

    def _progress(self, c: service.ContractRow) -> str:
        if c.contract_type == ContractType.HOURLY:
            if c.status not in (ContractStatus.ACTIVE, ContractStatus.PAUSED):
                return ""
            view = service.week_view(c.id, self.now or clock.now(), now=self.now)
            if c.weekly_limit_minutes:
                return self.tr("{0} of {1} h").format(service.hours_text(view.total),
                                                      service.hours_text(c.weekly_limit_minutes))
            return self.tr("{0} h").format(service.hours_text(view.total))
        rows = service.milestones_of(c.id)
        upcoming = [m for m in rows if m.state not in (MilestoneState.APPROVED,
                                                       MilestoneState.PAID)]
        if not rows:
            return self.tr("no milestones")
        if not upcoming:
            return self.tr("all milestones done")
        nxt = upcoming[0]
        if nxt.due_on:
            return self.tr("{0}, due {1}").format(state_label(nxt.state), day_text(nxt.due_on))
        return state_label(nxt.state)

    def _value(self, c: service.ContractRow) -> str:
        if c.contract_type == ContractType.HOURLY:
            return self.tr("{0}/h").format(money(c.rate, c.currency)) if c.rate is not None \
                else "—"
        value, _released = service.milestone_total(c.id)
        return money(value or c.amount, c.currency)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        contract_id = self.ids[index.row()]
        if role == ROLE_ID:
            return contract_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(contract_id)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self._row(contract_id)
            return f"{row[0]}\n{row[1]} · {row[2]} · {row[4]}\n{row[3]}".strip()
        if role == Qt.ItemDataRole.ForegroundRole:
            flag = self.flags_by_id.get(contract_id)
            if flag == "overdue":
                return QBrush(color("error"))
            if index.column() == 2:
                c = service.find(contract_id)
                if c is not None and c.status in (ContractStatus.ENDED, ContractStatus.DECLINED):
                    return QBrush(color("muted"))
            if index.column() == 3 and flag in ("urgent", "soon"):
                return QBrush(color("warning"))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EntriesModel(_TableModel):
    """The time entries of the week shown; over-limit minutes are marked as not billed."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("EntriesModel", "Day"),
        QT_TRANSLATE_NOOP("EntriesModel", "From – to"),
        QT_TRANSLATE_NOOP("EntriesModel", "Hours"),
        QT_TRANSLATE_NOOP("EntriesModel", "Billable"),
        QT_TRANSLATE_NOOP("EntriesModel", "Over limit"),
        QT_TRANSLATE_NOOP("EntriesModel", "Memo"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[service.EntrySplit] = []

    def set_view(self, view: service.WeekView | None) -> None:
        self.beginResetModel()
        self.rows = list(view.entries) if view is not None else []
        self.endResetModel()

    def entry_id(self, row: int) -> int | None:
        return self.rows[row].entry.id if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        entry, col = item.entry, index.column()
        if role == ROLE_ID:
            return entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return day_text(entry.started_at, weekday=True)
            if col == 1:
                end = self.tr("running") if item.running else local_text(entry.ended_at, "HH:mm")
                return f"{local_text(entry.started_at, 'HH:mm')} – {end}"
            if col == 2:
                return service.hours_text(item.minutes)
            if col == 3:
                return service.hours_text(item.billable)
            if col == 4:
                return service.hours_text(item.over) if item.over else ""
            tags = [t for t, on in ((self.tr("manual"), entry.manual),
                                    (self.tr("running"), item.running)) if on]
            return entry.memo + (f"  ({', '.join(tags)})" if tags else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.over:
                return self.tr("{0} h over the weekly limit: recorded, not billed").format(
                    service.hours_text(item.over))
            return entry.memo or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.over and col in (3, 4):
                return QBrush(color("error"))
            if item.running:
                return QBrush(color("success"))
        if role == Qt.ItemDataRole.BackgroundRole and item.over:
            return QBrush(color("error_soft"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MilestonesModel(_TableModel):
    """A fixed-price contract's milestones with their escrow state and the next date."""

    COLUMNS = (
        "#",
        QT_TRANSLATE_NOOP("MilestonesModel", "Milestone"),
        QT_TRANSLATE_NOOP("MilestonesModel", "Amount"),
        QT_TRANSLATE_NOOP("MilestonesModel", "Due"),
        QT_TRANSLATE_NOOP("MilestonesModel", "State"),
        QT_TRANSLATE_NOOP("MilestonesModel", "Released"),
        QT_TRANSLATE_NOOP("MilestonesModel", "Next"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[service.MilestoneRow] = []
        self.currency = "USD"
        self.now: datetime | None = None

    def set_contract(self, contract: service.ContractRow | None,
                     now: datetime | None = None) -> None:
        self.beginResetModel()
        self.now = now
        self.currency = contract.currency if contract is not None else "USD"
        self.rows = ([] if contract is None else
                     service.milestones_of(contract.id))
        self.endResetModel()

    def milestone(self, row: int) -> service.MilestoneRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _overdue(self, m: service.MilestoneRow) -> bool:
        open_states = (MilestoneState.NOT_FUNDED, MilestoneState.FUNDED,
                       MilestoneState.CHANGES_REQUESTED)
        return (m.due_on is not None and m.state in open_states
                and self.now is not None and m.due_on < self.now.date())

    def _next(self, m: service.MilestoneRow) -> str:
        if m.state == MilestoneState.SUBMITTED and m.submitted_at:
            at = payout.milestone_auto_approve_at(m.submitted_at)
            return self.tr("auto-approves {0}").format(day_text(at))
        if m.state == MilestoneState.APPROVED and m.approved_at:
            return self.tr("available {0}").format(
                day_text(payout.manual_available_on(m.approved_at)))
        if m.state == MilestoneState.PAID and m.paid_at:
            return self.tr("paid {0}").format(day_text(m.paid_at))
        if m.state == MilestoneState.NOT_FUNDED:
            return self.tr("client to fund")
        if m.state == MilestoneState.CHANGES_REQUESTED:
            return self.tr("resubmit")
        return self.tr("submit when done")

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m, col = self.rows[index.row()], index.column()
        if role == ROLE_ID:
            return m.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (str(index.row() + 1), m.description,
                      money(m.amount, self.currency),
                      formatting.date(m.due_on) if m.due_on else "—",
                      state_label(m.state),
                      money(m.released, self.currency) if m.released else "",
                      self._next(m))
            text = values[col]
            if role == Qt.ItemDataRole.ToolTipRole and col == 3 and self._overdue(m):
                return self.tr("Overdue")
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 3 and self._overdue(m):
                return QBrush(color("error"))
            if col == 4:
                return QBrush(color(STATE_TONES.get(m.state, "muted")))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

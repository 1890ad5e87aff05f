"""The proposals list: an id-based table model, rows fetched a page at a time, SQL sorting."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop import clock
from desktop.errors import WorkspaceOfflineError
from desktop.services import proposals as service
from desktop.services.proposals import BidType, FixedMode
from ui import formatting, labels
from ui.proposals.common import status_color, tone_color

COLUMNS = (("title", QT_TRANSLATE_NOOP("ProposalListModel", "Proposal")),
           ("client", QT_TRANSLATE_NOOP("ProposalListModel", "Client")),
           ("status", QT_TRANSLATE_NOOP("ProposalListModel", "Status")),
           ("bid", QT_TRANSLATE_NOOP("ProposalListModel", "Bid")),
           ("follow_up", QT_TRANSLATE_NOOP("ProposalListModel", "Follow up")),
           ("updated", QT_TRANSLATE_NOOP("ProposalListModel", "Updated")))
IdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 100


def bid_text(row: service.Row) -> str:
    """$45.00/h, $450.00 (a milestone bid: what its milestones add up to), or "milestones"
    while they have no amounts yet."""
    if row.bid is None:
        return QCoreApplication.translate("ProposalListModel", "milestones") \
            if row.bid_type == BidType.FIXED and row.fixed_mode == FixedMode.MILESTONES else ""
    text = formatting.money(row.bid, row.currency)
    return QCoreApplication.translate("ProposalListModel", "{amount}/h").format(amount=text) \
        if row.bid_type == BidType.HOURLY else text


class ProposalListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, service.Row] = {}
        self.filter_key = "active"
        self.search = ""
        self.sort_key = "updated"
        self.descending = True

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._ids = service.query_ids(filter_key=self.filter_key, search=self.search,
                                      sort=self.sort_key, descending=self.descending)
        self.endResetModel()

    def set_filter(self, filter_key: str, search: str) -> None:
        self.filter_key, self.search = filter_key, search
        self.reload()

    def refresh_rows(self, ids) -> None:
        """Re-read some rows in place (after an autosave: no re-sort, no jump)."""
        for proposal_id in ids:
            self._rows.pop(proposal_id, None)
            row = self.row_of(proposal_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(COLUMNS) - 1))

    def _row(self, position: int) -> service.Row | None:
        proposal_id = self._ids[position]
        if proposal_id not in self._rows:
            start = max(0, position - PAGE // 4)
            wanted = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
            try:
                self._rows.update(service.rows(wanted))
            except WorkspaceOfflineError:  # the workspace server is away: blank until back
                return None
        return self._rows.get(proposal_id)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, proposal_id: int) -> int:
        try:
            return self._ids.index(proposal_id)
        except ValueError:
            return -1

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("ProposalListModel", COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        today = clock.local_today()
        due = row.follow_up_on is not None and row.follow_up_on <= today and \
            row.status not in (*service.CLOSED_STATUSES, "hired")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "title":
                lines = [row.title]
                if row.client:
                    lines.append(self.tr("Client: {name}").format(name=row.client))
                lines.append(self.tr("{chars} characters · changed {when}").format(
                    chars=formatting.number(row.chars),
                    when=formatting.datetime(row.updated_at)))
                return "\n".join(lines)
            if key == "follow_up" and due:
                return self.tr("Follow-up due")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status":
                return QBrush(QColor(status_color(row.status)))
            if key == "follow_up" and due:
                return QBrush(QColor(tone_color("warning")))
            return None
        if role == Qt.ItemDataRole.FontRole and (key == "status" or (key == "follow_up" and due)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "bid":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return row.id
        return None

    def _text(self, row: service.Row, key: str) -> str:
        if key == "title":
            return ("✉ " if row.is_invitation else "") + row.title
        if key == "client":
            return row.client
        if key == "status":
            return labels.label(labels.PROPOSAL_STATUS, row.status)
        if key == "bid":
            return bid_text(row)
        if key == "follow_up":
            return formatting.date(row.follow_up_on) if row.follow_up_on else ""
        if key == "updated":
            local = formatting.to_local(row.updated_at)
            if local.date() == formatting.today_local():
                return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
            return formatting.date(local.date().toPython())
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids_by_index = [(idx, self._ids[idx.row()]) for idx in persistent]
        self._ids = service.query_ids(filter_key=self.filter_key, search=self.search,
                                      sort=self.sort_key, descending=self.descending)
        for idx, proposal_id in ids_by_index:
            new_row = self.row_of(proposal_id)
            self.changePersistentIndex(
                idx, self.index(new_row, idx.column()) if new_row >= 0 else QModelIndex())
        self.layoutChanged.emit()

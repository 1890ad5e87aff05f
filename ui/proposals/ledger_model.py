"""The Connects ledger as a table: ids and running balances from SQL, rows read on demand."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.services import connects
from ui import formatting, labels, messages
from ui.formatting import money
from ui.proposals.common import tone_color

COLUMNS = (QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Date"),
           QT_TRANSLATE_NOOP("ConnectsLedgerModel", "What"),
           QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Connects"),
           QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Balance"),
           QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Expires"),
           QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Money"),
           QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Note"))
IdRole = Qt.ItemDataRole.UserRole + 1
# stored notes the other columns already say
_SAID_ELSEWHERE = {connects.NoteCode.PURCHASE, connects.NoteCode.CORRECTION,
                   connects.NoteCode.APPLIED, connects.NoteCode.BOOST_BID}


class ConnectsLedgerModel(QAbstractTableModel):
    """Newest first; the balance column is the running total after each row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._balance: dict[int, int] = {}
        self._cache: dict[int, connects.ConnectsEntry] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        rows = connects.running_balances()
        self._ids = [row[0] for row in rows]
        self._balance = {row[0]: row[1] for row in rows}
        self.endResetModel()

    def entry(self, row: int) -> connects.ConnectsEntry | None:
        if not 0 <= row < len(self._ids):
            return None
        entry_id = self._ids[row]
        if entry_id not in self._cache:
            self._cache[entry_id] = connects.find_entry(entry_id)
        return self._cache[entry_id]

    def note_text(self, entry: connects.ConnectsEntry) -> str:
        """The row's note in the user's language: the note the service stored as a code is
        said from its code and parameters (ui.messages.note), one the user typed as written."""
        if entry.reason in (connects.ConnectsReason.SPENT,
                            connects.ConnectsReason.BOOST) or entry.note_code in _SAID_ELSEWHERE:
            return ""  # the "What", "Connects" and "Money" columns say it
        if entry.note_code == connects.NoteCode.PLAN_MONTH:
            # granted at 00:00 UTC on the 1st: name the UTC month, not the local day before
            return formatting.month(entry.at.year, entry.at.month, full=True)
        return messages.note(entry.note or "", entry.note_code, entry.note_params)

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("ConnectsLedgerModel", COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return formatting.date(formatting.to_local(entry.at).date().toPython())
            if column == 1:
                return labels.label(labels.CONNECTS_REASON, entry.reason)
            if column == 2:
                return f"{entry.delta:+d}"
            if column == 3:
                value = self._balance.get(entry.id)
                return formatting.number(value) if value is not None else ""
            if column == 4:
                return formatting.date(entry.expires_on) if entry.expires_on and \
                    entry.delta > 0 else ""
            if column == 5:
                return money(entry.cost) if entry.cost else ""
            if column == 6:
                title = entry.proposal.title if entry.proposal_id else ""
                return " — ".join(part for part in (self.note_text(entry), title) if part)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(QColor(tone_color("success" if entry.delta > 0 else "error")))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return entry.id
        return None

"""The Connects ledger as a table: ids and running balances from SQL, rows read on demand."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services import connects
from ui import formatting, labels, messages
from ui.formatting import money
from ui.widgets.table_model import Column, IdTableModel

# stored notes the other columns already say
_SAID_ELSEWHERE = {connects.NoteCode.PURCHASE, connects.NoteCode.CORRECTION,
                   connects.NoteCode.APPLIED, connects.NoteCode.BOOST_BID}


def note_text(entry: connects.ConnectsEntry) -> str:
    """The row's note in the user's language: the note the service stored as a code is said
    from its code and parameters (ui.messages.note), one the user typed as written."""
    if entry.reason in (connects.ConnectsReason.SPENT,
                        connects.ConnectsReason.BOOST) or entry.note_code in _SAID_ELSEWHERE:
        return ""  # the "What", "Connects" and "Money" columns say it
    if entry.note_code == connects.NoteCode.PLAN_MONTH:
        # granted at 00:00 UTC on the 1st: name the UTC month, not the local day before
        return formatting.month(entry.at.year, entry.at.month, full=True)
    return messages.note(entry.note or "", entry.note_code, entry.note_params)


def _note(entry: connects.ConnectsEntry) -> str:
    title = entry.proposal.title if entry.proposal_id else ""
    return " — ".join(part for part in (note_text(entry), title) if part)


class ConnectsLedgerModel(IdTableModel[connects.ConnectsEntry]):
    """Newest first; the balance column is the running total after each row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._balance: dict[int, int] = {}
        self.columns = (
            Column(QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Date"),
                   lambda e: formatting.date(formatting.to_local(e.at).date().toPython())),
            Column(QT_TRANSLATE_NOOP("ConnectsLedgerModel", "What"),
                   lambda e: labels.label(labels.CONNECTS_REASON, e.reason)),
            Column(QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Connects"),
                   lambda e: f"{e.delta:+d}", right=True,
                   tone=lambda e: "success" if e.delta > 0 else "error"),
            Column(QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Balance"), self._balance_text,
                   right=True),
            Column(QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Expires"),
                   lambda e: formatting.date(e.expires_on) if e.expires_on and e.delta > 0
                   else ""),
            Column(QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Money"),
                   lambda e: money(e.cost) if e.cost else "", right=True),
            Column(QT_TRANSLATE_NOOP("ConnectsLedgerModel", "Note"), _note))

    def load_ids(self) -> list[int]:
        rows = connects.running_balances()
        self._balance = dict(rows)
        return [entry_id for entry_id, _balance in rows]

    def load_rows(self, ids: list[int]) -> dict[int, connects.ConnectsEntry]:
        return connects.entries_by_id(ids)

    def entry(self, row: int) -> connects.ConnectsEntry | None:
        return self.item(row)

    def _balance_text(self, entry: connects.ConnectsEntry) -> str:
        value = self._balance.get(entry.id)
        return formatting.number(value) if value is not None else ""

"""The id-based lazy table model (ui/widgets/table_model.py) under every list, on a real SQLite
file: a 100 000-row Connects ledger reads only the pages on screen, keeps a bounded number of
them, and a refresh keeps the user's selection on the same entry when rows come and go."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

from desktop.services import db
from models.proposals import ConnectsEntry
from ui import formatting
from ui.proposals.ledger_model import ConnectsLedgerModel
from ui.widgets.table_model import ID_ROLE

ROWS = 100_000
START = datetime(2020, 1, 1, tzinfo=UTC)


class ReadsCounted(ConnectsLedgerModel):
    """The real model; it only notes which ids it asked the service for."""

    def __init__(self):
        super().__init__()
        self.asked: list[list[int]] = []

    def load_rows(self, ids):
        self.asked.append(list(ids))
        return super().load_rows(ids)


def seed(count: int) -> None:
    rows = [{"at": START + timedelta(minutes=i), "delta": 1, "reason": "adjust", "cost": 0,
             "note": f"entry {i}"} for i in range(count)]
    with db.atomic():
        for start in range(0, count, 5000):
            ConnectsEntry.insert_many(rows[start:start + 5000]).execute()


def pages_shown(view: QTableView, model: ReadsCounted) -> set[int]:
    """Paint the view (as the screen would) and say which pages it made the model read."""
    model.asked.clear()
    view.viewport().grab()
    return {model.row_of(ids[0]) // model.PAGE for ids in model.asked}


def test_a_100k_ledger_reads_only_the_pages_on_screen_and_refresh_keeps_the_selection(
        data_dir, clock, qtbot, qtmodeltester):
    seed(ROWS)
    model = ReadsCounted()
    model.reload()
    assert model.rowCount() == ROWS and not model.pages_read()  # ids only, no row read yet
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)

    assert pages_shown(view, model) == {0}
    assert all(len(ids) == model.PAGE for ids in model.asked)
    newest = model.index(0, 6)
    assert newest.data() == f"entry {ROWS - 1}"
    assert model.index(0, 3).data() == formatting.number(ROWS)  # the balance after it
    # an entry on screen is edited (its cells were made at the paint): it shows the new note
    edited = model.id_at(1)
    ConnectsEntry.update(note="edited here").where(ConnectsEntry.id == edited).execute()
    model.refresh_rows([edited])
    view.viewport().grab()
    assert model.index(1, 6).data() == "edited here"
    assert model.index(2, 6).data() == f"entry {ROWS - 3}"
    view.scrollTo(model.index(50_000, 0), QTableView.ScrollHint.PositionAtTop)
    assert pages_shown(view, model) == {500}
    assert model.index(50_000, 6).data() == f"entry {ROWS - 1 - 50_000}"
    for row in range(0, ROWS, ROWS // 40):  # scrolling through: only a few pages are kept
        view.scrollTo(model.index(row, 0), QTableView.ScrollHint.PositionAtTop)
        view.viewport().grab()
    assert len(model.pages_read()) <= model.PAGES_KEPT

    # the user selects one entry deep in the list
    chosen = model.id_at(70_000)
    view.selectionModel().setCurrentIndex(
        model.index(70_000, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    # two newer entries arrive (written by another window of the workspace; newest first:
    # above it), and the list is refreshed
    ConnectsEntry.create(at=START + timedelta(minutes=ROWS + 1), delta=3, reason="adjust")
    ConnectsEntry.create(at=START + timedelta(minutes=ROWS + 2), delta=4, reason="adjust")
    model.refresh()
    assert model.rowCount() == ROWS + 2 and model.row_of(chosen) == 70_002
    selected = view.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [70_002]
    assert selected[0].data(ID_ROLE) == chosen and view.currentIndex().row() == 70_002
    assert view.currentIndex().sibling(70_002, 6).data() == f"entry {ROWS - 1 - 70_000}"
    assert model.index(0, 2).data() == "+4"  # the rows were read again, not kept stale
    # the selected entry is deleted elsewhere: it drops out of the selection, nothing else is
    ConnectsEntry.delete_by_id(chosen)
    model.refresh()
    assert model.row_of(chosen) == -1 and not view.selectionModel().selectedRows()
    assert model.rowCount() == ROWS + 1

    small = ConnectsLedgerModel()  # the Qt model tester on the same mechanism, kept small
    with db.atomic():
        ConnectsEntry.delete().where(ConnectsEntry.id > 300).execute()
    small.reload()
    qtmodeltester.check(small)

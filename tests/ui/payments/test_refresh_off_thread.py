"""The Payments tab reads a refresh on the database worker (ui.tasks): the window keeps
running meanwhile, what it then shows is what the services say, and only the newest refresh's
result is shown."""
from __future__ import annotations

import threading
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop.services import payments, reports
from desktop.services import statement_import as importer
from tests.perf.bench_import_lock import write_statement_csv
from tests.ui.payments.test_payments_tab import refreshed, rows, settled
from tests.ui.payments.test_payments_tab import tab as tab  # (fixtures)
from tests.ui.payments.test_payments_tab import window as window
from ui import tasks
from ui.formatting import money
from ui.operations import payments as payment_ops


def test_the_window_keeps_running_while_a_refresh_reads_a_long_ledger(tab, qtbot, tmp_path):
    importer.import_files([write_statement_csv(tmp_path / "statement.csv", 4000)])
    tab.pages.setCurrentIndex(1)  # Reports: the refresh adds up the figures too
    settled(tab, qtbot)
    ticks: list[bool] = []  # a timer on the GUI thread: was a refresh reading when it fired?
    timer = QTimer(tab)
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(tab.busy()))
    timer.start()
    tab.refresh()
    assert tab.busy()  # refresh() came back before reading: the reads are on the worker
    settled(tab, qtbot)
    timer.stop()
    assert any(ticks), "the GUI thread's timer never fired while the refresh was reading"

    figures = reports.figures(reports.Period())
    balances = reports.balances(tab.today())
    assert tab.report_period.currentText() == "All time"
    assert f"<b>{money(figures.summary.net)}</b>" in tab.figures.text()
    assert money(figures.summary.gross) in tab.figures.text()
    assert sum(bar.net for bar in tab.chart.bars) == sum(line.net for line in figures.months)
    assert tab.card_available.value.text() == money(balances.available)
    count, _gross, _fee, net = payments.totals(tab.ledger_model.filter)
    assert rows(tab.ledger) == count == 4000
    assert f"<b>{money(net)}</b>" in tab.totals.text()


def test_a_stale_refresh_never_overwrites_a_newer_one(tab, qtbot):
    def earn(gross: str, day: int) -> None:
        payments.record_earning(kind="fixed_price", gross=Decimal(gross),
                                occurred_at=datetime(2026, 10, day, 12, tzinfo=UTC))

    earn("100", 1)
    refreshed(tab, qtbot)
    assert rows(tab.ledger) == 1
    shown: list[int] = []  # the ledger's length each time a refresh's result replaced it
    tab.ledger_model.modelReset.connect(lambda: shown.append(tab.ledger_model.rowCount()))
    tab.ledger.selectRow(0)
    kept = tab.selected_ids()

    tab.refresh()
    assert tasks.drain()  # that refresh has read one row; its result waits for the event loop
    earn("200", 2)
    tab.refresh()  # asked while the first is under way: coalesced, one more read
    assert tab.busy()
    settled(tab, qtbot)

    assert shown and all(count == 2 for count in shown), shown  # never the stale 1 row
    assert rows(tab.ledger) == 2 and tab.selected_ids() == kept  # the selection stays
    balances = reports.balances(tab.today())
    assert tab.card_available.value.text() == money(balances.available)
    assert tab.card_pending.value.text() == money(balances.pending)

    tab.undo_stack.push(payment_ops.delete_transactions(kept, "Delete 1"))
    qtbot.waitUntil(lambda: rows(tab.ledger) == 1)
    settled(tab, qtbot)
    tab.undo_stack.undo()  # undo refreshes too
    qtbot.waitUntil(lambda: rows(tab.ledger) == 2)
    settled(tab, qtbot)
    assert tab.card_available.value.text() == money(reports.balances(tab.today()).available)


def test_filter_search_and_sort_read_the_ledger_on_the_worker(tab, qtbot, tmp_path):
    importer.import_files([write_statement_csv(tmp_path / "statement.csv", 4000)])
    refreshed(tab, qtbot)
    assert tab.pages.currentIndex() == 0 and rows(tab.ledger) == 4000
    model = tab.ledger_model
    shown: list[int] = []  # the ledger's length each time a read replaced it
    model.modelReset.connect(lambda: shown.append(model.rowCount()))

    # a filter: the combo's change comes back before the ledger is read
    tab.type_combo.setCurrentIndex(tab.type_combo.findText("Fees"))
    assert tab.busy()
    settled(tab, qtbot)
    fees = payments.ledger_ids(tab.ledger_model.filter, "date", True)
    assert 0 < len(fees) < 4000 and model.ids() == fees
    count, _gross, _fee, net = payments.totals(model.filter)
    assert count == len(fees) and f"<b>{money(net)}</b>" in tab.totals.text()

    # a column sort: the selection stays on its transaction
    tab.ledger.selectRow(3)
    chosen = tab.selected_ids()
    tab.ledger.sortByColumn(model.NET, Qt.SortOrder.AscendingOrder)
    assert tab.busy()
    settled(tab, qtbot)
    assert model.ids() == payments.ledger_ids(model.filter, "net", False)
    assert tab.selected_ids() == chosen

    # typing a search, then changing it before the first read is shown: the newest wins
    shown.clear()
    tab.type_combo.setCurrentIndex(0)
    tab.search.setText("no such words anywhere")
    tab._search_timer.timeout.emit()  # (the 250 ms pause after typing)
    tab.search.setText("")
    tab._search_timer.timeout.emit()
    assert tab.busy()
    settled(tab, qtbot)
    assert shown and shown[-1] == 4000 and 0 not in shown, shown  # never the stale empty read
    assert rows(tab.ledger) == 4000 and "4000 transactions" in tab.totals.text()


def test_exports_write_on_the_worker_and_cancel_leaves_no_file(tab, qtbot, tmp_path):
    importer.import_files([write_statement_csv(tmp_path / "statement.csv", 2000)])
    refreshed(tab, qtbot)
    release = threading.Event()
    tasks.run_in_background(lambda _progress: release.wait(10))  # the worker is busy
    ledger, statement = tmp_path / "ledger.csv", tmp_path / "statement.pdf"
    tab.write_ledger_csv(str(ledger))
    tab.write_pdf(str(statement))
    assert not ledger.exists() and not statement.exists()  # the window did not write them
    release.set()
    assert tasks.drain()
    assert ledger.read_text(encoding="utf-8-sig").count("\n") == 2001
    assert statement.read_bytes().startswith(b"%PDF")

    # Cancel in the progress dialog: nothing is left behind, and the window says so
    ledger.unlink()
    release.clear()
    tasks.run_in_background(lambda _progress: release.wait(10))
    tab.write_ledger_csv(str(ledger))
    dialog = tab.findChildren(QProgressDialog)[-1]
    dialog.findChild(QPushButton).click()  # its Cancel button
    release.set()
    assert tasks.drain()
    qtbot.waitUntil(lambda: tab.window().statusBar().currentMessage() == "Export cancelled")
    assert not ledger.exists() and not list(tmp_path.glob(".export-*"))

"""Payments while the workspace server is away (issue 18): Edit ▸ Undo of a delete the server
already made is kept in the outbox as a restore and sent when the server is back (or refused
with Discard when it can no longer be applied); a row waiting in the outbox to be deleted is
shown struck through in the ledger until the delete is sent. Real PostgreSQL server."""
from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop import outbox
from tests.helpers.members import member, other_connection
from tests.ui import test_workspace_window as _window_tests
from tests.ui.test_workspace_window import _app_started, _close_app, _select, _settled

# the real-server window fixtures of the workspace window's tests (pytest finds them by name)
own_server = _window_tests.own_server
on_workspace = _window_tests.on_workspace


def _payments_read(window, qtbot):
    """The Payments tab, shown, once its first read is done."""
    window.navigate("paymentsTab", None)
    tab = window.tab("paymentsTab")
    qtbot.waitUntil(lambda: tab.entry_context is not None, timeout=10000)
    return tab


def _server_rows(ws) -> list[tuple]:
    with other_connection(ws.url, ws.paths) as sql:
        return sql.run("SELECT id, kind, gross_cents FROM money_transaction "
                       "WHERE parent_id IS NULL ORDER BY id")


def _kept_lines(tab) -> list[str]:
    """The kept strip's lines (the rows it showed before are deleted later)."""
    return [row.findChild(QLabel, f"keptPayment{n}").text()
            for n, row in enumerate(tab.kept.rows)]


def _cell(tab, tx_id: int, role, column: int = 2):
    model = tab.ledger_model
    return model.data(model.index(model.row_of(tx_id), column), role)


def _struck(tab, tx_id: int) -> bool:
    font = _cell(tab, tx_id, Qt.ItemDataRole.FontRole)
    return font is not None and font.strikeOut()


@pytest.mark.slow
def test_undo_of_a_delete_made_online_is_kept_while_the_server_is_away_and_sent_back(
        clock, on_workspace, qtbot):
    """Deleted online, then the server goes away. A row deleted now waits struck through in
    the ledger, saying why on hover (deleting or editing it again says it waits); Undo takes
    that delete back out of the outbox and the row reads as before. Undo again, of the
    delete the server made: the restore is kept and listed ("Restore …, not sent yet"), Redo
    takes it back out, Undo keeps it again. Back: raw SQL finds the row again with its id,
    and the ledger shows it."""
    from desktop.services import payments

    window, paths = on_workspace.window, on_workspace.paths
    earned = clock.now() - timedelta(days=20)
    kept_row = payments.record_earning(kind="fixed_price", gross=Decimal("1000"),
                                       occurred_at=earned)
    gone = payments.record_earning(kind="bonus", gross=Decimal("50"), occurred_at=earned)
    waiting = payments.record_expense(kind="misc", amount=Decimal("12"), occurred_at=earned,
                                      description="Domain")
    tab = _payments_read(window, qtbot)
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(waiting.id) >= 0, timeout=10000)
    _settled(window, qtbot)
    _select(tab, gone.id)
    tab.delete_selected()  # online: the server deletes it now
    assert [r[0] for r in _server_rows(on_workspace)] == [kept_row.id, waiting.id]
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(gone.id) < 0, timeout=10000)
    qtbot.wait(1000)  # the other tabs' refreshes the delete asked for are done (_settled)

    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    _select(tab, waiting.id)
    tab.delete_selected()
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["payment.delete"]
    assert _struck(tab, waiting.id) and not _struck(tab, kept_row.id)
    assert _cell(tab, waiting.id, Qt.ItemDataRole.DisplayRole) == "Domain"
    assert _cell(tab, waiting.id, Qt.ItemDataRole.ToolTipRole).startswith(
        "Deleted on this computer, not sent yet: it leaves the ledger when the workspace "
        "server is back.")
    assert _cell(tab, kept_row.id, Qt.ItemDataRole.ToolTipRole) is None or "Deleted on" \
        not in _cell(tab, kept_row.id, Qt.ItemDataRole.ToolTipRole)

    before = getattr(tab, "last_dialog", None)
    for again in (tab.delete_selected, tab.edit_selected):  # it waits already: nothing more
        _select(tab, waiting.id)
        again()
        assert window.statusBar().currentMessage() == \
            "1 transaction waiting to be deleted when the workspace server is back"
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["payment.delete"]
    assert getattr(tab, "last_dialog", None) is before  # no edit dialog opened

    window.undo_group.undo()  # the kept delete: out of the outbox, the row as before
    assert outbox.calls(paths.data_dir) == [] and not _struck(tab, waiting.id)
    assert not tab.kept.isVisible()

    window.undo_group.undo()  # the delete the server made: its restore waits here
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["payment.restore"]
    assert tab.kept.isVisible()
    [line] = _kept_lines(tab)
    assert line.startswith("● Restore “Bonus") and "$45.00" in line \
        and line.endswith("not sent yet")
    assert tab.ledger_model.row_of(gone.id) < 0  # the server does not have it yet

    window.undo_group.redo()  # deleted again, before anything was sent: nothing waits
    assert outbox.calls(paths.data_dir) == [] and not tab.kept.isVisible()
    window.undo_group.undo()
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["payment.restore"]

    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=15000)
    assert _server_rows(on_workspace) == [(kept_row.id, "fixed_price", 100000),
                                          (gone.id, "bonus", 5000),
                                          (waiting.id, "misc", -1200)]
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(gone.id) >= 0, timeout=10000)
    assert not tab.kept.isVisible() and not window.workspace_banner.isVisible()
    window.undo_group.redo()  # sent meanwhile: Redo deletes it on the server again
    assert [r[0] for r in _server_rows(on_workspace)] == [kept_row.id, waiting.id]


@pytest.mark.slow
def test_a_kept_restore_of_a_row_that_is_back_already_is_refused_and_discarded(
        clock, on_workspace, qtbot, tmp_path):
    """Undo of an online delete is kept while the server is away; meanwhile another window
    put the same row back. Sent, the restore is refused with the reason (the row is in the
    ledger again), nothing is written twice, and Discard takes it out of the outbox."""
    from desktop.services import payments

    paths, url = on_workspace.paths, on_workspace.url
    gone = payments.record_earning(kind="bonus", gross=Decimal("50"),
                                   occurred_at=clock.now() - timedelta(days=20))
    window = on_workspace.window
    tab = _payments_read(window, qtbot)
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(gone.id) >= 0, timeout=10000)
    _settled(window, qtbot)
    _select(tab, gone.id)
    tab.delete_selected()
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(gone.id) < 0, timeout=10000)
    qtbot.wait(1000)  # the other tabs' refreshes the delete asked for are done (_settled)
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    window.undo_group.undo()
    [restore] = outbox.calls(paths.data_dir)
    assert restore.name == "payment.restore"
    _close_app(on_workspace)
    on_workspace.server.resume()
    member(url, """
        import json
        from desktop.services import payments
        payments.restore_transactions(payments.snapshots_from_plain(json.loads(sys.argv[3])))
        """, tmp_path / "maria", json.dumps(restore.args["snapshots"]))
    with _app_started(on_workspace, qtbot) as (again, _state):
        qtbot.waitUntil(lambda: [c.problem for c in outbox.calls(paths.data_dir)] ==
                        ["payment.back_already"], timeout=15000)
        assert _server_rows(on_workspace) == [(gone.id, "bonus", 5000)]
        assert "The server refused 1 payment recorded while offline" in \
            again.workspace_banner.label.text()
        tab = _payments_read(again, qtbot)
        qtbot.waitUntil(tab.kept.isVisible, timeout=5000)
        [line] = _kept_lines(tab)
        assert line.startswith("✗ Restore “Bonus") and \
            f"transaction {gone.id} is in the ledger again" in line
        box = tab.kept.discard(outbox.calls(paths.data_dir)[0])
        assert "The ledger stays as the server has it." in box.text()
        box.button(box.StandardButton.Discard).click()
        assert outbox.calls(paths.data_dir) == [] and not tab.kept.isVisible()
        assert _server_rows(on_workspace) == [(gone.id, "bonus", 5000)]


@pytest.mark.slow
def test_undo_of_an_earning_recorded_online_is_kept_while_the_server_is_away(
        clock, on_workspace, qtbot):
    """A bonus recorded online, then the server goes away. Undo keeps its delete in the
    outbox: listed, the row struck through; Redo takes it out again, Undo keeps it again.
    Back: the server no longer has the bonus."""
    from desktop.services import payments

    window, paths = on_workspace.window, on_workspace.paths
    payments.record_earning(kind="fixed_price", gross=Decimal("1000"),
                            occurred_at=clock.now() - timedelta(days=20))
    tab = _payments_read(window, qtbot)
    _settled(window, qtbot)
    tab.record_earning()
    dialog = tab.last_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("bonus"))
    dialog.client.setEditText("Globex")
    dialog.amount.setText("50")
    dialog.accept()
    recorded = tab.undo_stack.command(tab.undo_stack.count() - 1)
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(recorded.tx_id) >= 0, timeout=10000)
    qtbot.wait(1000)  # the other tabs' refreshes the recording asked for are done
    assert len(_server_rows(on_workspace)) == 2

    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    window.undo_group.undo()
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["payment.delete"]
    [line] = _kept_lines(tab)
    assert line.startswith("● Delete “Bonus") and "$45.00" in line
    assert _struck(tab, recorded.tx_id)
    window.undo_group.redo()  # not sent: nothing waits, the row as before
    assert outbox.calls(paths.data_dir) == [] and not _struck(tab, recorded.tx_id)
    window.undo_group.undo()
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["payment.delete"]

    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=15000)
    assert [row[1] for row in _server_rows(on_workspace)] == ["fixed_price"]
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(recorded.tx_id) < 0, timeout=10000)

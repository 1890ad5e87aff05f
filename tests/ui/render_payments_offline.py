"""Render Payments while the workspace server is away (issue 18) in each theme and language, to
PNGs you look at: the Record Earning, Record Withdrawal and Edit Transaction dialogs with their
"kept on this computer" note, and the tab listing two payments, a row's edit, a delete (its
row struck through in the ledger) and a restore (an undone delete) not sent yet and one the
server refused, under the note that it shows what it read before the
server went; and the tab as built while the server is away, before it read anything.

    .venv/bin/python -m tests.ui.render_payments_offline [--out /tmp/look] [--themes light,dark]
        [--languages en,hi]

The window is on this computer's seeded data folder, told that its workspace server is away
(no server is needed: nothing is sent)."""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from decimal import Decimal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/look")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--languages", default="en,hi")
    args = parser.parse_args(argv)
    from tests.ui.render_look import open_seeded, windows

    app, out, paths = open_seeded(args.out)
    from desktop import clock, outbox, runtime
    from desktop.services import payments, withdrawals
    from ui import workspace_live
    from ui.workspace_live import Banner, WorkspaceLive

    def save(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(out / name))
        print(out / name)

    context = payments.entry_context()
    contract = next(c for c in context.contracts if c.rate)
    method = context.methods[0]
    day = clock.now().isoformat()
    from ui.payments.kept import shown_row

    # the ledger's second row (newest first) waits to be deleted: struck through
    second = payments.ledger_ids(payments.LedgerFilter(), "date", True)[1]
    deleted = payments.ledger_rows([second])[second]
    kept = [outbox.keep_call(paths.data_dir, "payment.earning", {
                "kind": "hourly", "gross": "260.00", "occurred_at": day,
                "contract_id": contract.id, "client_id": contract.client_id,
                "client_name": "Acme Dental", "minutes": 390, "description": "",
                "fee_percent": None, "fee": "26.00", "contract": contract.title}),
            outbox.keep_call(paths.data_dir, "withdrawal.record", {
                "method_id": method.id, "amount": "300.00", "occurred_at": day, "fee": None,
                "check_balance": True, "method": withdrawals.label(method),
                "shown_fee": f"{withdrawals.fee_for(method, Decimal('300'))}"}),
            outbox.keep_call(paths.data_dir, "withdrawal.record", {
                "method_id": method.id, "amount": "5000.00", "occurred_at": day,
                "fee": "2.00", "check_balance": True, "method": withdrawals.label(method)}),
            outbox.keep_call(paths.data_dir, "payment.edit", {
                "tx_id": 1, "changes": {"client_id": contract.client_id,
                                        "contract_id": contract.id,
                                        "description": "Milestone 2: checkout"},
                "client_name": "Acme Dental", "contract": contract.title,
                "row": {"line": "Fixed price", "day": day[:10], "net": "450.00"}}),
            outbox.keep_call(paths.data_dir, "payment.delete", {
                "ids": [deleted.id], "rows": [shown_row(deleted)]}),
            outbox.keep_call(paths.data_dir, "payment.restore", {
                "rows": [{"line": "Domain renewal", "day": day[:10], "net": "-12.00"}],
                "snapshots": []})]
    refused = replace(kept[2], problem="withdrawal.over_balance", reason={
        "code": "withdrawal.over_balance",
        "params": {"total": "5002.00", "fee": "2.00", "available": "1210.40"}})
    outbox._write(paths.data_dir, [], [], [*kept[:2], *kept[3:], refused])
    for window, theme_name, language in windows(app, paths, args.themes, args.languages,
                                                (1280, 800)):
        state = WorkspaceLive("postgresql://anna@db.example.org/desk", paths.data_dir, window)
        state.online = False
        workspace_live._current = state  # away, as the listener would have found it
        banner = Banner(window)
        window.addToolBar(banner)
        banner.show_status(False, "connection refused")
        window.navigate("paymentsTab", None)
        tab = window.tab("paymentsTab")
        while tab.entry_context is None:
            app.processEvents()
        tab.kept.show_kept()
        tab._show_offline()  # a refresh found the server away: the note says since when
        save(window, f"payments-offline-{theme_name}-{language}.png")
        read_at, tab.read_at = tab.read_at, None  # as a tab built while it is away shows
        tab._show_offline()
        save(window, f"payments-offline-unread-{theme_name}-{language}.png")
        tab.read_at = read_at
        tab.stack.setCurrentWidget(tab.pages)
        tab.strip.show()
        tab.record_earning()
        dialog = tab.last_dialog
        dialog.contract.setCurrentIndex(dialog.contract.findData(contract.id))
        dialog.hours.setValue(6.5)
        save(dialog, f"payments-offline-earning-{theme_name}-{language}.png")
        dialog.reject()
        tab.record_withdrawal()
        dialog = tab.last_dialog
        dialog.amount.setText("250")
        save(dialog, f"payments-offline-withdrawal-{theme_name}-{language}.png")
        dialog.reject()
        tab.ledger.selectRow(0)
        tab.edit_selected()
        dialog = tab.last_dialog
        save(dialog, f"payments-offline-edit-{theme_name}-{language}.png")
        dialog.reject()
        workspace_live._current = None
    runtime.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

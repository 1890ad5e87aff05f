"""Payments operations: the ledger's writes through the payments and withdrawals services, and
the files written from it (the ledger and report CSV exports, the statements import).

Undoable (Edit ▸ Undo on the Payments tab): deleting ledger rows, an earning, cost or
withdrawal recorded by hand (undo deletes the rows it wrote, redo puts the same rows back), and
retiring or restoring a withdrawal method. The rest are plain named writes the widgets run
through `ui.operations.run_op` (a refusal is shown, a bug reaches the crash handler)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import outbox
from desktop.progress import Progress
from desktop.services import clients, payments, reports, reports_export, withdrawals
from desktop.services import statement_import as importer
from ui.operations import Op, Report

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

RECORDED = {"earning": QT_TRANSLATE_NOOP("PaymentCommands", "Record earning"),
            "cost": QT_TRANSLATE_NOOP("PaymentCommands", "Record cost"),
            "withdrawal": QT_TRANSLATE_NOOP("PaymentCommands", "Record withdrawal")}


class DeleteTransactions(Op):
    """Delete ledger rows; undo puts the same rows back (same ids). While the workspace server
    is away the delete is kept in the outbox (call payment.delete, `shown`: how the rows read,
    for the Payments tab's list of what waits) and sent when it is back; undo before then
    takes it out of the outbox again, undo after puts back the rows the send deleted.

    An undo while the server is away of rows the server deleted (a delete made online, or a
    kept one sent since) keeps their restore in the outbox (call payment.restore, with the
    rows' snapshots), sent when it is back; redo before then takes it out again (the rows are
    still deleted on the server), redo after deletes them again."""

    def __init__(self, ids: list[int], text: str, shown: list[dict],
                 on_error: Report | None = None):
        super().__init__(text, on_error=on_error)
        self.ids, self.shown = list(ids), list(shown)
        self._restore: outbox.Call | None = None  # the restore an undo kept, while undone
        self._deleted: list[dict] = []  # its rows' snapshots

    def apply(self):
        from desktop.errors import WorkspaceOfflineError
        from ui import workspace_live

        state = workspace_live.current()
        restore, self._restore = self._restore, None
        if restore is not None and state is not None \
                and any(c.id == restore.id for c in outbox.calls(state.folder)):
            outbox.drop_call(state.folder, restore.id)  # not sent: the rows are still gone
            return self._deleted
        if state is None or state.online is not False:
            try:
                return payments.delete_transactions(self.ids)
            except WorkspaceOfflineError:
                if state is None:
                    raise
        return outbox.keep_call(state.folder, "payment.delete",
                                {"ids": self.ids, "rows": self.shown})

    def revert(self, state) -> None:
        from desktop.errors import WorkspaceOfflineError
        from ui import workspace_live

        live = workspace_live.current()
        if isinstance(state, outbox.Call):
            if live is None:
                return
            if any(c.id == state.id for c in outbox.calls(live.folder)):
                outbox.drop_call(live.folder, state.id)  # not sent yet: nothing reached the server
                return
            if state.id not in live.sent_results:
                return
            state = live.sent_results[state.id]  # sent meanwhile: the rows it deleted go back
        if live is None or live.online is not False:
            try:
                payments.restore_transactions(state)
                return
            except WorkspaceOfflineError:
                if live is None:
                    raise
        self._deleted = state
        self._restore = outbox.keep_call(live.folder, "payment.restore", {
            "rows": self.shown, "snapshots": payments.snapshots_plain(state)})


def delete_transactions(ids: list[int], text: str, shown: list[dict] | None = None,
                        on_error: Report | None = None) -> Op:
    """Delete ledger rows (kept in the outbox while the workspace server is away)."""
    return DeleteTransactions(ids, text, shown or [], on_error)


class Recorded(Op):
    """An entry the recording dialog just wrote (pushed after it, so the first redo does
    nothing): undo deletes it with the fee row that hangs off it, redo puts the same rows back
    (same ids). It is a delete run backwards (DeleteTransactions), so while the workspace
    server is away the undo is kept in the outbox as that delete (`shown`: how the entry
    reads, for the Payments tab's list of what waits), and a redo before it is sent takes it
    out again; after, the rows the send deleted are put back (kept as a restore while the
    server is away)."""

    def __init__(self, tx_id: int, what: str, on_error: Report | None = None,
                 shown: dict | None = None):
        super().__init__(translate("PaymentCommands", RECORDED[what]), on_error=on_error,
                         done=None)
        self.tx_id = tx_id
        self._delete = DeleteTransactions([tx_id], self.text(), [shown] if shown else [])
        self._deleted = None  # what the undo's delete gave (snapshots, or the kept call)

    def apply(self) -> None:
        self._delete.revert(self._deleted)

    def revert(self, _state=None) -> None:
        self._deleted = self._delete.apply()


def set_method_active(method_id: int, name: str, active: bool,
                      on_error: Report | None = None) -> Op:
    """Retire a withdrawal method or bring it back; undo flips it back."""
    text = (translate("PaymentCommands", "Restore {name}") if active
            else translate("PaymentCommands", "Retire {name}")).format(name=name)
    return Op(text, lambda: withdrawals.set_active(method_id, active),
              lambda _: withdrawals.set_active(method_id, not active), on_error)


def discard_kept(folder, call_id: int) -> None:
    """Take a payment the server refused out of the outbox (Payments ▸ kept strip ▸ Discard):
    it was never in the ledger, so nothing else changes."""
    outbox.drop_call(folder, call_id)


def refresh_statuses(today: date) -> int:
    """Move in-review and pending rows forward as their dates pass (run by the tab's refresh on
    the database worker, before it reads); how many moved."""
    return payments.refresh_statuses(today)


def record_expense(*, kind: str, amount: Decimal, occurred_at: datetime, description: str):
    return payments.record_expense(kind=kind, amount=amount, occurred_at=occurred_at,
                                   description=description)


def record_earning(*, kind: str, gross: Decimal, occurred_at: datetime,
                   contract_id: int | None, client_id: int | None, client_name: str,
                   minutes: int | None, description: str, fee_percent: Decimal | None):
    """Book an earning; a client typed by name that is no client yet is made with it."""
    return payments.record_earning(
        kind=kind, gross=gross, occurred_at=occurred_at, contract_id=contract_id,
        client_id=payments.client_for(client_id, client_name), minutes=minutes,
        description=description, fee_percent=fee_percent)


def record_withdrawal(**values):
    return withdrawals.record_withdrawal(**values)


def save_method(method_id: int | None, fields: dict, details: dict[str, str] | None):
    """Add a withdrawal method (`method_id` None) or change one; details go to the keyring."""
    if method_id is None:
        return withdrawals.add_method(**fields, details=details)
    return withdrawals.update_method(method_id, details=details, **fields)


def edit_transaction(tx_id: int, changes: dict, client_name: str = ""):
    """Change a row's description, client and contract; a client typed by name that is no
    client yet (`client_name`, with no client_id in `changes`) is made first."""
    if client_name and not changes.get("client_id"):
        changes = {**changes, "client_id": clients.get_or_create(client_name).id}
    return payments.update_transaction(tx_id, **changes)


def export_ledger(path: str, flt: payments.LedgerFilter, progress: Progress) -> int:
    """Write the ledger rows `flt` selects to a CSV file (run on the database worker, with
    progress and Cancel); how many rows were written."""
    total = payments.totals(flt)[0]

    def rows():
        for done, row in enumerate(reports_export.ledger_rows(flt)):
            if done % 500 == 0:
                progress.update(done, total)
                progress.check()
            yield row

    return reports_export.write_csv(path, reports_export.LEDGER_HEADER, rows())


def export_report(path: str, by: str, period: reports.Period) -> None:
    """Write the earnings report (by client, contract or category) to a CSV file."""
    reports_export.export_report(path, by, period)


def import_statements(parent: QWidget, title: str, paths: list[str], *, create_contracts: bool,
                      on_done: Callable, on_error: Callable, on_cancelled: Callable) -> None:
    """Import Upwork statements on the database worker, with progress and Cancel (all or
    nothing; not undone through Edit ▸ Undo: the import skips rows already in the ledger)."""
    from ui.tasks import run_with_progress

    run_with_progress(parent, title,
                      lambda progress: importer.import_files(
                          paths, progress=progress, create_contracts=create_contracts),
                      on_done=on_done, on_error=on_error, on_cancelled=on_cancelled)

"""Contract operations: the contracts, milestones, timer and time-entry writes.

Undoable (Edit ▸ Undo): time-entry changes and discarded idle time. Each command is pushed
after its service call succeeded (the first redo does nothing), so a refused change never
lands on the stack; later undo/redo call the services again and report a refusal (e.g. the
diary has locked since). The rest are named writes the widgets run through
`ui.operations.run_op` (a refusal is said, a bug reaches the crash handler).

While a workspace's server is away, a timer start or stop, manual time, an entry's edit or
deletion and a contract's new terms are kept in the outbox (ui.operations.keep_offline /
keep_call_offline) and sent when it is back: those functions then give `KEPT`.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from desktop.errors import ServiceError, WorkspaceOfflineError
from desktop.services import contracts as service
from desktop.services import timer
from desktop.services.timer import EntryData, IdleCut
from ui import messages
from ui.operations import Op, call, keep_call_offline, keep_offline


class _Kept:
    def __repr__(self) -> str:
        return "KEPT"


KEPT: Final = _Kept()  # the server is away: the write waits in the outbox

Report = Callable[[str], None]
Now = Callable[[], datetime]  # the tab's clock: undo and redo are checked against "now" too


class _Command(Op):
    def __init__(self, text: str, report: Report, now: Now):
        super().__init__(text, on_error=self._refused, done=None)
        self.report = report
        self.now = now

    def _refused(self, exc) -> None:
        self.report(QCoreApplication.translate("ContractCommands", "Could not {0}: {1}")
                    .format(self.text().lower(), messages.text(exc)))

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self, _state=None) -> None:
        raise NotImplementedError


class AddEntriesCommand(_Command):
    """Manual time added (one entry per week it touched)."""

    def __init__(self, entries, report: Report, now: Now):
        super().__init__(QCoreApplication.translate("ContractCommands", "Add manual time"),
                         report, now)
        self.ids = [e.id for e in entries]
        self.data = [EntryData.of(e) for e in entries]

    def apply(self) -> None:
        self.ids = [timer.restore_entry(d, now=self.now()).id for d in self.data]

    def revert(self, _state=None) -> None:
        self.data = [timer.delete_entry(i, now=self.now()) for i in self.ids]


class DeleteEntryCommand(_Command):
    def __init__(self, entry_id: int, data: EntryData, report: Report, now: Now):
        super().__init__(QCoreApplication.translate("ContractCommands", "Delete time entry"),
                         report, now)
        self.entry_id, self.data = entry_id, data

    def apply(self) -> None:
        self.data = timer.delete_entry(self.entry_id, now=self.now())

    def revert(self, _state=None) -> None:
        self.entry_id = timer.restore_entry(self.data, now=self.now()).id


class EditEntryCommand(_Command):
    def __init__(self, entry_id: int, before: EntryData, after: EntryData, report: Report,
                 now: Now):
        super().__init__(QCoreApplication.translate("ContractCommands", "Edit time entry"),
                         report, now)
        self.entry_id, self.before, self.after = entry_id, before, after

    def _set(self, data: EntryData) -> None:
        timer.update_entry(self.entry_id, started_at=data.started_at, minutes=data.minutes,
                           memo=data.memo, now=self.now())

    def apply(self) -> None:
        self._set(self.after)

    def revert(self, _state=None) -> None:
        self._set(self.before)


class DiscardIdleCommand(_Command):
    """Idle time taken off the running timer (it runs on from the return, or it stopped);
    undo puts the timer back as it ran, idle time included."""

    def __init__(self, cut: IdleCut, report: Report, now: Now):
        super().__init__(QCoreApplication.translate("ContractCommands", "Discard idle time"),
                         report, now)
        self.cut = cut
        self.restored_id = 0

    def apply(self) -> None:
        self.cut = timer.cut_idle(self.restored_id, self.cut.cut_at,
                                  resume_at=self.cut.resumed_at, now=self.now())

    def revert(self, _state=None) -> None:
        self.restored_id = timer.restore_idle(self.cut, now=self.now())


def discard_idle(stack, entry_id: int, idle_since: datetime, resume_at: datetime | None,
                 report: Report, now: Now) -> IdleCut | None:
    """Cut the running timer `entry_id` where idle began (running on from `resume_at`, or
    stopped when it is None), undoable on `stack`; a refusal is reported, nothing changed."""
    try:
        cut, _ = call(lambda: timer.cut_idle(entry_id, idle_since, resume_at=resume_at,
                                             now=now()))
    except ServiceError as exc:
        report(QCoreApplication.translate("ContractCommands", "Could not {0}: {1}").format(
            QCoreApplication.translate("ContractCommands", "Discard idle time").lower(),
            messages.text(exc)))
        return None
    stack.push(DiscardIdleCommand(cut, report, now))
    return cut


# -- time entries (undoable; kept in the outbox while the workspace's server is away) ----------
def add_manual(contract_id: int, values: dict, report: Report, now: Now):
    """Add manual time; gives the command to push on the undo stack, or KEPT."""
    try:
        entries = timer.add_manual(contract_id, now=now(), **values)
    except WorkspaceOfflineError:
        if not keep_call_offline("time_entry.add", {"contract_id": contract_id,
                                                    **timer.entry_changes(values)}):
            raise
        return KEPT
    return AddEntriesCommand(entries, report, now)


def edit_entry(entry, values: dict, report: Report, now: Now):
    """Change a stopped entry; gives the command to push on the undo stack, or KEPT."""
    before = EntryData.of(entry)
    try:
        updated = timer.update_entry(entry.id, now=now(), **values)
    except WorkspaceOfflineError:
        if not keep_offline("time_entry", entry.id, timer.entry_changes(values),
                            version=entry.version, base=timer.entry_values_of(entry)):
            raise
        return KEPT
    return EditEntryCommand(entry.id, before, EntryData.of(updated), report, now)


def delete_entry(entry_id: int, report: Report, now: Now):
    """Delete a stopped entry; gives the command to push on the undo stack, None when there
    was nothing to delete, or KEPT."""
    try:
        data = timer.delete_entry(entry_id, now=now())
    except WorkspaceOfflineError:
        if not keep_call_offline("time_entry.delete", {"entry_id": entry_id}):
            raise
        return KEPT
    return None if data is None else DeleteEntryCommand(entry_id, data, report, now)


# -- the timer (the contract's Time page, the Contracts tab and the tray share these) -----------
def start_timer(contract_id: int, now: datetime, *, memo: str = "", title: str = ""):
    """Start on a contract; a timer running elsewhere is stopped first (a switch). Gives the
    running entry, or KEPT: the click is kept with its moment and replayed at that moment."""
    try:
        return timer.start(contract_id, memo=memo, now=now, switch=True)
    except WorkspaceOfflineError:
        if not keep_call_offline("timer.start", {"contract_id": contract_id, "memo": memo,
                                                 "at": now.isoformat(), "title": title}):
            raise
        return KEPT


def stop_timer(contract_id: int, now: datetime, *, memo: str | None = None):
    """Stop the timer running on `contract_id` (with its memo, when given). Gives the stored
    entries (none when it ran under half a minute), or KEPT."""
    try:
        return timer.stop(now=now, memo=memo)
    except WorkspaceOfflineError:
        args: dict[str, Any] = {"at": now.isoformat(), "contract_id": contract_id}
        if memo is not None:
            args["memo"] = memo
        if not keep_call_offline("timer.stop", args):
            raise
        return KEPT


def set_memo(memo: str):
    """The running timer's memo (one write, when the user finishes typing)."""
    return timer.set_memo(memo)


# -- contracts ------------------------------------------------------------------------------
def create(values: dict, now: datetime):
    return service.create(now=now, **values)


def update_terms(contract, values: dict, now: datetime):
    """New terms for `contract` (a ContractRow as read); KEPT: only the fields that changed
    wait in the outbox, merged with the server's when it is back."""
    try:
        return service.update_terms(contract.id, now=now, **values)
    except WorkspaceOfflineError:
        base = service.terms_values_of(contract)
        changes = {name: value for name, value in service.terms_changes(
            values, contract.contract_type).items() if base.get(name) != value}
        if not keep_offline("contract", contract.id, changes, version=contract.version,
                            base=base):
            raise
        return KEPT


def accept_offer(contract_id: int, now: datetime):
    return service.accept_offer(contract_id, now=now)


def decline_offer(contract_id: int, reason: str, now: datetime):
    return service.decline_offer(contract_id, reason=reason, now=now)


def pause(contract_id: int, now: datetime):
    return service.pause(contract_id, now=now)


def resume(contract_id: int, now: datetime):
    return service.resume(contract_id, now=now)


def end(contract_id: int, reason: str, details: str, now: datetime):
    return service.end(contract_id, reason=reason, details=details, now=now)


def set_fee_percent(contract_id: int, value: str, now: datetime):
    return service.set_fee_percent(contract_id, value, now=now)


def process_due(now: datetime):
    """Let time do its work: approve milestones past their review, bill closed weeks."""
    return service.process_due(now=now)


def save_feedback(contract_id: int, values: dict, now: datetime):
    return service.save_feedback(contract_id, now=now, **values)


def pay_bonus(contract_id: int, amount: Decimal, note: str, now: datetime):
    return service.pay_bonus(contract_id, amount=amount, note=note, now=now)


def refund(contract_id: int, amount: Decimal, reason: str, now: datetime):
    return service.refund(contract_id, amount=amount, reason=reason, now=now)


# -- milestones (the escrow steps) -----------------------------------------------------------
def add_milestone(contract_id: int, values: dict, now: datetime):
    return service.add_milestone(contract_id, now=now, **values)


def update_milestone(milestone_id: int, values: dict, now: datetime):
    return service.update_milestone(milestone_id, now=now, **values)


def delete_milestone(milestone_id: int, now: datetime):
    return service.delete_milestone(milestone_id, now=now)


def fund_milestone(milestone_id: int, now: datetime):
    return service.fund_milestone(milestone_id, now=now)


def submit_milestone(milestone_id: int, note: str, now: datetime):
    return service.submit_milestone(milestone_id, note=note, now=now)


def request_changes(milestone_id: int, note: str, now: datetime):
    return service.request_changes(milestone_id, note=note, now=now)


def approve_milestone(milestone_id: int, amount: Decimal, now: datetime):
    return service.approve_milestone(milestone_id, amount=amount, now=now)


def mark_milestone_paid(milestone_id: int, now: datetime):
    return service.mark_milestone_paid(milestone_id, now=now)

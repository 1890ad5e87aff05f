"""Contract operations: undoable time-entry changes (Edit ▸ Undo). Each command is pushed
after its service call succeeded (the first redo does nothing), so a refused change never
lands on the stack; later undo/redo call the services again and report a refusal (e.g. the
diary has locked since)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.errors import ServiceError
from desktop.services import timer
from desktop.services.timer import EntryData, IdleCut
from ui import messages
from ui.operations import Op, call

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
        super().__init__("Add manual time", report, now)
        self.ids = [e.id for e in entries]
        self.data = [EntryData.of(e) for e in entries]

    def apply(self) -> None:
        self.ids = [timer.restore_entry(d, now=self.now()).id for d in self.data]

    def revert(self, _state=None) -> None:
        self.data = [timer.delete_entry(i, now=self.now()) for i in self.ids]


class DeleteEntryCommand(_Command):
    def __init__(self, entry_id: int, data: EntryData, report: Report, now: Now):
        super().__init__("Delete time entry", report, now)
        self.entry_id, self.data = entry_id, data

    def apply(self) -> None:
        self.data = timer.delete_entry(self.entry_id, now=self.now())

    def revert(self, _state=None) -> None:
        self.entry_id = timer.restore_entry(self.data, now=self.now()).id


class EditEntryCommand(_Command):
    def __init__(self, entry_id: int, before: EntryData, after: EntryData, report: Report,
                 now: Now):
        super().__init__("Edit time entry", report, now)
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

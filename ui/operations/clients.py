"""Client operations: the conversation log on a proposal or a contract
(ui/widgets/conversation.py). Adding and deleting an entry are undone through Edit ▸ Undo on the
tab that shows the conversation."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.services import interactions
from ui.operations import Op, Report

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
Then = Callable[[], None]


class AddInteraction(Op):
    """Log an entry; undo deletes it, redo brings the same entry (same id) back. `state` is the
    entry's id once it is done."""

    def __init__(self, *, proposal_id: int | None, contract_id: int | None, kind: str,
                 direction: str | None, body: str, at: datetime, on_error: Report,
                 after: Then):
        super().__init__(translate("ClientCommands", "Add conversation entry"),
                         on_error=on_error)
        self.values: dict[str, Any] = {"proposal_id": proposal_id, "contract_id": contract_id,
                                       "kind": kind, "direction": direction, "body": body,
                                       "at": at}
        self.after = after
        self.snapshot: dict | None = None

    def apply(self) -> int:
        entry = (interactions.add(**self.values) if self.snapshot is None
                 else interactions.restore(self.snapshot))
        self.after()
        return entry.id

    def revert(self, entry_id: int) -> None:
        self.snapshot = interactions.delete(entry_id)
        self.after()


def DeleteInteraction(entry_id: int, on_error: Report, *, after: Then) -> Op:
    """Delete an entry; undo puts the same entry back."""
    def do() -> dict:
        snapshot = interactions.delete(entry_id)
        after()
        return snapshot

    def undo(snapshot: dict) -> None:
        interactions.restore(snapshot)
        after()

    return Op(translate("ClientCommands", "Delete conversation entry"), do, undo, on_error)

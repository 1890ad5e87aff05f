"""Client operations: the conversation log on a proposal or a contract
(ui/widgets/conversation.py). Adding and deleting an entry are undone through Edit ▸ Undo on the
tab that shows the conversation."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.services import interactions
from ui.operations import Created, Op, Report

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
Then = Callable[[], None]


def AddInteraction(*, proposal_id: int | None, contract_id: int | None, kind: str,
                   direction: str | None, body: str, at: datetime, on_error: Report,
                   after: Then) -> Created:
    """Log an entry; undo deletes it, redo brings the same entry (same id) back. `state` is the
    entry's id once it is done."""
    return Created(translate("ClientCommands", "Add conversation entry"),
                   lambda: interactions.add(proposal_id=proposal_id, contract_id=contract_id,
                                            kind=kind, direction=direction, body=body,
                                            at=at).id,
                   interactions.delete, interactions.restore, on_error, after=after)


def DeleteInteraction(entry_id: int, on_error: Report, *, after: Then) -> Op:
    """Delete an entry; undo puts the same entry back."""
    return Op(translate("ClientCommands", "Delete conversation entry"),
              lambda: interactions.delete(entry_id), interactions.restore, on_error,
              after=after)

"""The conversation with a client on a proposal or a contract: messages, calls, interviews, notes.

Shared by the Proposals and Contracts tabs (ui/widgets/conversation.py shows it). Each entry has a
time (when it happened, which the user may set) and, for messages, a direction (in/out).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop import clock, events
from desktop.errors import Code, ServiceError
from desktop.services import db
from models.contracts import (
    INTERACTION_DIRECTION_LABELS,
    INTERACTION_KIND_LABELS,
    Contract,
    Interaction,
    InteractionKind,
)
from models.contracts import SWEEP_STEP_LABELS as SWEEP_STEP_LABELS  # re-exported for ui/
from models.contracts import WORK_LOG_PROPOSAL_SENT as WORK_LOG_PROPOSAL_SENT
from models.contracts import WORK_LOG_REASON as WORK_LOG_REASON
from models.contracts import WORK_LOG_REMAINDER as WORK_LOG_REMAINDER
from models.contracts import WORK_LOG_TEMPLATES as WORK_LOG_TEMPLATES
from models.contracts import WORK_LOG_WORDS as WORK_LOG_WORDS
from models.contracts import WorkLogCode as WorkLogCode
from models.proposals import Proposal

KINDS = INTERACTION_KIND_LABELS  # code -> English name (models/contracts.py)
DIRECTIONS = INTERACTION_DIRECTION_LABELS
_FIELDS = ("id", "proposal_id", "contract_id", "client_id", "kind", "direction", "at", "body",
           "note_code", "note_params", "created_at")


@dataclass(frozen=True)
class InteractionRow:
    """One entry as ui/ reads it. A line the app wrote in a contract's work log has
    ``note_code`` (a WorkLogCode) and ``note_params`` and an empty ``body``
    (ui/messages.note() says it); what the user typed is ``body``."""

    id: int
    proposal_id: int | None
    contract_id: int | None
    client_id: int | None
    kind: str
    direction: str | None
    at: datetime
    body: str
    note_code: str | None
    note_params: dict[str, Any] | None
    created_at: datetime


class InteractionError(ServiceError):
    """An entry that cannot be saved (no text, unknown kind, no owner)."""


def _checked(kind: str, direction: str | None, body: str) -> tuple[str, str | None, str]:
    if kind not in KINDS:
        raise InteractionError(Code.INTERACTION_KIND, value=str(kind), choices=", ".join(KINDS))
    if direction not in (None, *DIRECTIONS):
        raise InteractionError(Code.INTERACTION_DIRECTION, value=str(direction))
    body = (body or "").strip()
    if not body:
        raise InteractionError(Code.INTERACTION_NO_TEXT, interaction_kind=kind)
    if kind == InteractionKind.NOTE:
        direction = None  # a note is yours, it goes nowhere
    return kind, direction, body


def _area(entry: Interaction) -> str:
    return "proposals" if entry.proposal_id else "contracts"


def _changed(entry: Interaction) -> None:
    """Tell the entry's area that its proposal or contract (exactly one is set) changed."""
    owner = entry.proposal_id or entry.contract_id
    events.changed(_area(entry), [owner] if owner is not None else [])


def add(*, proposal_id: int | None = None, contract_id: int | None = None,
        kind: str = "message", direction: str | None = None, body: str,
        at: datetime | None = None) -> Interaction:
    """Log one entry on a proposal or a contract (exactly one of them)."""
    if (proposal_id is None) == (contract_id is None):
        raise InteractionError(Code.INTERACTION_NO_OWNER)
    kind, direction, body = _checked(kind, direction, body)
    owner = (Proposal.get_by_id(proposal_id) if proposal_id is not None
             else Contract.get_by_id(contract_id))
    with db.atomic():
        entry = Interaction.create(
            proposal=proposal_id, contract=contract_id, client=owner.client_id,
            kind=kind, direction=direction, body=body, at=at or clock.now())
    _changed(entry)
    return entry


def update(entry_id: int, *, kind: str | None = None, direction: str | None = None,
           body: str | None = None, at: datetime | None = None) -> Interaction:
    entry = Interaction.get_by_id(entry_id)
    kind, direction, body = _checked(kind or entry.kind,
                                     direction if direction is not None else entry.direction,
                                     body if body is not None else entry.body)
    entry.kind, entry.direction, entry.body = kind, direction, body
    if at is not None:
        entry.at = at
    with db.atomic():
        entry.save()
    _changed(entry)
    return entry


def delete(entry_id: int) -> dict:
    """Delete an entry; returns what :func:`restore` needs (Edit ▸ Undo)."""
    entry = Interaction.get_by_id(entry_id)
    snapshot = {name: getattr(entry, name) for name in _FIELDS}
    with db.atomic():
        entry.delete_instance()
    _changed(entry)
    return snapshot


def restore(snapshot: dict) -> Interaction:
    data = dict(snapshot)
    with db.atomic():
        entry = Interaction.create(
            id=data.pop("id"), proposal=data.pop("proposal_id"),
            contract=data.pop("contract_id"), client=data.pop("client_id"), **data)
    _changed(entry)
    return entry


def ids_for(*, proposal_id: int | None = None, contract_id: int | None = None) -> list[int]:
    """Entry ids, oldest first (the conversation reads top to bottom)."""
    query = Interaction.select(Interaction.id)
    if proposal_id is not None:
        query = query.where(Interaction.proposal == proposal_id)
    else:
        query = query.where(Interaction.contract == contract_id)
    return [row.id for row in query.order_by(Interaction.at, Interaction.id)]


def for_proposal(proposal_id: int) -> list[Interaction]:
    return list(Interaction.select().where(Interaction.proposal == proposal_id)
                .order_by(Interaction.at, Interaction.id))


def get(entry_id: int) -> InteractionRow | None:
    entry = Interaction.get_or_none(Interaction.id == entry_id)
    if entry is None:
        return None
    return InteractionRow(**{name: getattr(entry, name) for name in _FIELDS})


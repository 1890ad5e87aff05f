"""Proposal operations: what the Proposals tab, its editor and its dialogs change.

Undoable ones (Edit ▸ Undo on the Proposals tab's stack) are `Op`s built here: delete and
archive a proposal, a pipeline move (viewed … job cancelled), remove an attachment, delete a
template or snippet, and the Connects ledger's plan, balance and deleted rows. Each takes
`after` callbacks so the widget shows the result the way it did (which row is selected).

The rest are named functions the widgets call through `run_op` (a status change that spends or
refunds Connects, a new draft, a contract from a hired proposal, …) or directly (the autosave
of the letter and the fields, which keeps what the workspace's server did not take in the local
outbox, desktop/outbox.py, and the monthly Connects grants the ledger catches up on).
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop import outbox
from desktop.errors import ServiceError
from desktop.services import connects
from desktop.services import proposals as service
from desktop.services import templates as template_service
from ui.operations import Op, Report

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
Then = Callable[[], None]


# -- proposals --------------------------------------------------------------------------------
def create_draft(job_id: int | None) -> int:
    """A new draft (for `job_id`, or blank); its id."""
    return service.create_draft(job_id).id


def DeleteProposal(proposal_id: int, title: str, on_error: Report, *, after: Then,
                   after_undo: Then) -> Op:
    """Delete a proposal with its history, attachments and conversation; undo brings all back."""
    return Op(translate("ProposalCommands", "Delete “{title}”").format(title=title[:40]),
              lambda: service.delete(proposal_id), service.restore, on_error, after=after,
              after_undo=after_undo)


def ArchiveProposal(proposal_id: int, on_error: Report, *, after: Then) -> Op:
    return Op(translate("ProposalCommands", "Archive proposal"),
              lambda: service.set_status(proposal_id, "archived"),
              lambda _: service.unarchive(proposal_id), on_error, after=after)


def unarchive(proposal_id: int) -> None:
    service.unarchive(proposal_id)


def MoveProposal(proposal_id: int, status: str, status_name: str, on_error: Report, *,
                 after: Then, on_undo_refused: Report) -> Op:
    """A pipeline move (service.UNDOABLE_MOVES); undo takes it back with the history rows and
    any Connects refund it wrote. Undo refused (the proposal moved on since) is reported and the
    view refreshed; the step stays on the stack as it was."""
    title = service.get(proposal_id).title[:40]

    def undo(mark: Any) -> None:
        try:
            service.undo_move(mark, status)
        except ServiceError as exc:
            on_undo_refused(exc)

    return Op(translate("ProposalCommands", "Mark “{title}” {status}")
              .format(title=title, status=status_name.lower()),
              lambda: service.move(proposal_id, status), undo, on_error, after=after)


def set_status(proposal_id: int, status: str) -> None:
    """A status change that is not undone (submitting spends Connects; hired, declined …)."""
    service.set_status(proposal_id, status)


def boost_outbid(proposal_id: int) -> int:
    """The boost was outbid: its Connects come back. How many."""
    return service.boost_outbid(proposal_id)


def create_contract(proposal_id: int) -> Any:
    """A contract with the hired proposal's terms (the Contracts tab shows it)."""
    from desktop.services.contracts import create_from_proposal

    return create_from_proposal(proposal_id)


def restore_revision(proposal_id: int, revision_id: int) -> None:
    """An earlier letter back (the current one is kept as a revision)."""
    service.restore_revision(proposal_id, revision_id)


def apply_template(proposal_id: int, template_id: int) -> Any:
    """Fill a template and make it the letter; what was filled (and what not)."""
    return service.apply_template(proposal_id, template_id)


# -- attachments ------------------------------------------------------------------------------
def add_attachment(proposal_id: int, path: str | Path) -> None:
    service.add_attachment(proposal_id, Path(path))


def RemoveAttachment(attachment_id: int, on_error: Report, *, after: Then) -> Op:
    return Op(translate("ProposalCommands", "Remove attachment"),
              lambda: service.remove_attachment(attachment_id), service.restore_attachment,
              on_error, after=after)


# -- templates and snippets -------------------------------------------------------------------
def save_template(kind: str, item_id: int | None, name: str, body: str) -> int:
    """Create (item_id None) or update a template or snippet; its id."""
    if item_id is None:
        return template_service.create(kind, name, body).id
    return template_service.update(item_id, name=name, body=body).id


def DeleteTemplate(item_id: int, kind_name: str, on_error: Report, *, after: Then,
                   after_undo: Then) -> Op:
    return Op(translate("ProposalCommands", "Delete {kind}").format(kind=kind_name),
              lambda: template_service.delete(item_id), template_service.restore, on_error,
              after=after, after_undo=after_undo)


# -- autosave: the letter and the fields (issue 18) -------------------------------------------
def save_letter(proposal_id: int, text: str, version: int | None) -> int:
    """Save the letter over `version` (EditConflictError: someone saved since;
    WorkspaceOfflineError: the server is away). The new version."""
    return service.save_letter(proposal_id, text, version=version)


def keep_letter(folder: Path, proposal_id: int, text: str, *, version: int | None, base: str,
                conflict: bool) -> None:
    """Keep a letter the server did not take in the outbox (sent when it is back, or merged)."""
    outbox.keep(folder, proposal_id, text, version=version, base=base, conflict=conflict)


def drop_kept_letter(folder: Path, proposal_id: int) -> None:
    """The letter is saved: what the outbox kept of it is no longer needed."""
    if outbox.find(folder, proposal_id):
        outbox.drop(folder, proposal_id)


FIELDS_KIND = "proposal"  # the outbox's name for a proposal's field edits


def save_fields(proposal_id: int, changes: dict[str, Any], version: int | None) -> int:
    """Save field values over `version`, all or nothing; the new version."""
    return service.save_fields(proposal_id, changes, version=version)


def merge_fields_and_write(proposal_id: int, yours: dict[str, Any], version: int | None,
                           base: dict[str, Any]) -> Any:
    """Write what merges by itself over the newer version (outbox.merge_and_write, the one the
    outbox's sending uses too); None when a field both changed differently needs a choice."""
    return outbox.merge_and_write(outbox.SENDERS[FIELDS_KIND], proposal_id, yours, version,
                                  base)


def keep_fields(folder: Path, proposal_id: int, changes: dict[str, Any], *,
                version: int | None, base: dict[str, Any], conflict: bool) -> None:
    outbox.keep_edit(folder, FIELDS_KIND, proposal_id, changes, version=version, base=base,
                     conflict=conflict)


def drop_kept_fields(folder: Path, proposal_id: int) -> None:
    outbox.drop_edit(folder, FIELDS_KIND, proposal_id)


# -- Connects ---------------------------------------------------------------------------------
def grant_due_connects() -> None:
    """Book the monthly allowances (and expiries) due since the last grant; nothing when none
    is due. Not undone: the ledger owes them whatever the user does."""
    connects.catch_up_monthly()


def SetConnectsPlan(old: str, new: str, on_error: Report, *, after: Then | None = None) -> Op:
    return Op(translate("ProposalCommands", "Change membership plan"),
              lambda: connects.set_plan(new), lambda _: connects.set_plan(old), on_error,
              after=after)


def set_connects_price(value: Decimal) -> None:
    """The user's price per Connect. Not undone: before it, the price may have followed the
    dated rule, which a setting cannot say."""
    connects.set_price(value)


def buy_connects(count: int) -> Any:
    """Buy a bundle (booked as a cost in Payments when it can be); the purchase. Not undone
    through Edit ▸ Undo: delete its ledger row instead."""
    return connects.buy(count)


def SetConnectsBalance(target: int, on_error: Report, *, after: Then | None = None) -> Op:
    """Record the correction that makes today's balance `target`; undo deletes it."""
    def do() -> int | None:
        entry = connects.set_balance(target)
        return entry.id if entry is not None else None

    def undo(entry_id: int | None) -> None:
        if entry_id is not None:
            connects.delete_entry(entry_id)

    return Op(translate("ProposalCommands", "Set Connects balance to {n}").format(n=target),
              do, undo, on_error, after=after)


def DeleteConnectsEntry(entry_id: int, on_error: Report, *, after: Then | None = None) -> Op:
    return Op(translate("ProposalCommands", "Delete Connects row"),
              lambda: connects.delete_entry(entry_id), connects.restore_entry, on_error,
              after=after)

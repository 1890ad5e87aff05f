"""Saving a proposal's fields over the version the editor loaded (issue 18).

The header (title, client, profile, follow-up), the bid and the screening answers all save
through one `FieldSaver` per editor. It keeps the proposal's version and the fields as the
editor loaded them (the merge's base). A save over an older version is refused by the service
(EditConflictError); the saver then merges field by field (models/rules/merge.py): a field only
this editor changed is written over the newer version, a field only the other person changed
stays theirs, and a field both changed differently goes to the merge dialog (ui/proposals/
merge.py), one row each, theirs or yours. Until decided, the refused values wait in the outbox
(desktop/outbox.py), so switching proposals or closing loses nothing. While the workspace's
server cannot be reached, saves go to the outbox too and are sent when it is back.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop import outbox
from desktop.errors import EditConflictError, WorkspaceOfflineError
from desktop.services import proposals as service
from models.rules.merge import merge_fields
from ui import formatting
from ui.operations import proposals as ops

KIND = ops.FIELDS_KIND  # the outbox's name for these edits
LABELS = {
    "title": QT_TRANSLATE_NOOP("ProposalFields", "Title"),
    "client_name": QT_TRANSLATE_NOOP("ProposalFields", "Client"),
    "profile_id": QT_TRANSLATE_NOOP("ProposalFields", "Profile used"),
    "follow_up_on": QT_TRANSLATE_NOOP("ProposalFields", "Follow-up day"),
    "bid_type": QT_TRANSLATE_NOOP("ProposalFields", "Hourly or fixed price"),
    "fixed_mode": QT_TRANSLATE_NOOP("ProposalFields", "Fixed price by"),
    "rate": QT_TRANSLATE_NOOP("ProposalFields", "Hourly rate"),
    "amount": QT_TRANSLATE_NOOP("ProposalFields", "Fixed price total"),
    "rate_increase_months": QT_TRANSLATE_NOOP("ProposalFields", "Rate increase every (months)"),
    "rate_increase_percent": QT_TRANSLATE_NOOP("ProposalFields", "Rate increase (%)"),
    "fee_percent": QT_TRANSLATE_NOOP("ProposalFields", "Upwork fee (%)"),
    "connects_required": QT_TRANSLATE_NOOP("ProposalFields", "Connects the job asks for"),
    "boost_connects": QT_TRANSLATE_NOOP("ProposalFields", "Boost (Connects)"),
    "is_invitation": QT_TRANSLATE_NOOP("ProposalFields", "Invitation"),
    "answers": QT_TRANSLATE_NOOP("ProposalFields", "Screening answers"),
    "milestones": QT_TRANSLATE_NOOP("ProposalFields", "Milestones"),
}
VALUES = {
    "hourly": QT_TRANSLATE_NOOP("ProposalFields", "Hourly"),
    "fixed": QT_TRANSLATE_NOOP("ProposalFields", "Fixed price"),
    "project": QT_TRANSLATE_NOOP("ProposalFields", "By project"),
    "milestones": QT_TRANSLATE_NOOP("ProposalFields", "By milestones"),
}
YES, NO = QT_TRANSLATE_NOOP("ProposalFields", "Yes"), QT_TRANSLATE_NOOP("ProposalFields", "No")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProposalFields", text)


def label(name: str) -> str:
    return _tr(LABELS[name]) if name in LABELS else name


def shown(name: str, value: Any, currency: str = "USD") -> str:
    """A field's comparable value as the merge dialog shows it."""
    if value is None or value == "" or value == []:
        return "—"
    if name in ("rate", "amount"):
        return formatting.money(Decimal(value), currency)
    if name in ("bid_type", "fixed_mode"):
        return _tr(VALUES[value]) if value in VALUES else str(value)
    if name == "is_invitation":
        return _tr(YES) if value else _tr(NO)
    if name == "follow_up_on":
        from datetime import date

        return formatting.date(date.fromisoformat(value))
    if name == "profile_id":
        names = {pid: name for pid, _kind, name in service.profile_choices()}
        return names.get(value, str(value))
    if name == "answers":
        return "\n".join(f"{q} — {a}" for q, a in value)
    if name == "milestones":
        return "\n".join(f"{d} · {formatting.money(Decimal(a), currency)}"
                         + (f" · {formatting.date(_day(due))}" if due else "")
                         for d, a, due in value)
    return str(value)


def overlay(proposal, pending: dict[str, Any]) -> None:
    """Put values waiting in the outbox onto a loaded (never saved) proposal, as the inputs
    show them; "answers", "milestones" and "client_name" are the caller's."""
    from datetime import date

    for name, value in pending.items():
        if name in ("rate", "amount"):
            setattr(proposal, name, None if value is None else Decimal(value))
        elif name == "follow_up_on":
            proposal.follow_up_on = date.fromisoformat(value) if value else None
        elif name == "profile_id":
            proposal.profile_id = value
        elif name not in ("answers", "milestones", "client_name"):
            setattr(proposal, name, value)


def _day(text: str):
    from datetime import date

    return date.fromisoformat(text)


class FieldSaver(QObject):
    """One per proposal editor; see the module's doc."""

    merged = Signal()  # the saved proposal now holds others' values too: reload the inputs
    advanced = Signal(int, int)  # a save here took the proposal from this version to that
    pending_changed = Signal(bool)  # refused values wait for their merge (True) or not

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.proposal_id: int | None = None
        self.version: int | None = None
        self.base: dict[str, Any] = {}
        self.outbox_folder = None  # the data folder (set by the tab)
        self.merge_dialog = None

    # -- loading -------------------------------------------------------------------------
    def load(self, proposal_id: int | None) -> None:
        self.proposal_id = proposal_id
        self.version, self.base = (service.field_values(proposal_id) if proposal_id is not None
                                   else (None, {}))
        kept = self._kept()
        if kept is not None:  # saved offline or refused earlier: continues from there
            self.version, self.base = kept.version, dict(kept.base)
        self.pending_changed.emit(kept is not None and kept.conflict)

    def _kept(self) -> outbox.Edit | None:
        if self.outbox_folder is None or self.proposal_id is None:
            return None
        return outbox.find_edit(self.outbox_folder, KIND, self.proposal_id)

    def pending(self) -> dict[str, Any]:
        """Values saved here that the proposal does not have yet (offline or refused)."""
        kept = self._kept()
        return dict(kept.changes) if kept is not None else {}

    @property
    def in_conflict(self) -> bool:
        kept = self._kept()
        return kept is not None and kept.conflict

    # -- saving --------------------------------------------------------------------------
    def save(self, **changes) -> bool:
        """Save `changes` over the loaded version. False: not saved now (kept in the outbox,
        for the merge or for the server's return). Other refusals (ServiceError) reach the
        caller, nothing changed."""
        if self.proposal_id is None or not changes:
            return True
        yours = {name: service.comparable(name, value) for name, value in changes.items()}
        kept = self._kept()
        if kept is not None:  # earlier values wait: these join them
            return self._keep({**kept.changes, **yours}, conflict=kept.conflict)
        from ui import workspace_live

        if workspace_live.offline():
            return self._keep(yours, conflict=False)
        before = self.version
        try:
            self.version = ops.save_fields(self.proposal_id, yours, self.version)
        except WorkspaceOfflineError:
            return self._keep(yours, conflict=False)
        except EditConflictError:
            return self.resolve(yours)
        self.base.update(yours)
        if before is not None and self.version != before:
            self.advanced.emit(before, self.version)
        return True

    def advance(self, before: int, after: int) -> None:
        """This window saved the letter over the version the fields are at: they continue
        from that save (it changed no field)."""
        if self.version == before and self._kept() is None:
            self.version = after

    def resolve(self, yours: dict[str, Any]) -> bool:
        """Someone saved since this editor loaded: write what merges by itself
        (ui.operations.proposals.merge_fields_and_write), ask
        about the rest. True when everything is saved."""
        assert self.proposal_id is not None
        written = ops.merge_fields_and_write(self.proposal_id, yours, self.version, self.base)
        if written is None:  # a field both changed differently: the merge dialog asks
            self._keep(yours, conflict=True)
            self.open_merge()
            return False
        self.version, self.base = service.field_values(self.proposal_id)
        self._drop()
        self.merged.emit()
        return True

    def _keep(self, changes: dict[str, Any], *, conflict: bool) -> bool:
        if self.proposal_id is None or self.outbox_folder is None:
            return False
        ops.keep_fields(self.outbox_folder, self.proposal_id, changes, version=self.version,
                        base=self.base, conflict=conflict)
        self.pending_changed.emit(conflict)
        return False

    def _drop(self) -> None:
        if self.outbox_folder is not None and self.proposal_id is not None:
            ops.drop_kept_fields(self.outbox_folder, self.proposal_id)
        self.pending_changed.emit(False)

    # -- the merge ------------------------------------------------------------------------
    def open_merge(self) -> None:
        """Both values of every field both sides changed, one row each (window-modal)."""
        kept = self._kept()
        if kept is None or self.proposal_id is None or self.merge_dialog is not None:
            return
        from ui.proposals.merge import FieldChoice, MergeDialog, show_merge

        version, theirs = service.field_values(self.proposal_id)
        merge = merge_fields({name: kept.base.get(name) for name in kept.changes}, theirs,
                             kept.changes)
        if merge.clean:
            self.version, self.base = kept.version, dict(kept.base)
            self._drop()
            self.resolve(kept.changes)
            return
        currency = service.get(self.proposal_id).currency
        choices = [FieldChoice(name, label(name), shown(name, their, currency),
                               shown(name, your, currency))
                   for name, (their, your) in merge.conflicts.items()]
        parent = self.parent()
        dialog = MergeDialog(parent if isinstance(parent, QWidget) else None, fields=choices)

        def accepted() -> None:
            picked = dialog.choices()
            final = {name: theirs[name] if picked.get(name) == "theirs" else value
                     for name, value in merge.merged.items()}
            self.version, self.base = version, theirs
            self._drop()
            self.save(**{name: value for name, value in final.items()
                         if theirs[name] != value})
            self.merged.emit()

        show_merge(self, dialog, accepted)

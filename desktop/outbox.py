"""The outbox: edits made while the workspace's server cannot be reached (issue 18).

The letter editor autosaves as always; when the save is refused because the server is away
(WorkspaceOfflineError), the text goes here instead: one JSON file in the local data folder
per database (`path_in`; readable by this user only, replaced atomically), one entry per proposal,
holding the text, the version the editor had loaded and the text of that version (the merge's
base). When the server is back, :func:`send` saves each entry over the version it was written
against, exactly as a live save: an entry someone else's save overtook meanwhile is not
written but kept, marked as a conflict, for the merge dialog. Nothing is dropped until the
server has it.

Besides letters, the outbox keeps *edits*: field changes of one record (a proposal's bid and
header fields, a profile's fields, a time entry …), each with the version and the field values
it was written against. `send` writes them through the service named by their kind (SENDERS),
with the same conflict handling as a live save: what someone else changed meanwhile in other
fields is merged in by itself; a field both changed differently keeps the edit, marked, for
the merge dialog.

Sending is safe to repeat. Every entry has an id made when it was queued (a new one each time
the entry is replaced), and the write that sends it records that id in the database's
``outbox_applied`` table (migration 0017) in the same transaction. When this process is killed,
or the connection drops, after the server committed the write but before this file recorded
it as sent, the next send finds the id there and applies nothing again: a manual time entry or
a started timer is not added twice, a letter is not turned into a conflict with itself.
Only then is the entry dropped here.

Timer starts and stops are replayed at the moment of the click (timer.replay_start,
replay_stop). The same member may have started a timer on another computer meanwhile: one
started before a kept start stops at that start (keeping its time up to then, as a live switch
does); one started after it is the later click and runs on (or stays as it was stopped) — the
kept run is stored as ended where it began (or at the next start or stop kept here, when that
came first), and a kept stop leaves it alone. No tracked time is discarded by a replay.

An entry is marked ``tried`` before it is sent. Typing on after a send that was cut off (the
connection dropped at the commit, or the process was killed and the server is away at the
next start) replaces the entry with a new one; the one it replaces, which the server may have,
is remembered in ``unsure`` (id and content). When the server turns out to have one of those,
the new entry is sent as continuing it (its base is what the server got): not as a conflict
with the user's own earlier text, and over what someone else saved after it only by a merge.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from functools import partial
from pathlib import Path

from desktop import clock, events, faults
from desktop.errors import EditConflictError, ServiceError, WorkspaceOfflineError, error_data

log = logging.getLogger(__name__)

FILE_NAME = "outbox.json"
FORMAT = 1
KILL_STEP = "outbox:applied"  # desktop/faults: after the server committed, before the file


@dataclass(frozen=True)
class Draft:
    proposal_id: int
    text: str
    version: int | None  # the proposal's version the text was written against
    base: str  # the letter as it was at that version (what a merge starts from)
    saved_at: str  # ISO moment, UTC
    conflict: bool = False  # someone else saved the proposal since: merge before sending
    problem: str = ""  # a refusal other than a conflict (its code), e.g. the proposal was sent
    id: str = ""  # made when kept (outbox_applied); "" only in a file from before ids
    tried: bool = False  # a send of it began: the server may have it
    unsure: list[dict] = field(default_factory=list)  # tried entries it replaced: id, text


@dataclass(frozen=True)
class Edit:
    kind: str  # which service writes it (SENDERS)
    key: int  # the record's id
    changes: dict  # field -> value, plain JSON as the service's `comparable` gives it
    version: int | None  # the record's version the changes were made against
    base: dict  # the fields as they were at that version (what a merge starts from)
    saved_at: str
    conflict: bool = False
    problem: str = ""
    id: str = ""  # made when kept (outbox_applied); "" only in a file from before ids
    tried: bool = False  # a send of it began: the server may have it
    unsure: list[dict] = field(default_factory=list)  # tried entries it replaced: id, changes


@dataclass(frozen=True)
class Sender:
    """How edits of one kind reach their service: `read(key)` gives the record's version and
    fields (plain JSON), `write(key, changes, version)` saves over that version (refused with
    EditConflictError when the record moved on) and returns the new version."""

    read: Callable[[int], tuple[int, dict]]
    write: Callable[[int, dict, int | None], int]


def _proposals():
    from desktop.services import proposals

    return proposals


def _profiles():
    from desktop.services import profile

    return profile


def _timer():
    from desktop.services import timer

    return timer


def _contracts():
    from desktop.services import contracts

    return contracts


def _jobs():
    from desktop.services import jobs

    return jobs


SENDERS = {
    "job": Sender(lambda key: _jobs().field_values(key),
                  lambda key, changes, version: _jobs().save_fields(key, changes,
                                                                    version=version)),
    "contract": Sender(lambda key: _contracts().terms_values(key),
                       lambda key, changes, version: _contracts().save_terms_fields(
                           key, changes, version=version)),
    "time_entry": Sender(lambda key: _timer().entry_values(key),
                         lambda key, changes, version: _timer().save_entry_fields(
                             key, changes, version=version)),
    "proposal": Sender(lambda key: _proposals().field_values(key),
                       lambda key, changes, version: _proposals().save_fields(
                           key, changes, version=version)),
    "profile": Sender(lambda key: _profiles().field_values(key),
                      lambda key, changes, version: _profiles().save_fields(
                          key, changes, version=version)),
}


def _new_id() -> str:
    return uuid.uuid4().hex


def _unsure_after(earlier: Draft | Edit | None, version: int | None, content: dict) -> list:
    """What a new entry replacing `earlier` remembers of the entries the server may have: the
    earlier one's list, and the earlier one itself when its send began — as long as the new
    one continues from the same version (a new version was read from the server after them)."""
    if earlier is None or earlier.version != version:
        return []
    return [*earlier.unsure, {"id": earlier.id, **content}] if earlier.tried and earlier.id \
        else list(earlier.unsure)


def _applied_earlier(unsure: list[dict]) -> dict | None:
    """The latest of `unsure` the database applied (it holds what came before it too)."""
    from desktop.services import outbox_applied

    found = outbox_applied.applied_of([u["id"] for u in unsure])
    return next((u for u in reversed(unsure) if u["id"] in found), None)


def applied(entry_id: str) -> bool:
    """Whether the database has applied the outbox entry `entry_id`."""
    from desktop.services import outbox_applied

    return outbox_applied.applied(entry_id)


_SKIPPED = object()  # what _apply_once gives for an entry the database applied before


def _apply_once(entry_id: str, write: Callable[[], object]) -> object:
    """`write()` and the record that entry `entry_id` is applied, in one transaction: both or
    neither reach the database. An entry applied before is not written again (_SKIPPED).
    An entry without an id (a file from before ids) is written as it is."""
    from desktop.services import outbox_applied

    if not entry_id:
        return write()
    # the service announces its change inside this transaction: held until it is committed
    # (a tab reading on another connection meanwhile would not see it yet)
    with events.held():
        written, result = outbox_applied.apply_once(entry_id, write)
    if not written:
        log.info("outbox: entry %s was applied before; not sent again", entry_id)
        return _SKIPPED
    faults.checkpoint(KILL_STEP)  # committed; the file below does not know yet
    return result


def merge_and_write(sender: Sender, key: int, changes: dict, version: int | None,
                    base: dict, *, entry_id: str = "") -> int | None:
    """Write `changes` over `version`; when someone saved since, merge field by field
    (models/rules/merge.py) and write what merges by itself over theirs. Returns the new
    version, or None when a field both sides changed differently waits for the user.
    With the `entry_id` of an outbox entry, the write is recorded as that entry's (see
    _apply_once): an entry the database applied before is not written again."""
    from models.rules.merge import merge_fields

    for _ in range(5):  # overtaken again while merging: merge with that one
        try:
            written = _apply_once(entry_id, partial(sender.write, key, changes, version))
            if written is _SKIPPED:
                return sender.read(key)[0]
            return written  # type: ignore[return-value]  # sender.write's new version
        except EditConflictError:
            version, theirs = sender.read(key)
            merge = merge_fields({name: base.get(name) for name in changes}, theirs, changes)
            if not merge.clean:
                return None
            changes = {name: value for name, value in merge.merged.items()
                       if theirs.get(name) != value}
            base = theirs
            if not changes:
                return version
    return None


@dataclass(frozen=True)
class Call:
    """A write that is not a record's field edit (adding manual time, deleting an entry):
    the service call by name (CALLS) and its arguments, sent in the order they were made."""

    id: str
    name: str
    args: dict  # plain JSON
    saved_at: str
    problem: str = ""  # refused when sent (its code): kept, said in the banner
    reason: dict = field(default_factory=dict)  # the refusal (errors.error_data), to say it


def _add_time(args: dict) -> None:
    _timer().add_manual(int(args["contract_id"]),
                        started_at=datetime.fromisoformat(args["started_at"]),
                        minutes=int(args["minutes"]), memo=args.get("memo") or "")


def _delete_time(args: dict) -> None:
    _timer().delete_entry(int(args["entry_id"]))


def _start_timer(args: dict) -> None:
    """The timer started offline starts at the moment it was started, not when sent (a timer
    running since before then stops there, as a live start does; one started elsewhere after
    it runs on, and this run is stored as ended there: timer.replay_start)."""
    until = args.get("until")
    _timer().replay_start(int(args["contract_id"]), memo=args.get("memo") or "",
                          at=datetime.fromisoformat(args["at"]),
                          until=datetime.fromisoformat(until) if until else None)


def _stop_timer(args: dict) -> None:
    """The stop at the moment it was clicked, of the timer it stopped (not of one started
    elsewhere after it: timer.replay_stop)."""
    contract_id = args.get("contract_id")
    _timer().replay_stop(at=datetime.fromisoformat(args["at"]), memo=args.get("memo"),
                         contract_id=int(contract_id) if contract_id else None)


def _timer_until(call: Call, later: list[Call]) -> dict:
    """A kept start's arguments with ``until``: the moment of the next start or stop kept
    after it (where its run ended, should a timer started elsewhere have overtaken it)."""
    if call.name != "timer.start":
        return call.args
    following = next((c for c in later if c.name in ("timer.start", "timer.stop")
                      and not c.problem), None)
    return call.args if following is None else {**call.args, "until": following.args["at"]}


def _money(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _record_earning(args: dict) -> None:
    """An earning recorded while the server was away, on the day it was dated. Its fee is
    worked out when it is sent, from the billings the server holds then (the dialog's preview
    came from the last read); a contract deleted meanwhile refuses it (kept, said)."""
    from desktop.services import payments

    payments.record_earning(
        kind=args["kind"], gross=Decimal(args["gross"]),
        occurred_at=datetime.fromisoformat(args["occurred_at"]),
        contract_id=args.get("contract_id"),
        client_id=payments.client_for(args.get("client_id"), args.get("client_name") or ""),
        minutes=args.get("minutes"), description=args.get("description") or "",
        fee_percent=_money(args.get("fee_percent")))


def _record_cost(args: dict) -> None:
    from desktop.services import payments

    payments.record_expense(kind=args["kind"], amount=Decimal(args["amount"]),
                            occurred_at=datetime.fromisoformat(args["occurred_at"]),
                            description=args.get("description") or "")


def _record_withdrawal(args: dict) -> None:
    """A withdrawal recorded while the server was away. The balance is checked again against
    the server's ledger (unless the user chose to record it anyway): over it, it is refused
    and kept, said in the Payments tab."""
    from desktop.services import withdrawals

    rate = args.get("exchange_rate")
    withdrawals.record_withdrawal(
        method_id=int(args["method_id"]), amount=Decimal(args["amount"]),
        occurred_at=datetime.fromisoformat(args["occurred_at"]), fee=_money(args.get("fee")),
        local_amount=_money(args.get("local_amount")),
        local_currency=args.get("local_currency"),
        exchange_rate=Decimal(rate) if rate else None,
        description=args.get("description") or "",
        check_balance=bool(args.get("check_balance", True)))


def _edit_transaction(args: dict) -> None:
    """A ledger row's description, client or contract changed while the server was away: the
    client typed by name is found or made then; a row or contract deleted meanwhile refuses
    it (kept, said)."""
    from desktop.services import payments

    changes = dict(args["changes"])
    changes["client_id"] = payments.client_for(changes.get("client_id"),
                                               args.get("client_name") or "")
    payments.update_transaction(int(args["tx_id"]), **changes)


def _delete_transactions(args: dict) -> list[dict]:
    """Ledger rows deleted while the server was away (rows someone deleted meanwhile are simply
    not there). Gives the rows' snapshots: Edit ▸ Undo puts them back (Sent.results)."""
    from desktop.services import payments

    return payments.delete_transactions([int(i) for i in args["ids"]])


def _restore_transactions(args: dict) -> None:
    """Ledger rows deleted while the server was there, put back by Edit ▸ Undo while it was
    away (their snapshots, with their ids). A row in the ledger again meanwhile (put back
    elsewhere, imported again) refuses it: nothing is restored (kept, said)."""
    from desktop.services import payments

    payments.restore_transactions(payments.snapshots_from_plain(args["snapshots"]))


CALLS: dict[str, Callable[[dict], object]] = {"time_entry.add": _add_time,
                                            "time_entry.delete": _delete_time,
                                            "timer.start": _start_timer,
                                            "timer.stop": _stop_timer,
                                            "payment.earning": _record_earning,
                                            "payment.cost": _record_cost,
                                            "withdrawal.record": _record_withdrawal,
                                            "payment.edit": _edit_transaction,
                                            "payment.delete": _delete_transactions,
                                            "payment.restore": _restore_transactions}
PAYMENT_CALLS = ("payment.earning", "payment.cost", "withdrawal.record",  # the Payments tab's
                 "payment.edit", "payment.delete", "payment.restore")


def kept_timer(folder: str | Path) -> tuple[bool, dict | None]:
    """The timer as the starts and stops waiting here leave it: (False, None) when none waits
    (the server knows); else (True, the last start's arguments) or (True, None) after a stop."""
    state: tuple[bool, dict | None] = (False, None)
    for call in calls(folder):
        if call.name == "timer.start" and not call.problem:
            state = (True, dict(call.args))
        elif call.name == "timer.stop" and not call.problem:
            state = (True, None)
    return state


@dataclass
class Sent:
    """What :func:`send` did: proposals sent, drafts now in conflict or refused, and whether
    it stopped because the server went away again."""

    sent: list[int] = field(default_factory=list)
    conflicts: list[Draft] = field(default_factory=list)
    refused: list[Draft] = field(default_factory=list)
    offline: bool = False
    edits_sent: list[tuple[str, int]] = field(default_factory=list)
    edit_conflicts: list[Edit] = field(default_factory=list)
    edits_refused: list[Edit] = field(default_factory=list)
    calls_sent: list[str] = field(default_factory=list)
    calls_refused: list[Call] = field(default_factory=list)
    results: dict[str, object] = field(default_factory=dict)  # call id -> what its service gave
    done: list[str] = field(default_factory=list)  # ids sent and dropped from the file

    @property
    def waiting(self) -> int:
        """Entries not sent: each waits for its merge (or was refused)."""
        return len(self.conflicts) + len(self.refused) + len(self.edit_conflicts) \
            + len(self.edits_refused) + len(self.calls_refused)


def path_in(folder: str | Path) -> Path:
    """The outbox of the data this process has open: ``outbox.json`` for this computer's data
    folder, ``outbox-<key>.json`` for a workspace (keyed by its address without the query), so
    edits kept for one never reach the other after Settings ▸ Workspace switches the window
    (the ids of one are not the other's)."""
    from models import db as dbmod

    if dbmod.is_postgres():
        address = str(dbmod.database.obj.database).split("?", 1)[0]
        key = hashlib.sha256(address.encode("utf-8")).hexdigest()[:12]
        return Path(folder) / f"outbox-{key}.json"
    return Path(folder) / FILE_NAME


def _read(folder: str | Path) -> dict:
    path = path_in(folder)
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def drafts(folder: str | Path) -> list[Draft]:
    return [Draft(**item) for item in _read(folder).get("drafts", [])]


def edits(folder: str | Path) -> list[Edit]:
    return [Edit(**item) for item in _read(folder).get("edits", [])]


def calls(folder: str | Path) -> list[Call]:
    return [Call(**item) for item in _read(folder).get("calls", [])]


def empty(folder: str | Path) -> bool:
    return not path_in(folder).exists()


def find(folder: str | Path, proposal_id: int) -> Draft | None:
    return next((d for d in drafts(folder) if d.proposal_id == proposal_id), None)


def _write(folder: str | Path, items: list[Draft], changed: list[Edit] | None = None,
           made: list[Call] | None = None) -> None:
    path = path_in(folder)
    others = edits(folder) if changed is None else changed
    made = calls(folder) if made is None else made
    if not items and not others and not made:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"format": FORMAT, "drafts": [asdict(d) for d in items],
                   "edits": [asdict(e) for e in others], "calls": [asdict(c) for c in made]},
                  out, ensure_ascii=False, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(part, path)


def keep(folder: str | Path, proposal_id: int, text: str, *, version: int | None,
         base: str, conflict: bool | None = None, at: datetime | None = None) -> Draft:
    """Keep (or replace) the draft of `proposal_id`. A later draft of the same proposal keeps
    the version and base of the first one (it still continues what was loaded then) unless
    it is marked a conflict again after a merge attempt: then it takes the new ones."""
    items = drafts(folder)
    earlier = next((d for d in items if d.proposal_id == proposal_id), None)
    fresh = earlier is None or conflict is not None
    version = version if fresh or earlier is None else earlier.version
    draft = Draft(proposal_id, text, version,
                  base if fresh or earlier is None else earlier.base,
                  (at or clock.now()).isoformat(),
                  conflict=bool(conflict) if conflict is not None
                  else bool(earlier and earlier.conflict),
                  id=_new_id(),  # a new text is a new entry: sent even if the last one was
                  unsure=_unsure_after(earlier, version,
                                       {"text": earlier.text} if earlier else {}))
    if earlier is None:
        items.append(draft)
    _write(folder, [draft if d.proposal_id == proposal_id else d for d in items])
    return draft


def drop(folder: str | Path, proposal_id: int) -> None:
    _write(folder, [d for d in drafts(folder) if d.proposal_id != proposal_id])


def find_edit(folder: str | Path, kind: str, key: int) -> Edit | None:
    return next((e for e in edits(folder) if e.kind == kind and e.key == key), None)


def keep_edit(folder: str | Path, kind: str, key: int, changes: dict, *, version: int | None,
              base: dict, conflict: bool = False, at: datetime | None = None) -> Edit:
    """Keep (or replace) the waiting changes of one record. `changes` are all of them (the
    caller joins later ones to earlier ones); the version and base are the caller's."""
    if kind not in SENDERS:
        raise ValueError(f"no sender for outbox edits of kind {kind!r}")
    items = edits(folder)
    earlier = next((e for e in items if e.kind == kind and e.key == key), None)
    edit = Edit(kind, key, dict(changes), version, dict(base),
                (at or clock.now()).isoformat(), conflict=conflict, id=_new_id(),
                unsure=_unsure_after(earlier, version,
                                     {"changes": earlier.changes} if earlier else {}))
    if any(e.kind == kind and e.key == key for e in items):
        items = [edit if e.kind == kind and e.key == key else e for e in items]
    else:
        items.append(edit)
    _write(folder, drafts(folder), items)
    return edit


def drop_edit(folder: str | Path, kind: str, key: int) -> None:
    if find_edit(folder, kind, key) is not None:
        _write(folder, drafts(folder),
               [e for e in edits(folder) if not (e.kind == kind and e.key == key)])


def _replace_edit(folder: str | Path, edit: Edit) -> None:
    _write(folder, drafts(folder), [edit if (e.kind, e.key) == (edit.kind, edit.key) else e
                                    for e in edits(folder)])


def _send_edits(folder: str | Path, result: Sent) -> None:
    for edit in edits(folder):
        if edit.conflict or edit.problem:
            (result.edit_conflicts if edit.conflict else result.edits_refused).append(edit)
            continue
        if not edit.tried:  # written down first: a send cut off may have reached the server
            edit = replace(edit, tried=True)
            _replace_edit(folder, edit)
        try:
            base = edit.base
            earlier = _applied_earlier(edit.unsure)
            if earlier is not None:  # the server has an earlier state of these changes: the
                # version it was sent over is behind, so the write merges with what is there
                # now from that state (someone else's later change of a field is not lost)
                base = {**base, **earlier["changes"]}
            written = merge_and_write(SENDERS[edit.kind], edit.key, edit.changes, edit.version,
                                      base, entry_id=edit.id)
        except WorkspaceOfflineError:
            result.offline = True
            return
        except ServiceError as exc:  # refused for good (e.g. sent meanwhile): kept, marked
            marked = replace(edit, problem=str(exc.code))
            _replace_edit(folder, marked)
            result.edits_refused.append(marked)
            continue
        if written is None:  # both changed a field: kept for the merge dialog
            marked = replace(edit, conflict=True)
            _replace_edit(folder, marked)
            result.edit_conflicts.append(marked)
            continue
        drop_edit(folder, edit.kind, edit.key)
        result.edits_sent.append((edit.kind, edit.key))
        _forget(result, [edit.id, *(u["id"] for u in edit.unsure)])


def keep_call(folder: str | Path, name: str, args: dict, *, at: datetime | None = None) -> Call:
    """Keep a service call made while the server is away (sent after the edits, in order)."""
    if name not in CALLS:
        raise ValueError(f"no outbox call named {name!r}")
    call = Call(_new_id(), name, dict(args), (at or clock.now()).isoformat())
    _write(folder, drafts(folder), edits(folder), [*calls(folder), call])
    return call


def drop_call(folder: str | Path, call_id: str) -> None:
    """Take a kept call out (the user discarded one the server refused)."""
    made = calls(folder)
    if any(c.id == call_id for c in made):
        _write(folder, drafts(folder), edits(folder), [c for c in made if c.id != call_id])


def _send_calls(folder: str | Path, result: Sent) -> None:
    waiting = calls(folder)
    for number, call in enumerate(waiting):
        if call.problem:
            result.calls_refused.append(call)
            continue
        try:
            given = _apply_once(call.id, partial(CALLS[call.name],
                                                 _timer_until(call, waiting[number + 1:])))
        except WorkspaceOfflineError:
            result.offline = True
            return
        except ServiceError as exc:  # refused now (e.g. the week's diary closed): kept, said
            marked = replace(call, problem=str(exc.code), reason=error_data(exc))
            _write(folder, drafts(folder), edits(folder),
                   [marked if c.id == call.id else c for c in calls(folder)])
            result.calls_refused.append(marked)
            continue
        _write(folder, drafts(folder), edits(folder),
               [c for c in calls(folder) if c.id != call.id])
        result.calls_sent.append(call.name)
        if given is not None and given is not _SKIPPED:
            result.results[call.id] = given
        _forget(result, [call.id])


def send(folder: str | Path) -> Sent:
    """Save every draft and edit not in conflict over the version it was written against."""
    from desktop.services import proposals

    result = Sent()
    _give_ids(folder)
    _send_edits(folder, result)
    if not result.offline:
        _send_calls(folder, result)
    if result.offline:
        return result
    for draft in drafts(folder):
        if draft.conflict or draft.problem:
            (result.conflicts if draft.conflict else result.refused).append(draft)
            continue
        if not draft.tried:  # written down first: a send cut off may have reached the server
            draft = replace(draft, tried=True)
            _replace(folder, draft)
        done = [draft.id, *(u["id"] for u in draft.unsure)]
        try:
            draft, clean = _continued(draft)
            if clean:
                _apply_once(draft.id, partial(proposals.save_letter, draft.proposal_id,
                                              draft.text, version=draft.version))
        except WorkspaceOfflineError:
            result.offline = True
            break
        except EditConflictError:
            clean = False
        except ServiceError as exc:  # e.g. the proposal was submitted meanwhile: keep the text
            marked = replace(draft, problem=str(exc.code))
            _replace(folder, marked)
            result.refused.append(marked)
            continue
        if not clean:  # someone else saved the letter since: kept for the merge
            marked = replace(draft, conflict=True)
            _replace(folder, marked)
            result.conflicts.append(marked)
            continue
        drop(folder, draft.proposal_id)
        result.sent.append(draft.proposal_id)
        _forget(result, done)
    if result.sent or result.edits_sent:
        log.info("outbox: sent the letters of proposals %s and the edits %s", result.sent,
                 result.edits_sent)
    return result


def _forget(result: Sent, ids: list[str]) -> None:
    """An entry was sent and its file written without it: it can never be sent again from
    it, so the server's record of it (and of the entries it continued) goes too, at once
    (desktop/services/outbox_applied.py). When the server went away just then, the records
    stay: one too many is harmless, only one too few would apply an entry twice."""
    from desktop.services import outbox_applied

    ids = [entry_id for entry_id in dict.fromkeys(ids) if entry_id]
    result.done += ids
    if not ids:
        return
    try:
        outbox_applied.forget(ids)
    except WorkspaceOfflineError:
        log.info("outbox: %d applied record(s) left on the server (it went away)", len(ids))


def _continued(draft: Draft) -> tuple[Draft, bool]:
    """The draft as it stands against the server: when it has an earlier text of this entry
    (its send was cut off), the draft continues that text over the proposal's version now —
    clean when the letter is still that text, else it waits for the merge from it."""
    earlier = _applied_earlier(draft.unsure)
    if earlier is None:
        return draft, True
    from desktop.services import proposals

    now = proposals.get(draft.proposal_id)
    continued = replace(draft, version=now.version, base=earlier["text"], unsure=[])
    return continued, (now.cover_letter or "") == earlier["text"]


def _give_ids(folder: str | Path) -> None:
    """Entries kept by a version from before ids get one, written down before any is sent
    (an id made anew at each send would not recognise a resend)."""
    items, changed = drafts(folder), edits(folder)
    if all(d.id for d in items) and all(e.id for e in changed):
        return
    _write(folder, [d if d.id else replace(d, id=_new_id()) for d in items],
           [e if e.id else replace(e, id=_new_id()) for e in changed])


def _replace(folder: str | Path, draft: Draft) -> None:
    _write(folder, [draft if d.proposal_id == draft.proposal_id else d
                    for d in drafts(folder)])

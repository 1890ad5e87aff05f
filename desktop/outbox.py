"""The outbox: cover letters typed while the workspace's server cannot be reached (issue 18).

The letter editor autosaves as always; when the save is refused because the server is away
(WorkspaceOfflineError), the text goes here instead: one JSON file in the local data folder
(``outbox.json``, readable by this user only, replaced atomically), one entry per proposal,
holding the text, the version the editor had loaded and the text of that version (the merge's
base). When the server is back, :func:`send` saves each entry over the version it was written
against, exactly as a live save: an entry someone else's save overtook meanwhile is not
written but kept, marked as a conflict, for the merge dialog. Nothing is dropped until the
server has it.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path

from desktop import clock
from desktop.errors import EditConflictError, ServiceError, WorkspaceOfflineError

log = logging.getLogger(__name__)

FILE_NAME = "outbox.json"
FORMAT = 1


@dataclass(frozen=True)
class Draft:
    proposal_id: int
    text: str
    version: int | None  # the proposal's version the text was written against
    base: str  # the letter as it was at that version (what a merge starts from)
    saved_at: str  # ISO moment, UTC
    conflict: bool = False  # someone else saved the proposal since: merge before sending
    problem: str = ""  # a refusal other than a conflict (its code), e.g. the proposal was sent


@dataclass
class Sent:
    """What :func:`send` did: proposals sent, drafts now in conflict or refused, and whether
    it stopped because the server went away again."""

    sent: list[int] = field(default_factory=list)
    conflicts: list[Draft] = field(default_factory=list)
    refused: list[Draft] = field(default_factory=list)
    offline: bool = False


def path_in(folder: str | Path) -> Path:
    return Path(folder) / FILE_NAME


def drafts(folder: str | Path) -> list[Draft]:
    path = path_in(folder)
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Draft(**item) for item in data.get("drafts", [])]


def find(folder: str | Path, proposal_id: int) -> Draft | None:
    return next((d for d in drafts(folder) if d.proposal_id == proposal_id), None)


def _write(folder: str | Path, items: list[Draft]) -> None:
    path = path_in(folder)
    if not items:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"format": FORMAT, "drafts": [asdict(d) for d in items]}, out,
                  ensure_ascii=False, indent=1)
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
    draft = Draft(proposal_id, text,
                  version if fresh or earlier is None else earlier.version,
                  base if fresh or earlier is None else earlier.base,
                  (at or clock.now()).isoformat(),
                  conflict=bool(conflict) if conflict is not None
                  else bool(earlier and earlier.conflict))
    if earlier is None:
        items.append(draft)
    _write(folder, [draft if d.proposal_id == proposal_id else d for d in items])
    return draft


def drop(folder: str | Path, proposal_id: int) -> None:
    _write(folder, [d for d in drafts(folder) if d.proposal_id != proposal_id])


def send(folder: str | Path) -> Sent:
    """Save every draft not in conflict over the version it was written against."""
    from desktop.services import proposals

    result = Sent()
    for draft in drafts(folder):
        if draft.conflict or draft.problem:
            (result.conflicts if draft.conflict else result.refused).append(draft)
            continue
        try:
            proposals.save_letter(draft.proposal_id, draft.text, version=draft.version)
        except WorkspaceOfflineError:
            result.offline = True
            break
        except EditConflictError:
            marked = replace(draft, conflict=True)
            _replace(folder, marked)
            result.conflicts.append(marked)
            continue
        except ServiceError as exc:  # e.g. the proposal was submitted meanwhile: keep the text
            marked = replace(draft, problem=str(exc.code))
            _replace(folder, marked)
            result.refused.append(marked)
            continue
        drop(folder, draft.proposal_id)
        result.sent.append(draft.proposal_id)
    if result.sent:
        log.info("outbox: sent the letters of proposals %s", result.sent)
    return result


def _replace(folder: str | Path, draft: Draft) -> None:
    _write(folder, [draft if d.proposal_id == draft.proposal_id else d
                    for d in drafts(folder)])

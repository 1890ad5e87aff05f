"""Profile operations (Edit ▸ Undo): each calls the profile service, then asks the tab to show
the result.

Two kinds of first run. A form the user submits (an entry dialog, the skills box, a chosen
photo, the autosaved fields) is written by a function here first — its refusal is said in the
form — and the command is pushed after it succeeded (ui.operations.Op with done=), so a
validation error never lands on the stack. A one-click change (delete or move an entry, choose
portfolio items, remove the photo, a new or deleted profile) is written by the command's first
run when it is pushed; a refusal goes to `on_error` and the command leaves the stack. Either
way the first run leaves the tab's refresh to the widget that pushed it (which keeps what is
being typed); undo and redo show the result themselves.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop import outbox
from desktop.errors import Code
from desktop.io import profile_export
from desktop.services import profile as service
from ui.operations import Op, Report
from ui.profile.lists import KIND_TEXT

OUTBOX_KIND = "profile"  # the outbox's name for the profile's field edits

FIELD_LABELS = {  # for "Edit {fields}" in Edit ▸ Undo
    "label": QT_TRANSLATE_NOOP("ProfileCommands", "profile name"),
    "name": QT_TRANSLATE_NOOP("ProfileCommands", "name"),
    "title": QT_TRANSLATE_NOOP("ProfileCommands", "title"),
    "overview": QT_TRANSLATE_NOOP("ProfileCommands", "overview"),
    "categories": QT_TRANSLATE_NOOP("ProfileCommands", "categories"),
    "hourly_rate": QT_TRANSLATE_NOOP("ProfileCommands", "hourly rate"),
    "availability": QT_TRANSLATE_NOOP("ProfileCommands", "availability"),
    "location": QT_TRANSLATE_NOOP("ProfileCommands", "location"),
    "timezone": QT_TRANSLATE_NOOP("ProfileCommands", "time zone"),
    "video_url": QT_TRANSLATE_NOOP("ProfileCommands", "video link"),
    "currency": QT_TRANSLATE_NOOP("ProfileCommands", "currency"),
}


def field_label(name: str) -> str:
    """A profile field's name for the user (Edit ▸ Undo, the merge dialog)."""
    return QCoreApplication.translate("ProfileCommands", FIELD_LABELS[name]) \
        if name in FIELD_LABELS else name


def _kind(kind: str) -> str:
    return QCoreApplication.translate("ProfileFields", KIND_TEXT[kind])


# -- writes a form does first (the command is pushed after them) ---------------------------
def save_fields(profile_id: int, changes: dict[str, Any], version: int | None) -> int:
    """The autosave: field values over `version`, all or nothing (EditConflictError: someone
    saved since; WorkspaceOfflineError: the server is away). The new version."""
    return service.save_fields(profile_id, changes, version=version)


def keep_edit(folder: Path, profile_id: int, changes: dict[str, Any], *, version: int | None,
              base: dict[str, Any], conflict: bool) -> outbox.Edit:
    """Keep field edits the server did not take in the outbox (sent when it is back, or kept
    until merged when someone else saved first)."""
    return outbox.keep_edit(folder, OUTBOX_KIND, profile_id, changes, version=version,
                            base=base, conflict=conflict)


def export_profile(profile: dict[str, Any], target: Path) -> Path:
    """Write the profile to a file the user chose (text, Markdown or JSON by its suffix); the
    data itself does not change. Returns the path written."""
    return profile_export.write(profile, target)


def store_photo(path: Path) -> tuple[str | None, str | None]:
    """Store a (cropped) image as the account's photo; its (sha256, name)."""
    general = service.set_photo(path)
    return general.photo_sha256, general.photo_name


def set_skills(profile_id: int, names: list[str]) -> list[str]:
    """The profile's skills as the service keeps them (cleaned, without duplicates)."""
    return service.set_skills(profile_id, names)


def add_entry(kind: str, values: dict, files: list[Path], profile_id: int) -> int:
    """A new list row (with its portfolio files); its id."""
    for path in files:  # fail before creating anything if a file is unreadable
        if not Path(path).is_file():
            raise service.ProfileError(Code.FILE_MISSING, path=str(path))
    row = service.add_entry(kind, values, profile_id=profile_id)
    for path in files:
        service.add_portfolio_file(row.id, path)
    return row.id


def edit_entry(kind: str, entry_id: int, changes: dict, new_files: list[Path],
               removed: list[int]) -> tuple[list[int], list[dict]]:
    """Changed fields of a list row, files attached and removed: the new files' ids and the
    removed files' snapshots (for EditEntryCommand)."""
    if changes:
        service.update_entry(kind, entry_id, changes)
    added = [service.add_portfolio_file(entry_id, p).id for p in new_files]
    gone = [service.remove_portfolio_file(i) for i in removed]
    return added, gone


class _Command(Op):
    def __init__(self, tab, text: str, on_error: Report | None = None):
        if on_error is None:  # written already: the first redo does nothing
            super().__init__(text, done=None)
        else:
            super().__init__(text, on_error=on_error)
        self.tab = tab
        self.first = on_error is not None  # the pushing widget shows the first run itself

    def apply(self) -> None:
        self.do()
        self.first = False

    def show(self, profile_id: int | None, **where: Any) -> None:
        if not self.first:
            self.tab.reload(profile_id, **where)

    def do(self) -> None:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


class FieldsCommand(_Command):
    """Saved field edits; typing sessions on the same field merge into one undo step."""

    MERGE_ID = 4101

    def __init__(self, tab, profile_id: int, old: dict[str, Any], new: dict[str, Any]):
        names = ", ".join(field_label(k) for k in new)
        super().__init__(tab, QCoreApplication.translate("ProfileCommands", "Edit {fields}")
                         .format(fields=names))
        self.profile_id, self.old, self.new = profile_id, old, new

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldsCommand) or other.profile_id != self.profile_id \
                or set(other.new) != set(self.new):
            return False
        self.new = other.new
        return True

    def do(self) -> None:
        service.update(self.profile_id, **self.new)
        self.tab.reload(self.profile_id, focus=next(iter(self.new)))

    def revert(self, _state=None) -> None:
        service.update(self.profile_id, **self.old)
        self.tab.reload(self.profile_id, focus=next(iter(self.old)))


class SkillsCommand(_Command):
    def __init__(self, tab, profile_id: int, old: list[str], new: list[str], text: str):
        super().__init__(tab, text)
        self.profile_id, self.old, self.new = profile_id, old, new

    def do(self) -> None:
        service.set_skills(self.profile_id, self.new)
        self.tab.reload(self.profile_id, focus="skills")

    def revert(self, _state=None) -> None:
        service.set_skills(self.profile_id, self.old)
        self.tab.reload(self.profile_id, focus="skills")


class PhotoCommand(_Command):
    """The account's photo changed (pushed after store_photo) or removed (`on_error`: the
    first run removes it)."""

    def __init__(self, tab, old: tuple[str | None, str | None],
                 new: tuple[str | None, str | None], on_error: Report | None = None):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands", "Change photo")
                         if new[0] else
                         QCoreApplication.translate("ProfileCommands", "Remove photo"), on_error)
        self.old, self.new = old, new

    def do(self) -> None:
        service.set_photo_hash(*self.new)
        self.show(None, focus="photo")

    def revert(self, _state=None) -> None:
        service.set_photo_hash(*self.old)
        self.tab.reload(None, focus="photo")


class AddEntryCommand(_Command):
    def __init__(self, tab, kind: str, row_id: int, profile_id: int):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands", "Add {what}")
                         .format(what=_kind(kind)))
        self.kind, self.row_id, self.profile_id = kind, row_id, profile_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        service.restore_entry(self.snapshot)
        self.tab.reload(self.profile_id, focus=self.kind, entry=self.row_id)

    def revert(self, _state=None) -> None:
        self.snapshot = service.delete_entry(self.kind, self.row_id)
        self.tab.reload(self.profile_id, focus=self.kind)


class EditEntryCommand(_Command):
    """Edited fields of a list row, plus (portfolio) files attached or removed with it."""

    def __init__(self, tab, kind: str, row_id: int, profile_id: int, old: dict, new: dict,
                 added_files: list[int], removed_files: list[dict]):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands", "Edit {what}")
                         .format(what=_kind(kind)))
        self.kind, self.row_id, self.profile_id = kind, row_id, profile_id
        self.old, self.new = old, new
        self.added = added_files  # file row ids
        self.added_snapshots: list[dict] = []
        self.removed = removed_files  # snapshots

    def do(self) -> None:
        if self.new:
            service.update_entry(self.kind, self.row_id, self.new)
        for snap in self.added_snapshots:
            service.restore_portfolio_file(snap)
        for snap in self.removed:
            service.remove_portfolio_file(snap["id"])
        self.tab.reload(self.profile_id, focus=self.kind, entry=self.row_id)

    def revert(self, _state=None) -> None:
        if self.old:
            service.update_entry(self.kind, self.row_id, self.old)
        self.added_snapshots = [service.remove_portfolio_file(i) for i in self.added]
        for snap in self.removed:
            service.restore_portfolio_file(snap)
        self.tab.reload(self.profile_id, focus=self.kind, entry=self.row_id)


class DeleteEntryCommand(_Command):
    def __init__(self, tab, kind: str, row_id: int, profile_id: int, title: str,
                 on_error: Report):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands",
                                                         "Delete {what} “{title}”")
                         .format(what=_kind(kind), title=title), on_error)
        self.kind, self.row_id, self.profile_id = kind, row_id, profile_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self.snapshot = service.delete_entry(self.kind, self.row_id)
        self.show(self.profile_id, focus=self.kind)

    def revert(self, _state=None) -> None:
        service.restore_entry(self.snapshot)
        self.tab.reload(self.profile_id, focus=self.kind, entry=self.row_id)


class MoveEntryCommand(_Command):
    def __init__(self, tab, kind: str, row_id: int, delta: int, profile_id: int,
                 on_error: Report):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands", "Move {what}")
                         .format(what=_kind(kind)), on_error)
        self.kind, self.row_id, self.delta, self.profile_id = kind, row_id, delta, profile_id

    def do(self) -> None:
        service.move_entry(self.kind, self.row_id, self.delta, profile_id=self.profile_id)
        self.show(self.profile_id, focus=self.kind, entry=self.row_id)

    def revert(self, _state=None) -> None:
        service.move_entry(self.kind, self.row_id, -self.delta, profile_id=self.profile_id)
        self.tab.reload(self.profile_id, focus=self.kind, entry=self.row_id)


class ChoiceCommand(_Command):
    """Which portfolio items a specialized profile shows (`new` becomes what the service
    kept)."""

    def __init__(self, tab, profile_id: int, old: list[int], new: list[int],
                 on_error: Report):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands",
                                                         "Choose portfolio items"), on_error)
        self.profile_id, self.old, self.new = profile_id, old, new

    def do(self) -> None:
        self.new = service.set_portfolio_choice(self.profile_id, self.new)
        self.show(self.profile_id, focus="portfolio")

    def revert(self, _state=None) -> None:
        service.set_portfolio_choice(self.profile_id, self.old)
        self.tab.reload(self.profile_id, focus="portfolio")


class NewProfileCommand(_Command):
    """A new specialized profile (a copy of `copy_from`'s fields, or empty); undo deletes it,
    redo brings the same one back. `profile` is the new row once it is done."""

    def __init__(self, tab, copy_from: int | None, previous: int, text: str,
                 on_error: Report):
        super().__init__(tab, text, on_error)
        self.copy_from, self.previous = copy_from, previous
        self.profile: Any = None
        self.snapshot: dict | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.profile = service.create_specialized(copy_from=self.copy_from)
        else:
            self.profile = service.restore_profile(self.snapshot)
        self.show(self.profile.id)

    def revert(self, _state=None) -> None:
        self.snapshot = service.delete_profile(self.profile.id)
        self.tab.reload(self.previous)


class DeleteProfileCommand(_Command):
    def __init__(self, tab, profile_id: int, name: str, on_error: Report):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands",
                                                         "Delete profile “{name}”")
                         .format(name=name), on_error)
        self.profile_id = profile_id
        self.snapshot: dict | None = None

    def do(self) -> None:
        self.snapshot = service.delete_profile(self.profile_id)
        self.show(service.general_profile().id)

    def revert(self, _state=None) -> None:
        service.restore_profile(self.snapshot)
        self.tab.reload(self.profile_id)

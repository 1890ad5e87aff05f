"""Profile operations (Edit ▸ Undo): each calls the profile service, then asks the tab to show
the result. A command is pushed after its first action already succeeded (so a validation
error never lands on the stack); `redo` skips that first, already-done run (ui.operations.Op
with done=)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.services import profile as service
from ui.operations import Op
from ui.profile.lists import KIND_TEXT

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


class _Command(Op):
    def __init__(self, tab, text: str):
        super().__init__(text, done=None)
        self.tab = tab

    def apply(self) -> None:
        self.do()

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
    def __init__(self, tab, old: tuple[str | None, str | None],
                 new: tuple[str | None, str | None]):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands", "Change photo")
                         if new[0] else
                         QCoreApplication.translate("ProfileCommands", "Remove photo"))
        self.old, self.new = old, new

    def do(self) -> None:
        service.set_photo_hash(*self.new)
        self.tab.reload(None, focus="photo")

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
    def __init__(self, tab, kind: str, snapshot: dict, profile_id: int, title: str):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands",
                                                         "Delete {what} “{title}”")
                         .format(what=_kind(kind), title=title))
        self.kind, self.snapshot, self.profile_id = kind, snapshot, profile_id

    def do(self) -> None:
        self.snapshot = service.delete_entry(self.kind, self.snapshot["row"]["id"])
        self.tab.reload(self.profile_id, focus=self.kind)

    def revert(self, _state=None) -> None:
        service.restore_entry(self.snapshot)
        self.tab.reload(self.profile_id, focus=self.kind, entry=self.snapshot["row"]["id"])


class MoveEntryCommand(_Command):
    def __init__(self, tab, kind: str, row_id: int, delta: int, profile_id: int):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands", "Move {what}")
                         .format(what=_kind(kind)))
        self.kind, self.row_id, self.delta, self.profile_id = kind, row_id, delta, profile_id

    def do(self) -> None:
        service.move_entry(self.kind, self.row_id, self.delta, profile_id=self.profile_id)
        self.tab.reload(self.profile_id, focus=self.kind, entry=self.row_id)

    def revert(self, _state=None) -> None:
        service.move_entry(self.kind, self.row_id, -self.delta, profile_id=self.profile_id)
        self.tab.reload(self.profile_id, focus=self.kind, entry=self.row_id)


class ChoiceCommand(_Command):
    """Which portfolio items a specialized profile shows."""

    def __init__(self, tab, profile_id: int, old: list[int], new: list[int]):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands",
                                                         "Choose portfolio items"))
        self.profile_id, self.old, self.new = profile_id, old, new

    def do(self) -> None:
        service.set_portfolio_choice(self.profile_id, self.new)
        self.tab.reload(self.profile_id, focus="portfolio")

    def revert(self, _state=None) -> None:
        service.set_portfolio_choice(self.profile_id, self.old)
        self.tab.reload(self.profile_id, focus="portfolio")


class NewProfileCommand(_Command):
    def __init__(self, tab, profile_id: int, previous: int, text: str):
        super().__init__(tab, text)
        self.profile_id, self.previous = profile_id, previous
        self.snapshot: dict | None = None

    def do(self) -> None:
        service.restore_profile(self.snapshot)
        self.tab.reload(self.profile_id)

    def revert(self, _state=None) -> None:
        self.snapshot = service.delete_profile(self.profile_id)
        self.tab.reload(self.previous)


class DeleteProfileCommand(_Command):
    def __init__(self, tab, snapshot: dict, name: str):
        super().__init__(tab, QCoreApplication.translate("ProfileCommands",
                                                         "Delete profile “{name}”")
                         .format(name=name))
        self.snapshot = snapshot

    def do(self) -> None:
        self.snapshot = service.delete_profile(self.snapshot["row"]["id"])
        self.tab.reload(service.general_profile().id)

    def revert(self, _state=None) -> None:
        service.restore_profile(self.snapshot)
        self.tab.reload(self.snapshot["row"]["id"])

"""Operations: the one way ui/ changes data (Anki's aqt/operations is the model).

A widget asks for a named thing ("delete proposal", "set job status") by building an `Op` and
pushing it on its tab's undo stack, or — for a write that cannot be undone, or a long one — by
calling `run_op`. Either way the operation

* calls the service (short writes run on the GUI thread: the database connection is per
  thread and a short write must be done before the next click; long ones run on the database
  worker of ui/tasks.py with a progress dialog and Cancel);
* turns a `ServiceError` into a translated message (ui/messages.py) and lets anything else —
  a bug — reach the crash handler (ui/crash.py): nothing here catches `Exception`;
* records undo in one way: an `Op` is a QUndoCommand whose `apply()` calls the service and
  returns what `revert(state)` needs to call the service's inverse (delete → restore, set →
  set back). The tab's stack is part of the main window's QUndoGroup, so Edit ▸ Undo and
  Ctrl+Z reach it;
* publishes one typed `Changes` (the areas and ids the services announced while it ran) on
  `DataBus.changes`, so a tab can refresh only what it shows.

Per-area operations live beside this module: ui/operations/{jobs,proposals,clients,contracts,
payments,profile,insights,settings,data,workspace}.py. tests/ui/test_writes_go_through_operations.py
fails on a desktop write called anywhere else in ui/.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop import events
from desktop.errors import ServiceError

Report = Callable[[ServiceError], None]


@dataclass(frozen=True)
class Changes:
    """What an operation changed: areas ("proposals", "connects", …) and the ids named (empty:
    anything in that area)."""

    areas: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, int]] = frozenset()

    @classmethod
    def of(cls, announced: Iterable[tuple[str, tuple[int, ...]]]) -> Changes:
        announced = list(announced)
        return cls(frozenset(area for area, _ in announced),
                   frozenset((area, i) for area, ids in announced for i in ids))

    def touches(self, *areas: str) -> bool:
        return "all" in self.areas or any(area in self.areas for area in areas)

    def ids_in(self, area: str) -> set[int]:
        return {i for a, i in self.ids if a == area}


def publish(changes: Changes) -> None:
    """Tell every live DataBus what an operation changed."""
    if not changes.areas:
        return
    from ui.bus import DataBus

    for bus in DataBus.live():
        bus.changes.emit(changes)


def call(fn: Callable[[], Any]) -> tuple[Any, Changes]:
    """Run a service call, noting what the services announced while it ran."""
    seen: list[tuple[str, tuple[int, ...]]] = []
    here = threading.get_ident()  # not news another process sent meanwhile (desktop/live.py)
    unsubscribe = events.subscribe(
        lambda area, ids: seen.append((area, ids)) if threading.get_ident() == here else None)
    try:
        result = fn()
    finally:
        unsubscribe()
    changes = Changes.of(seen)
    publish(changes)
    return result, changes


_NOT_DONE = object()


class Op(QUndoCommand):
    """One undoable write. Either pass `do`/`undo` callables (do returns what undo needs), or
    subclass and override `apply()` / `revert(state)`.

    `done=<state>` says the service call already happened (e.g. a form saved before the command
    was pushed): the first redo then does nothing. A refusal (ServiceError) on the first run
    marks the command failed and obsolete, so it leaves the stack; a refusal on a later
    undo/redo (the data moved on since) is reported the same way.
    """

    def __init__(self, text: str, do: Callable[[], Any] | None = None,
                 undo: Callable[[Any], None] | None = None,
                 on_error: Report | None = None, *, done: Any = _NOT_DONE,
                 after: Callable[[], None] | None = None,
                 after_undo: Callable[[], None] | None = None):
        super().__init__(text)
        self._do, self._undo, self.on_error = do, undo, on_error
        # what the widget shows once the write is done (`after`) or undone (`after_undo`,
        # else `after`): a reload, the row to select
        self._after, self._after_undo = after, after_undo or after
        self._skip_first = done is not _NOT_DONE
        self.state: Any = None if done is _NOT_DONE else done
        self.failed = False
        self.changes = Changes()

    def apply(self) -> Any:
        assert self._do is not None, "pass do= or override apply()"
        return self._do()

    def revert(self, state: Any) -> None:
        assert self._undo is not None, "pass undo= or override revert()"
        self._undo(state)

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        self._guard(self._apply_and_show)

    def undo(self) -> None:
        if not self.failed:
            self._guard(self._revert_and_show)

    def _apply_and_show(self) -> None:
        self.state = self.apply()
        if self._after is not None:
            self._after()

    def _revert_and_show(self) -> None:
        self.revert(self.state)
        if self._after_undo is not None:
            self._after_undo()

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            _, self.changes = call(fn)
        except ServiceError as exc:  # refused: nothing changed; anything else is a bug
            self.failed = True
            self.setObsolete(True)
            if self.on_error is None:
                raise  # nobody to tell: the caller (or the crash handler) hears of it
            self.on_error(exc)


class Created(Op):
    """Something made (a job, a saved search, a feed, a conversation entry): `make()` makes it
    and gives its id; undo removes it with `remove(id)`, keeping what that returns, and redo
    puts that same thing back (the same id) with `restore(kept)`. `state` is the id."""

    def __init__(self, text: str, make: Callable[[], int], remove: Callable[[int], Any],
                 restore: Callable[[Any], Any], on_error: Report | None = None, *,
                 after: Callable[[], None] | None = None):
        super().__init__(text, on_error=on_error, after=after)
        self._make, self._remove, self._restore = make, remove, restore
        self._kept: Any = None  # what remove() returned, while undone

    def apply(self) -> int:
        if self.state is None:
            return self._make()
        self._restore(self._kept)
        self._kept = None
        return self.state

    def revert(self, made_id: int) -> None:
        self._kept = self._remove(made_id)


def run_op(parent: QWidget, title: str, fn: Callable[..., Any], *,
           on_done: Callable[[Any], None] | None = None,
           on_refused: Report | None = None, long: bool = False) -> None:
    """A write that is not undone through Edit ▸ Undo (or a long one). Short: runs now, on the
    GUI thread. Long (`long=True`): `fn(progress)` runs on the database worker with a progress
    dialog and Cancel. A refusal is shown (or given to `on_refused`); a bug is re-raised for
    the crash handler."""
    def refused(exc: ServiceError) -> None:
        if on_refused is not None:
            on_refused(exc)
        else:
            from ui.proposals.common import show_error

            show_error(parent, title, exc)

    if not long:
        try:
            result, _ = call(fn)
        except ServiceError as exc:
            refused(exc)
            return
        if on_done is not None:
            on_done(result)
        return

    from ui.tasks import run_with_progress

    def failed(error) -> None:
        if isinstance(error.exc, ServiceError):
            refused(error.exc)
        elif not error.bug:  # busy, or a file that cannot be read: said in one line
            from ui.proposals.common import show_error

            show_error(parent, title, error.text)
        # a bug on the worker was shown by the crash handler already (ui/tasks.py)

    run_with_progress(parent, title, fn, on_done=on_done, on_error=failed)


def keep_offline(kind: str, key: int, changes: dict[str, Any], *, version: int | None,
                 base: dict[str, Any]) -> bool:
    """An edit the workspace's server could not take (it is away): keep it in the outbox
    (desktop/outbox.py, sent with the merge when the server is back), joined to any earlier
    one of the same record. False: the window is not on a workspace (nothing kept)."""
    from desktop import outbox
    from ui import workspace_live

    state = workspace_live.current()
    if state is None:
        return False
    kept = outbox.find_edit(state.folder, kind, key)
    outbox.keep_edit(state.folder, kind, key,
                     {**(kept.changes if kept is not None else {}), **changes},
                     version=kept.version if kept is not None else version,
                     base=kept.base if kept is not None else base,
                     conflict=kept is not None and kept.conflict)
    return True


def keep_call_offline(name: str, args: dict[str, Any]) -> bool:
    """A write that is not a field edit (outbox.CALLS: adding manual time, deleting an entry)
    the workspace's server could not take: keep it, sent in order when it is back. False: the
    window is not on a workspace."""
    from desktop import outbox
    from ui import workspace_live

    state = workspace_live.current()
    if state is None:
        return False
    outbox.keep_call(state.folder, name, args)
    return True

"""A tiny Qt-free publish/subscribe bus: services announce what changed.

Services call `changed("jobs", ids)` after a committed write; the UI bridges this
to a Qt signal (ui/bus.py) so every tab that shows jobs refreshes. Areas are:
profile, jobs, proposals, contracts, payments, settings, all.
"""
from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator

log = logging.getLogger(__name__)
Listener = Callable[[str, tuple[int, ...]], None]
_listeners: list[Listener] = []
_held = threading.local()  # .queue: what this thread announced while held()


def subscribe(listener: Listener) -> Callable[[], None]:
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def changed(area: str, ids: Iterable[int] = ()) -> None:
    ids = tuple(ids)
    queue = getattr(_held, "queue", None)
    if queue is not None:
        queue.append((area, ids))
        return
    for listener in list(_listeners):
        try:
            listener(area, ids)
        except Exception:  # a broken listener must not undo a committed write
            log.exception("listener for %s failed", area)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """What this thread announces inside is delivered when the block ends (once per area and
    ids): a write made of several transactions — an import publishing in batches — has the
    window reload once, when all of it is in (or taken back), not half-way. Other threads'
    announcements go out as usual."""
    if getattr(_held, "queue", None) is not None:  # already held further out
        yield
        return
    _held.queue = []
    try:
        yield
    finally:
        queue, _held.queue = _held.queue, None
        for area, ids in dict.fromkeys(queue):
            changed(area, ids)

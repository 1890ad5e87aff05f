"""A tiny Qt-free publish/subscribe bus: services announce what changed.

Services call `changed("jobs", ids)` after a committed write; the UI bridges this
to a Qt signal (ui/bus.py) so every tab that shows jobs refreshes. Areas are:
profile, jobs, proposals, contracts, payments, settings, all.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

log = logging.getLogger(__name__)
Listener = Callable[[str, tuple[int, ...]], None]
_listeners: list[Listener] = []


def subscribe(listener: Listener) -> Callable[[], None]:
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def changed(area: str, ids: Iterable[int] = ()) -> None:
    ids = tuple(ids)
    for listener in list(_listeners):
        try:
            listener(area, ids)
        except Exception:  # a broken listener must not undo a committed write
            log.exception("listener for %s failed", area)

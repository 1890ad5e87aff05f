"""Reads on the GUI thread while the workspace server is away.

Tabs read again from the event loop: a bus announcement, a timer, a paint asking a lazy
table for its rows. On a workspace whose server has just gone away such a read raises
`WorkspaceOfflineError`, often before the listener (desktop/live.py) has noticed and the
banner says so. That is neither a bug nor a refusal: the widget keeps what it showed, the
banner says why, and when the server is back the listener announces "all", which makes every
tab read again. `keep_last_read` wraps such a slot; `read_or_none` wraps one read.

(Without it the read reached the crash handler, which logged it and showed nothing; a tab
being built stopped half-way, and the rest of the idle build with it.)
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from desktop.errors import WorkspaceOfflineError

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")


def keep_last_read(slot: Callable[P, T]) -> Callable[P, T | None]:
    """`slot`, which reads and shows: with the workspace server away it returns None and the
    widget keeps what it showed until the server is back."""

    @functools.wraps(slot)
    def run(*args: P.args, **kwargs: P.kwargs) -> T | None:
        try:
            return slot(*args, **kwargs)
        except WorkspaceOfflineError as exc:
            log.info("%s kept what it showed: the workspace server is away (%s)",
                     getattr(slot, "__qualname__", slot), exc.params.get("detail", ""))
            return None

    return run


def read_or_none(read: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
    """`read(*args, **kwargs)`, or None while the workspace server is away."""
    return keep_last_read(read)(*args, **kwargs)

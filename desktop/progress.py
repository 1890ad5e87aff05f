"""Progress and cancellation for long work, without Qt.

Long service calls take a `progress: Progress | None` argument, call
`progress.update(done, total, text)` and check `progress.check()` which raises
`Cancelled` when the user pressed Cancel. The UI supplies a Progress that posts
to a progress bar; the CLI and tests pass None or a plain Progress.
"""
from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):  # noqa: N818 - reads as "the work was cancelled"
    """The user cancelled; the work rolled back and changed nothing."""


class Progress:
    def __init__(self, on_update: Callable[[int, int, str], None] | None = None):
        self._on_update = on_update
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.text = ""

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        self.done, self.total, self.text = done, total or self.total, text or self.text
        if self._on_update:
            self._on_update(self.done, self.total, self.text)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled by the user")


def report(progress: Progress | None, done: int, total: int = 0, text: str = "") -> None:
    if progress is not None:
        progress.update(done, total, text)

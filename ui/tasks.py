"""Background work: run a function off the GUI thread, results posted back.

Database work is serialised on one worker thread (as Anki does), so a long import
never races another write. The function receives a desktop.progress.Progress; its
updates reach the GUI as signals, and Cancel sets the Progress's flag.

    progress = run_with_progress(self, "Importing jobs", lambda p: service(path, progress=p),
                                 on_done=self.show_summary)
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import ServiceError
from desktop.progress import Cancelled, Progress
from desktop.services import close_thread_connection

log = logging.getLogger(__name__)
_pool: QThreadPool | None = None
_running: set[_Task] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        from desktop import runtime

        runtime.before_close(_drain_before_close)
    return _pool


def _drain_before_close() -> None:
    """runtime.close()'s hook: the worker's queue runs on the data it was queued for. Not when
    the worker (or another thread) is the one closing: it would wait for itself."""
    if threading.current_thread() is threading.main_thread():
        drain()


def drain(timeout_ms: int = 10_000) -> bool:
    """Wait until the database worker has run what is queued on it: before the data it works
    on is closed (a workspace switch, quitting), so a read or write a tab started for the old
    data never runs against the next one, or against none. False when it did not finish."""
    return pool().waitForDone(timeout_ms)


def busy_text(exc: BaseException) -> str | None:
    """The one translated line for "the data is busy" (an import running in this or another
    process, or any writer holding SQLite's lock past busy_timeout); None for other errors."""
    from desktop import datalock, runtime

    if not isinstance(exc, datalock.ImportRunning):
        if not datalock.is_busy(exc):
            return None
        exc = datalock.busy_error(runtime.open_dir())
    if isinstance(exc, datalock.ImportRunning):
        if exc.percent is None:
            return QCoreApplication.translate(
                "Busy", "Busy: an import is running. Try again when it has finished; nothing "
                "was changed.")
        return QCoreApplication.translate(
            "Busy", "Busy: an import is running ({percent}%). Try again when it has finished; "
            "nothing was changed.").format(percent=exc.percent)
    return QCoreApplication.translate(
        "Busy", "Busy: another Freelance Desk window or command is writing to this data folder. "
        "Try again in a moment; nothing was changed.")


class TaskError(Exception):
    """Why a background task failed. `text` is what the user reads, in their language: a
    refusal (ServiceError) through ui/messages, "busy" in one line, a file that cannot be read
    in the system's words. Any other exception is a bug (`bug` is True): run_in_background has
    shown it in the crash dialog before `on_error` runs, so `on_error` only tidies up."""

    def __init__(self, exc: BaseException, details: str):
        from desktop.errors import ServiceError
        from ui import messages

        busy = busy_text(exc) if isinstance(exc, Exception) else None
        self.bug = busy is None and not isinstance(exc, ServiceError | OSError)
        self.text = busy if busy is not None else \
            messages.text(exc) if isinstance(exc, ServiceError | OSError) else str(exc)
        super().__init__(self.text)
        self.exc = exc
        self.details = details


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int, str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()  # created on the GUI thread, so its slots run there
        self.progress = Progress(lambda d, t, text: self.signals.progress.emit(d, t, text))

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # the boundary of the worker thread: carried to the GUI thread
            if busy_text(exc) is not None or isinstance(exc, ServiceError | OSError):
                log.warning("background task refused: %s", exc)  # not a bug: no traceback
                self.signals.failed.emit(TaskError(exc, ""))
            else:
                log.exception("background task failed")
                self.signals.failed.emit(TaskError(exc, traceback.format_exc()))
        else:
            self.signals.done.emit(result)
        finally:
            close_thread_connection()  # this worker thread's own connection


def _while_alive(owner: QObject, callback: Callable | None) -> Callable | None:
    if callback is None:
        return None

    def guarded(*args):
        if shiboken6.isValid(owner):
            callback(*args)

    return guarded


def run_in_background(
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[TaskError], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    owner: QObject | None = None,
) -> Progress:
    """Run ``fn`` on the worker pool; the callbacks run on the GUI thread. With ``owner``, they
    are dropped once that widget has been deleted (a window closed while a view computes)."""
    task = _Task(fn)
    if owner is not None:
        on_done, on_error, on_progress, on_cancelled = (
            _while_alive(owner, callback)
            for callback in (on_done, on_error, on_progress, on_cancelled))
    _running.add(task)

    def finish(*_):
        _running.discard(task)

    if on_done:
        task.signals.done.connect(on_done)
    def failed(error: TaskError) -> None:
        if error.bug:  # the crash handler shows a bug, with the worker's traceback
            sys.excepthook(type(error.exc), error.exc, error.exc.__traceback__)
        if on_error:
            on_error(error)

    task.signals.failed.connect(failed)
    if on_progress:
        task.signals.progress.connect(on_progress)
    if on_cancelled:
        task.signals.cancelled.connect(on_cancelled)
    for signal in (task.signals.done, task.signals.failed, task.signals.cancelled):
        signal.connect(finish)
    pool().start(task)
    return task.progress


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[TaskError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> tuple[Progress, QProgressDialog]:
    """Like run_in_background, with a window-modal progress dialog and a Cancel button."""
    dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setAccessibleName(title)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            # the services mark their progress lines with QT_TRANSLATE_NOOP("Progress", …)
            dialog.setLabelText(QCoreApplication.translate("Progress", text))

    def closing(callback):
        def inner(*args):
            dialog.close()
            dialog.deleteLater()
            if callback:
                callback(*args)
        return inner

    progress = run_in_background(
        fn, on_done=closing(on_done), on_error=closing(on_error),
        on_cancelled=closing(on_cancelled), on_progress=on_progress)
    dialog.canceled.connect(progress.cancel)
    return progress, dialog

"""Who is using a data dir: a shared lock per process, an exclusive one to swap files.

Every process that opens a data dir (window, command line, tests) holds a shared
lock on `data_dir/.lock`. Ordinary reads and writes need nothing more: SQLite's own
locking serialises writers. Operations that replace the database file (restore,
encrypt, decrypt) upgrade to an exclusive lock and are refused while any other
process has the data dir open, so a second process never writes into a file that
is being swapped out from under it.

POSIX uses flock (released by the kernel when a process dies, even by kill -9).
Windows has no shared flock (msvcrt.locking only locks byte ranges exclusively), so
there these locks are no-ops: instead Windows refuses to replace or delete a file
another process holds open, and the swap stops with DataDirBusyError before the
database is touched (desktop/services/backup.py turns the PermissionError into it).

Inside one process, `refuse_queries()` covers the time the file is swapped: a model
query would otherwise make peewee quietly reconnect, to the file being replaced and
with its old key.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

from peewee import OperationalError, SqliteDatabase

from desktop.errors import Code, ServiceError
from models import db as dbmod
from models.db import BusyError, DatabaseError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

log = logging.getLogger(__name__)
LOCK_NAME = ".lock"
_held: dict[Path, int] = {}  # data dir -> descriptor holding our shared lock


class DataDirBusyError(DatabaseError, ServiceError):
    """Another process has the data dir open; the code says what to do."""


def _lock_file(data_dir: Path) -> Path:
    return Path(data_dir).resolve() / LOCK_NAME


def acquire_shared(data_dir: Path) -> None:
    """Mark this process as a user of `data_dir` until `release(data_dir)`."""
    key = Path(data_dir).resolve()
    if key in _held or fcntl is None:
        return
    fd = os.open(_lock_file(key), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        # blocking only while another process holds it exclusively (a swap in progress)
        fcntl.flock(fd, fcntl.LOCK_SH)
    except OSError:
        os.close(fd)
        raise
    _held[key] = fd


def release(data_dir: Path) -> None:
    fd = _held.pop(Path(data_dir).resolve(), None)
    if fd is not None:
        os.close(fd)  # closing the descriptor drops the flock


def busy_refusal(data_dir: Path) -> DataDirBusyError:
    return DataDirBusyError(Code.DATA_DIR_BUSY, folder=str(data_dir))


@contextlib.contextmanager
def exclusive(data_dir: Path) -> Iterator[None]:
    """Hold the data dir alone for the duration, or raise DataDirBusyError at once."""
    key = Path(data_dir).resolve()
    if fcntl is None:
        yield
        return
    own = _held.get(key)
    fd = own if own is not None else os.open(_lock_file(key), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if own is not None:
                # a failed upgrade may have dropped our shared lock: take it back
                fcntl.flock(fd, fcntl.LOCK_SH)
            raise busy_refusal(key) from None
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_SH if own is not None else fcntl.LOCK_UN)
    finally:
        if own is None:
            os.close(fd)


class DataReplacingError(ServiceError, OperationalError):
    """A query while the data's file is replaced (refuse_queries): a database error to peewee
    and its callers, a refusal with its code (Code.DATA_REPLACING) for the window to say in the
    user's language; ``str()`` is the English, for the log. ServiceError first: peewee
    re-raises an error from a connect as its own class named after the first base."""

    def __init__(self) -> None:
        ServiceError.__init__(self, Code.DATA_REPLACING)


class _Swapping(SqliteDatabase):
    """Stands in for the database while its file is replaced: every connect is refused."""

    def _connect(self):
        raise DataReplacingError()


def replacing() -> bool:
    """Whether this process's data is being swapped now (refuse_queries until reopened): a
    periodic reader (notifications, the tray) skips its round instead of failing."""
    return isinstance(dbmod.database.obj, _Swapping)


def refuse_queries() -> None:
    """Until the data dir is opened again, make every model query fail loudly instead of
    reconnecting behind the swap's back. The caller closed the database first."""
    dbmod.database.initialize(_Swapping("data being replaced"))


# -- one import at a time, and what it has done so far ------------------------------------
# A long import (jobs, statements, import all) holds `.import.lock` exclusively for its whole
# run and writes its progress to `.import.json`. A second import is refused at once with
# "busy: an import is running (42%)"; a write that waited out busy_timeout reads the same file
# to say why. The kernel drops the flock when the importer dies (even by kill -9), so a
# progress file without a held lock is stale and ignored.
IMPORT_LOCK = ".import.lock"
IMPORT_STATE = ".import.json"
_importing: dict[Path, int] = {}  # data dir -> descriptor holding the import lock


class ImportRunning(BusyError):  # noqa: N818 - reads as "an import is running"
    """Another import holds the data dir; the message is "busy: an import is running (42%)"."""


def _import_files(data_dir: Path) -> tuple[Path, Path]:
    key = Path(data_dir).resolve()
    return key / IMPORT_LOCK, key / IMPORT_STATE


def import_running(data_dir: Path) -> bool:
    """Whether some process (this one included) is importing into `data_dir` now."""
    key = Path(data_dir).resolve()
    if key in _importing:
        return True
    lock, _ = _import_files(key)
    if fcntl is None or not lock.exists():
        return False
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also drops the probe's lock if it got one
    return False


def import_progress(data_dir: Path) -> tuple[str, int | None] | None:
    """(kind, percent or None) of the import running in `data_dir`, or None when none is."""
    if not import_running(data_dir):
        return None
    _, state = _import_files(data_dir)
    try:
        data = json.loads(state.read_text(encoding="utf-8"))
        total, done = int(data.get("total") or 0), int(data.get("done") or 0)
        percent = min(99, done * 100 // total) if total > 0 else None
        return str(data.get("kind") or "import"), percent
    except (OSError, ValueError, TypeError, AttributeError):
        return "import", None


def busy_error(data_dir: Path | None = None) -> BusyError:
    """The one clear error for a write that cannot get the database now."""
    running = import_progress(data_dir) if data_dir is not None else None
    if running is not None:
        kind, percent = running
        return ImportRunning(import_busy_message(percent), percent=percent, kind=kind)
    return BusyError("busy: another Freelance Desk window or command is writing to this data "
                     "folder; try again in a moment. Nothing was changed.")


def import_busy_message(percent: int | None) -> str:
    done = f" ({percent}%)" if percent is not None else ""
    return (f"busy: an import is running{done}; try again when it has finished. "
            "Nothing was changed.")


class ImportSlot:
    """Held while one import runs: `update(done, total)` publishes its progress."""

    def __init__(self, data_dir: Path, kind: str):
        self.data_dir = Path(data_dir).resolve()
        self.kind = kind
        self._last = 0.0
        self._percent = -1

    def update(self, done: int, total: int) -> None:
        percent = done * 100 // total if total > 0 else 0
        now = time.monotonic()
        if percent == self._percent and now - self._last < 1.0:
            return
        self._percent, self._last = percent, now
        _, state = _import_files(self.data_dir)
        tmp = state.with_name(state.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"kind": self.kind, "done": done, "total": total, "pid": os.getpid()},
                          fh)
            os.replace(tmp, state)
        except OSError:  # progress is a courtesy; never fail the import over it
            log.debug("could not write %s", state, exc_info=True)


@contextlib.contextmanager
def import_slot(data_dir: Path, kind: str) -> Iterator[ImportSlot]:
    """Run one import in `data_dir`, or raise ImportRunning at once if another one is running
    (in this process or another)."""
    key = Path(data_dir).resolve()
    if key in _importing:
        raise busy_error(key)
    lock, state = _import_files(key)
    fd = None
    if fcntl is not None:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise busy_error(key) from None
    _importing[key] = fd if fd is not None else -1
    slot = ImportSlot(key, kind)
    try:
        slot.update(0, 0)
        yield slot
    finally:
        _importing.pop(key, None)
        with contextlib.suppress(OSError):
            state.unlink()
        if fd is not None:
            os.close(fd)


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` is "another writer holds the data" (SQLite's lock past busy_timeout, or
    the one clear BusyError), for callers above desktop that may not import models.db."""
    from models.db import BusyError
    from models.db import is_busy as sqlite_busy

    return isinstance(exc, BusyError) or sqlite_busy(exc)

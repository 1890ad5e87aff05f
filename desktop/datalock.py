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
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from peewee import OperationalError, SqliteDatabase

from models import db as dbmod
from models.db import DatabaseError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

log = logging.getLogger(__name__)
LOCK_NAME = ".lock"
_held: dict[Path, int] = {}  # data dir -> descriptor holding our shared lock


class DataDirBusyError(DatabaseError):
    """Another process has the data dir open; the message says what to do."""


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


def busy_message(data_dir: Path) -> str:
    return (f"Another Freelance Desk window or command is using {data_dir}. "
            "Close it and try again; nothing was changed.")


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
            raise DataDirBusyError(busy_message(key)) from None
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_SH if own is not None else fcntl.LOCK_UN)
    finally:
        if own is None:
            os.close(fd)


class _Swapping(SqliteDatabase):
    """Stands in for the database while its file is replaced: every connect is refused."""

    def _connect(self):
        raise OperationalError("The data is being restored, encrypted or decrypted; it is "
                               "reopened as soon as that is done.")


def refuse_queries() -> None:
    """Until the data dir is opened again, make every model query fail loudly instead of
    reconnecting behind the swap's back. The caller closed the database first."""
    dbmod.database.initialize(_Swapping("data being replaced"))

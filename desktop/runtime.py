"""Open a data dir for use: paths, attached-files store, database (migrated).

Shared by the GUI start-up, the CLI and the tests, so all three see the same data
the same way. Encryption (key from the keyring, desktop/security.py) plugs in at
`database_passphrase`; desktop/datalock.py marks the data dir as in use.

Every open also cleans up after a process that was killed part-way through a change
(security.recover: an interrupted encrypt, decrypt, restore or export), makes every backup
and attached file as protected as the database, and keeps the folder private (0700
folders, 0600 files). What it did is logged and kept in `recovery_notes` for the CLI and
the window to tell the user.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from desktop import files
from desktop.errors import Code
from desktop.paths import AppPaths
from models import db as dbmod

log = logging.getLogger(__name__)
# What opening the data raises when it cannot be used at all (locked, damaged, too new, busy):
# the window catches it by this name, so ui/ needs no persistence module of its own.
DatabaseError = dbmod.DatabaseError


def database_passphrase(paths: AppPaths) -> str | None:
    """The SQLCipher key for this data dir, or None for a plain database."""
    from desktop import security

    return security.passphrase_for(paths)


_open_dir: Path | None = None
recovery_notes: list[str] = []  # what the last open cleaned up, one line each


def _make_private(paths: AppPaths) -> None:
    """0700 for the data folder and its folders, 0600 for the files in it (POSIX)."""
    if os.name != "posix":
        return
    os.umask(0o077)  # everything this process creates from now on is the user's alone
    for folder, subfolders, names in os.walk(paths.data_dir):
        for path, mode in ([(Path(folder), 0o700)]
                           + [(Path(folder) / n, 0o600) for n in names]):
            try:
                st = path.lstat()
                if not path.is_symlink() and st.st_mode & 0o777 != mode:
                    path.chmod(mode)
            except OSError:
                pass  # gone meanwhile, or not ours: nothing to tighten
        subfolders[:] = [d for d in subfolders if not (Path(folder) / d).is_symlink()]


def _recover(paths: AppPaths, key: str | None) -> list[str]:
    from desktop import datalock, security

    try:
        with datalock.exclusive(paths.data_dir):
            notes = security.recover(paths, key)
    except datalock.DataDirBusyError:
        return []  # another process has it open: leftovers (if any) wait for a lone open
    for note in notes:
        log.warning("recovered %s: %s", paths.data_dir, note)
    return notes


def _unreadable(code: Code, **params) -> Exception:
    """A damaged database, as a code (security.DataUnreadableError is a DatabaseCorruptError)."""
    from desktop import security

    return security.DataUnreadableError(code, **params)


def open_data_dir(data_dir: str | Path | None = None, *, migrate: bool = True,
                  check: bool = False) -> AppPaths:
    """Open (creating if new) a data dir. With `check`, run the integrity check too.

    A damaged file raises dbmod.DatabaseCorruptError (the GUI then offers to restore
    the latest good backup); a missing key raises security.KeyUnavailableError.
    """
    global _open_dir
    from peewee import DatabaseError as SqliteError

    from desktop import datalock, security

    paths = AppPaths.create(data_dir)
    _make_private(paths)
    datalock.acquire_shared(paths.data_dir)
    _open_dir = paths.data_dir
    notes = security.recover_before_key(paths)
    key = database_passphrase(paths)
    files.configure(paths.files_dir, key, other_keys=lambda: security.backup_keys(paths))
    recovery_notes[:] = notes + _recover(paths, key)
    try:
        # check before migrating: a damaged file is left exactly as it was found
        db = dbmod.open_database(paths.database, passphrase=key,
                                 migrate=migrate and not check)
    except SqliteError as exc:
        dbmod.close_database()
        if dbmod.is_corruption(exc):
            raise _unreadable(Code.DATABASE_DAMAGED, path=str(paths.database),
                              detail=str(exc)) from exc
        raise
    try:
        problems = dbmod.integrity_problems(db) if check else []
    except _driver_errors() as exc:  # SQLCipher reports a page failing its HMAC as a plain error
        problems = [f"the check itself failed: {exc}"]
    if problems:
        dbmod.close_database()
        raise _unreadable(Code.DATABASE_CHECK_FAILED, path=str(paths.database),
                          detail="; ".join(problems[:5]))  # SQLite's own words
    if migrate and check:
        dbmod.run_migrations(db)
    if migrate and _publishing_markers():
        # An import was killed while publishing (its marker row is still there): take it
        # back. The importers (~50 ms of imports: the job readers, the statement parsers)
        # load only then, not on every start.
        from desktop.services import jobs

        removed = jobs.recover_unfinished_imports(paths.data_dir)  # reads only, unless a kill
        if removed:  # left a half-published import
            recovery_notes.append(security.RecoveryNote(security.NOTE_IMPORT_TAKEN_BACK,
                                                        count=removed))
        from desktop.services import statement_import

        taken = statement_import.recover_unfinished_imports(paths.data_dir)
        if taken is not None:  # a killed statement import: the ledger is as it was before it
            recovery_notes.append(security.RecoveryNote(
                security.NOTE_STATEMENT_IMPORT_TAKEN_BACK, count=taken))
    log.info("opened %s (schema %s)", paths.database, dbmod.schema_version(dbmod.database.obj))
    return paths


# The marker kinds of a file import being published (desktop.services.jobs.imports and
# statement_import's PUBLISHING; tests/unit/test_runtime_markers.py keeps them in step).
PUBLISHING_KINDS = ("jobs-publishing", "statements-publishing")


def _publishing_markers() -> bool:
    """Whether an import's publishing marker is in the database: one small read, in SQL (the
    import log's model would load the money models with it)."""
    marks = ", ".join("?" * len(PUBLISHING_KINDS))
    return dbmod.database.execute_sql(
        f"SELECT 1 FROM import_log WHERE kind IN ({marks}) LIMIT 1",  # models.payments.ImportLog
        PUBLISHING_KINDS).fetchone() is not None


def open_dir() -> Path | None:
    """The data dir this process has open, if any."""
    return _open_dir


def _driver_errors() -> tuple[type[Exception], ...]:
    """SQLite errors as peewee wraps them and as the drivers raise them from fetches."""
    import sqlite3

    from peewee import DatabaseError as SqliteError

    errors: tuple[type[Exception], ...] = (SqliteError, sqlite3.DatabaseError)
    try:
        from sqlcipher3 import dbapi2

        errors += (dbapi2.DatabaseError,)
    except ImportError:
        pass
    return errors


_before_close: list[Callable[[], object]] = []


def before_close(hook: Callable[[], object]) -> None:
    """Run `hook` first whenever the data closes, whoever closes it (quitting, a workspace
    switch, Import all, a test): ui.tasks lets the database worker finish what the tabs queued
    for this data, so no close path can forget it and leave a read running against none."""
    if hook not in _before_close:
        _before_close.append(hook)


def close() -> None:
    """Close the database and let go of the data dir (another process may swap it now)."""
    global _open_dir
    from desktop import datalock

    for hook in list(_before_close):
        hook()
    dbmod.close_database()
    if _open_dir is not None:
        files.drop_open_copies(_open_dir)
        datalock.release(_open_dir)
        _open_dir = None

"""Open a data dir for use: paths, attached-files store, database (migrated).

Shared by the GUI start-up, the CLI and the tests, so all three see the same data
the same way. Encryption (key from the keyring, desktop/security.py) plugs in at
`database_passphrase`; desktop/datalock.py marks the data dir as in use.
"""
from __future__ import annotations

import logging
from pathlib import Path

from desktop import files
from desktop.paths import AppPaths
from models import db as dbmod

log = logging.getLogger(__name__)


def database_passphrase(paths: AppPaths) -> str | None:
    """The SQLCipher key for this data dir, or None for a plain database."""
    from desktop import security

    return security.passphrase_for(paths)


_open_dir: Path | None = None


def open_data_dir(data_dir: str | Path | None = None, *, migrate: bool = True,
                  check: bool = False) -> AppPaths:
    """Open (creating if new) a data dir. With `check`, run the integrity check too.

    A damaged file raises dbmod.DatabaseCorruptError (the GUI then offers to restore
    the latest good backup); a missing key raises security.KeyUnavailableError.
    """
    global _open_dir
    from peewee import DatabaseError as SqliteError

    from desktop import datalock

    paths = AppPaths.create(data_dir)
    files.configure(paths.files_dir)
    datalock.acquire_shared(paths.data_dir)
    _open_dir = paths.data_dir
    try:
        # check before migrating: a damaged file is left exactly as it was found
        db = dbmod.open_database(paths.database, passphrase=database_passphrase(paths),
                                 migrate=migrate and not check)
    except SqliteError as exc:
        dbmod.close_database()
        if dbmod.is_corruption(exc):
            raise dbmod.DatabaseCorruptError(f"{paths.database} is damaged: {exc}") from exc
        raise
    try:
        problems = dbmod.integrity_problems(db) if check else []
    except _driver_errors() as exc:  # SQLCipher reports a page failing its HMAC as a plain error
        problems = [f"the check itself failed: {exc}"]
    if problems:
        dbmod.close_database()
        raise dbmod.DatabaseCorruptError(
            f"{paths.database} failed its integrity check: " + "; ".join(problems[:5]))
    if migrate and check:
        dbmod.run_migrations(db)
    if migrate:
        from desktop.services import jobs

        jobs.recover_unfinished_imports(paths.data_dir)  # reads only, unless a kill left some
    log.info("opened %s (schema %s)", paths.database, dbmod.schema_version(dbmod.database.obj))
    return paths


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


def close() -> None:
    """Close the database and let go of the data dir (another process may swap it now)."""
    global _open_dir
    from desktop import datalock

    dbmod.close_database()
    if _open_dir is not None:
        datalock.release(_open_dir)
        _open_dir = None

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
        db = dbmod.open_database(paths.database, passphrase=database_passphrase(paths),
                                 migrate=migrate)
        problems = dbmod.integrity_problems(db) if check else []
    except SqliteError as exc:
        dbmod.close_database()
        if dbmod.is_corruption(exc):
            raise dbmod.DatabaseCorruptError(f"{paths.database} is damaged: {exc}") from exc
        raise
    if problems:
        dbmod.close_database()
        raise dbmod.DatabaseCorruptError(
            f"{paths.database} failed its integrity check: " + "; ".join(problems[:5]))
    log.info("opened %s (schema %s)", paths.database, dbmod.schema_version(dbmod.database.obj))
    return paths


def close() -> None:
    """Close the database and let go of the data dir (another process may swap it now)."""
    global _open_dir
    from desktop import datalock

    dbmod.close_database()
    if _open_dir is not None:
        datalock.release(_open_dir)
        _open_dir = None

"""Open a data dir for use: paths, attached-files store, database (migrated).

Shared by the GUI start-up, the CLI and the tests, so all three see the same data
the same way. Encryption (key from the keyring) plugs in at `database_passphrase`.
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


def open_data_dir(data_dir: str | Path | None = None, *, migrate: bool = True) -> AppPaths:
    paths = AppPaths.create(data_dir)
    files.configure(paths.files_dir)
    dbmod.open_database(paths.database, passphrase=database_passphrase(paths), migrate=migrate)
    log.info("opened %s (schema %s)", paths.database, dbmod.schema_version(dbmod.database.obj))
    return paths


def close() -> None:
    dbmod.close_database()

"""Copy a library between a local data folder and a workspace: `workspace push` / `pull`.

Both directions are one copy, `copy_library(source, target)`, inside ONE transaction on the
target: the target's schema is brought to the latest version first (same migrations), then
every table is copied parents first, rows in primary-key order. A row already in the target
with the same key and the same values is left alone, so running it again changes nothing
(idempotent); a row with the same key and other values is a conflict: the whole copy is taken
back and the error names the table and the row. After the copy the target's id sequences are
moved past the copied ids, so new rows never collide with them.

Attached files stay where they are (the folder's `files/`): a workspace keeps its records only.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop import workspace
from desktop.errors import Code
from desktop.paths import AppPaths
from desktop.services import archive
from models import db as dbmod

log = logging.getLogger(__name__)


@dataclass
class CopySummary:
    added: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"added": self.added, "unchanged": self.unchanged,
                "records_added": sum(self.added.values()),
                "records_unchanged": sum(self.unchanged.values())}


def _primary_key(db, table: str) -> list[str]:
    if dbmod.is_postgres(db):
        order = archive._row_order(db, table)
        return [c.strip().strip('"') for c in order.split(",")] if order != "1" else []
    rows = db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
    return [r[1] for r in sorted((r for r in rows if r[5]), key=lambda r: r[5])]


def _norm(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def copy_library(source, target) -> CopySummary:
    """Copy every record of `source` into `target` (peewee databases, either backend).

    The caller holds the target's transaction; a ServiceError leaves it to roll back.
    """
    summary = CopySummary()
    for table in archive.data_tables(source):
        columns = archive._columns(source, table)
        target_columns = set(archive._columns(target, table))
        missing = [c for c in columns if c not in target_columns]
        if missing:
            raise workspace.WorkspaceError(Code.WORKSPACE_CONFLICT, table=table,
                                           id=f"(columns {', '.join(missing)})")
        key = _primary_key(target, table) or columns
        at = [columns.index(k) for k in key]
        quoted = ", ".join(f'"{c}"' for c in columns)
        existing = {tuple(_norm(v) for v in (row[i] for i in at)): tuple(map(_norm, row))
                    for row in target.execute_sql(f'SELECT {quoted} FROM "{table}"')}
        new_rows, same = [], 0
        order = archive._row_order(source, table) if dbmod.is_postgres(source) else \
            (", ".join(f'"{k}"' for k in key) if key != columns else "rowid")
        for row in source.execute_sql(f'SELECT {quoted} FROM "{table}" ORDER BY {order}'):
            row = tuple(map(_norm, row))
            found = existing.get(tuple(row[i] for i in at))
            if found is None:
                new_rows.append(row)
            elif found == row:
                same += 1
            else:
                raise workspace.WorkspaceError(
                    Code.WORKSPACE_CONFLICT, table=table,
                    id="/".join(str(row[i]) for i in at))
        if new_rows:
            marks = ", ".join("?" * len(columns))
            target.cursor().executemany(
                f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', new_rows)
        summary.added[table] = len(new_rows)
        summary.unchanged[table] = same
    if dbmod.is_postgres(target):
        _advance_sequences(target)
    return summary


def _advance_sequences(db) -> None:
    rows = db.execute_sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND is_identity = 'YES'").fetchall()
    for table, column in rows:
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f'coalesce(max("{column}"), 0) + 1, false) FROM "{table}"')


def push(data_dir: str | Path | None, url: str) -> CopySummary:
    """Copy the local data folder's library up to the workspace at `url` (all or nothing)."""
    from desktop import runtime

    runtime.open_data_dir(data_dir)  # the local library (decrypted with its keyring key)
    local = dbmod.database.obj
    bare, typed = workspace.split_password(url)
    remote = dbmod.make_url_database(bare, typed or workspace.stored_password(bare))
    try:
        remote.connect()
        dbmod.check_version(remote)
        with remote.atomic(), local.atomic():
            dbmod.run_migrations(remote)
            summary = copy_library(local, remote)
    finally:
        remote.close()
        runtime.close()
    log.info("pushed %s to %s: %s", data_dir, workspace.display(url), summary.as_dict())
    return summary


def _drop_first_open_rows(db) -> None:
    """A folder holding only what its first open made (the empty General profile, automatic
    Connects grants) takes the workspace's copy of those instead: as Import All does."""
    if archive._user_data_tables(db):
        return  # the user's own records: copy_library checks they agree with the workspace
    for table, ids in archive._first_open_rows(db).items():
        marks = ", ".join("?" * len(ids))
        db.execute_sql(f'DELETE FROM "{table}" WHERE id IN ({marks})', ids)


def pull(url: str, data_dir: str | Path | None) -> CopySummary:
    """Copy the workspace at `url` into the local data folder (new or holding the same data)."""
    from desktop import runtime

    paths: AppPaths = runtime.open_data_dir(data_dir)
    local = dbmod.database.obj
    bare, typed = workspace.split_password(url)
    remote = dbmod.make_url_database(bare, typed or workspace.stored_password(bare))
    try:
        remote.connect()
        dbmod.check_version(remote)
        with remote.atomic(), local.atomic():  # a consistent read; one local transaction
            _drop_first_open_rows(local)
            summary = copy_library(remote, local)
    finally:
        remote.close()
        runtime.close()
    log.info("pulled %s into %s: %s", workspace.display(url), paths.data_dir, summary.as_dict())
    return summary

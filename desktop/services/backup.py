"""Backups and restore of the database.

A backup is a copy made with SQLite's online backup API from its own connection,
so it is consistent even while the window keeps writing (WAL readers see one
snapshot; the API restarts if another connection writes mid-copy). It is written
to `<name>.part`, opened and integrity-checked, and only then renamed into place,
so a backup that exists under its real name is a verified one. An encrypted
database gives an encrypted backup with the same key.

Automatic backups (`auto`) are made on exit and at most once a day, and only the
newest `backups_keep` (a setting) are kept. Backups the user asks for (`manual`)
and the copies a restore keeps of what it replaced (`replaced`) are never pruned.

Restore copies the chosen file next to the database (`.restoring`), verifies the copy,
keeps a copy of the current database in backups/ (written as `.part`, renamed when
whole), writes the journal (security.write_journal: how the restored file is keyed), then
swaps the file in atomically. A kill before the swap leaves the old data and a
`.restoring` the next open removes; a kill after it leaves the restored data, and the next
open finishes the marker from the journal. Kill points: `restore:copied`,
`restore:replaced`, `restore:journal`, `restore:swapped`.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop import clock, datalock, faults, security
from desktop.errors import Code, ServiceError
from desktop.paths import AppPaths
from desktop.progress import Progress, report
from models import db as dbmod
from models.errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NAME = re.compile(r"^freelance-desk-(\d{8}-\d{6})(?:-(\d+))?-([a-z]+)\.sqlite3$")
AUTO_INTERVAL = timedelta(days=1)
PAGES_PER_STEP = 256


class BackupError(dbmod.DatabaseError, ServiceError):
    """A backup could not be made or restored; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str  # auto | manual | replaced
    size: int

    @property
    def encrypted(self) -> bool:
        return bool(security.file_state(self.path))

    def as_dict(self) -> dict:
        return {"path": str(self.path), "created_at": self.created_at.isoformat(),
                "kind": self.kind, "size": self.size, "encrypted": self.encrypted}


def _info(path: Path) -> BackupInfo | None:
    match = NAME.match(path.name)
    if not match or not path.is_file():
        return None
    created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    return BackupInfo(path, created, match.group(3), path.stat().st_size)


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """Finished backups in the backups folder, newest first."""
    found = [info for p in paths.backups_dir.glob("freelance-desk-*.sqlite3")
             if (info := _info(p)) is not None]
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def _new_name(paths: AppPaths, kind: str, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir / f"freelance-desk-{stamp}-{kind}.sqlite3"
    n = 1
    while target.exists() or Path(str(target) + ".part").exists():
        n += 1
        target = paths.backups_dir / f"freelance-desk-{stamp}-{n}-{kind}.sqlite3"
    return target


def _remove_with_sidecars(path: Path) -> None:
    for leftover in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"),
                     Path(str(path) + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _clean_stale_parts(paths: AppPaths) -> None:
    """A backup killed half-way leaves `.part` files; they were never valid backups."""
    for part in paths.backups_dir.glob("*.part"):
        _remove_with_sidecars(part)


def backup_now(paths: AppPaths, target: str | Path | None = None, *, kind: str = "manual",
               progress: Progress | None = None, keep: int | None = None,
               now: datetime | None = None) -> BackupInfo:
    """Copy the open database to `target` (default: a new file in backups/), verified."""
    now = now or clock.now()
    final = Path(target).expanduser().resolve() if target else _new_name(paths, kind, now)
    if final == paths.database.resolve():
        raise BackupError(Code.BACKUP_OVER_DATABASE)
    if not final.parent.is_dir():
        raise BackupError(Code.FOLDER_MISSING, folder=str(final.parent))
    _clean_stale_parts(paths)
    key = security.passphrase_for(paths)
    part = final.with_name(final.name + ".part")
    _remove_with_sidecars(part)
    report(progress, 0, 1, QT_TRANSLATE_NOOP("Progress", "Copying the database…"))

    def step(_status, remaining, total):
        report(progress, total - remaining, total,
            QT_TRANSLATE_NOOP("Progress", "Copying the database…"))

    source = security.connect(paths.database, key)
    try:
        pages = None if key is None else source.execute("PRAGMA cipher_page_size").fetchone()[0]
        copy = security.connect(part, key, page_size=pages)
        try:
            # One read transaction for the whole copy: the backup copies that snapshot. Without
            # it every commit by another process (an import publishing its batches) restarts
            # the copy from page 1, and a backup during a long import never finishes.
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            source.backup(copy, pages=PAGES_PER_STEP, progress=step)
            source.execute("COMMIT")
        finally:
            copy.close()
    except BaseException:
        _remove_with_sidecars(part)
        raise
    finally:
        source.close()
    report(progress, 1, 1, QT_TRANSLATE_NOOP("Progress", "Verifying the backup…"))
    problems = security.verify_file(part, key)
    if problems:
        _remove_with_sidecars(part)
        raise BackupError(Code.BACKUP_FAILED_VERIFY, problem=problems[0])
    with open(part, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(part, final)
    security.fsync_dir(final.parent)
    log.info("backup written: %s (%s)", final, kind)
    if kind == "auto":
        prune(paths, keep if keep is not None else _keep_setting())
    info = _info(final)
    return info or BackupInfo(final, now, kind, final.stat().st_size)


def _keep_setting() -> int:
    from desktop.services import settings

    return max(1, settings.get("backups_keep"))


def prune(paths: AppPaths, keep: int) -> list[Path]:
    """Delete automatic backups beyond the newest `keep`; returns what was deleted."""
    autos = [b for b in list_backups(paths) if b.kind == "auto"]
    doomed = [b.path for b in autos[max(1, keep):]]
    for path in doomed:
        _remove_with_sidecars(path)
        log.info("old automatic backup removed: %s", path.name)
    return doomed


def auto_backup_due(paths: AppPaths, now: datetime | None = None) -> bool:
    now = now or clock.now()
    autos = [b for b in list_backups(paths) if b.kind == "auto"]
    return not autos or now - autos[0].created_at >= AUTO_INTERVAL


def auto_backup(paths: AppPaths, *, progress: Progress | None = None,
                now: datetime | None = None) -> BackupInfo | None:
    """The rolling backup: made when the newest automatic one is a day old (or none)."""
    if not auto_backup_due(paths, now):
        return None
    return backup_now(paths, kind="auto", progress=progress, now=now)


def verify_backup(paths: AppPaths, path: str | Path) -> list[security.SecurityError]:
    """Problems with a backup file, as codes (empty: it can be restored)."""
    path = Path(path)
    try:
        key = security.key_for_file(paths, path)
    except security.SecurityError as exc:
        return [exc]
    return security.verify_file(path, key)


def latest_good_backup(paths: AppPaths) -> BackupInfo | None:
    """The newest backup that passes verification (copies of replaced data excluded)."""
    for info in list_backups(paths):
        if info.kind != "replaced" and not verify_backup(paths, info.path):
            return info
    return None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path | None


def restore(paths: AppPaths, source: str | Path, *,
            progress: Progress | None = None) -> RestoreResult:
    """Replace the database with a verified copy of `source`. The caller closed the database.

    Refused (DataDirBusyError) while another process uses the data dir. Nothing changes
    unless the backup verifies; the replaced database is kept in backups/.
    """
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise BackupError(Code.FILE_MISSING, path=str(source))
    db = paths.database
    with datalock.exclusive(paths.data_dir):
        report(progress, 0, 3, QT_TRANSLATE_NOOP("Progress", "Checking the backup…"))
        try:
            key = security.key_for_file(paths, source)
        except security.SecurityError as exc:
            raise BackupError(Code.BACKUP_CANNOT_RESTORE, name=source.name, reason=exc) from exc
        work = db.with_name(db.name + ".restoring")
        _remove_with_sidecars(work)
        try:
            source_wal = Path(str(source) + "-wal")
            if source_wal.is_file():  # a live database copied with its WAL
                shutil.copyfile(source_wal, Path(str(work) + "-wal"))
            shutil.copyfile(source, work)
            problems = security.verify_file(work, key, shown_as=source.name)
            if not problems:
                _fold_wal(work, key)  # one self-contained file: the swap is one rename
        except BaseException:
            _remove_with_sidecars(work)
            raise
        if problems:
            _remove_with_sidecars(work)
            raise BackupError(Code.BACKUP_NOT_GOOD, name=source.name, problems=problems[:3])
        faults.checkpoint("restore:copied")
        report(progress, 1, 3, QT_TRANSLATE_NOOP("Progress", "Keeping a copy of the current data…"))
        replaced = None
        if db.exists():
            current_key = _current_key(paths)
            _fold_wal(db, current_key)
            replaced = _new_name(paths, "replaced", clock.now())
            part = replaced.with_name(replaced.name + ".part")
            shutil.copyfile(db, part)
            with open(part, "rb") as fh:
                os.fsync(fh.fileno())
            if Path(str(db) + "-wal").exists():  # not folded (damaged): keep it too
                shutil.copyfile(Path(str(db) + "-wal"), Path(str(replaced) + "-wal"))
            os.replace(part, replaced)
            security.fsync_dir(replaced.parent)
        faults.checkpoint("restore:replaced")
        report(progress, 2, 3, QT_TRANSLATE_NOOP("Progress", "Restoring…"))
        source_kind = ("plain" if key is None else
                       "keyring" if key == security.stored_key(paths) else "passphrase")
        security.write_journal(paths, {"op": "restore", "key_source": source_kind})
        faults.checkpoint("restore:journal")
        try:
            # the old WAL belongs to the old file: replayed onto the new one it would corrupt it
            for suffix in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(db) + suffix).unlink()
            os.replace(work, db)
        except PermissionError as exc:  # Windows: another process holds the file open
            _remove_with_sidecars(work)
            if replaced is not None:
                _remove_with_sidecars(replaced)
            security.remove_journal(paths)
            raise datalock.busy_refusal(paths.data_dir) from exc
        security.fsync_dir(db.parent)
        faults.checkpoint("restore:swapped")
        security.remember_key_source(paths, key)
        security.remove_journal(paths)
        report(progress, 3, 3, QT_TRANSLATE_NOOP("Progress", "Restored"))
    log.info("restored %s from %s (replaced data kept as %s)", db, source,
             replaced.name if replaced else "nothing")
    return RestoreResult(source, replaced)


def _current_key(paths: AppPaths) -> str | None:
    """The key of the database being replaced (None when plain, or when no key at hand: its
    WAL, if any, then stays beside the copy)."""
    if not security.file_state(paths.database):
        return None
    for key in security.backup_keys(paths):
        if security.key_opens(paths.database, key):
            return key
    return None


def _fold_wal(path: Path, key: str | None) -> None:
    """Checkpoint a WAL left beside `path` into it, so the file alone holds the data."""
    wal = Path(str(path) + "-wal")
    if not wal.exists():
        return
    if security.file_state(path) and key is None:
        return  # no key for it: cannot fold; leave it
    import sqlcipher3

    try:
        conn = security.connect(path, key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection removes the WAL
    except sqlcipher3.DatabaseError as exc:  # a damaged file: keep its WAL beside the copy
        log.warning("could not fold %s into %s: %s", wal.name, path.name, exc)


def open_or_recover(data_dir: str | Path | None,
                    ask: Callable[[ServiceError], bool]) -> AppPaths:
    """Open a data dir with the integrity check; if the database is damaged, offer
    (through `ask`, which gets the question as a code with parameters, Code.BACKUP_OFFER, and
    returns True to go ahead) the latest good backup.

    Raises DatabaseCorruptError (security.DataUnreadableError) when there is no good backup or
    the user declines; the damaged file is then left exactly as it was.
    """
    from desktop import runtime

    try:
        return runtime.open_data_dir(data_dir, check=True)
    except dbmod.DatabaseCorruptError as exc:
        problem = exc
        log.error("damaged database: %s", problem)
    runtime.close()
    paths = AppPaths.create(data_dir)
    good = latest_good_backup(paths)
    if good is None:
        raise security.DataUnreadableError(Code.BACKUP_NONE_GOOD, problem=problem,
                                           folder=str(paths.backups_dir))
    question = ServiceError(Code.BACKUP_OFFER, problem=problem, made=good.created_at,
                            folder=str(paths.backups_dir))
    if not ask(question):
        raise security.DataUnreadableError(Code.BACKUP_NOT_RESTORED, problem=problem)
    result = restore(paths, good.path)
    log.warning("restored %s after damage; damaged file kept as %s", good.path.name,
                result.replaced_copy)
    return runtime.open_data_dir(data_dir, check=True)

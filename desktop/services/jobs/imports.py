"""Importing postings: files (staged, then published in short batches), pastes and feeds.

Every import is all-or-nothing: a failed, cancelled or killed import changes nothing.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import secrets
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import clock, datalock, events
from desktop.datalock import ImportSlot
from desktop.errors import Code
from desktop.io import jobs as jobio
from desktop.io.jobs import JobRecord, RowError
from desktop.progress import Progress, report
from desktop.services import db
from desktop.services.jobs.common import AREA, BadRowsError, JobError, log
from desktop.services.jobs.store import (
    FileSummary,
    ImportSummary,
    Store,
    row_problem,
    tally,
    tally_one,
)
from models.db import is_postgres
from models.jobs import JobSnapshot
from models.payments import ImportLog


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


#
# 1. Stage (no lock on the library): every file is parsed and validated into a staging SQLite
#    file in the data dir, ATTACHed to this connection (SQLCipher gives an attached file the main
#    key, so an encrypted folder's staging is encrypted too). A bad file stops here; nothing in
#    the library changed.
# 2. Publish: the staged records go through the same dedupe-and-store code in short write
#    transactions (PUBLISH_BATCH_S each, PUBLISH_GAP_S apart), so an autosave or an edit in
#    another window waits at most one batch. The first batch writes a marker row in import_log
#    (kind PUBLISHING) naming the import's timestamp and the highest job and snapshot ids before
#    it; the last batch writes the real import_log rows and removes the marker, with
#    synchronous=FULL. If the import fails, is cancelled or is killed half-way, `undo_publish`
#    (run at once, or by the next open of the data dir) restores every job the import changed
#    from its snapshot and deletes every job it added: all or nothing, as before.
PUBLISHING = "jobs-publishing"
PUBLISH_BATCH_S = 0.025
PUBLISH_GAP_S = 0.005
STAGING_PREFIX = ".import-staging-"
# One file to import: (path, format, the UI's column mapping or None, postings counted).
Plan = tuple[Path, str, dict[str, str | None] | None, int]
_STAGE_CHUNK = 500


def _data_dir() -> Path:
    return Path(db.obj.database).resolve().parent


def _new_staging(data_dir: Path) -> Path:
    for old in data_dir.glob(STAGING_PREFIX + "*"):  # left by a killed import (we hold the slot)
        old.unlink(missing_ok=True)
    return data_dir / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.sqlite3"


class _Refused:
    """The rows the readers refused, counted while staging: the first and how many."""

    def __init__(self) -> None:
        self.first: RowError | None = None
        self.count = 0
        self.seen = 0

    def check(self, item: JobRecord | RowError, name: str, position: int) -> None:
        self.seen += 1
        problem = row_problem(item, name, position)
        if problem is not None:
            self.first = self.first or problem
            self.count += 1

    def refuse(self) -> None:
        """BadRowsError when a row was refused (nothing is stored then)."""
        if self.first is not None:
            raise BadRowsError(self.first, self.count, self.seen - self.count)


def _stage(paths_plans: list[Plan], staging: Path, progress: Progress | None,
           slot: ImportSlot, total: int, now: datetime | None, refused: _Refused) -> None:
    """Parse every file into `staging.stage`, noting the rows refused."""
    conn = db.connection()
    conn.execute("ATTACH DATABASE ? AS staging", (str(staging),))
    conn.execute("PRAGMA staging.journal_mode = OFF")
    conn.execute("PRAGMA staging.synchronous = OFF")
    conn.execute("CREATE TABLE staging.stage (seq INTEGER PRIMARY KEY, file INTEGER NOT NULL, "
                 "payload BLOB NOT NULL)")
    done = 0
    for index, (path, _kind, mapping, _count) in enumerate(paths_plans):
        batch: list[tuple[int, bytes]] = []
        items = jobio.read_jobs_file(path, mapping=mapping, now=now)
        for position, item in enumerate(items, 1):
            batch.append((index, pickle.dumps(item, pickle.HIGHEST_PROTOCOL)))
            refused.check(item, path.name, position)
            done += 1
            if len(batch) >= _STAGE_CHUNK:
                _write_stage(conn, batch)
                batch = []
                report(progress, done, total * 2, f"{path.name}: read {done:,} of "
                                                  f"{total:,} postings")
                slot.update(done, total * 2)
        _write_stage(conn, batch)


def _write_stage(conn: Any, batch: list[tuple[int, bytes]]) -> None:
    if not batch:
        return
    conn.execute("BEGIN DEFERRED")  # writes the staging file only: no lock on the library
    try:
        conn.executemany("INSERT INTO staging.stage (file, payload) VALUES (?, ?)", batch)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _drop_staging(staging: Path) -> None:
    conn = db.connection()
    with contextlib.suppress(Exception):
        conn.execute("DETACH DATABASE staging")
    for leftover in (staging, staging.with_name(staging.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _publish(plans: list[Plan], summary: ImportSummary, moment: datetime,
             progress: Progress | None, slot: ImportSlot, total: int, hashes: list[str]) -> Store:
    conn = db.connection()
    store: Store | None = None
    marker: int | None = None
    last_seq = 0
    stored = 0
    files = summary.files
    try:
        conn.execute("PRAGMA synchronous = NORMAL")  # the marker makes every batch undoable
        while True:
            rows = conn.execute("SELECT seq, file, payload FROM staging.stage WHERE seq > ? "
                                "ORDER BY seq LIMIT ?", (last_seq, 2000)).fetchall()
            position = 0
            while position < len(rows):
                started = time.perf_counter()
                with db.atomic():
                    if store is None:
                        store = Store(moment, None)
                        marker = _start_marker(conn, store.now_text)
                    while position < len(rows):
                        last_seq, index, payload = rows[position]
                        tally_one(store, files[index], pickle.loads(payload))
                        position += 1
                        stored += 1
                        if time.perf_counter() - started > PUBLISH_BATCH_S:
                            break
                report(progress, total + stored, total * 2,
                       f"Saving: {stored:,} of {total:,} postings")
                slot.update(total + stored, total * 2)
                time.sleep(PUBLISH_GAP_S)  # let a waiting autosave have the lock
            if len(rows) < 2000:
                break
        conn.execute("PRAGMA synchronous = FULL")
        with db.atomic():
            if store is None:
                store = Store(moment, None)
            for part, digest in zip(files, hashes, strict=True):
                ImportLog.create(kind="jobs", file_name=part.name, sha256=digest, at=moment,
                                 added=part.added, updated=part.updated,
                                 skipped=part.duplicates, rejected=len(part.rejected),
                                 summary=part.text())
            if marker is not None:
                ImportLog.delete().where(ImportLog.id == marker).execute()
            report(progress, total * 2, total * 2, "Saving…")
    except BaseException:
        conn.execute("PRAGMA synchronous = FULL")
        if marker is not None:
            undo_publish(marker)
        raise
    return store


def _start_marker(conn: Any, now_text: str) -> int:
    job_max = conn.execute("SELECT coalesce(max(id), 0) FROM job").fetchone()[0]
    snap_max = conn.execute("SELECT coalesce(max(id), 0) FROM job_snapshot").fetchone()[0]
    note = json.dumps({"stamp": now_text, "job_max": job_max, "snapshot_max": snap_max})
    return ImportLog.create(kind=PUBLISHING, file_name="", summary=note, added=0).id


def undo_publish(marker_id: int) -> int:
    """Take back everything a half-published import wrote (see above); the jobs removed."""
    row = ImportLog.get_or_none(ImportLog.id == marker_id)
    if row is None:
        return 0
    note = json.loads(row.summary)
    stamp_, job_max, snap_max = note["stamp"], note["job_max"], note["snapshot_max"]
    conn = db.connection()
    columns = {r[1] for r in conn.execute("PRAGMA table_info(job)")}
    while True:  # restore changed jobs, newest snapshot first, in short transactions
        with db.atomic():
            snaps = conn.execute("SELECT id, job_id, data FROM job_snapshot WHERE id > ? AND "
                                 "taken_at = ? ORDER BY id DESC LIMIT 500",
                                 (snap_max, stamp_)).fetchall()
            for snap_id, job_id, data in snaps:
                kept = {c: v for c, v in (JobSnapshot.data.python_value(data) or {}).items()
                        if c in columns and c != "id"}
                if kept:
                    conn.execute(f"UPDATE job SET {', '.join(f'{c} = ?' for c in kept)} "
                                 "WHERE id = ?", [*kept.values(), job_id])
                conn.execute("DELETE FROM job_snapshot WHERE id = ?", (snap_id,))
        if len(snaps) < 500:
            break
    removed = 0
    while True:
        with db.atomic():
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM job WHERE id > ? AND first_seen_at = ? LIMIT 500",
                (job_max, stamp_)).fetchall()]
            if ids:
                conn.execute(f"DELETE FROM job WHERE id IN ({', '.join('?' * len(ids))})", ids)
            removed += len(ids)
        if len(ids) < 500:
            break
    with db.atomic():
        ImportLog.delete().where(ImportLog.id == marker_id).execute()
    log.warning("took back a half-published job import: %d postings removed", removed)
    return removed


def recover_unfinished_imports(data_dir: Path) -> int:
    """Undo what a killed import half-published (called when a data dir is opened). Reads only
    unless there is something to undo; leaves an import another process is running alone."""
    markers = [m.id for m in ImportLog.select(ImportLog.id).where(ImportLog.kind == PUBLISHING)]
    if not markers or datalock.import_running(data_dir):
        return 0
    removed = sum(undo_publish(marker) for marker in markers)
    for old in Path(data_dir).glob(STAGING_PREFIX + "*"):
        old.unlink(missing_ok=True)
    events.changed(AREA)
    return removed


def import_files(paths: Iterable[str | Path], *,
                 mappings: dict[str, dict[str, str | None]] | None = None,
                 progress: Progress | None = None, now: datetime | None = None,
                 skip_bad: bool = False) -> ImportSummary:
    """Import job files (CSV, JSON, RSS/Atom, pasted-text .txt) all together or not at all.

    Whole-file problems (unsupported, empty, unreadable) raise ImportFileError before anything is
    written. Rows the readers refuse raise BadRowsError (naming the first, counting them all)
    and nothing is stored, unless `skip_bad`: then the good rows go in and the summary lists
    the refused ones. `mappings` maps a file's
    path (as given) to the UI's column mapping for it. Cancel rolls everything back. Only one
    import runs in a data dir at a time (datalock.ImportRunning otherwise), and it holds the
    library's write lock only in short batches (see "A file import in two phases" above).
    """
    files = [Path(p) for p in paths]
    if not files:
        raise JobError(Code.JOB_NO_FILES)
    mappings = mappings or {}
    plans: list[Plan] = []
    for path in files:
        kind = jobio.detect_format(path)
        mapping = mappings.get(str(path))
        if mapping is not None:
            jobio.mapping.check_mapping(mapping)
        plans.append((path, kind, mapping, jobio.count_jobs(path)))
    total = max(1, sum(count for *_, count in plans))
    moment = now or clock.now()
    summary = ImportSummary([FileSummary(path.name, kind) for path, kind, *_ in plans])
    if is_postgres():  # a workspace: the server's MVCC lets readers on; one transaction
        store = _import_in_one_transaction(plans, summary, moment, progress, total, now,
                                           skip_bad)
        summary.added_ids, summary.updated_ids = store.added, store.updated
        events.changed(AREA, [*store.added, *store.updated])
        return summary
    data_dir = _data_dir()
    report(progress, 0, total * 2, "Reading…")
    with datalock.import_slot(data_dir, "jobs") as slot:
        staging = _new_staging(data_dir)
        try:
            refused = _Refused()
            _stage(plans, staging, progress, slot, total, now, refused)
            if not skip_bad:
                refused.refuse()
            hashes = [_sha256(path) for path, *_ in plans]
            store = _publish(plans, summary, moment, progress, slot, total, hashes)
        finally:
            _drop_staging(staging)
    summary.added_ids, summary.updated_ids = store.added, store.updated
    events.changed(AREA, [*store.added, *store.updated])
    return summary


def _import_in_one_transaction(plans: list[Plan], summary: ImportSummary, moment: datetime,
                               progress: Progress | None, total: int,
                               now: datetime | None, skip_bad: bool) -> Store:
    """The import on a PostgreSQL workspace: no staging file (there is no local database to
    attach it to); the server keeps readers and other writers going meanwhile."""
    report(progress, 0, total, "Reading…")
    with db.atomic():
        store = Store(moment, None)
        done = 0
        for (path, _kind, mapping, _count), part in zip(plans, summary.files, strict=True):
            items = jobio.read_jobs_file(path, mapping=mapping, now=now)
            done = tally(store, part, items, progress, done, total)
            ImportLog.create(kind="jobs", file_name=path.name, sha256=_sha256(path), at=moment,
                             added=part.added, updated=part.updated, skipped=part.duplicates,
                             rejected=len(part.rejected), summary=part.text())
        rejected = summary.rejected
        if rejected and not skip_bad:  # rolls the transaction back
            raise BadRowsError(rejected[0], len(rejected), summary.rows - len(rejected))
        store.finish()
    return store


def store_records(records: Iterable[JobRecord | RowError], *, name: str, source: str | None = None,
                  now: datetime | None = None, progress: Progress | None = None) -> ImportSummary:
    """Store already-parsed records (a paste, a fetched feed) in one transaction."""
    records = list(records)
    summary = ImportSummary([FileSummary(name, source or "")])
    store = Store(now or clock.now(), source, expected=len(records))
    try:
        with db.atomic():
            tally(store, summary.files[0], records, progress, 0, len(records))
            store.finish()
            summary.added_ids, summary.updated_ids = store.added, store.updated
    finally:
        store.release()
    events.changed(AREA, [*store.added, *store.updated])
    return summary


def paste(text: str, *, now: datetime | None = None) -> list[JobRecord]:
    """What a pasted text holds (for the confirmation); nothing is stored yet."""
    records = jobio.parse_pasted(text, now=now)
    for number, record in enumerate(records, 1):
        record.source_ref = f"paste:{number}"
    return records


"""Jobs: the local library of postings — import, dedupe with snapshots, search, saved searches.

* Imports (files, pasted text, fetched feeds, the manual form) all go through `store_records`,
  in ONE transaction per call: a failed or cancelled import changes nothing.
* Dedupe: the job's ciphertext id (`~01…`) first (Upwork changes a job's URL when it is retitled),
  then the URL for postings without one, then — for postings with neither (search cards, pasted
  cards) — identical content. A re-import that changes a posting keeps the replaced values in a
  `job_snapshot` (text and the client's figures with the date they were captured).
* `search(query, filters, sort, limit, offset)` is the one search function; everything (the tab,
  the CLI, saved searches) goes through it, so another backend could live behind it. Today it is
  SQLite FTS5 with bm25 ranking over title, description, skills and category.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import re
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop import clock, events
from desktop.errors import Code, ServiceError, english_labels
from desktop.io import jobs as jobio
from desktop.io.jobs import ImportFileError, JobRecord, RowError, codes
from desktop.io.jobs.record import clean_url, extract_ext_id
from desktop.progress import Progress, report
from desktop.services import db
from models.db import is_postgres
from models.jobs import STATUS_LABELS, Job, JobSnapshot, JobType, SavedSearch
from models.jobs import JobStatus as JobStatus  # re-exported for ui/
from models.payments import ImportLog
from models.profile import Profile, ProfileKind, ProfileSkill
from models.rules import job_signals
from models.rules.money import to_cents

AREA = "jobs"
STATUSES = STATUS_LABELS  # code -> English name (models/jobs.py)
SORTS = {"relevance": "Relevance", "newest": "Newest", "budget": "Budget / rate", "fit": "Fit"}
PAGE = 100
log = logging.getLogger(__name__)

__all__ = ["AREA", "ImportFileError", "ImportSummary", "JobError", "JobFilters", "SearchResult",
           "import_files", "search", "store_records"]


class JobError(ServiceError):
    """An action on the job library the service refuses, worded for the user."""


# ---------------------------------------------------------------------------------------------
# Records -> rows

# JobRecord field -> job column, for what a posting says (not the user's own status/notes).
_CONTENT = {
    "title": "title", "description": "description", "ext_id": "ext_id", "url": "url",
    "category": "category", "subcategory": "subcategory", "skills": "skills",
    "job_type": "job_type", "hourly_min": "hourly_min_cents", "hourly_max": "hourly_max_cents",
    "budget": "budget_cents", "currency": "currency", "experience_level": "experience_level",
    "duration": "duration", "workload": "workload", "proposals_band": "proposals_band",
    "connects_required": "connects_required", "posted_at": "posted_at",
    "posted_at_approx": "posted_at_approx",
}
_CLIENT = {
    "client_payment_verified": "client_payment_verified", "client_country": "client_country",
    "client_rating": "client_rating", "client_reviews": "client_reviews",
    "client_total_spent": "client_spent_cents", "client_hires": "client_hires",
    "client_hire_rate": "client_hire_rate", "client_open_jobs": "client_open_jobs",
    "client_member_since": "client_member_since",
}
_MONEY_COLUMNS = {"hourly_min_cents", "hourly_max_cents", "budget_cents", "client_spent_cents"}
_COMPARED = [c for c in (*_CONTENT.values(), *_CLIENT.values()) if c not in ("ext_id", "url")]
_INSERT_COLUMNS = (*_CONTENT.values(), *_CLIENT.values(), "client_snapshot_at", "source",
                   "source_ref", "raw_text", "status", "first_seen_at", "updated_at")
_INSERT_SQL = (f"INSERT INTO job ({', '.join(_INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})")


_COLUMN_LABELS = {column: jobio.FIELD_LABELS.get(name, name)
                  for name, column in {**_CONTENT, **_CLIENT}.items()}


def column_label(column: str) -> str:
    """"budget_cents" -> "Fixed budget" (for the history of a posting)."""
    return _COLUMN_LABELS.get(column, column.replace("_", " "))


def stamp(moment: datetime) -> str:
    """A UTC time as the database stores it (the format of UtcDateTimeField)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _cell(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in _MONEY_COLUMNS:
        return to_cents(value)
    if isinstance(value, datetime):
        return stamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return ", ".join(value)
    return value


def record_row(record: JobRecord) -> dict[str, Any]:
    """The job columns a record fills (None where the source said nothing)."""
    row = {column: _cell(column, getattr(record, name)) for name, column in _CONTENT.items()}
    row.update({column: _cell(column, getattr(record, name)) for name, column in _CLIENT.items()})
    row["skills"] = row["skills"] or ""
    row["description"] = row["description"] or ""
    row["currency"] = row["currency"] or "USD"
    return row


def _fingerprint(title: str, description: str, skills: str, job_type: str | None,
                 *amounts: int | None) -> str:
    """What makes two postings without an id or URL "the same posting"."""
    text = "\x1f".join([" ".join(title.split()).casefold(), " ".join(description.split()),
                        skills.casefold(), job_type or "", *(str(a) for a in amounts)])
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _row_fingerprint(row: dict[str, Any]) -> str:
    return _fingerprint(row["title"], row["description"], row["skills"], row["job_type"],
                        row["hourly_min_cents"], row["hourly_max_cents"], row["budget_cents"])


# ---------------------------------------------------------------------------------------------
# Import

@dataclass
class FileSummary:
    name: str
    format: str = ""
    rows: int = 0
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: list[RowError] = field(default_factory=list)

    def text(self) -> str:
        line = (f"{self.name}: {self.added} added, {self.updated} updated, "
                f"{self.duplicates} already in the library, {len(self.rejected)} rejected")
        return line


@dataclass
class ImportSummary:
    files: list[FileSummary] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def rejected(self) -> list[RowError]:
        return [error for f in self.files for error in f.rejected]

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files)

    def text(self) -> str:
        lines = [f.text() for f in self.files]
        if len(self.files) > 1:
            lines.append(f"Total: {self.added} added, {self.updated} updated, "
                         f"{self.duplicates} already in the library, "
                         f"{len(self.rejected)} rejected")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added, "updated": self.updated, "duplicates": self.duplicates,
            "rejected": [{"file": e.file, "row": e.row, "field": e.field, "message": e.message}
                         for e in self.rejected],
            "files": [{"name": f.name, "format": f.format, "rows": f.rows, "added": f.added,
                       "updated": f.updated, "duplicates": f.duplicates,
                       "rejected": len(f.rejected)} for f in self.files],
        }


# A batch this big indexes its new rows for search in one statement at the end (see _Store).
BULK_FTS_MIN = 200
_FTS_TRIGGER = "job_fts_insert"
_FTS_FILL = ("INSERT INTO job_fts(rowid, title, description, skills, category) "
             "SELECT id, title, description, skills, coalesce(category, '') FROM job WHERE id > ?")


class _Store:
    """Writes records inside the caller's transaction, deduplicating as it goes.

    Works on the raw sqlite connection: an import of 18,600 rows must not pay for a peewee
    model object per row.

    A large batch (`expected` >= BULK_FTS_MIN) does its full-text work in bulk: the per-row
    insert trigger (migration 0001's job_fts_insert) is dropped at the first new row, the new
    rows are added to job_fts with one INSERT … SELECT in `finish()`, and the trigger is
    created again from its own stored SQL. Per row, FTS5 through the trigger costs about four
    times the row insert itself (tests/perf/bench_jobs.py); in bulk the index is the same.
    All of it happens inside the caller's transaction: a rollback (an error, Cancel) brings
    the trigger back with everything else, and other connections never see it missing (WAL
    readers see the schema as of their snapshot; writers wait for the lock). New rows get ids
    above the library's largest at the drop (the table has no AUTOINCREMENT), so "id > that"
    is exactly this batch's rows; a row of this batch that is updated again before
    `finish()` is indexed first, so job_fts_update's delete finds it.
    """

    def __init__(self, now: datetime, source: str | None, expected: int = 0):
        self.conn = db.connection()
        self.now = now
        self.now_text = stamp(now)
        self.source = source
        self._keyless: dict[str, int] | None = None
        self.added: list[int] = []
        self.updated: list[int] = []
        self._bulk = expected >= BULK_FTS_MIN and not is_postgres()  # SQLite FTS5 only
        self._trigger_sql: str | None = None  # set while the trigger is dropped
        self._indexed_upto = 0  # while dropped: jobs above this id are not in job_fts yet

    def _begin_bulk(self) -> None:
        self._bulk = False
        found = self.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = ?", (_FTS_TRIGGER,)).fetchone()
        if found is None:
            return
        self._indexed_upto = self.conn.execute(
            "SELECT coalesce(max(id), 0) FROM job").fetchone()[0]
        self.conn.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
        self._trigger_sql = found[0]

    def _index_pending(self) -> None:
        if self._trigger_sql is not None and self.added and self.added[-1] > self._indexed_upto:
            self.conn.execute(_FTS_FILL, (self._indexed_upto,))
            self._indexed_upto = self.added[-1]

    def finish(self) -> None:
        """Index what the batch added and restore the trigger (call inside the transaction)."""
        if self._trigger_sql is not None:
            self._index_pending()
            self.conn.execute(self._trigger_sql)
            self._trigger_sql = None

    def _keyless_index(self) -> dict[str, int]:
        """Fingerprints of the library's postings that have neither id nor URL (built once)."""
        if self._keyless is None:
            self._keyless = {}
            for job_id, *rest in self.conn.execute(
                    "SELECT id, title, description, skills, job_type, hourly_min_cents, "
                    "hourly_max_cents, budget_cents FROM job "
                    "WHERE ext_id IS NULL AND url IS NULL"):
                self._keyless.setdefault(_fingerprint(*rest), job_id)
        return self._keyless

    def _existing(self, row: dict[str, Any]) -> tuple[int | None, str | None]:
        """(job id, fingerprint for a keyless posting) of the library's copy of `row`."""
        if row["ext_id"]:
            found = self.conn.execute("SELECT id FROM job WHERE ext_id = ?",
                                      (row["ext_id"],)).fetchone()
            if found is None and row["url"]:  # stored before its id was known
                found = self.conn.execute(
                    "SELECT id FROM job WHERE url = ? AND ext_id IS NULL", (row["url"],)).fetchone()
            return (found[0] if found else None), None
        if row["url"]:
            found = self.conn.execute("SELECT id FROM job WHERE url = ? AND ext_id IS NULL",
                                      (row["url"],)).fetchone()
            return (found[0] if found else None), None
        print_ = _row_fingerprint(row)
        return self._keyless_index().get(print_), print_

    def store(self, record: JobRecord) -> str:
        """"added" | "updated" | "duplicate" for one record."""
        row = record_row(record)
        source = self.source or record.source
        job_id, print_ = self._existing(row)
        if job_id is None:
            if self._bulk:
                self._begin_bulk()
            snapshot_at = None
            if any(row[c] is not None for c in _CLIENT.values()):
                snapshot_at = stamp(record.captured_at) if record.captured_at else self.now_text
            values = [row[c] for c in (*_CONTENT.values(), *_CLIENT.values())]
            values += [snapshot_at, source, record.source_ref, record.raw_text or "", "new",
                       self.now_text, self.now_text]
            cursor = self.conn.execute(_INSERT_SQL, values)
            self.added.append(cursor.lastrowid)
            if print_ is not None:
                self._keyless_index()[print_] = cursor.lastrowid
            return "added"
        return "updated" if self._update(job_id, row, record, source) else "duplicate"

    def _earlier_version(self, job_id: int, changed: dict[str, Any]) -> bool:
        """Whether `changed` is exactly what the job's latest snapshot says it was before."""
        found = self.conn.execute("SELECT data FROM job_snapshot WHERE job_id = ? "
                                  "ORDER BY taken_at DESC, id DESC LIMIT 1", (job_id,)).fetchone()
        if found is None:
            return False
        before = JobSnapshot.data.python_value(found[0]) or {}
        return all(column in before and before[column] == value
                   for column, value in changed.items())

    def _update(self, job_id: int, row: dict[str, Any], record: JobRecord, source: str) -> bool:
        if job_id > self._indexed_upto:
            self._index_pending()  # job_fts_update must find this batch's row in the index
        cursor = self.conn.execute(
            f"SELECT {', '.join(_COMPARED)}, ext_id, url, client_snapshot_at, source, source_ref, "
            "raw_text, updated_at FROM job WHERE id = ?", (job_id,))
        names = [d[0] for d in cursor.description]
        old = dict(zip(names, cursor.fetchone(), strict=True))
        changed = {c: row[c] for c in _COMPARED
                   if row[c] not in (None, "") and row[c] != old[c]}
        if row["posted_at_approx"] and old["posted_at"] is not None:
            # "19 hours ago" counted from another file's date is no news about the posting
            # time: never let an estimate replace a time already known (or an older estimate).
            changed.pop("posted_at", None)
            changed.pop("posted_at_approx", None)
        elif "posted_at_approx" in changed and "posted_at" not in changed:
            changed.pop("posted_at_approx")  # the same time, now stated: keep the row as is
        if changed and self._earlier_version(job_id, changed):
            # Two sources (say a CSV export and a feed) word the same job differently, or an
            # old file comes in after a newer one: the library already replaced exactly this
            # version, so bringing it back would flip the job on every alternating import.
            changed = {}
        for key in ("ext_id", "url"):  # learn an id or URL the library did not have
            if row[key] and not old[key]:
                changed[key] = row[key]
        if not changed:
            return False
        client_changed = any(c in _CLIENT.values() for c in changed)
        kept = {c: old[c] for c in changed}
        kept.update(source=old["source"], source_ref=old["source_ref"],
                    updated_at=old["updated_at"])
        if client_changed:
            kept["client_snapshot_at"] = old["client_snapshot_at"]
        if old["raw_text"] and old["raw_text"] != (record.raw_text or ""):
            kept["raw_text"] = old["raw_text"]
        self.conn.execute("INSERT INTO job_snapshot (job_id, taken_at, data) VALUES (?, ?, ?)",
                          (job_id, self.now_text, JobSnapshot.data.db_value(kept)))
        updates = dict(changed, source=source, source_ref=record.source_ref,
                       updated_at=self.now_text)
        if record.raw_text:
            updates["raw_text"] = record.raw_text
        if client_changed:
            updates["client_snapshot_at"] = (stamp(record.captured_at) if record.captured_at
                                             else self.now_text)
        assignments = ", ".join(f"{c} = ?" for c in updates)
        self.conn.execute(f"UPDATE job SET {assignments} WHERE id = ?", [*updates.values(), job_id])
        self.updated.append(job_id)
        return True


def _tally_one(store: _Store, summary: FileSummary, item: JobRecord | RowError) -> None:
    summary.rows += 1
    if isinstance(item, RowError):
        summary.rejected.append(item)
    elif not item.title.strip():
        tail = (item.source_ref or "").rsplit(":", 1)[-1]
        row = int(tail) if tail.isdigit() else summary.rows
        summary.rejected.append(RowError(summary.name, row, "title", "the posting has no title"))
    else:
        outcome = store.store(item)
        if outcome == "added":
            summary.added += 1
        elif outcome == "updated":
            summary.updated += 1
        else:
            summary.duplicates += 1


def _tally(store: _Store, summary: FileSummary, items: Iterable[JobRecord | RowError],
           progress: Progress | None, done: int, total: int) -> int:
    for item in items:
        _tally_one(store, summary, item)
        done += 1
        if progress is not None and done % 250 == 0:
            progress.update(done, total, f"{summary.name}: {done:,} of {total:,} postings")
    return done


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# A file import in two phases, so that it never locks the other windows and commands out.
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
_STAGE_CHUNK = 500


def _data_dir() -> Path:
    return Path(db.obj.database).resolve().parent


def _new_staging(data_dir: Path) -> Path:
    for old in data_dir.glob(STAGING_PREFIX + "*"):  # left by a killed import (we hold the slot)
        old.unlink(missing_ok=True)
    return data_dir / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.sqlite3"


def _stage(paths_plans, staging: Path, progress: Progress | None, slot, total: int,
           now: datetime | None) -> list[int]:
    """Parse every file into `staging.stage`; the number of items per file."""
    conn = db.connection()
    conn.execute("ATTACH DATABASE ? AS staging", (str(staging),))
    conn.execute("PRAGMA staging.journal_mode = OFF")
    conn.execute("PRAGMA staging.synchronous = OFF")
    conn.execute("CREATE TABLE staging.stage (seq INTEGER PRIMARY KEY, file INTEGER NOT NULL, "
                 "payload BLOB NOT NULL)")
    counts = []
    done = 0
    for index, (path, _kind, mapping, _count) in enumerate(paths_plans):
        n = 0
        batch: list[tuple[int, bytes]] = []
        for item in jobio.read_jobs_file(path, mapping=mapping, now=now):
            batch.append((index, pickle.dumps(item, pickle.HIGHEST_PROTOCOL)))
            n += 1
            done += 1
            if len(batch) >= _STAGE_CHUNK:
                _write_stage(conn, batch)
                batch = []
                report(progress, done, total * 2, f"{path.name}: read {done:,} of "
                                                  f"{total:,} postings")
                slot.update(done, total * 2)
        _write_stage(conn, batch)
        counts.append(n)
    return counts


def _write_stage(conn, batch: list[tuple[int, bytes]]) -> None:
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


def _publish(plans, summary: ImportSummary, moment: datetime, progress: Progress | None,
             slot, total: int, hashes: list[str]) -> _Store:
    conn = db.connection()
    store: _Store | None = None
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
                        store = _Store(moment, None)
                        marker = _start_marker(conn, store.now_text)
                    while position < len(rows):
                        last_seq, index, payload = rows[position]
                        _tally_one(store, files[index], pickle.loads(payload))
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
                store = _Store(moment, None)
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


def _start_marker(conn, now_text: str) -> int:
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
    from desktop import datalock

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
                 progress: Progress | None = None, now: datetime | None = None) -> ImportSummary:
    """Import job files (CSV, JSON, RSS/Atom, pasted-text .txt) all together or not at all.

    Whole-file problems (unsupported, empty, unreadable) raise ImportFileError before anything is
    written; a bad row is rejected with its reason and the rest go in. `mappings` maps a file's
    path (as given) to the UI's column mapping for it. Cancel rolls everything back. Only one
    import runs in a data dir at a time (datalock.ImportRunning otherwise), and it holds the
    library's write lock only in short batches (see "A file import in two phases" above).
    """
    from desktop import datalock

    paths = [Path(p) for p in paths]
    if not paths:
        raise JobError(Code.JOB_NO_FILES)
    mappings = mappings or {}
    plans = []
    for path in paths:
        kind = jobio.detect_format(path)
        mapping = mappings.get(str(path))
        if mapping is not None:
            jobio.mapping.check_mapping(mapping)
        plans.append((path, kind, mapping, jobio.count_jobs(path)))
    total = max(1, sum(count for *_, count in plans))
    moment = now or clock.now()
    summary = ImportSummary([FileSummary(path.name, kind) for path, kind, *_ in plans])
    if is_postgres():  # a workspace: the server's MVCC lets readers on; one transaction
        store = _import_in_one_transaction(plans, summary, moment, progress, total, now)
        summary.added_ids, summary.updated_ids = store.added, store.updated
        events.changed(AREA, [*store.added, *store.updated])
        return summary
    data_dir = _data_dir()
    report(progress, 0, total * 2, "Reading…")
    with datalock.import_slot(data_dir, "jobs") as slot:
        staging = _new_staging(data_dir)
        try:
            _stage(plans, staging, progress, slot, total, now)
            hashes = [_sha256(path) for path, *_ in plans]
            store = _publish(plans, summary, moment, progress, slot, total, hashes)
        finally:
            _drop_staging(staging)
    summary.added_ids, summary.updated_ids = store.added, store.updated
    events.changed(AREA, [*store.added, *store.updated])
    return summary


def _import_in_one_transaction(plans, summary: ImportSummary, moment: datetime,
                               progress: Progress | None, total: int,
                               now: datetime | None) -> _Store:
    """The import on a PostgreSQL workspace: no staging file (there is no local database to
    attach it to); the server keeps readers and other writers going meanwhile."""
    report(progress, 0, total, "Reading…")
    with db.atomic():
        store = _Store(moment, None)
        done = 0
        for (path, _kind, mapping, _count), part in zip(plans, summary.files, strict=True):
            items = jobio.read_jobs_file(path, mapping=mapping, now=now)
            done = _tally(store, part, items, progress, done, total)
            ImportLog.create(kind="jobs", file_name=path.name, sha256=_sha256(path), at=moment,
                             added=part.added, updated=part.updated, skipped=part.duplicates,
                             rejected=len(part.rejected), summary=part.text())
        store.finish()
    return store


def store_records(records: Iterable[JobRecord | RowError], *, name: str, source: str | None = None,
                  now: datetime | None = None, progress: Progress | None = None) -> ImportSummary:
    """Store already-parsed records (a paste, a fetched feed) in one transaction."""
    records = list(records)
    summary = ImportSummary([FileSummary(name, source or "")])
    with db.atomic():
        store = _Store(now or clock.now(), source, expected=len(records))
        _tally(store, summary.files[0], records, progress, 0, len(records))
        store.finish()
        summary.added_ids, summary.updated_ids = store.added, store.updated
    events.changed(AREA, [*store.added, *store.updated])
    return summary


def paste(text: str, *, now: datetime | None = None) -> list[JobRecord]:
    """What a pasted text holds (for the confirmation); nothing is stored yet."""
    records = jobio.parse_pasted(text, now=now)
    for number, record in enumerate(records, 1):
        record.source_ref = f"paste:{number}"
    return records


# ---------------------------------------------------------------------------------------------
# One job: read, edit, status

def get(job_id: int) -> Job:
    job = Job.get_or_none(Job.id == job_id)
    if job is None:
        raise JobError(Code.JOB_NOT_FOUND, id=job_id)
    return job


def snapshots(job_id: int) -> list[JobSnapshot]:
    """Earlier versions of a posting, newest first."""
    return list(JobSnapshot.select().where(JobSnapshot.job == job_id)
                .order_by(JobSnapshot.taken_at.desc(), JobSnapshot.id.desc()))


EDITABLE = ("title", "description", "url", "category", "subcategory", "skills", "job_type",
            "hourly_min", "hourly_max", "budget", "experience_level", "duration", "workload",
            "proposals_band", "connects_required", "posted_at", "client_payment_verified",
            "client_country", "client_rating", "client_reviews", "client_total_spent",
            "client_hires", "client_hire_rate", "client_open_jobs", "notes")
_CODE_FIELDS = {"job_type": codes.JOB_TYPES, "experience_level": codes.EXPERIENCE_LEVELS,
                "duration": codes.DURATIONS, "workload": codes.WORKLOADS,
                "proposals_band": codes.PROPOSAL_BANDS}
_LABELS = {**jobio.FIELD_LABELS, "notes": "Notes"}
english_labels("job_field", _LABELS)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Check the manual form's values; raises JobError naming the field."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in EDITABLE:
            raise JobError(Code.JOB_FIELD_NOT_EDITABLE, job_field=name)
        if isinstance(value, str) and name not in ("description", "notes"):
            value = value.strip()
        if value == "" and name not in ("title", "description", "notes"):
            value = None
        if isinstance(value, float):
            raise JobError(Code.JOB_FIELD_FLOAT, job_field=name)
        if name == "title" and not value:
            raise JobError(Code.JOB_NO_TITLE)
        if name in _CODE_FIELDS and value is not None and value not in _CODE_FIELDS[name]:
            raise JobError(Code.JOB_FIELD_UNKNOWN_VALUE, job_field=name, value=str(value))
        if name in ("hourly_min", "hourly_max", "budget", "client_total_spent") \
                and value is not None:
            value = Decimal(value)
            if value < 0:
                raise JobError(Code.JOB_FIELD_NEGATIVE, job_field=name)
        if name in ("connects_required", "client_reviews", "client_hires", "client_hire_rate",
                    "client_open_jobs") and value is not None:
            value = int(value)
            if value < 0 or (name == "client_hire_rate" and value > 100) or \
                    (name == "connects_required" and value > 50):
                raise JobError(Code.JOB_FIELD_RANGE, job_field=name, value=value)
        if name == "client_rating" and value is not None:
            value = Decimal(value)
            if not 0 <= value <= 5:
                raise JobError(Code.JOB_FIELD_RATING, job_field=name)
            value = str(value)
        if name == "posted_at" and value is not None and getattr(value, "tzinfo", 1) is None:
            raise JobError(Code.JOB_FIELD_NAIVE, job_field=name)
        if name == "skills":
            value = ", ".join(s.strip() for s in (value or []) if s.strip()) \
                if isinstance(value, list | tuple) else (value or "")
        out[name] = value
    low, high = out.get("hourly_min"), out.get("hourly_max")
    if low is not None and high is not None and low > high:
        raise JobError(Code.JOB_RATE_ORDER)
    return out


_FIELD_OF = {"client_total_spent": "client_spent"}


def _apply(job: Job, values: dict[str, Any]) -> dict[str, Any]:
    old = {}
    for name, value in values.items():
        attr = _FIELD_OF.get(name, name)
        old[name] = getattr(job, attr)
        setattr(job, attr, value)
    if "url" in values:
        job.url = clean_url(job.url)
        job.ext_id = extract_ext_id(job.url) or job.ext_id
    if any(n.startswith("client_") for n in values):
        job.client_snapshot_at = clock.now()
    job.updated_at = clock.now()
    return old


def _check_unique(job: Job) -> None:
    if job.ext_id:
        other = Job.get_or_none((Job.ext_id == job.ext_id) & (Job.id != (job.id or 0)))
        if other is not None:
            raise JobError(Code.JOB_DUPLICATE_ID, title=other.title, id=other.id)
    elif job.url:
        other = Job.get_or_none((Job.url == job.url) & Job.ext_id.is_null()
                                & (Job.id != (job.id or 0)))
        if other is not None:
            raise JobError(Code.JOB_DUPLICATE_LINK, title=other.title)


def add_job(values: dict[str, Any]) -> Job:
    """A job typed in by hand (the manual form)."""
    cleaned = _clean({"title": "", **values})
    now = clock.now()
    job = Job(source="manual", status="new", first_seen_at=now, updated_at=now)
    _apply(job, cleaned)
    if job.job_type is None:
        job.job_type = "hourly" if (job.hourly_min or job.hourly_max) else \
            ("fixed" if job.budget is not None else None)
    with db.atomic():
        _check_unique(job)
        job.save(force_insert=True)
    events.changed(AREA, [job.id])
    return job


def update_job(job_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Edit a job by hand; returns the replaced values (what undo puts back)."""
    cleaned = _clean(values)
    with db.atomic():
        job = get(job_id)
        old = _apply(job, cleaned)
        _check_unique(job)
        job.save()
    events.changed(AREA, [job_id])
    return {n: (v if not isinstance(v, Decimal) or n != "client_rating" else str(v))
            for n, v in old.items()}


def set_status(job_ids: Iterable[int], status: str) -> dict[int, str]:
    """Mark jobs saved, hidden, … ; returns each job's previous status (for undo)."""
    if status not in STATUSES:
        raise JobError(f"unknown status {status!r}")
    ids = list(job_ids)
    with db.atomic():
        before = {j: s for j, s in Job.select(Job.id, Job.status).where(Job.id.in_(ids)).tuples()}
        Job.update(status=status, updated_at=clock.now()).where(Job.id.in_(ids)).execute()
    events.changed(AREA, ids)
    return before


def restore_statuses(before: dict[int, str]) -> None:
    """Put back what set_status returned (undo)."""
    with db.atomic():
        for job_id, status in before.items():
            Job.update(status=status).where(Job.id == job_id).execute()
    events.changed(AREA, list(before))


def set_starred(job_id: int, starred: bool) -> None:
    with db.atomic():
        Job.update(starred=starred).where(Job.id == job_id).execute()
    events.changed(AREA, [job_id])


def delete_jobs(job_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Remove jobs (and their snapshots); returns what `restore_jobs` needs to undo it.

    A job a proposal answers is refused: hide it instead, so the proposal keeps its job.
    """
    from models.proposals import Proposal

    ids = list(job_ids)
    with db.atomic():
        linked = Proposal.select(Proposal.job).where(Proposal.job.in_(ids)).count()
        if linked:
            raise JobError(Code.JOB_HAS_PROPOSAL)
        saved = []
        for job in Job.select().where(Job.id.in_(ids)):
            saved.append({"job": dict(job.__data__),
                          "snapshots": [dict(s.__data__) for s in snapshots(job.id)]})
        Job.delete().where(Job.id.in_(ids)).execute()
    events.changed(AREA, ids)
    return saved


def restore_jobs(saved: list[dict[str, Any]]) -> None:
    with db.atomic():
        for item in saved:
            Job.insert(item["job"]).execute()
            for snap in item["snapshots"]:
                JobSnapshot.insert(snap).execute()
    events.changed(AREA, [item["job"]["id"] for item in saved])


# ---------------------------------------------------------------------------------------------
# Signals: fit and client quality, judged against a profile (read only)

def profile_choices() -> list[tuple[int, str]]:
    """(id, name) of the profiles a fit can be judged against, general first."""
    out = []
    for profile in Profile.select().order_by(Profile.kind != ProfileKind.GENERAL, Profile.position):
        name = "General profile" if profile.kind == ProfileKind.GENERAL else \
            (profile.label or profile.title or f"Specialized profile {profile.position}")
        out.append((profile.id, name))
    return out


def profile_facts(profile_id: int | None = None) -> job_signals.ProfileFacts:
    """Skills and rate of a profile (the general one by default); empty facts without one."""
    query = Profile.select()
    profile = (query.where(Profile.id == profile_id).first() if profile_id is not None
               else query.where(Profile.kind == ProfileKind.GENERAL).first())
    if profile is None:
        return job_signals.ProfileFacts()
    skills = [s for (s,) in ProfileSkill.select(ProfileSkill.name)
              .where(ProfileSkill.profile == profile.id).order_by(ProfileSkill.position).tuples()]
    name = "General profile" if profile.kind == ProfileKind.GENERAL else (profile.label
                                                                          or profile.title)
    return job_signals.ProfileFacts(tuple(skills), profile.hourly_rate, name or "your profile")


def client_facts(job: Job) -> job_signals.ClientFacts:
    since = None
    if job.client_member_since:
        try:
            since = date.fromisoformat(job.client_member_since[:10])
        except ValueError:
            since = None
    return job_signals.ClientFacts(
        payment_verified=job.client_payment_verified,
        rating=Decimal(job.client_rating) if job.client_rating else None,
        reviews=job.client_reviews, total_spent=job.client_spent, hires=job.client_hires,
        hire_rate=job.client_hire_rate, open_jobs=job.client_open_jobs, member_since=since)


def job_facts(job: Job) -> job_signals.JobFacts:
    return job_signals.JobFacts(
        title=job.title, skills=tuple(skill_list(job.skills)), job_type=job.job_type,
        hourly_min=job.hourly_min, hourly_max=job.hourly_max, budget=job.budget,
        proposals_band=job.proposals_band, client=client_facts(job))


def skill_list(text: str | None) -> list[str]:
    return [s.strip() for s in (text or "").split(",") if s.strip()]


def signals(job: Job, profile: job_signals.ProfileFacts | None = None
            ) -> tuple[job_signals.Score, job_signals.Score]:
    """(fit, client quality) of a job, each with its reasons."""
    profile = profile if profile is not None else profile_facts()
    today = clock.today()
    return (job_signals.fit_score(job_facts(job), profile, today=today),
            job_signals.client_quality(client_facts(job), today=today))


# ---------------------------------------------------------------------------------------------
# Search

@dataclass(frozen=True)
class JobFilters:
    """The marketplace's filters. Empty tuples/None mean "any"."""

    job_types: tuple[str, ...] = ()
    min_rate: Decimal | None = None  # hourly jobs: top of the range at least this
    max_rate: Decimal | None = None  # hourly jobs: bottom of the range at most this
    min_budget: Decimal | None = None  # fixed-price jobs
    max_budget: Decimal | None = None
    experience: tuple[str, ...] = ()
    durations: tuple[str, ...] = ()
    workloads: tuple[str, ...] = ()
    proposals: tuple[str, ...] = ()
    max_connects: int | None = None
    verified_only: bool = False
    min_client_spent: Decimal | None = None
    min_client_hires: int | None = None
    countries: tuple[str, ...] = ()
    posted_within_days: int | None = None
    statuses: tuple[str, ...] = ()  # empty: everything but hidden
    starred_only: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Only what differs from the defaults, JSON-friendly (saved searches)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value != f.default:
                out[f.name] = list(value) if isinstance(value, tuple) else \
                    (str(value) if isinstance(value, Decimal) else value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> JobFilters:
        kinds = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, value in (data or {}).items():
            if name not in kinds or value is None:
                continue  # a saved search from a newer version: ignore what we don't know
            default = kinds[name].default
            if isinstance(default, tuple):
                values[name] = tuple(value)
            elif name.startswith(("min_", "max_")) and name not in ("max_connects",
                                                                   "min_client_hires"):
                values[name] = Decimal(str(value))
            else:
                values[name] = value
        return cls(**values)

    def active(self) -> int:
        """How many filters are set (for the "Filters (3)" button)."""
        return len(self.to_dict())


@dataclass
class SearchResult:
    ids: list[int]
    total: int
    query: str = ""  # the FTS5 expression actually run ("" for none)


class QueryError(JobError):
    pass


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORDS = re.compile(r"\w+", re.UNICODE)


def compile_query(text: str) -> tuple[str, str]:
    """The user's search words -> (FTS5 expression that must match, expression to exclude).

    Words are ANDed; "quoted phrases" stay phrases; -word or -"a phrase" excludes; OR between
    two terms means either; word* is a prefix, and so is the last word while it is being typed
    (no space after it yet). Everything is quoted for FTS5, so no input is a syntax error.
    """
    include: list[str] = []
    exclude: list[str] = []
    pending_or = False
    matches = list(_TOKEN.finditer(text))
    typing = bool(text) and not text[-1].isspace()
    for n, match in enumerate(matches):
        negative, phrase, bare = match.group(1), match.group(2), match.group(3)
        prefix = False
        if bare is not None:
            if bare == "OR" and include:
                pending_or = True
                continue
            negative = "-" if bare.startswith("-") and len(bare) > 1 else ""
            word = bare[1:] if negative else bare
            prefix = word.endswith("*") or (n == len(matches) - 1 and typing and not negative)
            pieces = _WORDS.findall(word)
        else:
            pieces = _WORDS.findall(phrase)
        if not pieces:
            continue
        term = '"' + " ".join(pieces) + '"' + ("*" if prefix else "")
        if negative:
            exclude.append(term)
        elif pending_or:
            include[-1] = f"({include[-1]} OR {term})"
            pending_or = False
        else:
            include.append(term)
    return " AND ".join(include), " OR ".join(exclude)


_ORDER = {
    "newest": ("j.posted_at {d}, j.id {d}", True),
    "budget": ("coalesce(j.budget_cents, j.hourly_max_cents, j.hourly_min_cents) {d} NULLS LAST, "
               "j.id {d}", True),
    "fit": ("job_fit(j.title, j.skills, j.job_type, j.hourly_min_cents, j.hourly_max_cents, "
            "j.budget_cents, j.proposals_band, j.client_payment_verified, j.client_rating, "
            "j.client_reviews, j.client_spent_cents, j.client_hires, j.client_hire_rate) {d}, "
            "j.id {d}", True),
    "title": ("j.title COLLATE NOCASE {d}, j.id {d}", False),
    "type": ("j.job_type {d}, j.id {d}", False),
    "level": ("CASE j.experience_level WHEN 'entry' THEN 1 WHEN 'intermediate' THEN 2 "
              "WHEN 'expert' THEN 3 END {d} NULLS LAST, j.id {d}", True),
    "proposals": ("CASE j.proposals_band WHEN 'lt5' THEN 1 WHEN '5to10' THEN 2 WHEN '10to15' "
                  "THEN 3 WHEN '15to20' THEN 4 WHEN '20to50' THEN 5 WHEN '50plus' THEN 6 END "
                  "{d} NULLS LAST, j.id {d}", False),
    "client": ("j.client_spent_cents {d} NULLS LAST, j.id {d}", True),
    "status": ("j.status {d}, j.id {d}", False),
    "connects": ("j.connects_required {d} NULLS LAST, j.id {d}", False),
}
SORT_KEYS = ("relevance", *_ORDER)
# Title counts most, then skills, category, and the description's many words least.
BM25 = "bm25(job_fts, 8.0, 1.0, 4.0, 2.0)"


def _in(column: str, values: tuple[str, ...], params: list) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' * len(values))})"


def _filter_sql(f: JobFilters, params: list, *, now: datetime | None = None) -> list[str]:
    where: list[str] = []
    if f.statuses:
        where.append(_in("j.status", f.statuses, params))
    else:
        where.append("j.status != 'hidden'")
    if f.job_types:
        where.append(_in("j.job_type", f.job_types, params))
    kinds = []
    if f.min_rate is not None or f.max_rate is not None:
        parts = ["j.job_type = 'hourly'"]
        if f.min_rate is not None:
            parts.append("coalesce(j.hourly_max_cents, j.hourly_min_cents) >= ?")
            params.append(to_cents(f.min_rate))
        if f.max_rate is not None:
            parts.append("coalesce(j.hourly_min_cents, j.hourly_max_cents) <= ?")
            params.append(to_cents(f.max_rate))
        kinds.append("(" + " AND ".join(parts) + ")")
    if f.min_budget is not None or f.max_budget is not None:
        parts = ["j.job_type = 'fixed'"]
        if f.min_budget is not None:
            parts.append("j.budget_cents >= ?")
            params.append(to_cents(f.min_budget))
        if f.max_budget is not None:
            parts.append("j.budget_cents <= ?")
            params.append(to_cents(f.max_budget))
        kinds.append("(" + " AND ".join(parts) + ")")
    if kinds:
        where.append("(" + " OR ".join(kinds) + ")")
    for column, values in (("j.experience_level", f.experience), ("j.duration", f.durations),
                           ("j.workload", f.workloads), ("j.proposals_band", f.proposals),
                           ("j.client_country", f.countries)):
        if values:
            where.append(_in(column, values, params))
    if f.max_connects is not None:
        where.append("j.connects_required <= ?")
        params.append(f.max_connects)
    if f.verified_only:
        where.append("j.client_payment_verified = 1")
    if f.min_client_spent is not None:
        where.append("j.client_spent_cents >= ?")
        params.append(to_cents(f.min_client_spent))
    if f.min_client_hires is not None:
        where.append("j.client_hires >= ?")
        params.append(f.min_client_hires)
    if f.posted_within_days is not None:
        where.append("j.posted_at >= ?")
        params.append(stamp((now or clock.now()) - timedelta(days=f.posted_within_days)))
    if f.starred_only:
        where.append("j.starred = 1")
    return where


def _register_fit(profile: job_signals.ProfileFacts) -> None:
    """Give this thread's connection a job_fit() that judges against `profile`."""
    def fit(*columns):
        return job_signals.fit_from_columns(profile, *columns)

    db.connection().create_function("job_fit", 13, fit, deterministic=True)


def _where(query: str, filters: JobFilters, newer_than: int | None,
           now: datetime | None) -> tuple[str, list[str], list[Any]]:
    """(FTS5 match expression, WHERE conditions, their parameters) of one search."""
    match, exclude = compile_query(query or "")
    params: list[Any] = []
    where = _filter_sql(filters, params, now=now)
    if newer_than is not None:
        where.append("j.id > ?")
        params.append(newer_than)
    if exclude:
        where.append("j.id NOT IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)")
        params.append(exclude)
    return match, where, params


# The filters are checked in this covering index (migration 0003), never in the wide job rows.
_FACETS = "job j INDEXED BY job_search_facets"


def _run(sql: str, params: list[Any], query: str) -> list[tuple]:
    try:
        return db.connection().execute(sql, params).fetchall()
    except Exception as exc:  # sqlite3/sqlcipher OperationalError: an expression FTS5 refused
        if "fts5" in str(exc).lower():
            raise QueryError(f"cannot search for {query!r}: {exc}") from exc
        raise


def search(query: str = "", filters: JobFilters | None = None, sort: str = "relevance",
           limit: int = PAGE, offset: int = 0, *, descending: bool | None = None,
           newer_than: int | None = None, with_total: bool = True,
           profile: job_signals.ProfileFacts | None = None,
           now: datetime | None = None) -> SearchResult:
    """Ids of the jobs matching `query` and `filters`, one page, in `sort` order.

    sort: relevance (bm25; newest when there is no text), newest, budget, fit, or a column
    (title, type, level, proposals, client, status, connects). `descending` flips the sort's
    natural direction. `newer_than` keeps jobs added after that job id (saved searches' "new").
    The total counts every match (for "1,234 jobs"); skip it with `with_total=False`.

    Relevance is one pass: FTS5 yields the matches with their bm25 score, the covering index
    drops those the filters exclude (bm25 is only computed for rows that pass), and the page
    is cut in Python — the count comes free.
    """
    filters = filters or JobFilters()
    if sort not in SORT_KEYS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORT_KEYS)}")
    if is_postgres():  # a workspace: tsvector search, desktop/services/search_pg.py
        from desktop.services import search_pg

        return search_pg.search(query, filters, sort, limit, offset, descending=descending,
                                newer_than=newer_than, with_total=with_total, profile=profile,
                                now=now)
    match, where, params = _where(query, filters, newer_than, now)
    if sort == "relevance" and not match:
        sort = "newest"
    condition = " AND ".join(where)
    if sort == "relevance":
        rows = _run(f"SELECT j.id, {BM25} FROM job_fts CROSS JOIN {_FACETS} "
                    f"ON j.id = job_fts.rowid WHERE job_fts MATCH ? AND {condition}",
                    [match, *params], query)
        # bm25 is lower for better matches; ties: newer job first
        rows.sort(key=lambda r: (-r[1], r[0]) if descending else (r[1], -r[0]))
        return SearchResult([r[0] for r in rows[offset:offset + limit]], len(rows), match)
    if sort == "fit":
        _register_fit(profile if profile is not None else profile_facts())
    template, natural_desc = _ORDER[sort]
    order = template.format(d="DESC" if (natural_desc if descending is None else descending)
                            else "ASC")
    if match:
        sql = (f"SELECT j.id FROM job_fts CROSS JOIN job j ON j.id = job_fts.rowid "
               f"WHERE job_fts MATCH ? AND {condition} ORDER BY {order} LIMIT ? OFFSET ?")
        rows = _run(sql, [match, *params, limit, offset], query)
    else:
        sql = f"SELECT j.id FROM job j WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?"
        rows = _run(sql, [*params, limit, offset], query)
    ids = [r[0] for r in rows]
    if not with_total:
        total = offset + len(ids)
    elif offset == 0 and len(ids) < limit:
        total = len(ids)
    else:
        total = count(query, filters, newer_than=newer_than, now=now)
    return SearchResult(ids, total, match)


def count(query: str = "", filters: JobFilters | None = None, *,
          newer_than: int | None = None, now: datetime | None = None) -> int:
    """How many jobs match, counted in the covering index without reading job rows."""
    if is_postgres():
        from desktop.services import search_pg

        return search_pg.count_matching(query, filters or JobFilters(), newer_than, now)
    match, where, params = _where(query, filters or JobFilters(), newer_than, now)
    condition = " AND ".join(where)
    if match:
        sql = (f"SELECT count(*) FROM job_fts CROSS JOIN {_FACETS} ON j.id = job_fts.rowid "
               f"WHERE job_fts MATCH ? AND {condition}")
        return _run(sql, [match, *params], query)[0][0]
    return _run(f"SELECT count(*) FROM {_FACETS} WHERE {condition}", params, query)[0][0]


def jobs_by_id(ids: list[int]) -> dict[int, Job]:
    """Jobs for a page of ids (the table loads rows this way, a block at a time)."""
    if not ids:
        return {}
    return {job.id: job for job in Job.select().where(Job.id.in_(ids))}


def library_size() -> int:
    return Job.select().count()


def countries() -> list[tuple[str, int]]:
    """Client countries in the library with how many jobs each, most first (filter choices)."""
    rows = db.connection().execute(
        "SELECT client_country, count(*) FROM job WHERE client_country IS NOT NULL "
        "GROUP BY client_country ORDER BY count(*) DESC, client_country").fetchall()
    return [(c, n) for c, n in rows]


# ---------------------------------------------------------------------------------------------
# Saved searches

@dataclass
class SavedSearchInfo:
    id: int
    name: str
    query: str
    filters: JobFilters
    new: int  # matches added since the search was last opened


def _max_job_id() -> int:
    return db.connection().execute("SELECT coalesce(max(id), 0) FROM job").fetchone()[0]


def save_search(name: str, query: str, filters: JobFilters | None = None, *,
                replace_existing: bool = False) -> SavedSearch:
    """Remember a search under `name` (its "new" count starts from now)."""
    name = " ".join(name.split())
    if not name:
        raise JobError(Code.SAVED_SEARCH_NO_NAME)
    filters = filters or JobFilters()
    with db.atomic():
        existing = SavedSearch.get_or_none(SavedSearch.name == name)
        if existing is not None and not replace_existing:
            raise JobError(Code.SAVED_SEARCH_TAKEN, name=name)
        saved = existing or SavedSearch(name=name)
        saved.query, saved.filters = query, filters.to_dict()
        saved.last_run_at, saved.last_seen_job_id = clock.now(), _max_job_id()
        saved.save()
    events.changed(AREA)
    return saved


def saved_searches() -> list[SavedSearchInfo]:
    """Every saved search with its count of new matches, by name."""
    out = []
    for saved in SavedSearch.select().order_by(SavedSearch.name):
        filters = JobFilters.from_dict(saved.filters)
        new = count(saved.query, filters, newer_than=saved.last_seen_job_id or 0)
        out.append(SavedSearchInfo(saved.id, saved.name, saved.query, filters, new))
    return out


def open_saved_search(search_id: int) -> SavedSearchInfo:
    """The search to run; its new matches count as seen from now on."""
    with db.atomic():
        saved = SavedSearch.get_or_none(SavedSearch.id == search_id)
        if saved is None:
            raise JobError(Code.SAVED_SEARCH_GONE)
        filters = JobFilters.from_dict(saved.filters)
        new = count(saved.query, filters, newer_than=saved.last_seen_job_id or 0)
        saved.last_run_at, saved.last_seen_job_id = clock.now(), _max_job_id()
        saved.save()
    events.changed(AREA)
    return SavedSearchInfo(saved.id, saved.name, saved.query, filters, new)


def delete_saved_search(search_id: int) -> dict[str, Any]:
    """Forget a saved search; returns what `restore_saved_search` needs (undo)."""
    with db.atomic():
        saved = SavedSearch.get_or_none(SavedSearch.id == search_id)
        if saved is None:
            raise JobError(Code.SAVED_SEARCH_GONE)
        data = dict(saved.__data__)
        saved.delete_instance()
    events.changed(AREA)
    return data


def restore_saved_search(data: dict[str, Any]) -> None:
    with db.atomic():
        SavedSearch.insert(data).execute()
    events.changed(AREA)


# ---------------------------------------------------------------------------------------------
# Display helpers shared by the tab and the CLI

def amount_text(job: Job) -> str:
    """"$25–$50/h", "$30/h", "Hourly", "$500 fixed", "Fixed price", or ""."""
    def money(value: Decimal) -> str:
        return f"${value:,.0f}" if value == value.to_integral_value() else f"${value:,.2f}"

    if job.job_type == JobType.HOURLY or (job.job_type is None and (job.hourly_min
                                                                    or job.hourly_max)):
        low, high = job.hourly_min, job.hourly_max
        if low is not None and high is not None and low != high:
            return f"{money(low)}–{money(high)}/h"
        if low is not None or high is not None:
            return f"{money(low if low is not None else high)}/h"
        return "Hourly"
    if job.budget is not None:
        return f"{money(job.budget)} fixed"
    return "Fixed price" if job.job_type == JobType.FIXED else ""

"""Storing postings: records -> rows, dedupe, snapshots of what a re-import replaced.

* Dedupe: the job's ciphertext id (`~01…`) first (Upwork changes a job's URL when it is retitled),
  then the URL for postings without one, then — for postings with neither (search cards, pasted
  cards) — identical content. A re-import that changes a posting keeps the replaced values in a
  `job_snapshot` (text and the client's figures with the date they were captured).
* Everything here runs inside the caller's transaction (imports.py decides how many).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.errors import Code
from desktop.io.jobs import JobRecord, RowError
from desktop.progress import Progress
from desktop.services import db
from desktop.services.jobs.common import stamp
from models import job_facet, job_skill
from models.db import is_postgres
from models.jobs import JobSnapshot
from models.rules.money import to_cents

# JobRecord field -> job column, for what a posting says (not the user's own status/notes).
CONTENT = {
    "title": "title", "description": "description", "ext_id": "ext_id", "url": "url",
    "category": "category", "subcategory": "subcategory", "skills": "skills",
    "job_type": "job_type", "hourly_min": "hourly_min_cents", "hourly_max": "hourly_max_cents",
    "budget": "budget_cents", "currency": "currency", "experience_level": "experience_level",
    "duration": "duration", "workload": "workload", "proposals_band": "proposals_band",
    "connects_required": "connects_required", "posted_at": "posted_at",
    "posted_at_approx": "posted_at_approx",
}
CLIENT = {
    "client_payment_verified": "client_payment_verified", "client_country": "client_country",
    "client_rating": "client_rating", "client_reviews": "client_reviews",
    "client_total_spent": "client_spent_cents", "client_hires": "client_hires",
    "client_hire_rate": "client_hire_rate", "client_open_jobs": "client_open_jobs",
    "client_member_since": "client_member_since",
}
_MONEY_COLUMNS = {"hourly_min_cents", "hourly_max_cents", "budget_cents", "client_spent_cents"}
_COMPARED = [c for c in (*CONTENT.values(), *CLIENT.values()) if c not in ("ext_id", "url")]
INSERT_COLUMNS = (*CONTENT.values(), *CLIENT.values(), "client_snapshot_at", "source",
                   "source_ref", "raw_text", "status", "first_seen_at", "updated_at")
_INSERT_SQL = (f"INSERT INTO job ({', '.join(INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))})")


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
    row = {column: _cell(column, getattr(record, name)) for name, column in CONTENT.items()}
    row.update({column: _cell(column, getattr(record, name)) for name, column in CLIENT.items()})
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
    def rows(self) -> int:
        return sum(f.rows for f in self.files)

    @property
    def rejected(self) -> list[RowError]:
        return [error for f in self.files for error in f.rejected]

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


# A batch this big indexes its new rows for search and splits their skills in one statement
# each at the end (see Store).
BULK_FTS_MIN = 200
_FTS_TRIGGER = "job_fts_insert"
_FTS_FILL = ("INSERT INTO job_fts(rowid, title, description, skills, category) "
             "SELECT id, title, description, skills, coalesce(category, '') FROM job WHERE id > ?")
# A large batch's page cache (KiB): about 3 KiB per posting, up to this. With the default 16 MB
# the b-trees a batch of 100,000 writes do not fit, and every page is encrypted, evicted, read
# back and decrypted again several times (100,000 postings: 80 s -> 35 s). The cache grows only
# as pages are used and is given back when the batch ends (Store.release).
BULK_CACHE_KIB = 256_000
# Per-row insert triggers a large batch replaces by one statement over its new rows ("id > ?"),
# and the SQL the trigger must have for that statement to do exactly what it does (None: any).
_DEFERRED: dict[str, tuple[str, str | None]] = {
    _FTS_TRIGGER: (_FTS_FILL, None),
    job_skill.TRIGGER: (job_skill.FILL_SINCE, job_skill.INSERT_TRIGGER),
    job_facet.TRIGGER: (job_facet.FILL_SINCE, job_facet.INSERT_TRIGGER),
}


class Store:
    """Writes records inside the caller's transaction, deduplicating as it goes.

    Works on the raw sqlite connection: an import of 18,600 rows must not pay for a peewee
    model object per row.

    A large batch (`expected` >= BULK_FTS_MIN) does its derived-data work in bulk: the per-row
    insert triggers (migration 0001's job_fts_insert, 0006's job_skill_insert, 0018's
    job_facet_insert) are dropped at the first new row, the new rows are added to job_fts,
    job_skill and job_facet with one INSERT … SELECT
    each in `finish()`, and the triggers are created again from their own stored SQL. Per
    row, FTS5 through its trigger costs about four times the row insert itself, and the skill
    split three times the rest of the store (tests/perf/bench_jobs.py); in bulk the result is
    the same. All of it happens inside the caller's transaction: a rollback (an error, Cancel)
    brings the triggers back with everything else, and other connections never see them
    missing (WAL readers see the schema as of their snapshot; writers wait for the lock). New
    rows get ids above the library's largest at the drop (the table has no AUTOINCREMENT), so
    "id > that" is exactly this batch's rows; a row of this batch that is updated again before
    `finish()` is filled in first, so job_fts_update's delete finds it.
    """

    def __init__(self, now: datetime, source: str | None, expected: int = 0):
        self.conn = db.connection()
        self.now = now
        self.now_text = stamp(now)
        self.source = source
        self._keyless: dict[str, int] | None = None
        self.added: list[int] = []
        self.updated: list[int] = []
        self._bulk = expected >= BULK_FTS_MIN and not is_postgres()  # SQLite only
        self._expected = expected
        self._cache_kib: int | None = None  # the connection's own cache size, while raised
        self._dropped: dict[str, str] = {}  # trigger name -> its SQL, while dropped
        self._indexed_upto = 0  # while dropped: jobs above this id are not filled in yet

    def _begin_bulk(self) -> None:
        self._bulk = False
        kib = -self.conn.execute("PRAGMA cache_size").fetchone()[0]  # negative: KiB
        wanted = min(BULK_CACHE_KIB, 3 * self._expected)
        if 0 < kib < wanted:
            self.conn.execute(f"PRAGMA cache_size = -{wanted}")
            self._cache_kib = kib
        found = dict(self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'job'"))
        deferred = {name: found[name] for name, (_fill, expected) in _DEFERRED.items()
                    if name in found and expected in (None, found[name])}
        if not deferred:
            return
        self._indexed_upto = self.conn.execute(
            "SELECT coalesce(max(id), 0) FROM job").fetchone()[0]
        for name in deferred:
            self.conn.execute(f"DROP TRIGGER {name}")
        self._dropped = deferred

    def _index_pending(self) -> None:
        if self._dropped and self.added and self.added[-1] > self._indexed_upto:
            for name in self._dropped:
                self.conn.execute(_DEFERRED[name][0], (self._indexed_upto,))
            self._indexed_upto = self.added[-1]

    def finish(self) -> None:
        """Fill in what the batch added and restore the triggers (inside the transaction)."""
        if self._dropped:
            self._index_pending()
            for sql in self._dropped.values():
                self.conn.execute(sql)
            self._dropped = {}

    def release(self) -> None:
        """Give the batch's page cache back (call after the transaction, committed or not)."""
        if self._cache_kib is not None:
            self.conn.execute(f"PRAGMA cache_size = -{self._cache_kib}")
            self._cache_kib = None

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
            if any(row[c] is not None for c in CLIENT.values()):
                snapshot_at = stamp(record.captured_at) if record.captured_at else self.now_text
            values = [row[c] for c in (*CONTENT.values(), *CLIENT.values())]
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
        client_changed = any(c in CLIENT.values() for c in changed)
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
        self.conn.execute(f"UPDATE job SET {assignments}, version = version + 1 WHERE id = ?",
                          [*updates.values(), job_id])
        self.updated.append(job_id)
        return True


def row_problem(item: JobRecord | RowError, name: str, position: int) -> RowError | None:
    """Why `item` (the `position`th of file `name`) cannot be stored, or None."""
    if isinstance(item, RowError):
        return item
    if not item.title.strip():
        tail = (item.source_ref or "").rsplit(":", 1)[-1]
        row = int(tail) if tail.isdigit() else position
        return RowError(name, row, "title", Code.JOB_ROW_NO_TITLE)
    return None


def tally_one(store: Store, summary: FileSummary, item: JobRecord | RowError) -> None:
    summary.rows += 1
    problem = row_problem(item, summary.name, summary.rows)
    if problem is not None:
        summary.rejected.append(problem)
    elif isinstance(item, JobRecord):
        outcome = store.store(item)
        if outcome == "added":
            summary.added += 1
        elif outcome == "updated":
            summary.updated += 1
        else:
            summary.duplicates += 1


def tally(store: Store, summary: FileSummary, items: Iterable[JobRecord | RowError],
           progress: Progress | None, done: int, total: int) -> int:
    for item in items:
        tally_one(store, summary, item)
        done += 1
        if progress is not None and done % 250 == 0:
            progress.update(done, total, f"{summary.name}: {done:,} of {total:,} postings")
    return done


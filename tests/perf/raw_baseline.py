"""The reference the job library is measured against: a naive raw-sqlite3 FTS5 library.

Python's own sqlite3 (unencrypted, default settings), one `job` table with the same columns
the app stores, and a plain FTS5 table (it keeps its own copy of the indexed text) over the
same four columns with the same tokenizer, filled row by row inside one transaction. It is
asked the same FTS5 expressions with the same filters (the app's own `_where`, so both run
exactly the same conditions), sorted by the same bm25 weights, first page of 50 plus the
total count. It does no deduplication, no snapshots and no covering index: what a developer
would write first.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.services import jobs
from desktop.services.jobs import query, store

COLUMNS = list(store.INSERT_COLUMNS)


class RawLibrary:
    def __init__(self, path: Path):
        self.path = path
        self.conn = sqlite3.connect(path)
        self.conn.executescript(
            f"CREATE TABLE job (id INTEGER PRIMARY KEY, {', '.join(COLUMNS)}, "
            "starred INTEGER NOT NULL DEFAULT 0);"
            "CREATE VIRTUAL TABLE job_fts USING fts5(title, description, skills, category, "
            "tokenize='porter unicode61 remove_diacritics 2');")
        self.insert_job = (f"INSERT INTO job (id, {', '.join(COLUMNS)}) "
                           f"VALUES (?, {', '.join('?' * len(COLUMNS))})")

    def store(self, records, now) -> None:
        """Every record as a new row (the same conversion to columns as the app)."""
        stamp = jobs.stamp(now)
        with self.conn:
            for number, record in enumerate(records, 1):
                row = store.record_row(record)
                row.update(client_snapshot_at=stamp, source=record.source,
                           source_ref=record.source_ref, raw_text=record.raw_text or "",
                           status="new", first_seen_at=stamp, updated_at=stamp)
                self.conn.execute(self.insert_job, [number, *(row[c] for c in COLUMNS)])
                self.conn.execute("INSERT INTO job_fts (rowid, title, description, skills, "
                                  "category) VALUES (?, ?, ?, ?, ?)",
                                  (number, row["title"], row["description"], row["skills"],
                                   row["category"] or ""))

    def search(self, text: str, filters, now, limit: int = 50) -> tuple[list[int], int]:
        match, where, params = query._where(text, filters, None, now)
        condition = " AND ".join(where)
        source = "job_fts JOIN job j ON j.id = job_fts.rowid"
        ids = [r[0] for r in self.conn.execute(
            f"SELECT j.id FROM {source} WHERE job_fts MATCH ? AND {condition} "
            f"ORDER BY {query.BM25} LIMIT ?", [match, *params, limit])]
        total = self.conn.execute(f"SELECT count(*) FROM {source} WHERE job_fts MATCH ? AND "
                                  f"{condition}", [match, *params]).fetchone()[0]
        return ids, total

    def size(self) -> int:
        return self.path.stat().st_size

    def close(self) -> None:
        self.conn.close()

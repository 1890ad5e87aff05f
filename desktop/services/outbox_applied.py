"""Which outbox entries the database has applied (table ``outbox_applied``, migration 0017).

desktop/outbox.py keeps edits made while the workspace's server is away and sends them when it
is back; each entry has an id made when it was kept. Sending one writes the edit and records its
id here in the same transaction (`apply_once`), so a resend after the process was killed, or the
connection dropped, between the server's commit and the outbox file's record applies nothing
again.

Pruning (`forget`): a row is needed only while some outbox file may send its id again, that is
while the file still holds the entry (or a later entry that remembers it as ``unsure``). The
sender knows when that ends: right after it has written its file without the entry. Then it
deletes the entry's row and its unsure ones. A row is never deleted on age, as a laptop that
was killed at the wrong moment may come back after any time. A sender killed after writing
its file and before the delete leaves that row behind (a few dozen bytes; harmless).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC

from desktop import clock
from desktop.services import db


def _record(entry_id: str) -> bool:
    """Record `entry_id` in the open transaction; False when it is there already (sent
    before). Concurrent senders of one entry wait for each other on the primary key, and all
    but the first find it recorded."""
    cursor = db.execute_sql(
        "INSERT INTO outbox_applied (id, applied_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (entry_id, clock.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")))
    return cursor.rowcount == 1


def apply_once(entry_id: str, write: Callable[[], object]) -> tuple[bool, object]:
    """`write()` and the record of `entry_id`, in one transaction: both or neither reach the
    database. (False, None) when the entry was applied before (nothing is written again)."""
    with db.atomic():
        if not _record(entry_id):
            return False, None
        return True, write()


def applied(entry_id: str) -> bool:
    """Whether the database has applied the outbox entry `entry_id`."""
    return db.execute_sql("SELECT 1 FROM outbox_applied WHERE id = ?",
                          (entry_id,)).fetchone() is not None


def applied_of(ids: Sequence[str]) -> set[str]:
    """Those of `ids` the database has applied."""
    if not ids:
        return set()
    return {row[0] for row in db.execute_sql(
        f"SELECT id FROM outbox_applied WHERE id IN ({', '.join('?' for _ in ids)})",
        list(ids))}


def forget(ids: Sequence[str]) -> int:
    """Delete the records of `ids`: entries no outbox holds any more (see the module's
    docstring). Returns how many were deleted."""
    if not ids:
        return 0
    with db.atomic():
        cursor = db.execute_sql(
            f"DELETE FROM outbox_applied WHERE id IN ({', '.join('?' for _ in ids)})",
            list(ids))
    return max(cursor.rowcount, 0)

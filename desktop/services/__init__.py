"""Use cases, one module per area. Plain Python, no Qt; the only code that writes the DB.

Each function runs one named action in one transaction (`with db.atomic()`) and
then announces the change with `desktop.events.changed(area, ids)`.
"""
from models.db import database as db

__all__ = ["close_thread_connection", "db"]


def close_thread_connection() -> None:
    """Close the calling thread's own connection (a worker thread, before it ends or before the
    database is closed or swapped)."""
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()

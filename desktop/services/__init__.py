"""Use cases, one module per area. Plain Python, no Qt; the only code that writes the DB.

Each function runs one named action in one transaction (`with db.atomic()`) and
then announces the change with `desktop.events.changed(area, ids)`.
"""
from models.db import database as db

__all__ = ["db"]

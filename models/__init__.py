"""Persistence and domain rules. No Qt, no desktop/ or ui/ imports."""
import sys as _sys
from typing import Any

# peewee imports psycopg when it is itself imported, only to see whether the driver is there
# (~90 ms of the GUI's start, for a workspace most starts never open). Import peewee with
# psycopg hidden; `peewee_psycopg()` hands the driver to peewee when a workspace database is
# first made (models.db.make_url_database).
if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    _sys.modules["psycopg"] = None  # type: ignore[assignment]  # "not installed" to peewee
    try:
        import peewee as _peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]


def peewee_psycopg() -> None:
    """Give peewee the psycopg 3 driver (and what it reads from it) if it was imported without."""
    import peewee as module

    peewee: Any = module  # its driver globals are not in its stubs
    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    peewee.TransactionStatus = TransactionStatus
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    peewee.psycopg = psycopg

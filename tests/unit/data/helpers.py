"""Fill every table with realistic rows; read every table back raw (for equality checks)."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from peewee import BooleanField, DateField, ForeignKeyField, IntegerField, TextField

from models import db as dbmod
from models.fields import JSONField, MoneyField, UtcDateTimeField
from models.registry import ALL_MODELS

SECRET_NAME = "Zebulon Quartermaine"


def _value(field, n: int):
    if isinstance(field, ForeignKeyField):
        rel = field.rel_model
        count = rel.select().count()
        return rel.select().order_by(rel._meta.primary_key).offset(n % max(count, 1)).first()
    if field.default is not None:
        return field.default() if callable(field.default) else field.default
    if isinstance(field, MoneyField):
        return Decimal("266.64") + n
    if isinstance(field, UtcDateTimeField):
        return dt.datetime(2025, 3, 17, 9, 30, n, tzinfo=dt.UTC)
    if isinstance(field, DateField):
        return dt.date(2025, 3, 17 + n)
    if isinstance(field, BooleanField):
        return bool(n % 2)
    if isinstance(field, JSONField):
        return {"answers": [n, "ünïcode ✓"], "nested": {"ok": True}}
    if isinstance(field, IntegerField):
        return 7 + n
    if isinstance(field, TextField):
        return f"{field.name} {n}: {SECRET_NAME} — 'quotes', \"double\", emoji 🚀\nline two"
    return None


def _allowed(table: str) -> dict[str, str]:
    """column -> an allowed value, from the schema's CHECK (col IN (...)) constraints and the
    codes `check` knows (statuses, kinds)."""
    from desktop.services import validation

    sql = dbmod.database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    allowed = {col: choices.split(",")[-1].strip().strip("'")
               for col, choices in re.findall(r"(\w+) IN \(([^)]*)\)", sql)}
    for (name, column), codes in validation._codes().items():
        if name == table:
            allowed.setdefault(column, sorted(codes)[-1])
    for name, column in validation._NUMERIC_TEXT:
        if name == table:
            allowed.setdefault(column, "4.5")
    return allowed


def fill_every_table(rows_per_table: int = 2) -> dict[str, int]:
    """At least one row in every model's table (parents first), via the models."""
    counts = {}
    with dbmod.database.atomic():
        for model in ALL_MODELS:
            allowed = _allowed(model._meta.table_name)
            for n in range(rows_per_table):
                data = {}
                for field in model._meta.sorted_fields:
                    if field is model._meta.primary_key and not isinstance(field, TextField):
                        continue
                    value = _value(field, n)
                    if field is model._meta.primary_key:
                        value = f"key-{n}"
                    if field.column_name in allowed:
                        value = allowed[field.column_name]
                    if value is None and not field.null and not isinstance(
                            field, ForeignKeyField):
                        value = f"{field.name}-{n}"
                    data[field.name] = value
                if model._meta.table_name == "money_transaction":  # the ledger's own rule
                    data["fee"] = data["gross"] - data["net"]
                model.insert(**data).execute()
            counts[model._meta.table_name] = model.select().count()
    return counts


def dump_every_table() -> dict[str, list[tuple]]:
    db = dbmod.database.obj
    return {m._meta.table_name: db.execute_sql(
        f'SELECT * FROM "{m._meta.table_name}" ORDER BY rowid').fetchall() for m in ALL_MODELS}

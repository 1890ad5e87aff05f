"""Custom peewee fields: money in cents, UTC datetimes, JSON."""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

from peewee import DateField, Field, IntegerField, TextField

from models.rules.money import from_cents, to_cents


class MoneyField(IntegerField):
    """A Decimal amount stored as integer minor units (cents)."""

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError(f"{getattr(self, 'name', 'money')}: money must not be float")
        return to_cents(Decimal(value))

    def python_value(self, value):
        return from_cents(value)


class UtcDateTimeField(Field):
    """An aware UTC datetime stored as ISO-8601 text ("2026-11-26T04:24:02Z").

    Naive datetimes are refused: every time in this app is explicit about its zone.
    Text sorts chronologically because the format is fixed-width.
    """

    field_type = "TEXT"

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            value = parse_utc(value)
        if value.tzinfo is None:
            name = getattr(self, "name", "time")
            raise ValueError(f"{name}: naive datetime {value!r}; use UTC-aware times")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def python_value(self, value):
        return parse_utc(value) if value else None


def parse_utc(text: str) -> datetime:
    text = text.strip().replace(" ", "T")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


_now_source: Callable[[], datetime] | None = None


def set_now_source(source: Callable[[], datetime]) -> None:
    """Where default timestamps come from: ``desktop.clock`` installs itself here on import.

    The models never read the wall clock themselves (one owner of time, ``desktop/clock.py``).
    """
    global _now_source
    _now_source = source


def utcnow() -> datetime:
    """Now from the installed clock (see :func:`set_now_source`)."""
    if _now_source is None:
        raise RuntimeError("no clock installed: import desktop.clock first")
    return _now_source()


class JSONField(TextField):
    def db_value(self, value):
        return None if value is None else json.dumps(value, sort_keys=True, default=_json_default)

    def python_value(self, value):
        return None if value is None else json.loads(value)


def _json_default(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


__all__ = ["DateField", "JSONField", "MoneyField", "UtcDateTimeField", "parse_utc", "utcnow"]

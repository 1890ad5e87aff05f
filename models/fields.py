"""Custom peewee fields: money in cents, UTC datetimes, JSON."""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from peewee import DateField, Field, IntegerField, TextField

from models.rules.money import from_cents, to_cents

# peewee's own stubs make every field a typed descriptor: ``Field[V]`` reads as ``V`` on a row
# and as the field itself on the class (for queries), and ``null=True`` adds ``| None``. Our
# fields say what they read as the same way. peewee's classes are not subscriptable at run
# time, so there the generic bases are thin ``Generic`` subclasses (same column type, same
# behaviour); the type checker sees peewee's own classes.
_V = TypeVar("_V")
if TYPE_CHECKING:
    _GenericField = Field
    _GenericIntegerField = IntegerField
    _GenericTextField = TextField
else:
    class _GenericField(Field, Generic[_V]):
        pass

    class _GenericIntegerField(IntegerField, Generic[_V]):
        pass

    class _GenericTextField(TextField, Generic[_V]):
        pass


class MoneyField(_GenericIntegerField[_V]):
    """A Decimal amount stored as integer minor units (cents)."""

    if TYPE_CHECKING:
        @overload
        def __new__(cls, *args: Any, null: Literal[True], **kwargs: Any
                    ) -> MoneyField[Decimal | None]: ...
        @overload
        def __new__(cls, *args: Any, null: Literal[False] = ..., **kwargs: Any
                    ) -> MoneyField[Decimal]: ...
        def __new__(cls, *args: Any, **kwargs: Any) -> Any: ...

    def db_value(self, value: Decimal | int | str | None) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError(f"{getattr(self, 'name', 'money')}: money must not be float")
        return to_cents(Decimal(value))

    def python_value(self, value: int | None) -> Decimal | None:
        return from_cents(value)


class UtcDateTimeField(_GenericField[_V]):
    """An aware UTC datetime stored as ISO-8601 text ("2026-11-26T04:24:02Z").

    Naive datetimes are refused: every time in this app is explicit about its zone.
    Text sorts chronologically because the format is fixed-width.
    """

    field_type = "TEXT"

    if TYPE_CHECKING:
        @overload
        def __new__(cls, *args: Any, null: Literal[True], **kwargs: Any
                    ) -> UtcDateTimeField[datetime | None]: ...
        @overload
        def __new__(cls, *args: Any, null: Literal[False] = ..., **kwargs: Any
                    ) -> UtcDateTimeField[datetime]: ...
        def __new__(cls, *args: Any, **kwargs: Any) -> Any: ...

    def db_value(self, value: datetime | str | None) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = parse_utc(value)
        if value.tzinfo is None:
            name = getattr(self, "name", "time")
            raise ValueError(f"{name}: naive datetime {value!r}; use UTC-aware times")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def python_value(self, value: str | None) -> datetime | None:
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


class JSONField(_GenericTextField[Any]):
    """Any JSON value (a dict, a list …), stored as text; reads as ``Any``."""

    def db_value(self, value: Any) -> str | None:
        return None if value is None else json.dumps(value, sort_keys=True, default=_json_default)

    def python_value(self, value: str | None) -> Any:
        return None if value is None else json.loads(value)


def _json_default(value: object) -> str:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


__all__ = ["DateField", "JSONField", "MoneyField", "UtcDateTimeField", "parse_utc", "utcnow"]

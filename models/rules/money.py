"""Money as Decimal, stored as integer minor units (cents). Never float."""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import overload

from models.errors import Code, ServiceError

CENT = Decimal("0.01")
DEFAULT_CURRENCY = "USD"
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹"}


class MoneyError(ServiceError):
    """A value that cannot be read as an amount of money."""


def round_cents(value: Decimal | int) -> Decimal:
    """Round to the cent, half up — the rounding used for every transaction."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal | int | str) -> int:
    """Decimal amount -> integer minor units (rounded half up to the cent)."""
    if isinstance(value, float):
        raise TypeError("money must not be float; use Decimal or str")
    return int(round_cents(Decimal(value)) * 100)


@overload
def from_cents(cents: int) -> Decimal: ...
@overload
def from_cents(cents: None) -> None: ...
@overload
def from_cents(cents: int | None) -> Decimal | None: ...
def from_cents(cents: int | None) -> Decimal | None:
    if cents is None:
        return None
    return (Decimal(int(cents)) / 100).quantize(CENT)


_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+")
# A scale word right after the number, as a whole word: "$15K", "1.5m", "2 thousand",
# "$3 million". "$500 max" and "$1000 monthly" are not scaled: only these words are.
_SUFFIX = re.compile(r"\s*(?P<word>k|m|thousand|million)(?![a-z])", re.IGNORECASE)
_SCALE = {"k": 1000, "thousand": 1000, "m": 1_000_000, "million": 1_000_000}


def parse_money(text: str | Decimal | int, *, allow_suffix: bool = True) -> Decimal:
    """Read "$1,234.50", "1234.5", "-7.2", "$15K", "(12.00)" as a Decimal.

    Raises MoneyError with the offending text when nothing sensible is found.
    """
    if isinstance(text, Decimal):
        return text
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        raise TypeError("money must not be float; use Decimal or str")
    raw = str(text).strip()
    negative = raw.startswith("(") and raw.endswith(")")
    cleaned = raw.strip("()").replace("\u00a0", " ").strip()
    match = _NUMBER.search(cleaned)
    if not match:
        raise MoneyError(Code.NOT_AN_AMOUNT, value=repr(raw))
    try:
        value = Decimal(match.group().replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - regex guarantees digits
        raise MoneyError(Code.NOT_AN_AMOUNT, value=repr(raw)) from exc
    rest = cleaned[match.end():]
    if allow_suffix and (suffix := _SUFFIX.match(rest)):
        value *= _SCALE[suffix["word"].lower()]
    if negative or cleaned.lstrip().startswith("-$"):
        value = -abs(value)
    return value


def format_money(value: Decimal | int | None, currency: str = DEFAULT_CURRENCY) -> str:
    """Plain, locale-neutral form ("$1,234.50", "-$7.20"); the UI may use QLocale."""
    if value is None:
        return "—"
    value = round_cents(value)
    sign = "-" if value < 0 else ""
    symbol = _SYMBOLS.get(currency, currency + " ")
    return f"{sign}{symbol}{abs(value):,.2f}"


def amount_for_minutes(rate: Decimal | int | str, minutes: int) -> Decimal:
    """Hourly ``rate`` × ``minutes``, rounded to the cent: $22.22/h × 720 min -> $266.64."""
    if isinstance(rate, float):
        raise TypeError("money must not be float; use Decimal or str")
    return round_cents(Decimal(rate) * minutes / 60)

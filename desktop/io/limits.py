"""What an importer may store: the ranges every reader checks before a value reaches the database.

Money is stored as 64-bit integer cents. A single amount is capped at $10 billion (10^12 cents):
far above anything a freelancer's ledger holds, and small enough that a SUM over nine million
such rows still fits in 2^63 - 1 (9.2 * 10^18), so no total the window shows can overflow.
Years are 1990..2100: Upwork's predecessors date from 1999, and a year like 9999 is a typo or a
damaged cell (it also overflows date arithmetic such as "available 10 days later").
Text is bounded so one cell cannot take the whole memory of the window that shows it.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from desktop.errors import Code, ServiceError

MAX_AMOUNT = Decimal("10000000000")  # $10 billion, exclusive: |amount| < MAX_AMOUNT
MAX_CENTS = int(MAX_AMOUNT * 100)
MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_COUNT = 1_000_000_000  # counts (hires, reviews, Connects, minutes): fits 32-bit comfortably
MAX_TITLE_CHARS = 2_000
MAX_TEXT_CHARS = 1_000_000  # one description, cover letter or raw row: ~1 MB of text
MAX_FIELD_BYTES = 4 * 1024 * 1024  # one CSV cell as read (the csv module's field limit)


def amount_problem(value: Decimal | None) -> ServiceError | None:
    """Why an amount cannot be stored (a code and the amount), or None."""
    if value is None:
        return None
    if not value.is_finite():
        return ServiceError(Code.LIMIT_NOT_FINITE, value=str(value))
    if abs(value) >= MAX_AMOUNT:
        return ServiceError(Code.LIMIT_AMOUNT, value=value, limit=MAX_AMOUNT)
    return None


def year_problem(value: date | datetime | None) -> ServiceError | None:
    if value is None:
        return None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return ServiceError(Code.LIMIT_YEAR, year=str(value.year), low=str(MIN_YEAR),
                            high=str(MAX_YEAR))
    return None


def count_problem(value: int | None) -> ServiceError | None:
    if value is None:
        return None
    if not -MAX_COUNT <= value <= MAX_COUNT:
        return ServiceError(Code.LIMIT_COUNT, value=value)
    return None


def text_problem(value: str | None, limit: int = MAX_TEXT_CHARS) -> ServiceError | None:
    if value is not None and len(value) > limit:
        return ServiceError(Code.LIMIT_TEXT, chars=len(value), limit=limit)
    return None

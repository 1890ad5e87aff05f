"""Numbers, money and dates for display, in the user's locale (QLocale's default, set by
ui.i18n). Hindi and English (India) group digits the Indian way: 1,00,000.

Money never passes through float: the amount is split into whole units and cents, the
units are grouped by QLocale as an integer, and the cents are appended.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from desktop import clock

SYMBOLS = {"USD": "$", "INR": "₹", "EUR": "€", "GBP": "£", "JPY": "¥", "AUD": "A$",
           "CAD": "C$", "PHP": "₱", "PKR": "Rs", "BDT": "৳", "NGN": "₦", "UAH": "₴"}
_PLACEHOLDER = "1.50"


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def number(value: int | Decimal, decimals: int = 0, locale: QLocale | None = None) -> str:
    """12,34,567 (hi/en-IN) or 1,234,567 (en-US); Decimals keep exactly `decimals` places."""
    loc = _locale(locale)
    value = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign, digits = ("-" if value < 0 else ""), abs(value)
    whole = int(digits)
    text = loc.toString(whole)
    if decimals:
        fraction = str(digits - whole)[2:].ljust(decimals, "0")[:decimals]
        text += loc.decimalPoint() + fraction
    return (loc.negativeSign() if sign else "") + text


def money(amount: Decimal | None, currency: str = "USD", locale: QLocale | None = None) -> str:
    """$1,00,000.00 in hi/en-IN, $100,000.00 in en-US; −$5.25 for negatives; "—" if unknown."""
    if amount is None:
        return "—"
    loc = _locale(locale)
    amount = Decimal(amount)
    code = currency.upper()
    symbol = SYMBOLS.get(code, code)
    # where the locale puts the symbol (before/after, with or without a space)
    pattern = loc.toCurrencyString(1.5, "\u00a4", 2)
    if code not in SYMBOLS and not re.search(r"\s\u00a4|\u00a4\s", pattern):
        pattern = pattern.replace("\u00a4", "\u00a4\u00a0" if pattern.startswith("\u00a4")
                                  else "\u00a0\u00a4")  # "CHF 1.50", not "CHF1.50"
    shown = loc.toString(1.5, "f", 2)
    text = pattern.replace(shown, number(abs(amount), 2, loc), 1).replace("\u00a4", symbol)
    return (loc.negativeSign() + text) if amount < 0 else text


def _short_date_format(loc: QLocale) -> str:
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")  # never a two-digit year


def medium_pattern(loc: QLocale, *, weekday: bool = False, year: bool = True,
                   time: bool = False) -> str:
    """The QLocale pattern of the app's one written-out date: "Dec 4, 2026" where the locale
    puts the month first (en-US), "4 Dec 2026" elsewhere (en-IN, hi: "4 दिस॰ 2026");
    optionally with the weekday ("Fri, Dec 4, 2026") and the time."""
    month_first = _short_date_format(loc).lstrip().upper().startswith("M")
    if month_first:
        fmt = "MMM d" + (", yyyy" if year else "")
    else:
        fmt = "d MMM" + (" yyyy" if year else "")
    if weekday:
        fmt = "ddd, " + fmt
    if time:
        fmt += " " + _time_format(loc)
    return fmt


def _time_format(loc: QLocale) -> str:
    return loc.timeFormat(QLocale.FormatType.ShortFormat)


def edit_format(*, weekday: bool = False, time: bool = False,
                locale: QLocale | None = None) -> str:
    """The display format of a QDateEdit/QDateTimeEdit: the medium date, never "12/4/26"."""
    return medium_pattern(_locale(locale), weekday=weekday, time=time)


def date(day: dt.date, long: bool = False, locale: QLocale | None = None) -> str:
    """The app's two ways to write a day. Short, for tables and lists: 18/3/2025 (hi),
    3/18/2025 (en-US), never a two-digit year. Long, in sentences: "18 मार्च 2025",
    "Mar 18, 2025" (see medium_pattern)."""
    loc = _locale(locale)
    qdate = QDate(day.year, day.month, day.day)
    if long:
        return loc.toString(qdate, medium_pattern(loc))
    return loc.toString(qdate, _short_date_format(loc))


def day(value: dt.date | dt.datetime, *, weekday: bool = False, year: bool = True,
        locale: QLocale | None = None) -> str:
    """A day in a sentence or a chip: "Fri, Dec 4" (weekday, no year), "Dec 4, 2026"."""
    loc = _locale(locale)
    qdate = QDate(value.year, value.month, value.day)
    return loc.toString(qdate, medium_pattern(loc, weekday=weekday, year=year))


def month(year: int, month_number: int, *, short: bool = False, full: bool = False,
          locale: QLocale | None = None) -> str:
    """A month: "Mar 2024"; short: "Mar" (chart axes); full: "March 2024" (headings)."""
    loc = _locale(locale)
    fmt = "MMM" if short else ("MMMM yyyy" if full else "MMM yyyy")
    return loc.toString(QDate(year, month_number, 1), fmt)


def to_local(moment: dt.datetime) -> QDateTime:
    """An aware UTC datetime as a QDateTime in the machine's local time."""
    if moment.tzinfo is None:
        raise ValueError("times are stored in UTC and must be timezone-aware")
    utc = moment.astimezone(dt.UTC)
    qdt = QDateTime(QDate(utc.year, utc.month, utc.day),
                    QTime(utc.hour, utc.minute, utc.second), QTimeZone.utc())
    return qdt.toLocalTime()


def now_local() -> QDateTime:
    """Now (from the app's one clock) as a local QDateTime, for date/time editors."""
    return to_local(clock.now())


def today_local() -> QDate:
    """Today's local date (from the app's one clock), for date editors."""
    return now_local().date()


def is_local_today(moment: dt.datetime) -> bool:
    return to_local(moment).date() == today_local()


def datetime(moment: dt.datetime, long: bool = False, locale: QLocale | None = None) -> str:
    """Local date and time: 18/3/2025 5:30 pm; long (tooltips): "Tue, Mar 18, 2025 5:30 PM"."""
    loc = _locale(locale)
    local = to_local(moment)
    if long:
        return loc.toString(local, medium_pattern(loc, weekday=True, time=True))
    return (loc.toString(local.date(), _short_date_format(loc)) + " "
            + loc.toString(local.time(), QLocale.FormatType.ShortFormat))

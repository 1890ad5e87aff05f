"""One job posting as the importers understood it, and the value readers they share.

A `JobRecord` is plain data: no database, no Qt. Importers fill what the source says and leave
the rest None; `raw_text` always keeps the original text (the pasted block, the feed item's HTML,
or the CSV/JSON row as JSON) so nothing the user brought in is lost and a better parser can
re-read it later. Money is Decimal (to the cent), times are timezone-aware UTC, bands are codes
from `codes.py`.
"""
from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from desktop.errors import Code, ServiceError
from desktop.io import limits, numbers
from desktop.io.jobs import codes
from models.rules.money import MoneyError, parse_money, round_cents

SOURCES = ("paste", "csv", "json", "rss")


class FieldError(ServiceError):
    """A value that cannot be read for one field; the importer reports it with file and row.
    `read_as`: the field a user's column was read as (a CSV/JSON column named in `field`)."""

    def __init__(self, field_name: str, code: str, /, **params: Any):
        super().__init__(code, **params)
        self.field = field_name
        self.read_as: str | None = None

    @property
    def message(self) -> str:
        return self.english()


class ImportFileError(ServiceError):
    """The whole file cannot be read (unsupported, empty, malformed, no usable column)."""


@dataclass
class JobRecord:
    title: str = ""
    description: str = ""
    ext_id: str | None = None  # Upwork ciphertext id "~01…"/"~02…": the dedupe key
    url: str | None = None
    category: str | None = None
    subcategory: str | None = None
    skills: list[str] = field(default_factory=list)
    job_type: str | None = None  # codes.JOB_TYPES
    hourly_min: Decimal | None = None
    hourly_max: Decimal | None = None
    budget: Decimal | None = None  # fixed-price budget
    currency: str = "USD"
    experience_level: str | None = None  # codes.EXPERIENCE_LEVELS
    duration: str | None = None  # codes.DURATIONS
    workload: str | None = None  # codes.WORKLOADS
    proposals_band: str | None = None  # codes.PROPOSAL_BANDS
    connects_required: int | None = None
    posted_at: datetime | None = None  # aware, UTC
    # True when posted_at was worked out from words like "19 hours ago" against the file's
    # scrape date (or its modification time): an estimate, to be shown as one.
    posted_at_approx: bool = False
    client_payment_verified: bool | None = None
    client_country: str | None = None
    client_rating: Decimal | None = None  # 1-5; None when the client has no feedback yet
    client_reviews: int | None = None
    client_total_spent: Decimal | None = None
    client_hires: int | None = None
    client_hire_rate: int | None = None  # percent
    client_open_jobs: int | None = None
    client_member_since: date | None = None
    captured_at: datetime | None = None  # when the source was captured: the client snapshot's date
    raw_text: str = ""
    source: str = "paste"
    source_ref: str | None = None  # "file.csv:12" (row), "feed.xml:3" (item), "paste:1"

    def understood(self) -> dict[str, object]:
        """The fields the parser filled, for the "is this what you pasted?" confirmation."""
        skip = {"raw_text", "source", "source_ref", "currency"}
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name not in skip and value not in (None, "", []):
                out[f.name] = value
        return out

    def finish(self) -> JobRecord:
        """Infer what the figures imply and check invariants; raises FieldError."""
        if self.job_type is None:
            if self.hourly_min is not None or self.hourly_max is not None:
                self.job_type = "hourly"
            elif self.budget is not None:
                self.job_type = "fixed"
        if self.job_type not in (None, *codes.JOB_TYPES):
            raise FieldError("job_type", Code.JOB_ROW_UNKNOWN_JOB_TYPE, value=str(self.job_type))
        low, high = self.hourly_min, self.hourly_max
        if low is not None and high is not None and low > high:
            raise FieldError("hourly_max", Code.JOB_ROW_RATE_ORDER, low=low, high=high)
        for name in ("hourly_min", "hourly_max", "budget", "client_total_spent"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise FieldError(name, Code.JOB_ROW_NEGATIVE, value=value)
        if self.client_rating is not None and not Decimal(0) <= self.client_rating <= Decimal(5):
            raise FieldError("client_rating", Code.JOB_ROW_RATING, value=str(self.client_rating))
        if self.client_hire_rate is not None and not 0 <= self.client_hire_rate <= 100:
            raise FieldError("client_hire_rate", Code.JOB_ROW_HIRE_RATE,
                             value=self.client_hire_rate)
        for name in ("posted_at", "captured_at"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise FieldError(name, Code.JOB_ROW_NO_ZONE)
        self._check_storable()
        if self.source not in SOURCES:
            raise FieldError("source", Code.JOB_ROW_UNKNOWN_SOURCE, value=str(self.source))
        self.skills = unique(self.skills)
        return self

    def _check_storable(self) -> None:
        """Only what the database and the window can read back (see desktop/io/limits.py)."""
        for name in ("hourly_min", "hourly_max", "budget", "client_total_spent"):
            check_amount(getattr(self, name), name)
        for name in ("posted_at", "captured_at", "client_member_since"):
            moment = getattr(self, name)
            if moment is not None and not limits.MIN_YEAR <= moment.year <= limits.MAX_YEAR:
                raise FieldError(name, Code.JOB_ROW_YEAR, year=str(moment.year),
                                 low=str(limits.MIN_YEAR), high=str(limits.MAX_YEAR))
        for name in ("connects_required", "client_reviews", "client_hires", "client_open_jobs"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= limits.MAX_COUNT:
                raise FieldError(name, Code.JOB_ROW_COUNT, value=value)
        if self.client_rating is not None and not self.client_rating.is_finite():
            raise FieldError("client_rating", Code.JOB_ROW_RATING, value=str(self.client_rating))
        for name, limit in (("title", limits.MAX_TITLE_CHARS), ("description",
                            limits.MAX_TEXT_CHARS), ("raw_text", 2 * limits.MAX_TEXT_CHARS),
                            ("url", limits.MAX_TITLE_CHARS), ("category", limits.MAX_TITLE_CHARS),
                            ("subcategory", limits.MAX_TITLE_CHARS)):
            text = getattr(self, name)
            if text is not None and len(text) > limit:
                raise FieldError(name, Code.JOB_ROW_TOO_LONG, chars=len(text), limit=limit)
        if len(self.skills) > 500 or any(len(s) > limits.MAX_TITLE_CHARS for s in self.skills):
            raise FieldError("skills", Code.JOB_ROW_TOO_MANY_SKILLS)


@dataclass(frozen=True)
class RowError:
    """A rejected row: which file, which row (as a spreadsheet numbers it), which field, why —
    the why as a ServiceError code and its parameters (ui/messages.py words it)."""

    file: str
    row: int
    field: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    read_as: str | None = None  # the field a user's column (`field`) was read as

    @classmethod
    def of(cls, file: str, row: int, error: FieldError, field_name: str | None = None
           ) -> RowError:
        """The row error for a FieldError raised while reading row `row` of `file`."""
        return cls(file, row, field_name if field_name is not None else error.field, error.code,
                   dict(error.params), error.read_as)

    def reason(self) -> ServiceError:
        """Why the row was refused, as an error ui/messages.py can word."""
        error = ServiceError(self.code, **self.params)
        if self.read_as:
            return ServiceError(Code.JOB_ROW_READ_AS, reason=error, job_field=self.read_as)
        return error

    @property
    def message(self) -> str:
        return str(self.reason())

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}"
        if self.field:
            where += f", {self.field}"
        return f"{where}: {self.message}"


# ---------------------------------------------------------------- value readers

_EXT_ID = re.compile(r"(?:~|%7e)(0[12][0-9a-f]{10,40})(?![0-9a-z])", re.IGNORECASE)


def extract_ext_id(text: str | None) -> str | None:
    """"…/jobs/Title_%7E01ec8934d454ff0ef3?source=rss" -> "~01ec8934d454ff0ef3"."""
    if not text:
        return None
    match = _EXT_ID.search(text)
    return "~" + match.group(1).lower() if match else None


def clean_url(url: str | None) -> str | None:
    """Drop tracking query strings from Upwork job links ("?source=rss", "?referrer_url_path").
    Raises FieldError for text no URL parser reads ("http://[")."""
    if url is None or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # "Invalid IPv6 URL", a bad port …
        raise FieldError("url", Code.JOB_ROW_BAD_URL, value=_shown(url)) from None
    if parts.netloc.endswith("upwork.com") and "/jobs/" in parts.path:
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return url


_UPWORK_SUFFIX = re.compile(r"\s+-\s+Upwork\s*$")


def clean_title(text: str | None) -> str:
    """One line, " - Upwork" (the feed's suffix) removed."""
    if not text:
        return ""
    return _UPWORK_SUFFIX.sub("", re.sub(r"\s+", " ", text)).strip()


def unique(items: list[str]) -> list[str]:
    """Drop empties and case-insensitive repeats, keeping the first spelling and the order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = " ".join(item.split())
        if item and item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


_MORE = re.compile(r"^\+\s*\d+$")  # the "+3" a search card shows for hidden skills


def parse_skills(value: str | list | None) -> list[str]:
    """A list, a Python/JSON list literal ("['SQL', 'R']"), or text split on commas/semicolons."""
    if value is None:
        return []
    if isinstance(value, list):
        items = [str(v) for v in value if v is not None]
    else:
        text = value.strip()
        items = []
        if text.startswith("[") and text.endswith("]"):
            try:
                literal = ast.literal_eval(text)  # literal_eval evaluates no code
            except (ValueError, SyntaxError):
                literal = None
            if isinstance(literal, list):
                items = [str(v) for v in literal]
        if not items and not (text.startswith("[") and text.endswith("]")):
            items = re.split(r"\s*[,;|\n]\s*", text)
    return unique([s for s in items if not _MORE.match(s.strip())])


def parse_amount(value: object, field_name: str) -> Decimal | None:
    """Money to the cent: "$1,000.00", "$15K", "Est. budget: $18.00", "20.0"; blank -> None."""
    if codes.is_blank(value):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise FieldError(field_name, Code.JOB_ROW_NOT_AMOUNT, value=_shown(value))
    if isinstance(value, float):
        # JSON numbers arrive as float; go through repr so 0.1 stays 0.1, never binary noise.
        value = repr(value)
    elif isinstance(value, str):
        if len(value) > 200:
            raise FieldError(field_name, Code.JOB_ROW_NOT_AMOUNT, value=_shown(value))
        value = normalise_amount(value, field_name)
    try:
        amount = parse_money(value if isinstance(value, Decimal | int) else str(value))
    except (MoneyError, InvalidOperation, OverflowError) as exc:
        raise FieldError(field_name, Code.JOB_ROW_NOT_AMOUNT, value=_shown(value)) from exc
    check_amount(amount, field_name)
    return round_cents(amount)


def check_amount(amount: Decimal | None, field_name: str) -> None:
    """FieldError for an amount the database cannot store (see desktop/io/limits.py)."""
    if amount is None:
        return
    if not amount.is_finite():
        raise FieldError(field_name, Code.JOB_ROW_NOT_AMOUNT, value=str(amount))
    if abs(amount) >= limits.MAX_AMOUNT:
        raise FieldError(field_name, Code.JOB_ROW_AMOUNT_TOO_BIG, value=f"{amount:,.2f}",
                         limit=f"${limits.MAX_AMOUNT:,.0f}")


_NUMBER_CODES = {Code.NUMBER_AMBIGUOUS: Code.JOB_ROW_AMBIGUOUS,
                 Code.NUMBER_DECIMAL_POINT: Code.JOB_ROW_DECIMAL_POINT,
                 Code.NUMBER_DECIMAL_COMMA: Code.JOB_ROW_DECIMAL_COMMA,
                 Code.NOT_AN_AMOUNT: Code.JOB_ROW_NOT_AMOUNT}


def normalise_amount(text: str, field_name: str, *, decimal_comma: bool = False) -> str:
    """desktop/io/numbers.normalise, its refusal as a FieldError with a code: a number written
    in the other convention, one that reads two ways, or no number at all."""
    try:
        return numbers.normalise(text, decimal_comma=decimal_comma)
    except numbers.NumberError as exc:
        code = _NUMBER_CODES[exc.code]
        raise FieldError(field_name, code, value=_shown(text)) from None


def _shown(value: object) -> str:
    """A value for a message: its repr, cut to a line."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY"}
_CURRENCY_CODE = re.compile(r"\b(USD|EUR|GBP|INR|AUD|CAD|JPY|CHF|NZD)\b")


def currency_of(value: object) -> str | None:
    """The currency an amount is written in ("£250" -> "GBP", "90 EUR" -> "EUR"), if shown."""
    if not isinstance(value, str):
        return None
    code = _CURRENCY_CODE.search(value.upper())
    if code:
        return code.group(1)
    return next((c for sign, c in _CURRENCY_SIGNS.items() if sign in value), None)


def parse_amount_range(value: object, field_name: str) -> tuple[Decimal | None, Decimal | None]:
    """"$25.00-$50.00" -> (25.00, 50.00); "$15.00" -> (15.00, None); a list literal of amounts."""
    if codes.is_blank(value):
        return None, None
    if isinstance(value, list):
        parts = [str(v) for v in value]
    else:
        text = str(value).strip()
        if text.startswith("[") and text.endswith("]"):
            parts = parse_skills(text)
        else:
            parts = re.split(r"\s*(?:-|–|to)\s*(?=\$|\d)", text)
    amounts = [a for a in (parse_amount(p, field_name) for p in parts) if a is not None]
    if not amounts:
        return None, None
    if len(amounts) > 2:
        raise FieldError(field_name, Code.JOB_ROW_TWO_AMOUNTS, value=_shown(value))
    return amounts[0], amounts[1] if len(amounts) == 2 else None


def parse_int(value: object, field_name: str) -> int | None:
    """"8", "8.0", "15 hires", "1,234"; blank -> None."""
    if codes.is_blank(value):
        return None
    if isinstance(value, bool):
        raise FieldError(field_name, Code.JOB_ROW_NOT_WHOLE, value=_shown(value))
    if isinstance(value, int):
        return value
    text = str(value).replace(",", "").strip()
    match = re.match(r"(-?\d{1,15})(\.\d+)?(?=\D|$)", text)
    if not match or (match.group(2) and match.group(2).strip(".0")):
        raise FieldError(field_name, Code.JOB_ROW_NOT_WHOLE, value=_shown(value))
    return int(match.group(1))


def parse_percent(value: object, field_name: str) -> int | None:
    """"80%", "80", "0.8" (a fraction) -> 80."""
    if codes.is_blank(value):
        return None
    text = str(value).strip().rstrip("%").strip()
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise FieldError(field_name, Code.JOB_ROW_NOT_PERCENT, value=_shown(value)) from exc
    if not number.is_finite() or abs(number) > 1000:
        raise FieldError(field_name, Code.JOB_ROW_NOT_PERCENT, value=_shown(value))
    if 0 < number < 1 and "%" not in str(value):
        number *= 100
    return int(number.to_integral_value())


def parse_decimal(value: object, field_name: str) -> Decimal | None:
    if codes.is_blank(value):
        return None
    text = str(value).strip()
    match = re.search(r"\d+(?:\.\d+)?", text)
    if not match:
        raise FieldError(field_name, Code.JOB_ROW_NOT_NUMBER, value=_shown(value))
    return Decimal(match.group())


_TRUE = {"true", "yes", "y", "1", "verified", "payment verified", "payment method verified", "t"}
_FALSE = {"false", "no", "n", "0", "unverified", "not verified", "payment unverified",
          "payment method not verified", "f"}


def parse_bool(value: object, field_name: str) -> bool | None:
    if isinstance(value, bool):
        return value
    if codes.is_blank(value):
        return None
    key = str(value).strip().lower()
    if key.endswith(".0"):
        key = key[:-2]
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise FieldError(field_name, Code.JOB_ROW_NOT_YES_NO, value=_shown(value))


_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400,
          "month": 30 * 86400, "year": 365 * 86400}
_RELATIVE = re.compile(
    r"^(?:posted\s+|renewed\s+)?(?P<n>\d+|an?|one)\s+(?P<unit>second|minute|min|hour|hr|day|week"
    r"|month|year)s?\s+ago\b", re.IGNORECASE)
_NAMED = {"just now": 0, "now": 0, "today": 0, "yesterday": 86400, "last week": 7 * 86400,
          "last month": 30 * 86400, "last year": 365 * 86400}


_FILE_DAY = re.compile(r"(?<!\d)(?P<y>20\d\d)-?(?P<m>[01]\d)-?(?P<d>[0-3]\d)(?!\d)")


def reference_time(path) -> datetime:
    """What relative times in a scraped file ("Posted 19 hours ago") count back from: the scrape
    day its name carries ("…_20240513.xml", "jobs-2024-05-13.csv", noon UTC, as the hour is
    unknown), else the file's modification time."""
    from pathlib import Path

    path = Path(path)
    for match in _FILE_DAY.finditer(path.stem):
        try:
            return datetime(int(match["y"]), int(match["m"]), int(match["d"]), 12, tzinfo=UTC)
        except ValueError:
            continue
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def is_relative(value: object) -> bool:
    """True for "19 hours ago", "yesterday", "Posted last week"…"""
    if not isinstance(value, str):
        return False
    return parse_relative(value, datetime(2000, 1, 1, tzinfo=UTC)) is not None


def parse_relative(text: str, now: datetime) -> datetime | None:
    """"19 hours ago", "yesterday", "last week" against `now`; None if not a relative time.

    Upwork rounds these ("2 weeks ago"), so the result is as precise as the words: months are
    taken as 30 days and years as 365.
    """
    key = re.sub(r"\s+", " ", text).strip().lower().removeprefix("posted ").removeprefix(
        "renewed ").strip()
    if key in _NAMED:
        return now - timedelta(seconds=_NAMED[key])
    match = _RELATIVE.match(key)
    if not match:
        return None
    n = match.group("n")
    count = 1 if n in ("a", "an", "one") else int(n)
    unit = {"min": "minute", "hr": "hour"}.get(match.group("unit"), match.group("unit"))
    return now - timedelta(seconds=count * _UNITS[unit])


# Tried in order, grouped by how the text starts so a failed strptime (slow) is rare.
_WORDY_FORMATS = ("%B %d, %Y %H:%M", "%b %d, %Y %H:%M", "%B %d, %Y", "%b %d, %Y", "%b %Y", "%B %Y")
_NUMERIC_FORMATS = ("%m/%d/%Y %I:%M%p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M", "%m/%d/%Y",
                    "%d %B %Y", "%d %b %Y", "%d-%b-%y")


def parse_datetime(value: object, field_name: str, *, now: datetime | None = None,
                   naive_tz: tzinfo = UTC) -> datetime | None:
    """A posting time in UTC. ISO 8601, RFC 2822 (feeds), "May 13, 2024 09:46 UTC",
    "6/6/2024 4:58am", epoch seconds, or relative ("2 days ago", given `now`).

    A time without a zone is read in `naive_tz` (UTC unless the caller knows better).
    """
    if isinstance(value, datetime):
        dt = value
    elif codes.is_blank(value):
        return None
    else:
        text = re.sub(r"\s+", " ", str(value)).strip()
        dt = _read_datetime(text, now)
        if dt is None:
            raise FieldError(field_name, Code.JOB_ROW_NOT_DATETIME, value=_shown(value))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=naive_tz)
    return dt.astimezone(UTC)


def _read_datetime(text: str, now: datetime | None) -> datetime | None:
    if now is not None:
        relative = parse_relative(text, now)
        if relative is not None:
            return relative
    if re.fullmatch(r"\d{9,10}(\.\d+)?", text):
        return datetime.fromtimestamp(float(text), UTC)
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    if re.match(r"^[A-Z][a-z]{2}, \d", text) or re.search(r"[+-]\d{4}$|GMT$", text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError):
            pass
    utc = bool(re.search(r"\s(UTC|GMT)$", text))
    bare = re.sub(r"\s(UTC|GMT)$", "", text)
    for fmt in _WORDY_FORMATS if bare[:1].isalpha() else _NUMERIC_FORMATS:
        try:
            dt = datetime.strptime(bare, fmt)
        except ValueError:
            continue
        return dt.replace(tzinfo=UTC) if utc else dt
    return None


def parse_date(value: object, field_name: str) -> date | None:
    """"Jan 5, 2019", "2019-01-05", "Mar 2019" (first of the month)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if codes.is_blank(value):
        return None
    text = re.sub(r"\s+", " ", str(value)).strip().removeprefix("Member since").strip()
    dt = _read_datetime(text, None)
    if dt is None:
        raise FieldError(field_name, Code.JOB_ROW_NOT_DATE, value=_shown(value))
    return dt.date()


def row_as_text(row: dict[str, object]) -> str:
    """The original row, losslessly, for raw_text: JSON of its non-empty cells."""
    kept = {k: v for k, v in row.items() if v not in (None, "")}
    return json.dumps(kept, ensure_ascii=False, default=str)

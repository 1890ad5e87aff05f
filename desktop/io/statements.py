"""Read Upwork transaction-history statements (CSV) into plain rows.

Two header layouts exist (see DESIGN.md, "Upwork transaction statement CSV"):

* legacy, 13 columns: ``Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,
  Amount,Amount in local currency,Currency,Balance``
* newer, 19 columns: ``Date,Transaction ID,Transaction Type,Transaction Summary,…,Ref ID,
  Amount $,Amount in local currency,Currency,Current Balance $,Payment Method``

Header spelling drifts between exports and spreadsheet re-saves ("Ref. ID", "Amount ($)",
"Running Balance", "Client team"), so headers are matched loosely. Nothing here touches the
database: the Payments service decides what to store, this module only says what the file holds
and what is wrong with it (row errors, balance-chain breaks).
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from desktop.errors import Code, ServiceError
from desktop.io import limits, numbers, textfile
from models.payments import TransactionKind
from models.rules.money import CENT, MoneyError, parse_money, round_cents

LEGACY = "legacy"
NEWER = "newer"

KINDS = (
    "hourly", "fixed_price", "bonus", "service_fee", "withdrawal", "withdrawal_fee", "refund",
    "membership_fee", "payment", "connects", "misc",
)

LEGACY_HEADER = (
    "Date", "Ref ID", "Type", "Description", "Agency", "Freelancer", "Team", "Account Name", "PO",
    "Amount", "Amount in local currency", "Currency", "Balance",
)
NEWER_HEADER = (
    "Date", "Transaction ID", "Transaction Type", "Transaction Summary",
    "Transaction Summary Details", "Description 1", "Description 2", "Description 3", "Agency",
    "Freelancer", "Team", "Account Name", "PO", "Ref ID", "Amount $", "Amount in local currency",
    "Currency", "Current Balance $", "Payment Method",
)


class StatementFormatError(ServiceError):
    """The file is not a transaction statement (or cannot be read as text at all): "{file}:
    {reason}", the reason a code with its parameters (``reason``, without the file)."""

    def __init__(self, file: str, found: Sequence[str], code: str, /, **params: Any):
        self.file = file
        self.found = list(found)
        self.reason = ServiceError(code, **params)
        super().__init__(Code.STATEMENT_FILE_PROBLEM, file=file, reason=self.reason)


@dataclass(frozen=True)
class RowError:
    """A row that cannot be read. ``field`` is the column as spelled in the file (or None);
    why, as a ServiceError code and its parameters (ui/messages.py words it)."""

    file: str
    line: int
    field: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, file: str, line: int, column: str | None, error: ServiceError) -> RowError:
        return cls(file, line, column, error.code, dict(error.params))

    def reason(self) -> ServiceError:
        return ServiceError(self.code, **self.params)

    @property
    def message(self) -> str:
        """The reason in English (the CLI and the log)."""
        return str(self.reason())

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}"
        if self.field:
            where += f", {self.field}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class StatementWarning:
    """Something worth telling the user that does not stop the import (a code and its
    parameters, like RowError)."""

    file: str
    line: int | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def reason(self) -> ServiceError:
        return ServiceError(self.code, **self.params)

    @property
    def message(self) -> str:
        return str(self.reason())

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class BalanceBreak:
    """Running balance on ``line`` is not the balance on ``older_line`` plus this row's amount."""

    line: int
    older_line: int
    expected: Decimal
    found: Decimal

    def reason(self) -> ServiceError:
        return ServiceError(Code.STATEMENT_BALANCE_BREAK, found=self.found,
                            older_line=self.older_line, expected=self.expected)

    def __str__(self) -> str:
        return str(self.reason())


@dataclass(frozen=True, kw_only=True)
class StatementRow:
    line: int                      # physical line in the file where the row starts (header = 1)
    date: date                     # Upwork's statement date, a UTC calendar date
    ext_ref: str                   # Ref ID (legacy) / Transaction ID (newer): the dedupe key
    kind: str                      # one of KINDS
    type_text: str                 # the Type column as written
    description: str               # Description (legacy) / Transaction Summary (newer)
    details: str = ""              # newer format: summary details and Description 1-3, " | "-joined
    agency: str = ""
    freelancer: str = ""
    client: str = ""               # the Team / Client team column
    account_name: str = ""
    po: str = ""
    amount: Decimal                # in USD; negative = money out of the Upwork balance
    currency: str = "USD"          # currency of ``amount`` and ``balance``
    local_amount: Decimal | None = None
    local_currency: str | None = None
    balance: Decimal | None = None  # running balance after this row; None while pending
    payment_method: str = ""
    related_ref: str | None = None  # e.g. the hourly payment a service fee was taken from
    period_start: date | None = None  # hourly invoices: the billed week
    period_end: date | None = None
    minutes: int | None = None
    rate: Decimal | None = None     # hourly rate in USD
    contract_title: str | None = None
    contract_ext_id: str | None = None


@dataclass
class StatementParse:
    file: str
    format: str                    # LEGACY or NEWER
    header: list[str]
    rows: list[StatementRow] = field(default_factory=list)      # newest first
    errors: list[RowError] = field(default_factory=list)
    warnings: list[StatementWarning] = field(default_factory=list)  # includes balance breaks
    balance_breaks: list[BalanceBreak] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row was read; an import must refuse the file otherwise."""
        return not self.errors

    @property
    def total(self) -> Decimal:
        return sum((row.amount for row in self.rows), Decimal("0"))


# ---------------------------------------------------------------------------------------------
# Shared CSV helpers (also used by weekly_summary.py)

def header_key(name: str) -> str:
    """Loose form of a header: "Ref. ID" -> "ref id", "Amount ($)" -> "amount"."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())


# An Upwork statement is a few thousand rows; anything far bigger is not one.
MAX_STATEMENT_BYTES = 64 * 1024 * 1024


def read_text(path: Path) -> tuple[str, list[Code]]:
    """Decode a CSV export (UTF-8 with or without a BOM, UTF-16 with or without one,
    Windows-1252); returns the text and notes (codes) about how it was decoded."""
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(b"PK\x03\x04"):
        raise StatementFormatError(str(path), [], Code.STATEMENT_XLSX)
    size = path.stat().st_size
    if size > MAX_STATEMENT_BYTES:
        raise StatementFormatError(str(path), [], Code.STATEMENT_TOO_BIG,
                                   megabytes=round(size / 1_048_576),
                                   limit=MAX_STATEMENT_BYTES // 1_048_576)
    try:
        encoding = textfile.detect_encoding(path)
    except textfile.NotTextError:
        raise StatementFormatError(str(path), [], Code.STATEMENT_NOT_TEXT) from None
    text = path.read_text(encoding=encoding)
    if encoding == "cp1252":
        # A spreadsheet on Windows re-saves as Windows-1252; reading it that way keeps the
        # numbers right, which we say in case an accented name looks odd.
        return text, [Code.STATEMENT_CP1252]
    return text, []


class CsvShapeError(ServiceError):
    """A record the csv module cannot read (a quote never closed, a cell over the limit), at
    ``line``."""

    def __init__(self, line: int, code: str, /, **params: Any):
        super().__init__(code, **params)
        self.line = line


def delimiter_of(text: str) -> str:
    first = text.lstrip("\r\n").split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(start line, fields) for every non-blank record; the delimiter is sniffed from line 1.

    Raises CsvShapeError naming the line for a record that cannot be read.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text))
    previous_end = start = 0
    try:
        for fields in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if any(value.strip() for value in fields):
                yield start, fields
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise CsvShapeError(previous_end + 1, Code.STATEMENT_CSV_CELL_TOO_BIG,
                                limit=csv.field_size_limit()) from None
        raise CsvShapeError(previous_end + 1, Code.STATEMENT_CSV_UNREADABLE) from None
    if text.count('"') % 2:
        raise CsvShapeError(start, Code.STATEMENT_CUT_SHORT)


_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept"}
_DATE_MDY_WORDS = re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})")
_DATE_DMY_WORDS = re.compile(
    r"(?P<day>\d{1,2})[-\s](?P<mon>[A-Za-z]{3,9})\.?[-\s](?P<year>\d{2}|\d{4})")
_DATE_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?P<time>[T ].+)?")
_DATE_SLASH = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2}|\d{4})")


def _month(name: str) -> int:
    lowered = name.lower()
    if lowered[:3] not in _MONTHS or (len(lowered) > 3 and lowered not in _MONTH_NAMES):
        raise ValueError(f"unknown month {name!r}")
    return _MONTHS[lowered[:3]]


def _year(text: str) -> int:
    # Two-digit years come from spreadsheet re-saves ("18-Mar-20"); Upwork data is all 2000+.
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_date(text: str, *, day_first: bool = False) -> date:
    """Read a statement date without the C library's locale-dependent month names.

    Accepts "Mar 18, 2020", "March 18 2020", "18-Mar-20", "18-Mar-2020", "2020-03-18" (with an
    optional time; an aware time is converted to UTC) and slash dates, month first unless
    ``day_first`` (Upwork itself writes 03/18/2020).
    """
    raw = text.strip()
    try:
        if match := _DATE_MDY_WORDS.fullmatch(raw):
            return date(_year(match["year"]), _month(match["mon"]), int(match["day"]))
        if match := _DATE_DMY_WORDS.fullmatch(raw):
            return date(_year(match["year"]), _month(match["mon"]), int(match["day"]))
        if match := _DATE_ISO.fullmatch(raw):
            if match["time"]:
                moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
                if moment.tzinfo is not None:
                    moment = moment.astimezone(UTC)
                return moment.date()
            return date(int(match["year"]), int(match["month"]), int(match["day"]))
        if match := _DATE_SLASH.fullmatch(raw):
            first, second = int(match["a"]), int(match["b"])
            day, month = (first, second) if day_first else (second, first)
            return date(_year(match["year"]), month, day)
    except ValueError:
        raise ServiceError(Code.STATEMENT_BAD_DATE, value=repr(raw)) from None
    raise ServiceError(Code.STATEMENT_NOT_DATE, value=repr(raw),
                       examples="'Mar 18, 2020', '18-Mar-20', '2020-03-18'")


def slash_dates_day_first(values: Iterable[str]) -> bool:
    """Decide for a whole file whether slash dates are day-first (only when some day is > 12)."""
    for value in values:
        if match := _DATE_SLASH.fullmatch(value.strip()):
            if int(match["a"]) > 12 >= int(match["b"]):
                return True
            if int(match["b"]) > 12:
                return False
    return False


_AMOUNT_SHAPE = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")


def parse_amount(text: str, *, decimal_comma: bool = False) -> Decimal:
    """Strict money reader: "-7.2", "$1,234.50", "-$0.99", "(12.00)"; rejects "12 abc".

    ``decimal_comma``: the file writes "1.234,56" (a semicolon-delimited spreadsheet save);
    otherwise a decimal comma is refused, never read as thousands ("12,50" is not $1,250).
    Amounts beyond what the ledger stores (see desktop/io/limits.py) are refused.
    """
    raw = text.strip()
    if len(raw) > 64:
        raise MoneyError(Code.NOT_AN_AMOUNT, value=f"{raw[:40]!r}…")
    try:
        plain = numbers.normalise(raw, decimal_comma=decimal_comma)
    except numbers.NumberError as exc:
        raise MoneyError(exc.code, **exc.params) from None
    bare = re.sub(r"[\s$,()\u00a0]", "", plain)
    if bare.upper().endswith("USD"):
        bare = bare[:-3]
    if not _AMOUNT_SHAPE.fullmatch(bare):
        raise MoneyError(Code.NOT_AN_AMOUNT, value=repr(raw))
    value = parse_money(plain.upper().replace("USD", ""), allow_suffix=False)
    if value != value.quantize(CENT):
        # Upwork amounts are whole cents; rounding here would hide a damaged file.
        raise MoneyError(Code.STATEMENT_DECIMALS, value=repr(raw))
    if problem := limits.amount_problem(value):
        raise MoneyError(problem.code, **problem.params)
    return value.quantize(CENT)


# ---------------------------------------------------------------------------------------------
# Statement columns

# field -> loose header keys that mean it; the first field whose alias matches wins.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("date", "transaction date"),
    "transaction_id": ("transaction id", "transaction no", "transaction number"),
    "ref_id": ("ref id", "reference id", "ref", "reference", "ref no", "reference number"),
    "type": ("type", "transaction type"),
    "description": ("description", "transaction summary", "summary"),
    "summary_details": ("transaction summary details", "summary details"),
    "description_1": ("description 1",),
    "description_2": ("description 2",),
    "description_3": ("description 3",),
    "entered_description": ("entered description",),
    "agency": ("agency", "agency team"),
    "freelancer": ("freelancer",),
    "team": ("team", "client team", "client"),
    "account_name": ("account name", "account"),
    "po": ("po", "purchase order", "po number"),
    "amount": ("amount", "amount usd", "amount in usd"),
    "local_amount": ("amount in local currency", "local amount", "amount local currency"),
    "currency": ("currency", "local currency"),
    "balance": ("balance", "current balance", "running balance", "balance usd",
                "current balance usd", "running balance usd"),
    "payment_method": ("payment method", "method"),
}
_ALIASES = {alias: name for name, aliases in _COLUMNS.items() for alias in aliases}
_DETAIL_FIELDS = ("summary_details", "description_1", "description_2", "description_3",
                  "entered_description")


def _map_columns(header: Sequence[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = _ALIASES.get(header_key(name))
        if key is not None and key not in columns:
            columns[key] = index
    return columns


def is_statement_header(header: Sequence[str]) -> bool:
    """True when a CSV header is a transaction statement's (legacy or newer)."""
    return _detect_format(_map_columns(header)) is not None


def _detect_format(columns: dict[str, int]) -> str | None:
    common = {"date", "type", "description", "amount"}
    if not common <= columns.keys():
        return None
    if "transaction_id" in columns:
        return NEWER
    if "ref_id" in columns:
        return LEGACY
    return None


# ---------------------------------------------------------------------------------------------
# Kinds and descriptions

_KIND_BY_TYPE = {
    "hourly": "hourly",
    "fixed price": "fixed_price", "fixedprice": "fixed_price", "fixed": "fixed_price",
    "milestone": "fixed_price",
    "bonus": "bonus",
    "service fee": "service_fee",
    "withdrawal": "withdrawal",
    "withdrawal fee": "withdrawal_fee",
    "refund": "refund",
    "membership fee": "membership_fee", "membership": "membership_fee",
    "subscription": "membership_fee", "subscription fee": "membership_fee",
    "payment": "payment",
    "connects": "connects", "connects purchase": "connects", "connect": "connects",
    "miscellaneous": "misc", "misc": "misc", "adjustment": "misc", "other": "misc",
    "gst": "misc", "vat": "misc", "tax": "misc", "withholding tax": "misc", "sales tax": "misc",
}

_RELATED_REF = re.compile(r"\bRef(?:erence)?\.?\s*(?:ID|#|No\.?)\s*[:#]?\s*(\d+)", re.IGNORECASE)
_HOURLY = re.compile(
    r"Invoice for (?P<start>\d{1,2}/\d{1,2}/\d{4})\s*-\s*(?P<end>\d{1,2}/\d{1,2}/\d{4})"
    r"\s*[-|]\s*(?:(?P<h>\d+):(?P<m>[0-5]\d)|(?P<dec>\d+(?:\.\d+)?))\s*hrs?"
    r"\s*@\s*\$?(?P<rate>\d[\d,]*(?:\.\d+)?)\s*/\s*hr",
    re.IGNORECASE)
# Upwork names a contract "Title (12345678)" in its reports; take that shape where it appears.
_CONTRACT = re.compile(r"(?P<title>\S.*?)\s*\((?P<id>\d{6,})\)\s*")
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?E\+?\d+", re.IGNORECASE)


def kind_for(type_text: str, description: str = "") -> str | None:
    """The kind code for a Type column value, or None when the type is unknown."""
    kind = _KIND_BY_TYPE.get(header_key(type_text))
    # The newer layout files every fee under Type "Service Fee" and says which fee in the
    # Summary: "Withdrawal Fee" there is the withdrawal's fee, not a fee on earnings.
    if kind == TransactionKind.SERVICE_FEE and header_key(description).startswith("withdrawal fee"):
        return "withdrawal_fee"
    # Legacy statements book Connects purchases as "Membership Fee" ("Fees for additional
    # Connects (10)"); the ledger keeps Connects apart because they price each bid.
    if kind == TransactionKind.MEMBERSHIP_FEE and "connects" in description.lower():
        return "connects"
    return kind


def split_contract(text: str) -> tuple[str, str | None]:
    """"Bootstrap5 Expert (34848691)" -> ("Bootstrap5 Expert", "34848691")."""
    if match := _CONTRACT.fullmatch(text.strip()):
        return match["title"], match["id"]
    return text.strip(), None


def _us_date(text: str) -> date:
    month, day, year = (int(part) for part in text.split("/"))
    return date(year, month, day)


def _hourly_details(text: str) -> dict | None:
    match = _HOURLY.search(text)
    if not match:
        return None
    if match["dec"] is not None:
        minutes = Decimal(match["dec"]) * 60
        if minutes != minutes.to_integral_value():
            return None
        minutes = int(minutes)
    else:
        minutes = int(match["h"]) * 60 + int(match["m"])
    try:
        start, end = _us_date(match["start"]), _us_date(match["end"])
    except ValueError:
        return None
    return {"period_start": start, "period_end": end, "minutes": minutes,
            "rate": Decimal(match["rate"].replace(",", ""))}


# ---------------------------------------------------------------------------------------------
# Reading

def read_statement(path: str | Path) -> StatementParse:
    """Parse one Upwork transaction statement. Raises StatementFormatError if it is not one.

    Rows that cannot be read are reported in ``errors`` (and left out of ``rows``); balance
    chain breaks, unknown types and similar oddities are ``warnings``.
    """
    path = Path(path)
    name = str(path)
    text, notes = read_text(path)
    try:
        records = list(csv_records(text))
        truncated = None
    except CsvShapeError as exc:
        # keep what was read before the damage, and report the damage as a row error
        truncated = exc
        records = []
        try:
            for record in csv_records(text):
                records.append(record)
        except CsvShapeError:
            pass
        while records and records[-1][0] >= truncated.line:
            records.pop()
    if not records and truncated is not None:
        raise StatementFormatError(name, [], Code.STATEMENT_AT_LINE, line=truncated.line,
                                   reason=truncated)
    if not records:
        raise StatementFormatError(name, [], Code.STATEMENT_EMPTY,
                                   header=",".join(LEGACY_HEADER))
    header_line, header = records[0]
    header = [value.strip() for value in header]
    columns = _map_columns(header)
    kind = _detect_format(columns)
    if kind is None:
        raise StatementFormatError(
            name, header, Code.STATEMENT_NOT_STATEMENT, found=repr(header), line=header_line,
            legacy=", ".join(LEGACY_HEADER), newer=", ".join(NEWER_HEADER))
    parse = StatementParse(file=name, format=kind, header=header)
    decimal_comma = delimiter_of(text) == ";"
    if truncated is not None:
        parse.errors.append(RowError.of(name, truncated.line, None, truncated))
    parse.warnings.extend(StatementWarning(name, None, note) for note in notes)
    known = set(columns.values())
    for index, column in enumerate(header):
        if index not in known and column:
            parse.warnings.append(StatementWarning(name, header_line,
                                                   Code.STATEMENT_IGNORED_COLUMN,
                                                   {"column": repr(column)}))

    data = records[1:]
    day_first = slash_dates_day_first(
        fields[columns["date"]] for _, fields in data if len(fields) > columns["date"])
    seen: dict[str, int] = {}
    for line, fields in data:
        row = _read_row(parse, columns, header, line, fields, day_first, decimal_comma)
        if row is None:
            continue
        if row.ext_ref in seen:
            parse.errors.append(RowError(
                name, line, header[columns[_ref_field(kind)]], Code.STATEMENT_REF_TWICE,
                {"ref": row.ext_ref, "first": seen[row.ext_ref]}))
            continue
        seen[row.ext_ref] = line
        parse.rows.append(row)

    _put_newest_first(parse)
    _check_balance_chain(parse)
    _check_hourly_amounts(parse)
    return parse


def _ref_field(fmt: str) -> str:
    return "transaction_id" if fmt == NEWER else "ref_id"


def _read_row(parse: StatementParse, columns: dict[str, int], header: Sequence[str], line: int,
              fields: list[str], day_first: bool, decimal_comma: bool = False
              ) -> StatementRow | None:
    name = parse.file
    if len(fields) != len(header):
        parse.errors.append(RowError(name, line, None, Code.STATEMENT_FIELD_COUNT,
                                     {"cells": len(fields), "columns": len(header)}))
        return None

    def get(key: str) -> str:
        index = columns.get(key)
        return fields[index].strip() if index is not None else ""

    def fail(key: str, why: ServiceError | Code) -> None:
        why = why if isinstance(why, ServiceError) else ServiceError(why)
        parse.errors.append(RowError.of(name, line, header[columns[key]], why))

    try:
        when = parse_date(get("date"), day_first=day_first)
    except ServiceError as exc:
        fail("date", exc if get("date") else Code.STATEMENT_DATE_EMPTY)
        return None
    if problem := limits.year_problem(when):
        fail("date", problem)
        return None

    ref_key = _ref_field(parse.format)
    ext_ref = get(ref_key)
    if not ext_ref:
        fail(ref_key, Code.STATEMENT_REF_EMPTY)
        return None
    if _SCIENTIFIC.fullmatch(ext_ref):
        fail(ref_key, ServiceError(Code.STATEMENT_REF_SCIENTIFIC, value=repr(ext_ref)))
        return None

    try:
        amount = parse_amount(get("amount"), decimal_comma=decimal_comma)
    except MoneyError as exc:
        fail("amount", exc if get("amount") else Code.STATEMENT_AMOUNT_EMPTY)
        return None

    balance = local_amount = None
    if get("balance"):
        try:
            balance = parse_amount(get("balance"), decimal_comma=decimal_comma)
        except MoneyError as exc:
            fail("balance", exc)
            return None
    if get("local_amount"):
        try:
            local_amount = parse_amount(get("local_amount"), decimal_comma=decimal_comma)
        except MoneyError as exc:
            fail("local_amount", exc)
            return None

    type_text = get("type")
    description = get("description")
    kind = kind_for(type_text, description)
    if kind is None:
        kind = "misc"
        parse.warnings.append(StatementWarning(name, line, Code.STATEMENT_UNKNOWN_TYPE,
                                               {"value": repr(type_text)}))

    details = " | ".join(value for key in _DETAIL_FIELDS if (value := get(key)))
    texts = [description, *(get(key) for key in _DETAIL_FIELDS)]
    related = None
    for text in texts:
        if (match := _RELATED_REF.search(text)) and match[1] != ext_ref:
            related = match[1]
            break
    # The newer layout also carries a Ref ID column; when it names another transaction it is
    # the link (the description is the first choice because its meaning is spelled out).
    if related is None and parse.format == NEWER and get("ref_id") not in ("", ext_ref):
        related = get("ref_id")

    hourly = None
    if kind == TransactionKind.HOURLY:
        # Legacy: one Description "Invoice for 03/02/2020-03/08/2020 - 8:00 hrs @ $4.50/hr".
        # Newer: the same words spread over Summary and Description 1-3 ("Invoice for
        # 09/29/2025-10/05/2025" | "14:00 hrs @ $30.00/hr"), so they are read together too.
        combined = " | ".join(text for text in texts if text)
        hourly = next((found for text in (*texts, combined)
                       if (found := _hourly_details(text))), None)
    title = contract_id = None
    for text in texts:
        candidate, found_id = split_contract(text)
        if found_id:
            title, contract_id = candidate, found_id
            break

    return StatementRow(
        line=line, date=when, ext_ref=ext_ref, kind=kind, type_text=type_text,
        description=description, details=details, agency=get("agency"),
        freelancer=get("freelancer"), client=get("team"), account_name=get("account_name"),
        po=get("po"), amount=amount, local_amount=local_amount,
        local_currency=get("currency").upper() or None, balance=balance,
        payment_method=get("payment_method"), related_ref=related,
        contract_title=title, contract_ext_id=contract_id, **(hourly or {}))


def _put_newest_first(parse: StatementParse) -> None:
    rows = parse.rows
    newer_below = [(a, b) for a, b in pairwise(rows) if b.date > a.date]
    if not newer_below:
        return
    older_below = any(b.date < a.date for a, b in pairwise(rows))
    if not older_below:
        # Sorted oldest first (a spreadsheet sort); the balance chain reads newest first.
        rows.reverse()
        parse.warnings.append(StatementWarning(parse.file, None, Code.STATEMENT_OLDEST_FIRST))
        return
    for above, below in newer_below:
        parse.warnings.append(StatementWarning(
            parse.file, below.line, Code.STATEMENT_OUT_OF_ORDER,
            {"date": below.date, "above_line": above.line, "above_date": above.date}))


def _check_balance_chain(parse: StatementParse) -> None:
    """Newest first, balance[i] == balance[i+1] + amount[i].

    Rows without a balance (pending earnings) are left out of the chain: Upwork has not added
    their amount to the balance yet, so the next balance is compared across them.
    """
    with_balance = [row for row in parse.rows if row.balance is not None]
    for newer, older in pairwise(with_balance):
        expected = older.balance + newer.amount
        if expected != newer.balance:
            gap = BalanceBreak(newer.line, older.line, expected, newer.balance)
            parse.balance_breaks.append(gap)
            why = gap.reason()
            parse.warnings.append(StatementWarning(parse.file, newer.line, why.code, why.params))


def _check_hourly_amounts(parse: StatementParse) -> None:
    for row in parse.rows:
        if row.minutes is None or row.rate is None:
            continue
        billed = round_cents(row.rate * row.minutes / 60)
        if billed != row.amount:
            parse.warnings.append(StatementWarning(
                parse.file, row.line, Code.STATEMENT_HOURLY_MISMATCH,
                {"hours": f"{row.minutes // 60}:{row.minutes % 60:02d}", "rate": row.rate,
                 "billed": billed, "amount": row.amount}))

"""Read the Upwork Reports "Weekly Summary" export.

Header ``"Date","Contract","Hours","Amount","Payment type"``; one row per day and contract, hours
as a decimal rounded to five places ("0.33333" is 20 minutes), contracts named
"Title (contract id)", the payment type empty for hourly work. Unlike a transaction statement it
has no transaction ids, fees or balances: it is earnings by contract, not a ledger.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from desktop.errors import Code, ServiceError
from desktop.io import limits
from desktop.io.statements import (
    CsvShapeError,
    RowError,
    StatementFormatError,
    StatementParse,
    StatementWarning,
    csv_records,
    header_key,
    kind_for,
    parse_amount,
    parse_date,
    read_statement,
    read_text,
    slash_dates_day_first,
    split_contract,
)
from models.payments import TransactionKind
from models.rules.money import MoneyError, round_cents

HEADER = ("Date", "Contract", "Hours", "Amount", "Payment type")
_COLUMNS = {"date": "date", "contract": "contract", "hours": "hours", "amount": "amount",
            "payment type": "payment_type"}
_REQUIRED = ("date", "contract", "hours", "amount")
# Hours carry five decimals, so a whole number of minutes can be off by 0.0003 minutes; more
# than this means the hours were not whole minutes to begin with.
_MINUTE_TOLERANCE = Decimal("0.001")


@dataclass(frozen=True, kw_only=True)
class WeeklySummaryRow:
    line: int
    date: date
    contract_title: str
    contract_ext_id: str | None
    kind: str                  # "hourly", "fixed_price", "bonus", … (statements.KINDS)
    payment_type: str          # the column as written ("" for hourly work)
    minutes: int | None        # None where no hours are given (fixed price, bonus)
    amount: Decimal            # USD, before Upwork's service fee

    @property
    def rate(self) -> Decimal | None:
        """Effective hourly rate of the row, when it has hours."""
        if not self.minutes:
            return None
        return round_cents(self.amount * 60 / self.minutes)


@dataclass
class WeeklySummaryParse:
    file: str
    header: list[str]
    rows: list[WeeklySummaryRow] = field(default_factory=list)   # file order (oldest first)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[StatementWarning] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def total(self) -> Decimal:
        return sum((row.amount for row in self.rows), Decimal("0"))


def hours_to_minutes(text: str) -> tuple[int, bool]:
    """"0.33333" -> (20, True); the flag is False when the hours were not whole minutes."""
    exact = Decimal(text) * 60
    minutes = exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(minutes), abs(exact - minutes) <= _MINUTE_TOLERANCE


def is_weekly_summary_header(header: list[str]) -> bool:
    keys = {_COLUMNS.get(header_key(name)) for name in header}
    return all(name in keys for name in _REQUIRED)


def read_weekly_summary(path: str | Path) -> WeeklySummaryParse:
    """Parse a Weekly Summary export; raises StatementFormatError when the file is not one."""
    path = Path(path)
    name = str(path)
    text, notes = read_text(path)
    try:
        records = list(csv_records(text))
    except CsvShapeError as exc:
        raise StatementFormatError(name, [], Code.STATEMENT_AT_LINE, line=exc.line,
                                   reason=exc) from None
    header = [value.strip() for value in records[0][1]] if records else []
    if not is_weekly_summary_header(header):
        raise StatementFormatError(name, header, Code.STATEMENT_NOT_WEEKLY, found=repr(header),
                                   expected=", ".join(HEADER))
    columns: dict[str, int] = {}
    for index, column in enumerate(header):
        key = _COLUMNS.get(header_key(column))
        if key is not None:
            columns.setdefault(key, index)
    parse = WeeklySummaryParse(file=name, header=header)
    parse.warnings.extend(StatementWarning(name, None, note) for note in notes)
    day_first = slash_dates_day_first(
        fields[columns["date"]] for _, fields in records[1:] if len(fields) > columns["date"])
    for line, fields in records[1:]:
        row = _read_row(parse, columns, header, line, fields, day_first)
        if row is not None:
            parse.rows.append(row)
    return parse


def _read_row(parse: WeeklySummaryParse, columns: dict[str, int], header: list[str], line: int,
              fields: list[str], day_first: bool) -> WeeklySummaryRow | None:
    if len(fields) != len(header):
        parse.errors.append(RowError(parse.file, line, None, Code.STATEMENT_FIELD_COUNT,
                                     {"cells": len(fields), "columns": len(header)}))
        return None

    def get(key: str) -> str:
        index = columns.get(key)
        return fields[index].strip() if index is not None else ""

    def fail(key: str, why: ServiceError | Code, **params) -> None:
        why = why if isinstance(why, ServiceError) else ServiceError(why, **params)
        parse.errors.append(RowError.of(parse.file, line, header[columns[key]], why))

    try:
        when = parse_date(get("date"), day_first=day_first)
    except ServiceError as exc:
        fail("date", exc if get("date") else Code.STATEMENT_DATE_EMPTY)
        return None
    if problem := limits.year_problem(when):
        fail("date", problem)
        return None
    if not get("contract"):
        fail("contract", Code.STATEMENT_CONTRACT_EMPTY)
        return None
    title, contract_id = split_contract(get("contract"))
    try:
        amount = parse_amount(get("amount"))
    except MoneyError as exc:
        fail("amount", exc if get("amount") else Code.STATEMENT_AMOUNT_EMPTY)
        return None

    payment_type = get("payment_type")
    # Hourly rows leave the type empty; "Fixed Price Payment" is the fixed-price label.
    type_key = header_key(payment_type).removesuffix(" payment") or "hourly"
    kind = kind_for(type_key)
    if kind is None:
        kind = "misc"
        parse.warnings.append(StatementWarning(parse.file, line,
                                               Code.STATEMENT_UNKNOWN_PAYMENT_TYPE,
                                               {"value": repr(payment_type)}))

    minutes = None
    if get("hours"):
        try:
            minutes, whole = hours_to_minutes(get("hours"))
        except InvalidOperation:
            fail("hours", Code.STATEMENT_HOURS_NOT_NUMBER, value=repr(get("hours")))
            return None
        if minutes < 0:
            fail("hours", Code.STATEMENT_HOURS_NEGATIVE, value=repr(get("hours")))
            return None
        if not whole:
            parse.warnings.append(StatementWarning(
                parse.file, line, Code.STATEMENT_NOT_WHOLE_MINUTES,
                {"hours": get("hours"), "minutes": minutes}))
    elif kind == TransactionKind.HOURLY:
        fail("hours", Code.STATEMENT_HOURS_MISSING)
        return None

    return WeeklySummaryRow(
        line=line, date=when, contract_title=title, contract_ext_id=contract_id, kind=kind,
        payment_type=payment_type, minutes=minutes, amount=amount)


def read_upwork_export(path: str | Path) -> StatementParse | WeeklySummaryParse:
    """Read either Upwork export, chosen by its header (for `import transactions FILE…`)."""
    try:
        return read_statement(path)
    except StatementFormatError as exc:
        if not exc.found:  # empty, or not text at all: that message is already precise
            raise
        if not is_weekly_summary_header(exc.found):
            raise StatementFormatError(
                exc.file, exc.found, Code.STATEMENT_NEITHER, found=repr(exc.found),
                legacy="Date,Ref ID,Type", newer="Date,Transaction ID,Transaction Type",
                expected=",".join(HEADER)) from None
    return read_weekly_summary(path)

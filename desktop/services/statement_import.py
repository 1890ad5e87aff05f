"""Upwork statements and Weekly Summary exports → the ledger.

Two steps, so the user sees what will happen before anything is written:

1. ``plan_import(paths)`` reads every file (no writes): rows, how many are new and how many are
   already in the ledger (by Ref ID / Transaction ID), errors with file, line and field, warnings,
   balance-chain breaks and the statement's opening and closing balance.
2. ``import_files(paths, progress=…)`` writes all files, all or nothing, in short transactions
   with an undo marker (see "Publishing in short transactions"): a file with an error changes
   nothing; a cancel, a failure or a kill -9 is taken back (at once, or by the next open).

Mapping a statement row: payments keep gross = net = the amount; a "Service Fee" row becomes a
fee row (gross 0, fee = −amount, net = amount) linked through ``parent`` to the payment its
description names ("Service Fee for Hourly - Ref ID 289613147"), and takes the payment's client,
contract and availability. Rows without a running balance were still pending when the statement
was made; their availability date comes from the payout rules. The Team column names the client;
a contract is linked when the statement names one ("Title (12345678)").

Contracts the files name by Upwork contract id but that are not in Contracts yet are listed in
the plan (``new_contracts``); unless the caller says no, the import adds them as contracts
entered by hand would be (hourly at the last rate seen, or fixed price; ended when their last
payment is more than ``ACTIVE_DAYS`` old, else active; no client unless a statement's Team
column names one) and links their rows — also rows imported earlier, before the contract existed.

Weekly Summary rows carry no ids or fees: each gets a stable synthetic key (``ws:…``) so a
re-import adds nothing. Upwork invoices hourly work once per contract and week and rounds the
service fee on that weekly invoice; the export splits the week into days, so the week's fee is
worked out on the week's total and shared out over its days (each day gets the growth of the
rounded weekly fee), which keeps the sum exact to the cent.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from peewee import fn

from desktop import clock, events
from desktop.errors import Code, ServiceError
from desktop.io.statements import (
    RowError,
    StatementFormatError,
    StatementParse,
    StatementRow,
    StatementWarning,
)
from desktop.io.weekly_summary import WeeklySummaryParse, WeeklySummaryRow, read_upwork_export
from desktop.progress import Progress, report
from desktop.services import clients as client_service
from desktop.services import contracts as contract_service
from desktop.services import db
from desktop.services.payments import AREA, noon_utc, schedule, status_on, today_utc
from models import db as dbmod
from models.contracts import Contract, EndReason
from models.fields import MoneyField, UtcDateTimeField
from models.payments import EARNING_KINDS, ImportLog, Transaction, TransactionKind
from models.query import tuples
from models.rules import fees as fee_rules
from models.rules import payout
from models.rules.money import round_cents

log = logging.getLogger(__name__)
ZERO = Decimal(0)
STATEMENT = "transactions"
WEEKLY = "weekly_summary"
_CHUNK = 500  # SQLite host-parameter limit is far above this; keeps IN (...) lists small
# A contract added by an import counts as active when it paid within this many days, else ended.
ACTIVE_DAYS = 30
WEEK = timedelta(days=7)


SHOWN_PROBLEMS = 5  # a refusal lists this many problems, then "and M more"


class ImportRejectedError(ServiceError):
    """One or more files cannot be imported; nothing was written. One message: the problem
    (file, line, column, why), or the first SHOWN_PROBLEMS of them and how many more."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        problems = [problem(error) for error in errors[:SHOWN_PROBLEMS]]
        if len(errors) == 1:
            super().__init__(Code.STATEMENT_REFUSED_ONE, problem=problems[0])
        elif len(errors) <= SHOWN_PROBLEMS:
            super().__init__(Code.STATEMENT_REFUSED, count=len(errors), problems=problems)
        else:
            super().__init__(Code.STATEMENT_REFUSED_MORE, count=len(errors), problems=problems,
                             more=len(errors) - SHOWN_PROBLEMS)


def problem(error: RowError) -> ServiceError:
    """Where and what one problem is: "statement.csv, line 4, Amount: not an amount …" (the
    file by its name; the column as the file spells it)."""
    name = Path(error.file).name
    if error.line <= 0:  # the file as a whole (it cannot be read)
        return ServiceError(Code.STATEMENT_FILE_PROBLEM, file=name, reason=error.reason())
    if error.field:
        return ServiceError(Code.STATEMENT_PROBLEM, file=name, line=error.line,
                            column=error.field, reason=error.reason())
    return ServiceError(Code.STATEMENT_PROBLEM_NO_COLUMN, file=name, line=error.line,
                        reason=error.reason())


def warning(note: StatementWarning) -> ServiceError:
    """Where and what one warning is: "statement.csv, line 9: unknown transaction type …"."""
    name = Path(note.file).name
    if note.line is None:
        return ServiceError(Code.STATEMENT_FILE_PROBLEM, file=name, reason=note.reason())
    return ServiceError(Code.STATEMENT_PROBLEM_NO_COLUMN, file=name, line=note.line,
                        reason=note.reason())


@dataclass
class NewContract:
    """A contract a file names ("Title (12345678)") that Contracts does not have yet."""
    ext_id: str
    title: str
    first_day: date
    last_day: date
    hourly: bool = False
    fixed_total: Decimal = ZERO      # fixed-price payments seen
    client: str = ""                 # a statement's Team column, when it names one
    rate_week: date | None = None    # the latest week with hourly rows
    # minutes billed at each rate in that week: days are rounded to the cent ("0.33333" h for
    # $3.33 looks like $9.99/h), so the rate with the most minutes behind it is the real one
    week_rates: Counter = field(default_factory=Counter)

    @property
    def rate(self) -> Decimal | None:
        return self.week_rates.most_common(1)[0][0] if self.week_rates else None

    @property
    def contract_type(self) -> str:
        return "hourly" if self.hourly else "fixed"

    def status_on(self, today: date) -> str:
        return "active" if (today - self.last_day).days <= ACTIVE_DAYS else "ended"

    def add(self, day: date, kind: str, amount: Decimal, minutes: int | None,
            client: str = "") -> None:
        self.first_day, self.last_day = min(self.first_day, day), max(self.last_day, day)
        self.client = self.client or client
        if kind == TransactionKind.HOURLY and minutes:
            self.hourly = True
            self.count_rate(payout.hourly_week(noon_utc(day)).week_start.date(),
                            Counter({round_cents(amount * 60 / minutes): minutes}))
        elif kind == TransactionKind.FIXED_PRICE:
            self.fixed_total += amount

    def count_rate(self, week: date, rates: Counter) -> None:
        if self.rate_week is None or week > self.rate_week:
            self.rate_week, self.week_rates = week, Counter()
        if week == self.rate_week:
            self.week_rates.update(rates)


@dataclass
class FilePlan:
    path: Path
    kind: str                        # STATEMENT or WEEKLY
    format: str                      # legacy | newer | weekly summary
    sha256: str
    rows: int = 0
    new: int = 0
    duplicates: int = 0
    total: Decimal = ZERO            # sum of the file's amounts
    first_day: date | None = None
    last_day: date | None = None
    opening_balance: Decimal | None = None
    closing_balance: Decimal | None = None
    errors: list[RowError] = field(default_factory=list)
    # "file, line: what" (a code: the window words it, str() is the CLI's English)
    warnings: list[ServiceError] = field(default_factory=list)
    balance_breaks: int = 0
    parse: StatementParse | WeeklySummaryParse | None = None
    keys: list[str] = field(default_factory=list)  # ext_ref per parsed row, in parse order
    new_contracts: dict[str, NewContract] = field(default_factory=dict)  # by Upwork id

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def settled_total(self) -> Decimal:
        """Sum of rows the running balance already includes (pending rows have no balance)."""
        if not isinstance(self.parse, StatementParse):
            return ZERO
        return sum((r.amount for r in self.parse.rows if r.balance is not None), ZERO)

    @property
    def balance_adds_up(self) -> bool | None:
        """True when opening + settled amounts = closing balance (None: no balances)."""
        if self.opening_balance is None or self.closing_balance is None:
            return None
        return self.opening_balance + self.settled_total == self.closing_balance


@dataclass
class ImportPlan:
    files: list[FilePlan]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)

    @property
    def errors(self) -> list[RowError]:
        return [error for f in self.files for error in f.errors]

    def refusal(self) -> ImportRejectedError | None:
        """Why these files cannot be imported, as one message (None when they can)."""
        errors = self.errors
        return ImportRejectedError(errors) if errors else None

    @property
    def new(self) -> int:
        return sum(f.new for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def new_contracts(self) -> list[NewContract]:
        """Contracts named across all files and not in Contracts yet, oldest first."""
        merged: dict[str, NewContract] = {}
        for f in self.files:
            for ext_id, found in f.new_contracts.items():
                if ext_id not in merged:
                    merged[ext_id] = NewContract(ext_id, found.title, found.first_day,
                                                 found.last_day)
                into = merged[ext_id]
                into.first_day = min(into.first_day, found.first_day)
                into.last_day = max(into.last_day, found.last_day)
                into.hourly = into.hourly or found.hourly
                into.fixed_total += found.fixed_total
                into.client = into.client or found.client
                if found.rate_week is not None:
                    into.count_rate(found.rate_week, found.week_rates)
        return sorted(merged.values(), key=lambda c: (c.first_day, c.title.lower()))


@dataclass
class FileResult:
    file: str
    added: int
    skipped: int
    fees_linked: int
    clients_linked: int
    contracts_linked: int
    fees_assumed: int = 0            # rows whose fee rests on the assumed 10% (2025+)


@dataclass
class ImportResult:
    files: list[FileResult]
    contracts_added: list[str] = field(default_factory=list)  # titles
    earlier_rows_linked: int = 0       # rows already in the ledger linked to an added contract
    # (contract named in the files, why it was not added): the window says why in its language
    contracts_refused: list[tuple[str, ServiceError]] = field(default_factory=list)
    # contract (or file row) names whose 2025+ fee was not known: 10% assumed, correct it by
    # recording the contract's fee (Contracts, or `contracts set-fee`)
    fee_assumed: list[str] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def skipped(self) -> int:
        return sum(f.skipped for f in self.files)

    def text(self) -> str:
        lines = [f"Imported {self.added} transaction(s); {self.skipped} already in the ledger."]
        for f in self.files:
            lines.append(f"  {f.file}: {f.added} added, {f.skipped} skipped, "
                         f"{f.fees_linked} fee(s) linked to payments, "
                         f"{f.clients_linked} row(s) linked to clients, "
                         f"{f.contracts_linked} to contracts")
        if self.contracts_added:
            lines.append(f"Added {len(self.contracts_added)} contract(s) named in the files: "
                         + "; ".join(self.contracts_added))
        if self.earlier_rows_linked:
            lines.append(f"Linked {self.earlier_rows_linked} earlier imported row(s) to them.")
        lines.extend(f"Contract not added: {name}: {why}" for name, why in self.contracts_refused)
        if self.fee_assumed:
            lines.append(
                f"Assumed a 10% service fee (2025+ fee not known) on "
                f"{sum(f.fees_assumed for f in self.files)} payment(s) of: "
                + "; ".join(self.fee_assumed)
                + ". Record each contract's real fee to correct them "
                  "(Contracts, or: freelance-desk contracts set-fee CONTRACT PERCENT).")
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Planning (read-only)

def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def weekly_key(row: WeeklySummaryRow, occurrence: int) -> str:
    """A stable id for a Weekly Summary row (the export has none); identical rows on the same
    day are told apart by their order."""
    contract = row.contract_ext_id or re.sub(r"\W+", "-", row.contract_title.lower()).strip("-")
    minutes = "" if row.minutes is None else str(row.minutes)
    return (f"ws:{contract}:{row.date.isoformat()}:{row.kind}:{row.amount}:{minutes}"
            f"#{occurrence}")


def _existing(keys: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        found.update(ref for (ref,) in tuples(Transaction.select(Transaction.ext_ref)
                                              .where(Transaction.ext_ref.in_(chunk))))
    return found


def plan_file(path: str | Path, seen: set[str] | None = None) -> FilePlan:
    """Read one file and compare it with the ledger; ``seen`` holds keys of earlier files in the
    same batch (they count as duplicates too)."""
    path = Path(path)
    seen = set() if seen is None else seen
    try:
        sha = _sha256(path)
    except OSError as exc:
        plan = FilePlan(path, STATEMENT, "unreadable", "")
        plan.errors.append(RowError(str(path), 0, None, Code.STATEMENT_CANNOT_READ,
                                    {"detail": exc.strerror or str(exc)}))
        return plan
    try:
        parse = read_upwork_export(path)
    except StatementFormatError as exc:
        plan = FilePlan(path, STATEMENT, "unknown", sha)
        plan.errors.append(RowError.of(str(path), 1, None, exc.reason))
        return plan
    if isinstance(parse, StatementParse):
        plan = FilePlan(path, STATEMENT, parse.format, sha, parse=parse)
        plan.keys = [row.ext_ref for row in parse.rows]
        with_balance = [(row.balance, row.amount) for row in parse.rows
                        if row.balance is not None]
        if with_balance:
            plan.closing_balance = with_balance[0][0]
            plan.opening_balance = with_balance[-1][0] - with_balance[-1][1]
        plan.balance_breaks = len(parse.balance_breaks)
    else:
        plan = FilePlan(path, WEEKLY, "weekly summary", sha, parse=parse)
        counts: Counter[str] = Counter()
        for row in parse.rows:
            base = weekly_key(row, 0)
            plan.keys.append(weekly_key(row, counts[base]))
            counts[base] += 1
    plan.errors.extend(parse.errors)
    plan.warnings.extend(warning(w) for w in parse.warnings)
    plan.rows = len(parse.rows)
    plan.total = parse.total
    days = [row.date for row in parse.rows]
    if days:
        plan.first_day, plan.last_day = min(days), max(days)
    plan.new_contracts = _named_contracts(parse)
    in_ledger = _existing(plan.keys)
    for key in plan.keys:
        if key in in_ledger or key in seen:
            plan.duplicates += 1
        else:
            plan.new += 1
            seen.add(key)
    if plan.kind == WEEKLY and plan.first_day and plan.last_day:
        overlap = (Transaction.select(fn.COUNT(Transaction.id))
                   .where((Transaction.source == "import")
                          & Transaction.kind.in_(EARNING_KINDS)
                          & ~(Transaction.ext_ref.startswith("ws:"))
                          & (Transaction.occurred_at >= noon_utc(plan.first_day).replace(hour=0))
                          & (Transaction.occurred_at <= noon_utc(plan.last_day).replace(
                              hour=23, minute=59)))
                   .scalar())
        if overlap:
            plan.warnings.append(ServiceError(
                Code.STATEMENT_FILE_PROBLEM, file=path.name,
                reason=ServiceError(Code.STATEMENT_WEEKLY_OVERLAP, count=overlap)))
    return plan


def _named_contracts(parse: StatementParse | WeeklySummaryParse) -> dict[str, NewContract]:
    """Contracts the rows name by Upwork id that Contracts has neither by that id nor by a
    unique title (the linker finds those)."""
    found: dict[str, NewContract] = {}
    for row in parse.rows:
        if not row.contract_ext_id or not row.contract_title:
            continue
        entry = found.setdefault(row.contract_ext_id, NewContract(
            row.contract_ext_id, row.contract_title, row.date, row.date))
        entry.add(row.date, row.kind, row.amount, row.minutes,
                  getattr(row, "client", "") or "")
    if not found:
        return found
    known = {ext for (ext,) in tuples(Contract.select(Contract.ext_id)
                                      .where(Contract.ext_id.in_(list(found))))}
    for ext_id in list(found):
        title = found[ext_id].title.lower()
        by_title = Contract.select().where(fn.lower(Contract.title) == title).limit(2).count()
        if ext_id in known or by_title == 1:
            del found[ext_id]
    return found


def plan_import(paths: list[str | Path]) -> ImportPlan:
    """What importing ``paths`` would do, without writing anything."""
    seen: set[str] = set()
    return ImportPlan([plan_file(path, seen) for path in paths])


# ---------------------------------------------------------------------------------------------
# Writing

class _Linker:
    """Finds clients and contracts named by rows, caching per import."""

    def __init__(self):
        self.clients: dict[str, int] = {}
        self.contracts: dict[tuple, int | None] = {}
        self.loaded: dict[int, Contract] = {}

    def client(self, name: str) -> int | None:
        name = (name or "").strip()
        if not name:
            return None
        key = name.lower()
        if key not in self.clients:
            self.clients[key] = client_service.get_or_create(name).id
        return self.clients[key]

    def contract(self, ext_id: str | None, title: str | None, client_id: int | None
                 ) -> Contract | None:
        key = (ext_id, (title or "").lower(), client_id)
        if key not in self.contracts:
            found = None
            if ext_id:
                found = Contract.get_or_none(Contract.ext_id == ext_id)
            if found is None and title:
                query = Contract.select().where(fn.lower(Contract.title) == title.lower())
                if client_id is not None:
                    query = query.where((Contract.client == client_id)
                                        | Contract.client.is_null())
                matches = list(query.limit(2))
                found = matches[0] if len(matches) == 1 else None  # ambiguous: leave unlinked
            self.contracts[key] = found.id if found else None
        contract_id = self.contracts[key]
        if not contract_id:
            return None
        if contract_id not in self.loaded:
            self.loaded[contract_id] = Contract.get_by_id(contract_id)
        return self.loaded[contract_id]


def _description(row: StatementRow) -> str:
    text = row.description
    if row.details and row.details not in text:
        text = f"{text} — {row.details}" if text else row.details
    return text


def _statement_values(row: StatementRow, linker: _Linker, today: date) -> dict:
    when = noon_utc(row.date)
    if row.kind in (TransactionKind.SERVICE_FEE, TransactionKind.WITHDRAWAL_FEE):
        gross, fee = ZERO, -row.amount
    else:
        gross, fee = row.amount, ZERO
    if (row.balance is None and row.amount > 0 and row.kind == TransactionKind.HOURLY
            and row.period_end):
        available = payout.hourly_available_on(row.period_end)
    elif row.balance is None and row.amount > 0 and row.kind in payout.MANUAL_KINDS:
        available = payout.manual_available_on(row.date)
    else:
        available = row.date  # in the running balance already, or money out
    client_id = linker.client(row.client)
    contract = linker.contract(row.contract_ext_id, row.contract_title, client_id)
    if contract is not None and client_id is None:
        client_id = contract.client_id
    status = status_on(row.kind, available, today)
    if row.kind == TransactionKind.WITHDRAWAL_FEE:
        status = "withdrawn"
    exchange_rate = None
    if row.local_amount is not None and row.amount and row.local_currency not in (None, "USD"):
        exchange_rate = str(abs(row.local_amount / row.amount).quantize(Decimal("0.000001")))
    return dict(
        kind=row.kind, status=status, occurred_at=when, available_on=available,
        gross=gross, fee=fee, net=row.amount, currency=row.currency or "USD",
        local_amount=row.local_amount,
        local_currency=row.local_currency if row.local_amount is not None else None,
        exchange_rate=exchange_rate, description=_description(row),
        contract=contract.id if contract else None, client=client_id,
        week_start_on=row.period_start if row.kind == TransactionKind.HOURLY else None,
        minutes=row.minutes, ext_ref=row.ext_ref, balance=row.balance, source="import")


def _tick(progress: Progress | None, done: int, total: int, text: str) -> None:
    """Check for Cancel on every row, but report about 100 times per import: each report is a
    cross-thread signal to the progress dialog, and the bar cannot show more steps anyway."""
    if progress is None:
        return
    step = max(1, total // 100)
    if done % step == 0 or done == total:
        report(progress, done, total, text)
    else:
        progress.check()


def _insert(rows: list[dict]) -> None:
    """Insert ledger rows with one prepared statement (building an INSERT per row cost ~1.5 ms
    in SQL generation alone, most of a batch's time). Values go through each field's db_value,
    missing fields take their defaults, as in save()."""
    if not rows:
        return
    fields = [f for f in Transaction._meta.sorted_fields if f.name != "id"]
    mark = db.param  # '?' (SQLite) or '%s' (a PostgreSQL workspace)
    sql = (f"INSERT INTO {Transaction._meta.table_name} "
           f"({', '.join(f.column_name for f in fields)}) "
           f"VALUES ({', '.join(mark for _ in fields)})")
    # only money and times need converting; text, numbers, dates and ids go to the driver as is
    columns = [(f.name, f.db_value if isinstance(f, MoneyField | UtcDateTimeField) else None,
                _default(f)) for f in fields]
    params = []
    for values in rows:
        row = []
        for name, to_db, default in columns:
            value = values.get(name, default)
            row.append(value if to_db is None else to_db(value))
        params.append(row)
    db.cursor().executemany(sql, params)


def _default(field):
    default = field.default
    return default() if callable(default) else default


def _by_ext_ref(refs: list[str]) -> dict[str, tuple]:
    """ext_ref -> (id, client_id, contract_id, available_on, status) for rows in the ledger, as
    the database holds them (read raw: no model conversion, it runs under the write lock)."""
    found: dict[str, tuple] = {}
    mark = db.param
    for start in range(0, len(refs), _CHUNK):
        chunk = refs[start:start + _CHUNK]
        cursor = db.execute_sql(
            "SELECT ext_ref, id, client_id, contract_id, available_on, status FROM "
            f"money_transaction WHERE ext_ref IN ({', '.join(mark for _ in chunk)})", chunk)
        for ref, *rest in cursor:
            found[ref] = tuple(rest)
    return found


def _day(value) -> str | None:
    """A day for the raw UPDATE: a date, or the text the database already holds."""
    return value.isoformat() if isinstance(value, date) else value


def _import_statement(plan: FilePlan, linker: _Linker, today: date, skip: set[str],
                      publisher: _Publisher) -> FileResult:
    parse = plan.parse
    assert isinstance(parse, StatementParse)  # plan_file made this plan from a statement
    added: list[tuple[StatementRow, dict]] = []
    skipped = 0
    # Oldest first: payments exist before the fee rows that point at them.
    for row in reversed(parse.rows):
        publisher.tick(f"{plan.path.name}: row {row.line}")
        if row.ext_ref in skip:
            skipped += 1
            continue
        skip.add(row.ext_ref)
        added.append((row, _statement_values(row, linker, today)))
    publisher.insert([values for _, values in added], f"{plan.path.name}: saving")
    refs = [row.ext_ref for row, _ in added]
    related = sorted({row.related_ref for row, _ in added if row.related_ref})
    ours = set(refs)
    # Read once every row is in, before any link is set (as the one transaction did): outside
    # the write lock, the rows are committed and no other import can touch them.
    ledger = _by_ext_ref(refs + [ref for ref in related if ref not in ours])
    fees_linked = 0
    links = []  # (parent, client, contract, available_on, status, id) per linked row
    for row, values in added:
        parent = ledger.get(row.related_ref) if row.related_ref else None
        if parent is None:
            continue
        parent_id, parent_client, parent_contract, parent_available, parent_status = parent
        own_id = ledger[row.ext_ref][0]
        client = values["client"] if values["client"] is not None else parent_client
        contract = values["contract"] if values["contract"] is not None else parent_contract
        available, status = values["available_on"], values["status"]
        if row.kind == TransactionKind.SERVICE_FEE:
            # The fee leaves the balance together with its payment.
            available, status = parent_available, parent_status
            fees_linked += 1
        values.update(client=client, contract=contract)
        links.append((parent_id, client, contract, _day(available), status, own_id))
    publisher.batches(links, _set_links, f"{plan.path.name}: linking fees to payments")
    clients = sum(values["client"] is not None for _, values in added)
    contracts = sum(values["contract"] is not None for _, values in added)
    return FileResult(plan.path.name, len(added), skipped, fees_linked, clients, contracts)


def _set_links(links: list[tuple]) -> None:
    """One prepared statement for all: SQL generation per row was most of the time."""
    mark = db.param  # '?' (SQLite) or '%s' (a PostgreSQL workspace)
    db.cursor().executemany(
        f"UPDATE money_transaction SET parent_id = {mark}, client_id = {mark}, "
        f"contract_id = {mark}, available_on = {mark}, status = {mark} WHERE id = {mark}",
        links)


def _import_weekly(plan: FilePlan, linker: _Linker, today: date, skip: set[str],
                   publisher: _Publisher, assumed_names: list[str] | None = None
                   ) -> FileResult:
    from desktop.services.payments import fee_assumed

    parse = plan.parse
    assert isinstance(parse, WeeklySummaryParse)  # plan_file made this plan from a summary
    assumed = 0
    billed: dict[str, Decimal] = {}  # per contract, for the tiered regime (oldest first)
    weeks: dict[tuple[str, date], tuple[Decimal, Decimal]] = {}  # (prior, billed so far)
    added = clients = contracts = 0
    new_rows: list[dict] = []
    skipped = 0
    rows = sorted(zip(parse.rows, plan.keys, strict=True), key=lambda pair: pair[0].date)
    # Worked out before any row is written (reads only: a later file's billings see these).
    for row, key in rows:
        publisher.tick(f"{plan.path.name}: row {row.line}")
        contract = linker.contract(row.contract_ext_id, row.contract_title, None)
        client_id = contract.client_id if contract else None
        group = row.contract_ext_id or row.contract_title
        if group not in billed:
            billed[group] = _billed_before(row, contract, client_id)
        prior = billed[group]
        billed[group] = max(prior + row.amount, ZERO)
        when = noon_utc(row.date)
        week = (payout.hourly_week(when).week_start.date()
                if row.kind == TransactionKind.HOURLY else None)
        if week is not None:
            # Skipped rows still count towards their week's invoice.
            week_prior, so_far = weeks.get((group, week), (max(prior, ZERO), ZERO))
            weeks[(group, week)] = (week_prior, so_far + row.amount)
        if key in skip:
            skipped += 1
            continue
        skip.add(key)
        rate = Decimal(contract.fee_percent) if contract and contract.fee_percent else None
        start = contract.start_at if contract else None
        if week is not None:
            # The fee is Upwork's, rounded once on the weekly invoice (billed the Monday after):
            # this day's share is how much the rounded weekly fee grows with it.
            billed_on = noon_utc(week) + WEEK
            fee = (_invoice_fee(so_far + row.amount, billed_on, week_prior, rate, start)
                   - _invoice_fee(so_far, billed_on, week_prior, rate, start))
            gross, net = row.amount, row.amount - fee
        else:
            billed_on = when
            breakdown = fee_rules.service_fee(row.amount, on=when,
                                              prior_billings=max(prior, ZERO),
                                              contract_rate=rate, contract_start=start)
            gross, fee, net = breakdown.gross, breakdown.fee, breakdown.net
        if fee_assumed(contract, billed_on):
            assumed += 1
            name = (f"{row.contract_title} ({row.contract_ext_id})" if row.contract_ext_id
                    else row.contract_title)
            if assumed_names is not None and name not in assumed_names:
                assumed_names.append(name)
        available, review = schedule(row.kind, when, week)
        title = f"{row.contract_title} ({row.contract_ext_id})" if row.contract_ext_id \
            else row.contract_title
        new_rows.append(dict(
            kind=row.kind, status=status_on(row.kind, available, today, review),
            occurred_at=when, available_on=available, gross=gross,
            fee=fee, net=net, description=title,
            contract=contract.id if contract else None, client=client_id, week_start_on=week,
            minutes=row.minutes, ext_ref=key, source="import"))
        added += 1
        clients += client_id is not None
        contracts += contract is not None
    publisher.insert(new_rows, f"{plan.path.name}: saving")
    return FileResult(plan.path.name, added, skipped, 0, clients, contracts, assumed)


def _invoice_fee(total: Decimal, billed_on, prior: Decimal, rate: Decimal | None,
                 start=None) -> Decimal:
    return fee_rules.service_fee(total, on=billed_on, prior_billings=prior,
                                 contract_rate=rate, contract_start=start).fee


def _billed_before(row: WeeklySummaryRow, contract: Contract | None, client_id: int | None
                   ) -> Decimal:
    """Billings before this import: the client's when known, else this contract's (a lower
    bound of the client's lifetime billings, which only matter in the 2016–2023 tiers)."""
    from desktop.services.payments import prior_billings

    when = noon_utc(row.date)
    if client_id is not None:
        return prior_billings(client_id, when)
    prefix = f"ws:{row.contract_ext_id}:" if row.contract_ext_id else None
    if prefix is None:
        return ZERO
    cents = (Transaction.select(fn.COALESCE(fn.SUM(Transaction.gross), 0))
             .where(Transaction.ext_ref.startswith(prefix) & (Transaction.occurred_at < when))
             .scalar())
    return Decimal(cents or 0) / 100


def _add_contracts(plan: ImportPlan, today: date, result: ImportResult,
                   publisher: _Publisher) -> list[int]:
    """Add the contracts the files name (see the module docstring), each in its own short
    transaction that records in the marker what it added and linked; returns their ids."""
    made: list[int] = []
    for named in plan.new_contracts:
        fixed = named.fixed_total if named.fixed_total >= 5 else None  # below the $5 minimum
        with publisher.step() as relinked:
            try:
                contract = contract_service.create(
                    title=named.title, contract_type=named.contract_type,
                    client_name=named.client, status="active",
                    rate=named.rate if named.hourly else None,
                    amount=None if named.hourly else fixed, ext_id=named.ext_id,
                    start_at=noon_utc(named.first_day),
                    imported_from=(", ".join(f.path.name for f in plan.files),
                                   named.first_day, named.last_day))
            except contract_service.ContractError as exc:
                result.contracts_refused.append((f"{named.title} ({named.ext_id})", exc))
                continue
            if named.status_on(today) == "ended":
                contract_service.end(contract.id, now=noon_utc(named.last_day),
                                     reason=EndReason.NO_PAYMENTS)
            made.append(contract.id)
            result.contracts_added.append(f"{named.title} ({named.ext_id})")
            # Rows imported before the contract existed: Weekly Summary keys carry the id,
            # statement descriptions name it. Their old client goes in the marker (undo).
            earlier = list(tuples(
                Transaction.select(Transaction.id, Transaction.client)
                .where(Transaction.contract.is_null()
                       & (Transaction.ext_ref.startswith(f"ws:{named.ext_id}:")
                          | Transaction.description.contains(f"({named.ext_id})")))))
            for start in range(0, len(earlier), _CHUNK):
                Transaction.update(contract=contract.id, client=contract.client_id).where(
                    Transaction.id.in_([i for i, _ in earlier[start:start + _CHUNK]])).execute()
            relinked.extend(earlier)
            result.earlier_rows_linked += len(earlier)
    return made


# ---------------------------------------------------------------------------------------------
# Publishing in short transactions (issue 15: an import must not lock the window out)
#
# plan_import reads and checks the files without any lock. The rows then go into the ledger in
# short write transactions (PUBLISH_BATCH_S each, PUBLISH_GAP_S apart), so an autosave or an
# edit in the window waits at most one batch (20,000 rows in one transaction held the write
# lock 1–2.7 s, and 100,000 made autosaves fail with "database is locked"). Still all or
# nothing, as the jobs import does it:
# 1. the first transaction writes a marker row in import_log (kind PUBLISHING) naming the
#    import's stamp (the created_at of every row it adds) and the highest ledger id before it;
# 2. each contract the files name is added in its own transaction, which records in the marker
#    the contract and client ids it created and the earlier rows it linked (with their old
#    client); the clients the statements' Team columns name likewise, in one transaction;
# 3. the rows go in, then their fee → payment (and client, contract) links, in batches;
# 4. the last transaction (synchronous=FULL) writes the import_log rows, removes the marker.
# A failure, Cancel or kill before 4 is taken back by `undo_publish` (at once, or by the next
# open of the data dir: desktop.runtime → recover_unfinished_imports): it deletes the rows with
# the stamp, puts the relinked rows back, removes the contracts and clients the import added,
# and the marker last, in short transactions (a kill during the undo: the next open finishes
# it). On a PostgreSQL workspace all of it is one transaction (the server lets readers on).
PUBLISHING = "statements-publishing"
PUBLISH_BATCH_S = 0.025
PUBLISH_GAP_S = 0.005
_BATCH_ROWS = 50  # rows per prepared statement inside a batch


class _Publisher:
    """Writes one import in short transactions, with its marker (see above)."""

    def __init__(self, progress: Progress | None, slot, total: int):
        self.batched = not dbmod.is_postgres(db.obj)  # PostgreSQL: one transaction around it
        self.progress, self.slot = progress, slot
        self.done, self.total = 0, total
        self.marker: int | None = None
        self.note: dict = {}
        self.stamp = Transaction.created_at.db_value(clock.now())

    def tick(self, text: str) -> None:
        """One row worked out (no write): progress, and Cancel is checked."""
        self.done += 1
        _tick(self.progress, self.done, self.total, text)

    def start(self) -> None:
        if self.batched:
            db.execute_sql("PRAGMA synchronous = NORMAL")  # the marker makes every batch undoable
        with db.atomic():
            highest = db.execute_sql("SELECT coalesce(max(id), 0) FROM money_transaction")
            self.note = {"stamp": self.stamp, "transaction_max": highest.fetchone()[0],
                         "contracts": [], "clients": [], "relinked": []}
            self.marker = ImportLog.create(kind=PUBLISHING, file_name="",
                                           summary=json.dumps(self.note)).id

    @contextlib.contextmanager
    def step(self):
        """A short write transaction that records in the marker the clients and contracts it
        added; the body adds (id, old client) of rows it linked to the list it is given."""
        with db.atomic():
            clients_max, contracts_max = (_highest("client"), _highest("contract"))
            relinked: list[tuple[int, int | None]] = []
            yield relinked
            added = {"clients": _ids_above("client", clients_max),
                     "contracts": _ids_above("contract", contracts_max),
                     "relinked": [list(pair) for pair in relinked]}
            if any(added.values()):
                note = {key: (value + added[key] if key in added else value)
                        for key, value in self.note.items()}
                ImportLog.update(summary=json.dumps(note)).where(
                    ImportLog.id == self.marker).execute()
                self.note = note

    def insert(self, rows: list[dict], text: str) -> None:
        for values in rows:
            values["created_at"] = self.stamp  # how an undo finds them
        self.batches(rows, _insert, text)

    def batches(self, items: list, write, text: str) -> None:
        """write(chunk) for every chunk of items, in transactions of about PUBLISH_BATCH_S."""
        position = 0
        while position < len(items):
            started = time.perf_counter()
            with db.atomic():
                while position < len(items):
                    chunk = items[position:position + _BATCH_ROWS]
                    write(chunk)
                    position += len(chunk)
                    self.done += len(chunk)
                    if time.perf_counter() - started > PUBLISH_BATCH_S:
                        break
            report(self.progress, min(self.done, self.total), self.total, text)
            if self.slot is not None:
                self.slot.update(self.done, self.total)
            if self.batched:
                time.sleep(PUBLISH_GAP_S)  # let a waiting autosave have the lock

    def catch_up(self, done: int) -> None:
        """Progress where the files so far end (rows skipped or left unlinked wrote nothing)."""
        self.done = max(self.done, done)

    def finish(self, logs: list[dict]) -> None:
        if self.batched:
            db.execute_sql("PRAGMA synchronous = FULL")
        with db.atomic():
            for values in logs:
                ImportLog.create(**values)
            ImportLog.delete().where(ImportLog.id == self.marker).execute()
        self.marker = None

    def abandon(self) -> None:
        """The import failed or was cancelled: take back what is published (SQLite; on
        PostgreSQL the one transaction rolls back)."""
        if not self.batched:
            return
        try:
            db.execute_sql("PRAGMA synchronous = FULL")
            if self.marker is not None:
                undo_publish(self.marker)
        except Exception:  # the next open of the data dir takes it back
            log.warning("could not take back a failed statement import yet", exc_info=True)


def _highest(table: str) -> int:
    return db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]


def _ids_above(table: str, highest: int) -> list[int]:
    return [row[0] for row in db.execute_sql(
        f"SELECT id FROM {table} WHERE id > {db.param} ORDER BY id", (highest,))]


def _in(ids: list) -> str:
    return ", ".join(db.param for _ in ids)


def undo_publish(marker_id: int) -> int:
    """Take back everything a half-published import wrote (see above); the ledger rows removed.
    Each step is idempotent, so a kill during the undo is finished by the next one."""
    row = ImportLog.get_or_none(ImportLog.id == marker_id)
    if row is None:
        return 0
    note = json.loads(row.summary)
    removed = 0
    while True:
        with db.atomic():
            ids = [r[0] for r in db.execute_sql(
                f"SELECT id FROM money_transaction WHERE id > {db.param} AND created_at = "
                f"{db.param} LIMIT {_CHUNK}", (note["transaction_max"], note["stamp"]))]
            if ids:
                db.execute_sql(f"DELETE FROM money_transaction WHERE id IN ({_in(ids)})", ids)
        removed += len(ids)
        if len(ids) < _CHUNK:
            break
    relinked = note["relinked"]
    for start in range(0, len(relinked), _CHUNK):
        with db.atomic():
            db.cursor().executemany(
                f"UPDATE money_transaction SET contract_id = NULL, client_id = {db.param} "
                f"WHERE id = {db.param}",
                [(client, ident) for ident, client in relinked[start:start + _CHUNK]])
    with db.atomic():
        for table in ("contract", "client"):  # contracts first: they point at their client
            ids = note[table + "s"]
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                db.execute_sql(f"DELETE FROM {table} WHERE id IN ({_in(chunk)})", chunk)
        ImportLog.delete().where(ImportLog.id == marker_id).execute()
    log.warning("took back a half-published statement import: %d ledger rows, %d contracts, "
                "%d clients removed", removed, len(note["contracts"]), len(note["clients"]))
    return removed


def recover_unfinished_imports(data_dir: Path) -> int | None:
    """Undo what a killed statement import half-published (called when a data dir is opened):
    None when there was nothing to undo, else the ledger rows removed. Reads only unless there
    is something to undo; leaves an import another process is running alone."""
    from desktop import datalock

    markers = [m.id for m in ImportLog.select(ImportLog.id).where(ImportLog.kind == PUBLISHING)]
    if not markers or datalock.import_running(data_dir):
        return None
    removed = sum(undo_publish(marker) for marker in markers)
    events.changed(AREA, [])
    events.changed("contracts", [])
    return removed


def import_files(paths: list[str | Path], *, progress: Progress | None = None,
                 today: date | None = None, create_contracts: bool = True) -> ImportResult:
    """Import statements / Weekly Summaries, all or nothing, in short write transactions (see
    "Publishing in short transactions"). Raises ImportRejectedError when any file has an error
    (nothing written), desktop.progress.Cancelled on Cancel (what was published is taken back).
    ``create_contracts``: add the contracts the files name that Contracts lacks (the plan's
    ``new_contracts``) and link their rows."""
    plan = plan_import(paths)
    refusal = plan.refusal()
    if refusal is not None:
        raise refusal
    today = today or today_utc()
    # progress: each row once worked out, once written, and once linked (statements)
    total = sum(f.rows * (3 if f.kind == STATEMENT else 2) for f in plan.files)
    results: list[FileResult] = []
    outcome = ImportResult(results)
    contracts_made: list[int] = []
    # One import at a time per data dir (datalock.ImportRunning, "busy: an import is running");
    # a workspace's server serialises its own writers (and has no data dir file to lock).
    from desktop import datalock

    postgres = dbmod.is_postgres(db.obj)
    slot = (contextlib.nullcontext() if postgres
            else datalock.import_slot(Path(db.obj.database).resolve().parent, "statements"))
    # the window reloads when the import is all in or taken back (events.held), not half-way
    with slot as held, events.held():
        # read before writing: with the slot held no other import adds these keys
        skip = _existing([key for f in plan.files for key in f.keys])
        publisher = _Publisher(progress, held, total)
        with db.atomic() if postgres else contextlib.nullcontext():
            try:
                publisher.start()
                if create_contracts:
                    contracts_made = _add_contracts(plan, today, outcome, publisher)
                linker = _Linker()
                with publisher.step():  # the clients the statements' Team columns name
                    for file_plan in plan.files:
                        if isinstance(file_plan.parse, StatementParse):
                            for row in file_plan.parse.rows:
                                if row.ext_ref not in skip:
                                    linker.client(row.client)
                logs = []
                expected = 0
                for file_plan in plan.files:
                    if file_plan.kind == STATEMENT:
                        result = _import_statement(file_plan, linker, today, skip, publisher)
                        expected += 3 * file_plan.rows
                    else:
                        result = _import_weekly(file_plan, linker, today, skip, publisher,
                                                outcome.fee_assumed)
                        expected += 2 * file_plan.rows
                    publisher.catch_up(expected)
                    results.append(result)
                    logs.append(dict(
                        kind=file_plan.kind, file_name=file_plan.path.name,
                        sha256=file_plan.sha256, added=result.added, skipped=result.skipped,
                        rejected=0, summary=_log_summary(file_plan, result)))
                report(progress, total, total, "Saving…")
                publisher.finish(logs)
            except BaseException:
                publisher.abandon()
                raise
        if contracts_made:  # the Contracts tab reloads what is now saved
            events.changed("contracts", contracts_made)
        events.changed(AREA, [])
    return outcome


def _log_summary(plan: FilePlan, result: FileResult) -> str:
    parts = [f"{plan.format} file, {plan.rows} rows, total {plan.total}"]
    if plan.opening_balance is not None:
        parts.append(f"balance {plan.opening_balance} → {plan.closing_balance}")
    if plan.balance_breaks:
        parts.append(f"{plan.balance_breaks} balance break(s)")
    parts.append(f"{result.fees_linked} fees linked")
    return "; ".join(parts)

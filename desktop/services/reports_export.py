"""CSV exports of the ledger and the reports (for taxes and the accountant).

Plain RFC 4180 CSV in UTF-8 with a BOM (so spreadsheets open accents and "€" correctly), dates as
ISO ``YYYY-MM-DD``, amounts as plain decimals with two places and a leading minus ("-7.20"), never
formatted with currency symbols or thousands separators, so they sum in any spreadsheet.
Files are written to a temporary name and moved into place: a failed export leaves no half file.
Text that a spreadsheet would run as a formula (a description starting with "=", "+", "-", "@", a
tab or a carriage return, e.g. ``=HYPERLINK(…)`` in a client-written contract title) gets a
leading apostrophe; plain numbers such as "-7.20" are left alone so they still sum.
"""
from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from peewee import JOIN

from desktop.services import reports
from desktop.services.payments import LedgerFilter, ledger_query
from models.clients import Client
from models.contracts import Contract
from models.payments import KIND_LABELS, STATUS_LABELS, Transaction, WithdrawalMethod
from models.query import dicts

LEDGER_HEADER = (
    "Date", "Ref ID", "Type", "Status", "Available on", "Description", "Client", "Contract",
    "Gross", "Fee", "Net", "Currency", "Local amount", "Local currency", "Exchange rate",
    "Hours", "Linked to", "Withdrawal method", "Statement balance", "Source",
)
REPORTS = ("month", "client", "contract", "category", "fees")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet shows as text, never evaluates (OWASP "CSV injection")."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) \
            and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def hours(minutes: int | None) -> str:
    return "" if not minutes else f"{Decimal(minutes) / 60:.2f}"


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write atomically; returns the number of data rows."""
    path = Path(path)
    count = 0
    fd, temp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([spreadsheet_safe(cell) for cell in header])
            for row in rows:
                writer.writerow([spreadsheet_safe(cell) for cell in row])
                count += 1
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count


def ledger_rows(flt: LedgerFilter | None = None) -> Iterable[list[str]]:
    """The filtered ledger, oldest first, one CSV row per transaction."""
    parent = Transaction.alias()
    ids = ledger_query(flt)
    query = (Transaction.select(Transaction, Client.name.alias("client_name"),
                                Contract.title.alias("contract_title"),
                                parent.ext_ref.alias("parent_ref"),
                                WithdrawalMethod.name.alias("method_name"))
             .join(Client, JOIN.LEFT_OUTER, on=(Transaction.client == Client.id))
             .switch(Transaction)
             .join(Contract, JOIN.LEFT_OUTER, on=(Transaction.contract == Contract.id))
             .switch(Transaction)
             .join(parent, JOIN.LEFT_OUTER, on=(Transaction.parent == parent.id))
             .switch(Transaction)
             .join(WithdrawalMethod, JOIN.LEFT_OUTER,
                   on=(Transaction.withdrawal_method == WithdrawalMethod.id))
             .where(Transaction.id.in_(ids))
             .order_by(Transaction.occurred_at, Transaction.id))
    for tx in dicts(query):  # a foreign key reads as its id ("parent", not "parent_id")
        linked = ""
        if tx["parent"]:
            linked = tx["parent_ref"] or f"#{tx['parent']}"
        yield [
            tx["occurred_at"].date().isoformat(), tx["ext_ref"] or f"#{tx['id']}",
            KIND_LABELS.get(tx["kind"], tx["kind"]),
            STATUS_LABELS.get(tx["status"], tx["status"]),
            tx["available_on"].isoformat() if tx["available_on"] else "", tx["description"],
            tx["client_name"] or "", tx["contract_title"] or "",
            amount(tx["gross"]), amount(tx["fee"]), amount(tx["net"]), tx["currency"],
            amount(tx["local_amount"]), tx["local_currency"] or "", tx["exchange_rate"] or "",
            hours(tx["minutes"]), linked, tx["method_name"] or "", amount(tx["balance"]),
            tx["source"],
        ]


def export_ledger(path: str | Path, flt: LedgerFilter | None = None) -> int:
    return write_csv(path, LEDGER_HEADER, ledger_rows(flt))


def report_table(name: str, period: reports.Period, *, fmt=amount, month_keys: bool = True,
                 lines: list[reports.Line] | None = None, paid: reports.FeesPaid | None = None,
                 ) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of one report, with a total row — the same table the UI and PDF show.

    ``fmt`` formats amounts (plain decimals for CSV, "$1,234.50" on screen); ``month_keys``
    labels months "2024-03" (sorts in a spreadsheet) rather than "Mar 2024". ``lines`` (or
    ``paid`` for "fees") are the report's figures when the caller has them already."""
    amount = fmt
    if name == "fees":
        paid = reports.fees_paid(period) if paid is None else paid
        rows = [[label, amount(value)] for label, value in paid.lines()]
        rows.append(["Total", amount(paid.total)])
        rows.append([f"Service fees as % of gross ({amount(paid.gross)})",
                     f"{paid.service_fee_rate:.2f}%"])
        return ["Fee", "Amount"], rows
    if lines is None:
        lines = {"month": reports.by_month, "client": reports.by_client,
                 "contract": reports.by_contract, "category": reports.by_category}[name](period)
    first = {"month": "Month", "client": "Client", "contract": "Contract",
             "category": "Category"}[name]
    header = [first, "Gross", "Service fees", "Net", "Costs", "Take-home", "Hours", "Payments"]
    month_key = name == "month" and month_keys
    rows = [[line.key if month_key else line.label, amount(line.gross), amount(line.fees),
             amount(line.net), amount(line.costs), amount(line.take_home), hours(line.minutes),
             str(line.count)]
            for line in lines]
    total = reports.Line("total", "Total")
    for line in lines:
        total.gross += line.gross
        total.fees += line.fees
        total.costs += line.costs
        total.minutes += line.minutes
        total.count += line.count
    rows.append(["Total", amount(total.gross), amount(total.fees), amount(total.net),
                 amount(total.costs), amount(total.take_home), hours(total.minutes),
                 str(total.count)])
    if name != "month":  # costs are not attributed to clients/contracts/categories
        for row in rows:
            del row[4:6]
        del header[4:6]
    return header, rows


def export_report(path: str | Path, name: str, period: reports.Period) -> int:
    if name not in REPORTS:
        raise ValueError(f"unknown report {name!r}; choose one of {', '.join(REPORTS)}")
    header, rows = report_table(name, period)
    return write_csv(path, header, rows)

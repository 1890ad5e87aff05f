"""Payments on the command line.

    freelance-desk import transactions FILE… [--dry-run] [--no-contracts] [--json]
    freelance-desk payments balance [--json]
    freelance-desk payments report [--year Y | --from DATE --to DATE] [--by month|client|…]
                                   [--csv FILE] [--json]
    freelance-desk payments export FILE [--year Y | --from DATE --to DATE] [--client NAME]
    freelance-desk payments plan add --on DATE --amount USD [--method ID] [--note TEXT] [--json]
    freelance-desk payments plan list [--json]
    freelance-desk payments plan remove ID
"""
from __future__ import annotations

import argparse
from datetime import date

from desktop.cli import BadInputError, CommandError, add_json_flag, emit

REPORT_CHOICES = ("month", "client", "contract", "category", "fees")


def register(sub, import_kinds) -> None:
    imp = import_kinds.add_parser(
        "transactions", help="Upwork transaction statements or Weekly Summary exports (CSV)",
        description="Import Upwork transaction-history statements (legacy or newer header) and "
                    "Weekly Summary exports. All files go in together or not at all; rows already "
                    "in the ledger (same Ref ID / Transaction ID) are skipped.")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would be imported and change nothing")
    imp.add_argument("--no-contracts", dest="create_contracts", action="store_false",
                     help="do not add the contracts the files name (\"Title (12345678)\") to "
                          "Contracts; by default they are added (hourly or fixed, ended when "
                          "their last payment is over 30 days old) and their rows linked")
    add_json_flag(imp)
    imp.set_defaults(handler=run_import)

    pay = sub.add_parser("payments", help="balances, reports and CSV exports of the ledger")
    actions = pay.add_subparsers(dest="action", metavar="ACTION", required=True)
    balance = actions.add_parser("balance", help="in review, pending, available, withdrawn")
    add_json_flag(balance)
    balance.set_defaults(handler=run_balance)

    report = actions.add_parser("report", help="earnings by month, client, contract, category")
    _period_flags(report)
    report.add_argument("--by", choices=REPORT_CHOICES, default="month")
    report.add_argument("--csv", metavar="FILE", help="also write the report as CSV")
    add_json_flag(report)
    report.set_defaults(handler=run_report)

    export = actions.add_parser("export", help="the ledger as CSV (for taxes)")
    export.add_argument("file", metavar="FILE")
    _period_flags(export)
    export.add_argument("--client", metavar="NAME", help="only this client's transactions")
    add_json_flag(export)
    export.set_defaults(handler=run_export)

    plan = actions.add_parser(
        "plan", help="withdrawals you mean to make (Insights ▸ Cash flow counts them)")
    plan_actions = plan.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    add = plan_actions.add_parser("add", help="plan taking an amount out on a day")
    add.add_argument("--on", dest="day", type=_day, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--amount", required=True, metavar="USD", help="before the method's fee")
    add.add_argument("--method", type=int, metavar="ID",
                     help="the withdrawal method (its fee is counted); see `plan list`")
    add.add_argument("--note", default="")
    add_json_flag(add)
    add.set_defaults(handler=run_plan_add)
    listing = plan_actions.add_parser("list", help="planned withdrawals and the methods to use")
    add_json_flag(listing)
    listing.set_defaults(handler=run_plan_list)
    remove = plan_actions.add_parser("remove", help="drop a planned withdrawal")
    remove.add_argument("id", type=int)
    remove.set_defaults(handler=run_plan_remove)


def _period_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, help="a calendar year (default: all time)")
    parser.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _period(args):
    from desktop.services.reports import Period

    if args.year and (args.start or args.end):
        raise CommandError("give --year or --from/--to, not both")
    if args.year:
        return Period.year(args.year)
    if args.start and args.end and args.start > args.end:
        raise CommandError("--from is after --to")
    return Period(args.start, args.end)


def run_import(args: argparse.Namespace) -> int:
    from desktop.services import statement_import as importer

    plan = importer.plan_import(args.files)
    refusal = plan.refusal()
    if refusal is not None:  # one line: the problems (the first few, and how many more)
        raise BadInputError(str(refusal))
    files = []
    lines = []
    for f in plan.files:
        files.append({
            "file": str(f.path), "format": f.format, "rows": f.rows, "new": f.new,
            "duplicates": f.duplicates, "total": str(f.total),
            "opening_balance": _str(f.opening_balance),
            "closing_balance": _str(f.closing_balance), "balance_adds_up": f.balance_adds_up,
            "warnings": [str(w) for w in f.warnings]})
        balance = ""
        if f.opening_balance is not None:
            balance = (f"; balance {f.opening_balance} → {f.closing_balance}"
                       + (" (adds up)" if f.balance_adds_up else " (DOES NOT ADD UP)"))
        lines.append(f"{f.path.name}: {f.format}, {f.rows} rows, {f.new} new, "
                     f"{f.duplicates} already imported{balance}")
        lines.extend(f"  warning: {w}" for w in f.warnings)
    named = plan.new_contracts if args.create_contracts else []
    data = {"files": files, "dry_run": args.dry_run,
            "new_contracts": [{"ext_id": c.ext_id, "title": c.title, "type": c.contract_type,
                               "rate": _str(c.rate), "first_day": c.first_day,
                               "last_day": c.last_day} for c in named]}
    if args.dry_run:
        lines.append(f"Dry run: {plan.new} would be added, nothing changed.")
        if named:
            lines.append(f"{len(named)} contract(s) would be added to Contracts: "
                         + "; ".join(f"{c.title} ({c.ext_id})" for c in named))
        emit(args, "\n".join(lines), data)
        return 0
    try:
        result = importer.import_files(args.files, create_contracts=args.create_contracts)
    except importer.ImportRejectedError as exc:  # a file changed since it was read above
        raise BadInputError(str(exc)) from None
    data.update(added=result.added, skipped=result.skipped,
                contracts_added=result.contracts_added,
                earlier_rows_linked=result.earlier_rows_linked,
                fee_assumed=result.fee_assumed,
                results=[vars(r) for r in result.files])
    lines.append(result.text())
    emit(args, "\n".join(lines), data)
    return 0


def _str(value) -> str | None:
    return None if value is None else str(value)


def run_balance(args: argparse.Namespace) -> int:
    from desktop.services import payments, reports
    from models.rules.money import format_money as money

    payments.refresh_statuses()
    b = reports.balances()
    lines = [f"In review:  {money(b.in_review):>12}",
             f"Pending:    {money(b.pending):>12}",
             f"Available:  {money(b.available):>12}",
             f"Withdrawn in {b.today.year}: {money(b.withdrawn_year)} "
             f"(withdrawal fees {money(b.withdrawal_fees_year)})"]
    if b.statement_balance:
        day, value = b.statement_balance
        lines.append(f"Last statement balance: {money(value)} on {day:%b %d, %Y}")
    for item in b.upcoming:
        lines.append(f"  {money(item.amount)} available on {item.day:%a %d %b %Y}")
    data = {"today": b.today, "in_review": str(b.in_review), "pending": str(b.pending),
            "available": str(b.available), "withdrawn_year": str(b.withdrawn_year),
            "withdrawal_fees_year": str(b.withdrawal_fees_year),
            "upcoming": [{"day": u.day, "amount": str(u.amount), "count": u.count}
                         for u in b.upcoming]}
    emit(args, "\n".join(lines), data)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from desktop.services import reports_export

    period = _period(args)
    header, rows = reports_export.report_table(args.by, period)
    if args.csv:
        reports_export.write_csv(args.csv, header, rows)
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    text = [f"{args.by.title()} report, {period.label()}"]
    for row in [header, *rows]:
        text.append("  ".join(str(cell).rjust(w) if i else str(cell).ljust(w)
                              for i, (cell, w) in enumerate(zip(row, widths, strict=True))))
    if args.csv:
        text.append(f"Written to {args.csv}")
    emit(args, "\n".join(text), {"period": period.label(), "by": args.by,
                                 "rows": [dict(zip(header, row, strict=True)) for row in rows]})
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.services import clients, reports_export
    from desktop.services.payments import LedgerFilter

    period = _period(args)
    client_id = None
    if args.client:
        client = clients.find(args.client)
        if client is None:
            raise CommandError(f"no client called {args.client!r}")
        client_id = client.id
    try:
        count = reports_export.export_ledger(
            args.file, LedgerFilter(start=period.start, end=period.end, client_id=client_id))
    except OSError as exc:
        raise CommandError(f"cannot write {args.file}: {exc.strerror}") from None
    emit(args, f"Wrote {count} transaction(s) to {args.file}", {"file": args.file,
                                                                "rows": count})
    return 0


def _plan_dict(row) -> dict:
    return {"id": row.id, "on": row.day.isoformat(), "amount": str(row.amount),
            "fee": str(row.fee), "method_id": row.method_id, "method": row.method,
            "note": row.note}


def _plan_line(row) -> str:
    from models.rules.money import format_money

    via = f" via {row.method}, fee {format_money(row.fee)}" if row.method else ""
    note = f" — {row.note}" if row.note else ""
    return f"#{row.id}  {row.day.isoformat()}  {format_money(row.amount)}{via}{note}"


def run_plan_add(args: argparse.Namespace) -> int:
    from desktop.services import planned_withdrawals
    from models.rules.money import MoneyError, parse_money

    try:
        amount = parse_money(args.amount, allow_suffix=False)
    except MoneyError:
        raise BadInputError(f"--amount: not an amount of money: {args.amount!r}") from None
    row = planned_withdrawals.plan(day=args.day, amount=amount, method_id=args.method,
                                   note=args.note)
    emit(args, f"Planned {_plan_line(row)}", _plan_dict(row))
    return 0


def run_plan_list(args: argparse.Namespace) -> int:
    from desktop.services import planned_withdrawals, withdrawals

    rows = planned_withdrawals.planned()
    lines = [_plan_line(r) for r in rows] or ["No withdrawals planned."]
    methods = withdrawals.methods()
    if methods:
        lines.append("Methods: " + "; ".join(f"{m.id} = {withdrawals.label(m)}" for m in methods))
    emit(args, "\n".join(lines), [_plan_dict(r) for r in rows])
    return 0


def run_plan_remove(args: argparse.Namespace) -> int:
    from desktop.services import planned_withdrawals

    planned_withdrawals.remove(args.id)
    print(f"Removed planned withdrawal #{args.id}.")
    return 0

"""`freelance-desk contracts list` and `freelance-desk time start|stop|status [CONTRACT]`."""
from __future__ import annotations

import argparse

from desktop import clock
from desktop.cli import CommandError, add_json_flag, emit
from models.contracts import ContractStatus, ContractType


def register(sub, import_kinds) -> None:
    contracts = sub.add_parser("contracts", help="list contracts and what is due")
    actions = contracts.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="contracts with this week's hours or next step")
    listing.add_argument("--status", choices=("offer", "active", "paused", "ended", "declined"),
                         help="only contracts with this status")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)
    upcoming = actions.add_parser("upcoming", help="deadlines in the next two weeks")
    add_json_flag(upcoming)
    upcoming.set_defaults(handler=run_upcoming)

    set_fee = actions.add_parser(
        "set-fee", help="record a contract's own service fee (0–15%%), replacing an assumed 10%%")
    set_fee.add_argument("contract", metavar="CONTRACT", help="contract id or part of its title")
    set_fee.add_argument("percent", metavar="PERCENT", help="the fee in percent, e.g. 12.5")
    add_json_flag(set_fee)
    set_fee.set_defaults(handler=run_set_fee)

    time = sub.add_parser("time", help="the work timer on hourly contracts")
    steps = time.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = steps.add_parser("start", help="start the timer on a contract")
    start.add_argument("contract", metavar="CONTRACT", help="contract id or part of its title")
    start.add_argument("--memo", default="", help="what you are working on")
    start.add_argument("--switch", action="store_true",
                       help="stop a timer running on another contract first")
    add_json_flag(start)
    start.set_defaults(handler=run_start)
    stop = steps.add_parser("stop", help="stop the running timer")
    stop.add_argument("contract", metavar="CONTRACT", nargs="?",
                      help="only stop it if it runs on this contract")
    stop.add_argument("--memo", default=None, help="replace the memo")
    add_json_flag(stop)
    stop.set_defaults(handler=run_stop)
    status = steps.add_parser("status", help="is the timer running, and this week's hours")
    status.add_argument("contract", metavar="CONTRACT", nargs="?",
                        help="show this contract's week (default: the running one)")
    add_json_flag(status)
    status.set_defaults(handler=run_status)


def find_contract(text: str):
    from models.contracts import Contract

    text = (text or "").strip()
    if text.isdigit():
        found = Contract.get_or_none(Contract.id == int(text))
        if found is None:
            raise CommandError(f"no contract with id {text}")
        return found
    matches = list(Contract.select().where(Contract.title ** f"%{text}%"))
    if not matches:
        raise CommandError(f"no contract matches {text!r}")
    if len(matches) > 1:
        names = ", ".join(f"{c.id}: {c.title}" for c in matches[:5])
        raise CommandError(f"{text!r} matches several contracts ({names}); use the id")
    return matches[0]


def run_set_fee(args: argparse.Namespace) -> int:
    from desktop.services import contracts as service

    contract = find_contract(args.contract)
    try:
        contract = service.set_fee_percent(contract.id, args.percent)
    except service.ContractError as exc:
        raise CommandError(f"{contract.title}: {exc}") from None
    emit(args, f"{contract.title}: service fee {contract.fee_percent}% recorded",
         {"id": contract.id, "fee_percent": contract.fee_percent})
    return 0


def _week(contract) -> dict:
    from desktop.services import contracts as service

    view = service.week_view(contract.id, clock.now())
    return {"week_start": view.week_start.date().isoformat(), "minutes": view.total,
            "billable_minutes": view.billable, "limit_minutes": view.limit_minutes,
            "amount": str(view.amount), "diary_deadline": view.diary_deadline.isoformat()}


def run_list(args: argparse.Namespace) -> int:
    from desktop.services import contracts as service
    from models.rules.money import format_money

    rows, lines = [], []
    for c in service.list_contracts(args.status):
        row = {"id": c.id, "title": c.title, "client": c.client_name if c.client_id else None,
               "type": c.contract_type, "status": c.status, "terms": service.terms_summary(c),
               "fee_percent": c.fee_percent, "fee_assumed": service.fee_assumed(c)}
        detail = ""
        if c.contract_type == ContractType.HOURLY and c.status in (ContractStatus.ACTIVE,
                                                                   ContractStatus.PAUSED):
            row["week"] = _week(c)
            limit = row["week"]["limit_minutes"]
            detail = (f"{service.hours_text(row['week']['minutes'])}"
                      + (f" of {service.hours_text(limit)}" if limit else "") + " h this week")
        elif c.contract_type == ContractType.FIXED:
            value, released = service.milestone_total(c.id)
            row.update(value=str(value), released=str(released))
            detail = f"{format_money(released)} of {format_money(value)} released"
        rows.append(row)
        lines.append(f"{c.id:>4}  {c.status:<8} {c.title}  ({row['client'] or 'no client'}; "
                     f"{row['terms']}){'  — ' + detail if detail else ''}")
    emit(args, "\n".join(lines) or "no contracts", rows)
    return 0


def run_upcoming(args: argparse.Namespace) -> int:
    from desktop.services import deadlines

    items = deadlines.upcoming()
    data = [{"kind": d.kind, "severity": d.severity, "when": d.when.isoformat(),
             "contract_id": d.contract_id, "title": d.title, "text": d.text} for d in items]
    lines = [f"{d.severity.upper():<8} {d.when:%Y-%m-%d %H:%M} UTC  {d.title}: {d.text}"
             for d in items]
    emit(args, "\n".join(lines) or "nothing due in the next two weeks", data)
    return 0


def run_start(args: argparse.Namespace) -> int:
    from desktop.services import timer

    contract = find_contract(args.contract)
    try:
        entry = timer.start(contract.id, memo=args.memo, switch=args.switch)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    emit(args, f"timer started on “{contract.title}” at {entry.started_at:%H:%M} UTC",
         {"contract_id": contract.id, "entry_id": entry.id,
          "started_at": entry.started_at.isoformat()})
    return 0


def run_stop(args: argparse.Namespace) -> int:
    from desktop.services import contracts as service
    from desktop.services import timer

    running = timer.running()
    if running is None:
        raise CommandError("the timer is not running")
    if args.contract and find_contract(args.contract).id != running.contract_id:
        raise CommandError(f"the timer runs on “{running.contract.title}”, not on that contract")
    title = running.contract.title
    stored = timer.stop(memo=args.memo)
    minutes = sum(e.minutes for e in stored)
    emit(args, f"timer stopped: {service.hours_text(minutes)} h on “{title}”"
         if stored else "timer stopped under half a minute: nothing recorded",
         {"contract_id": running.contract_id, "minutes": minutes,
          "entries": [e.id for e in stored]})
    return 0


def run_status(args: argparse.Namespace) -> int:
    from desktop.services import contracts as service
    from desktop.services import timer

    running = timer.running()
    contract = find_contract(args.contract) if args.contract else (
        running.contract if running is not None else None)
    data = {"running": None, "week": None}
    lines = []
    if running is not None:
        seconds = timer.elapsed_seconds(running)
        data["running"] = {"contract_id": running.contract_id, "memo": running.memo,
                           "started_at": running.started_at.isoformat(), "seconds": seconds}
        lines.append(f"running on “{running.contract.title}” for "
                     f"{seconds // 3600}:{seconds // 60 % 60:02d}"
                     + (f" — {running.memo}" if running.memo else ""))
    else:
        lines.append("the timer is not running")
    if contract is not None and contract.contract_type == ContractType.HOURLY:
        week = data["week"] = _week(contract)
        limit = week["limit_minutes"]
        lines.append(f"“{contract.title}” this week: {service.hours_text(week['minutes'])} h"
                     + (f" of {service.hours_text(limit)} h limit" if limit else "")
                     + f", billable ${week['amount']}")
    emit(args, "\n".join(lines), data)
    return 0

"""`freelance-desk proposals …`: list proposals, their figures and the Connects balance."""
from __future__ import annotations

import argparse

from desktop.cli import CommandError, add_json_flag, emit
from models.proposals import BidType, FixedMode
from models.rules.money import format_money


def register(sub, import_kinds) -> None:
    parser = sub.add_parser("proposals", help="proposals, their figures and Connects")
    actions = parser.add_subparsers(dest="proposals_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list proposals (newest change first)")
    listing.add_argument("--status", metavar="S",
                         help="a status (draft, submitted, viewed, interviewing, offer, hired, "
                              "declined, withdrawn, archived, job_cancelled) or a group "
                              "(active, open, closed, follow_up, invitations, all)")
    listing.add_argument("--search", metavar="TEXT", default="",
                         help="words in the title, letter or client name")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)
    figures = actions.add_parser("figures", help="sent, viewed, interviewed, hired, win rate")
    figures.add_argument("--by", choices=("profile", "template"),
                         help="one row per profile or per template")
    add_json_flag(figures)
    figures.set_defaults(handler=run_figures)
    balance = actions.add_parser("connects", help="the Connects balance and the ledger")
    add_json_flag(balance)
    balance.set_defaults(handler=run_connects)


def run_list(args: argparse.Namespace) -> int:
    from desktop.services import proposals as service

    status = args.status or "all"
    if status not in service.FILTERS and status not in service.STATUS_LABELS:
        known = ", ".join([*service.STATUS_LABELS, *service.FILTERS])
        raise CommandError(f"unknown status {status!r}; use one of: {known}")
    ids = service.query_ids(filter_key=status, search=args.search)
    rows = service.rows(ids)
    data = [{"id": i, "title": rows[i].title, "client": rows[i].client,
             "status": rows[i].status, "invitation": rows[i].is_invitation,
             "bid_type": rows[i].bid_type, "fixed_mode": rows[i].fixed_mode,
             "bid": None if rows[i].bid is None else str(rows[i].bid),
             "currency": rows[i].currency,
             "follow_up_on": rows[i].follow_up_on.isoformat() if rows[i].follow_up_on else None,
             "updated_at": rows[i].updated_at.isoformat()} for i in ids]
    lines = [f"{'ID':>5}  {'STATUS':<13} {'BID':>11}  TITLE"]
    lines += [f"{i:>5}  {service.STATUS_LABELS[rows[i].status]:<13} {_bid_text(rows[i]):>11}  "
              f"{rows[i].title}" + (f" — {rows[i].client}" if rows[i].client else "")
              for i in ids]
    lines.append(f"{len(data)} proposal{'s' if len(data) != 1 else ''}")
    emit(args, "\n".join(lines), data)
    return 0


def _bid_text(row) -> str:
    if row.bid is None:
        milestones = row.bid_type == BidType.FIXED and row.fixed_mode == FixedMode.MILESTONES
        return "milestones" if milestones else ""
    return format_money(row.bid) + ("/h" if row.bid_type == BidType.HOURLY else "")


def run_figures(args: argparse.Namespace) -> int:
    from desktop.services import proposals as service

    rows = service.figures(args.by)
    lines = [f"{'':<24} {'SENT':>5} {'VIEWED':>6} {'INTERV':>6} {'HIRED':>5} {'WIN':>6} "
             f"{'CONNECTS':>8} {'$/HIRE':>9}"]
    for f in rows:
        win = f"{f.win_rate}%" if f.win_rate is not None else "—"
        per = f"${f.money_per_hire}" if f.money_per_hire is not None else "—"
        lines.append(f"{f.label[:24]:<24} {f.sent:>5} {f.viewed:>6} {f.interviewed:>6} "
                     f"{f.hired:>5} {win:>6} {f.connects:>8} {per:>9}")
    emit(args, "\n".join(lines), [f.as_dict() for f in rows])
    return 0


def run_connects(args: argparse.Namespace) -> int:
    from desktop.services import connects

    balance = connects.balance()
    data = {"available": balance.available, "expired": balance.expired,
            "next_expiry": balance.next_expiry.isoformat() if balance.next_expiry else None,
            "expiring_next": balance.expiring_next, "plan": connects.plan(),
            "price": str(connects.price())}
    text = f"{balance.available} Connects available ({connects.plan()} plan)"
    if balance.next_expiry:
        text += f"; {balance.expiring_next} expire on {balance.next_expiry.isoformat()}"
    emit(args, text, data)
    return 0

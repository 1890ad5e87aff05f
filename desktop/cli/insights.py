"""Insights on the command line.

    freelance-desk insights market-rate [--skill S] [--json]
    freelance-desk insights skills-gap [--skills S …] [--limit N] [--no-saved-searches] [--json]
    freelance-desk insights funnel [--by month|template|bid|boost|speed] [--json]
    freelance-desk insights connects-roi [--by month|template] [--json]
    freelance-desk insights cashflow [--weeks 8] [--withdraw-on DATE] [--json]
    freelance-desk insights effective-rate [--client NAME] [--json]
    freelance-desk insights jss [--json]
    freelance-desk insights clients [--client NAME] [--json]

The services return codes and numbers; the words are written here.
"""
from __future__ import annotations

import argparse
import dataclasses
from datetime import date, datetime, timedelta
from decimal import Decimal

from desktop.cli import CommandError, add_json_flag, emit

UNITS = {"jobs": "jobs", "proposals": "proposals", "contracts": "contracts",
         "payments": "payments on the way", "clients": "clients"}
STAGES = {"within_1h": "within 1 h", "within_6h": "within 6 h", "within_24h": "within 24 h",
          "later": "later", "unknown": "unknown", "below": "below budget",
          "within": "within budget", "above": "above budget", "boosted": "boosted",
          "not_boosted": "not boosted"}
JSS_CLASSES = {"top_feedback": "feedback 4.5+", "middling_feedback": "feedback 3–4.4",
               "low_feedback": "feedback under 3", "long_term": "long-term, no feedback",
               "no_feedback_paid": "no feedback, paid", "not_counted": "not counted"}
LEVERS = {"one_more_top_feedback": "one more contract with top feedback",
          "one_more_long_term": "one more long-term client",
          "one_more_poor": "one more contract with poor feedback"}


def plain(value):
    """JSON-ready data from the views' dataclasses (Decimal as text, dates ISO, durations in s)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for extra in ("share", "premium"):  # computed properties worth having
            if hasattr(type(value), extra) and isinstance(getattr(type(value), extra), property):
                data[extra] = plain(getattr(value, extra))
        return data
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return int(value.total_seconds())
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def register(sub, _import_kinds) -> None:
    ins = sub.add_parser("insights", help="market rates, skills gap, funnel, cash flow, JSS…")
    views = ins.add_subparsers(dest="view", metavar="VIEW", required=True)

    p = views.add_parser("market-rate", help="what jobs asking for a skill pay")
    p.add_argument("--skill", help="one skill (default: the profile's skills)")
    add_json_flag(p)
    p.set_defaults(handler=run_market_rate)

    p = views.add_parser("skills-gap", help="skills jobs like yours ask for that you lack")
    p.add_argument("--skills", nargs="+", metavar="SKILL",
                   help="your skills (default: the profile's)")
    p.add_argument("--limit", type=int, default=30)
    p.add_argument("--no-saved-searches", dest="saved_searches", action="store_false",
                   help="count only the jobs sharing a skill, not those your saved searches find")
    add_json_flag(p)
    p.set_defaults(handler=run_skills_gap)

    from desktop.services.insights.connects_roi import GROUPS as ROI_GROUPS
    from desktop.services.insights.funnel import GROUPS

    p = views.add_parser("funnel", help="sent → viewed → interviewed → hired")
    p.add_argument("--by", choices=GROUPS, default="month")
    add_json_flag(p)
    p.set_defaults(handler=run_funnel)

    p = views.add_parser("connects-roi", help="Connects and dollars per view, interview, hire")
    p.add_argument("--by", choices=ROI_GROUPS, default="month")
    add_json_flag(p)
    p.set_defaults(handler=run_connects_roi)

    p = views.add_parser("cashflow", help="the next weeks: in review → pending → available")
    p.add_argument("--weeks", type=int, default=8)
    p.add_argument("--withdraw-on", type=_day, metavar="YYYY-MM-DD",
                   help="how much could be withdrawn on this day")
    add_json_flag(p)
    p.set_defaults(handler=run_cashflow)

    p = views.add_parser("effective-rate", help="the true hourly rate per contract and client")
    p.add_argument("--client", metavar="NAME")
    add_json_flag(p)
    p.set_defaults(handler=run_effective_rate)

    p = views.add_parser("jss", help="an ESTIMATED Job Success Score range")
    add_json_flag(p)
    p.set_defaults(handler=run_jss)

    p = views.add_parser("clients", help="one row per client; --client NAME for the history")
    p.add_argument("--client", metavar="NAME")
    add_json_flag(p)
    p.set_defaults(handler=run_clients)


def _basis(b) -> str:
    span = ""
    if b.first and b.last:
        span = f", {b.first.isoformat()} – {b.last.isoformat()}"
    text = f"Based on {b.count} {UNITS.get(b.unit, b.unit)}{span}."
    if not b.enough:
        text += f" Too little to conclude (fewer than {b.minimum})."
    return text


def _m(value) -> str:
    return "—" if value is None else f"${value:,.2f}"


def _pct(p) -> str:
    if p.share is None:
        return "—"
    return f"{p.share:.0%} ({p.low:.0%}–{p.high:.0%})"


def run_market_rate(args) -> int:
    from desktop.services.insights.market_rate import market_rate

    view = market_rate(args.skill)
    if not view.skills:
        raise CommandError("no skills: give --skill or add skills to the profile")
    lines = [_basis(view.basis)]
    for r in view.rows:
        note = "" if r.enough else "  (too few to conclude)"
        unit = "/h" if r.kind == "hourly" else " fixed"
        lines.append(f"{r.skill} · {r.kind} · {r.level}: {r.count} jobs, p25 {_m(r.p25)}{unit}, "
                     f"p50 {_m(r.p50)}, p75 {_m(r.p75)}{note}")
    for pos in view.positions:
        where = "—" if pos.percentile is None else f"p{pos.percentile}"
        lines.append(f"You ask {_m(pos.rate)}/h; {where} of {pos.among} hourly jobs "
                     f"asking for {pos.skill}.")
    emit(args, "\n".join(lines), plain(view))
    return 0


def run_skills_gap(args) -> int:
    from desktop.services.insights.skills_gap import skills_gap

    view = skills_gap(args.skills, limit=args.limit, saved_searches=args.saved_searches)
    if not view.have and not view.searches:
        raise CommandError("no skills: give --skills, add skills to the profile or save a "
                           "search in Jobs")
    found = []
    if view.have:
        found.append(f"sharing a skill with: {', '.join(view.have)}")
    if view.searches:
        found.append(f"found by the saved searches {', '.join(view.searches)}")
    lines = [_basis(view.basis) + f" Jobs {'; or '.join(found)}."]
    for r in view.rows:
        premium = "—"
        if r.premium is not None:
            premium = f"{'+' if r.premium >= 0 else '−'}${abs(r.premium):,.2f}/h"
        lines.append(f"{r.skill}: {r.jobs} jobs ({r.share:.0%}), rate premium {premium}"
                     + ("" if r.enough else "  (too few to conclude)"))
    emit(args, "\n".join(lines), plain(view))
    return 0


def _funnel_group(by: str, code: str) -> str:
    if by == "template":
        return code or "(no template)"
    return STAGES.get(code, code) or "(unknown)"


def run_funnel(args) -> int:
    from desktop.services.insights.funnel import funnel

    view = funnel(args.by)
    lines = [_basis(view.basis)]
    for r in (*view.rows, view.total):
        name = _funnel_group(view.by, r.group) if r is not view.total else "Total"
        lines.append(f"{name}: sent {r.sent}, viewed {r.viewed}, interviewed {r.interviewed}, "
                     f"hired {r.hired}; hire rate {_pct(r.hire_rate)}"
                     + ("" if r.enough else "  (too few to conclude)"))
    emit(args, "\n".join(lines), plain(view))
    return 0


def run_connects_roi(args) -> int:
    from desktop.services.insights.connects_roi import connects_roi

    view = connects_roi(args.by)
    lines = [_basis(view.basis)]
    for r in (*view.rows, view.total):
        name = (r.group or "(no template)") if r is not view.total else "Total"
        lines.append(f"{name}: {r.connects} Connects ({_m(r.dollars)}); per view {_m(r.per_view)}, "
                     f"per interview {_m(r.per_interview)}, per hire {_m(r.per_hire)}; "
                     f"earned {_m(r.earned)}")
    emit(args, "\n".join(lines), plain(view))
    return 0


def run_cashflow(args) -> int:
    from desktop.services.insights.cashflow import cashflow

    if args.weeks < 1 or args.weeks > 52:
        raise CommandError(f"--weeks must be 1–52, got {args.weeks}")
    try:
        view = cashflow(weeks=args.weeks, withdraw_on=args.withdraw_on)
    except ValueError as exc:
        raise CommandError(f"--withdraw-on: {exc}") from None
    lines = [_basis(view.basis), f"Available today ({view.today.isoformat()}): "
             f"{_m(view.available_now)}"]
    for w in view.weeks:
        lines.append(f"week of {w.week_start.isoformat()}: leaves review {_m(w.to_pending)}, "
                     f"becomes available {_m(w.to_available)}, available after "
                     f"{_m(w.available_after)}"
                     + (f" after {_m(w.withdrawn)} planned withdrawals" if w.withdrawn else "")
                     + (" (projected)" if w.projected else ""))
    for i in view.items:
        lines.append(f"  {i.available_on.isoformat()}  {_m(i.net):>12}  {i.kind:<9} {i.label}"
                     + (" (projected)" if i.projected else ""))
    for p in view.planned:
        via = f" via {p.method} (fee {_m(p.fee)})" if p.method else ""
        lines.append(f"  {p.day.isoformat()}  {_m(-p.total):>12}  planned   {_m(p.amount)}{via}")
    if view.withdrawable:
        w = view.withdrawable
        lines.append(f"On {w.day.isoformat()} you can withdraw {_m(w.amount)}"
                     + (" (after the withdrawals planned by then)." if view.planned else "."))
        lines.extend(f"  via {m.method}: fee {_m(m.fee)}, you receive {_m(m.received)}"
                     for m in w.methods)
    emit(args, "\n".join(lines), plain(view))
    return 0


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f} h"


def run_effective_rate(args) -> int:
    from desktop.services.insights.effective_rate import effective_rate

    view = effective_rate(args.client)
    lines = [_basis(view.basis)]
    for r in view.rows:
        name = f"{r.client or '(no client)'} · {r.contract or 'all contracts'}"
        lines.append(f"{name}: {_hours(r.billed_minutes)} billed, {_hours(r.unbilled_minutes)} "
                     f"unbilled; gross {_m(r.gross_per_hour)}/h, after fees {_m(r.after_fees)}, "
                     f"after Connects {_m(r.after_connects)}, after unbilled hours "
                     f"{_m(r.after_unbilled)}")
    emit(args, "\n".join(lines), plain(view))
    return 0


def run_jss(args) -> int:
    from desktop.services.insights.jss import jss

    view = jss()
    if view.low is None:
        head = "Estimated Job Success Score: no ended contracts in the last 24 months."
    else:
        head = (f"Estimated Job Success Score: {view.low}–{view.high}% (an estimate; private "
                f"feedback is unknown), over the last {view.window_days} days.")
    lines = [head, _basis(view.basis)]
    lines += [f"  {JSS_CLASSES[k]}: {n}" for k, n in view.factors.items() if n]
    lines += [f"  {LEVERS[lv.code]}: {lv.change:+.1f} points" for lv in view.levers]
    emit(args, "\n".join(lines), plain(view))
    return 0


def _wait(delta) -> str:
    if delta is None:
        return "—"
    hours = delta.total_seconds() / 3600
    return f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} days"


def _client_line(r) -> str:
    last = r.last_contact.date().isoformat() if r.last_contact else "—"
    return (f"{r.name}: billed {_m(r.billed)} (fee {r.fee_rate}%"
            + (" assumed" if r.fee_rate_assumed else "") + f"), {r.open_contracts} open "
            f"contracts, {r.open_proposals} open proposals, last contact {last}, average reply "
            f"{_wait(r.average_reply)}")


def run_clients(args) -> int:
    from desktop.services.insights import clients as service

    if args.client:
        try:
            detail = service.client_detail(args.client)
        except service.UnknownClientError as exc:
            raise CommandError(str(exc)) from None
        lines = [_client_line(detail.row)]
        for e in detail.events:
            amount = f" {_m(e.amount)}" if e.amount is not None else ""
            lines.append(f"  {e.at.date().isoformat()} {e.kind}"
                         + (f" ({e.direction})" if e.direction else "")
                         + f": {e.title}{amount}" + (f" [{e.status}]" if e.status else ""))
        emit(args, "\n".join(lines), plain(detail))
        return 0
    view = service.clients()
    lines = [_basis(view.basis)] + [_client_line(r) for r in view.rows]
    emit(args, "\n".join(lines), plain(view))
    return 0

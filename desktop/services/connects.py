"""The Connects ledger: monthly grants, purchases, spends, boosts, refunds and expiry.

Every movement is one signed ``ConnectsEntry`` row. Issues (monthly, purchase, refund, a positive
adjustment) carry the day they expire; spends (spent, boost, a negative adjustment) are negative.
The balance is worked out by ``models.rules.connects.balance_on`` (oldest-expiring lots first);
``expired`` rows are written by :func:`sync_expiry` only so the ledger reads like a statement —
the balance calculation ignores them, since it works out the lapses itself.

Refunded Connects expire one year after the spend they return (a refund never outlives the lots
it came from by more than that year; Upwork does not publish the exact rule).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from peewee import JOIN

from desktop import clock, events
from desktop.errors import Code
from desktop.services import db
from desktop.services import settings as settings_service
from models.payments import LedgerCode
from models.proposals import NOTE_TEMPLATES as NOTE_TEMPLATES  # re-exported for ui/
from models.proposals import REASON_LABELS as REASON_LABELS  # re-exported for ui/
from models.proposals import ConnectsEntry, ConnectsReason, NoteCode, Proposal
from models.rules import connects as rules
from models.rules.money import parse_money, round_cents

PRICE_KEY = "connects_price"
PLAN_KEY = "connects_plan"


class ConnectsShort(rules.ConnectsError):
    """Not enough Connects for what the user asked; ``needed`` and ``available`` say how many."""

    def __init__(self, needed: int, available: int):
        self.needed, self.available = needed, available
        super().__init__(
            f"This needs {needed} Connects but only {available} are available. "
            f"Buy at least {rules.connects_to_buy(needed - available, on=clock.today())} "
            "Connects or record "
            "your real balance in the Connects ledger."
        )


def _today() -> date:
    return clock.today()


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


# -- settings -------------------------------------------------------------------
def plan() -> str:
    value = settings_service.get(PLAN_KEY)
    return value if value in rules.PLANS else settings_service.DEFAULTS[PLAN_KEY]


def set_plan(code: str) -> None:
    if code not in rules.PLANS:
        known = ", ".join(rules.PLANS)
        raise rules.ConnectsError(f"unknown plan {code!r}: expected one of {known}")
    settings_service.put(PLAN_KEY, code)
    events.changed("connects")


def price(on: date | None = None) -> Decimal:
    """Dollars per Connect: the user's configured price, else the dated rule."""
    stored = settings_service.get(PRICE_KEY)
    if stored:
        return Decimal(str(stored))
    return rules.rules_on(on or _today()).price


def set_price(value: Decimal | str) -> None:
    amount = parse_money(value) if isinstance(value, str) else Decimal(value)
    if amount <= 0:
        raise rules.ConnectsError(Code.CONNECTS_PRICE_NOT_POSITIVE, amount=amount)
    settings_service.put(PRICE_KEY, str(amount))
    events.changed("connects")


def cost_of(count: int, on: date | None = None) -> Decimal:
    """Money value of ``count`` Connects at the configured price, to the cent."""
    if count < 0:
        raise rules.ConnectsError(Code.CONNECTS_NEGATIVE_COUNT, count=count)
    return round_cents(price(on) * count)


# -- reading --------------------------------------------------------------------
def _rule_entries(rows) -> list[rules.LedgerEntry]:
    entries = []
    for row in rows:
        if row.reason == ConnectsReason.EXPIRED or row.delta == 0:
            continue
        day = row.at.date()
        if row.delta > 0:
            entries.append(rules.LedgerEntry(day, row.delta, expires=row.expires_on))
        else:
            entries.append(rules.LedgerEntry(day, -row.delta, spent=True))
    return entries


def entries() -> list[ConnectsEntry]:
    """The whole ledger, oldest first."""
    return list(ConnectsEntry.select().order_by(ConnectsEntry.at, ConnectsEntry.id))


def running_balances() -> list[tuple[int, int]]:
    """(entry id, balance after it), newest first — the ledger view's rows."""
    cursor = db.execute_sql(
        "SELECT id, SUM(delta) OVER (ORDER BY at, id) FROM connects_entry "
        "ORDER BY at DESC, id DESC")
    return [(row[0], row[1]) for row in cursor.fetchall()]


def balance(on: date | datetime | None = None) -> rules.Balance:
    """Connects available on a UTC day (today by default), expiries applied.

    Reading today's balance first books what time alone has added (the plan's monthly grants
    up to today, and expiries), so every reader — the window, the CLI, a submission — sees the
    same figure whichever of them looked first."""
    if on is not None:
        return rules.balance_on(_rule_entries(ConnectsEntry.select()), on)
    from models.db import BusyError, is_busy

    today = _today()
    try:
        catch_up_monthly()
    except Exception as exc:  # only "another process holds the write lock" is expected here
        if not (isinstance(exc, BusyError) or is_busy(exc)):
            raise
        # A reader (the window, `payments balance`, a self-test) must not fail because a long
        # import holds the write lock: count what time has added without booking it now.
        return rules.balance_on(_rule_entries(ConnectsEntry.select()) + _due_grants(today),
                                today)
    return rules.balance_on(_rule_entries(ConnectsEntry.select()), today)


def _due_grants(today: date) -> list[rules.LedgerEntry]:
    """The plan's monthly grants up to ``today`` not booked yet (what catch_up_monthly would
    book), for a reader that cannot take the write lock."""
    last = (ConnectsEntry.select().where(ConnectsEntry.reason == "monthly")
            .order_by(ConnectsEntry.at.desc()).first())
    month = today.replace(day=1) if last is None else last.at.date().replace(day=1)
    granted = {row.at.date().replace(day=1) for row in
               ConnectsEntry.select(ConnectsEntry.at).where(
                   (ConnectsEntry.reason == "monthly") & (ConnectsEntry.at >= _start_of(month)))}
    code, due = plan(), []
    while month <= today:
        if month not in granted:
            due.append(rules.LedgerEntry(month, rules.monthly_allowance(code, on=month),
                                         expires=rules.expires_on(_start_of(month))))
        month = (month + timedelta(days=32)).replace(day=1)
    return due


def available(on: date | datetime | None = None) -> int:
    return balance(on).available


def _check_consistent(on: date | None = None) -> None:
    """Raise ConnectsError (rolling back the caller's transaction) if any spend overdraws."""
    rows = list(ConnectsEntry.select())
    last = max((r.at.date() for r in rows), default=_today())
    rules.balance_on(_rule_entries(rows), max(last, on or _today()))


def spent_on(proposal_id: int) -> int:
    """Net Connects a proposal cost: spends and boosts minus refunds."""
    rows = ConnectsEntry.select().where(ConnectsEntry.proposal == proposal_id,
                                        ConnectsEntry.reason.in_(("spent", "boost", "refund")))
    return -sum(r.delta for r in rows)


def money_spent_on(proposal_id: int) -> Decimal:
    rows = ConnectsEntry.select().where(ConnectsEntry.proposal == proposal_id,
                                        ConnectsEntry.reason.in_(("spent", "boost", "refund")))
    return sum((r.cost if r.delta < 0 else -r.cost for r in rows), Decimal("0.00"))


# -- writing --------------------------------------------------------------------
def _issue(count: int, reason: str, at: datetime, *, cost: Decimal = Decimal(0),
           expires: date | None = None, note: str = "", note_code: NoteCode | None = None,
           note_params: dict | None = None, proposal_id: int | None = None,
           job_id: int | None = None) -> ConnectsEntry:
    return ConnectsEntry.create(
        at=at, delta=count, reason=reason, cost=cost,
        expires_on=expires or rules.expires_on(at), note=note, note_code=note_code,
        note_params=note_params,
        proposal=proposal_id, job=job_id)


def grant_monthly(month: date, *, plan_code: str | None = None) -> ConnectsEntry | None:
    """The plan's free Connects for the month containing ``month``; None if already granted."""
    first = month.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    with db.atomic():
        exists = ConnectsEntry.select().where(
            ConnectsEntry.reason == ConnectsReason.MONTHLY,
            ConnectsEntry.at >= _start_of(first), ConnectsEntry.at < _start_of(nxt)).exists()
        if exists:
            return None
        code = plan_code or plan()
        count = rules.monthly_allowance(code, on=first)
        entry = _issue(count, "monthly", _start_of(first),
                       note_code=NoteCode.PLAN_MONTH,
                       note_params={"plan": code, "month": f"{first:%Y-%m}"})
    events.changed("connects", [entry.id])
    return entry


def catch_up_monthly(today: date | None = None) -> list[ConnectsEntry]:
    """Grant every month's allowance from the last grant (or this month) up to ``today``.
    Takes the write lock only when a grant or an expiry is due (models.db.read_mostly)."""
    from models.db import read_mostly

    return read_mostly(_catch_up_monthly, today)


def _catch_up_monthly(today: date | None = None) -> list[ConnectsEntry]:
    today = today or _today()
    last = (ConnectsEntry.select().where(ConnectsEntry.reason == ConnectsReason.MONTHLY)
            .order_by(ConnectsEntry.at.desc()).first())
    month = today.replace(day=1) if last is None else last.at.date().replace(day=1)
    granted = []
    with db.atomic():
        while month <= today:
            entry = grant_monthly(month)
            if entry is not None:
                granted.append(entry)
            month = (month + timedelta(days=32)).replace(day=1)
        granted += sync_expiry(today)
    return granted


@dataclass(frozen=True)
class Purchase:
    entry: ConnectsEntry
    expense_recorded: bool  # False when the Payments ledger is not available


def buy(count: int, *, at: datetime | None = None) -> Purchase:
    """Buy ``count`` Connects (a sum of bundle sizes) at the configured price.

    The money goes to the Payments ledger as a "connects" expense in the same transaction.
    """
    at = at or clock.now()
    if count <= 0 or rules.connects_to_buy(count, on=at) != count:
        sizes = "/".join(str(b) for b in rules.rules_on(at).bundles)
        raise rules.ConnectsError(
            Code.CONNECTS_BUNDLES, sizes=sizes, count=count,
            nearest=rules.connects_to_buy(max(count, 1), on=at))
    cost = cost_of(count, at.date())
    with db.atomic():
        entry = _issue(count, "purchase", at, cost=cost,
                       note_code=NoteCode.PURCHASE,
                       note_params={"count": count, "cost": str(cost)})
        from desktop.services.payments import record_expense

        record_expense(kind="connects", amount=cost, occurred_at=at,
                       description_code=LedgerCode.CONNECTS,
                       description_params={"count": count})
    events.changed("connects", [entry.id])
    return Purchase(entry, True)


def adjust(delta: int, *, note: str = "", at: datetime | None = None) -> ConnectsEntry:
    """A correction, e.g. the balance you already had when you started using the app."""
    return _adjust(delta, at=at, note=note,
                   note_code=None if note else NoteCode.CORRECTION)


def _adjust(delta: int, *, at: datetime | None, note: str = "",
            note_code: NoteCode | None = None, note_params: dict | None = None
            ) -> ConnectsEntry:
    if delta == 0:
        raise rules.ConnectsError(Code.CONNECTS_ZERO_CORRECTION)
    at = at or clock.now()
    with db.atomic():
        entry = ConnectsEntry.create(
            at=at, delta=delta, reason="adjust", note=note, note_code=note_code,
            note_params=note_params,
            expires_on=rules.expires_on(at) if delta > 0 else None)
        _check_consistent(at.date())
    events.changed("connects", [entry.id])
    return entry


def set_balance(target: int, *, at: datetime | None = None) -> ConnectsEntry | None:
    """Record whatever correction makes today's balance ``target`` (None if it already is)."""
    if target < 0:
        raise rules.ConnectsError(Code.CONNECTS_NEGATIVE_BALANCE)
    delta = target - available(at)
    if delta == 0:
        return None
    return _adjust(delta, at=at, note_code=NoteCode.BALANCE_SET, note_params={"n": target})


def spend(proposal_id: int, job_id: int | None, count: int, boost: int, *,
          at: datetime) -> list[ConnectsEntry]:
    """Record a submission's cost (call inside the submitting transaction)."""
    need = count + boost
    if need <= 0:
        return []
    have = available(at)
    if need > have:
        raise ConnectsShort(need, have)
    rows = []
    if count:
        rows.append(ConnectsEntry.create(
            at=at, delta=-count, reason="spent", cost=cost_of(count, at.date()),
            proposal=proposal_id, job=job_id, note_code=NoteCode.APPLIED))
    if boost:
        rows.append(ConnectsEntry.create(
            at=at, delta=-boost, reason="boost", cost=cost_of(boost, at.date()),
            proposal=proposal_id, job=job_id, note_code=NoteCode.BOOST_BID))
    _check_consistent(at.date())
    return rows


def refund(proposal_id: int, reason: rules.RefundReason | str, *, at: datetime,
           boost_only: bool = False) -> ConnectsEntry | None:
    """Give back what a proposal spent when the rules say so (inside the caller's transaction).

    ``reason`` is checked with ``rules.is_refunded``: a cancelled or removed job refunds, a
    declined, expired or withdrawn proposal does not. ``boost_only`` returns just the boost
    (outbid before the client interacted). Nothing is refunded twice.
    """
    if not boost_only and not rules.is_refunded(reason):
        return None
    kinds = ("boost",) if boost_only else ("spent", "boost")
    rows = list(ConnectsEntry.select().where(ConnectsEntry.proposal == proposal_id,
                                             ConnectsEntry.reason.in_((*kinds, "refund"))))
    paid = [r for r in rows if r.reason in kinds]
    if not paid:
        return None
    earlier = [r for r in rows if r.reason == ConnectsReason.REFUND
               and (not boost_only or r.note_code == NoteCode.REFUND_OUTBID)]
    already = sum(r.delta for r in earlier)
    owed = -sum(r.delta for r in paid) - already
    if owed <= 0:
        return None
    spent_at = min(r.at for r in paid)
    # What is still out is costed at the price paid for it: the cost paid minus what earlier
    # refunds (a boost refunded as outbid) already gave back — never the whole cost again.
    cost = max(sum((r.cost for r in paid), Decimal(0)) - sum((r.cost for r in earlier),
                                                                Decimal(0)), Decimal(0))
    code = NoteCode.REFUND_OUTBID if boost_only else (
        NoteCode.REFUND_CANCELLED if str(reason) == rules.RefundReason.CLIENT_CANCELLED
        else NoteCode.REFUND_REMOVED)
    return _issue(owed, "refund", at, cost=cost, expires=rules.expires_on(spent_at),
                  note_code=code, proposal_id=proposal_id, job_id=paid[0].job_id)


def sync_expiry(today: date | None = None) -> list[ConnectsEntry]:
    """Write an ``expired`` row for each day unused Connects lapsed, up to ``today``."""
    today = today or _today()
    rows = list(ConnectsEntry.select())
    # A lot lapses on its expiry day, or on the day it was issued if that is later (a refund
    # of Connects spent more than a year ago comes back already expired).
    issue_days = sorted({max(r.expires_on, r.at.date()) for r in rows
                         if r.delta > 0 and r.reason != ConnectsReason.EXPIRED and r.expires_on
                         and max(r.expires_on, r.at.date()) <= today})
    recorded = {r.at.date(): -r.delta for r in rows if r.reason == ConnectsReason.EXPIRED}
    rule_rows = _rule_entries(rows)
    written = []
    with db.atomic():
        previous = 0
        for day in issue_days:
            total = rules.balance_on(rule_rows, day).expired
            lapsed = total - previous
            previous = total
            if lapsed > recorded.get(day, 0):
                written.append(ConnectsEntry.create(
                    at=_start_of(day), delta=-(lapsed - recorded.get(day, 0)),
                    reason="expired", note_code=NoteCode.EXPIRED))
    if written:
        events.changed("connects", [e.id for e in written])
    return written


# -- undoable deletes of hand-entered rows ---------------------------------------------
MANUAL_REASONS = ("monthly", "purchase", "adjust")


def delete_entry(entry_id: int) -> dict:
    """Delete a hand-entered row (grant, purchase, correction); returns what undo needs.

    Refused when the rest of the ledger would then overdraw. A purchase's expense in the Payments
    ledger stays (delete it there if it was a mistake).
    """
    row = ConnectsEntry.get_by_id(entry_id)
    if row.reason not in MANUAL_REASONS:
        raise rules.ConnectsError(Code.CONNECTS_ROW_FROM_PROPOSAL, connects_reason=row.reason)
    snapshot = {k: getattr(row, k) for k in
                ("id", "at", "delta", "reason", "cost", "expires_on", "note", "note_code",
                 "note_params")}
    with db.atomic():
        row.delete_instance()
        try:
            _check_consistent()
        except rules.ConnectsError as exc:
            raise rules.ConnectsError(Code.CONNECTS_DELETE_BREAKS, reason=exc) from None
    events.changed("connects", [entry_id])
    return snapshot


def restore_entry(snapshot: dict) -> ConnectsEntry:
    with db.atomic():
        entry = ConnectsEntry.create(**snapshot)
    events.changed("connects", [entry.id])
    return entry


def entries_by_id(ids: list[int]) -> dict[int, ConnectsEntry]:
    """Ledger rows for a page of ids with their proposals, in one query (the ledger table
    reads them this way); a deleted id is missing."""
    if not ids:
        return {}
    query = (ConnectsEntry.select(ConnectsEntry, Proposal)
             .join(Proposal, JOIN.LEFT_OUTER, on=(ConnectsEntry.proposal == Proposal.id))
             .where(ConnectsEntry.id.in_(ids)))
    return {entry.id: entry for entry in query}

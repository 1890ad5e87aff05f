"""Connects: price, bundles, free allowances, expiry, refunds, boosting, and a FIFO balance.

Facts (``CONNECTS_RULES``, dated): $0.15 each, sold in bundles of 10/20/40/60/80; a job costs
0–16 to apply to (record the count at submission, it can change while the job is live);
answering invitations and offers is free; Basic plan 10 free a month, Freelancer Plus 100;
Connects expire one year after issue; no balance cap. Refunded only when the client cancels the
job without hiring or the post is removed. Boost: extra Connects bid for the top 4 slots, the
auction closes 7 days after posting or at the first hire; you pay what you bid, nothing if you are
outbid before the client interacts with your proposal.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from models.errors import Code, ServiceError
from models.rules.money import round_cents
from models.rules.weeks import to_utc, utc_date


@dataclass(frozen=True)
class ConnectsRules:
    start: date  # first day in force (inclusive)
    price: Decimal  # dollars per Connect
    bundles: tuple[int, ...]
    monthly_allowance: dict[str, int]  # plan code -> free Connects a month
    expiry_years: int
    job_cost_min: int
    job_cost_max: int
    boost_slots: int
    boost_auction_days: int
    source: str = ""


CONNECTS_RULES: tuple[ConnectsRules, ...] = (
    ConnectsRules(
        start=date.min,  # earlier pricing (before 2019) is not modelled
        price=Decimal("0.15"),
        bundles=(10, 20, 40, 60, 80),
        monthly_allowance={"basic": 10, "freelancer_plus": 100},
        expiry_years=1,
        job_cost_min=0,
        job_cost_max=16,
        boost_slots=4,
        boost_auction_days=7,
        source="DESIGN.md domain rules (Upwork Connects help pages)",
    ),
)

PLANS = {"basic": "Basic", "freelancer_plus": "Freelancer Plus"}


class ConnectsError(ServiceError):
    """A Connects figure or ledger that cannot be right (overspent, out of range...)."""


def rules_on(on: date | datetime) -> ConnectsRules:
    """Rules in force on a UTC day."""
    day = utc_date(on)
    return max((r for r in CONNECTS_RULES if r.start <= day), key=lambda r: r.start)


def connects_cost(count: int, *, on: date | datetime) -> Decimal:
    """Money value of ``count`` Connects, to the cent ($0.15 each: 16 -> $2.40)."""
    if count < 0:
        raise ConnectsError(Code.CONNECTS_COUNT_NEGATIVE, count=count)
    return round_cents(rules_on(on).price * count)


def connects_to_buy(needed: int, *, on: date | datetime) -> int:
    """Fewest Connects purchasable in bundles that cover ``needed`` (6 -> 10, 41 -> 50)."""
    if needed <= 0:
        return 0
    bundles = rules_on(on).bundles
    # Bundles can be combined: the smallest total >= needed made of bundle sizes.
    top = needed + max(bundles)
    reachable = [True] + [False] * top
    for total in range(1, top + 1):
        reachable[total] = any(size <= total and reachable[total - size] for size in bundles)
    return next(total for total in range(needed, top + 1) if reachable[total])


def monthly_allowance(plan: str, *, on: date | datetime) -> int:
    """Free Connects a month for a plan code (``"basic"``, ``"freelancer_plus"``)."""
    allowance = rules_on(on).monthly_allowance
    if plan not in allowance:
        raise ConnectsError(f"unknown plan {plan!r}: expected one of {', '.join(allowance)}")
    return allowance[plan]


def expires_on(issued: date | datetime) -> date:
    """First UTC day the Connects issued on ``issued`` can no longer be used (the anniversary;
    29 February rolls back to 28 February)."""
    day = utc_date(issued)
    years = rules_on(day).expiry_years
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_job_cost(count: int, *, on: date | datetime) -> int:
    """Return ``count`` if it is a possible job cost (0–16), else raise ConnectsError."""
    rules = rules_on(on)
    if not rules.job_cost_min <= count <= rules.job_cost_max:
        raise ConnectsError(
            f"a job costs {rules.job_cost_min}–{rules.job_cost_max} Connects, got {count}"
        )
    return count


def application_cost(job_connects: int, *, on: date | datetime, invited: bool = False,
                     boost: int = 0) -> int:
    """Connects spent on one proposal: the job's cost (free for an invitation or offer) + boost."""
    if boost < 0:
        raise ConnectsError(Code.CONNECTS_BOOST_NEGATIVE, count=boost)
    return (0 if invited else check_job_cost(job_connects, on=on)) + boost


class RefundReason(StrEnum):
    CLIENT_CANCELLED = "client_cancelled"  # job closed by the client without hiring anyone
    POST_REMOVED = "post_removed"  # the job post was removed (e.g. by Upwork)
    DECLINED = "declined"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    OTHER_HIRED = "other_hired"  # the client hired another freelancer


REFUNDED_REASONS = frozenset({RefundReason.CLIENT_CANCELLED, RefundReason.POST_REMOVED})


def is_refunded(reason: RefundReason | str) -> bool:
    """Whether the Connects spent on a proposal come back when it ends for ``reason``."""
    try:
        reason = RefundReason(reason)
    except ValueError:
        known = ", ".join(r.value for r in RefundReason)
        message = f"unknown proposal outcome {reason!r}: expected one of {known}"
        raise ConnectsError(message) from None
    return reason in REFUNDED_REASONS


def boost_auction_closes(posted: datetime, first_hire: datetime | None = None) -> datetime:
    """The boost auction ends 7 days after posting, or at the first hire if that is earlier."""
    close = to_utc(posted) + timedelta(days=rules_on(posted).boost_auction_days)
    return close if first_hire is None else min(close, to_utc(first_hire))


def boost_charge(bid: int, *, outbid_before_client_interacted: bool) -> int:
    """Connects a boost actually costs: the bid (first-price), or 0 if outbid before the client
    viewed or messaged your proposal."""
    if bid < 0:
        raise ConnectsError(Code.CONNECTS_BOOST_NEGATIVE, count=bid)
    return 0 if outbid_before_client_interacted else bid


@dataclass(frozen=True)
class LedgerEntry:
    """``count`` > 0 Connects issued (bought, monthly, refunded) or spent on ``on``.

    ``expires`` overrides the usual one-year expiry of an issue (e.g. a refund that keeps the
    original lot's expiry); it is ignored for spends.
    """

    on: date
    count: int
    spent: bool = False
    expires: date | None = None


@dataclass(frozen=True)
class Balance:
    available: int
    expired: int  # total that lapsed unused up to and including the day
    next_expiry: date | None  # when the oldest remaining lot lapses
    expiring_next: int  # how many lapse then


def balance_on(entries: Iterable[LedgerEntry], on: date | datetime) -> Balance:
    """Connects available on a UTC day, spending the oldest-expiring lots first (FIFO).

    Entries after ``on`` are ignored; on one day, issues count before spends. A spend larger
    than the balance raises ConnectsError naming the day.
    """
    day = utc_date(on)
    ordered = sorted((e for e in entries if e.on <= day), key=lambda e: (e.on, e.spent))
    lots: list[list] = []  # [expires, remaining]
    expired = 0

    def lapse(until: date) -> None:
        nonlocal expired
        for lot in lots:
            if lot[0] <= until and lot[1]:
                expired += lot[1]
                lot[1] = 0

    for entry in ordered:
        if entry.count < 0:
            raise ConnectsError(Code.CONNECTS_LEDGER_NEGATIVE, date=entry.on)
        lapse(entry.on)
        if not entry.spent:
            lots.append([entry.expires or expires_on(entry.on), entry.count])
            lots.sort(key=lambda lot: lot[0])
            continue
        need = entry.count
        have = sum(lot[1] for lot in lots)
        if need > have:
            raise ConnectsError(
                f"{need} Connects spent on {entry.on.isoformat()} but only {have} available"
            )
        for lot in lots:
            used = min(lot[1], need)
            lot[1] -= used
            need -= used
    lapse(day)
    live = [lot for lot in lots if lot[1]]
    next_expiry = live[0][0] if live else None
    return Balance(
        available=sum(lot[1] for lot in live),
        expired=expired,
        next_expiry=next_expiry,
        expiring_next=sum(lot[1] for lot in live if lot[0] == next_expiry),
    )

"""Upwork freelancer service fee, as dated data.

Which fee a payment pays depends on the day it is made AND on when its contract started, because
Upwork moved new and existing contracts at different times and let existing ones keep their rate.
``FEE_REGIMES`` lists the rules, first match wins (days inclusive, UTC; "started" is the
contract's start day; an unknown start counts as the payment day, i.e. a new contract):

==========================  =======================  =====================  ===================
code                        payments                 contracts started      rule
==========================  =======================  =====================  ===================
``flat_10``                 (always) – 2016-06-06    any                    10%
``flat_10_2016_existing``   2016-06-07 – 2016-06-20  before 2016-06-07      10% (not moved yet)
``tiered_grandfathered``    2016-06-21 – 2023-05-02  before 2016-06-07      10% to $10,000
                                                                            billed, 5% above
``tiered``                  2016-06-07 – 2023-05-02  2016-06-07 or later    20% of the first
                                                                            $500 billed with a
                                                                            client, 10% to
                                                                            $10,000, 5% above
``flat_10_2023``            2023-05-03 – 2024-12-31  any                    10%; legacy 5%
                                                                            contracts keep 5%
                                                                            to 2023-12-31
``flat_10_pre_2025``        2025-01-01 –             before 2025-01-01      10% unless the user
                                                                            records the rate
``variable``                2025-01-01 –             2025-01-01 or later    0–15% per contract;
                                                                            10% assumed
==========================  =======================  =====================  ===================

Tiers count lifetime billings per client over all contracts; refunds reduce them. A "legacy 5%"
contract is one started before 2023-05-03 whose recorded rate is 5% (it had passed $10,000 with
its client under the tiers): 5% through 2023-12-31, then 10% for good — a later regime never
brings the 5% back.

Rates are percents as Decimal (``Decimal("10")`` is 10%). Amounts are Decimal dollars. The fee is
rounded to the cent once per transaction, half up: $266.64 gross -> fee $26.66, net $239.98.
A refund is a negative ``gross``: it takes back the top of the client's billings and returns the
fee charged on that slice, so ``service_fee(-x, prior_billings=p)`` mirrors
``service_fee(x, prior_billings=p - x)``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from models.errors import Code, ServiceError
from models.rules.money import CENT, format_money, round_cents
from models.rules.weeks import utc_date

_T = TypeVar("_T")
ZERO = Decimal(0)
HUNDRED = Decimal(100)

# Transition days (each named by the rule that uses it; sources beside the rules below).
TIERED_NEW_CONTRACTS_FROM = date(2016, 6, 7)
TIERED_ALL_CONTRACTS_FROM = date(2016, 6, 21)
FLAT_FEE_FROM = date(2023, 5, 3)
LEGACY_RATE = Decimal(5)
LEGACY_RATE_UNTIL = date(2023, 12, 31)
PER_CONTRACT_FEE_FROM = date(2025, 1, 1)
PER_CONTRACT_MIN = Decimal(0)
PER_CONTRACT_MAX = Decimal(15)
ASSUMED_RATE = Decimal(10)


@dataclass(frozen=True)
class Tier:
    """``rate`` percent applies to lifetime billings up to ``up_to`` (None: no ceiling)."""

    up_to: Decimal | None
    rate: Decimal


@dataclass(frozen=True)
class FeeRegime:
    code: str
    kind: str  # "flat" | "tiered" | "variable"
    start: date  # first payment day in force (inclusive)
    end: date | None  # last payment day in force (inclusive); None = still in force
    rate: Decimal | None = None  # flat rate, or the assumed rate of a variable regime
    tiers: tuple[Tier, ...] = ()
    min_rate: Decimal | None = None  # bounds of a per-contract rate (variable regime)
    max_rate: Decimal | None = None
    legacy_rate: Decimal | None = None  # an older per-contract rate honoured until legacy_until
    legacy_until: date | None = None
    started_from: date | None = None  # contracts started on/after this day (None: any)
    started_before: date | None = None  # contracts started before this day (None: any)
    honours_recorded_rate: bool = False  # a flat regime that yields to a rate the user records
    source: str = ""

    def in_force(self, on: date, started: date | None = None) -> bool:
        started = on if started is None else started
        return (self.start <= on and (self.end is None or on <= self.end)
                and (self.started_from is None or started >= self.started_from)
                and (self.started_before is None or started < self.started_before))

    @property
    def rate_range(self) -> tuple[Decimal, Decimal]:
        """(min_rate, max_rate) of a per-contract rate: only a variable regime has one."""
        if self.min_rate is None or self.max_rate is None:
            raise TypeError(f"fee regime {self.code} ({self.kind}) has no per-contract range")
        return self.min_rate, self.max_rate

    @property
    def max_possible_rate(self) -> Decimal:
        """The highest rate this regime can charge (bounds the inverse search)."""
        rates = [t.rate for t in self.tiers]
        rates += [r for r in (self.rate, self.max_rate, self.legacy_rate) if r is not None]
        if self.honours_recorded_rate:
            rates.append(PER_CONTRACT_MAX)
        return max(rates)


FEE_REGIMES: tuple[FeeRegime, ...] = (
    # Source: oDesk/Upwork freelancer terms before May 2016 — a flat 10% of every payment.
    FeeRegime(
        code="flat_10",
        kind="flat",
        start=date.min,
        end=TIERED_NEW_CONTRACTS_FROM.replace(day=6),
        rate=Decimal(10),
        source="oDesk/Upwork flat 10% freelancer fee before the June 2016 tiered pricing",
    ),
    # Source: Upwork's May 2016 pricing announcement (dates as DESIGN.md records them): existing
    # contracts moved to the new pricing on 2016-06-21, two weeks after new ones; until then 10%.
    FeeRegime(
        code="flat_10_2016_existing",
        kind="flat",
        start=TIERED_NEW_CONTRACTS_FROM,
        end=TIERED_ALL_CONTRACTS_FROM.replace(day=20),
        rate=Decimal(10),
        started_before=TIERED_NEW_CONTRACTS_FROM,
        source="Upwork new pricing 2016: existing contracts kept 10% until 2016-06-20",
    ),
    # Source: same announcement: contracts active at the change were grandfathered — they never
    # paid the 20% tier (kept 10%) and dropped to 5% once the client's lifetime billings passed
    # $10,000 (already there: 5% at once).
    FeeRegime(
        code="tiered_grandfathered",
        kind="tiered",
        start=TIERED_ALL_CONTRACTS_FROM,
        end=FLAT_FEE_FROM.replace(day=2),
        tiers=(
            Tier(Decimal(500), Decimal(10)),
            Tier(Decimal(10_000), Decimal(10)),
            Tier(None, Decimal(5)),
        ),
        started_before=TIERED_NEW_CONTRACTS_FROM,
        source="Upwork 2016: existing contracts kept 10% (5% past $10,000 with the client)",
    ),
    # Source: Upwork help "Freelancer Service Fees" as it read 2016–2023 (DESIGN.md): sliding fee
    # by lifetime billings with a client across all contracts, contracts started from 2016-06-07.
    FeeRegime(
        code="tiered",
        kind="tiered",
        start=TIERED_NEW_CONTRACTS_FROM,
        end=FLAT_FEE_FROM.replace(day=2),
        tiers=(
            Tier(Decimal(500), Decimal(20)),
            Tier(Decimal(10_000), Decimal(10)),
            Tier(None, Decimal(5)),
        ),
        started_from=TIERED_NEW_CONTRACTS_FROM,
        source="Upwork sliding fee 2016-06-07 to 2023-05-02 (lifetime billings per client)",
    ),
    # Source: Upwork's April 2023 fee announcement (DESIGN.md): flat 10% from 2023-05-03;
    # 20% contracts drop to 10%, contracts at 5% keep 5% through 2023-12-31.
    FeeRegime(
        code="flat_10_2023",
        kind="flat",
        start=FLAT_FEE_FROM,
        end=PER_CONTRACT_FEE_FROM.replace(year=2024, month=12, day=31),
        rate=Decimal(10),
        legacy_rate=LEGACY_RATE,
        legacy_until=LEGACY_RATE_UNTIL,
        source="Upwork flat 10% from 2023-05-03; legacy 5% contracts kept to end of 2023",
    ),
    # Source: third-party reports of Upwork's 2025 variable fee (Upwork's page gives no table):
    # the per-contract fee applies to contracts started from 2025; older ones keep the flat 10%.
    FeeRegime(
        code="flat_10_pre_2025",
        kind="flat",
        start=PER_CONTRACT_FEE_FROM,
        end=None,
        rate=Decimal(10),
        started_before=PER_CONTRACT_FEE_FROM,
        honours_recorded_rate=True,
        source="Upwork 2025: contracts started before the variable fee keep 10%",
    ),
    # Source: third-party reports (2025): a 0–15% fee shown when the proposal is submitted and
    # fixed for the contract's life.
    FeeRegime(
        code="variable",
        kind="variable",
        start=PER_CONTRACT_FEE_FROM,
        end=None,
        rate=ASSUMED_RATE,
        min_rate=PER_CONTRACT_MIN,
        max_rate=PER_CONTRACT_MAX,
        started_from=PER_CONTRACT_FEE_FROM,
        source="Upwork variable 0–15% fee, set per contract when the proposal is submitted",
    ),
)


class FeeError(ServiceError):
    """Input the fee rules cannot price (refund larger than billings, rate out of range...)."""


def regime_on(on: date | datetime, regimes: tuple[FeeRegime, ...] = FEE_REGIMES, *,
              contract_start: date | datetime | None = None) -> FeeRegime:
    """The fee regime for a payment on a UTC day on a contract started ``contract_start``
    (None: unknown, counted as started that day — a new contract)."""
    day = utc_date(on)
    started = utc_date(contract_start) if contract_start is not None else None
    for regime in regimes:
        if regime.in_force(day, started):
            return regime
    raise FeeError(f"no service fee regime in force on {day.isoformat()}")  # pragma: no cover


@dataclass(frozen=True)
class FeePart:
    """A slice of one payment charged at one rate (several only when a tier boundary is crossed)."""

    amount: Decimal
    rate: Decimal
    fee: Decimal  # amount * rate, exact; only the payment's total fee is rounded


@dataclass(frozen=True)
class FeeBreakdown:
    """What the client pays (gross), what Upwork keeps (fee) and what the freelancer gets (net)."""

    gross: Decimal
    fee: Decimal
    net: Decimal
    parts: tuple[FeePart, ...]
    regime: str
    prior_billings: Decimal = ZERO
    rate_assumed: bool = False  # variable regime without a known contract rate: 10% assumed

    @property
    def rate(self) -> Decimal | None:
        """The single rate applied, or None when the payment was split across tiers."""
        rates = {part.rate for part in self.parts}
        return rates.pop() if len(rates) == 1 else None

    @property
    def effective_rate(self) -> Decimal:
        """fee / gross as a percent, two decimals (0 for a zero payment)."""
        if not self.gross:
            return ZERO
        return round_cents(self.fee / self.gross * HUNDRED)

    @property
    def billings_after(self) -> Decimal:
        """Lifetime billings with this client after this payment (pass to the next call)."""
        return self.prior_billings + self.gross


def _money(value: Decimal | int | str, name: str) -> Decimal:
    if isinstance(value, float):
        raise TypeError(f"{name} must not be float; use Decimal or str")
    return Decimal(value)


def is_legacy_rate(contract_rate: Decimal | None, contract_start: date | datetime | None) -> bool:
    """A 5% recorded on a contract started before the 2023 flat fee is the legacy tier rate
    (valid through 2023-12-31 only), not a 2025 per-contract rate."""
    return (contract_rate is not None and contract_start is not None
            and Decimal(contract_rate) == LEGACY_RATE
            and utc_date(contract_start) < FLAT_FEE_FROM)


def check_contract_rate(rate: Decimal | int | str) -> Decimal:
    """A per-contract fee the user records must lie in the 2025+ range (0–15%)."""
    rate = _money(rate, "contract_rate")
    if not PER_CONTRACT_MIN <= rate <= PER_CONTRACT_MAX:
        raise FeeError(Code.FEE_RATE_RANGE, rate=f"{rate.normalize():f}",
                       low=str(PER_CONTRACT_MIN), high=str(PER_CONTRACT_MAX))
    return rate


def _given(value: _T | None, regime: FeeRegime, name: str) -> _T:
    """A value the regime's kind requires (the dated table is wrong when it is missing)."""
    if value is None:
        raise TypeError(f"fee regime {regime.code} ({regime.kind}) has no {name}")
    return value


def _rate_for(regime: FeeRegime, day: date, contract_rate: Decimal | None) -> tuple[Decimal, bool]:
    """(rate, assumed) for a flat or variable regime."""
    if regime.honours_recorded_rate and contract_rate is not None:
        return check_contract_rate(contract_rate), False
    if regime.kind == "variable":
        if contract_rate is None:
            return _given(regime.rate, regime, "rate"), True
        rate = _money(contract_rate, "contract_rate")
        low, high = regime.rate_range
        if not low <= rate <= high:
            raise FeeError(Code.FEE_RATE_RANGE, rate=f"{rate.normalize():f}",
                           low=str(regime.min_rate), high=str(regime.max_rate))
        return rate, False
    if (
        contract_rate is not None
        and regime.legacy_rate is not None
        and _money(contract_rate, "contract_rate") == regime.legacy_rate
        and day <= _given(regime.legacy_until, regime, "legacy_until")
    ):
        return regime.legacy_rate, False
    # Any other per-contract rate does not outlive the regime that granted it.
    return _given(regime.rate, regime, "rate"), False


def _tier_parts(tiers: tuple[Tier, ...], prior: Decimal, amount: Decimal) -> list[FeePart]:
    """Cut the billings range (prior, prior + amount] at the tier ceilings."""
    parts = []
    low, high = prior, prior + amount
    floor = ZERO
    for tier in tiers:
        ceiling = tier.up_to
        start = max(low, floor)
        stop = high if ceiling is None else min(high, ceiling)
        if stop > start:
            part = stop - start
            parts.append(FeePart(part, tier.rate, part * tier.rate / HUNDRED))
        if ceiling is None or high <= ceiling:
            break
        floor = ceiling
    return parts


def service_fee(
    gross: Decimal | int | str,
    *,
    on: date | datetime,
    prior_billings: Decimal | int | str = ZERO,
    contract_rate: Decimal | None = None,
    contract_start: date | datetime | None = None,
) -> FeeBreakdown:
    """Fee and net for one payment of ``gross`` dollars made on ``on`` (UTC day).

    ``contract_start``: when the contract started; it picks the regime (see the table above).

    ``prior_billings``: lifetime billings with this client before this payment (tiered regime
    only). ``contract_rate``: the contract's own fee percent — required knowledge in the variable
    regime (10% is assumed and ``rate_assumed`` set when it is None), and ``5`` marks a legacy 5%
    contract in 2023. ``gross`` is rounded to the cent first; negative ``gross`` is a refund.
    """
    gross = round_cents(_money(gross, "gross"))
    prior = _money(prior_billings, "prior_billings")
    if prior < 0:
        raise FeeError(Code.FEE_PRIOR_NEGATIVE, amount=prior)
    day = utc_date(on)
    regime = regime_on(day, contract_start=contract_start)
    if is_legacy_rate(contract_rate, contract_start) and day > LEGACY_RATE_UNTIL:
        contract_rate = None  # the legacy 5% ended with 2023; it never comes back
    if (regime.legacy_rate is not None and contract_start is not None
            and utc_date(contract_start) >= FLAT_FEE_FROM):
        contract_rate = None  # started under the flat fee: it never had the legacy rate
    assumed = False
    if regime.kind == "tiered":
        if gross >= 0:
            parts = _tier_parts(regime.tiers, prior, gross)
        else:
            if prior + gross < 0:
                raise FeeError(Code.FEE_REFUND_OVER_BILLINGS, refund=-gross, billings=prior)
            parts = [
                FeePart(-p.amount, p.rate, -p.fee)
                for p in _tier_parts(regime.tiers, prior + gross, -gross)
            ]
        if not parts:  # a zero payment still reports the rate the next cent would pay
            parts = [FeePart(ZERO, _tier_parts(regime.tiers, prior, CENT)[0].rate, ZERO)]
    else:
        rate, assumed = _rate_for(regime, day, contract_rate)
        parts = [FeePart(gross, rate, gross * rate / HUNDRED)]
    fee = round_cents(sum((p.fee for p in parts), ZERO))
    return FeeBreakdown(
        gross=gross,
        fee=fee,
        net=gross - fee,
        parts=tuple(parts),
        regime=regime.code,
        prior_billings=prior,
        rate_assumed=assumed,
    )


def gross_for_net(
    net: Decimal | int | str,
    *,
    on: date | datetime,
    prior_billings: Decimal | int | str = ZERO,
    contract_rate: Decimal | None = None,
    contract_start: date | datetime | None = None,
) -> FeeBreakdown:
    """"To receive ``net``, bid this": the smallest cent amount whose net is at least ``net``.

    Returns the full :class:`FeeBreakdown` of that gross (``.gross`` is the bid). Exact to the
    cent, across tier boundaries too, because net grows by 0 or 1 cent per cent of gross.
    """
    target = round_cents(_money(net, "net"))
    if target < 0:
        raise FeeError(Code.FEE_NET_NEGATIVE, amount=target)

    def breakdown(cents: int) -> FeeBreakdown:
        return service_fee(
            Decimal(cents) / 100, on=on, prior_billings=prior_billings,
            contract_rate=contract_rate, contract_start=contract_start)

    max_rate = regime_on(on, contract_start=contract_start).max_possible_rate
    low = int(target * 100)  # the fee is never negative, so gross >= net
    high = int((target * 100 / (1 - max_rate / HUNDRED)).to_integral_value()) + 2
    while breakdown(high).net < target:  # pragma: no cover - the bound above always holds
        high *= 2
    while low < high:
        middle = (low + high) // 2
        if breakdown(middle).net >= target:
            high = middle
        else:
            low = middle + 1
    return breakdown(low)


def _pct(rate: Decimal) -> str:
    return f"{rate.normalize():f}%"


def _usd(amount: Decimal) -> str:
    """$500 rather than $500.00 in prose; cents only when there are any."""
    text = format_money(amount)
    return text.removesuffix(".00")


def describe_regime(on: date | datetime, contract_rate: Decimal | None = None,
                    contract_start: date | datetime | None = None) -> str:
    """One plain sentence for the UI: which fee applies on that day and how."""
    day = utc_date(on)
    regime = regime_on(day, contract_start=contract_start)
    if is_legacy_rate(contract_rate, contract_start) and day > LEGACY_RATE_UNTIL:
        contract_rate = None
    if regime.kind == "tiered":
        low, mid, high = regime.tiers
        low_top = _given(low.up_to, regime, "first tier's ceiling")
        mid_top = _given(mid.up_to, regime, "second tier's ceiling")
        return (
            f"Upwork takes {_pct(low.rate)} of the first {_usd(low_top)} you bill a "
            f"client, {_pct(mid.rate)} from {_usd(low_top + CENT)} to "
            f"{_usd(mid_top)}, and {_pct(high.rate)} above that "
            "(lifetime billings with that client; refunds lower them)."
        )
    if regime.kind == "variable":
        low_rate, high_rate = regime.rate_range
        span = f"{_pct(low_rate)}–{_pct(high_rate)}"
        if contract_rate is None:
            assumed = _pct(_given(regime.rate, regime, "rate"))
            return (
                f"Upwork's fee is set per contract ({span}) when you submit the proposal; "
                f"{assumed} is assumed until you enter the contract's rate."
            )
        rate, _ = _rate_for(regime, day, contract_rate)
        return (
            f"Upwork takes {_pct(rate)} of each payment on this contract "
            f"(per-contract fee, {span}, fixed for the contract's life)."
        )
    rate, _ = _rate_for(regime, day, contract_rate)
    text = f"Upwork takes a flat {_pct(rate)} of each payment."
    if rate == regime.legacy_rate:
        until = _given(regime.legacy_until, regime, "legacy_until")
        text += f" This legacy contract keeps it until {until:%B} {until.day}, {until.year}."
    return text

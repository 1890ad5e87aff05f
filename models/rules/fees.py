"""Upwork freelancer service fee, as dated data.

Regimes (``FEE_REGIMES``, first day inclusive, last day inclusive):

=================  ==========  ==========  =============================================
code               from        to          rule
=================  ==========  ==========  =============================================
``flat_10``        (always)    2016-05-31  10% of every payment
``tiered``         2016-06-01  2023-05-02  20% of the first $500 billed with a client,
                                           10% of $500.01–$10,000, 5% above; lifetime
                                           billings per client over all contracts;
                                           refunds reduce the billings
``flat_10_2023``   2023-05-03  2024-12-31  10%; contracts on the legacy 5% rate keep 5%
                                           until 2023-12-31 (pass ``contract_rate=5``)
``variable``       2025-01-01  (open)      0–15% set per contract at proposal time
                                           (``contract_rate``); 10% assumed when unknown
=================  ==========  ==========  =============================================

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

from models.errors import ServiceError
from models.rules.money import CENT, format_money, round_cents
from models.rules.weeks import utc_date

ZERO = Decimal(0)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Tier:
    """``rate`` percent applies to lifetime billings up to ``up_to`` (None: no ceiling)."""

    up_to: Decimal | None
    rate: Decimal


@dataclass(frozen=True)
class FeeRegime:
    code: str
    kind: str  # "flat" | "tiered" | "variable"
    start: date  # first day in force (inclusive)
    end: date | None  # last day in force (inclusive); None = still in force
    rate: Decimal | None = None  # flat rate, or the assumed rate of a variable regime
    tiers: tuple[Tier, ...] = ()
    min_rate: Decimal | None = None  # bounds of a per-contract rate (variable regime)
    max_rate: Decimal | None = None
    legacy_rate: Decimal | None = None  # an older per-contract rate honoured until legacy_until
    legacy_until: date | None = None
    source: str = ""

    def in_force(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)

    @property
    def max_possible_rate(self) -> Decimal:
        """The highest rate this regime can charge (bounds the inverse search)."""
        rates = [t.rate for t in self.tiers]
        rates += [r for r in (self.rate, self.max_rate, self.legacy_rate) if r is not None]
        return max(rates)


FEE_REGIMES: tuple[FeeRegime, ...] = (
    FeeRegime(
        code="flat_10",
        kind="flat",
        start=date.min,
        end=date(2016, 5, 31),
        rate=Decimal(10),
        source="oDesk/Upwork flat 10% freelancer fee before the June 2016 tiered pricing",
    ),
    FeeRegime(
        code="tiered",
        kind="tiered",
        start=date(2016, 6, 1),
        end=date(2023, 5, 2),
        tiers=(
            Tier(Decimal(500), Decimal(20)),
            Tier(Decimal(10_000), Decimal(10)),
            Tier(None, Decimal(5)),
        ),
        source="Upwork sliding fee 2016-06-01 to 2023-05-02 (lifetime billings per client)",
    ),
    FeeRegime(
        code="flat_10_2023",
        kind="flat",
        start=date(2023, 5, 3),
        end=date(2024, 12, 31),
        rate=Decimal(10),
        legacy_rate=Decimal(5),
        legacy_until=date(2023, 12, 31),
        source="Upwork flat 10% from 2023-05-03; legacy 5% contracts kept to end of 2023",
    ),
    FeeRegime(
        code="variable",
        kind="variable",
        start=date(2025, 1, 1),
        end=None,
        rate=Decimal(10),
        min_rate=Decimal(0),
        max_rate=Decimal(15),
        source="Upwork variable 0–15% fee, set per contract when the proposal is submitted",
    ),
)


class FeeError(ServiceError):
    """Input the fee rules cannot price (refund larger than billings, rate out of range...)."""


def regime_on(on: date | datetime, regimes: tuple[FeeRegime, ...] = FEE_REGIMES) -> FeeRegime:
    """The fee regime in force on a UTC day."""
    day = utc_date(on)
    for regime in regimes:
        if regime.in_force(day):
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


def _rate_for(regime: FeeRegime, day: date, contract_rate: Decimal | None) -> tuple[Decimal, bool]:
    """(rate, assumed) for a flat or variable regime."""
    if regime.kind == "variable":
        if contract_rate is None:
            return regime.rate, True
        rate = _money(contract_rate, "contract_rate")
        if not regime.min_rate <= rate <= regime.max_rate:
            raise FeeError(
                f"contract fee rate {rate}% is outside {regime.min_rate}–{regime.max_rate}%"
            )
        return rate, False
    if (
        contract_rate is not None
        and regime.legacy_rate is not None
        and _money(contract_rate, "contract_rate") == regime.legacy_rate
        and day <= regime.legacy_until
    ):
        return regime.legacy_rate, False
    # Any other per-contract rate does not outlive the regime that granted it.
    return regime.rate, False


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
) -> FeeBreakdown:
    """Fee and net for one payment of ``gross`` dollars made on ``on`` (UTC day).

    ``prior_billings``: lifetime billings with this client before this payment (tiered regime
    only). ``contract_rate``: the contract's own fee percent — required knowledge in the variable
    regime (10% is assumed and ``rate_assumed`` set when it is None), and ``5`` marks a legacy 5%
    contract in 2023. ``gross`` is rounded to the cent first; negative ``gross`` is a refund.
    """
    gross = round_cents(_money(gross, "gross"))
    prior = _money(prior_billings, "prior_billings")
    if prior < 0:
        raise FeeError(f"lifetime billings cannot be negative, got {prior}")
    day = utc_date(on)
    regime = regime_on(day)
    assumed = False
    if regime.kind == "tiered":
        if gross >= 0:
            parts = _tier_parts(regime.tiers, prior, gross)
        else:
            if prior + gross < 0:
                raise FeeError(
                    f"refund of {format_money(-gross)} exceeds lifetime billings "
                    f"of {format_money(prior)} with this client"
                )
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
) -> FeeBreakdown:
    """"To receive ``net``, bid this": the smallest cent amount whose net is at least ``net``.

    Returns the full :class:`FeeBreakdown` of that gross (``.gross`` is the bid). Exact to the
    cent, across tier boundaries too, because net grows by 0 or 1 cent per cent of gross.
    """
    target = round_cents(_money(net, "net"))
    if target < 0:
        raise FeeError(f"net must not be negative, got {target}")

    def breakdown(cents: int) -> FeeBreakdown:
        return service_fee(
            Decimal(cents) / 100, on=on, prior_billings=prior_billings, contract_rate=contract_rate
        )

    max_rate = regime_on(on).max_possible_rate
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


def describe_regime(on: date | datetime, contract_rate: Decimal | None = None) -> str:
    """One plain sentence for the UI: which fee applies on that day and how."""
    day = utc_date(on)
    regime = regime_on(day)
    if regime.kind == "tiered":
        low, mid, high = regime.tiers
        return (
            f"Upwork takes {_pct(low.rate)} of the first {_usd(low.up_to)} you bill a "
            f"client, {_pct(mid.rate)} from {_usd(low.up_to + CENT)} to "
            f"{_usd(mid.up_to)}, and {_pct(high.rate)} above that "
            "(lifetime billings with that client; refunds lower them)."
        )
    if regime.kind == "variable":
        span = f"{_pct(regime.min_rate)}–{_pct(regime.max_rate)}"
        if contract_rate is None:
            return (
                f"Upwork's fee is set per contract ({span}) when you submit the proposal; "
                f"{_pct(regime.rate)} is assumed until you enter the contract's rate."
            )
        rate, _ = _rate_for(regime, day, contract_rate)
        return (
            f"Upwork takes {_pct(rate)} of each payment on this contract "
            f"(per-contract fee, {span}, fixed for the contract's life)."
        )
    rate, _ = _rate_for(regime, day, contract_rate)
    text = f"Upwork takes a flat {_pct(rate)} of each payment."
    if rate == regime.legacy_rate:
        until = regime.legacy_until
        text += f" This legacy contract keeps it until {until:%B} {until.day}, {until.year}."
    return text

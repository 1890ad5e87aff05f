"""Client figures: average reply time and the fee tier lifetime billings have reached."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from models.rules import fees


def reply_times(messages: Iterable[tuple[datetime, str]]) -> list[timedelta]:
    """How long the freelancer took to answer: for each incoming message (direction "in") that
    starts a run of incoming ones, the time until the next outgoing ("out") message.
    ``messages`` must be in time order; other directions are ignored."""
    waits = []
    waiting_since: datetime | None = None
    for at, direction in messages:
        if direction == "in" and waiting_since is None:
            waiting_since = at
        elif direction == "out" and waiting_since is not None:
            waits.append(at - waiting_since)
            waiting_since = None
    return waits


def average(deltas: list[timedelta]) -> timedelta | None:
    if not deltas:
        return None
    return sum(deltas, timedelta()) / len(deltas)


@dataclass(frozen=True)
class FeeTier:
    """The fee the next dollar billed with this client would pay, and from which regime."""

    regime: str
    rate: Decimal
    assumed: bool  # variable regime without a known contract rate


def fee_tier(lifetime_billed: Decimal, on: date | datetime,
             contract_rate: Decimal | None = None) -> FeeTier:
    """Tiered pricing (2016–2023): 20 % below $500, 10 % to $10,000, 5 % above; later: flat or
    per-contract. Read from the fee rules for the day ``on``."""
    breakdown = fees.service_fee(Decimal("0.01"), on=on,
                                 prior_billings=max(Decimal(lifetime_billed), Decimal(0)),
                                 contract_rate=contract_rate)
    rate = breakdown.parts[-1].rate
    return FeeTier(breakdown.regime, rate, breakdown.rate_assumed)

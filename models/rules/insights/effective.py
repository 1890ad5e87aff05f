"""The true hourly rate of a contract: gross, after fees, after Connects, after unbilled hours.

    gross per hour          = gross / billed hours
    after fees              = (gross − service fees) / billed hours
    after Connects          = (gross − fees − Connects spent to win it) / billed hours
    after unbilled hours    = (gross − fees − Connects) / (billed + unbilled hours)

Unbilled hours are those over the weekly limit and manual time the client was not billed for. All
answers are rounded to the cent (half up); None when there are no hours to divide by.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.rules.money import round_cents


@dataclass(frozen=True)
class EffectiveRate:
    gross_per_hour: Decimal | None
    after_fees: Decimal | None
    after_connects: Decimal | None
    after_unbilled: Decimal | None


def _per_hour(amount: Decimal, minutes: int) -> Decimal | None:
    if minutes <= 0:
        return None
    return round_cents(amount * 60 / minutes)


def effective_rate(*, gross: Decimal, fees: Decimal, connects: Decimal, billed_minutes: int,
                   unbilled_minutes: int = 0) -> EffectiveRate:
    if billed_minutes < 0 or unbilled_minutes < 0:
        raise ValueError(f"minutes must not be negative, got {billed_minutes} billed, "
                         f"{unbilled_minutes} unbilled")
    net = gross - fees
    kept = net - connects
    return EffectiveRate(_per_hour(gross, billed_minutes), _per_hour(net, billed_minutes),
                         _per_hour(kept, billed_minutes),
                         _per_hour(kept, billed_minutes + unbilled_minutes))

"""Scheduled hourly rate increase: every N months the rate goes up by a percent.

Each step compounds on the previous rate and is rounded to the cent (half up), as a new contract
rate would be. Step k falls k × N calendar months after the start, counted from the start (so a
31 January start steps on 30 April, 31 July…, never drifting to the 28th forever).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.rules.money import round_cents

FREQUENCIES_MONTHS = (3, 6, 12)  # the usual choices on a proposal; any positive N works


@dataclass(frozen=True)
class RateIncrease:
    every_months: int
    percent: Decimal

    def __post_init__(self) -> None:
        if self.every_months <= 0:
            raise ValueError(f"rate increase frequency must be positive, got {self.every_months}")
        if isinstance(self.percent, float):
            raise TypeError("percent must be Decimal, not float")
        if Decimal(self.percent) <= 0:
            raise ValueError(f"rate increase percent must be positive, got {self.percent}")


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 -> 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


def increase_dates(start: date, increase: RateIncrease, until: date) -> list[date]:
    """Days the rate steps up, after ``start`` and up to ``until`` inclusive."""
    steps, k = [], 1
    while (step := add_months(start, k * increase.every_months)) <= until:
        steps.append(step)
        k += 1
    return steps


def rate_on(
    rate: Decimal, *, start: date, on: date, increase: RateIncrease | None
) -> Decimal:
    """The hourly rate on ``on`` for a contract started at ``rate`` on ``start``."""
    return rate_schedule(rate, start=start, until=on, increase=increase)[-1][1]


def rate_schedule(
    rate: Decimal, *, start: date, until: date, increase: RateIncrease | None
) -> list[tuple[date, Decimal]]:
    """``[(start, rate), (first step, new rate), …]`` up to ``until``, for a preview table."""
    schedule = [(start, round_cents(Decimal(rate)))]
    if increase is None:
        return schedule
    factor = 1 + Decimal(increase.percent) / 100
    for step in increase_dates(start, increase, until):
        schedule.append((step, round_cents(schedule[-1][1] * factor)))
    return schedule

"""Insights: one module per view, each gathering its data with peewee and returning typed rows.

Views speak in codes (skill names, level codes, stage codes, lever codes), never in sentences;
the UI and the CLI render the words. Every view carries a :class:`Basis` — what it rests on
(how many jobs, proposals, contracts, transactions or clients, over which dates) and whether that
is enough to conclude anything. Time comes only from arguments or ``desktop.clock``.

    market_rate     what jobs asking for a skill pay (recency-weighted quartiles)
    skills_gap      skills jobs like yours ask for and your profile lacks
    funnel          sent → viewed → interviewed → hired, grouped, with Wilson intervals
    connects_roi    Connects and dollars spent per view, interview, hire and dollar earned
    cashflow        the next weeks' money: in review → pending → available
    effective_rate  the true hourly rate per contract and per client
    jss             an estimated Job Success Score range with its factors
    clients         one row per client across proposals, contracts, payments and conversation
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import overload

VIEWS = ("market_rate", "skills_gap", "funnel", "connects_roi", "cashflow", "effective_rate",
         "jss", "clients")


@dataclass(frozen=True)
class Basis:
    """What a view rests on: ``count`` items of ``unit`` dated ``first``…``last``.

    ``enough`` False means "too little to conclude": the view shows its numbers but draws no
    verdict from them. ``unit`` is a code: jobs | proposals | contracts | transactions | clients.
    """

    unit: str
    count: int
    first: date | None
    last: date | None
    enough: bool
    minimum: int  # the count below which the view says it is too little

    def as_dict(self) -> dict:
        return {"unit": self.unit, "count": self.count, "enough": self.enough,
                "minimum": self.minimum,
                "first": self.first.isoformat() if self.first else None,
                "last": self.last.isoformat() if self.last else None}


def basis(unit: str, count: int, first: date | None, last: date | None, minimum: int) -> Basis:
    return Basis(unit, count, first, last, count >= minimum, minimum)


@overload
def day_of(text: str) -> date: ...
@overload
def day_of(text: None) -> None: ...
@overload
def day_of(text: str | None) -> date | None: ...
def day_of(text: str | None) -> date | None:
    """The UTC day of a stored timestamp ("2024-05-13T09:46:00.000000Z") without full parsing."""
    return date.fromisoformat(text[:10]) if text else None

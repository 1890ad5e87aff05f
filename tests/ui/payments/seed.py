"""A realistic year of a freelancer's money, made through the real services (tests, screenshots,
the benchmark): three clients, hourly weeks, milestones, a bonus and a refund, Connects and
membership costs, monthly withdrawals to a EUR bank account — ending at ``today`` so some pay is
still in review and pending."""
from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from desktop.services import clients, payments, withdrawals
from models.contracts import Contract
from models.rules.money import amount_for_minutes


def _at(day: date, hour: int = 15) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def seed_year(today: date, *, seed: int = 7, weeks: int = 52) -> None:
    rng = random.Random(seed)
    start = today - timedelta(weeks=weeks)
    northwind = clients.get_or_create("Northwind Studio", country="US")
    harbor = clients.get_or_create("Harbor Analytics", country="GB")
    lumen = clients.get_or_create("Lumen Labs", country="DE")
    hourly = Contract.create(title="Shopify theme maintenance", contract_type="hourly",
                             client=northwind, rate=Decimal("45"), fee_percent="10",
                             start_at=_at(start))
    dashboards = Contract.create(title="Analytics dashboards", contract_type="hourly",
                                 client=harbor, rate=Decimal("60"), fee_percent="8",
                                 start_at=_at(start + timedelta(weeks=10)))
    redesign = Contract.create(title="Landing page redesign", contract_type="fixed",
                               client=lumen, amount=Decimal("4800"), fee_percent="10",
                               start_at=_at(start + timedelta(weeks=4)))
    method = withdrawals.add_method(name="Sparkasse EUR", kind="local_bank", currency="EUR",
                                    added_at=_at(start - timedelta(days=30)),
                                    details={"account_number": "DE89370400440532013000"})
    monday = start - timedelta(days=start.weekday())
    week = monday
    while week <= today:
        worked = week + timedelta(days=2)
        if worked <= today:
            minutes = rng.choice([0, 300, 540, 720, 900, 1200])
            if minutes:
                payments.record_earning(
                    kind="hourly", gross=amount_for_minutes(hourly.rate, minutes),
                    occurred_at=_at(worked), contract_id=hourly.id, minutes=minutes,
                    description="Theme fixes and product pages")
            if week >= monday + timedelta(weeks=10):
                minutes = rng.choice([0, 240, 600, 900])
                if minutes:
                    payments.record_earning(
                        kind="hourly", gross=amount_for_minutes(dashboards.rate, minutes),
                        occurred_at=_at(worked + timedelta(days=1)),
                        contract_id=dashboards.id, minutes=minutes,
                        description="Power BI dashboards")
        week += timedelta(weeks=1)
    for number, offset in enumerate((5, 9, 14, 20, 27, 33, 40, 50), start=1):
        day = start + timedelta(weeks=offset, days=3)
        if day <= today:
            payments.record_earning(kind="fixed_price", gross=Decimal("600"),
                                    occurred_at=_at(day), contract_id=redesign.id,
                                    description=f"Milestone {number}")
    payments.record_earning(kind="bonus", gross=Decimal("250"),
                            occurred_at=_at(start + timedelta(weeks=28)),
                            contract_id=redesign.id, description="Launch bonus")
    payments.record_earning(kind="refund", gross=Decimal("-120"),
                            occurred_at=_at(start + timedelta(weeks=30)),
                            contract_id=hourly.id, description="Partial refund, week 29")
    month = date(start.year, start.month, 1)
    while month <= today:
        payments.record_expense(kind="membership_fee", amount=Decimal("19.99"),
                                occurred_at=_at(month + timedelta(days=2)),
                                description="Freelancer Plus")
        if rng.random() < 0.6:
            payments.record_expense(kind="connects", amount=Decimal("12.00"),
                                    occurred_at=_at(month + timedelta(days=9)),
                                    description="80 Connects")
        payday = month + timedelta(days=24)
        if payday < today - timedelta(days=3):
            from desktop.services import reports

            available = reports.balances(today=payday).available
            amount = (available * Decimal("0.8")).quantize(Decimal("1"))
            if amount > 100:
                withdrawals.record_withdrawal(
                    method_id=method.id, amount=amount, occurred_at=_at(payday),
                    exchange_rate=Decimal("0.92") + Decimal(rng.randint(-20, 20)) / 1000)
        month = (month + timedelta(days=32)).replace(day=1)
    payments.refresh_statuses(today)

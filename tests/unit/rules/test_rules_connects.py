"""Connects: price, allowances, refunds, boosts and the FIFO balance with expiry."""
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.connects import (
    ConnectsError,
    LedgerEntry,
    RefundReason,
    application_cost,
    balance_on,
    boost_auction_closes,
    boost_charge,
    check_job_cost,
    connects_cost,
    connects_to_buy,
    expires_on,
    is_refunded,
    monthly_allowance,
)

FAST = settings(max_examples=60, deadline=None)
D = date(2026, 1, 15)  # any day under the current Connects rules


def test_price_bundles_and_allowances():
    assert connects_cost(1, on=D) == Decimal("0.15")
    assert connects_cost(16, on=D) == Decimal("2.40")
    assert connects_cost(80, on=D) == Decimal("12.00")
    assert [connects_to_buy(n, on=D) for n in (0, 6, 10, 41, 80, 81)] == [0, 10, 10, 50, 80, 90]
    assert monthly_allowance("basic", on=D) == 10
    assert monthly_allowance("freelancer_plus", on=D) == 100
    with pytest.raises(ConnectsError, match="unknown plan 'gold'"):
        monthly_allowance("gold", on=D)


def test_job_costs_zero_to_sixteen_and_invitations_are_free():
    assert check_job_cost(0, on=D) == 0 and check_job_cost(16, on=D) == 16
    for bad in (-1, 17):
        with pytest.raises(ConnectsError, match="0–16"):
            check_job_cost(bad, on=D)
    assert application_cost(16, on=D, boost=5) == 21
    assert application_cost(16, on=D, invited=True) == 0


@pytest.mark.parametrize(
    ("reason", "refunded"),
    [
        (RefundReason.CLIENT_CANCELLED, True),
        ("post_removed", True),
        ("declined", False),
        ("expired", False),
        ("withdrawn", False),
        ("other_hired", False),
    ],
)
def test_connects_come_back_only_when_the_job_goes_away(reason, refunded):
    assert is_refunded(reason) is refunded


def test_unknown_refund_reason_is_an_error():
    with pytest.raises(ConnectsError, match="unknown proposal outcome 'ghosted'"):
        is_refunded("ghosted")


def test_boost_auction_and_charge():
    posted = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    assert boost_auction_closes(posted) == posted + timedelta(days=7)
    hired = posted + timedelta(days=3)
    assert boost_auction_closes(posted, first_hire=hired) == hired
    assert boost_charge(12, outbid_before_client_interacted=False) == 12
    assert boost_charge(12, outbid_before_client_interacted=True) == 0


def test_connects_expire_one_year_after_issue():
    assert expires_on(date(2024, 3, 15)) == date(2025, 3, 15)
    assert expires_on(date(2024, 2, 29)) == date(2025, 2, 28)


def test_balance_spends_oldest_first_and_expires_the_rest():
    ledger = [
        LedgerEntry(date(2023, 1, 1), 10),
        LedgerEntry(date(2023, 6, 1), 10),
        LedgerEntry(date(2023, 7, 1), 5, spent=True),  # taken from the January lot
    ]
    before = balance_on(ledger, date(2023, 12, 31))
    assert (before.available, before.next_expiry, before.expiring_next) == (
        15, date(2024, 1, 1), 5)
    after = balance_on(ledger, date(2024, 1, 1))
    assert (after.available, after.expired, after.next_expiry) == (10, 5, date(2024, 6, 1))
    assert balance_on(ledger, date(2024, 6, 1)).available == 0
    # a refund that keeps the original lot's expiry
    refund = LedgerEntry(date(2023, 8, 1), 5, expires=date(2024, 1, 1))
    assert balance_on([*ledger, refund], date(2024, 1, 1)).expired == 10


def test_overspending_names_the_day():
    ledger = [LedgerEntry(date(2024, 1, 1), 4), LedgerEntry(date(2024, 1, 2), 6, spent=True)]
    with pytest.raises(ConnectsError, match="6 Connects spent on 2024-01-02 but only 4"):
        balance_on(ledger, date(2024, 2, 1))


ledger_steps = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 100), st.booleans()), max_size=12
)


@FAST
@given(steps=ledger_steps, later=st.integers(0, 900))
def test_connects_are_conserved(steps, later):
    """Issued = available + spent + expired, whatever the order of events."""
    start, ledger, day = date(2023, 1, 1), [], date(2023, 1, 1)
    for gap, count, spend in steps:
        day += timedelta(days=gap * 7)
        if spend:
            count = min(count, balance_on(ledger, day).available)
        ledger.append(LedgerEntry(day, count, spent=spend))
    on = day + timedelta(days=later)
    balance = balance_on(ledger, on)
    issued = sum(e.count for e in ledger if not e.spent)
    spent = sum(e.count for e in ledger if e.spent)
    assert balance.available >= 0
    assert balance.available + balance.expired + spent == issued
    assert balance.next_expiry is None or balance.next_expiry > on >= start

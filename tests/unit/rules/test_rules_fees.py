"""Upwork service fee: worked examples from DESIGN.md and money properties."""
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.fees import (
    FeeError,
    describe_regime,
    gross_for_net,
    regime_on,
    service_fee,
)
from models.rules.money import amount_for_minutes

FAST = settings(max_examples=80, deadline=None)
TIERED = date(2020, 1, 1)
FLAT_2024 = date(2024, 3, 1)
VARIABLE = date(2025, 6, 1)

cents = st.integers(min_value=0, max_value=5_000_000).map(lambda c: Decimal(c) / 100)
days = st.dates(min_value=date(2012, 1, 1), max_value=date(2030, 12, 31))
contract_rates = st.none() | st.integers(0, 1500).map(lambda r: Decimal(r) / 100)


def test_worked_example_hourly_week_at_ten_percent():
    gross = amount_for_minutes(Decimal("22.22"), 12 * 60)
    fee = service_fee(gross, on=FLAT_2024)
    assert (fee.gross, fee.fee, fee.net) == (Decimal("266.64"), Decimal("26.66"), Decimal("239.98"))
    assert fee.rate == 10 and fee.regime == "flat_10_2023"
    # and the other way round: to receive $239.98, bid $266.64
    assert gross_for_net(Decimal("239.98"), on=FLAT_2024).gross == Decimal("266.64")


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (date(2016, 5, 31), "flat_10"),
        (date(2016, 6, 1), "tiered"),
        (date(2023, 5, 2), "tiered"),
        (date(2023, 5, 3), "flat_10_2023"),
        (date(2024, 12, 31), "flat_10_2023"),
        (date(2025, 1, 1), "variable"),
    ],
)
def test_regime_changes_on_the_documented_days(day, code):
    assert regime_on(day).code == code


def test_tiered_fee_splits_one_payment_across_both_boundaries():
    first = service_fee(Decimal(500), on=TIERED)
    assert first.fee == Decimal(100) and first.rate == 20
    crossing_500 = service_fee(Decimal(600), on=TIERED, prior_billings=Decimal(400))
    assert [(p.amount, p.rate) for p in crossing_500.parts] == [(100, 20), (500, 10)]
    assert crossing_500.fee == Decimal(70) and crossing_500.rate is None
    crossing_10k = service_fee(Decimal(1000), on=TIERED, prior_billings=Decimal(9500))
    assert crossing_10k.fee == Decimal(75)
    everything = service_fee(Decimal(20_000), on=TIERED)
    assert everything.fee == Decimal(100) + Decimal(950) + Decimal(500)
    assert everything.billings_after == Decimal(20_000)


def test_refund_gives_back_the_top_slice_and_lowers_billings():
    paid = service_fee(Decimal(600), on=TIERED)  # 500 at 20%, 100 at 10%
    refund = service_fee(Decimal(-200), on=TIERED, prior_billings=paid.billings_after)
    assert refund.fee == Decimal(-30)  # 100 back at 10%, 100 back at 20%
    assert refund.net == Decimal(-170)
    assert refund.billings_after == Decimal(400)
    # billings are back under $500, so the next dollars pay 20% again
    assert service_fee(100, on=TIERED, prior_billings=refund.billings_after).fee == 20
    with pytest.raises(FeeError, match="exceeds lifetime billings"):
        service_fee(Decimal(-700), on=TIERED, prior_billings=Decimal(600))


def test_legacy_five_percent_contract_reverts_to_ten_in_2024():
    assert service_fee(100, on=date(2023, 12, 31), contract_rate=Decimal(5)).fee == 5
    assert service_fee(100, on=date(2024, 1, 1), contract_rate=Decimal(5)).fee == 10
    assert service_fee(Decimal(100), on=date(2023, 12, 31)).fee == Decimal(10)
    assert "December 31, 2023" in describe_regime(date(2023, 8, 1), Decimal(5))


def test_variable_fee_is_per_contract_and_bounded():
    assert service_fee(100, on=VARIABLE, contract_rate=Decimal("12.5")).fee == Decimal("12.50")
    assert service_fee(Decimal(100), on=VARIABLE, contract_rate=Decimal(0)).net == Decimal(100)
    unknown = service_fee(Decimal(100), on=VARIABLE)
    assert unknown.fee == Decimal(10) and unknown.rate_assumed
    with pytest.raises(FeeError, match="outside 0–15%"):
        service_fee(Decimal(100), on=VARIABLE, contract_rate=Decimal(16))


def test_contract_rate_does_not_change_the_tiered_regime():
    assert service_fee(Decimal(100), on=TIERED, contract_rate=Decimal(3)).fee == Decimal(20)


def test_bad_money_is_refused():
    with pytest.raises(TypeError):
        service_fee(10.5, on=TIERED)
    with pytest.raises(FeeError):
        gross_for_net(Decimal(-1), on=TIERED)


def test_gross_for_net_across_the_500_boundary():
    bid = gross_for_net(Decimal(1000), on=TIERED, prior_billings=Decimal(400))
    assert bid.gross == Decimal("1122.22") and bid.net == Decimal("1000.00")
    assert service_fee("1122.21", on=TIERED, prior_billings=400).net < 1000


def test_descriptions_are_plain_words():
    assert describe_regime(date(2015, 1, 1)) == "Upwork takes a flat 10% of each payment."
    tiered = describe_regime(TIERED)
    assert "20% of the first $500 " in tiered and "5% above" in tiered
    assert "10% is assumed" in describe_regime(VARIABLE)
    assert "takes 7%" in describe_regime(VARIABLE, Decimal(7))


@FAST
@given(gross=cents, on=days, prior=cents, rate=contract_rates)
def test_fee_plus_net_is_gross_to_the_cent(gross, on, prior, rate):
    fee = service_fee(gross, on=on, prior_billings=prior, contract_rate=rate)
    assert fee.fee + fee.net == fee.gross == gross
    assert fee.fee == fee.fee.quantize(Decimal("0.01"))
    assert Decimal(0) <= fee.fee <= gross * Decimal("0.2") + Decimal("0.005")
    assert sum(p.amount for p in fee.parts) == gross


@FAST
@given(net=cents, on=days, prior=cents, rate=contract_rates)
def test_gross_for_net_is_the_smallest_sufficient_bid(net, on, prior, rate):
    bid = gross_for_net(net, on=on, prior_billings=prior, contract_rate=rate)
    assert bid.net >= net
    if bid.gross > 0:
        one_less = service_fee(
            bid.gross - Decimal("0.01"), on=on, prior_billings=prior, contract_rate=rate
        )
        assert one_less.net < net


@FAST
@given(first=cents, second=cents, prior=cents)
def test_tier_split_is_additive_and_monotonic(first, second, prior):
    """Paying in two parts costs the same exact fee as one payment, and more never costs less."""
    a = service_fee(first, on=TIERED, prior_billings=prior)
    b = service_fee(second, on=TIERED, prior_billings=a.billings_after)
    whole = service_fee(first + second, on=TIERED, prior_billings=prior)
    assert sum(p.fee for p in a.parts + b.parts) == sum(p.fee for p in whole.parts)
    assert whole.fee >= a.fee and whole.net >= a.net
    # the marginal rate never rises as billings grow
    rates = [p.rate for p in whole.parts]
    assert rates == sorted(rates, reverse=True)


@FAST
@given(amount=cents, prior=cents)
def test_refund_mirrors_the_payment_it_undoes(amount, prior):
    paid = service_fee(amount, on=TIERED, prior_billings=prior)
    refund = service_fee(-amount, on=TIERED, prior_billings=paid.billings_after)
    assert refund.fee == -paid.fee and refund.billings_after == prior

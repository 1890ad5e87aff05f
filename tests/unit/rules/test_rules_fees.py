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
starts = st.none() | days


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
        (date(2016, 6, 6), "flat_10"),
        (date(2016, 6, 7), "tiered"),
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
@given(gross=cents, on=days, prior=cents, rate=contract_rates, start=starts)
def test_fee_plus_net_is_gross_to_the_cent(gross, on, prior, rate, start):
    fee = service_fee(gross, on=on, prior_billings=prior, contract_rate=rate,
                      contract_start=start)
    assert fee.fee + fee.net == fee.gross == gross
    assert fee.fee == fee.fee.quantize(Decimal("0.01"))
    assert Decimal(0) <= fee.fee <= gross * Decimal("0.2") + Decimal("0.005")
    assert sum(p.amount for p in fee.parts) == gross


@FAST
@given(net=cents, on=days, prior=cents, rate=contract_rates, start=starts)
def test_gross_for_net_is_the_smallest_sufficient_bid(net, on, prior, rate, start):
    bid = gross_for_net(net, on=on, prior_billings=prior, contract_rate=rate,
                        contract_start=start)
    assert bid.net >= net
    if bid.gross > 0:
        one_less = service_fee(
            bid.gross - Decimal("0.01"), on=on, prior_billings=prior, contract_rate=rate,
            contract_start=start)
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


# --- the regime follows when the contract started ----------------------------------------------

def fee_of(gross, on, *, start, prior=0, rate=None):
    return service_fee(Decimal(gross), on=on, prior_billings=Decimal(prior),
                       contract_rate=None if rate is None else Decimal(rate), contract_start=start)


def test_2016_new_contracts_moved_on_june_7_existing_ones_on_june_21_and_kept_10_percent():
    old, new = date(2015, 3, 1), date(2016, 6, 8)
    # $100 to a new client: a new contract pays the 20% tier from June 7…
    assert fee_of(100, date(2016, 6, 8), start=new).fee == Decimal("20.00")
    # …an existing one still pays the old flat 10% until June 20…
    assert fee_of(100, date(2016, 6, 8), start=old).regime == "flat_10_2016_existing"
    assert fee_of(100, date(2016, 6, 20), start=old).fee == Decimal("10.00")
    # …and from June 21 is grandfathered: never 20%, 5% past $10,000 with the client.
    assert fee_of(100, date(2016, 6, 21), start=old).fee == Decimal("10.00")
    assert fee_of(1000, date(2017, 1, 1), start=old, prior=9500).fee == Decimal("75.00")
    assert fee_of(100, date(2017, 1, 1), start=old, prior=12000).fee == Decimal("5.00")
    # A contract of unknown start counts as new on the payment day.
    assert fee_of(100, date(2016, 6, 8), start=None).fee == Decimal("20.00")
    assert fee_of(100, date(2016, 6, 3), start=None).fee == Decimal("10.00")


def test_2023_flat_fee_legacy_5_percent_to_year_end_then_10_percent_for_good():
    start = date(2019, 4, 1)
    by_year = {day: fee_of(1000, day, start=start, rate=5).fee
               for day in (date(2023, 5, 2), date(2023, 12, 31), date(2024, 1, 1),
                           date(2025, 3, 1), date(2026, 7, 1))}
    # 2023-05-02 is still tiered: $1000 past $10,000 billed → 5% by the tiers anyway.
    assert fee_of(1000, date(2023, 5, 2), start=start, prior=20000, rate=5).fee == Decimal(50)
    assert by_year[date(2023, 12, 31)] == Decimal(50)
    assert by_year[date(2024, 1, 1)] == by_year[date(2025, 3, 1)] == by_year[
        date(2026, 7, 1)] == Decimal(100)
    assert fee_of(1000, date(2025, 3, 1), start=start, rate=5).rate_assumed is False
    assert "flat 10%" in describe_regime(date(2025, 3, 1), Decimal(5), start)
    # A 20% contract drops to 10% on 2023-05-03; a contract started under the flat fee never
    # had the legacy 5%.
    assert fee_of(100, date(2023, 5, 2), start=start).fee == Decimal(20)
    assert fee_of(100, date(2023, 5, 3), start=start).fee == Decimal(10)
    assert fee_of(100, date(2023, 8, 1), start=date(2023, 6, 1), rate=5).fee == Decimal(10)


def test_2025_per_contract_fee_only_for_contracts_started_in_2025():
    day = date(2025, 6, 1)
    assert fee_of(200, day, start=date(2025, 2, 1), rate="12.5").fee == Decimal("25.00")
    unknown = fee_of(200, day, start=date(2025, 2, 1))
    assert (unknown.fee, unknown.rate_assumed) == (Decimal("20.00"), True)
    # Started in 2024: flat 10%, known (not assumed); a rate the user records still counts.
    older = fee_of(200, day, start=date(2024, 9, 1))
    assert (older.fee, older.rate_assumed, older.regime) == (Decimal("20.00"), False,
                                                             "flat_10_pre_2025")
    assert fee_of(200, day, start=date(2024, 9, 1), rate=8).fee == Decimal("16.00")
    with pytest.raises(FeeError, match="20% is outside 0–15%"):
        fee_of(200, day, start=date(2025, 2, 1), rate=20)

"""The limits table and scheduled rate increases."""
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.errors import Code
from models.rules.limits import LIMITS, check, limit, limit_info
from models.rules.rates import RateIncrease, add_months, rate_on, rate_schedule

FAST = settings(max_examples=60, deadline=None)


def test_limits_from_the_design():
    assert limit("overview_chars") == 5000
    assert limit("overview_preview_chars") == 250
    assert limit("profile_skills") == 15
    assert limit("specialized_profiles") == 2
    assert limit("cover_letter_chars") == 5000
    assert limit("hourly_rate_min") == Decimal(3)
    assert limit("fixed_price_min") == Decimal(5)
    assert limit("proposal_milestones") == 15
    assert limit_info("portfolio_description_chars").alternatives == (600,)
    assert all(item.note for item in LIMITS.values())


def test_check_explains_the_problem():
    assert check("profile_skills", 15) is None
    too_many = check("profile_skills", 16)
    assert (too_many.code, too_many.params) == (
        Code.LIMIT_AT_MOST, {"limit_key": "profile_skills", "most": 15, "value": 16})
    assert str(too_many) == "profile skills: at most 15 allowed, got 16"  # the CLI's English
    assert str(check("hourly_rate_min", Decimal("2.99"))) == (
        "hourly rate: at least $3.00 required, got $2.99")
    with pytest.raises(KeyError, match="unknown limit 'skills'"):
        limit("skills")


def test_rate_increases_every_six_months_compounding():
    raise_ = RateIncrease(every_months=6, percent=Decimal(10))
    start = date(2024, 1, 15)
    def rate(on, increase=raise_):
        return str(rate_on(Decimal(20), start=start, on=on, increase=increase))

    assert rate(date(2024, 7, 14)) == "20.00"
    assert rate(date(2024, 7, 15)) == "22.00"
    assert rate(date(2025, 1, 15)) == "24.20"
    assert rate(date(2030, 1, 1), increase=None) == "20.00"


def test_quarterly_steps_from_the_31st_do_not_drift():
    steps = rate_schedule(Decimal(50), start=date(2024, 1, 31), until=date(2024, 12, 31),
                          increase=RateIncrease(3, Decimal(5)))
    assert [day for day, _ in steps] == [
        date(2024, 1, 31), date(2024, 4, 30), date(2024, 7, 31), date(2024, 10, 31)]
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_invalid_increase_is_refused():
    with pytest.raises(ValueError, match="frequency must be positive"):
        RateIncrease(0, Decimal(5))
    with pytest.raises(TypeError):
        RateIncrease(3, 5.0)


@FAST
@given(rate=st.integers(300, 50_000).map(lambda c: Decimal(c) / 100),
       months=st.sampled_from([3, 6, 12]), percent=st.integers(1, 50).map(Decimal),
       first=st.integers(0, 2000), second=st.integers(0, 2000))
def test_rate_never_goes_down(rate, months, percent, first, second):
    start, raise_ = date(2024, 1, 1), RateIncrease(months, percent)
    early, late = sorted([first, second])
    a = rate_on(rate, start=start, on=start + timedelta(days=early), increase=raise_)
    b = rate_on(rate, start=start, on=start + timedelta(days=late), increase=raise_)
    assert rate <= a <= b

"""Money words: only real scale suffixes multiply an amount."""
from decimal import Decimal

import pytest

from models.rules.money import parse_money

D = Decimal


@pytest.mark.parametrize(("text", "expected"), [
    ("$500 max", D("500")),
    ("$1000 monthly", D("1000")),
    ("$1,000 Monthly budget", D("1000")),
    ("$40 minimum", D("40")),
    ("$15K", D("15000")),
    ("$15k+ spent", D("15000")),
    ("1.5M", D("1500000")),
    ("$2 million", D("2000000")),
    ("3 thousand", D("3000")),
    ("$250 Mid-level", D("250")),
    ("$1,234.50", D("1234.50")),
    ("(12.00)", D("-12.00")),
])
def test_money_words(text, expected):
    assert parse_money(text) == expected


def test_suffixes_are_ignored_where_not_allowed():
    assert parse_money("$15K", allow_suffix=False) == D("15")

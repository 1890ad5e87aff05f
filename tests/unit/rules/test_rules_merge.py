"""Merging two people's edits of one record (models/rules/merge.py)."""
from __future__ import annotations

from decimal import Decimal

from models.rules.merge import SPLIT_MARK, THEIRS_MARK, YOURS_MARK, merge_fields, merge_text

BASE = "Hi there,\n\nI build Django shops.\nI can start Monday.\n\nBest,\nAnna"


def test_edits_to_different_lines_both_arrive():
    theirs = BASE.replace("Hi there,", "Hi Maria,")
    yours = BASE.replace("I can start Monday.", "I can start today.")
    merged = merge_text(BASE, theirs, yours)
    assert merged.clean
    assert merged.text == "Hi Maria,\n\nI build Django shops.\nI can start today.\n\nBest,\nAnna"
    # additions at both ends, and one side unchanged
    assert merge_text(BASE, "P.S.\n" + BASE, BASE + "\nP.P.S.").text == \
        "P.S.\n" + BASE + "\nP.P.S."
    assert merge_text(BASE, BASE, "new").text == "new"
    assert merge_text(BASE, "theirs", BASE).text == "theirs"


def test_the_same_line_changed_differently_keeps_both_between_markers():
    theirs = BASE.replace("Django shops", "Shopify stores")
    yours = BASE.replace("Django shops", "Django REST APIs").replace("Anna", "Anna K.")
    merged = merge_text(BASE, theirs, yours)
    assert merged.conflicts == 1
    assert merged.text == ("Hi there,\n\n" + YOURS_MARK + "\nI build Django REST APIs.\n"
                           + SPLIT_MARK + "\nI build Shopify stores.\n" + THEIRS_MARK
                           + "\nI can start Monday.\n\nBest,\nAnna K.")
    # the same change on both sides is no conflict
    assert merge_text(BASE, theirs, theirs).text == theirs


def test_fields_only_one_side_changed_merge_and_both_changed_are_conflicts():
    base = {"title": "Shop", "rate": Decimal("40"), "boost": 0}
    theirs = {"title": "Shop API", "rate": Decimal("45"), "boost": 0}
    yours = {"title": "Shop", "rate": Decimal("50"), "boost": 2}
    merged = merge_fields(base, theirs, yours)
    assert merged.merged == {"title": "Shop API", "rate": Decimal("50"), "boost": 2}
    assert merged.conflicts == {"rate": (Decimal("45"), Decimal("50"))}
    assert not merged.clean
    assert merge_fields(base, theirs, theirs).clean

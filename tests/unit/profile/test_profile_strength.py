"""The strength checklist rules: each hint a freelancer would act on, and the score."""
from datetime import date
from decimal import Decimal

from models.rules.profile_strength import (
    MIN_OVERVIEW_WORDS,
    ProfileFacts,
    evaluate,
    is_generic_title,
    score,
)

TODAY = date(2026, 3, 1)
GOOD_OVERVIEW = ("I build fast Shopify stores for coffee brands. " * 30
                 + "Message me with your store URL and I will reply within a day.")


def strong(**changes) -> ProfileFacts:
    base = dict(has_photo=True, title="Shopify developer for fast, conversion-focused stores",
                overview=GOOD_OVERVIEW, skills=tuple(f"s{i}" for i in range(8)),
                categories=("Web Development",), portfolio_count=2,
                certifications=(("Shopify Theme", None),), hourly_rate=Decimal("60"),
                contract_rates=(Decimal("55"), Decimal("65")), languages=1, history_entries=1)
    base.update(changes)
    return ProfileFacts(**base)


def failing(facts: ProfileFacts) -> dict[str, str]:
    return {h.key: h.message for h in evaluate(facts, TODAY) if not h.passed}


def test_a_complete_profile_scores_100_and_an_empty_one_0():
    assert failing(strong()) == {}
    assert score(evaluate(strong(), TODAY)) == 100
    assert score(evaluate(ProfileFacts(), TODAY)) == 0


def test_generic_and_too_long_titles_are_flagged():
    assert is_generic_title("Web Developer")
    assert is_generic_title("Experienced Freelance Graphic Designer")
    assert not is_generic_title("Shopify developer for coffee brands")
    assert failing(strong(title="Senior Web Developer"))["title"] == "Title is too generic"
    assert "too long" in failing(strong(title="Shopify " + "x" * 70))["title"]


def test_overview_length_call_to_action_and_opening():
    short = failing(strong(overview="I build Shopify stores. Contact me."))
    assert short["overview_length"].startswith("Overview is short (6 of")
    assert str(MIN_OVERVIEW_WORDS) in short["overview_length"]
    no_cta = failing(strong(overview="I build fast Shopify stores for coffee brands. " * 30))
    assert set(no_cta) == {"overview_cta"}
    greeting = failing(strong(overview="Hi, my name is Ana. " + GOOD_OVERVIEW))
    assert set(greeting) == {"overview_opening"}


def test_skills_portfolio_photo_thresholds():
    found = failing(strong(skills=("Python", "Django"), portfolio_count=0, has_photo=False))
    assert found["skills"] == "Add skills (2 of at least 6)"
    assert found["portfolio"] == "Add a portfolio item"
    assert found["photo"] == "Add a professional photo"


def test_expired_certification_fails_and_one_expiring_soon_is_a_warning():
    expired = failing(strong(certifications=(("AWS Developer", date(2026, 2, 1)),)))
    assert expired["certifications"] == "Certification expired: AWS Developer"
    hints = {h.key: h for h in evaluate(
        strong(certifications=(("AWS Developer", date(2026, 3, 20)),)), TODAY)}
    assert hints["certifications"].passed and hints["certifications"].severity == "warning"


def test_rate_far_below_won_contracts_is_flagged_only_when_there_are_contracts():
    low = failing(strong(hourly_rate=Decimal("30"),
                         contract_rates=(Decimal("50"), Decimal("60"), Decimal("70"))))
    assert low["rate_vs_contracts"] == \
        "Rate is far below what your contracts pay ($60.00/h median)"
    no_contracts = {h.key for h in evaluate(strong(contract_rates=()), TODAY)}
    assert "rate_vs_contracts" not in no_contracts
    assert failing(strong(hourly_rate=Decimal("50"))) == {}  # 50 >= 0.75 × 60


def test_every_hint_names_an_editor_field():
    fields = {h.field for h in evaluate(ProfileFacts(), TODAY)}
    assert fields == {"photo", "title", "overview", "skills", "category", "portfolio",
                      "certifications", "hourly_rate", "languages", "employment"}

"""Fit and client-quality rules: worked examples a freelancer would agree with."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from models.rules.job_signals import (
    BAD,
    GOOD,
    ClientFacts,
    JobFacts,
    ProfileFacts,
    client_quality,
    fit_from_columns,
    fit_score,
    skill_matches,
)

ME = ProfileFacts(("Python", "Django", "PostgreSQL", "Power BI"), Decimal(50))
GREAT_CLIENT = ClientFacts(payment_verified=True, rating=Decimal("4.95"), reviews=40,
                           total_spent=Decimal(120_000), hire_rate=85)
RISKY_CLIENT = ClientFacts(payment_verified=False, total_spent=Decimal(0), hires=0)


def texts(score) -> list[str]:
    return [r.text for r in score.reasons]


def test_a_verified_big_spender_who_hires_is_a_strong_client():
    quality = client_quality(GREAT_CLIENT)
    assert quality.value >= 90 and quality.level == "strong"
    assert all(r.tone == GOOD for r in quality.reasons)
    assert "Spent $100,000+" in texts(quality)


def test_an_unverified_client_who_never_spent_is_weak_and_says_why():
    quality = client_quality(RISKY_CLIENT)
    assert quality.level == "weak"
    assert {"Payment method not verified", "Has not spent anything yet"} <= set(texts(quality))
    assert client_quality(ClientFacts()).value is None


def test_a_poor_rating_and_low_hire_rate_pull_the_score_down():
    picky = ClientFacts(payment_verified=True, rating=Decimal("3.2"), reviews=9, hire_rate=10)
    assert client_quality(picky).value < client_quality(
        ClientFacts(payment_verified=True)).value
    assert any(r.tone == BAD and "3.20" in r.text for r in client_quality(picky).reasons)
    new = client_quality(ClientFacts(payment_verified=True, member_since=date(2024, 5, 1)),
                         today=date(2024, 6, 1))
    assert "New to the marketplace (31 days)" in texts(new)


def test_fit_weighs_skills_pay_and_client():
    good = JobFacts("Django API", ("Python", "Django"), "hourly", Decimal(40), Decimal(70),
                    proposals_band="lt5", client=GREAT_CLIENT)
    poor = JobFacts("iOS app", ("Swift", "iOS"), "hourly", Decimal(10), Decimal(15),
                    proposals_band="50plus", client=RISKY_CLIENT)
    high, low = fit_score(good, ME), fit_score(poor, ME)
    assert high.value >= 90 and low.value <= 20
    assert "Matches 2 of 2 skills: Python, Django" in texts(high)
    assert "Pays up to $70/h; your rate is $50/h" in texts(high)
    assert "Tops out at $15/h, below your $50/h" in texts(low)
    assert "Missing: Swift, iOS" in texts(low)


def test_fixed_budget_is_judged_in_hours_at_your_rate():
    job = JobFacts("Logo", ("Python",), "fixed", budget=Decimal(100))
    assert "Budget $100 pays 2 h at your $50/h" in texts(fit_score(job, ME))
    tiny = JobFacts("Quick fix", ("Python",), "fixed", budget=Decimal(1))
    assert "Budget $1 pays less than an hour at your $50/h" in texts(fit_score(tiny, ME))
    big = JobFacts("Pipeline", ("Python",), "fixed", budget=Decimal(5000))
    assert fit_score(big, ME).value > fit_score(job, ME).value


def test_skill_names_match_loosely_but_in_whole_words():
    mine = {"power bi", "excel", "r"}
    assert skill_matches("Microsoft Power BI", mine)
    assert skill_matches("power-bi", mine)
    assert skill_matches("Microsoft Excel", mine)
    assert not skill_matches("React", mine)  # "r" is too short to count inside another name
    assert not skill_matches("Excellent writing", {"excel"})


def test_without_a_profile_the_fit_says_what_to_do():
    score = fit_score(JobFacts("Anything", ("Python",), "hourly", Decimal(30)), ProfileFacts())
    assert "Add skills to your profile to judge the fit" in texts(score)
    assert "Set your hourly rate in Profile to judge the pay" in texts(score)


def test_jobs_without_skills_are_matched_on_the_title():
    score = fit_score(JobFacts("Senior Django developer needed", ()), ME)
    assert "Title mentions Django" in texts(score)


@given(rating=st.none() | st.decimals(0, 5, places=2), spent=st.none() | st.integers(0, 10**7),
       hire_rate=st.none() | st.integers(0, 100), verified=st.none() | st.booleans(),
       low=st.none() | st.integers(1, 500), budget=st.none() | st.integers(0, 10**6),
       band=st.sampled_from([None, "lt5", "5to10", "10to15", "15to20", "20to50", "50plus"]))
def test_scores_stay_between_0_and_100_and_sql_agrees(rating, spent, hire_rate, verified, low,
                                                       budget, band):
    client = ClientFacts(payment_verified=verified, rating=rating, reviews=3,
                         total_spent=None if spent is None else Decimal(spent),
                         hire_rate=hire_rate)
    job = JobFacts("Python job", ("Python", "Go"), "hourly" if low else "fixed",
                   hourly_min=Decimal(low) if low else None,
                   hourly_max=Decimal(low) if low else None,
                   budget=None if low or budget is None else Decimal(budget),
                   proposals_band=band, client=client)
    score = fit_score(job, ME)
    assert 0 <= score.value <= 100
    quality = client_quality(client)
    assert quality.value is None or 0 <= quality.value <= 100

    def cents(value):
        return None if value is None else int(value * 100)

    assert fit_from_columns(ME, job.title, ", ".join(job.skills), job.job_type,
                            cents(job.hourly_min), cents(job.hourly_max), cents(job.budget), band,
                            None if verified is None else int(verified),
                            None if rating is None else str(rating), 3,
                            cents(client.total_spent), None, hire_rate) == score.value

"""The Insights formulas, on numbers worked out by hand."""
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.rules.insights import cashflow, clients, effective, funnel, jss, market, skills, stats

NOW = datetime(2024, 5, 20, 12, tzinfo=UTC)


def test_recency_weight_halves_every_thirty_days_and_ignores_unknown_dates():
    assert stats.recency_weight(NOW, NOW) == 1
    assert stats.recency_weight(NOW - timedelta(days=30), NOW) == pytest.approx(0.5)
    assert stats.recency_weight(NOW - timedelta(days=60), NOW) == pytest.approx(0.25)
    assert stats.recency_weight(None, NOW) == 1
    assert stats.recency_weight(NOW + timedelta(days=3), NOW) == 1


def test_recent_postings_pull_the_quartiles_and_the_rank():
    # 10 today (w 1), 20 a month old (w .5), 30 two months old (w .25), 40 today (w 1).
    # Total weight 2.75: p25 needs .6875 -> 10; p50 needs 1.375 -> 20 (1 + .5);
    # p75 needs 2.0625 -> 40 (30 only brings it to 1.75).
    samples = [(Decimal(10), NOW), (Decimal(20), NOW - timedelta(days=30)),
               (Decimal(30), NOW - timedelta(days=60)), (Decimal(40), NOW)]
    summary = market.summarize(samples, NOW)
    assert (summary.count, summary.p25, summary.p50, summary.p75) == (
        4, Decimal(10), Decimal(20), Decimal(40))
    assert not summary.enough  # 4 postings are an anecdote
    # Unweighted the upper quartile would be 30.
    assert stats.weighted_quartiles([(10, 1), (20, 1), (30, 1), (40, 1)]) == (10, 20, 30)
    # $25 has 10 and 20 below it: 1.5 of 2.75 = 54.5% -> p55.
    assert market.rate_position(samples, Decimal(25), NOW) == 55
    assert market.rate_position([], Decimal(25), NOW) is None
    assert market.summarize([], NOW).p50 is None


def test_weighted_percentile_matches_the_quartiles_and_rejects_a_bad_quantile():
    pairs = [(5, 2), (1, 1), (9, 1)]  # sorted: 1 (1), 5 (2), 9 (1); total 4
    assert stats.weighted_percentile(pairs, 0.25) == 1
    assert stats.weighted_percentile(pairs, 0.5) == 5
    assert stats.weighted_percentile(pairs, 1) == 9
    with pytest.raises(ValueError, match="quantile"):
        stats.weighted_percentile(pairs, 0)


@given(st.lists(st.integers(0, 500), min_size=1, max_size=40))
def test_counted_median_agrees_with_the_plain_median(values):
    counts = {}
    for v in values:
        counts[float(v)] = counts.get(float(v), 0) + 1
    assert stats.counted_median(counts) == stats.median(values)


def test_a_job_rate_is_the_middle_of_its_range():
    assert market.job_hourly_rate(Decimal(25), Decimal(45)) == Decimal(35)
    assert market.job_hourly_rate(None, Decimal(40)) == Decimal(40)
    assert market.job_hourly_rate(Decimal(0), None) is None


def test_wilson_interval_for_small_counts():
    one_of_three = stats.wilson(1, 3)
    assert (round(one_of_three.low, 4), round(one_of_three.high, 4)) == (0.0615, 0.7923)
    assert one_of_three.share == pytest.approx(1 / 3)
    assert not one_of_three.conclusive
    none_of_ten = stats.wilson(0, 10)
    assert none_of_ten.low == 0 and round(none_of_ten.high, 4) == 0.2775
    assert none_of_ten.conclusive
    nothing = stats.wilson(0, 0)
    assert nothing.share is None and (nothing.low, nothing.high) == (0, 1)
    with pytest.raises(ValueError, match="successes"):
        stats.wilson(4, 3)


def test_skills_gap_ranks_by_demand_then_premium():
    jobs = [(["Python", "SQL"], Decimal(40)), (["python", "Django"], Decimal(60)),
            (["Python", "Django", " SQL"], Decimal(50)), (["Java"], Decimal(80)), (["SQL"], None)]
    report = skills.skill_gaps(jobs, ["Python"])
    assert report.matching_jobs == 3  # the Java and SQL-only jobs share nothing with Python
    django, sql = report.gaps
    # Django: with it 60, 50 (median 55), without 40 -> +15. SQL: 40, 50 (45) vs 60 -> -15.
    assert (django.skill, django.jobs, django.median_with, django.median_without,
            django.premium) == ("Django", 2, Decimal(55), Decimal(40), Decimal(15))
    assert (sql.skill, sql.premium, round(sql.share, 3)) == ("SQL", Decimal(-15), 0.667)
    assert not django.enough
    assert skills.split_skills(" Power BI,SQL , power bi,,") == ["Power BI", "SQL"]


def test_funnel_stages_bands_and_counts():
    assert funnel.furthest_stage(["draft"]) is None
    assert funnel.furthest_stage(["submitted", "viewed", "declined"]) == 1
    assert funnel.furthest_stage(["submitted"], viewed=True) == 1
    assert funnel.furthest_stage(["submitted", "interviewing", "hired"]) == 3
    counts = funnel.count_stages([0, 1, 3, 2])
    assert (counts.sent, counts.viewed, counts.interviewed, counts.hired) == (4, 3, 2, 1)
    assert counts.hire_rate.successes == 1 and counts.view_rate.trials == 4
    assert funnel.bid_band(Decimal(30), Decimal(25), Decimal(45)) == "within"
    assert funnel.bid_band(Decimal(20), Decimal(25), Decimal(45)) == "below"  # under 22.50
    assert funnel.bid_band(Decimal(50), Decimal(25), Decimal(45)) == "above"  # over 49.50
    assert funnel.bid_band(Decimal(49), Decimal(25), Decimal(45)) == "within"
    assert funnel.bid_band(Decimal(49), None, None) == "unknown"
    assert [funnel.speed_band(h) for h in (0.5, 3, 20, 30, None)] == [
        "within_1h", "within_6h", "within_24h", "later", "unknown"]
    # 40 Connects ($6.00) for 3 views, 0 hires, $120 earned
    assert funnel.per_outcome(Decimal("6.00"), 3) == Decimal("2.00")
    assert funnel.per_outcome(Decimal("6.00"), 0) is None
    assert funnel.per_dollar_earned(Decimal("6.00"), Decimal(120)) == Decimal("0.0500")


def test_effective_rate_after_fees_connects_and_unbilled_hours():
    # $1,000 for 40 billed hours, $100 fees, 20 Connects ($3.00), 10 hours over the limit
    rate = effective.effective_rate(gross=Decimal(1000), fees=Decimal(100), connects=Decimal(3),
                                    billed_minutes=40 * 60, unbilled_minutes=10 * 60)
    assert rate.gross_per_hour == Decimal("25.00")
    assert rate.after_fees == Decimal("22.50")
    assert rate.after_connects == Decimal("22.43")  # 897 / 40 = 22.425, half up
    assert rate.after_unbilled == Decimal("17.94")  # 897 / 50
    none = effective.effective_rate(gross=Decimal(500), fees=Decimal(50), connects=Decimal(0),
                                    billed_minutes=0)
    assert none.gross_per_hour is None and none.after_unbilled is None


def test_cashflow_calendar_from_an_hourly_week_and_a_submitted_milestone():
    # 10 h at $30 in the week of Mon 4 March 2024: $300, 10% fee (2023 flat regime) -> $270;
    # in review until Fri 15 March 23:59 -> pending Sat 16 March; available Wed 20 March.
    week = cashflow.hourly_week(week_of=date(2024, 3, 6), minutes=600, rate=Decimal(30),
                                label="API", projected=False)
    assert (week.net, week.pending_from, week.available_on) == (Decimal(270), date(2024, 3, 16),
                                                                date(2024, 3, 20))
    # $500 milestone submitted 1 March 12:00: auto-approved 15 March, available 20 March.
    ms = cashflow.milestone(submitted_at=datetime(2024, 3, 1, 12, tzinfo=UTC), amount=Decimal(500),
                            label="Design")
    assert (ms.net, ms.pending_from, ms.available_on) == (Decimal(450), date(2024, 3, 15),
                                                          date(2024, 3, 20))
    rows = cashflow.calendar([week, ms], today=date(2024, 3, 12), weeks=2,
                             available_now=Decimal(100))
    assert [(r.week_start, r.to_pending, r.to_available, r.available_after) for r in rows] == [
        (date(2024, 3, 11), Decimal(720), Decimal(0), Decimal(100)),
        (date(2024, 3, 18), Decimal(0), Decimal(720), Decimal(820))]
    # $300 + $2 fee planned for 19 March leaves the second week; a plan of yesterday counts not
    rows = cashflow.calendar([week, ms], today=date(2024, 3, 12), weeks=2,
                             available_now=Decimal(100),
                             planned=[(date(2024, 3, 19), Decimal(302)),
                                      (date(2024, 3, 11), Decimal(50))])
    assert [(r.withdrawn, r.available_after) for r in rows] == [
        (Decimal(0), Decimal(100)), (Decimal(302), Decimal(518))]
    on = lambda day, planned=(): cashflow.withdrawable_on(  # noqa: E731
        day, today=date(2024, 3, 12), available_now=Decimal(100), items=[week, ms], planned=planned)
    assert on(date(2024, 3, 19)) == Decimal(100)
    assert on(date(2024, 3, 20)) == Decimal(820)
    assert on(date(2024, 3, 20), [(date(2024, 3, 18), Decimal("50.99"))]) == Decimal("769.01")
    with pytest.raises(ValueError, match="in the past"):
        on(date(2024, 3, 1))


def test_hourly_projection_follows_the_pace_and_stops_at_the_limit():
    assert cashflow.projected_week_minutes(600, 3, None) == 1400  # 10 h by Wednesday -> 23 h 20
    assert cashflow.projected_week_minutes(600, 2, 1200) == 1200  # 35 h pace, 20 h limit
    assert cashflow.typical_week_minutes([600, 900, 1200], 800) == 800
    assert cashflow.typical_week_minutes([], None) == 0
    with pytest.raises(ValueError, match="1–7"):
        cashflow.projected_week_minutes(60, 0, None)


def _ended(days_ago, score=None, paid=Decimal(500), long_term=False):
    return jss.ContractOutcome(date(2024, 6, 30) - timedelta(days=days_ago),
                               None if score is None else Decimal(score), paid, long_term)


def test_jss_estimate_is_a_range_from_what_is_known():
    today = date(2024, 6, 30)
    contracts = [_ended(10, 5), _ended(20, 5), _ended(30, "4.9"), _ended(40, long_term=True),
                 _ended(50, "4.0"), _ended(60, paid=Decimal(50))]
    estimate = jss.estimate(contracts, today)
    # counted 5 (the $50 one without feedback is not): best (4 good - 0 poor)/5 = 80,
    # worst: the 4.0 may hide a poor private rating -> (4 - 1)/5 = 60
    assert (estimate.low, estimate.high, estimate.counted) == (60, 80, 5)
    assert estimate.enough
    assert estimate.classes["top_feedback"] == 3 and estimate.classes["not_counted"] == 1
    moves = jss.levers(contracts, today)
    # one poor contract: best (4-1)/6 = 50, worst (4-2)/6 = 33.3 -> midpoint 41.7, from 70
    assert moves[0].code == "one_more_poor" and moves[0].change == -28.3
    assert {m.code: m.change for m in moves[1:]} == {"one_more_top_feedback": 5.0,
                                                     "one_more_long_term": 5.0}


def test_jss_uses_the_better_window_and_says_when_there_is_too_little():
    today = date(2024, 6, 30)
    # Two poor contracts 300 days ago drag the 12- and 24-month windows; the 6-month one is clean.
    contracts = [_ended(300, 2), _ended(310, 2), _ended(10, 5), _ended(20, 5)]
    estimate = jss.estimate(contracts, today)
    assert (estimate.low, estimate.high, estimate.window_days, estimate.counted) == (
        100, 100, 183, 2)
    assert not estimate.enough
    assert jss.estimate([], today).high is None


def test_client_reply_times_and_fee_tier():
    t = datetime(2024, 1, 1, 10, tzinfo=UTC)
    messages = [(t, "in"), (t + timedelta(minutes=30), "in"), (t + timedelta(hours=2), "out"),
                (t + timedelta(hours=2, minutes=5), "out"), (t + timedelta(hours=3), "in"),
                (t + timedelta(hours=3, minutes=30), "out"), (t + timedelta(hours=4), "in")]
    waits = clients.reply_times(messages)
    assert waits == [timedelta(hours=2), timedelta(minutes=30)]
    assert clients.average(waits) == timedelta(hours=1, minutes=15)
    assert clients.average([]) is None
    tiered = date(2020, 1, 1)
    assert clients.fee_tier(Decimal(400), tiered).rate == 20
    assert clients.fee_tier(Decimal(500), tiered).rate == 10  # the next cent is above $500
    assert clients.fee_tier(Decimal(10000), tiered).rate == 5
    later = clients.fee_tier(Decimal(20000), date(2024, 6, 1))
    assert (later.regime, later.rate) == ("flat_10_2023", 10)

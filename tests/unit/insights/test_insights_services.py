"""Insights services on a real database file and on a PostgreSQL workspace (both_backends),
with the clock pinned."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from tests.helpers.clock import pinned

NOW = datetime(2024, 3, 13, 12, tzinfo=UTC)  # a Wednesday

pytestmark = pytest.mark.both_backends


@pytest.fixture
def acme(data_dir):
    from desktop.services import clients

    with pinned(NOW):
        yield clients.get_or_create("Acme")


def test_cashflow_projects_hourly_weeks_books_the_ledger_and_answers_a_withdrawal(acme):
    from desktop.services import contracts, payments, withdrawals
    from desktop.services.insights.cashflow import cashflow
    from models.contracts import TimeEntry

    with pinned(NOW):
        contract = contracts.create(title="API work", contract_type="hourly", client_name="Acme",
                                    rate=Decimal(30), weekly_limit_minutes=1200,
                                    start_at=NOW - timedelta(days=30))
        monday = datetime(2024, 3, 11, 9, tzinfo=UTC)
        TimeEntry.create(contract=contract.id, started_at=monday, minutes=600,
                         ended_at=monday + timedelta(minutes=600))
        last_week = monday - timedelta(days=7)
        TimeEntry.create(contract=contract.id, started_at=last_week, minutes=300,
                         ended_at=last_week + timedelta(minutes=300))
        payments.record_earning(kind="fixed_price", gross=Decimal(100), client_id=acme.id,
                                occurred_at=datetime(2024, 3, 12, 10, tzinfo=UTC))
        withdrawals.add_method(name="Local bank", kind="local_bank", fee_fixed=Decimal("0.99"))
        view = cashflow(weeks=2, withdraw_on=date(2024, 3, 20))
    items = {(i.kind, i.available_on): i for i in view.items}
    # last week's 5 h, not booked yet: $150 - 10% = $135, available Wed 20 March
    assert items[("hourly", date(2024, 3, 20))].net == Decimal(135)
    assert not items[("hourly", date(2024, 3, 20))].projected
    # this week: 10 h by Wednesday is a 23 h pace, capped at the 20 h limit: $600 -> $540
    this_week = items[("hourly", date(2024, 3, 27))]
    assert (this_week.net, this_week.projected) == (Decimal(540), True)
    # next week at the 4-week average (5 h / 4 = 75 min): $37.50 -> $33.75
    assert items[("hourly", date(2024, 4, 3))].net == Decimal("33.75")
    assert items[("ledger", date(2024, 3, 17))].net == Decimal(90)
    assert [(w.week_start, w.to_pending, w.to_available, w.available_after)
            for w in view.weeks] == [
        (date(2024, 3, 11), Decimal(135), Decimal(90), Decimal(90)),
        (date(2024, 3, 18), Decimal(540), Decimal(135), Decimal(225))]
    assert view.withdrawable.amount == Decimal(225)
    (method,) = view.withdrawable.methods
    assert (method.fee, method.received) == (Decimal("0.99"), Decimal("224.01"))
    assert view.basis.count == 4 and view.basis.enough

    # Planning $100 out on Tue 19 March via the local bank ($0.99): the second week ends at
    # $225 - $100.99, and on the 20th there is that much left to take out.
    from desktop.errors import Code
    from desktop.services import planned_withdrawals as plans

    with pinned(NOW):
        bank = withdrawals.methods()[0].id
        row = plans.plan(day=date(2024, 3, 19), amount=Decimal(100), method_id=bank)
        assert (row.fee, row.total) == (Decimal("0.99"), Decimal("100.99"))
        for bad, code in (({"day": date(2024, 3, 12), "amount": Decimal(5)}, Code.PLAN_PAST),
                          ({"day": date(2024, 3, 19), "amount": Decimal(0)}, Code.PLAN_AMOUNT),
                          ({"day": date(2024, 3, 19), "amount": Decimal(5), "method_id": 999},
                           Code.PLAN_METHOD_GONE)):
            with pytest.raises(plans.PlanError) as refused:
                plans.plan(**bad)
            assert refused.value.code == code
        planned = cashflow(weeks=2, withdraw_on=date(2024, 3, 20))
        assert [(w.withdrawn, w.available_after) for w in planned.weeks] == [
            (Decimal(0), Decimal(90)), (Decimal("100.99"), Decimal("124.01"))]
        assert planned.withdrawable.amount == Decimal("124.01")
        assert [p.id for p in planned.planned] == [row.id]
        saved = plans.remove(row.id)  # and undo puts it back
        assert cashflow(weeks=2).weeks[1].available_after == Decimal(225)
        plans.restore(saved)
        assert cashflow(weeks=2).weeks[1].available_after == Decimal("124.01")


def _proposal(status, history=(), *, template=None, job=None, boost=0, month=2, viewed=False):
    from models.proposals import Proposal, ProposalStatusChange

    at = datetime(2024, month, 5, 10, tzinfo=UTC)
    p = Proposal.create(status=status, submitted_at=at, template=template, job=job,
                        rate=Decimal(40), boost_connects=boost,
                        viewed_at=at + timedelta(hours=2) if viewed else None)
    for step in history:
        ProposalStatusChange.create(proposal=p.id, to_status=step, at=at)
    return p


def test_funnel_and_connects_roi_count_each_stage_once_and_say_when_too_few(data_dir):
    from desktop.services import contracts, payments
    from desktop.services.insights.connects_roi import connects_roi
    from desktop.services.insights.funnel import funnel
    from models.jobs import Job
    from models.proposals import ConnectsEntry, ProposalTemplate

    with pinned(NOW):
        template = ProposalTemplate.create(name="Short")
        job = Job.create(title="Dashboards", hourly_min=Decimal(30), hourly_max=Decimal(50),
                         posted_at=datetime(2024, 2, 5, 9, 30, tzinfo=UTC))
        sent = [_proposal("submitted") for _ in range(6)]
        sent += [_proposal("declined", ["submitted", "viewed", "declined"], template=template.id)
                 for _ in range(3)]
        sent += [_proposal("interviewing", ["submitted", "viewed", "interviewing"], job=job.id)
                 for _ in range(2)]
        hired = _proposal("hired", ["submitted", "viewed", "interviewing", "hired"],
                          template=template.id, job=job.id, boost=5, month=3)
        sent.append(hired)
        _proposal("draft")  # never sent: not in the funnel
        for p in sent:
            ConnectsEntry.create(at=p.submitted_at, delta=-10, reason="spent", proposal=p.id)
        contract = contracts.create(title="Dashboards", contract_type="hourly", rate=40,
                                    start_at=NOW - timedelta(days=5))
        contract.proposal = hired.id
        contract.save()
        payments.record_earning(kind="hourly", gross=Decimal(300), contract_id=contract.id,
                                occurred_at=NOW - timedelta(days=4))
        by_month = funnel("month")
        by_template = funnel("template")
        by_bid = funnel("bid")
        by_speed = funnel("speed")
        roi = connects_roi("month")
    total = by_month.total
    assert (total.sent, total.viewed, total.interviewed, total.hired) == (12, 6, 3, 1)
    assert round(total.hire_rate.low, 3) == 0.015 and total.enough
    assert [(r.group, r.sent, r.enough) for r in by_month.rows] == [("2024-02", 11, True),
                                                                    ("2024-03", 1, False)]
    assert {r.group: r.sent for r in by_template.rows} == {"": 8, "Short": 4}
    assert {r.group: r.sent for r in by_bid.rows} == {"within": 3, "unknown": 9}
    # two went in 30 min after posting, the hired one a month later; the rest have no job
    assert {r.group: r.sent for r in by_speed.rows} == {"within_1h": 2, "later": 1,
                                                        "unknown": 9}
    assert by_month.basis.count == 12 and by_month.basis.first == date(2024, 2, 5)
    # 120 Connects = $18.00 for 6 views, 3 interviews, 1 hire that earned $300
    t = roi.total
    assert (t.connects, t.dollars, t.per_view, t.per_interview, t.per_hire) == (
        120, Decimal("18.00"), Decimal("3.00"), Decimal("6.00"), Decimal("18.00"))
    assert (t.earned, t.per_dollar_earned) == (Decimal(300), Decimal("0.0600"))
    with pytest.raises(ValueError, match="unknown grouping"):
        funnel("weekday")


def test_clients_effective_rate_and_jss_read_the_same_history(acme):
    from desktop.services import contracts, payments
    from desktop.services.insights.clients import UnknownClientError, client_detail, clients
    from desktop.services.insights.effective_rate import effective_rate
    from desktop.services.insights.jss import jss
    from models.contracts import Contract, Feedback, Interaction, TimeEntry

    with pinned(NOW):
        contract = contracts.create(title="Site", contract_type="hourly", client_name="Acme",
                                    rate=Decimal(50), weekly_limit_minutes=600,
                                    start_at=datetime(2024, 1, 1, tzinfo=UTC))
        monday = datetime(2024, 1, 8, 8, tzinfo=UTC)
        TimeEntry.create(contract=contract.id, started_at=monday, minutes=720)  # 2 h over
        payments.record_earning(kind="hourly", gross=Decimal(500), contract_id=contract.id,
                                occurred_at=monday, minutes=600)
        Contract.update(status="ended", end_at=datetime(2024, 2, 1, tzinfo=UTC)).execute()
        Feedback.create(contract=contract.id, direction="received", score="5.0")
        t = datetime(2024, 1, 2, 9, tzinfo=UTC)
        for minutes, direction in ((0, "in"), (90, "out"), (300, "in"), (330, "out")):
            Interaction.create(client=acme.id, contract=contract.id, direction=direction,
                               at=t + timedelta(minutes=minutes), body="hello")
        (row,) = clients().rows
        detail = client_detail("acme")
        rates = effective_rate()
        score = jss()
    assert (row.name, row.billed, row.fee_rate, row.open_contracts) == (
        "Acme", Decimal(500), 10, 0)
    assert row.average_reply == timedelta(minutes=60) and row.replies == 2
    assert row.last_contact == t + timedelta(minutes=330)
    assert [e.kind for e in detail.events][:2] == ["contract_start", "message"]
    assert any(e.kind == "payment" and e.amount == Decimal(500) for e in detail.events)
    # the contract's work log line: its code for the window, its English for the CLI
    (logged,) = [e for e in detail.events if e.kind == "note"]
    assert (logged.note_code, logged.title) == ("contract.added_by_hand",
                                                "Contract added by hand")
    with pytest.raises(UnknownClientError, match="Nobody"):
        client_detail("Nobody")
    (rate,) = rates.rows
    # $500 for 10 billed hours, $50 fee; 2 h over the limit unbilled: 450 / 12 = 37.50
    assert (rate.billed_minutes, rate.unbilled_minutes) == (600, 120)
    assert (rate.gross_per_hour, rate.after_fees, rate.after_unbilled) == (
        Decimal("50.00"), Decimal("45.00"), Decimal("37.50"))
    assert (score.low, score.high, score.estimate) == (100, 100, True)
    assert not score.basis.enough and score.factors["top_feedback"] == 1


def test_skills_gap_counts_the_jobs_your_saved_searches_find(data_dir):
    """A freelancer whose only lead into Kubernetes work is a saved search still learns what
    those jobs ask for; without the search the gap knows only the Python jobs."""
    from desktop.services import jobs
    from desktop.services.insights.skills_gap import skills_gap

    with pinned(NOW):
        for n in range(3):
            jobs.add_job({"title": f"Django API {n}", "skills": "Python, Django",
                          "hourly_min": Decimal(40), "hourly_max": Decimal(60)})
            jobs.add_job({"title": f"Cluster upgrade {n}", "skills": "Kubernetes, Terraform",
                          "description": "kubernetes cluster", "hourly_min": Decimal(70),
                          "hourly_max": Decimal(90)})
        before = skills_gap(["Python"])
        assert [r.skill for r in before.rows] == ["Django"] and before.searches == ()
        jobs.save_search("Clusters", "kubernetes")
        after = skills_gap(["Python"])
        only_searches = skills_gap(["Python"], saved_searches=False)
    assert after.searches == ("Clusters",)
    assert after.basis.count == 6
    gaps = {r.skill: r for r in after.rows}
    assert set(gaps) == {"Django", "Kubernetes", "Terraform"}
    assert gaps["Terraform"].jobs == 3 and round(gaps["Terraform"].share, 2) == 0.5
    assert [r.skill for r in only_searches.rows] == ["Django"]


def test_market_rate_and_skills_gap_give_the_same_figures_on_both_backends(data_dir,
                                                                          shared_data):
    """The real Power BI export, read by the two views: the figures below were taken on a local
    library, so a workspace (migration 0015's job_skill, PL/pgSQL triggers) must find the very
    same. Editing and deleting a job moves them, as the triggers keep the table in step."""
    from desktop.services import jobs
    from desktop.services.insights.market_rate import market_rate
    from desktop.services.insights.skills_gap import skills_gap

    later = datetime(2025, 1, 1, tzinfo=UTC)
    with pinned(later):
        jobs.import_files([shared_data / "jobs" / "lougse_powerbi_rss_extracted_jobs.csv"])
        # skills spelled as people do: blanks, case, a quote, a repeat within the job
        tricky = jobs.add_job({"title": "Report fix", "skills": ' power bi ,\tDAX, "SQL", dax',
                               "hourly_min": Decimal(45), "hourly_max": Decimal(55)})
        view = market_rate("Microsoft Power BI", now=later)
        rows = {(r.kind, r.level): r for r in view.rows}
        gap = skills_gap(["Microsoft Power BI"], limit=5, saved_searches=False)
        assert (
            (view.basis.count, view.basis.first, view.basis.last),
            [(k, r.count, r.p25, r.p50, r.p75) for k, r in sorted(rows.items())],
            (gap.basis.count, [(r.skill, r.jobs, r.median_with, r.median_without)
                               for r in gap.rows])) == FIGURES_SEEN
        dax = skills_gap(["DAX"], saved_searches=False)  # the export has no DAX job
        assert dax.basis.count == 1
        assert {r.skill: r.jobs for r in dax.rows} == {"power bi": 1, '"SQL"': 1}
        jobs.update_job(tricky.id, {"skills": "Power BI"})
        assert skills_gap(["DAX"], saved_searches=False).basis.count == 0
        assert market_rate("power bi", now=later).basis.count == 1
        jobs.delete_jobs([tricky.id])
        assert market_rate("power bi", now=later).basis.count == 0



# market rate (basis; rows), skills gap (basis; top 5) for "Microsoft Power BI", as a local
# library computes them
FIGURES_SEEN = (
    (497, date(2024, 5, 12), date(2024, 8, 7)),
    [(("fixed", "all"), 186, Decimal("20.00"), Decimal("50.00"), Decimal("150.00")),
     (("hourly", "all"), 311, Decimal("16.50"), Decimal("29.50"), Decimal("38.00"))],
    (717, [("Data Visualization", 406, Decimal("27.50"), Decimal("27.50")),
           ("Data Analysis", 391, Decimal("25.00"), Decimal("30.00")),
           ("Microsoft Excel", 250, Decimal("27.50"), Decimal("28.75")),
           ("SQL", 190, Decimal("25.00"), Decimal("28.00")),
           ("Business Intelligence", 188, Decimal("30.00"), Decimal("27.50"))]))

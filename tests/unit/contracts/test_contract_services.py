"""Contracts services against a real SQLite file: creation, escrow, weeks, billing, deadlines."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import contracts, deadlines, interactions, timer
from desktop.services.contracts import ContractError, MilestoneInput
from desktop.services.timer import TimerError
from models.contracts import Contract, ContractMilestone, TimeEntry, english_work_log
from models.payments import Transaction
from models.proposals import Proposal, ProposalMilestone

MON = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def hourly(limit_hours=10, rate="22.22", **kw):
    return contracts.create(title="API work", contract_type="hourly", rate=rate,
                            weekly_limit_minutes=limit_hours * 60 if limit_hours else None,
                            client_name="Acme", fee_percent="10", now=MON - timedelta(days=7),
                            **kw)


def fixed(amounts=("300", "600", "100")):
    return contracts.create(
        title="Website", contract_type="fixed", client_name="Beta LLC", fee_percent="10",
        milestones=[MilestoneInput(f"Part {i + 1}", a, date(2026, 11, 20 + i))
                    for i, a in enumerate(amounts)], now=MON)


def milestones(contract):
    return list(contract.milestones.order_by(ContractMilestone.position))


def test_create_from_proposal_carries_the_terms_over(data_dir):
    proposal = Proposal.create(title="Shopify store", bid_type="fixed", fixed_mode="milestones",
                               amount=Decimal("1500"), status="hired", fee_percent="12")
    for i, (text, amount) in enumerate([("Theme", "500"), ("Products", "1000")]):
        ProposalMilestone.create(proposal=proposal, position=i, description=text,
                                 amount=Decimal(amount), due_on=date(2026, 12, 1 + i))
    contract = contracts.create_from_proposal(proposal.id)
    assert (contract.title, contract.contract_type, contract.status) == (
        "Shopify store", "fixed", "active")
    assert contract.fee_percent == "12" and contract.amount == Decimal("1500.00")
    assert [(m.description, m.amount, m.due_on, m.state) for m in milestones(contract)] == [
        ("Theme", Decimal("500.00"), date(2026, 12, 1), "not_funded"),
        ("Products", Decimal("1000.00"), date(2026, 12, 2), "not_funded")]
    assert contracts.create_from_proposal(proposal.id).id == contract.id  # no duplicate
    assert Contract.select().count() == 1

    hourly_bid = Proposal.create(title="Support", bid_type="hourly", rate=Decimal("40"),
                                 rate_increase_months=6, rate_increase_percent="5",
                                 status="offer")
    offer = contracts.create_from_proposal(hourly_bid.id)
    assert (offer.status, offer.rate, offer.rate_increase_months, offer.start_at) == (
        "offer", Decimal("40.00"), 6, None)
    assert "+5% every 6 months" in contracts.terms_summary(offer)  # the CLI; ui: terms_line
    # the terms text is the user's to write; where the contract came from is in its work log
    assert offer.terms == "" and work_log(offer.id) == [("contract.created_from_offer", {})]
    sent = datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
    Proposal.update(submitted_at=sent).where(Proposal.id == proposal.id).execute()
    Contract.delete().where(Contract.id == contract.id).execute()
    again = contracts.create_from_proposal(proposal.id, now=MON)
    assert work_log(again.id) == [("contract.created_from_proposal",
                                   {"proposal_sent": "2026-11-02T08:30:00+00:00"})]


def test_by_hand_validation_names_the_problem(data_dir):
    with pytest.raises(ContractError, match="needs a title"):
        contracts.create(title=" ", contract_type="hourly", rate="30")
    with pytest.raises(ContractError, match=r"at least \$3\.00"):
        contracts.create(title="Cheap", contract_type="hourly", rate="2.50")
    with pytest.raises(ContractError, match=r"milestone 1 amount must be at least \$5\.00"):
        contracts.create(title="Tiny", contract_type="fixed",
                         milestones=[MilestoneInput("x", "4")])
    assert Contract.select().count() == 0


def work_log(contract_id: int) -> list[tuple[str | None, dict | None]]:
    """The contract's work log as stored: (code, parameters) of each line, oldest first."""
    rows = map(interactions.get, interactions.ids_for(contract_id=contract_id))
    return [(row.note_code, row.note_params) for row in rows if row is not None]


def test_offer_accept_decline_pause_end(data_dir):
    offer = contracts.create(title="Offer", contract_type="hourly", rate="30", status="offer",
                             now=MON)
    contracts.accept_offer(offer.id, now=MON)
    assert Contract.get_by_id(offer.id).status == "active"
    assert Contract.get_by_id(offer.id).start_at == MON
    with pytest.raises(ContractError, match="cannot be declined"):
        contracts.decline_offer(offer.id)
    timer.start(offer.id, now=MON)
    contracts.pause(offer.id, now=MON + timedelta(hours=2))
    assert timer.running() is None  # pausing stops the clock
    assert TimeEntry.get().minutes == 120
    contracts.resume(offer.id, now=MON + timedelta(hours=3))
    with pytest.raises(ContractError, match="say why"):
        contracts.end(offer.id, reason="")
    ended = contracts.end(offer.id, reason="Work completed", now=MON + timedelta(days=1))
    assert (ended.status, ended.end_reason) == ("ended", "Work completed")
    other = contracts.create(title="No thanks", contract_type="fixed", amount="50",
                             status="offer")
    assert contracts.decline_offer(other.id, reason="Too busy").status == "declined"
    # the work log keeps what happened as codes, the user's words (the reason) as a parameter
    assert work_log(offer.id) == [
        ("contract.added_by_hand", {}), ("contract.offer_accepted", {}),
        ("contract.paused", {}), ("contract.resumed", {}),
        ("contract.ended", {"end_reason": "completed"})]  # named in English: its code
    assert work_log(other.id)[-1] == ("contract.offer_declined", {"words": "Too busy"})
    assert contracts.why_closed(other.id) == (None, "Too busy")
    done = contracts.create(title="Done", contract_type="fixed", amount="50", now=MON)
    done = contracts.end(done.id, reason="scope", details="moved to a retainer", now=MON)
    assert done.end_reason == "Scope changed: moved to a retainer"  # English, as before
    assert contracts.why_closed(done.id) == ("scope", "moved to a retainer")


def test_timer_is_a_stored_row_and_splits_at_monday_utc(data_dir):
    contract = hourly()
    timer.start(contract.id, memo="night shift", now=at(22, 23, 30))  # Sunday 23:30 UTC
    # "restart": nothing in memory, the row is the timer
    entry = timer.running()
    assert entry.contract_id == contract.id and entry.memo == "night shift"
    with pytest.raises(TimerError, match="already running"):
        timer.start(contract.id, now=at(22, 23, 40))
    stored = timer.stop(now=at(23, 0, 45))
    assert [(e.started_at, e.minutes) for e in stored] == [
        (at(22, 23, 30), 30), (at(23, 0, 0), 45)]
    assert timer.running() is None
    timer.start(contract.id, now=at(23, 10))
    assert timer.stop(now=at(23, 10, 0) + timedelta(seconds=20)) == []  # under 30 s: dropped


def week_minutes(contract_id):
    totals = {}
    for e in TimeEntry.select().where(TimeEntry.contract == contract_id):
        key = e.started_at - timedelta(days=e.started_at.weekday(), hours=e.started_at.hour,
                                       minutes=e.started_at.minute,
                                       seconds=e.started_at.second)
        totals[key.date()] = totals.get(key.date(), 0) + (e.minutes or 0)
    return totals


@pytest.mark.parametrize(("seconds", "minutes"), [(60, 1), (40, 1), (89, 1), (90, 2)])
def test_a_timer_over_monday_midnight_counts_its_real_duration_once(data_dir, seconds, minutes):
    contract = hourly()
    sunday = datetime(2026, 11, 22, 23, 59, 30, tzinfo=UTC)  # 30 s before the week turns
    timer.start(contract.id, now=sunday)
    stored = timer.stop(now=sunday + timedelta(seconds=seconds))
    assert sum(e.minutes for e in stored) == minutes  # not 1 + 1, and 40 s are not lost
    assert sum(week_minutes(contract.id).values()) == minutes


def test_a_timer_cut_at_the_week_boundary_while_running_still_rounds_once(data_dir):
    contract = hourly()
    sunday = datetime(2026, 11, 22, 23, 59, 30, tzinfo=UTC)
    timer.start(contract.id, now=sunday)
    assert timer.split_at_week_boundary(now=sunday + timedelta(seconds=35))  # Monday 00:00:05
    assert timer.running().started_at == at(23, 0, 0)
    stored = timer.stop(now=sunday + timedelta(seconds=75))  # 75 s in all
    assert stored == []  # the new week's 45 s add nothing: the run is 1 minute in all
    assert week_minutes(contract.id) == {date(2026, 11, 16): 1}


def test_manual_time_diary_lock_and_undo_data(data_dir):
    contract = hourly()
    entries = timer.add_manual(contract.id, started_at=at(17, 10), minutes=90, memo="spec",
                               now=at(18))
    assert entries[0].manual and entries[0].minutes == 90
    # the diary for the week of Nov 16 is editable until Monday Nov 23 11:59 UTC
    timer.update_entry(entries[0].id, started_at=at(17, 9), minutes=120, memo="spec v2",
                       now=at(23, 11, 59))
    with pytest.raises(TimerError, match="closed Mon 2026-11-23 11:59 UTC"):
        timer.delete_entry(entries[0].id, now=at(23, 12, 0))
    data = timer.delete_entry(entries[0].id, now=at(23, 11))
    restored = timer.restore_entry(data, now=at(23, 11, 30))
    assert (restored.minutes, restored.memo, restored.manual) == (120, "spec v2", True)
    with pytest.raises(TimerError, match="future"):
        timer.add_manual(contract.id, started_at=at(25, 9), minutes=60, now=at(24))
    strict = contracts.create(title="Tracked only", contract_type="hourly", rate="50",
                              manual_time_allowed=False)
    with pytest.raises(TimerError, match="does not allow manual time"):
        timer.add_manual(strict.id, started_at=at(17), minutes=30, now=at(18))


def test_week_view_marks_time_over_the_limit(data_dir):
    contract = hourly(limit_hours=10)
    for day, minutes in [(16, 240), (17, 300), (18, 120)]:  # 11 h in the week
        timer.add_manual(contract.id, started_at=at(day), minutes=minutes, now=at(19))
    view = contracts.week_view(contract.id, at(18), now=at(19))
    assert (view.total, view.billable, view.over) == (660, 600, 60)
    assert [e.over for e in view.entries] == [0, 0, 60]  # the latest work is what goes over
    assert view.day_minutes[:3] == [240, 300, 120] and view.day_over[2] == 60
    assert view.amount == Decimal("222.20")  # 10 h × $22.22
    assert view.near_limit and view.remaining == 0
    assert view.diary_deadline == datetime(2026, 11, 23, 11, 59, tzinfo=UTC)
    # a running timer counts up to now without writing anything
    contracts.create(title="x", contract_type="hourly", rate="10")
    timer.start(contract.id, now=at(20, 9))
    live = contracts.week_view(contract.id, at(20), now=at(20, 10))
    assert live.total == 720 and live.entries[-1].running


def test_closed_week_becomes_one_hourly_earning_once(data_dir):
    contract = hourly(limit_hours=10)
    timer.add_manual(contract.id, started_at=at(16), minutes=360, now=at(20))
    timer.add_manual(contract.id, started_at=at(17), minutes=360, now=at(20))  # 12 h
    assert contracts.bill_closed_weeks(now=at(23, 11, 59)) == []  # diary still open
    made = contracts.bill_closed_weeks(now=at(23, 12, 0))
    txn = Transaction.get_by_id(made[0])
    assert (txn.kind, txn.gross, txn.minutes, txn.week_start_on) == (
        "hourly", Decimal("222.20"), 600, date(2026, 11, 16))  # over-limit 2 h not billed
    assert txn.available_on == date(2026, 12, 2)  # the Wednesday 10 days after the week
    assert txn.status != "available"
    assert contracts.bill_closed_weeks(now=at(30)) == []  # never billed twice
    assert contracts.week_view(contract.id, at(16), now=at(30)).billed


def test_scheduled_rate_increase_prices_the_week(data_dir):
    contract = contracts.create(title="Retainer", contract_type="hourly", rate="40",
                                rate_increase_months=1, rate_increase_percent="10",
                                start_at=datetime(2026, 10, 16, tzinfo=UTC))
    timer.add_manual(contract.id, started_at=at(17), minutes=60, now=at(18))
    assert contracts.week_view(contract.id, at(17), now=at(18)).amount == Decimal("44.00")


def test_milestone_state_machine_and_earning(data_dir):
    contract = fixed()
    first = milestones(contract)[0]
    with pytest.raises(ContractError, match="not funded; cannot submit"):
        contracts.submit_milestone(first.id)
    contracts.fund_milestone(first.id, now=MON)
    contracts.submit_milestone(first.id, now=MON + timedelta(days=1))
    contracts.request_changes(first.id, note="darker header", now=MON + timedelta(days=2))
    contracts.submit_milestone(first.id, now=MON + timedelta(days=3))
    approved = contracts.approve_milestone(first.id, now=MON + timedelta(days=4))
    assert approved.state == "approved"
    txn = Transaction.get(Transaction.milestone == first.id)
    assert (txn.kind, txn.gross, txn.fee, txn.net) == (
        "fixed_price", Decimal("300.00"), Decimal("30.00"), Decimal("270.00"))
    assert txn.available_on == date(2026, 11, 25)  # 5 days after processing
    with pytest.raises(ContractError, match="cannot approve"):
        contracts.approve_milestone(first.id)
    assert contracts.mark_milestone_paid(first.id).state == "paid"


def test_submitted_work_is_approved_automatically_after_14_days(data_dir):
    contract = fixed()
    first = milestones(contract)[0]
    contracts.fund_milestone(first.id, now=MON)
    submitted = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # a Friday evening
    contracts.submit_milestone(first.id, now=submitted)
    assert contracts.process_due(now=datetime(2026, 12, 4, 16, 59, tzinfo=UTC)).auto_approved == []
    result = contracts.process_due(now=datetime(2026, 12, 4, 17, 0, tzinfo=UTC))
    assert result.auto_approved == [first.id]
    row = ContractMilestone.get_by_id(first.id)
    assert row.approved_at == datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
    assert Transaction.get(Transaction.milestone == first.id).available_on == date(2026, 12, 9)
    released = {"days": 14, "milestone": first.description, "amount": f"{first.amount:.2f}",
                "currency": "USD"}
    assert work_log(contract.id)[-1] == ("contract.auto_approved", released)
    assert english_work_log("", "contract.auto_approved", {**released, "remainder": "5"}) == (
        f"Approved automatically after 14 days: “{first.description}”, "
        f"${first.amount:,.2f} released; $5.00 rolled into the next milestone")  # the CLI's
    # deleting the line and taking it back (Edit ▸ Undo) keeps its code
    line = interactions.ids_for(contract_id=contract.id)[-1]
    interactions.restore(interactions.delete(line))
    assert work_log(contract.id)[-1] == ("contract.auto_approved", released)
    contracts.process_due(now=datetime(2026, 12, 9, 0, 0, tzinfo=UTC))
    assert ContractMilestone.get_by_id(first.id).state == "paid"


def test_partial_release_rolls_the_rest_into_the_next_milestone(data_dir):
    contract = fixed(("300", "600"))
    first, second = milestones(contract)
    contracts.fund_milestone(first.id, now=MON)
    contracts.submit_milestone(first.id, now=MON)
    contracts.approve_milestone(first.id, amount="200", now=MON + timedelta(days=1))
    assert ContractMilestone.get_by_id(second.id).amount == Decimal("700.00")
    assert contracts.milestone_total(contract.id) == (Decimal("900.00"), Decimal("200.00"))
    # the last milestone's remainder becomes a new funded milestone
    contracts.fund_milestone(second.id, now=MON)
    contracts.submit_milestone(second.id, now=MON)
    contracts.approve_milestone(second.id, amount="650", now=MON + timedelta(days=2))
    rest = milestones(contract)[-1]
    assert (rest.amount, rest.state) == (Decimal("50.00"), "funded")
    assert contracts.milestone_total(contract.id) == (Decimal("900.00"), Decimal("850.00"))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=500, max_value=50_000), min_size=1, max_size=4),
       st.lists(st.integers(min_value=1, max_value=100), min_size=4, max_size=4))
def test_partial_releases_conserve_the_contract_total(data_dir, cents, percents):
    contract = fixed([str(Decimal(c) / 100) for c in cents])
    total = sum(Decimal(c) / 100 for c in cents)
    for percent in percents:
        row = next((m for m in milestones(contract) if m.state in ("not_funded", "funded")),
                   None)
        if row is None:
            break
        if row.state == "not_funded":
            contracts.fund_milestone(row.id, now=MON)
        contracts.submit_milestone(row.id, now=MON)
        part = max(Decimal("0.01"), (row.amount * percent / 100).quantize(Decimal("0.01")))
        contracts.approve_milestone(row.id, amount=part, now=MON)
    value, released = contracts.milestone_total(contract.id)
    assert value == total
    ledger = sum(t.gross for t in Transaction.select().where(Transaction.contract == contract.id))
    assert ledger == released


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 20 * 24 * 60), st.integers(1, 600)), min_size=1,
                max_size=8), st.integers(60, 3000))
def test_hours_are_never_double_billed(data_dir, spans, limit_minutes):
    contract = contracts.create(title="P", contract_type="hourly", rate="30",
                                weekly_limit_minutes=limit_minutes,
                                start_at=datetime(2026, 10, 1, tzinfo=UTC))
    base = datetime(2026, 10, 5, tzinfo=UTC)  # a Monday
    now = base + timedelta(days=21)
    for offset, minutes in spans:  # each logged right after the work, as a user would
        started = base + timedelta(minutes=offset)
        timer.add_manual(contract.id, started_at=started, minutes=minutes,
                         now=started + timedelta(minutes=minutes + 1))
    contracts.bill_closed_weeks(now=now + timedelta(days=8))
    contracts.bill_closed_weeks(now=now + timedelta(days=9))
    billed = list(Transaction.select().where(Transaction.contract == contract.id))
    weeks = [t.week_start_on for t in billed]
    assert len(weeks) == len(set(weeks))
    logged = sum(e.minutes for e in TimeEntry.select().where(TimeEntry.contract == contract.id))
    assert logged == sum(m for _, m in spans)  # splitting at Mondays loses no minute
    for txn in billed:
        assert txn.minutes <= limit_minutes
    TimeEntry.delete().execute()
    Transaction.delete().execute()
    Contract.delete().execute()


def test_bonus_and_refund_windows(data_dir):
    contract = fixed(("300",))
    row = milestones(contract)[0]
    contracts.fund_milestone(row.id, now=MON)
    contracts.submit_milestone(row.id, now=MON)
    contracts.approve_milestone(row.id, now=MON)
    contracts.end(contract.id, reason="Work completed", now=MON + timedelta(days=1))
    bonus = contracts.pay_bonus(contract.id, amount="50", note="thanks",
                                now=MON + timedelta(days=300))
    assert (bonus.kind, bonus.gross, bonus.available_on) == (
        "bonus", Decimal("50.00"), (MON + timedelta(days=305)).date())
    with pytest.raises(ContractError, match="until 2027-11-17"):
        contracts.pay_bonus(contract.id, amount="10", now=MON + timedelta(days=367))
    with pytest.raises(ContractError, match=r"at most \$350\.00"):
        contracts.refund(contract.id, amount="400", now=MON + timedelta(days=301))
    back = contracts.refund(contract.id, amount="100", reason="scope cut",
                            now=MON + timedelta(days=301))
    assert (back.kind, back.gross) == ("refund", Decimal("-100.00"))
    assert contracts.refund_room(contract.id).refundable == Decimal("250.00")
    with pytest.raises(ContractError, match="180 days"):
        contracts.refund(contract.id, amount="10", now=MON + timedelta(days=481))


def test_feedback_within_the_14_day_window(data_dir):
    contract = hourly()
    with pytest.raises(ContractError, match="when a contract ends"):
        contracts.save_feedback(contract.id, direction="given", ratings={"skills": 5})
    contracts.end(contract.id, reason="Work completed", now=MON)
    row = contracts.save_feedback(contract.id, direction="given", text="Great client",
                                  ratings={"communication": 5, "cooperation": 4},
                                  now=MON + timedelta(days=14))
    assert row.score == "4.50"
    contracts.save_feedback(contract.id, direction="received", score="5", now=MON,
                            ratings={"skills": 5, "quality": 5})
    assert set(contracts.feedback_of(contract.id)) == {"given", "received"}
    with pytest.raises(ContractError, match="window closed on 2026-11-30"):
        contracts.save_feedback(contract.id, direction="given", ratings={"skills": 4},
                                now=MON + timedelta(days=15))
    with pytest.raises(ContractError, match="1–5 stars"):
        contracts.save_feedback(contract.id, direction="received", ratings={"skills": 6})


def test_upcoming_strip_orders_what_matters(data_dir):
    now = at(21, 9)  # Saturday morning
    site = fixed()  # due Nov 20, 21, 22
    first, second, _third = milestones(site)
    contracts.fund_milestone(first.id, now=MON)
    contracts.submit_milestone(first.id, now=at(10))  # approves Nov 24
    work = hourly(limit_hours=10)
    timer.add_manual(work.id, started_at=at(16), minutes=570, now=now)  # 9.5 of 10 h
    done = hourly(limit_hours=None)
    contracts.end(done.id, reason="Work completed", now=at(8))
    items = deadlines.upcoming(now=now)
    kinds = [(d.kind, d.severity) for d in items]
    assert kinds[0][1] == "urgent"
    assert ("milestone_due", "urgent") in kinds  # Part 2 due tomorrow
    assert ("weekly_limit", "soon") in kinds
    assert ("auto_approve", "info") in kinds
    assert ("feedback", "soon") in kinds  # closes Nov 22
    overdue_now = at(22, 12)
    late = deadlines.upcoming(now=overdue_now)
    assert any(d.severity == "overdue" and d.milestone_id == second.id for d in late)
    assert deadlines.reminders(late, seen={d.key for d in late}) == []

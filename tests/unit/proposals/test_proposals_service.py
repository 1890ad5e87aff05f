"""Proposals service against a real SQLite file: drafting, autosave, revisions, checks, fees,
the pipeline with its Connects effects, undo of deletes, figures, and real cover letters."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import Code
from desktop.services import connects, interactions
from desktop.services import proposals as service
from models.proposals import ConnectsEntry, ProposalRevision
from tests.unit.proposals.helpers import NOW, load_templates, make_job, make_profile

# Their histories (2020–2024) are read against "now": pin it after all of them.
pytestmark = [pytest.mark.usefixtures("clock"), pytest.mark.both_backends]

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_create_draft_from_a_job_carries_its_terms_and_is_idempotent(data_dir):
    make_profile(rate="55")
    job = make_job("Django REST API", skills="Python, Django", connects=16, client="Maria Lopez")
    draft = service.create_draft(job.id)
    assert (draft.title, draft.bid_type, draft.rate, draft.connects_required) == (
        "Django REST API", "hourly", Decimal("55.00"), 16)
    assert draft.client.name == "Maria Lopez" and draft.profile.name == "Anna Kowalska"
    assert service.create_draft(job.id).id == draft.id  # pressing "Draft proposal" twice
    fixed = service.create_draft(make_job("Logo", job_type="fixed", budget="300").id)
    assert (fixed.bid_type, fixed.amount) == ("fixed", Decimal("300.00"))
    loose = service.create_draft()
    assert loose.job_id is None and loose.status == "draft"
    assert [c.to_status for c in service.history(loose.id)] == ["draft"]
    with pytest.raises(service.ProposalError, match="no job #999"):
        service.create_draft(999)


def test_autosave_keeps_a_revision_every_few_minutes_and_restore_brings_one_back(data_dir):
    draft = service.create_draft()
    service.save_letter(draft.id, "Hi", at=T0)
    service.save_letter(draft.id, "Hi there", at=T0 + timedelta(seconds=1))
    service.save_letter(draft.id, "Hi there, I read your post", at=T0 + timedelta(seconds=2))
    # the first overwrite of a non-empty letter is kept; the rest of the burst is not
    assert [r.cover_letter for r in service.revisions(draft.id)] == ["Hi"]
    later = T0 + service.REVISION_EVERY + timedelta(seconds=3)
    service.save_letter(draft.id, "Second version", at=later)
    texts = [r.cover_letter for r in service.revisions(draft.id)]
    assert texts == ["Hi there, I read your post", "Hi"]
    old = service.revisions(draft.id)[-1]
    service.restore_revision(draft.id, old.id)
    assert service.get(draft.id).cover_letter == "Hi"
    assert service.revisions(draft.id)[0].cover_letter == "Second version"  # nothing lost


def test_checks_cover_limits_placeholders_job_mentions_and_bids(data_dir):
    job = make_job("Stripe billing for a SaaS", skills="Stripe, Django", client="Acme")
    draft = service.create_draft(job.id)
    service.save_letter(draft.id, "x" * 5001)
    service.update(draft.id, rate="2.50")
    problems = service.check(draft.id)
    texts = {p.text for p in problems}
    assert "The cover letter is 1 characters over the 5000 limit." in texts
    assert "The hourly rate must be at least $3.00." in texts
    # codes with their parameters: the window says them in the user's language
    assert {(p.error.code, tuple(p.error.params.items())) for p in problems} >= {
        (Code.CHECK_LETTER_TOO_LONG, (("over", 1), ("max", 5000))),
        (Code.CHECK_RATE_MIN, (("minimum", Decimal("3")),))}
    service.save_letter(draft.id, "Hi {client_name}, I am a great developer. {my_name}")
    service.update(draft.id, rate="45", rate_increase_months=6)
    problems = service.check(draft.id)
    assert any(p.text == "Unfilled placeholders: {client_name}, {my_name}." for p in problems)
    assert any("barely mentions the job" in p.text for p in problems)
    assert any("rate increase needs both" in p.text for p in problems)
    service.save_letter(draft.id, "Hi, I have built Stripe billing in Django twice.")
    service.update(draft.id, rate_increase_percent="5")
    assert service.check(draft.id) == []
    from desktop.services import templates  # a skill as people write it, a two-letter word

    bi = make_job("BI Dashboards", skills="Microsoft Power BI, Tableau")
    assert templates.job_mentions("I build Power BI dashboards for finance teams.", bi) == (
        ["bi", "dashboards", "microsoft power bi"], 4)
    service.update(draft.id, bid_type="fixed", fixed_mode="milestones", amount="500")
    service.set_milestones(draft.id, [("Design", "4", None), ("Build", "300", None)])
    texts = " ".join(p.text for p in service.check(draft.id))
    assert "Milestone 1 must be at least $5.00." in texts
    assert "The milestones add up to $304.00, not the total of $500.00." in texts


def test_fee_panel_both_ways_under_each_regime(data_dir):
    draft = service.create_draft()
    service.update(draft.id, rate="22.22")
    # 2025+ variable regime: 10% assumed until the contract's rate is entered
    quote = service.fee_quote(draft.id, on=T0)
    assert (quote.breakdown.fee, quote.breakdown.net) == (Decimal("2.22"), Decimal("20.00"))
    assert quote.breakdown.rate_assumed
    service.update(draft.id, fee_percent="5")
    assert service.fee_quote(draft.id, on=T0).breakdown.net == Decimal("21.11")
    assert service.bid_for_net(draft.id, "100", on=T0).gross == Decimal("105.26")  # fee 5.26
    # 2020 tiered regime: lifetime billings with this client come from the Payments ledger
    from models.payments import Transaction

    service.update(draft.id, client_name="Old Client", fee_percent=None)
    client_id = service.get(draft.id).client_id
    Transaction.create(kind="hourly", occurred_at=T0, gross=Decimal("450"), client=client_id)
    Transaction.create(kind="refund", occurred_at=T0, gross=Decimal("-50"), client=client_id)
    service.update(draft.id, bid_type="fixed", amount="200")
    tiered = service.fee_quote(draft.id, on=datetime(2020, 5, 1, tzinfo=UTC))
    assert tiered.prior_billings == Decimal("400.00")
    # $100 at 20% (up to $500) + $100 at 10% = $30 fee
    assert (tiered.breakdown.fee, tiered.breakdown.net) == (Decimal("30.00"), Decimal("170.00"))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cents=st.integers(min_value=300, max_value=5_000_00),
       rate=st.sampled_from([None, "0", "5", "10", "15"]))
def test_reverse_bid_is_the_smallest_that_nets_the_target(data_dir, cents, rate):
    draft = service.create_draft()
    service.update(draft.id, fee_percent=rate)
    net = Decimal(cents) / 100
    bid = service.bid_for_net(draft.id, net, on=T0)
    assert bid.net >= net
    service.update(draft.id, rate=bid.gross - Decimal("0.01"))
    assert service.fee_quote(draft.id, on=T0).breakdown.net < net


def test_submit_spends_connects_freezes_text_and_refunds_only_a_cancelled_job(data_dir):
    connects.adjust(30, at=T0 - timedelta(days=1))
    job = make_job("Fix a Django admin", skills="Django", connects=10)
    draft = service.create_draft(job.id)
    service.save_letter(draft.id, "I fix slow Django admin pages.")
    service.set_answers(draft.id, [("Rate your Django", "Expert")])
    service.update(draft.id, rate="50", boost_connects=5)
    service.submit(draft.id, at=T0)
    sent = service.get(draft.id)
    assert (sent.status, sent.submitted_at, connects.available(T0)) == ("submitted", T0, 15)
    assert sent.sent_cover_letter == "I fix slow Django admin pages."
    assert type(job).get_by_id(job.id).status == "applied"  # the library shows it
    assert service.sent_answers(sent) == [{"question": "Rate your Django", "answer": "Expert"}]
    with pytest.raises(service.ProposalError, match="kept as sent"):
        service.save_letter(draft.id, "changed")
    assert service.boost_outbid(draft.id, at=T0 + timedelta(hours=1)) == 5
    assert connects.available(T0 + timedelta(days=1)) == 20
    service.set_status(draft.id, "job_cancelled", at=T0 + timedelta(days=2))
    assert connects.available(T0 + timedelta(days=2)) == 30  # job's 10 back; boost not twice
    declined = service.create_draft(make_job("Other", connects=6).id)
    service.save_letter(declined.id, "Other letter")
    service.update(declined.id, rate="40")
    service.submit(declined.id, at=T0 + timedelta(days=3))
    service.set_status(declined.id, "declined", at=T0 + timedelta(days=4))
    assert connects.available(T0 + timedelta(days=4)) == 24  # declined: no refund
    assert [c.to_status for c in service.history(declined.id)] == ["draft", "submitted",
                                                                    "declined"]


def test_submit_is_refused_when_short_or_broken_and_changes_nothing(data_dir):
    draft = service.create_draft(make_job("Job", connects=16).id)
    service.save_letter(draft.id, "A letter about the job.")
    service.update(draft.id, rate="40")
    with pytest.raises(connects.ConnectsShort, match="needs 16 Connects but only 0"):
        service.submit(draft.id)
    assert service.get(draft.id).status == "draft" and ConnectsEntry.select().count() == 0
    service.update(draft.id, is_invitation=True)  # answering an invitation is free
    assert service.submit(draft.id).status == "submitted"
    empty = service.create_draft()
    with pytest.raises(service.ProposalError, match="cover letter is empty"):
        service.submit(empty.id)
    with pytest.raises(service.ProposalError, match="cannot become hired"):
        service.set_status(empty.id, "hired")


def test_delete_and_restore_bring_back_everything(data_dir):
    connects.adjust(20, at=T0)
    draft = service.create_draft(make_job("Job", connects=4).id)
    service.save_letter(draft.id, "one", at=T0)
    service.save_letter(draft.id, "two", at=T0 + timedelta(minutes=5))
    service.update(draft.id, rate="30")
    service.set_answers(draft.id, [("Q", "A")])
    service.submit(draft.id, at=T0 + timedelta(minutes=6))
    interactions.add(proposal_id=draft.id, kind="message", direction="in", body="Hello!")
    snapshot = service.delete(draft.id)
    assert not service.exists(draft.id)
    assert ConnectsEntry.get(ConnectsEntry.reason == "spent").proposal_id is None
    service.restore(snapshot)
    back = service.get(draft.id)
    assert (back.status, back.cover_letter, len(service.answers(back.id))) == ("submitted",
                                                                               "two", 1)
    assert len(interactions.for_proposal(back.id)) == 1
    assert ProposalRevision.select().where(ProposalRevision.proposal == back.id).count() == 1
    assert connects.spent_on(back.id) == 4


def test_archive_and_unarchive_return_to_the_previous_status(data_dir):
    draft = service.create_draft()
    service.set_status(draft.id, "archived")
    assert service.query_ids(filter_key="active") == []
    assert service.unarchive(draft.id).status == "draft"
    assert service.query_ids(filter_key="active") == [draft.id]


def test_list_filters_search_and_sorting_happen_in_sql(data_dir):
    today = NOW.date()
    a = service.create_draft()
    service.update(a.id, title="Alpha React app", rate="40", follow_up_on=today)
    b = service.create_draft()
    service.update(b.id, title="Beta Django API", rate="90", client_name="Zed Corp")
    service.save_letter(b.id, "Django and Celery experience")
    assert service.query_ids(search="celery") == [b.id]
    assert service.query_ids(search="zed") == [b.id]
    assert service.query_ids(sort="bid", descending=True) == [b.id, a.id]
    assert service.query_ids(sort="title", descending=False) == [a.id, b.id]
    assert service.query_ids(filter_key="follow_up", today=today) == [a.id]
    rows = service.rows([a.id, b.id])
    assert (rows[a.id].bid, rows[a.id].bid_type, rows[b.id].client) == (
        Decimal("40.00"), "hourly", "Zed Corp")
    c = service.create_draft()  # milestones without a total: listed and sorted by their sum
    service.update(c.id, bid_type="fixed", fixed_mode="milestones")
    service.set_milestones(c.id, [("Design", "60.50", None), ("Build", "90", None)])
    assert service.rows([c.id])[c.id].bid == Decimal("150.50")
    assert service.query_ids(sort="bid", descending=True)[0] == c.id


def test_figures_overall_per_profile_and_per_template(data_dir):
    connects.adjust(100, at=T0)
    ids = load_templates()
    template = ids["Web app — short"]
    outcomes = ["hired", "declined", "interviewing", None]
    for number, outcome in enumerate(outcomes):
        draft = service.create_draft(make_job(f"Django job {number}", skills="Django",
                                              connects=10).id)
        service.apply_template(draft.id, template if number < 2 else ids["Data cleanup"])
        service.update(draft.id, rate="50")
        service.submit(draft.id, at=T0 + timedelta(days=number))
        if outcome in ("hired", "interviewing"):
            service.set_status(draft.id, "viewed", at=T0 + timedelta(days=number, hours=1))
        if outcome:
            service.set_status(draft.id, outcome, at=T0 + timedelta(days=number, hours=2))
    overall = service.figures()[0]
    assert (overall.sent, overall.viewed, overall.interviewed, overall.hired) == (4, 2, 2, 1)
    assert overall.win_rate == Decimal("25.0")
    assert (overall.connects, overall.money_per_hire) == (40, Decimal("6.00"))
    per_template = {f.label: f for f in service.figures("template")}
    assert per_template["Web app — short"].win_rate == Decimal("50.0")
    assert per_template["Data cleanup"].hired == 0


def test_real_cover_letters_survive_autosave_and_are_checked(data_dir, shared_data):
    path = shared_data / "proposals" / "df-upwork_proposals_en.jsonl"
    letters = [json.loads(line)["proposal_text_en"] for line in
               path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(letters) >= 100
    job = make_job("Magento 2 store performance", skills="Magento, PHP, MySQL")
    over = 0
    for letter in letters:
        draft = service.create_draft()
        service.update(draft.id, rate="60")
        service.save_letter(draft.id, letter)
        assert service.get(draft.id).cover_letter == letter  # byte for byte
        assert service.text_for_upwork(draft.id).startswith(letter.strip())
        problems = service.check(draft.id)
        over += any("over the 5000 limit" in p.text for p in problems)
        assert (len(letter) > 5000) == any(p.error.code is Code.CHECK_LETTER_TOO_LONG
                                           for p in problems)
    assert over == sum(len(letter) > 5000 for letter in letters)
    magento = next(text for text in letters if "Magento" in text)
    from desktop.services import templates

    found, _ = templates.job_mentions(magento, job)
    assert "magento" in found


def test_attachments_are_copied_into_the_data_dir_and_the_boost_auction_is_dated(
        data_dir, tmp_path):
    job = make_job("Logo for a bakery", job_type="fixed", budget="200")
    draft = service.create_draft(job.id)
    sample = tmp_path / "portfolio.pdf"
    sample.write_bytes(b"%PDF-1.4 bakery logos")
    attachment = service.add_attachment(draft.id, sample)
    sample.unlink()  # the user's file may go; the proposal keeps its own copy
    stored = service.attachment_path(attachment)
    assert stored.is_relative_to(data_dir.data_dir) and stored.read_bytes().startswith(b"%PDF")
    assert (attachment.name, attachment.size) == ("portfolio.pdf", 21)
    snapshot = service.remove_attachment(attachment.id)
    assert service.attachments(draft.id) == []
    service.restore_attachment(snapshot)
    assert [a.name for a in service.attachments(draft.id)] == ["portfolio.pdf"]
    # the job was posted 3 days before NOW: its boost auction runs 7 days from the posting
    assert service.boost_auction_closes(draft.id) == NOW + timedelta(days=4)
    assert service.boost_auction_closes(service.create_draft().id) is None

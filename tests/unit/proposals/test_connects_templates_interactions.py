"""The Connects ledger (grants, purchases, expiry, corrections, deletes), templates with
placeholders, and the client conversation — services only, real SQLite."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.services import connects, interactions, templates
from desktop.services import proposals as service
from models.payments import Transaction
from models.proposals import ConnectsEntry
from models.rules.connects import ConnectsError
from tests.unit.proposals.helpers import load_templates, make_job, make_profile

T0 = datetime(2025, 1, 15, 12, 0, tzinfo=UTC)


def test_monthly_grants_follow_the_plan_and_catch_up_once(data_dir):
    connects.grant_monthly(date(2025, 1, 1))
    connects.set_plan("freelancer_plus")
    granted = connects.catch_up_monthly(date(2025, 4, 10))
    assert [(e.at.date(), e.delta) for e in granted] == [
        (date(2025, 2, 1), 100), (date(2025, 3, 1), 100), (date(2025, 4, 1), 100)]
    assert connects.catch_up_monthly(date(2025, 4, 30)) == []  # idempotent within a month
    assert connects.available(date(2025, 4, 10)) == 310
    with pytest.raises(ConnectsError, match="unknown plan"):
        connects.set_plan("gold")


def test_buying_books_the_cost_in_payments_and_refuses_odd_counts(data_dir):
    purchase = connects.buy(60, at=T0)
    assert (purchase.entry.delta, purchase.entry.cost) == (60, Decimal("9.00"))
    assert purchase.expense_recorded
    expense = Transaction.get(Transaction.kind == "connects")
    assert (expense.gross, expense.description) == (Decimal("-9.00"), "60 Connects")
    connects.set_price("0.16")
    assert connects.buy(30, at=T0).entry.cost == Decimal("4.80")  # 10 + 20, configured price
    with pytest.raises(ConnectsError, match=r"bundles of 10/20/40/60/80; 15 cannot.*nearest: 20"):
        connects.buy(15, at=T0)
    assert ConnectsEntry.select().count() == 2


def test_expiry_lapses_the_oldest_lots_a_year_after_issue(data_dir):
    connects.adjust(10, at=datetime(2024, 1, 10, tzinfo=UTC))
    connects.adjust(20, at=datetime(2024, 6, 1, tzinfo=UTC))
    job = make_job("A job", connects=8)
    draft = service.create_draft(job.id)
    service.save_letter(draft.id, "letter")
    service.update(draft.id, rate="30")
    service.submit(draft.id, at=datetime(2024, 3, 1, tzinfo=UTC))  # uses 8 of the January 10
    written = connects.sync_expiry(date(2025, 6, 2))
    assert [(e.at.date(), e.delta) for e in written] == [(date(2025, 1, 10), -2),
                                                         (date(2025, 6, 1), -20)]
    assert connects.sync_expiry(date(2025, 6, 2)) == []
    assert connects.available(date(2025, 6, 2)) == 0
    assert sum(e.delta for e in connects.entries()) == 0  # the statement adds up
    assert connects.balance(date(2025, 6, 2)).expired == 22


def test_corrections_and_deletes_never_leave_spends_uncovered(data_dir):
    start = connects.set_balance(12, at=T0)
    assert start.delta == 12 and connects.available(T0) == 12
    draft = service.create_draft(make_job("Job", connects=10).id)
    service.save_letter(draft.id, "letter")
    service.update(draft.id, rate="30")
    service.submit(draft.id, at=T0 + timedelta(hours=1))
    with pytest.raises(ConnectsError, match="spends without Connects"):
        connects.delete_entry(start.id)
    assert connects.available(T0 + timedelta(days=1)) == 2  # the refused delete changed nothing
    spent = ConnectsEntry.get(ConnectsEntry.reason == "spent")
    with pytest.raises(ConnectsError, match="follow from proposals"):
        connects.delete_entry(spent.id)
    extra = connects.adjust(5, at=T0 + timedelta(days=1))
    snapshot = connects.delete_entry(extra.id)
    connects.restore_entry(snapshot)
    assert connects.available(T0 + timedelta(days=2)) == 7


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(steps=[("grant", 0), ("apply", 1), ("cancel", 367)])  # refund of lapsed Connects
@given(st.lists(st.tuples(st.sampled_from(["grant", "buy", "apply", "cancel", "decline"]),
                          st.integers(min_value=0, max_value=500)), min_size=1, max_size=12))
def test_ledger_property_balance_is_never_negative_and_rows_add_up(data_dir, steps):
    ConnectsEntry.delete().execute()
    day = datetime(2024, 1, 1, tzinfo=UTC)
    open_ids = []
    for kind, days in steps:
        day += timedelta(days=days)
        if kind == "grant":
            connects.grant_monthly(day.date(), plan_code="basic")
        elif kind == "buy":
            connects.buy(10, at=day)
        elif kind == "apply":
            draft = service.create_draft()
            service.save_letter(draft.id, "letter")
            service.update(draft.id, rate="30", connects_required=days % 17,
                           boost_connects=days % 3)
            try:
                service.submit(draft.id, at=day)
                open_ids.append(draft.id)
            except connects.ConnectsShort:
                assert service.get(draft.id).status == "draft"
        elif open_ids:
            service.set_status(open_ids.pop(), "job_cancelled" if kind == "cancel"
                               else "declined", at=day)
        connects.sync_expiry(day.date())
        balance = connects.balance(day)
        assert balance.available >= 0
        assert sum(e.delta for e in ConnectsEntry.select()
                   if e.at.date() <= day.date()) == balance.available


def test_templates_fill_from_job_and_profile_and_report_gaps(data_dir):
    make_profile()
    ids = load_templates()
    job = make_job("Build a booking API", skills="Python, Django", client="Maria Lopez")
    draft = service.create_draft(job.id)
    filled = service.apply_template(draft.id, ids["Web app — short"])
    text = service.get(draft.id).cover_letter
    assert text.startswith("Hi Maria,\n\nI read your post about Build a booking API.")
    assert "with Python, Django and" in text and "My rate for this is $55.00/hr." in text
    assert text.rstrip().endswith("Anna Kowalska\nPython & Django developer")
    assert filled.missing == () and templates.unfilled(text) == []
    assert service.get(draft.id).template_id == ids["Web app — short"]
    gap = templates.fill("Hi {client_name}, see {job_url} {mystery}", {"client_name": "Bo"})
    assert (gap.text, gap.missing, gap.unknown) == ("Hi Bo, see {job_url} {mystery}",
                                                    ("job_url",), ("mystery",))
    # a person is greeted by the first name, a company by its whole name
    service.update(draft.id, client_name="Acme Billing")
    assert templates.context_for(service.get(draft.id))["client_name"] == "Acme Billing"
    assert [templates.greeting_name(n) for n in ("Jean-Luc Picard", "Blue Fox LLC", "IBM Data",
                                                 "Dr. Lee", "Studio 54")] == [
        "Jean-Luc", "Blue Fox LLC", "IBM Data", "Dr. Lee", "Studio 54"]
    with pytest.raises(templates.TemplateError, match="already a template"):
        templates.create("template", "Web app — short")
    snapshot = templates.delete(ids["Web app — short"])
    assert service.get(draft.id).template_id is None
    templates.restore(snapshot)
    assert service.get(draft.id).template_id == ids["Web app — short"]


def test_conversation_entries_on_a_proposal_with_undoable_delete(data_dir):
    draft = service.create_draft()
    service.update(draft.id, client_name="Jane Cooper")
    first = interactions.add(proposal_id=draft.id, kind="message", direction="in",
                             body="  Can you start Monday?  ", at=T0)
    interactions.add(proposal_id=draft.id, kind="note", direction="out", body="Say yes",
                     at=T0 - timedelta(hours=1))
    rows = interactions.for_proposal(draft.id)
    assert [(r.kind, r.direction, r.body) for r in rows] == [
        ("note", None, "Say yes"), ("message", "in", "Can you start Monday?")]
    assert first.client.name == "Jane Cooper"
    snapshot = interactions.delete(first.id)
    assert len(interactions.for_proposal(draft.id)) == 1
    interactions.restore(snapshot)
    assert interactions.ids_for(proposal_id=draft.id)[-1] == first.id
    with pytest.raises(interactions.InteractionError, match="needs some text"):
        interactions.add(proposal_id=draft.id, body="   ")
    with pytest.raises(interactions.InteractionError, match="proposal or to a contract"):
        interactions.add(body="orphan")

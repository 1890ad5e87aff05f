"""A freelancer's whole journey through the same services the window uses.

Profile → a job from a feed → a proposal paid for with Connects → hired → an hourly
contract with a weekly limit → the week is billed → the money becomes available →
withdrawn. Each step is owned by a different area; this proves they fit together.
"""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from models.payments import Transaction
from tests.conftest import FIXTURES

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)  # a Monday; the flat 10% fee applies


def test_from_a_feed_posting_to_money_withdrawn(data_dir):
    from desktop.services import (
        connects,
        contracts,
        jobs,
        profile,
        proposals,
        reports,
        timer,
        withdrawals,
    )

    me = profile.general_profile()
    profile.update(me.id, name="Asha Verma", title="Python automation for small finance teams",
                   hourly_rate=Decimal("40"))
    profile.set_skills(me.id, ["Python", "OCR Algorithm", "API Integration"])

    summary = jobs.import_files([FIXTURES / "jobs" / "upwork_feed.xml"], now=T0)
    assert summary.added == 3
    found = jobs.search("xero ocr", now=T0)
    assert found.total == 1
    job_id = found.ids[0]
    assert "Xero" in jobs.get(job_id).skills

    connects.buy(20, at=T0)  # 20 × $0.15, booked in the ledger as a cost
    draft = proposals.create_draft(job_id)
    proposals.save_letter(draft.id, "Hi — I have automated Xero bookkeeping with Python and "
                                    "OCR for three accounting firms; happy to walk you through it.")
    proposals.update(draft.id, rate="40", connects_required=8)
    proposals.submit(draft.id, at=T0 + timedelta(hours=1))
    assert connects.available(T0 + timedelta(hours=2)) == 12
    assert jobs.get(job_id).status == "applied"
    for step, hours in (("interviewing", 20), ("hired", 30)):
        proposals.set_status(draft.id, step, at=T0 + timedelta(hours=hours))

    contract = contracts.create_from_proposal(draft.id, now=T0 + timedelta(days=2))
    assert (contract.contract_type, contract.rate) == ("hourly", Decimal("40.00"))
    contracts.update_terms(contract.id, title=contract.title, weekly_limit_minutes=10 * 60,
                           rate=Decimal("40"), now=T0 + timedelta(days=2))
    week = T0 + timedelta(days=7)  # Monday 10 June: 4 h + 4 h + 3 h against a 10 h limit
    for day, minutes in ((0, 240), (1, 240), (2, 180)):
        timer.add_manual(contract.id, started_at=week + timedelta(days=day), minutes=minutes,
                         memo="Invoice OCR pipeline", now=week + timedelta(days=3))

    # Monday 17 June 12:00 UTC: the diary is locked, the week is billed (10 h, not 11)
    contracts.process_due(now=week + timedelta(days=7, hours=3))
    contracts.process_due(now=week + timedelta(days=8))  # a second sweep bills nothing twice
    [earning] = Transaction.select().where(Transaction.kind == "hourly")
    assert (earning.gross, earning.fee, earning.net) == (
        Decimal("400.00"), Decimal("40.00"), Decimal("360.00"))
    assert earning.minutes == 600 and earning.available_on == date(2024, 6, 26)  # Wednesday
    # Thursday 20 June the client may still review the week (until Friday 23:59 UTC); from
    # Saturday the money is pending until Wednesday 26 June.
    assert reports.balances(today=date(2024, 6, 20)).in_review == Decimal("360.00")
    assert reports.balances(today=date(2024, 6, 22)).pending == Decimal("360.00")

    available = reports.balances(today=date(2024, 6, 26)).available
    assert available == Decimal("360.00") - Decimal("3.00")  # earning − Connects bought
    bank = withdrawals.add_method(name="My US bank", kind="ach",
                                  details={"account_number": "000123456789"},
                                  added_at=datetime(2024, 6, 1, tzinfo=UTC))
    withdrawals.record_withdrawal(method_id=bank.id, amount=Decimal("300"),
                                  occurred_at=datetime(2024, 6, 27, 10, tzinfo=UTC))
    after = reports.balances(today=date(2024, 6, 28))
    assert after.available == Decimal("57.00")
    shown = withdrawals.label(bank)
    assert shown.endswith("•••• 6789") and "000123456789" not in shown

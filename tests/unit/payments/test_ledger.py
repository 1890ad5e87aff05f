"""Recording earnings and expenses: fee engine, payout dates and statuses, on a real database."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import clock, events
from desktop.services import clients, payments
from desktop.services.payments import PaymentError
from models.contracts import Contract
from models.payments import Transaction
from models.rules.money import amount_for_minutes

# Their histories (2020–2024) are read against "now": pin it after all of them.
pytestmark = [pytest.mark.usefixtures("clock"), pytest.mark.both_backends]

D = Decimal


def at(y, m, d, h=12):
    return datetime(y, m, d, h, tzinfo=UTC)


def test_the_design_example_22_22_an_hour_for_12_hours(data_dir):
    client = clients.get_or_create("Northwind Studio")
    gross = amount_for_minutes(D("22.22"), 12 * 60)
    row = payments.record_earning(kind="hourly", gross=gross, occurred_at=at(2024, 3, 20),
                                  client_id=client.id, minutes=720)
    stored = Transaction.get_by_id(row.id)
    assert (stored.gross, stored.fee, stored.net) == (D("266.64"), D("26.66"), D("239.98"))
    # Week of Mon 18 Mar; available the Wednesday 10 days after Sunday 24 Mar.
    assert stored.week_start_on == date(2024, 3, 18)
    assert stored.available_on == date(2024, 4, 3)
    assert stored.status == "available"  # long past


def test_tiers_are_split_when_one_payment_crosses_500_and_10000(data_dir):
    client = clients.get_or_create("Lumen Labs")
    first = payments.record_earning(kind="fixed_price", gross=D("400"),
                                    occurred_at=at(2020, 1, 6), client_id=client.id)
    assert first.fee == D("80.00")  # all in the 20% tier
    big = payments.record_earning(kind="fixed_price", gross=D("10000"),
                                  occurred_at=at(2020, 2, 3), client_id=client.id)
    # 100 @ 20% + 9,500 @ 10% + 400 @ 5% (billings run from 400 to 10,400)
    assert big.fee == D("20") + D("950") + D("20")
    assert big.net == D("10000") - big.fee
    # Another client starts again at 20%.
    other = clients.get_or_create("Orbit Co")
    fresh = payments.record_earning(kind="bonus", gross=D("100"), occurred_at=at(2020, 2, 4),
                                    client_id=other.id)
    assert fresh.fee == D("20.00")


def test_a_refund_returns_the_fee_of_the_top_slice_and_lowers_billings(data_dir):
    client = clients.get_or_create("Acme Bakery")
    payments.record_earning(kind="fixed_price", gross=D("600"), occurred_at=at(2019, 5, 1),
                            client_id=client.id)  # fee 100 + 10 = 110
    refund = payments.record_earning(kind="refund", gross=D("-200"),
                                     occurred_at=at(2019, 5, 10), client_id=client.id)
    # Billings fall from 600 to 400: 100 @ 10% and 100 @ 20% come back.
    assert (refund.gross, refund.fee, refund.net) == (D("-200.00"), D("-30.00"), D("-170.00"))
    after = payments.record_earning(kind="bonus", gross=D("100"), occurred_at=at(2019, 5, 11),
                                    client_id=client.id)
    assert after.fee == D("20.00")  # back in the 20% tier
    with pytest.raises(PaymentError, match="exceeds lifetime billings"):
        payments.record_earning(kind="refund", gross=D("-9000"), occurred_at=at(2019, 6, 1),
                                client_id=client.id)


def test_the_contract_rate_sets_the_fee_from_2025_and_legacy_5_percent_in_2023(data_dir):
    client = clients.get_or_create("Harbor Analytics")
    cheap = Contract.create(title="Dashboards", contract_type="hourly", client=client,
                            fee_percent="5")
    row = payments.record_earning(kind="fixed_price", gross=D("1000"),
                                  occurred_at=at(2025, 3, 3), contract_id=cheap.id)
    assert row.fee == D("50.00") and row.client_id == client.id
    assert row.contract_id == cheap.id and row.source == "contract"
    override = payments.record_earning(kind="fixed_price", gross=D("1000"),
                                       occurred_at=at(2025, 3, 4), contract_id=cheap.id,
                                       fee_percent=D("12.5"))
    assert override.fee == D("125.00")
    legacy = payments.record_earning(kind="fixed_price", gross=D("1000"),
                                     occurred_at=at(2023, 8, 1), contract_id=cheap.id)
    assert legacy.fee == D("50.00")
    unknown = payments.record_earning(kind="bonus", gross=D("80"), occurred_at=at(2025, 3, 5))
    assert unknown.fee == D("8.00")  # 10% assumed without a contract rate


def test_statuses_follow_the_payout_calendar_and_refresh_moves_them_forward(data_dir):
    now = clock.now()
    hourly = payments.record_earning(kind="hourly", gross=D("300"), occurred_at=now,
                                     minutes=600)
    fixed = payments.record_earning(kind="fixed_price", gross=D("500"), occurred_at=now)
    assert hourly.status == "in_review" and fixed.status == "pending"
    assert fixed.available_on == now.date() + timedelta(days=5)
    week_monday = now.date() - timedelta(days=now.weekday())
    review_ends = week_monday + timedelta(days=11)  # the Friday after the week
    assert payments.refresh_statuses(today=review_ends) == 1  # the milestone is available
    assert Transaction.get_by_id(hourly.id).status == "in_review"
    assert payments.refresh_statuses(today=review_ends + timedelta(days=1)) == 1
    assert Transaction.get_by_id(hourly.id).status == "pending"
    assert payments.refresh_statuses(today=hourly.available_on) == 1
    assert Transaction.get_by_id(hourly.id).status == "available"
    assert payments.refresh_statuses(today=hourly.available_on) == 0


def test_record_expense_books_a_negative_net_and_announces_it(data_dir):
    heard = []
    unsubscribe = events.subscribe(lambda area, ids: heard.append((area, ids)))
    try:
        row = payments.record_expense(kind="connects", amount=D("12.00"),
                                      occurred_at=at(2024, 3, 1), description="80 Connects")
    finally:
        unsubscribe()
    assert (row.gross, row.fee, row.net, row.status) == (D("-12.00"), D("0"), D("-12.00"),
                                                         "available")
    assert ("payments", (row.id,)) in heard
    with pytest.raises(PaymentError):
        payments.record_expense(kind="connects", amount=D("0"), occurred_at=at(2024, 3, 1))
    with pytest.raises(PaymentError):
        payments.record_earning(kind="hourly", gross=D("-5"), occurred_at=at(2024, 3, 1))


def test_a_caller_transaction_that_fails_takes_the_earning_with_it(data_dir):
    from desktop.services import db

    with pytest.raises(RuntimeError), db.atomic():
        payments.record_earning(kind="bonus", gross=D("50"), occurred_at=at(2024, 1, 2))
        raise RuntimeError("the contract action failed after booking the payment")
    assert Transaction.select().count() == 0


def test_delete_and_undo_bring_back_the_same_rows(data_dir):
    row = payments.record_earning(kind="bonus", gross=D("50"), occurred_at=at(2024, 1, 2),
                                  description="Thanks!")
    snapshots = payments.delete_transactions([row.id])
    assert Transaction.select().count() == 0
    payments.restore_transactions(snapshots)
    back = Transaction.get_by_id(row.id)
    assert (back.gross, back.fee, back.net, back.description) == (D("50.00"), D("5.00"),
                                                                   D("45.00"), "Thanks!")


def test_the_lines_the_app_words_are_codes_with_the_english_kept_for_export(data_dir):
    """A bonus, a refund, a billed week, a milestone and its remainder, a withdrawal with its
    fee and Connects bought store a LedgerCode with parameters (the user's words apart), and
    the description the export, the CLI and the search read is the English as before."""
    from models.payments import LedgerCode, english_description
    from tests.helpers.ledger_lines import ENGLISH, make_app_lines

    ids = make_app_lines()
    stored = {key: Transaction.get_by_id(tx_id) for key, tx_id in ids.items()}
    assert {key: row.description for key, row in stored.items()} == ENGLISH
    assert {key: (row.description_code, row.description_params)
            for key, row in stored.items()} == {
        "hourly": (LedgerCode.HOURLY_WEEK, {"contract": "Logo Sprint", "minutes": 150,
                                            "week": "2026-11-16"}),
        "milestone": (LedgerCode.MILESTONE, {"contract": "Brand kit", "milestone": "Logo"}),
        "remainder": (LedgerCode.MILESTONE, {"contract": "Brand kit", "remainder_of": "Logo"}),
        "bonus": (LedgerCode.BONUS, {"contract": "Brand kit", "words": "for the logo"}),
        "refund": (LedgerCode.REFUND, {"contract": "Brand kit", "words": "typo fix"}),
        "withdrawal": (LedgerCode.WITHDRAWAL, {"method": "Sparkasse",
                                               "method_kind": "local_bank", "last4": "6789"}),
        "withdrawal_fee": (LedgerCode.WITHDRAWAL_FEE, {"method": "Sparkasse"}),
        "connects": (LedgerCode.CONNECTS, {"count": 10}),
    }
    for row in stored.values():
        assert english_description(row.description_code, row.description_params) \
            == row.description
    # the ledger's rows carry the code for the window to say
    shown = payments.ledger_rows([ids["bonus"]])[ids["bonus"]]
    assert (shown.description_code, shown.description_params["words"]) == ("ledger.bonus",
                                                                          "for the logo")
    # the English search works as before; a word of the line in the user's language finds
    # the rows of its code (the window passes the codes, ui.messages.ledger_codes)
    assert payments.ledger_ids(payments.LedgerFilter(text="Bonus")) == [ids["bonus"]]
    hindi = payments.LedgerFilter(text="बोनस kit", text_codes=(("ledger.bonus",), ()))
    assert payments.ledger_ids(hindi) == [ids["bonus"]]
    # edited, the description is the user's words: no code; saved unchanged, it keeps it
    payments.update_transaction(ids["refund"], description=ENGLISH["refund"], client_id=None)
    assert Transaction.get_by_id(ids["refund"]).description_code == LedgerCode.REFUND
    payments.update_transaction(ids["bonus"], description="Tip for the logo")
    edited = Transaction.get_by_id(ids["bonus"])
    assert (edited.description, edited.description_code, edited.description_params) == (
        "Tip for the logo", None, None)
    # undo of a delete brings the code back
    snapshots = payments.delete_transactions([ids["withdrawal"]])
    payments.restore_transactions(snapshots)
    back = Transaction.get_by_id(ids["withdrawal"])
    assert (back.description_code, back.description_params["last4"]) == (
        LedgerCode.WITHDRAWAL, "6789")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cents=st.integers(min_value=1, max_value=3_000_000),
       day=st.dates(min_value=date(2014, 1, 1), max_value=date(2027, 12, 31)),
       kind=st.sampled_from(["hourly", "fixed_price", "bonus"]),
       client=st.sampled_from(["A", "B", None]))
def test_net_plus_fee_is_gross_for_every_recorded_earning(data_dir, cents, day, kind, client):
    client_id = clients.get_or_create(client).id if client else None
    row = payments.record_earning(kind=kind, gross=D(cents) / 100, client_id=client_id,
                                  occurred_at=datetime(day.year, day.month, day.day, 9,
                                                       tzinfo=UTC))
    stored = Transaction.get_by_id(row.id)
    assert stored.net + stored.fee == stored.gross == D(cents) / 100
    assert D(0) <= stored.fee <= stored.gross * D("0.2") + D("0.01")

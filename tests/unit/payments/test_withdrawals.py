"""Withdrawal methods, their fees and activation hold, and account numbers kept in the keyring."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import keyring
import pytest

from desktop import clock, secrets
from desktop.runtime import close
from desktop.services import payments, withdrawals
from desktop.services.payments import PaymentError
from models.payments import Transaction, WithdrawalMethod

# Their histories (2020–2024) are read against "now": pin it after all of them.
pytestmark = pytest.mark.usefixtures("clock")

D = Decimal
LONG_AGO = datetime(2023, 1, 1, tzinfo=UTC)


def at(y, m, d):
    return datetime(y, m, d, 12, tzinfo=UTC)


def funded(amount="2000"):
    payments.record_earning(kind="fixed_price", gross=D(amount), occurred_at=at(2024, 1, 2))


def test_fees_follow_each_methods_rule(data_dir):
    ach = withdrawals.add_method(name="Chase checking", kind="ach", added_at=LONG_AGO)
    local = withdrawals.add_method(name="Raiffeisen", kind="local_bank", currency="EUR",
                                   added_at=LONG_AGO)
    wire = withdrawals.add_method(name="HSBC wire", kind="wire", added_at=LONG_AGO)
    capped = withdrawals.add_method(name="Card", kind="other", fee_percent=D("2"),
                                    fee_min=D("1"), fee_max=D("10"), added_at=LONG_AGO)
    assert withdrawals.fee_for(ach, D("1000")) == D("0.00")
    assert withdrawals.fee_for(local, D("1000")) == D("0.99")
    assert withdrawals.fee_for(wire, D("1000")) == D("50.00")
    assert withdrawals.fee_for(capped, D("20")) == D("1.00")      # 2% is 0.40: the minimum
    assert withdrawals.fee_for(capped, D("300")) == D("6.00")
    assert withdrawals.fee_for(capped, D("5000")) == D("10.00")   # capped
    assert withdrawals.describe_fee(capped) == "2%, at least $1.00, at most $10.00"
    withdrawals.update_method(wire.id, fee_fixed=D("30"))
    assert withdrawals.fee_for(WithdrawalMethod.get_by_id(wire.id), D("1000")) == D("30.00")


def test_a_withdrawal_books_its_fee_and_local_amount(data_dir):
    funded()
    method = withdrawals.add_method(name="Raiffeisen", kind="local_bank", currency="EUR",
                                    added_at=LONG_AGO)
    row = withdrawals.record_withdrawal(method_id=method.id, amount=D("1000"),
                                        occurred_at=at(2024, 2, 1), local_amount=D("920.50"))
    fee = Transaction.get(Transaction.parent == row.id)
    assert (row.kind, row.status, row.gross, row.net) == ("withdrawal", "withdrawn",
                                                          D("-1000.00"), D("-1000.00"))
    assert (row.local_amount, row.local_currency, row.exchange_rate) == (
        D("920.50"), "EUR", "0.920500")
    assert (fee.kind, fee.fee, fee.net, fee.withdrawal_method_id) == (
        "withdrawal_fee", D("0.99"), D("-0.99"), method.id)
    by_rate = withdrawals.record_withdrawal(method_id=method.id, amount=D("100"),
                                            occurred_at=at(2024, 2, 2),
                                            exchange_rate=D("0.91"), fee=D("0"))
    assert by_rate.local_amount == D("91.00")
    assert Transaction.select().where(Transaction.parent == by_rate.id).count() == 0


def test_a_new_method_waits_out_its_activation_hold(data_dir):
    funded()
    method = withdrawals.add_method(name="PayPal", kind="paypal")
    soon = clock.now() + timedelta(days=1)
    with pytest.raises(PaymentError, match="3-day security hold"):
        withdrawals.record_withdrawal(method_id=method.id, amount=D("10"), occurred_at=soon)
    # History from before the method was added is allowed, and so is the time after the hold.
    withdrawals.record_withdrawal(method_id=method.id, amount=D("10"), occurred_at=at(2024, 3, 1))
    withdrawals.record_withdrawal(method_id=method.id, amount=D("10"),
                                  occurred_at=soon + timedelta(days=3))


def test_a_withdrawal_cannot_exceed_the_available_balance(data_dir):
    funded("100")  # fee 10 (2024, flat 10%): 90 available
    method = withdrawals.add_method(name="Chase", kind="local_bank", added_at=LONG_AGO)
    with pytest.raises(PaymentError, match=r"\$90.99 .* more than the \$90.00 available"):
        withdrawals.record_withdrawal(method_id=method.id, amount=D("90"),
                                      occurred_at=at(2024, 2, 1))
    assert Transaction.select().where(Transaction.kind == "withdrawal").count() == 0
    withdrawals.record_withdrawal(method_id=method.id, amount=D("89.01"),
                                  occurred_at=at(2024, 2, 1))


def test_account_numbers_live_in_the_keyring_not_in_the_database(data_dir, test_keyring):
    number = "DE89370400440532013000"
    method = withdrawals.add_method(
        name="Sparkasse", kind="local_bank", currency="EUR",
        details={"account_number": number, "swift": "COBADEFFXXX", "holder": "Mia Novak"})
    assert method.last4 == "3000" and withdrawals.label(method).endswith("•••• 3000")
    assert secrets.payout_details(method.id) == {
        "account_number": number, "swift": "COBADEFFXXX", "holder": "Mia Novak"}
    stored = keyring.get_password(secrets.SERVICE, secrets._entry(method.id))
    assert number in stored
    # Every value in every table, as SQL text: the last four digits are there, nothing more.
    from models.db import database

    tables = [name for (name,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = "\n".join(repr(row) for table in tables
                     for row in database.execute_sql(f'SELECT * FROM "{table}"'))
    assert "'3000'" in dump and number not in dump and "COBADEFFXXX" not in dump
    close()  # checkpoint the WAL, then the raw bytes (encrypted or not) must not hold it either
    blob = b"".join(p.read_bytes() for p in data_dir.data_dir.glob("freelance-desk.sqlite3*"))
    assert number.encode() not in blob and b"COBADEFFXXX" not in blob


def test_replacing_and_forgetting_details(data_dir):
    method = withdrawals.add_method(name="Payoneer", kind="payoneer",
                                    details={"account_number": "1234 5678 9012"})
    withdrawals.update_method(method.id, details={"account_number": "5555-6666-7777-8888"})
    assert WithdrawalMethod.get_by_id(method.id).last4 == "8888"
    assert secrets.payout_details(method.id)["account_number"] == "5555-6666-7777-8888"
    withdrawals.update_method(method.id, details={})
    assert secrets.payout_details(method.id) == {}
    assert WithdrawalMethod.get_by_id(method.id).last4 is None
    withdrawals.set_active(method.id, False)
    assert withdrawals.methods() == [] and len(withdrawals.methods(include_retired=True)) == 1


def test_payout_details_never_reach_the_log_file(data_dir, tmp_path):
    import logging

    from desktop.logs import setup_logging

    log_file = tmp_path / "freelance-desk.log"
    root = logging.getLogger()
    saved = root.level, list(root.handlers), logging.getLogger("peewee").level
    setup_logging(log_file, level=logging.DEBUG, console=False)
    logging.getLogger("peewee").setLevel(logging.DEBUG)  # every SQL statement, with parameters
    try:
        number, iban = "4417 1234 5678 9113", "GB29NWBK60161331926819"
        funded()
        method = withdrawals.add_method(name="Wise", kind="local_bank", added_at=LONG_AGO,
                                        details={"account_number": number, "iban": iban})
        withdrawals.update_method(method.id, name="Wise EUR",
                                  details={"account_number": number, "iban": iban})
        withdrawals.record_withdrawal(method_id=method.id, amount=D("100"),
                                      occurred_at=at(2024, 2, 1))
    finally:
        for handler in root.handlers:
            handler.flush()
        for handler in [h for h in root.handlers if h not in saved[1]]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(saved[0])
        logging.getLogger("peewee").setLevel(saved[2])
    text = log_file.read_text(encoding="utf-8")
    assert "withdrawal_method" in text and "9113" in text  # the log did see the method (last 4)
    for secret in (number, number.replace(" ", ""), iban, "12345678"):
        assert secret not in text

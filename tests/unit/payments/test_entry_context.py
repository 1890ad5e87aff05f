"""What the earning and withdrawal dialogs work from (payments.entry_context, issue 18): read
once, then asked with no query as the user types and while a workspace's server is away. Its
answers must be the services' own: the tiered fee's lifetime billings before any moment, and
the available balance on any day."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from playhouse.test_utils import count_queries

from desktop.services import contracts, payments, reports, withdrawals
from models.rules import fees

pytestmark = [pytest.mark.usefixtures("clock"), pytest.mark.both_backends]

D = Decimal


def at(y, m, d, hour=12):
    return datetime(y, m, d, hour, tzinfo=UTC)


def test_the_context_answers_as_the_services_do_on_any_moment(data_dir):
    shop = contracts.create(title="Shop", contract_type="fixed", client_name="Acme",
                            amount="4000", now=at(2019, 1, 1))
    api = contracts.create(title="API", contract_type="hourly", rate="40", now=at(2019, 1, 1))
    acme = shop.client_id
    # the tiered years: $500 and $10,000 are crossed; a refund lowers the billings; two
    # payments at one moment; a contract without a client
    payments.record_earning(kind="fixed_price", gross=D("400"), occurred_at=at(2019, 3, 1),
                            contract_id=shop.id)
    payments.record_earning(kind="fixed_price", gross=D("300"), occurred_at=at(2019, 3, 1),
                            contract_id=shop.id)
    payments.record_earning(kind="bonus", gross=D("9800"), occurred_at=at(2019, 5, 2, 9),
                            client_id=acme)
    payments.record_earning(kind="refund", gross=D("-150"), occurred_at=at(2019, 5, 2, 15),
                            client_id=acme)
    payments.record_earning(kind="hourly", gross=D("266.64"), occurred_at=at(2019, 6, 4),
                            contract_id=api.id, minutes=400)
    payments.record_expense(kind="connects", amount=D("15"), occurred_at=at(2019, 6, 5))
    method = withdrawals.add_method(name="Chase", kind="wire", added_at=at(2018, 1, 1))
    withdrawals.record_withdrawal(method_id=method.id, amount=D("1000"),
                                  occurred_at=at(2019, 6, 10))
    context = payments.entry_context()
    moments = [at(2019, 2, 28), at(2019, 3, 1), at(2019, 3, 1, 11), at(2019, 5, 2, 9),
               at(2019, 5, 2, 12), at(2019, 5, 2, 15), at(2019, 6, 4), at(2023, 5, 2, 23)]
    for moment in moments:
        for client_id, contract_id in ((acme, shop.id), (None, api.id), (None, None),
                                       (acme, None)):
            assert context.prior_billings(client_id, moment, contract_id=contract_id) == \
                payments.prior_billings(client_id, moment, contract_id=contract_id), \
                (moment, client_id, contract_id)
    day = at(2019, 2, 1).date()
    while day < at(2019, 8, 1).date():
        assert context.available_on(day) == reports.balances(day).available, day
        day += timedelta(days=1)
    assert context.prior_billings(acme, at(2019, 5, 2, 12)) == D("10500.00")
    assert context.prior_billings(acme, at(2019, 6, 1)) == D("10350.00")
    assert [(c.title, c.client_id, c.rate) for c in context.contracts] == \
        [("API", None, D("40.00")), ("Shop", acme, None)]
    assert [name for name, _ in context.clients] == ["Acme"]
    assert [m.name for m in context.methods] == ["Chase"]


def test_billings_after_the_last_tiered_fee_are_not_read_and_change_no_fee(data_dir):
    """Only a tiered fee reads the billings before a payment (models/rules/fees): those after
    the last day one was in force are left out of the read, and the fee of a payment after
    it comes out as the service works it out all the same."""
    contract = contracts.create(title="Shop", contract_type="fixed", client_name="Acme",
                                amount="4000", now=at(2023, 1, 1))
    for day in (at(2023, 4, 1), at(2024, 2, 1), at(2025, 6, 1)):
        payments.record_earning(kind="fixed_price", gross=D("6000"), occurred_at=day,
                                contract_id=contract.id)
    context = payments.entry_context()
    assert datetime(2023, 5, 3, tzinfo=UTC) == payments.BILLINGS_READ_UNTIL
    assert context.prior_billings(contract.client_id, at(2030, 1, 1)) == D("6000.00")
    for moment in (at(2023, 4, 2), at(2024, 3, 1), at(2026, 1, 1)):
        prior = context.prior_billings(contract.client_id, moment)
        live = payments.prior_billings(contract.client_id, moment)
        mine = fees.service_fee(D("700"), on=moment, prior_billings=prior)
        theirs = fees.service_fee(D("700"), on=moment, prior_billings=live)
        assert (mine.fee, mine.regime) == (theirs.fee, theirs.regime), moment
    assert prior != live  # 2026: the read left the later billings out


def test_asking_the_context_reads_nothing(data_dir):
    payments.record_earning(kind="bonus", gross=D("120"), occurred_at=at(2024, 3, 1))
    context = payments.entry_context()
    with count_queries() as asked:
        context.prior_billings(None, at(2024, 3, 2))
        context.available_on(at(2024, 3, 20).date())
    assert asked.count == 0
    assert context.available_on(at(2024, 3, 20).date()) == D("108.00")

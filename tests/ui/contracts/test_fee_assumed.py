"""An assumed 2025+ fee is shown as an assumption on the contract and corrected in place."""
from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from desktop.services import contracts, payments
from models.contracts import Contract
from tests.ui.contracts.test_contracts_tab import contracts_tab

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def test_the_assumed_fee_is_shown_and_corrected_where_it_shows(clock, main_window):
    deal = contracts.create(title="Dashboard", contract_type="fixed", amount="400",
                            client_name="Lumen", start_at=datetime(2025, 9, 1, tzinfo=UTC),
                            now=datetime(2025, 9, 1, tzinfo=UTC))
    older = contracts.create(title="Old retainer", contract_type="fixed", amount="400",
                             client_name="Lumen", start_at=datetime(2024, 3, 1, tzinfo=UTC),
                             now=datetime(2024, 3, 1, tzinfo=UTC))
    paid = payments.record_earning(kind="bonus", gross=Decimal("200"),
                                   occurred_at=datetime(2025, 10, 1, 12, tzinfo=UTC),
                                   contract_id=deal.id)
    assert paid.fee == Decimal("20.00")
    tab = contracts_tab(main_window, NOW)
    tab.open_contract(older.id)
    detail = tab.detail
    assert detail.fee_assumed_box.isHidden()  # started before 2025: 10% is the rule, no guess
    tab.open_contract(deal.id)
    assert not detail.fee_assumed_box.isHidden()
    assert "10% assumed" in detail.fee_assumed_label.text()
    detail.fee_rate.setValue(12.5)
    detail.findChild(type(detail.buttons["edit"]), "setFeeRate").click()
    assert Contract.get_by_id(deal.id).fee_percent == "12.5"
    paid = paid.__class__.get_by_id(paid.id)
    assert (paid.fee, paid.net) == (Decimal("25.00"), Decimal("175.00"))  # re-priced
    tab.refresh()
    assert detail.fee_assumed_box.isHidden()
    assert "12.5% service fee" in detail.subtitle.text()

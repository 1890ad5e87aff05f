"""Fees booked by the services follow the contract's start, its own billings, its recorded rate;
the periodic sweep isolates a bad contract; an assumed 2025 fee says so and can be corrected."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.services import contracts, payments
from models.contracts import Contract, Interaction, WorkLogCode
from models.payments import Transaction

D = Decimal
ROOT = Path(__file__).resolve().parents[3]


def at(y, m, d, h=12):
    return datetime(y, m, d, h, tzinfo=UTC)


def test_two_600_payments_on_a_contract_without_a_client_pay_110_then_60(data_dir):
    deal = contracts.create(title="Logo", contract_type="fixed", amount="1200",
                            start_at=at(2020, 1, 6), now=at(2020, 1, 6))
    assert deal.client_id is None
    first = payments.record_earning(kind="fixed_price", gross=D("600"), occurred_at=at(2020, 2, 3),
                                    contract_id=deal.id)
    second = payments.record_earning(kind="fixed_price", gross=D("600"),
                                     occurred_at=at(2020, 3, 2), contract_id=deal.id)
    # 20% of $500 + 10% of $100 = $110; then the contract has $600 billed: 10% = $60.
    assert (first.fee, first.net) == (D("110.00"), D("490.00"))
    assert (second.fee, second.net) == (D("60.00"), D("540.00"))


def test_a_legacy_5_percent_contract_pays_5_in_2023_then_10_for_good(data_dir):
    deal = contracts.create(title="Data pipeline", contract_type="fixed", amount="5000",
                            client_name="Big Client", fee_percent="5",
                            start_at=at(2019, 4, 1), now=at(2019, 4, 1))
    fees = [payments.record_earning(kind="bonus", gross=D("1000"), occurred_at=when,
                                    contract_id=deal.id).fee
            for when in (at(2023, 8, 1), at(2024, 2, 1), at(2025, 3, 3), at(2026, 1, 5))]
    assert fees == [D("50.00"), D("100.00"), D("100.00"), D("100.00")]


def test_fee_range_is_0_to_15_percent(data_dir):
    with pytest.raises(contracts.ContractError,
                       match=r"service fee must be 0–15% \(Upwork's per-contract fee range\), "
                             r"got 20%"):
        contracts.create(title="Too dear", contract_type="fixed", amount="100", fee_percent="20")
    ok = contracts.create(title="Fine", contract_type="fixed", amount="100", fee_percent="15")
    assert ok.fee_percent == "15"
    with pytest.raises(contracts.ContractError, match=r"got 15\.5%"):
        contracts.set_fee_percent(ok.id, "15.5")
    assert Contract.get_by_id(ok.id).fee_percent == "15"


def test_one_bad_contract_is_flagged_and_the_sweep_goes_on(data_dir):
    from desktop.services import timer

    start = at(2025, 3, 3)
    good = contracts.create(title="Good site", contract_type="fixed", client_name="Ann",
                            fee_percent="12", start_at=start, now=start)
    bad = contracts.create(title="Old bad record", contract_type="fixed", client_name="Bo",
                           start_at=start, now=start)
    hourly = contracts.create(title="Support", contract_type="hourly", rate="40",
                              client_name="Cy", fee_percent="8", start_at=start, now=start)
    bad_hourly = contracts.create(title="Bad hours", contract_type="hourly", rate="40",
                                  client_name="Di", start_at=start, now=start)
    # Fees saved before the 0–15% check existed.
    Contract.update(fee_percent="20").where(Contract.id.in_([bad.id, bad_hourly.id])).execute()
    for deal in (bad, good):
        ms = contracts.add_milestone(deal.id, description="Phase 1", amount="500", now=start)
        contracts.fund_milestone(ms.id, now=start)
        contracts.submit_milestone(ms.id, now=at(2025, 3, 4))
    for deal in (hourly, bad_hourly):
        timer.add_manual(deal.id, started_at=at(2025, 3, 4, 9), minutes=150, memo="tickets",
                         now=at(2025, 3, 4, 12))
    result = contracts.process_due(now=at(2025, 3, 25))
    # The good milestone is auto-approved (14 days after submission), the good week billed.
    assert len(result.auto_approved) == 1 and len(result.billed) == 1
    approved = Transaction.get(Transaction.contract == good.id)
    assert (approved.gross, approved.fee, approved.net) == (D("500.00"), D("60.00"), D("440.00"))
    week = Transaction.get(Transaction.contract == hourly.id)
    assert (week.gross, week.fee, week.minutes) == (D("100.00"), D("8.00"), 150)
    # The bad ones are rolled back, reported and flagged in their work logs — once each.
    assert [(f.contract_id, f.step) for f in result.failed] == [
        (bad.id, "auto-approval"), (bad_hourly.id, "weekly billing")]
    assert all("20% is outside 0–15%" in f.message for f in result.failed)
    assert Transaction.select().where(Transaction.contract.in_([bad.id, bad_hourly.id])
                                      ).count() == 0
    contracts.process_due(now=at(2025, 3, 26))
    for deal, step in ((bad, "auto-approval"), (bad_hourly, "weekly billing")):
        flags = [i.note_params for i in Interaction.select().where(
            (Interaction.contract == deal.id)
            & (Interaction.note_code == WorkLogCode.SWEEP_STOPPED))]
        assert len(flags) == 1  # the flag is the refusal's code, said in the user's language
        assert flags[0]["step"] == step
        assert flags[0]["problem"]["code"] == "fee.rate_range"
        assert flags[0]["problem"]["params"]["rate"] == "20"
    # Recording a valid fee lets the next sweep do the rest.
    contracts.set_fee_percent(bad.id, "10")
    contracts.set_fee_percent(bad_hourly.id, "10")
    again = contracts.process_due(now=at(2025, 3, 27))
    assert (len(again.auto_approved), len(again.billed), again.failed) == (1, 1, [])
    assert Transaction.get(Transaction.contract == bad_hourly.id).fee == D("10.00")


WEEKLY_2025 = ROOT / "tests" / "fixtures" / "transactions" / "weekly_summary_2025.csv"


def test_a_2025_weekly_summary_says_the_fee_is_assumed_and_the_user_corrects_it(tmp_path,
                                                                                capsys):
    from desktop.__main__ import main

    folder = ["--data-dir", str(tmp_path / "data")]
    assert main([*folder, "import", "transactions", str(WEEKLY_2025), "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["fee_assumed"] == ["Dashboard build (42000111)"]
    assert main([*folder, "import", "transactions", str(WEEKLY_2025)]) == 0  # nothing new
    assert main([*folder, "contracts", "list"]) == 0
    assert "10% service fee assumed (not recorded)" in capsys.readouterr().out
    assert main([*folder, "contracts", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["fee_assumed"], row["fee_percent"]) == (True, None)

    def fees():
        from desktop import runtime

        runtime.open_data_dir(tmp_path / "data")
        try:
            return [(t.gross, t.fee, t.net) for t in Transaction.select().order_by(
                Transaction.occurred_at)]
        finally:
            runtime.close()

    # Week Sep 29 – Oct 5: one invoice of $165 → 10% = $16.50, shared 10.50 + 6.00; bonus $5.
    assert fees() == [(D("105.00"), D("10.50"), D("94.50")), (D("60.00"), D("6.00"), D("54.00")),
                      (D("50.00"), D("5.00"), D("45.00"))]
    # The user records the real fee: 12.5% → invoice fee $20.63 (13.13 + 7.50), bonus $6.25.
    assert main([*folder, "contracts", "set-fee", "Dashboard", "12.5"]) == 0
    assert "service fee 12.5% recorded" in capsys.readouterr().out
    assert fees() == [(D("105.00"), D("13.13"), D("91.87")), (D("60.00"), D("7.50"), D("52.50")),
                      (D("50.00"), D("6.25"), D("43.75"))]
    assert main([*folder, "contracts", "list"]) == 0
    out = capsys.readouterr().out
    assert "12.5% service fee" in out and "assumed" not in out
    assert main([*folder, "contracts", "set-fee", "Dashboard", "18"]) == 1
    assert "service fee must be 0–15%" in capsys.readouterr().err

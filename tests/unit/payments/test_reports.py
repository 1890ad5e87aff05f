"""Balances at a glance, reports, CSV exports and the payments CLI."""
from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.services import clients, payments, reports, reports_export, withdrawals
from desktop.services import statement_import as importer
from desktop.services.payments import LedgerFilter
from desktop.services.reports import Period
from models.contracts import Contract
from models.jobs import Job
from models.proposals import Proposal

# Their histories (2020–2024) are read against "now": pin it after all of them.
# both backends: the reports add up in SQL (SUBSTR of the stored time, CASE, GROUP BY)
pytestmark = [pytest.mark.usefixtures("clock"), pytest.mark.both_backends]

D = Decimal
ROOT = Path(__file__).resolve().parents[3]
MINE = ROOT / "tests" / "fixtures" / "payments" / "statement_2021.csv"
BAD = ROOT / "tests" / "fixtures" / "transactions" / "bad_rows.csv"
JUNE = ROOT / "tests" / "fixtures" / "payments" / "weekly_summary_june.csv"


def at(y, m, d):
    return datetime(y, m, d, 12, tzinfo=UTC)


def test_balances_at_a_glance_and_the_timeline_of_upcoming_money(data_dir):
    acme = clients.get_or_create("Acme")
    # Long available: 1000 gross → 900 net (2024, 10%).
    payments.record_earning(kind="fixed_price", gross=D("1000"), occurred_at=at(2024, 1, 8),
                            client_id=acme.id)
    method = withdrawals.add_method(name="Bank", kind="local_bank",
                                    added_at=datetime(2023, 1, 1, tzinfo=UTC))
    withdrawals.record_withdrawal(method_id=method.id, amount=D("500"),
                                  occurred_at=at(2024, 2, 1))
    # Hourly week Mon 3 – Sun 9 Jun 2024: review to Fri 14 Jun, available Wed 19 Jun.
    payments.record_earning(kind="hourly", gross=D("533.33"), occurred_at=at(2024, 6, 5),
                            client_id=acme.id, minutes=1200)
    # Milestone released Tue 11 Jun: available Sun 16 Jun.
    payments.record_earning(kind="fixed_price", gross=D("200"), occurred_at=at(2024, 6, 11),
                            client_id=acme.id)
    payments.record_expense(kind="connects", amount=D("6"), occurred_at=at(2024, 6, 11))
    today = date(2024, 6, 12)
    payments.refresh_statuses(today=date(2024, 1, 1))  # statuses as of the past: no change
    from models.payments import Transaction

    Transaction.update(status="in_review").where(Transaction.kind == "hourly").execute()
    Transaction.update(status="pending").where(
        Transaction.available_on > today, Transaction.kind == "fixed_price").execute()
    b = reports.balances(today=today)
    assert b.available == D("900") - D("500.99") - D("6")
    assert (b.in_review, b.pending) == (D("480.00"), D("180.00"))
    assert (b.withdrawn_year, b.withdrawal_fees_year) == (D("500.00"), D("0.99"))
    assert [(u.day, u.amount) for u in b.upcoming] == [
        (date(2024, 6, 16), D("180.00")), (date(2024, 6, 19), D("480.00"))]


def test_reports_by_month_client_contract_and_category(data_dir):
    job = Job.create(title="Checkout", category="Web Development")
    lumen = clients.get_or_create("Lumen Labs")
    proposal = Proposal.create(job=job, client=lumen)
    contract = Contract.create(title="Checkout flow", contract_type="hourly", client=lumen,
                               proposal=proposal)
    importer.import_files([MINE], today=date(2021, 3, 1))
    payments.record_earning(kind="hourly", gross=D("400"), occurred_at=at(2021, 3, 3),
                            contract_id=contract.id, minutes=600)
    year = Period.year(2021)
    months = {line.key: line for line in reports.by_month(year)}
    assert len(months) == 12
    jan, feb, mar = months["2021-01"], months["2021-02"], months["2021-03"]
    assert (jan.gross, jan.fees, jan.net) == (D("1000.00"), D("150.00"), D("850.00"))
    assert jan.costs == D("6.00") + D("0.99")  # Connects and the withdrawal fee
    assert (feb.gross, feb.fees) == (D("180.00"), D("18.00"))  # bonus + hourly − refund
    assert (mar.gross, mar.fees, mar.hours) == (D("400.00"), D("40.00"), D("10.00"))
    by_client = reports.by_client(year)
    assert [(c.label, c.gross) for c in by_client] == [("Lumen Labs", D("1580.00"))]
    by_contract = {line.label: line for line in reports.by_contract(year)}
    assert by_contract["Checkout flow"].gross == D("400.00")
    assert by_contract["No contract (Lumen Labs)"].fees == D("168.00")
    categories = {line.label: line.gross for line in reports.by_category(year)}
    assert categories == {"Web Development": D("400.00"), "Uncategorised": D("1180.00")}
    paid = reports.fees_paid(year)
    assert (paid.service_fees, paid.withdrawal_fees, paid.connects) == (
        D("208.00"), D("0.99"), D("6.00"))
    assert paid.service_fee_rate == D("13.16")
    rate = reports.effective_rate(year)
    # 22.5 h billed 900; fees 40 + 10 + 40 = 90; Connects 6.
    assert (rate.hours, rate.billed_rate, rate.net_rate, rate.take_home_rate) == (
        D("22.50"), D("40.00"), D("36.00"), D("35.73"))


def test_ledger_csv_round_trips_and_sums_like_the_ledger(data_dir, tmp_path):
    importer.import_files([MINE], today=date(2021, 3, 1))
    out = tmp_path / "ledger.csv"
    assert reports_export.export_ledger(out, LedgerFilter(start=date(2021, 1, 1))) == 13
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Ref ID"] == "810000001" and rows[0]["Type"] == "Fixed price"
    assert rows[1]["Linked to"] == "810000001" and rows[1]["Fee"] == "110.00"
    assert sum(D(r["Net"]) for r in rows) == payments.totals()[3] == D("205.01")
    withdrawal = next(r for r in rows if r["Type"] == "Withdrawal")
    assert (withdrawal["Local amount"], withdrawal["Local currency"]) == ("660.00", "EUR")
    report = tmp_path / "by_month.csv"
    reports_export.export_report(report, "month", Period.year(2021))
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Month,Gross,Service fees,Net,Costs,Take-home,Hours,Payments"
    assert lines[1].startswith("2021-01,1000.00,150.00,850.00,6.99,843.01,10.00,")
    assert lines[-1].startswith("Total,1180.00,168.00,1012.00,6.99,1005.01,12.50,")


def test_cli_imports_reports_and_refuses_a_bad_file(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "import", "transactions", str(MINE), str(BAD)]) == 2
    err = capsys.readouterr().err
    assert "Nothing was imported: 6 problems: (1) bad_rows.csv, line 3, Date" in err
    assert main(["--data-dir", data, "import", "transactions", str(MINE), "--dry-run",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["new"] == 13
    assert main(["--data-dir", data, "import", "transactions", str(MINE), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 13
    assert main(["--data-dir", data, "import", "transactions", str(MINE)]) == 0
    assert "Imported 0 transaction(s); 13 already in the ledger." in capsys.readouterr().out
    csv_out = tmp_path / "clients.csv"
    assert main(["--data-dir", data, "payments", "report", "--by", "client", "--year", "2021",
                 "--csv", str(csv_out)]) == 0
    assert "Lumen Labs" in capsys.readouterr().out and csv_out.exists()
    assert main(["--data-dir", data, "payments", "balance", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["available"] == "205.01"
    assert main(["--data-dir", data, "payments", "export", str(tmp_path / "l.csv"),
                 "--client", "Nobody"]) == 1
    assert "no client called 'Nobody'" in capsys.readouterr().err


def test_exported_text_never_runs_as_a_spreadsheet_formula(data_dir, tmp_path):
    # A client-written contract title "=HYPERLINK(…)" reaches the description and contract
    # columns of the ledger and the contract report.
    importer.import_files([JUNE], today=date(2024, 7, 10))
    payments.record_expense(kind="misc", amount=D("3"), occurred_at=at(2024, 6, 20),
                            description="@SUM(A1:A9) +1-555-0100 bank call")
    ledger = tmp_path / "ledger.csv"
    reports_export.export_ledger(ledger)
    with ledger.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fixed = next(r for r in rows if r["Type"] == "Fixed price")
    assert fixed["Contract"] == '\'=HYPERLINK("http://evil.example","Invoice")'
    assert fixed["Description"].startswith("'=HYPERLINK(")
    cost = rows[-1]
    assert cost["Description"] == "'@SUM(A1:A9) +1-555-0100 bank call"
    assert (cost["Gross"], cost["Net"]) == ("-3.00", "-3.00")  # numbers stay numbers
    report = tmp_path / "contracts.csv"
    reports_export.export_report(report, "contract", Period.year(2024))
    with report.open(encoding="utf-8-sig", newline="") as handle:
        assert next(r for r in csv.reader(handle) if "HYPERLINK" in r[0])[0].startswith("'=")
    safe = reports_export.spreadsheet_safe
    assert [safe(v) for v in ("-7.20", "+5", "-", "\tx", "\rx", "-1+2", "Total", 12)] == [
        "-7.20", "+5", "'-", "'\tx", "'\rx", "'-1+2", "Total", 12]

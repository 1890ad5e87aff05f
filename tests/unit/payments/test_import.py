"""Importing Upwork statements and Weekly Summaries into the ledger (real files and fixtures)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import fn

from desktop.io.statements import read_statement
from desktop.progress import Cancelled, Progress
from desktop.services import statement_import as importer
from models.clients import Client
from models.contracts import Contract, Interaction
from models.payments import ImportLog, Transaction
from models.rules.money import round_cents

D = Decimal
ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"
MINE = FIXTURES / "payments" / "statement_2021.csv"
LEGACY = FIXTURES / "transactions" / "legacy_quoted.csv"
NEWER = FIXTURES / "transactions" / "newer_bom_drift.csv"
WEEKLY = FIXTURES / "transactions" / "weekly_summary.csv"
BAD = FIXTURES / "transactions" / "bad_rows.csv"
JUNE = FIXTURES / "payments" / "weekly_summary_june.csv"
TODAY = date(2026, 1, 15)


def by_ref(ref: str) -> Transaction:
    return Transaction.get(Transaction.ext_ref == ref)


def ledger_state():
    rows = Transaction.select(Transaction.ext_ref, Transaction.net, Transaction.parent
                              ).order_by(Transaction.id).tuples()
    return list(rows), Client.select().count(), ImportLog.select().count()


def real_files(shared_data):
    files = sorted((shared_data / "transactions").glob("*.csv"))
    assert files
    return files


@pytest.mark.realdata
def test_every_real_file_imports_and_a_second_import_adds_nothing(data_dir, shared_data):
    files = real_files(shared_data)
    first = importer.import_files(files, today=TODAY)
    rows = sum(len(read_statement(f).rows) for f in files if "weekly" not in f.name)
    # The three small gauzy statements repeat the same Ref IDs: kept once.
    assert first.added == Transaction.select().count() == rows - 6 + 252
    assert first.skipped == 6
    before = ledger_state()
    again = importer.import_files(files, today=TODAY)
    assert again.added == 0 and again.skipped == first.added + first.skipped
    assert ledger_state()[0] == before[0]
    plan = importer.plan_import(files)
    assert plan.new == 0 and plan.ok and plan.new_contracts == []
    # The Weekly Summary's eleven contracts now exist, so every row has a contract…
    weekly = Transaction.select().where(Transaction.ext_ref.startswith("ws:"))
    assert Contract.select().count() == 11
    assert weekly.where(Transaction.contract.is_null()).count() == 0
    bootstrap = Contract.get(Contract.ext_id == "34848691")
    assert (bootstrap.title, bootstrap.contract_type, bootstrap.rate, bootstrap.status) == (
        "Bootstrap5 Expert", "hourly", D("3.00"), "ended")
    # …and each hourly week's fee is the rounded fee of that week's invoice.
    weeks: dict = {}
    for row in weekly.where(Transaction.kind == "hourly"):
        gross, fee = weeks.get((row.contract_id, row.week_start_on), (D(0), D(0)))
        weeks[(row.contract_id, row.week_start_on)] = (gross + row.gross, fee + row.fee)
    assert all(fee == round_cents(gross / 10) for gross, fee in weeks.values())


@pytest.mark.realdata
def test_real_pending_hourly_week_gets_its_fee_and_payout_date(data_dir, shared_data):
    files = real_files(shared_data)
    importer.import_files(files, today=date(2020, 3, 16))
    hourly, fee = by_ref("289613147"), by_ref("289613151")
    assert (hourly.kind, hourly.gross, hourly.net, hourly.minutes) == ("hourly", D("36.00"),
                                                                      D("36.00"), 480)
    assert hourly.week_start_on == date(2020, 3, 2)
    # Week Mar 2–8, available Wed Mar 18: pending when the statement was made.
    assert hourly.available_on == date(2020, 3, 18) and hourly.status == "pending"
    assert fee.parent_id == hourly.id and fee.kind == "service_fee"
    assert (fee.gross, fee.fee, fee.net) == (D("0"), D("7.20"), D("-7.20"))
    assert (fee.available_on, fee.status, fee.client_id) == (
        hourly.available_on, "pending", hourly.client_id)
    assert Client.get_by_id(hourly.client_id).name == "Ever Co. LTD"
    withdrawal = by_ref("287340951")
    assert (withdrawal.status, withdrawal.net, withdrawal.local_amount,
            withdrawal.local_currency, withdrawal.exchange_rate) == (
        "withdrawn", D("-1000.00"), D("2000.00"), "BGN", "2.000000")
    connects = by_ref("284571313")
    assert connects.kind == "connects" and connects.net == D("-1.50")


@pytest.mark.both_backends  # the rows and links are written with prepared statements
def test_fees_refunds_and_fee_refunds_are_linked_to_their_payments(data_dir):
    result = importer.import_files([MINE], today=TODAY)
    assert result.added == 13 and result.files[0].fees_linked == 5
    milestone = by_ref("810000001")
    for ref in ("810000002", "810000008"):
        assert by_ref(ref).parent_id == milestone.id
    assert by_ref("810000009").parent_id == by_ref("810000008").id  # fee back on the refund
    fee_back = by_ref("810000009")
    assert (fee_back.gross, fee_back.fee, fee_back.net) == (D("0"), D("-2.00"), D("2.00"))
    # Every imported row obeys net + fee = gross.
    assert Transaction.select().where(
        Transaction.net + Transaction.fee != Transaction.gross).count() == 0


def test_the_sum_of_imported_amounts_equals_the_statements_balance_change(data_dir):
    for path in (MINE, LEGACY, NEWER):
        plan = importer.plan_import([path]).files[0]
        assert plan.balance_adds_up is True
    importer.import_files([MINE], today=TODAY)
    settled = (Transaction.select(fn.SUM(Transaction.net))
               .where(Transaction.balance.is_null(False)).scalar())
    plan = importer.plan_file(MINE)
    assert D(settled) / 100 == plan.closing_balance - plan.opening_balance == D("115.01")
    pending = by_ref("810000012")
    # Week Feb 8–14, 2021: available Wed Feb 24; no balance yet on the statement.
    assert pending.available_on == date(2021, 2, 24) and pending.balance is None


def test_a_bad_file_in_the_batch_changes_nothing(data_dir):
    importer.import_files([LEGACY], today=TODAY)
    before = ledger_state()
    plan = importer.plan_import([MINE, BAD])
    assert not plan.ok
    assert [(e.line, e.field) for e in plan.errors] == [
        (3, "Date"), (4, "Amount"), (5, "Ref ID"), (6, "Ref ID"), (7, "Ref ID"), (8, None)]
    with pytest.raises(importer.ImportRejectedError) as failure:
        importer.import_files([MINE, BAD], today=TODAY)
    # one message: where and what, the first five of the six problems, and how many more
    message = str(failure.value)
    assert message.startswith("Nothing was imported: 6 problems: (1) bad_rows.csv, line 3, Date: ")
    assert "(2) bad_rows.csv, line 4, Amount: not an amount of money: '12.3.4'; (3)" in message
    assert message.endswith("; and 1 more") and "(6)" not in message and "\n" not in message
    assert ledger_state() == before


def test_several_problems_are_refused_in_one_line_by_the_command(tmp_path, capsys):
    from desktop import runtime
    from desktop.__main__ import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", "transactions", str(LEGACY)]) == 0
    capsys.readouterr()
    code = main(["--data-dir", str(data), "import", "transactions", str(MINE), str(BAD)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith("freelance-desk: Nothing was imported: 6 problems: (1) bad_rows.csv, "
                          "line 3, Date: ") and err.rstrip().endswith("; and 1 more")
    runtime.open_data_dir(data)
    try:  # nothing of MINE went in
        assert Transaction.select().count() == len(read_statement(LEGACY).rows)
    finally:
        runtime.close()


def test_a_file_that_is_not_a_statement_is_refused_with_its_name(data_dir, tmp_path):
    odd = tmp_path / "notes.csv"
    odd.write_text("Name,Score\nAna,3\n", encoding="utf-8")
    plan = importer.plan_import([odd])
    assert not plan.ok and "neither an Upwork transaction statement" in plan.errors[0].message
    assert plan.errors[0].file == str(odd)


def test_cancel_rolls_the_whole_import_back(data_dir):
    progress = Progress()
    seen = []
    published = []

    def on_update(done, total, text):
        seen.append(done)
        if done >= 20 and not progress.cancelled:
            published.append(Transaction.select().count())  # the first file is in by now
            progress.cancel()

    progress._on_update = on_update
    with pytest.raises(Cancelled):
        importer.import_files([MINE, NEWER], progress=progress, today=TODAY)
    assert published[0] > 0  # rows were published in short transactions, and taken back:
    assert ledger_state() == ([], 0, 0)  # no row, no client, no import log (nor its marker)
    assert len(seen) == len(set(seen)) and seen[-1] >= 20


def test_the_window_hears_of_an_import_once_it_is_all_in(data_dir):
    from desktop import events

    heard = []
    stop = events.subscribe(lambda area, ids: heard.append((area, Transaction.select().count())))
    try:
        result = importer.import_files([MINE, JUNE], today=TODAY)
    finally:
        stop()
    assert len(result.contracts_added) == 2  # contracts and clients were added on the way
    total = Transaction.select().count()
    assert {"clients", "contracts", "payments"} <= {area for area, _ in heard}
    assert all(count == total for _, count in heard), heard  # none while half of it was in


def test_rows_link_to_a_contract_the_statement_names(data_dir):
    contract = Contract.create(title="Landing page redesign", contract_type="fixed",
                               ext_id="38123456")
    importer.import_files([NEWER], today=TODAY)
    milestone = by_ref("700000003")
    assert milestone.contract_id == contract.id
    assert by_ref("700000004").contract_id == contract.id  # its fee follows
    assert Client.get_by_id(milestone.client_id).name == "Harbor Analytics"
    gst = by_ref("700000007")
    assert gst.kind == "misc" and gst.parent_id == by_ref("700000004").id
    pending = by_ref("700000010")
    assert (pending.status, pending.available_on) == ("available", date(2024, 4, 3))


def test_weekly_summary_rows_get_fees_and_import_once(data_dir):
    result = importer.import_files([WEEKLY], today=TODAY)
    assert result.added == 5
    rows = list(Transaction.select().order_by(Transaction.occurred_at, Transaction.id))
    assert [r.kind for r in rows] == ["hourly", "hourly", "bonus", "fixed_price", "hourly"]
    assert [(r.gross, r.fee, r.net) for r in rows[:1]] == [(D("27.50"), D("2.75"), D("24.75"))]
    assert rows[0].minutes == 110 and rows[0].week_start_on == date(2024, 5, 6)
    assert rows[3].description == "Logo refresh (Phase 2) (40999888)"
    assert importer.import_files([WEEKLY], today=TODAY).added == 0


def test_the_import_is_logged_per_file(data_dir):
    importer.import_files([MINE, WEEKLY], today=TODAY)
    logs = list(ImportLog.select().order_by(ImportLog.id))
    assert [(log.kind, log.file_name, log.added) for log in logs] == [
        ("transactions", "statement_2021.csv", 13), ("weekly_summary", "weekly_summary.csv", 5)]
    assert "balance 0.00 → 115.01" in logs[0].summary and len(logs[0].sha256) == 64


def test_contracts_a_weekly_summary_names_are_added_and_its_rows_linked(data_dir):
    # Imported before the contracts existed: rows without a contract…
    first = importer.import_files([JUNE], today=date(2024, 7, 10), create_contracts=False)
    assert first.added == 6 and Contract.select().count() == 0
    plan = importer.plan_import([JUNE])
    assert [(c.ext_id, c.contract_type, c.rate, c.fixed_total) for c in plan.new_contracts] == [
        ("41000001", "hourly", D("4.50"), D(0)), ("41000002", "fixed", None, D("25"))]
    # …a second import adds nothing but the contracts, and links the earlier rows to them.
    again = importer.import_files([JUNE], today=date(2024, 7, 10))
    assert again.added == 0 and again.earlier_rows_linked == 6
    emails = Contract.get(Contract.ext_id == "41000001")
    assert (emails.title, emails.status, emails.rate) == ("Email templates", "ended", D("4.50"))
    assert emails.end_at.date() == date(2024, 6, 7)  # its last payment, 33 days before
    # its work log says where it came from and why it ended as codes (not "added by hand")
    log = {i.note_code: i.note_params for i in Interaction.select()
           .where(Interaction.contract == emails.id)}
    assert log == {"contract.added_by_import": {"file": JUNE.name, "first_day": "2024-06-03",
                                                "last_day": "2024-06-07"},
                   "contract.ended": {"end_reason": "no_payments"}}
    fixed = Contract.get(Contract.ext_id == "41000002")
    assert (fixed.contract_type, fixed.amount, fixed.status) == ("fixed", D("25.00"), "active")
    assert Transaction.select().where(Transaction.contract.is_null()).count() == 0
    assert importer.plan_import([JUNE]).new_contracts == []


def test_a_weekly_summary_week_pays_the_fee_of_one_weekly_invoice(data_dir):
    importer.import_files([JUNE], today=date(2024, 7, 10))
    days = list(Transaction.select().where(Transaction.kind == "hourly")
                .order_by(Transaction.occurred_at))
    # Five days of $0.75: 10% rounded per day would be 5 x 0.08 = 0.40; Upwork rounds the
    # week's $3.75 invoice once: 0.38.
    assert sum(r.fee for r in days) == D("0.38")
    assert all(r.gross == r.fee + r.net and r.fee >= 0 for r in days)
    assert {r.week_start_on for r in days} == {date(2024, 6, 3)}


# --- both statement layouts read alike -------------------------------------------------------

LEGACY_2025 = FIXTURES / "transactions" / "legacy_2025.csv"
NEWER_2025 = FIXTURES / "transactions" / "newer_2025.csv"


def _ledger_after_import(folder: Path, files: list[Path], today: date) -> dict[str, tuple]:
    """Import into a fresh data dir of its own and return every row's booked values."""
    from desktop import runtime
    from desktop.services import reports

    runtime.open_data_dir(folder)
    try:
        importer.import_files(files, today=today)
        rows = {}
        for tx in Transaction.select().order_by(Transaction.id):
            rows[tx.ext_ref] = (
                tx.kind, tx.status, tx.occurred_at.date(), tx.available_on, tx.gross, tx.fee,
                tx.net, tx.local_amount, tx.local_currency, tx.exchange_rate,
                tx.client.name if tx.client_id else None, tx.week_start_on, tx.minutes,
                tx.balance, tx.parent.ext_ref if tx.parent_id else None)
        fees = reports.fees_paid(reports.Period())
        rows["fees report"] = (fees.service_fees, fees.withdrawal_fees, fees.connects,
                               fees.membership, fees.gross, fees.service_fee_rate)
        return rows
    finally:
        runtime.close()


def test_the_newer_layout_books_exactly_what_the_legacy_layout_books(tmp_path):
    today = date(2025, 10, 8)  # a Wednesday: the week of Sep 29 – Oct 5 is still pending
    legacy = _ledger_after_import(tmp_path / "legacy", [LEGACY_2025], today)
    newer = _ledger_after_import(tmp_path / "newer", [NEWER_2025], today)
    assert newer == legacy
    lumen = "Lumen Labs"
    # Hand-checked: (kind, status, day, available, gross, fee, net, local, currency, rate,
    # client, week, minutes, balance, parent)
    assert newer["900000007"] == (
        "hourly", "pending", date(2025, 10, 6), date(2025, 10, 15), D("420.00"), D("0"),
        D("420.00"), None, None, None, lumen, date(2025, 9, 29), 840, None, None)
    assert newer["900000008"] == (
        "service_fee", "pending", date(2025, 10, 6), date(2025, 10, 15), D("0"), D("42.00"),
        D("-42.00"), None, None, None, lumen, None, None, None, "900000007")
    assert newer["900000005"][:7] == ("bonus", "pending", date(2025, 10, 6), date(2025, 10, 11),
                                      D("50.00"), D("0"), D("50.00"))
    # Type "Service Fee" with Summary "Withdrawal Fee" is the withdrawal's fee.
    assert newer["900000010"][:7] == ("withdrawal_fee", "withdrawn", date(2025, 9, 22),
                                      date(2025, 9, 22), D("0"), D("0.99"), D("-0.99"))
    assert newer["900000009"][:10] == (
        "withdrawal", "withdrawn", date(2025, 9, 22), date(2025, 9, 22), D("-400.00"), D("0"),
        D("-400.00"), D("34800.00"), "INR", "87.000000")
    assert newer["900000004"][4:7] + newer["900000004"][14:] == (
        D("0"), D("-10.00"), D("10.00"), "900000003")
    assert newer["900000012"][0] == "connects" and newer["900000011"][0] == "membership_fee"
    # Fees report: service 60 − 10 + 5 + 42 = 97 on gross 600 − 100 + 50 + 420 = 970 → 10.00%.
    assert newer["fees report"] == (D("97.00"), D("0.99"), D("3.00"), D("19.99"), D("970.00"),
                                    D("10.00"))
    # A week later the pending week is available in both.
    later = _ledger_after_import(tmp_path / "later", [NEWER_2025], date(2025, 10, 15))
    assert later["900000007"][1] == later["900000008"][1] == "available"
    assert later["900000005"][1] == "available"


def _as_newer_layout(legacy: Path, out: Path) -> Path:
    """Rewrite a legacy statement the way Upwork's newer export lays the same rows out."""
    import csv
    import re

    with legacy.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    header = ["Date", "Transaction ID", "Transaction Type", "Transaction Summary",
              "Transaction Summary Details", "Description 1", "Description 2", "Description 3",
              "Agency", "Freelancer", "Team", "Account Name", "PO", "Ref ID", "Amount $",
              "Amount in local currency", "Currency", "Current Balance $", "Payment Method"]
    with out.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            kind, text, ref, detail = row["Type"], row["Description"], "", ""
            if match := re.fullmatch(r"(.*?) - Ref ID (\d+)", text):
                text, ref = match[1], match[2]
            if kind == "Hourly":
                text, detail = text.split(" - ", 1)
            if kind == "Withdrawal Fee":
                kind, text, detail = "Service Fee", "Withdrawal Fee", text.split(" - ", 1)[1]
            writer.writerow([row["Date"], row["Ref ID"], kind, text, "", detail, "", "",
                             row["Agency"], row["Freelancer"], row["Team"], row["Account Name"],
                             row["PO"], ref, row["Amount"], row["Amount in local currency"],
                             row["Currency"], row["Balance"], ""])
    return out


@pytest.mark.realdata
def test_real_statements_read_alike_in_both_layouts(tmp_path, shared_data):
    files = [f for f in real_files(shared_data) if "weekly" not in f.name]
    rewritten = [_as_newer_layout(f, tmp_path / f"newer-{f.name}") for f in files]
    legacy = _ledger_after_import(tmp_path / "legacy", files, date(2020, 3, 16))
    newer = _ledger_after_import(tmp_path / "newer", rewritten, date(2020, 3, 16))
    assert newer == legacy
    assert newer["289613147"][:2] + newer["289613147"][11:13] == (
        "hourly", "pending", date(2020, 3, 2), 480)
    assert newer["287340952"][:7] == ("withdrawal_fee", "withdrawn", date(2020, 2, 26),
                                      date(2020, 2, 26), D("0"), D("0.99"), D("-0.99"))

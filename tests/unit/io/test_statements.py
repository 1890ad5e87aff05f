"""Upwork statement and Weekly Summary parsing, on real exports and on hand-made fixtures."""
from __future__ import annotations

import itertools
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.errors import Code
from desktop.io.statements import (
    LEGACY,
    NEWER,
    BalanceBreak,
    RowError,
    StatementFormatError,
    parse_amount,
    parse_date,
    read_statement,
)
from desktop.io.weekly_summary import read_upwork_export, read_weekly_summary
from models.rules.money import MoneyError

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "transactions"
REAL = ROOT.parent / "shared" / "data" / "transactions"
D = Decimal


def real(name: str) -> Path:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"real data not present: {path}")
    return path


def by_ref(parse):
    return {row.ext_ref: row for row in parse.rows}


# --- real Upwork exports (../shared/data/transactions) --------------------------------------

REAL_STATEMENTS = {
    "gauzy_upwork_statement_Alish.csv": 13,
    "gauzy_upwork_statement_Roger.csv": 4,
    "gauzy_statement_20200214_20200313_all.csv": 4,
    "gauzy_statement_20200216_20200315_all.csv": 4,
}


@pytest.mark.realdata
@pytest.mark.parametrize(("name", "count"), REAL_STATEMENTS.items())
def test_every_real_statement_reads_cleanly(name, count):
    parse = read_statement(real(name))
    assert parse.ok and parse.format == LEGACY and len(parse.rows) == count
    # Every service fee names the payment it was taken from.
    fees = [row for row in parse.rows if row.kind == "service_fee"]
    assert fees and all(row.related_ref for row in fees)
    dates = [row.date for row in parse.rows]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.realdata
@pytest.mark.parametrize("name", [n for n in REAL_STATEMENTS if "Alish" not in n])
def test_real_pending_hourly_week_and_its_fee(name):
    parse = read_statement(real(name))
    rows = by_ref(parse)
    fee, hourly = rows["289613151"], rows["289613147"]
    assert (fee.kind, fee.amount, fee.related_ref, fee.date) == (
        "service_fee", D("-7.20"), "289613147", date(2020, 3, 18))
    assert (hourly.kind, hourly.amount, hourly.minutes, hourly.rate) == (
        "hourly", D("36.00"), 480, D("4.50"))
    assert (hourly.period_start, hourly.period_end) == (date(2020, 3, 2), date(2020, 3, 8))
    assert hourly.client == "Ever Co. LTD"
    # Both March 18 rows are still pending (no balance); the rest of the chain holds.
    assert fee.balance is None and hourly.balance is None
    assert parse.balance_breaks == [] and parse.warnings == []
    assert [row.balance for row in parse.rows[2:]] == [D("0.01"), D("-14.98")]


@pytest.mark.realdata
def test_real_alish_statement_values_and_its_broken_balance_chain():
    parse = read_statement(real("gauzy_upwork_statement_Alish.csv"))
    rows = by_ref(parse)
    assert Counter(row.kind for row in parse.rows) == {
        "payment": 2, "membership_fee": 1, "withdrawal_fee": 2, "withdrawal": 1,
        "service_fee": 2, "hourly": 2, "bonus": 1, "connects": 2}
    withdrawal = rows["287340951"]
    assert (withdrawal.amount, withdrawal.local_amount, withdrawal.local_currency) == (
        D("-1000.00"), D("2000.00"), "BGN")
    assert rows["285592050"].related_ref == "285592045"
    assert rows["285580280"].related_ref == "285580277"
    first, second = rows["285592045"], rows["285580277"]
    assert (first.minutes, first.rate, first.amount) == (600, D("30.00"), D("300.00"))
    assert (second.minutes, second.rate, second.amount) == (930, D("35.00"), D("542.50"))
    assert (second.client, second.agency, second.freelancer) == (
        "Yoyoyo Tech", "Ever Technologies", "Alish Meklyov")
    assert rows["284571313"].kind == "connects"  # "Fees for additional Connects (10)"
    assert parse.rows[-1].line == 14 and parse.rows[-1].date == date(2020, 2, 5)
    # The anonymised sample has edited balances between Feb 21 and Feb 26: each break is
    # reported with its line numbers, the rest of the chain checks out.
    assert [(b.line, b.older_line) for b in parse.balance_breaks] == [
        (5, 6), (6, 7), (7, 8), (8, 9), (9, 10), (10, 11)]
    assert parse.balance_breaks[0] == BalanceBreak(5, 6, D("-56.00"), D("0.99"))
    assert [w.line for w in parse.warnings] == [5, 6, 7, 8, 9, 10]


@pytest.mark.realdata
def test_real_weekly_summary_export():
    parse = read_weekly_summary(real("naodalemu_weekly_summary_export.csv"))
    assert parse.ok and parse.warnings == [] and len(parse.rows) == 252
    assert parse.total == D("5189.58")
    assert sum(row.minutes or 0 for row in parse.rows) == 36070
    assert Counter(row.kind for row in parse.rows) == {"hourly": 243, "bonus": 7, "fixed_price": 2}
    first, third = parse.rows[0], parse.rows[2]
    assert (first.date, first.contract_title, first.contract_ext_id, first.minutes,
            first.amount) == (date(2023, 9, 16), "Bootstrap5 Expert", "34848691", 330, D("16.50"))
    assert (third.minutes, third.amount, third.rate) == (20, D("1.00"), D("3.00"))  # 0.33333 h
    fixed = next(row for row in parse.rows if row.kind == "fixed_price")
    assert (fixed.minutes, fixed.amount, fixed.contract_ext_id) == (None, D("15.00"), "35559654")
    assert fixed.contract_title.startswith("Looking for a developer to help")
    assert len({row.contract_ext_id for row in parse.rows}) == 11


# --- hand-made fixtures --------------------------------------------------------------------

def test_newer_format_with_bom_and_drifted_headers():
    parse = read_statement(FIXTURES / "newer_bom_drift.csv")
    assert parse.format == NEWER and parse.ok and parse.warnings == []
    assert parse.header[0] == "Date"  # the BOM is not part of the first header
    assert [row.ext_ref for row in parse.rows] == [
        f"7000000{n:02d}" for n in (10, 11, 9, 8, 7, 6, 5, 4, 3, 2, 1)]
    rows = by_ref(parse)
    hourly = rows["700000010"]
    assert (hourly.amount, hourly.minutes, hourly.rate, hourly.balance) == (
        D("266.64"), 720, D("22.22"), None)
    assert rows["700000011"].amount == D("-26.66")
    assert rows["700000011"].related_ref == "700000010"
    # The bonus fee is linked through the Ref ID column; the bonus's own Ref ID is itself.
    assert rows["700000006"].related_ref == "700000005"
    assert rows["700000005"].related_ref is None
    assert rows["700000005"].details == "Thanks for the quick turnaround"
    fixed = rows["700000003"]
    assert (fixed.kind, fixed.amount, fixed.contract_title, fixed.contract_ext_id) == (
        "fixed_price", D("1250.00"), "Landing page redesign", "38123456")
    withdrawal = rows["700000008"]
    assert (withdrawal.amount, withdrawal.local_amount, withdrawal.local_currency,
            withdrawal.payment_method) == (D("-1000.00"), D("920.50"), "EUR",
                                           "Direct to Local Bank")
    assert {ref: rows[ref].kind for ref in ("700000007", "700000002", "700000001")} == {
        "700000007": "misc", "700000002": "membership_fee", "700000001": "connects"}
    assert rows["700000009"].balance == D("235.78")
    # Sum of settled amounts = change of the running balance (88.01 after the oldest row).
    settled = [row for row in parse.rows if row.balance is not None]
    assert sum(row.amount for row in settled[:-1]) == settled[0].balance - settled[-1].balance


def test_legacy_format_with_quoted_long_dates():
    parse = read_statement(FIXTURES / "legacy_quoted.csv")
    assert parse.format == LEGACY and parse.ok and parse.warnings == []
    assert [row.date for row in parse.rows[:3]] == [
        date(2020, 3, 18), date(2020, 3, 18), date(2020, 3, 16)]
    rows = by_ref(parse)
    assert rows["300000003"].kind == "refund" and rows["300000003"].related_ref == "300000001"
    assert rows["300000006"].kind == "misc"
    hourly = rows["300000004"]
    assert (hourly.minutes, hourly.rate, hourly.period_end) == (330, D("20.00"), date(2020, 3, 8))
    assert (rows["300000007"].local_amount, rows["300000007"].local_currency) == (
        D("17250.00"), "INR")
    assert parse.total == D("-0.99") == parse.rows[0].balance  # started from a zero balance


def test_a_missing_row_breaks_the_balance_chain_once():
    parse = read_statement(FIXTURES / "broken_balance.csv")
    assert parse.ok and len(parse.rows) == 4  # a break warns; it does not reject the file
    assert parse.balance_breaks == [BalanceBreak(3, 4, D("108.00"), D("168.00"))]
    [warning] = parse.warnings
    assert warning.line == 3 and warning.code is Code.STATEMENT_BALANCE_BREAK
    assert warning.params == {"found": D("168.00"), "older_line": 4, "expected": D("108.00")}
    assert "expected $108.00" in str(warning)  # the CLI's English


def test_bad_rows_are_reported_by_file_line_and_field():
    path = FIXTURES / "bad_rows.csv"
    parse = read_statement(path)
    assert not parse.ok
    assert [(e.line, e.field) for e in parse.errors] == [
        (3, "Date"), (4, "Amount"), (5, "Ref ID"), (6, "Ref ID"), (7, "Ref ID"), (8, None)]
    assert all(e.file == str(path) for e in parse.errors)
    assert [e.code for e in parse.errors] == [
        Code.STATEMENT_BAD_DATE, Code.NOT_AN_AMOUNT, Code.STATEMENT_REF_EMPTY,
        Code.STATEMENT_REF_TWICE, Code.STATEMENT_REF_SCIENTIFIC, Code.STATEMENT_FIELD_COUNT]
    messages = [e.message for e in parse.errors]
    assert "31-Feb-20" in messages[0] and "12.3.4" in messages[1]
    assert "first on line 2" in messages[3] and "scientific notation" in messages[4]
    assert "12 fields" in messages[5]
    assert str(parse.errors[1]) == f"{path}, line 4, Amount: not an amount of money: '12.3.4'"
    # Readable rows are still there for the preview; an unknown type is a warning, not a loss.
    assert [row.line for row in parse.rows] == [2, 9]
    assert parse.rows[1].kind == "misc"
    assert [(w.line, "Crypto Reward" in w.message) for w in parse.warnings] == [(9, True)]


def test_weekly_summary_fixture():
    parse = read_weekly_summary(FIXTURES / "weekly_summary.csv")
    assert parse.ok and parse.warnings == []
    assert [(r.kind, r.minutes, r.amount) for r in parse.rows] == [
        ("hourly", 110, D("27.50")), ("hourly", 10, D("2.50")), ("bonus", None, D("20.00")),
        ("fixed_price", None, D("150.00")), ("hourly", 480, D("120.00"))]
    logo = parse.rows[3]
    assert (logo.contract_title, logo.contract_ext_id) == ("Logo refresh (Phase 2)", "40999888")
    assert {row.rate for row in parse.rows if row.minutes} == {D("15.00")}


# --- formats, ordering and errors ------------------------------------------------------------

def test_oldest_first_file_is_read_newest_first(tmp_path):
    lines = (FIXTURES / "legacy_quoted.csv").read_text().splitlines()
    flipped = tmp_path / "sorted_by_excel.csv"
    flipped.write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n")
    parse = read_statement(flipped)
    assert [row.ext_ref for row in parse.rows] == [
        row.ext_ref for row in read_statement(FIXTURES / "legacy_quoted.csv").rows]
    assert parse.balance_breaks == []
    assert ["oldest first" in w.message for w in parse.warnings] == [True]


def test_header_drift_and_semicolons(tmp_path):
    path = tmp_path / "resaved.csv"
    path.write_text(
        "DATE;Ref. ID;Type;Description;Agency;Freelancer;Team;Account name;PO;Amount ($);"
        "Amount in Local Currency;Currency;Running Balance;Notes\n"
        "2020-03-18;42;Hourly;Invoice for 03/09/2020-03/15/2020 - 1.5 hrs @ $40/hr;;;;;;60;;;60;"
        "x\n",
        encoding="utf-8")
    parse = read_statement(path)
    [row] = parse.rows
    assert (row.ext_ref, row.amount, row.balance, row.minutes) == ("42", D("60.00"), D("60.00"), 90)
    assert [w.message for w in parse.warnings] == ["ignored column 'Notes'"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mar 18, 2020", date(2020, 3, 18)),
    ("March 8 2020", date(2020, 3, 8)),
    ("18-Mar-20", date(2020, 3, 18)),
    ("9-Feb-2020", date(2020, 2, 9)),
    ("2020-03-18", date(2020, 3, 18)),
    ("2020-03-18T23:30:00-05:00", date(2020, 3, 19)),  # converted to the UTC date
    ("03/18/2020", date(2020, 3, 18)),
])
def test_date_styles(text, expected):
    assert parse_date(text) == expected


def test_slash_dates_are_day_first_when_the_file_says_so(tmp_path):
    path = tmp_path / "uk.csv"
    path.write_text("Date,Ref ID,Type,Description,Amount,Balance\n"
                    "18/03/2020,2,Bonus,Bonus,5,10\n04/03/2020,1,Bonus,Bonus,5,5\n")
    assert [row.date for row in read_statement(path).rows] == [date(2020, 3, 18), date(2020, 3, 4)]


@pytest.mark.parametrize(("text", "expected"), [
    ("-7.2", D("-7.20")), ("$1,234.50", D("1234.50")), ("-$0.99", D("-0.99")),
    ("(12.00)", D("-12.00")), ("36", D("36.00")),
])
def test_amounts(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["12 abc", "1.2.3", "", "$15K", "1.005"])
def test_amounts_that_are_not_money(text):
    with pytest.raises(MoneyError):
        parse_amount(text)


def test_a_file_that_is_not_a_statement_says_what_it_found(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Email\nAna,ana@example.com\n")
    with pytest.raises(StatementFormatError) as caught:
        read_statement(path)
    message = str(caught.value)
    assert str(path) in message and "['Name', 'Email']" in message and "Ref ID" in message
    assert caught.value.found == ["Name", "Email"]


@pytest.mark.parametrize(("content", "phrase"), [
    (b"", "empty"), (b"PK\x03\x04rest-of-zip", ".xlsx")])
def test_empty_and_workbook_files(tmp_path, content, phrase):
    path = tmp_path / "statement.csv"
    path.write_bytes(content)
    with pytest.raises(StatementFormatError, match=phrase):
        read_statement(path)


def test_read_upwork_export_picks_the_reader_by_header(tmp_path):
    statement = read_upwork_export(FIXTURES / "legacy_quoted.csv")
    summary = read_upwork_export(FIXTURES / "weekly_summary.csv")
    assert len(statement.rows) == 8 and len(summary.rows) == 5
    with pytest.raises(StatementFormatError, match="Weekly Summary"):
        read_weekly_summary(FIXTURES / "legacy_quoted.csv")
    other = tmp_path / "other.csv"
    other.write_text("When,What\n")
    with pytest.raises(StatementFormatError, match="neither"):
        read_upwork_export(other)


def test_weekly_summary_row_errors(tmp_path):
    path = tmp_path / "summary.csv"
    path.write_text('"Date","Contract","Hours","Amount","Payment type"\n'
                    '"2024-05-06","A (12345678)","","10",""\n'
                    '"2024-05-07","A (12345678)","two","10",""\n'
                    '"2024-05-08","A (12345678)","1.01","10",""\n')
    parse = read_weekly_summary(path)
    assert parse.errors == [
        RowError(str(path), 2, "Hours", Code.STATEMENT_HOURS_MISSING),
        RowError(str(path), 3, "Hours", Code.STATEMENT_HOURS_NOT_NUMBER, {"value": "'two'"})]
    assert parse.errors[1].message == "not a number of hours: 'two'"
    # 1.01 h is 60.6 minutes: kept (rounded to 61) but the user is told.
    assert [row.minutes for row in parse.rows] == [61]
    assert [w.line for w in parse.warnings] == [4]


# --- property: a consistent statement never reports a break ---------------------------------

cents = st.integers(min_value=-500_000, max_value=500_000).map(lambda c: D(c) / 100)


@settings(max_examples=40, deadline=None)
@given(opening=cents, amounts=st.lists(cents, min_size=1, max_size=30))
def test_balance_change_equals_sum_of_amounts(tmp_path_factory, opening, amounts):
    balances = list(itertools.accumulate(amounts, initial=opening))[1:]
    lines = ["Date,Ref ID,Type,Description,Amount,Balance"]
    for ref, (amount, balance) in reversed(list(enumerate(zip(amounts, balances, strict=True)))):
        lines.append(f"\"Mar 18, 2020\",{ref + 1},Miscellaneous,Adjustment,{amount},{balance}")
    path = tmp_path_factory.mktemp("chain") / "statement.csv"
    path.write_text("\n".join(lines) + "\n")
    parse = read_statement(path)
    assert parse.ok and parse.balance_breaks == []
    assert parse.total == sum(amounts) == parse.rows[0].balance - opening

"""The Payments tab with pytest-qt: import with preview, ledger filters, dialogs, undo, reports,
chart, withdrawal methods, exports; every item model passes qtmodeltester."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desktop import secrets
from desktop.services import payments, withdrawals
from desktop.services import statement_import as importer
from models.payments import Transaction, WithdrawalMethod
from tests.ui.payments.seed import seed_year
from ui import formatting, tasks
from ui.payments import dialogs
from ui.payments.models import ID_ROLE, LedgerModel, MethodsModel, TableModel

D = Decimal
ROOT = Path(__file__).resolve().parents[3]
MINE = ROOT / "tests" / "fixtures" / "payments" / "statement_2021.csv"
BAD = ROOT / "tests" / "fixtures" / "transactions" / "bad_rows.csv"
JUNE = ROOT / "tests" / "fixtures" / "payments" / "weekly_summary_june.csv"


@pytest.fixture
def window(clock, main_window):
    """The window with the clock pinned first: the ledger's pending/available split and the
    default periods depend on today, and the fixtures are dated 2021-2024."""
    return main_window


@pytest.fixture
def tab(window, qtbot):
    window.show()
    window.navigate("paymentsTab")
    page = window.tab("paymentsTab")
    qtbot.waitExposed(page)
    settled(page, qtbot)
    return page


def rows(view) -> int:
    return view.model().rowCount()


def settled(tab, qtbot) -> None:
    """Wait until the tab's refresh (read on the database worker) is shown."""
    qtbot.waitUntil(lambda: not tab.busy(), timeout=10000)


def refreshed(tab, qtbot) -> None:
    tab.refresh()
    settled(tab, qtbot)


def test_models_pass_the_model_tester(data_dir, qtmodeltester, shared_data):
    importer.import_files(sorted((shared_data / "transactions").glob("*.csv")))
    withdrawals.add_method(name="Chase", kind="ach", details={"account_number": "000123456789"})
    ledger = LedgerModel()
    ledger.reload()
    assert ledger.rowCount() == Transaction.select().count() > 250
    qtmodeltester.check(ledger)
    ledger.sort(LedgerModel.NET, Qt.SortOrder.AscendingOrder)
    assert ledger.data(ledger.index(0, LedgerModel.NET)) == formatting.money(D("-1000"))
    qtmodeltester.check(ledger)
    table = TableModel()
    table.set_table(["Month", "Gross"], [["Jan 2024", "$1.00"], ["Total", "$1.00"]],
                    total_row=True)
    qtmodeltester.check(table)
    methods = MethodsModel()
    methods.reload()
    qtmodeltester.check(methods)
    assert methods.data(methods.index(0, 2)) == "•••• 6789"


def test_empty_state_then_import_with_preview_and_summary(tab, qtbot):
    assert tab.stack.currentWidget() is tab.empty
    preview = tab.preview_import([str(MINE)])
    assert preview.import_button.isEnabled()
    assert preview.table.item(0, 3).text() == "13"  # new rows
    assert "✓" in preview.table.item(0, 6).text()  # the balance chain adds up
    preview.accept()
    qtbot.waitUntil(lambda: getattr(tab, "import_result", None) is not None, timeout=10000)
    assert tab.import_result.added == 13
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.pages)
    assert rows(tab.ledger) == 13
    assert tab.card_available.value.text() == "$205.01"  # the statement's pending week paid since
    assert "available on" not in tab.upcoming.text()  # the Feb 2021 pending week is long paid
    again = tab.preview_import([str(MINE)])
    assert not again.import_button.isEnabled() and "13</b>" not in again.findChild(
        type(tab.detail), "importHeadline").text()
    again.reject()


def test_a_weekly_summary_import_offers_its_contracts_and_fills_the_contract_column(
        tab, qtbot):
    preview = tab.preview_import([str(JUNE)])
    offer = preview.create_contracts
    assert offer.isVisibleTo(preview) and offer.isChecked()
    assert "the 2 contracts these files name" in offer.text()
    assert "Email templates (41000001)" in offer.toolTip()
    preview.accept()
    qtbot.waitUntil(lambda: getattr(tab, "import_result", None) is not None, timeout=10000)
    assert len(tab.import_result.contracts_added) == 2
    qtbot.waitUntil(lambda: rows(tab.ledger) == 6)
    contracts = {tab.ledger_model.data(tab.ledger_model.index(r, LedgerModel.CONTRACT))
                 for r in range(6)}
    assert contracts == {"Email templates", '=HYPERLINK("http://evil.example","Invoice")'}
    tab.pages.setCurrentIndex(1)
    tab.report_by.setCurrentIndex(tab.report_by.findData("contract"))
    settled(tab, qtbot)
    assert tab.report_model.headerData(0, Qt.Orientation.Horizontal) == "Contract"
    again = tab.preview_import([str(JUNE)])  # nothing new, nothing to offer
    assert not again.create_contracts.isVisibleTo(again)
    assert not again.import_button.isEnabled()
    again.reject()


def test_a_bad_file_is_shown_and_cannot_be_imported(tab):
    preview = tab.preview_import([str(MINE), str(BAD)])
    assert not preview.import_button.isEnabled()
    text = preview.details.toPlainText()
    assert "bad_rows.csv, line 4, Amount: not an amount of money: '12.3.4'" in text
    assert preview.table.item(1, 6).text() == "6 errors"
    headline = preview.findChild(type(tab.detail), "importHeadline").text()
    assert "Nothing was imported: 6 problems: (1) bad_rows.csv, line 3, Date: " in headline
    assert headline.endswith("; and 1 more")
    preview.reject()
    assert Transaction.select().count() == 0


def test_filters_search_and_totals_run_in_sql(tab, qtbot):
    importer.import_files([MINE])
    refreshed(tab, qtbot)
    assert rows(tab.ledger) == 13
    tab.type_combo.setCurrentIndex(tab.type_combo.findText("Fees"))
    settled(tab, qtbot)  # (read on the database worker)
    assert rows(tab.ledger) == 6  # five service fee rows and a withdrawal fee
    tab.type_combo.setCurrentIndex(0)
    tab.search.setText("Checkout")
    qtbot.waitUntil(lambda: rows(tab.ledger) == 1)
    assert "billed $600.00" in tab.totals.text()
    tab.search.clear()
    qtbot.waitUntil(lambda: rows(tab.ledger) == 13)
    tab.period_combo.setCurrentIndex(tab.period_combo.findText("2021"))
    tab.status_combo.setCurrentIndex(tab.status_combo.findText("Withdrawn"))
    settled(tab, qtbot)
    assert rows(tab.ledger) == 2
    tab.ledger.selectRow(1)
    assert "€660.00 at 0.825" in tab.detail.text()


def test_record_the_22_22_example_in_the_dialog(tab, qtbot):
    dialog = dialogs.EarningDialog(tab)
    qtbot.addWidget(dialog)
    dialog.when.setDate(date(2024, 3, 20))
    dialog.client.setCurrentText("Northwind Studio")
    dialog.hours.setValue(12)
    dialog.rate.setText("22.22")
    assert dialog.amount.text() == "266.64"
    text = dialog.preview.text()
    assert "$266.64" in text and "$26.66" in text and "$239.98" in text
    assert f"Available on {formatting.date(date(2024, 4, 3), long=True)}" in text
    dialog.is_net.setChecked(False)
    dialog.accept()
    row = Transaction.get(Transaction.kind == "hourly")
    assert (row.gross, row.fee, row.net, row.minutes) == (D("266.64"), D("26.66"), D("239.98"),
                                                          720)
    qtbot.waitUntil(lambda: rows(tab.ledger) == 1)


def test_the_dialog_prices_what_to_bid_to_receive_a_net_amount(tab, qtbot):
    dialog = dialogs.EarningDialog(tab)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("fixed_price"))
    dialog.when.setDate(date(2024, 3, 20))
    dialog.amount.setText("900")
    dialog.is_net.setChecked(True)
    assert "Client pays <b>$1,000.00</b>" in dialog.preview.text()
    dialog.amount.setText("12.3.4")
    dialog.accept()
    assert dialog.isVisible() or dialog.result() == 0
    assert Transaction.select().count() == 0


def test_delete_is_undoable(tab, qtbot):
    importer.import_files([MINE])
    refreshed(tab, qtbot)
    tab.ledger.selectRow(0)
    tab.delete_action.trigger()
    qtbot.waitUntil(lambda: rows(tab.ledger) == 12)
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: rows(tab.ledger) == 13)
    assert Transaction.select().count() == 13


def test_withdrawal_method_keeps_the_account_in_the_keyring(tab, qtbot):
    tab.pages.setCurrentIndex(2)
    dialog = dialogs.MethodDialog(tab)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("wire"))
    assert dialog.fee_fixed.text() == "50.00"
    dialog.name.setText("HSBC wire")
    dialog.account.setText("GB29 NWBK 6016 1331 9268 19")
    dialog.accept()
    method = WithdrawalMethod.get()
    assert method.last4 == "6819"
    assert secrets.payout_details(method.id)["account_number"] == "GB29 NWBK 6016 1331 9268 19"
    qtbot.waitUntil(lambda: rows(tab.methods) == 1)
    assert tab.methods_model.data(tab.methods_model.index(0, 2)) == "•••• 6819"
    edit = dialogs.MethodDialog(tab, method)
    qtbot.addWidget(edit)
    assert edit.account.text() == "" and "6819" in edit.account.placeholderText()
    edit.accept()  # an empty field keeps the stored number
    assert secrets.payout_details(method.id)["account_number"].endswith("9268 19")


def test_record_a_withdrawal_with_its_fee_and_local_amount(tab, qtbot):
    payments.record_earning(kind="fixed_price", gross=D("1000"),
                            occurred_at=datetime(2024, 1, 2, tzinfo=UTC))
    method = withdrawals.add_method(name="Sparkasse", kind="local_bank", currency="EUR",
                                    added_at=datetime(2023, 1, 1, tzinfo=UTC))
    dialog = dialogs.WithdrawalDialog(tab)
    qtbot.addWidget(dialog)
    assert dialog.method.currentData() == method.id
    dialog.amount.setText("500")
    assert dialog.fee.text() == "0.99" and dialog.local.isVisibleTo(dialog)
    dialog.local.setText("460")
    dialog.accept()
    row = Transaction.get(Transaction.kind == "withdrawal")
    assert (row.net, row.local_amount, row.exchange_rate) == (D("-500.00"), D("460.00"),
                                                              "0.920000")
    over = dialogs.WithdrawalDialog(tab)
    qtbot.addWidget(over)
    over.amount.setText("5000")
    assert over.anyway.isVisibleTo(over) and "more than the available" in over.summary.text()
    over.accept()
    assert "more than" in over.error.text()


def test_a_recorded_withdrawal_is_undone_with_its_fee_and_redone_with_the_same_rows(
        window, tab, qtbot):
    payments.record_earning(kind="fixed_price", gross=D("1000"),
                            occurred_at=datetime(2024, 1, 2, tzinfo=UTC))
    withdrawals.add_method(name="Sparkasse", kind="local_bank", currency="EUR",
                           added_at=datetime(2023, 1, 1, tzinfo=UTC))
    refreshed(tab, qtbot)
    tab.record_withdrawal()
    dialog = tab.last_dialog
    dialog.amount.setText("500")
    dialog.accept()
    written = {(t.id, t.kind, t.net) for t in Transaction.select()
               if t.kind in ("withdrawal", "withdrawal_fee")}
    assert {kind for _, kind, _ in written} == {"withdrawal", "withdrawal_fee"}
    qtbot.waitUntil(lambda: rows(tab.withdrawals_view) > 0)
    undo = window.findChild(QAction, "undoAction")
    assert undo.isEnabled() and undo.text().endswith("Record withdrawal")
    undo.trigger()  # Edit ▸ Undo: the withdrawal goes, and the fee that hung off it
    assert not Transaction.select().where(Transaction.kind.in_(
        ("withdrawal", "withdrawal_fee"))).exists()
    qtbot.waitUntil(lambda: rows(tab.withdrawals_view) == 0)
    window.findChild(QAction, "redoAction").trigger()
    assert {(t.id, t.kind, t.net) for t in Transaction.select()
            if t.kind in ("withdrawal", "withdrawal_fee")} == written


def test_retiring_a_method_is_undone_by_edit_undo(window, tab, qtbot):
    method = withdrawals.add_method(name="Payoneer", kind="payoneer")
    refreshed(tab, qtbot)
    tab.pages.setCurrentIndex(2)
    tab.methods.selectRow(0)
    tab.retire_button.click()
    assert not WithdrawalMethod.get_by_id(method.id).active
    window.findChild(QAction, "undoAction").trigger()
    assert WithdrawalMethod.get_by_id(method.id).active


def test_reports_chart_and_key_figures_for_a_year(tab, qtbot):
    seed_year(date(2024, 12, 20))
    refreshed(tab, qtbot)
    tab.pages.setCurrentIndex(1)
    tab.report_period.setCurrentIndex(tab.report_period.findText("2024"))
    settled(tab, qtbot)
    assert len(tab.chart.bars) == 12
    assert all(bar.net > 0 for bar in tab.chart.bars[1:])
    assert "Net earnings" in tab.figures.text() and "/h" in tab.figures.text()
    assert tab.report_model.data(tab.report_model.index(
        tab.report_model.rowCount() - 1, 0)) == "Total"
    tab.report_by.setCurrentIndex(tab.report_by.findData("client"))
    settled(tab, qtbot)
    names = {tab.report_model.data(tab.report_model.index(r, 0))
             for r in range(tab.report_model.rowCount())}
    assert {"Northwind Studio", "Harbor Analytics", "Lumen Labs", "Total"} <= names
    first = tab.report_model.index(0, 0)
    tab._report_row_opened(first)
    assert tab.pages.currentIndex() == 0 and tab.client_combo.currentData() is not None
    bar = tab.chart.bars[5]
    assert "Service fees" in tab.chart.tooltip_for(bar)
    image = tab.chart.grab()
    assert not image.isNull() and image.width() > 300


def test_exports_write_csv_and_pdf(tab, qtbot, tmp_path):
    importer.import_files([MINE])
    refreshed(tab, qtbot)
    tab.write_ledger_csv(str(tmp_path / "ledger.csv"))  # written on the database worker
    assert tasks.drain()
    assert (tmp_path / "ledger.csv").read_text(encoding="utf-8-sig").count("\n") == 14
    tab.pages.setCurrentIndex(1)
    tab.write_report_csv(str(tmp_path / "report.csv"))
    assert "Total,1180.00" in (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    tab.write_pdf(str(tmp_path / "statement.pdf"))
    assert tasks.drain()
    data = (tmp_path / "statement.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    from desktop.services.reports import Period
    from ui.payments.pdf import statement_html

    html = statement_html(Period.year(2021))
    assert "$1,180.00" in html and "Checkout flow" in html and "Lumen Labs" in html


def test_the_ledger_fits_a_1000_by_700_window(window, qtbot):
    main_window = window
    importer.import_files([MINE])
    main_window.resize(1000, 700)
    main_window.show()
    main_window.navigate("paymentsTab")
    tab = main_window.tab("paymentsTab")
    qtbot.waitExposed(tab)
    refreshed(tab, qtbot)
    qtbot.waitUntil(lambda: tab.ledger.viewport().width() > 800)
    assert not tab.ledger.horizontalScrollBar().isVisible()
    assert tab.ledger.horizontalHeader().sectionSize(LedgerModel.DESCRIPTION) >= 120
    assert tab.ledger.model().data(tab.ledger.model().index(0, 0), ID_ROLE) is not None


def test_all_time_chart_keeps_every_year_and_the_table_skips_empty_months(tab, qtbot):
    # two earnings six years apart: 70 months, of which two had anything
    for day, gross in ((date(2020, 2, 10), "300"), (date(2026, 1, 15), "500")):
        payments.record_earning(kind="fixed_price", gross=D(gross),
                                occurred_at=datetime(day.year, day.month, day.day, 12,
                                                     tzinfo=UTC))
    refreshed(tab, qtbot)
    tab.pages.setCurrentIndex(1)
    settled(tab, qtbot)
    assert tab.report_period.currentText() == "All time"  # not one bar of a new year
    labels = [bar.label for bar in tab.chart.bars]
    assert labels[0] == "Q1 2020" and labels[-1] == "Q1 2026" and len(labels) == 25
    assert tab.chart.title == "Quarterly net earnings and service fees — All time"
    # 2020: 20% of the first $500 (tiered fee) → $240; 2026: flat 10% → $450
    assert sum(bar.net for bar in tab.chart.bars) == D("690.00")
    months = [tab.report_model.data(tab.report_model.index(r, 0))
              for r in range(tab.report_model.rowCount())]
    assert months == ["Feb 2020", "Jan 2026", "Total"]


def test_this_weeks_hours_card_and_a_ledger_that_does_not_repeat_the_contract(tab, qtbot):
    from desktop.services import contracts, timer

    now = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # a Thursday
    work = contracts.create(title="Bootstrap5 Expert", contract_type="hourly", rate="30",
                            client_name="Acme", now=now - timedelta(days=30))
    timer.add_manual(work.id, started_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
                     minutes=150, now=now)
    timer.add_manual(work.id, started_at=datetime(2026, 11, 16, 9, 0, tzinfo=UTC),
                     minutes=600, now=datetime(2026, 11, 20, tzinfo=UTC))  # last week's
    payments.record_earning(kind="hourly", gross=D("16.50"), minutes=330,
                            occurred_at=datetime(2026, 11, 10, 12, tzinfo=UTC),
                            description="Bootstrap5 Expert (34848691)", contract_id=work.id)
    tab.now = lambda: now
    refreshed(tab, qtbot)
    assert tab.card_week.value.text() == "$75.00"  # 2:30 h at $30
    assert tab.card_week.note.text() == "2:30 h · 1 contract"
    row = next(r for r in range(tab.ledger_model.rowCount())
               if tab.ledger_model.data(tab.ledger_model.index(r, LedgerModel.CONTRACT))
               == "Bootstrap5 Expert")
    description = tab.ledger_model.index(row, LedgerModel.DESCRIPTION)
    assert tab.ledger_model.data(description) == "5:30 h"
    assert "Bootstrap5 Expert (34848691)" in tab.ledger_model.data(
        description, Qt.ItemDataRole.ToolTipRole)


def test_the_apps_own_ledger_lines_read_in_hindi_in_english_and_export_in_english(
        tab, qtbot, tmp_path):
    """Issue 14: a bonus, a refund, a billed week, a milestone and its remainder, a withdrawal
    with its fee and Connects bought, made through the services. The Hindi ledger says them
    without an English word (only the user's own words, figures and the product name
    Connects are Latin); the English ledger reads as before; the search finds a line by a word
    the user sees in either language; the CSV export stays English."""
    import re

    from tests.helpers.ledger_lines import ENGLISH, USER_WORDS, make_app_lines
    from ui import i18n

    ids = make_app_lines()
    model = tab.ledger_model

    def lines() -> dict[str, tuple[str, str]]:
        """(Description cell, its tooltip's first line) by ENGLISH's keys."""
        refreshed(tab, qtbot)
        by_id = {model.data(model.index(r, 0), ID_ROLE): r for r in range(model.rowCount())}
        shown = {}
        for key, tx_id in ids.items():
            cell = model.index(by_id[tx_id], LedgerModel.DESCRIPTION)
            shown[key] = (model.data(cell),
                          model.data(cell, Qt.ItemDataRole.ToolTipRole).split("\n")[0])
        return shown

    english = lines()
    # the tooltip has the whole line as an older version showed it; the cell leaves out the
    # contract the Contract column shows, as before
    assert {key: tip for key, (_cell, tip) in english.items()} == ENGLISH
    assert english["hourly"][0] == "2:30 h, week of 2026-11-16"
    assert english["remainder"][0] == "Remainder of “Logo”"
    assert english["bonus"][0] == "Bonus: Brand kit — for the logo"

    i18n.install("hi")
    try:
        hindi = lines()
        for key, (cell, tip) in hindi.items():
            for text in (cell, tip):
                rest = text
                for words in (*sorted(USER_WORDS, key=len, reverse=True), "Connects"):
                    rest = rest.replace(words, " ")
                assert re.findall(r"[A-Za-z]{2,}", rest) == [], (key, text)
        assert re.search(r"[\u0900-\u097F]", hindi["bonus"][0])
        assert hindi["bonus"][0] == "बोनस: Brand kit — for the logo"
        assert hindi["remainder"][0] == "“Logo” की बाक़ी राशि"
        assert hindi["withdrawal"][1] == "Sparkasse (सीधे स्थानीय बैंक में) •••• 6789"
        tab.ledger.selectRow(model.row_of(ids["refund"]))
        assert "रिफ़ंड: Brand kit — typo fix" in tab.detail.text()
        # a word of a line as the Hindi user reads it finds it; the English words still do
        def found() -> list[int]:
            return [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]

        for words, key in (("बोनस", "bonus"), ("निकासी Sparkasse", "withdrawal_fee"),
                           ("रिफ़ंड", "refund"), ("Bonus", "bonus"), ("Refund", "refund")):
            tab.search.setText(words)
            qtbot.waitUntil(lambda key=key: found() == [ids[key]])
        tab.search.clear()
        qtbot.waitUntil(lambda: model.rowCount() == len(ids))
        # the same lines elsewhere in the window: a client's history (Insights) and the
        # contract's work log, where the remainder milestone is named in Hindi too
        from desktop.services.insights import clients as client_insights
        from models.contracts import Interaction
        from ui import messages

        history = client_insights.client_detail("Asha Design").events
        work_log = Interaction.select().where(Interaction.note_code.is_null(False))
        said = [messages.note(e.title, e.note_code, e.note_params) for e in history
                if e.kind == "payment"]
        said += [messages.note(i.body, i.note_code, i.note_params) for i in work_log]
        assert len(said) > 10 and any("“Logo” की बाक़ी राशि" in line for line in said)
        for line in said:
            rest = re.sub(r"\d:\d\d [ap]m\b", " ", line)  # Hindi's own (CLDR) way of a time
            for words in sorted(USER_WORDS, key=len, reverse=True):
                rest = rest.replace(words, " ")
            assert re.findall(r"[A-Za-z]{2,}", rest) == [], line
        # the export is for the accountant: English whatever the window's language
        tab.write_ledger_csv(str(tmp_path / "ledger.csv"))
        assert tasks.drain()
        exported = (tmp_path / "ledger.csv").read_text(encoding="utf-8-sig")
        assert all(line in exported for line in ENGLISH.values())
        assert not re.search(r"[\u0900-\u097F]", exported)
    finally:
        i18n.install("en")


def test_editing_a_line_the_app_worded_keeps_its_code_until_the_words_change(tab, qtbot):
    """In Hindi the edit dialogs show the app's line in Hindi. Saved with the words unchanged
    (only the client changed), the row keeps its code, so it still reads in either language;
    once the user rewrites the words they are the user's own. The same for a remainder
    milestone's name."""
    from desktop.services import contracts
    from models.contracts import ContractMilestone
    from tests.helpers.ledger_lines import make_app_lines
    from ui import i18n
    from ui.contracts.dialogs import MilestoneDialog

    ids = make_app_lines()
    i18n.install("hi")
    try:
        def edit(key: str, text: str | None = None) -> Transaction:
            dialog = dialogs.EditTransactionDialog(tab.ledger_model.transaction(
                tab.ledger_model.row_of(ids[key])), tab)
            qtbot.addWidget(dialog)
            if text is not None:
                dialog.description.setText(text)
            else:
                dialog.client.setCurrentText("Orbit Co")
            dialog.run()
            refreshed(tab, qtbot)
            return Transaction.get_by_id(ids[key])

        refreshed(tab, qtbot)
        row = edit("bonus")
        assert (row.description_code, row.client.name) == ("ledger.bonus", "Orbit Co")
        row = edit("refund", "रिफ़ंड: ग्राहक की माँग पर")
        assert (row.description, row.description_code) == ("रिफ़ंड: ग्राहक की माँग पर", None)

        from models.contracts import Contract

        kit = Contract.get(Contract.title == "Brand kit")
        rest = next(m for m in contracts.milestones_of(kit.id) if m.remainder_of)
        dialog = MilestoneDialog(lambda v: None, rest, tab)
        qtbot.addWidget(dialog)
        assert dialog.description_edit.text() == "“Logo” की बाक़ी राशि"
        contracts.update_milestone(rest.id, **dialog.values())
        assert ContractMilestone.get_by_id(rest.id).remainder_of == "Logo"
        dialog.description_edit.setText("लोगो का दूसरा भाग")
        contracts.update_milestone(rest.id, **dialog.values())
        renamed = ContractMilestone.get_by_id(rest.id)
        assert (renamed.description, renamed.remainder_of) == ("लोगो का दूसरा भाग", None)
    finally:
        i18n.install("en")

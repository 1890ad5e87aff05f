"""The Insights tab: built when first shown, each view computed off the GUI thread."""
from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from tests.helpers.clock import pinned

NOW = datetime(2024, 5, 20, 12, tzinfo=UTC)


def _wait_for_table(tab, qtbot):
    qtbot.waitUntil(lambda: not tab.basis_label.text().startswith(tab.tr("Working")),
                    timeout=10000)


def test_insights_tab_is_lazy_shows_each_view_and_adds_a_missing_skill(main_window, qtbot,
                                                                        tmp_path):
    from desktop.services import profile as profile_service
    from models.jobs import Job

    with pinned(NOW):
        for i in range(40):
            Job.create(title=f"Job {i}", skills="Python, Django" if i % 2 else "Python, SQL",
                       hourly_min=Decimal(20 + i), hourly_max=Decimal(40 + i),
                       posted_at=NOW)
        profile = profile_service.general_profile()
        profile_service.set_skills(profile.id, ["Python"])
        tab = main_window.tab("insightsTab")
        assert not tab._built  # nothing built until the tab is shown
        with qtbot.waitActive(main_window):
            main_window.show()
            main_window.activateWindow()
        qtbot.keyClick(main_window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        assert main_window.tabs.currentWidget() is tab and tab._built
        _wait_for_table(tab, qtbot)
        assert tab.model.rowCount() >= 1
        assert tab.model.item(0, 0).text() == "Python"
        assert "Based on 40 jobs" in tab.basis_label.text()
        for row in range(tab.views.count()):
            tab.views.setCurrentRow(row)
            _wait_for_table(tab, qtbot)
            assert "Could not" not in tab.basis_label.text(), tab.basis_label.text()
        tab.views.setCurrentRow(1)  # skills gap
        _wait_for_table(tab, qtbot)
        skills = [tab.model.item(r, 0).text() for r in range(tab.model.rowCount())]
        assert skills == ["Django", "SQL"]
        assert tab.add_skill_button.isVisible()
        tab.table.selectRow(0)
        tab.add_selected_skill()
        assert profile_service.skills(profile.id) == ["Python", "Django"]
        _wait_for_table(tab, qtbot)
        assert [tab.model.item(r, 0).text() for r in range(tab.model.rowCount())] == ["SQL"]
        path = tab.export_csv(str(tmp_path / "gap.csv"))
        tab.table.selectRow(0)
        tab.show_jobs()  # Show jobs: the Jobs tab lists the 20 jobs asking for SQL
        jobs_tab = main_window.tab("jobsTab")
        assert main_window.tabs.currentWidget() is jobs_tab
        assert jobs_tab.search_box.text() == '"SQL"'
        qtbot.waitUntil(lambda: jobs_tab.model.rowCount() == 20, timeout=10000)
        main_window.tabs.setCurrentWidget(tab)
        main_window.undo_group.undo()  # Edit ▸ Undo: the skill comes off the profile again
        assert profile_service.skills(profile.id) == ["Python"]
        _wait_for_table(tab, qtbot)
        assert [tab.model.item(r, 0).text() for r in range(tab.model.rowCount())] == [
            "Django", "SQL"]
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Skill" and rows[1][0] == "SQL"


def test_a_planned_withdrawal_lowers_the_cash_flow_balance_until_undone(main_window, qtbot):
    from desktop.services import clients, payments, withdrawals

    with pinned(NOW):  # Monday 20 May 2024
        acme = clients.get_or_create("Acme")
        payments.record_earning(kind="fixed_price", gross=Decimal(500), client_id=acme.id,
                                occurred_at=datetime(2024, 5, 1, 10, tzinfo=UTC))
        withdrawals.add_method(name="Payoneer", kind="payoneer", fee_fixed=Decimal(2))
        tab = main_window.tab("insightsTab")
        main_window.show()
        main_window.tabs.setCurrentWidget(tab)
        tab.views.setCurrentRow(tab.views.count() - 4)  # cash flow
        assert tab.current == "cashflow"
        _wait_for_table(tab, qtbot)
        column = [tab.model.horizontalHeaderItem(c).text()
                  for c in range(tab.model.columnCount())].index("Available after")
        assert tab.model.item(1, column).text() == "$450.00"
        assert tab.plan_button.isVisible()
        dialog = tab.open_plans()
        dialog.add_button.click()  # no amount: said inline, nothing planned
        assert dialog.error.isVisible() and dialog.list.item(0).data(Qt.ItemDataRole.UserRole
                                                                     + 1) is None
        dialog.day.setDate(dialog.day.minimumDate())  # today
        dialog.amount.setText("100")
        assert "$102.00" in dialog.fee_label.text()  # Payoneer's $2 on top
        dialog.add_button.click()
        assert not dialog.error.isVisible()
        assert dialog.list.count() == 1 and "Payoneer" in dialog.list.item(0).text()
        _wait_for_table(tab, qtbot)
        assert [tab.model.item(r, column).text() for r in range(2)] == ["$348.00", "$348.00"]
        assert "Planned: $100.00" in tab.summary_label.text()
        dialog.list.setCurrentRow(0)
        dialog.remove_button.click()
        assert dialog.list.item(0).data(Qt.ItemDataRole.UserRole + 1) is None
        _wait_for_table(tab, qtbot)
        assert tab.model.item(0, column).text() == "$450.00"
        main_window.undo_group.undo()  # Edit ▸ Undo puts the plan back
        _wait_for_table(tab, qtbot)
        assert tab.model.item(0, column).text() == "$348.00"
        dialog.close()


def test_charts_beside_the_tables_export_png_and_clients_show_their_history(main_window, qtbot,
                                                                            tmp_path):
    from PySide6.QtGui import QImage

    from desktop.services import clients
    from desktop.services import profile as profile_service
    from models.contracts import Interaction
    from models.jobs import Job
    from models.payments import Transaction

    with pinned(NOW):
        for i in range(8):  # Python hourly rates 20, 30, … 90: p25 30, median 50, p75 70
            Job.create(title=f"Job {i}", skills="Python", hourly_min=Decimal(20 + 10 * i),
                       posted_at=NOW)
        profile_service.set_skills(profile_service.general_profile().id, ["Python", "Rust"])
        acme = clients.get_or_create("Acme Analytics")
        Interaction.create(client=acme, kind="message", direction="in", at=NOW,
                           body="Can you start on Monday?", created_at=NOW)
        Transaction.create(kind="hourly", status="available", occurred_at=NOW, client=acme,
                           gross=Decimal("400.00"), fee=Decimal("40.00"), net=Decimal("360.00"),
                           description="Invoice for week 20", ext_ref="t1")
        tab = main_window.tab("insightsTab")
        main_window.show()
        main_window.tabs.setCurrentWidget(tab)
        _wait_for_table(tab, qtbot)
        # market rate: one floating bar per skill with hourly rates (none for Rust), same numbers
        assert tab.chart.isVisible()
        (bar,) = tab.chart.chart_bars
        assert (bar.label, bar.base, bar.mark, bar.base + bar.segments[0]) == (
            "Python", 30.0, 50.0, 70.0)
        assert [tab.model.item(r, 0).text() for r in range(tab.model.rowCount())] == ["Python"]
        png = tab.export_png(str(tmp_path / "market.png"))
        image = QImage(png)
        assert not image.isNull() and image.width() >= 280
        assert len({image.pixel(x, y) for x in range(0, image.width(), 7)
                    for y in range(0, image.height(), 7)}) > 3  # drawn, not blank

        tab.views.setCurrentRow(4)  # cash flow: a chart and a filled "Projected" column
        _wait_for_table(tab, qtbot)
        assert tab.chart.isVisible() and len(tab.chart.chart_bars) == tab.model.rowCount()
        assert all(tab.model.item(r, 5).text() in ("yes", "no")
                   for r in range(tab.model.rowCount()))

        tab.views.setCurrentRow(7)  # clients: no chart; the history of the selected client
        _wait_for_table(tab, qtbot)
        assert not tab.chart.isVisible() and tab.detail.isVisible()
        row = [tab.model.item(r, 0).text() for r in range(tab.model.rowCount())].index(
            "Acme Analytics")
        tab.table.selectRow(row)
        qtbot.waitUntil(lambda: "Can you start on Monday?" in tab.detail.toPlainText(),
                        timeout=10000)
        text = tab.detail.toPlainText()
        assert "Acme Analytics" in text and "Message from the client" in text
        assert "Invoice for week 20" in text and "$400.00" in text

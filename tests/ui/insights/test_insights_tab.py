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
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Skill" and rows[1][0] == "SQL"

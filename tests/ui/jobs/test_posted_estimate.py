"""The Jobs tab shows an estimated posting time as an estimate, not as a fact."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services import jobs

SCRAPE = Path(__file__).resolve().parents[2] / "fixtures" / "jobs" / "scrape_2024-05-14.txt"


def test_an_old_scrape_is_not_shown_as_just_posted(main_window, qtbot):
    jobs.import_files([SCRAPE])
    main_window.show()
    main_window.navigate("jobsTab")
    tab = main_window.tab("jobsTab")
    qtbot.waitExposed(tab)
    # the detail is drawn just after the table shows the result
    qtbot.waitUntil(lambda: tab.detail.shown_id is not None, timeout=10_000)
    meta = tab.detail.meta.text()
    assert "Posted about" in meta and "relative to the import" in meta
    assert "2024" in meta and " h ago" not in meta  # never "21 h ago" for a May 2024 scrape
    posted = tab.model.data(tab.model.index(0, tab.model.POSTED), Qt.ItemDataRole.DisplayRole)
    assert posted.startswith("≈ ") and "ago" not in posted

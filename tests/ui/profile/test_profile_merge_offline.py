"""The Profile tab behind the merge of a kept profile edit (issue 18): the merge is saved
after the workspace server went away, and the tab, which reads again whenever the outbox
changes, keeps what it shows instead of reaching the crash handler (pytest-qt fails the test
on any exception in the event loop). Back, the merge is sent and the tab shows it. Real
PostgreSQL server."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QRadioButton

from desktop import outbox
from tests.helpers.members import member
from tests.ui import test_workspace_window as _window_tests

# the real-server window fixtures of the workspace window's tests (pytest finds them by name)
own_server = _window_tests.own_server
on_workspace = _window_tests.on_workspace


@pytest.mark.slow
def test_a_profile_merge_saved_while_the_server_is_away_is_sent_and_shown(
        clock, on_workspace, qtbot, tmp_path):
    """My title, kept offline, was refused: Maria changed it meanwhile. With the Profile tab
    open, the server goes away, I keep my title in the merge dialog and Save: it waits in the
    outbox, the tab still shows the profile; back, the server and the tab have my title."""
    from desktop.services import profile
    from ui.workspace_live import open_edit_merge

    paths = on_workspace.paths
    window = on_workspace.window
    pid = profile.general_profile().id
    window.navigate("profileTab", None)
    tab = window.tab("profileTab")
    version, base = profile.field_values(pid)
    member(on_workspace.url, """
        from desktop.services import profile
        profile.save_fields(profile.general_profile().id, {"title": "Power BI analyst"})
        """, tmp_path / "maria")
    refused = outbox.keep_edit(paths.data_dir, "profile", pid, {"title": "Dashboards"},
                               version=version, base=base, conflict=True)
    dialog = open_edit_merge(window, paths.data_dir, refused)
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    dialog.findChild(QRadioButton, "yours_title").setChecked(True)
    dialog.save_button.click()
    kept = outbox.find_edit(paths.data_dir, "profile", pid)
    assert kept.changes["title"] == "Dashboards" and not kept.conflict
    qtbot.wait(1500)  # the tab's reads meet the server away meanwhile
    assert tab.isVisible() and tab.basics.title_edit.isVisible()
    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.edits(paths.data_dir) == [], timeout=15000)
    assert profile.field_values(pid)[1]["title"] == "Dashboards"
    qtbot.waitUntil(lambda: tab.basics.title_edit.text() == "Dashboards", timeout=5000)

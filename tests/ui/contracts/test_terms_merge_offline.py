"""The merge of kept field edits saved while the workspace server is away (issue 18): the
merge dialog the window opens for a kept edit the server refused (ui.workspace_live.
open_edit_merge: contract terms, time entries, profiles, jobs) was open when the server went
away; Save keeps the merge in the outbox, no longer in conflict, over the other member's
version, and it is sent when the server is back. Real PostgreSQL server."""
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
def test_a_terms_merge_saved_while_the_server_is_away_is_kept_and_sent(
        clock, on_workspace, qtbot, tmp_path):
    """My contract title, kept offline, was refused when sent: Maria renamed the contract
    meanwhile. The merge dialog is open when the server goes away again; I keep my title and
    press Save: the outbox holds it as a new entry over Maria's version (her title its base),
    not in conflict; back, it is sent and the contract has my title."""
    from desktop.services import contracts
    from ui.workspace_live import open_edit_merge

    paths = on_workspace.paths
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=clock.now())
    version, mine_base = contracts.terms_values(contract.id)
    member(on_workspace.url, """
        from desktop.services import contracts
        contracts.save_terms_fields(int(sys.argv[3]), {"title": "API and dashboards"})
        """, tmp_path / "maria", str(contract.id))
    theirs_version, theirs = contracts.terms_values(contract.id)
    # as the outbox leaves an edit the server refused when it was sent
    refused = outbox.keep_edit(paths.data_dir, "contract", contract.id,
                               {"title": "REST API for the shop"}, version=version,
                               base=mine_base, conflict=True)
    dialog = open_edit_merge(on_workspace.window, paths.data_dir, refused)
    assert dialog is not None and set(dialog.groups) == {"title"}

    on_workspace.server.halt()
    qtbot.waitUntil(on_workspace.window.workspace_banner.isVisible, timeout=10000)
    dialog.findChild(QRadioButton, "yours_title").setChecked(True)
    dialog.save_button.click()
    kept = outbox.find_edit(paths.data_dir, "contract", contract.id)
    assert kept.changes["title"] == "REST API for the shop"
    assert not kept.conflict and not kept.problem and kept.id != refused.id
    assert (kept.version, kept.base) == (theirs_version, theirs)

    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.edits(paths.data_dir) == [], timeout=15000)
    assert contracts.terms_values(contract.id)[1]["title"] == "REST API for the shop"

"""The letter merge saved while the workspace server is away (issue 18): a letter kept offline
was refused when sent (someone else saved the proposal meanwhile); its merge, saved after the
server went away again, is kept in the outbox as a new entry over their version and sent when
the server is back. Real PostgreSQL server."""
from __future__ import annotations

import pytest

from desktop import outbox
from desktop.services import proposals as service
from tests.helpers.members import member
from tests.ui import test_workspace_window as _window_tests
from tests.ui.test_workspace_window import _app_started, _close_app

# the real-server window fixtures of the workspace window's tests (pytest finds them by name)
own_server = _window_tests.own_server
on_workspace = _window_tests.on_workspace


@pytest.mark.slow
def test_a_merge_saved_while_the_server_is_away_is_kept_and_sent_over_their_version(
        on_workspace, qtbot, tmp_path):
    """Typed offline, the app closed; Maria saves the letter while this app is closed. The
    next start sends mine: refused, kept for the merge. The merge is saved after the server
    went away again: the outbox holds the merged text as a new entry (not the refused one's
    id, not in conflict) over Maria's version and her letter as its base; the editor says it is
    kept. Back: it is sent as it is (over a stale version it would have been refused again)."""
    paths, url = on_workspace.paths, on_workspace.url
    draft = service.create_draft()
    service.save_letter(draft.id, "Hi,\nI build shops.")
    on_workspace.window.navigate("proposalsTab", draft.id)
    letter = on_workspace.window.tab("proposalsTab").editor.letter
    on_workspace.server.halt()
    qtbot.waitUntil(on_workspace.window.workspace_banner.isVisible, timeout=10000)
    letter.text.setPlainText("Hi,\nI build shops.\nI can start today.")
    assert letter.flush()
    _close_app(on_workspace)
    # (the closed window lives on in this test process, unlike the quit app's: it lets go of
    # the proposal, or its editor would answer the next window's changes)
    letter.load(None)
    on_workspace.server.resume()
    member(url, """
        from desktop.services import proposals
        proposals.save_letter(int(sys.argv[3]), "Hi Maria,\\nI build shops.")
        """, tmp_path / "maria", str(draft.id))
    theirs = service.get(draft.id)

    with _app_started(on_workspace, qtbot) as (window, _state):
        banner = window.workspace_banner
        qtbot.waitUntil(lambda: banner.isVisible() and "were not sent" in banner.label.text(),
                        timeout=15000)  # the send is done and said
        refused = outbox.find(paths.data_dir, draft.id)
        assert refused.conflict
        window.navigate("proposalsTab", draft.id)
        letter = window.tab("proposalsTab").editor.letter
        if letter.merge_dialog is None:  # (opened by itself when the editor showed it)
            letter.open_merge()
        dialog = letter.merge_dialog
        assert dialog.merged_text() == "Hi Maria,\nI build shops.\nI can start today."
        on_workspace.server.halt()
        qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: letter.merge_dialog is None)
        kept = outbox.find(paths.data_dir, draft.id)
        assert kept.text == "Hi Maria,\nI build shops.\nI can start today."
        assert not kept.conflict and not kept.problem and kept.id and kept.id != refused.id
        assert (kept.version, kept.base) == (theirs.version, theirs.cover_letter)
        assert letter.save_state.text() == "Kept on this computer" and not letter.in_conflict

        on_workspace.server.resume()
        qtbot.waitUntil(lambda: outbox.drafts(paths.data_dir) == [], timeout=15000)
        assert service.get(draft.id).cover_letter == \
            "Hi Maria,\nI build shops.\nI can start today."

"""The window with other members (issue 18): a letter someone else saved first is refused and
merged in the merge dialog without losing either side; another member's save shows up in the
open editor by itself; with the server away the window says so, keeps typing in the outbox and
sends it when the server is back."""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QRadioButton

from desktop import outbox, workspace
from desktop.paths import AppPaths
from desktop.services import proposals as service
from tests.helpers.members import member, other_connection, target_of
from tests.helpers.postgres import PostgresServer, ServerUnavailableError
from ui.workspace_live import WorkspaceLive


@pytest.fixture
def window(qtbot, data_dir):
    """The main window building only the tabs it shows (the Jobs tab's search thread is not
    part of this; on a workspace it keeps a connection of its own)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.app import build_window

    window = build_window(data_dir, lazy=True)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    yield window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _open_draft(window, text: str):
    draft = service.create_draft()
    service.save_letter(draft.id, text)
    window.navigate("proposalsTab", draft.id)
    return draft.id, window.tab("proposalsTab").editor.letter


def _theirs(data_dir, tmp_path, proposal_id: int, text: str) -> None:
    member(target_of(data_dir), """
        from desktop.services import proposals
        proposals.save_letter(int(sys.argv[3]), sys.argv[4])
        """, tmp_path / "member", str(proposal_id), text)


@pytest.mark.both_backends
def test_a_letter_someone_saved_first_is_merged_and_nothing_is_lost(
        window, data_dir, qtbot, tmp_path):
    proposal_id, letter = _open_draft(window, "Hi there,\nI build shops.")
    _theirs(data_dir, tmp_path, proposal_id, "Hi Maria,\nI build shops.")
    letter.text.setPlainText("Hi there,\nI build shops.\nI can start today.")
    assert not letter.flush()  # refused: theirs is newer
    dialog = letter.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(type(dialog.merged), "theirsLetter").toPlainText() == \
        "Hi Maria,\nI build shops."
    # the lines only one side changed are merged already
    assert dialog.merged_text() == "Hi Maria,\nI build shops.\nI can start today."
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: letter.merge_dialog is None)
    assert service.get(proposal_id).cover_letter == "Hi Maria,\nI build shops.\nI can start today."
    assert not letter.dirty and not letter.in_conflict
    assert outbox.drafts(data_dir.data_dir) == []


@pytest.mark.both_backends
def test_a_conflict_left_for_later_survives_switching_proposals(
        window, data_dir, qtbot, tmp_path):
    proposal_id, letter = _open_draft(window, "I build shops.")
    _theirs(data_dir, tmp_path, proposal_id, "I build Shopify stores.")
    letter.text.setPlainText("I build Django shops.")
    letter.flush()
    dialog = letter.merge_dialog
    assert not dialog.save_button.isEnabled()  # both changed the line: markers to resolve
    assert "<<<<<<< yours" in dialog.merged_text()
    dialog.reject()  # decide later
    qtbot.waitUntil(lambda: letter.merge_dialog is None)
    assert not letter.merge_button.isHidden() and letter.in_conflict
    assert letter.save_state.text() == "Not saved: merge needed"
    # another proposal and back: the refused text is still there, still waiting
    other = service.create_draft()
    window.navigate("proposalsTab", other.id)
    window.navigate("proposalsTab", proposal_id)
    assert letter.text.toPlainText() == "I build Django shops."
    assert service.get(proposal_id).cover_letter == "I build Shopify stores."
    letter.open_merge()
    letter.merge_dialog.take_mine.click()
    letter.merge_dialog.accept()
    qtbot.waitUntil(lambda: letter.merge_dialog is None)
    assert service.get(proposal_id).cover_letter == "I build Django shops."
    assert outbox.find(data_dir.data_dir, proposal_id) is None


@pytest.fixture
def own_server():
    try:
        server = PostgresServer().start()
    except ServerUnavailableError as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@dataclass
class OnWorkspace:
    server: PostgresServer  # this test's own: halt() and resume() take it away and back
    url: str
    paths: AppPaths
    window: QMainWindow
    state: WorkspaceLive


@pytest.fixture
def on_workspace(own_server, qtbot, tmp_path):
    """The window on a fresh workspace of the test's own server, shown, with live refresh, the
    banner and the outbox attached (retrying every 0.3 s) and the server seen online. Records
    made before `window.navigate` show in the tab it builds."""
    from desktop import runtime
    from desktop.app import build_window
    from ui import tasks
    from ui.workspace_live import attach

    url = own_server.fresh_database() + "?connect_timeout=2"
    paths = workspace.open_workspace(url, tmp_path / "here")
    window = build_window(paths, lazy=True)
    qtbot.addWidget(window)
    window.show()
    state = attach(window, url, paths.data_dir, retry=0.3)
    try:
        qtbot.waitUntil(lambda: state.online is True, timeout=10000)
        yield OnWorkspace(own_server, url, paths, window, state)
    finally:
        state.stop()
        window.close()
        tasks.drain()  # as the app does: the tabs' queued reads end before the data closes
        runtime.close()


@pytest.mark.slow
def test_live_refresh_the_offline_banner_and_the_outbox(on_workspace, qtbot, tmp_path):
    window, paths = on_workspace.window, on_workspace.paths
    banner = window.workspace_banner
    assert not banner.isVisible()
    proposal_id, letter = _open_draft(window, "Hello")
    # another member saves: the open editor shows it by itself, within a second or two
    member(on_workspace.url, """
        from desktop.services import proposals
        proposals.save_letter(int(sys.argv[3]), "Hello from Maria")
        """, tmp_path / "maria", str(proposal_id))
    qtbot.waitUntil(lambda: letter.text.toPlainText() == "Hello from Maria", timeout=3000)
    # the server goes away: the window says so; typing goes on into the outbox
    on_workspace.server.halt()
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert "cannot be reached" in banner.label.text()
    letter.text.setPlainText("Hello from Maria, and from me")
    assert letter.flush()
    assert letter.save_state.text() == "Kept on this computer"
    assert outbox.find(paths.data_dir, proposal_id).text == "Hello from Maria, and from me"
    # back: the banner goes, the outbox is sent over the version it was written against
    on_workspace.server.resume()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: outbox.drafts(paths.data_dir) == [], timeout=5000)
    assert service.get(proposal_id).cover_letter == "Hello from Maria, and from me"


def test_a_tab_that_cannot_read_as_it_is_built_says_so_and_opens_when_the_server_is_back(
        clock, on_workspace, qtbot):
    """The window starts as the app does (the remembered tab after the first paint, the others
    while idle) and the server goes away before anything has noticed, so the tabs' own reads
    are the first to find out. No tab is left half-made and nothing reaches the crash handler
    (pytest-qt fails a test on any exception in the event loop). The tab switched to says the
    server cannot be reached; when the server is back it opens by itself on what the server
    holds, and the other tabs are built."""
    from desktop.app import build_window
    from desktop.services import contracts
    from ui.main_window import TAB_SPECS
    from ui.tab import Tab

    contracts.create(title="API work", contract_type="hourly", rate="40", client_name="Acme",
                     fee_percent="10", now=clock.now())
    on_workspace.state.listener.stop()  # nothing hears the server go: the tabs' reads find out
    window = build_window(on_workspace.paths, paint_first=True)
    qtbot.addWidget(window)
    on_workspace.server.halt()
    with qtbot.waitSignal(window.opened, timeout=10000):
        window.show()
    at = next(i for i, spec in enumerate(TAB_SPECS) if spec[2] == "contractsTab")
    window.tabs.setCurrentIndex(at)
    label = window.tabs.widget(at).findChild(QLabel, "unreachableLabel")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert label.text() == ("Contracts cannot be shown: the workspace server cannot be reached. "
                            "It opens here when the server is back.")
    qtbot.wait(2500)  # the idle build and this tab try again meanwhile
    assert not window.is_built(at)
    # what a tab made before its read failed is gone: every Tab left is a built one
    qtbot.waitUntil(lambda: len(window.tabs.findChildren(Tab)) == len(window.built_pages()))
    on_workspace.server.resume()
    qtbot.waitUntil(lambda: window.is_built(at), timeout=10000)
    page = window.tab("contractsTab")
    assert window.tabs.currentWidget() is page
    model = page.model
    assert model.rowCount() == 1 and any(
        "API work" in str(model.index(0, column).data()) for column in range(model.columnCount()))
    qtbot.waitUntil(lambda: len(window.built_pages()) == len(TAB_SPECS), timeout=15000)
    assert len(window.tabs.findChildren(Tab)) == len(TAB_SPECS)
    window.close()


def _their_fields(data_dir, tmp_path, proposal_id: int, **changes) -> None:
    member(target_of(data_dir), """
        import json
        from desktop.services import proposals
        proposals.save_fields(int(sys.argv[3]), json.loads(sys.argv[4]))
        """, tmp_path / "member", str(proposal_id), json.dumps(changes))


@pytest.mark.both_backends
def test_bid_fields_someone_saved_first_are_merged_field_by_field(
        window, data_dir, qtbot, tmp_path):
    draft = service.create_draft()
    service.save_fields(draft.id, {"bid_type": "hourly", "rate": "50", "title": "Shop"})
    window.navigate("proposalsTab", draft.id)
    editor = window.tab("proposalsTab").editor
    bid = editor.bid
    # Maria changes the title and the rate after this window loaded the proposal
    _their_fields(data_dir, tmp_path, draft.id, title="Shop for Maria", rate="60")
    # a field only I changed goes in over hers by itself; hers stay
    bid.boost.setValue(4)
    saved = service.get(draft.id)
    assert (saved.boost_connects, saved.rate, saved.title) == (4, Decimal("60.00"),
                                                               "Shop for Maria")
    assert editor.title.text() == "Shop for Maria" and bid.rate.value() == Decimal("60.00")
    assert editor.saver.merge_dialog is None
    # the letter typed next still saves without a merge (the window knows its own saves)
    editor.letter.text.setPlainText("Hello")
    assert editor.letter.flush() and editor.letter.merge_dialog is None

    # now we both change the rate: refused, both values shown, nothing lost
    _their_fields(data_dir, tmp_path, draft.id, rate="65")
    bid.rate.setText("70")
    bid.rate.editingFinished.emit()
    dialog = editor.saver.merge_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.letter
    assert set(dialog.groups) == {"rate"}
    assert dialog.findChild(QRadioButton, "theirs_rate").text() == "$65.00"
    assert dialog.findChild(QRadioButton, "yours_rate").text() == "$70.00"
    assert service.get(draft.id).rate == Decimal("65.00")
    assert outbox.find_edit(data_dir.data_dir, "proposal", draft.id).changes == {"rate": "70.00"}
    dialog.reject()  # decide later: mine waits in the outbox, shown in the editor
    qtbot.waitUntil(lambda: editor.saver.merge_dialog is None)
    other = service.create_draft()
    window.navigate("proposalsTab", other.id)
    assert editor.fields_merge_button.isHidden()
    window.navigate("proposalsTab", draft.id)
    assert bid.rate.value() == Decimal("70.00") and not editor.fields_merge_button.isHidden()
    editor.fields_merge_button.click()
    dialog = editor.saver.merge_dialog
    dialog.findChild(QRadioButton, "yours_rate").setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: editor.saver.merge_dialog is None)
    saved = service.get(draft.id)
    assert (saved.rate, saved.title, saved.cover_letter) == (Decimal("70.00"), "Shop for Maria",
                                                             "Hello")
    assert outbox.edits(data_dir.data_dir) == [] and editor.fields_merge_button.isHidden()


@pytest.mark.both_backends
def test_answers_both_changed_take_theirs(window, data_dir, qtbot, tmp_path):
    draft = service.create_draft()
    service.save_fields(draft.id, {"answers": [["Why you?", "I build shops."]]})
    window.navigate("proposalsTab", draft.id)
    editor = window.tab("proposalsTab").editor
    _their_fields(data_dir, tmp_path, draft.id, answers=[["Why you?", "Maria builds shops."]])
    editor.extras._rows[0].answer.setPlainText("I build Django shops.")
    editor.extras.flush()
    dialog = editor.saver.merge_dialog
    assert set(dialog.groups) == {"answers"}
    assert "Maria builds shops." in dialog.findChild(QRadioButton, "theirs_answers").text()
    dialog.take_theirs.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: editor.saver.merge_dialog is None)
    assert [(a.question, a.answer) for a in service.answers(draft.id)] == \
        [("Why you?", "Maria builds shops.")]
    assert editor.extras.items() == [("Why you?", "Maria builds shops.")]
    assert outbox.edits(data_dir.data_dir) == []


def _titles(window) -> list[str]:
    model = window.tab("proposalsTab").model
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


@pytest.mark.slow
def test_settings_connect_and_disconnect_swap_the_data_without_a_restart(
        pg_server, qtbot, tmp_path):
    from desktop import runtime
    from desktop.app import build_window, window_settings
    from ui import workspace_live

    paths = runtime.open_data_dir(tmp_path / "here")
    local_id = service.create_draft().id
    service.update(local_id, title="Kept on this computer")
    # a local edit waits in this data folder's outbox (refused earlier, not merged yet)
    version, base = service.field_values(local_id)
    outbox.keep_edit(paths.data_dir, "proposal", local_id, {"rate": "70.00"}, version=version,
                     base=base, conflict=True)
    url = pg_server.fresh_database()
    member(url, """
        from desktop.services import proposals
        proposals.update(proposals.create_draft().id, title="Shared with the agency")
        """, tmp_path / "member")
    window = build_window(paths, lazy=True)
    qtbot.addWidget(window)
    window.show()
    try:
        window.navigate("proposalsTab", None)
        assert _titles(window) == ["Kept on this computer"]
        dialog = window.data_actions.show_settings()
        page = dialog.workspace_page
        page.url.setText(url)
        page.connect_workspace()
        assert page.result.text() == "Connected. The window works on this workspace now."
        # the same window, now on the workspace: its data, live refresh, the setting kept
        qtbot.waitUntil(lambda: _titles(window) == ["Shared with the agency"], timeout=3000)
        assert window.tabs.isEnabled()
        state = workspace_live.current()
        assert state is not None and state.url == url
        qtbot.waitUntil(lambda: state.online is True, timeout=10000)
        assert window_settings(paths).value(workspace.SETTING_KEY) == url
        assert "Connected" in page.current.text()
        # the workspace's proposal with the same id knows nothing of the local outbox
        editor = window.tab("proposalsTab").editor
        window.navigate("proposalsTab", local_id)
        assert editor.title.text() == "Shared with the agency"
        assert outbox.edits(paths.data_dir) == [] and editor.fields_merge_button.isHidden()
        # an edit goes to the workspace
        window.tab("proposalsTab").new_proposal()
        editor.title.setText("Written after the switch")
        editor.title.editingFinished.emit()
        assert member(url, """
            from desktop.services import proposals
            print(proposals.get(int(sys.argv[3])).title)
            """, tmp_path / "member", str(editor.proposal_id)).strip() == \
            "Written after the switch"
        # back to this computer's data folder
        page.use_local()
        qtbot.waitUntil(lambda: _titles(window) == ["Kept on this computer"], timeout=3000)
        assert outbox.find_edit(paths.data_dir, "proposal", local_id).changes == \
            {"rate": "70.00"}  # still waiting for its merge, here
        assert workspace_live.current() is None and window.workspace_banner is None
        assert window_settings(paths).value(workspace.SETTING_KEY) is None
        assert "data folder on this computer" in page.current.text()
        dialog.close()
    finally:
        workspace_live.detach(window)
        window.close()
        runtime.close()


@pytest.mark.slow
@pytest.mark.usefixtures("clock")  # its entries "two hours ago" are in this week's time page
def test_every_edit_made_offline_is_kept_and_sent_when_the_server_is_back(
        on_workspace, qtbot, tmp_path):
    """Not only letters: the bid, a time entry and the profile's fields go to the outbox while
    the server is away, and are sent when it is back; a field someone else changed meanwhile
    is asked."""
    from datetime import timedelta

    from desktop import clock
    from desktop.services import contracts, profile, timer

    window, paths, url = on_workspace.window, on_workspace.paths, on_workspace.url
    draft = service.create_draft()
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=clock.now() - timedelta(days=1))
    hour = (clock.now() - timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
    entry = timer.add_manual(contract.id, started_at=hour, minutes=30, memo="spec")[0]
    spare = timer.add_manual(contract.id, started_at=hour + timedelta(minutes=30), minutes=10,
                             memo="typo")[0]
    window.navigate("contractsTab", contract.id)
    detail = window.tab("contractsTab").detail
    time_page = detail.time_page
    qtbot.waitUntil(lambda: time_page.model.rowCount() == 2, timeout=5000)
    rows = {time_page.model.entry_id(r): r for r in range(2)}
    window.navigate("proposalsTab", draft.id)
    bid = window.tab("proposalsTab").editor.bid
    window.navigate("profileTab", None)
    profile_tab = window.tab("profileTab")
    general_id = profile_tab.profile_id
    # Maria retitles the profile after this window showed it
    member(url, """
        from desktop.services import profile
        profile.update(profile.general_profile().id, title="Dashboards in Power BI")
        """, tmp_path / "maria")
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    assert "Your changes are kept on this computer" in window.workspace_banner.label.text()
    bid.boost.setValue(3)
    time_page.table.selectRow(rows[entry.id])
    time_page.edit_entry()  # the time entry's memo, in its dialog
    detail.dialog.memo_edit.setText("spec, offline")
    detail.dialog.accept()
    assert outbox.find_edit(paths.data_dir, "time_entry", entry.id).changes["memo"] == \
        "spec, offline"
    time_page.table.selectRow(rows[spare.id])
    time_page.delete_entry()  # and one entry deleted, and manual time added
    time_page.add_entry()
    detail.dialog.hours_edit.setValue(0)
    detail.dialog.minutes_edit.setValue(15)
    detail.dialog.memo_edit.setText("review, offline")
    detail.dialog.accept()
    assert [c.name for c in outbox.calls(paths.data_dir)] == \
        ["time_entry.delete", "time_entry.add"]
    profile_tab._edited("title", "Power BI developer")
    profile_tab._edited("location", "Lisbon")
    assert profile_tab.flush()
    assert profile_tab.save_status.text() == "● Kept on this computer"
    assert outbox.find_edit(paths.data_dir, "proposal", draft.id).changes == \
        {"boost_connects": 3}
    assert outbox.find_edit(paths.data_dir, "profile", general_id).changes == \
        {"title": "Power BI developer", "location": "Lisbon"}
    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.find_edit(paths.data_dir, "proposal", draft.id) is None,
                    timeout=10000)
    assert service.get(draft.id).boost_connects == 3
    qtbot.waitUntil(lambda: outbox.find_edit(paths.data_dir, "time_entry", entry.id) is None,
                    timeout=5000)
    assert timer.entry_values(entry.id)[1]["memo"] == "spec, offline"
    qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=5000)
    assert sorted((e.memo, e.minutes) for e in contracts.get(contract.id).time_entries) == \
        [("review, offline", 15), ("spec, offline", 30)]
    # the profile: both changed the title; kept, and asked in the merge dialog
    qtbot.waitUntil(lambda: getattr(window, "edit_merge", None) is not None, timeout=5000)
    dialog = window.edit_merge
    assert set(dialog.groups) == {"title"}
    assert dialog.findChild(QRadioButton, "theirs_title").text() == "Dashboards in Power BI"
    assert profile.get(general_id).title == "Dashboards in Power BI"
    dialog.findChild(QRadioButton, "yours_title").setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: outbox.edits(paths.data_dir) == [], timeout=5000)
    saved = profile.get(general_id)
    assert (saved.title, saved.location) == ("Power BI developer", "Lisbon")


@pytest.mark.both_backends
def test_profile_fields_someone_saved_first_are_merged(window, data_dir, qtbot, tmp_path):
    from desktop.services import profile

    window.navigate("profileTab", None)
    tab = window.tab("profileTab")
    general_id = tab.profile_id
    member(target_of(data_dir), """
        from desktop.services import profile
        profile.update(profile.general_profile().id, title="Dashboards in Power BI",
                       overview="Ten years of reports.")
        """, tmp_path / "maria")
    # a field only I changed goes in over hers, hers stay
    tab._edited("location", "Lisbon")
    assert tab.flush() and tab.merge_dialog is None
    saved = profile.get(general_id)
    assert (saved.location, saved.title) == ("Lisbon", "Dashboards in Power BI")
    assert tab.basics.title_edit.text() == "Dashboards in Power BI"
    # both of us change the title: refused, asked, nothing lost meanwhile
    member(target_of(data_dir), """
        from desktop.services import profile
        profile.update(profile.general_profile().id, title="Power BI and Excel")
        """, tmp_path / "maria")
    tab._edited("title", "Power BI developer")
    tab.flush()
    dialog = tab.merge_dialog
    assert dialog is not None and set(dialog.groups) == {"title"}
    assert outbox.find_edit(data_dir.data_dir, "profile", general_id).changes == \
        {"title": "Power BI developer"}
    dialog.reject()  # decide later: kept, the tab says so
    qtbot.waitUntil(lambda: tab.merge_dialog is None)
    assert tab.save_status.text() == "● Not saved: merge needed"
    assert not tab.merge_button.isHidden()
    tab.merge_button.click()
    tab.merge_dialog.findChild(QRadioButton, "yours_title").setChecked(True)
    tab.merge_dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.merge_dialog is None)
    assert profile.get(general_id).title == "Power BI developer"
    assert outbox.edits(data_dir.data_dir) == [] and tab.merge_button.isHidden()


@pytest.mark.slow
def test_a_timer_run_and_terms_written_offline_arrive_with_their_real_times(
        clock, on_workspace, qtbot, tmp_path):
    """The timer started and stopped while the server is away is recorded as it ran (the
    moments of the clicks, not of the sending); the contract's terms edited meanwhile are sent,
    and the terms Maria rewrote first are shown beside mine to choose from."""
    from datetime import timedelta

    from desktop.services import contracts

    window, paths, url = on_workspace.window, on_workspace.paths, on_workspace.url
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", terms="Reports weekly",
                                now=clock.now() - timedelta(days=1))
    window.navigate("contractsTab", contract.id)
    detail = window.tab("contractsTab").detail
    time_page = detail.time_page
    qtbot.waitUntil(lambda: detail.contract is not None and detail.contract.id == contract.id)
    member(url, """
        from desktop.services import contracts
        c = contracts.find(int(sys.argv[3]))
        contracts.update_terms(c.id, title=c.title, client_name=c.client_name, rate=c.rate,
                               terms="Reports on Mondays")
        """, tmp_path / "maria", str(contract.id))
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    started = clock.now()
    time_page.toggle_timer()
    assert time_page.toggle.text() == "Stop timer"
    clock.advance(minutes=45)
    time_page.toggle_timer()
    assert time_page.toggle.text() == "Start timer"
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["timer.start", "timer.stop"]
    detail.edit_contract()
    detail.dialog.terms_edit.setPlainText("Reports on Fridays")
    detail.dialog.accept()
    assert outbox.find_edit(paths.data_dir, "contract", contract.id).changes == \
        {"terms": "Reports on Fridays"}
    clock.advance(minutes=30)  # sent half an hour after the stop
    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=10000)
    assert [(e.started_at, e.ended_at, e.minutes)
            for e in contracts.get(contract.id).time_entries] == \
        [(started, started + timedelta(minutes=45), 45)]
    # both of us changed the terms: mine kept, both shown
    qtbot.waitUntil(lambda: getattr(window, "edit_merge", None) is not None, timeout=5000)
    dialog = window.edit_merge
    assert set(dialog.groups) == {"terms"}
    assert dialog.findChild(QRadioButton, "theirs_terms").text() == "Reports on Mondays"
    assert dialog.findChild(QRadioButton, "yours_terms").text() == "Reports on Fridays"
    assert contracts.find(contract.id).terms == "Reports on Mondays"
    dialog.findChild(QRadioButton, "yours_terms").setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: outbox.edits(paths.data_dir) == [], timeout=5000)
    assert contracts.find(contract.id).terms == "Reports on Fridays"


class _Idle:
    """Idle seconds as the system reports them at each poll (desktop/idle.py's seam)."""

    value = 0.0

    def seconds(self) -> float:
        return self.value


@pytest.mark.slow
def test_idle_time_on_a_timer_started_offline_is_asked_about_and_cut_through_the_outbox(
        clock, on_workspace, qtbot):
    """A timer started while the server is away lives only in the outbox; the idle prompt
    watches it all the same. Away 14:05–14:28: discarding that time keeps a stop at 14:05 and
    a start at 14:28 in the outbox; when the server is back the run is stored as it ran."""
    from datetime import UTC, datetime, timedelta

    from desktop.services import contracts, settings, timer
    from tests.helpers.members import other_connection

    def at(hour: int, minute: int, second: int = 0) -> datetime:
        return datetime(2026, 11, 26, hour, minute, second, tzinfo=UTC)

    window, paths, url = on_workspace.window, on_workspace.paths, on_workspace.url
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=at(9, 0) - timedelta(days=1))
    settings.put("idle_minutes", 10)
    window.navigate("contractsTab", contract.id)
    detail = window.tab("contractsTab").detail
    qtbot.waitUntil(lambda: detail.contract is not None and detail.contract.id == contract.id)
    qtbot.waitUntil(lambda: window.tray is not None)
    prompt = window.tray.idle
    prompt.source = _Idle()
    asked = []
    prompt.asked.connect(asked.append)

    def poll(moment: datetime, idle_seconds: float) -> None:
        clock.set(moment)
        prompt.source.value = idle_seconds
        prompt.check()

    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    clock.set(at(14, 0))
    detail.time_page.toggle_timer()  # kept: the server is away
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["timer.start"]
    assert prompt.poll.isActive()  # the timer in the outbox is watched
    poll(at(14, 4, 50), 0.5)
    poll(at(14, 15), 10 * 60)  # last input 14:05
    poll(at(14, 28), 23 * 60)
    poll(at(14, 28, 10), 4)  # back
    assert len(asked) == 1 and "23 minutes" in asked[0].message.text()
    clock.set(at(14, 29))
    qtbot.mouseClick(asked[0].discard, Qt.MouseButton.LeftButton)
    assert [(c.name, c.args["at"]) for c in outbox.calls(paths.data_dir)] == [
        ("timer.start", at(14, 0).isoformat()), ("timer.stop", at(14, 5).isoformat()),
        ("timer.start", at(14, 28).isoformat())]
    assert "Idle time discarded" in window.statusBar().currentMessage()
    assert prompt.poll.isActive() and detail.time_page.toggle.text() == "Stop timer"
    # away again, and this time stopped where idle began
    poll(at(14, 40), 10 * 60)  # since 14:30
    poll(at(14, 45), 15 * 60)
    poll(at(14, 46), 2)
    assert len(asked) == 2
    qtbot.mouseClick(asked[1].discard_stop, Qt.MouseButton.LeftButton)
    assert not prompt.poll.isActive() and detail.time_page.toggle.text() == "Start timer"
    clock.set(at(15, 0))
    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=10000)
    with other_connection(url, paths) as sql:
        found = sql.run("SELECT started_at, ended_at, minutes, manual FROM time_entry "
                        "WHERE contract_id = ? ORDER BY started_at", contract.id)
    assert [(s[:16], e[:16], m, bool(manual)) for s, e, m, manual in found] == [
        ("2026-11-26T14:00", "2026-11-26T14:05", 5, False),
        ("2026-11-26T14:28", "2026-11-26T14:30", 2, False)]
    assert timer.current() is None


@pytest.mark.slow
def test_idle_time_on_the_servers_timer_while_it_is_away_is_cut_through_the_outbox(
        clock, on_workspace, qtbot):
    """The timer ran on the server since 14:00; the server went away and the user was away
    14:05–14:28: discarding that time keeps the stop and the new start in the outbox, and the
    server gets the run cut exactly there when it is back."""
    from datetime import UTC, datetime, timedelta

    from desktop.services import contracts, settings, timer
    from tests.helpers.members import other_connection

    def at(hour: int, minute: int, second: int = 0) -> datetime:
        return datetime(2026, 11, 26, hour, minute, second, tzinfo=UTC)

    window, paths, url = on_workspace.window, on_workspace.paths, on_workspace.url
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=at(9, 0) - timedelta(days=1))
    settings.put("idle_minutes", 10)
    window.navigate("contractsTab", contract.id)
    qtbot.waitUntil(lambda: window.tray is not None)
    prompt = window.tray.idle
    prompt.source = _Idle()
    asked = []
    prompt.asked.connect(asked.append)
    clock.set(at(14, 0))
    timer.start(contract.id, memo="calls", now=at(14, 0))
    qtbot.waitUntil(prompt.poll.isActive, timeout=5000)
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    for moment, idle_seconds in ((at(14, 15), 10 * 60), (at(14, 28), 23 * 60),
                                 (at(14, 28, 10), 4)):
        clock.set(moment)
        prompt.source.value = idle_seconds
        prompt.check()
    assert len(asked) == 1
    clock.set(at(14, 29))
    qtbot.mouseClick(asked[0].discard, Qt.MouseButton.LeftButton)
    assert [(c.name, c.args["at"]) for c in outbox.calls(paths.data_dir)] == [
        ("timer.stop", at(14, 5).isoformat()), ("timer.start", at(14, 28).isoformat())]
    clock.set(at(15, 0))
    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=10000)
    with other_connection(url, paths) as sql:
        found = sql.run("SELECT started_at, ended_at, minutes, memo FROM time_entry "
                        "WHERE contract_id = ? ORDER BY started_at", contract.id)
    assert [(s[:16], (e or "")[:16], m, memo) for s, e, m, memo in found] == [
        ("2026-11-26T14:00", "2026-11-26T14:05", 5, "calls"),
        ("2026-11-26T14:28", "", None, "calls")]


@pytest.fixture
def started_on_a_workspace(pg_server, qtbot, tmp_path):
    """The window as `freelance-desk` starts it when Settings ▸ Workspace chose a workspace:
    this computer's data folder is encrypted with a passphrase only (no keyring), and was not
    unlocked in this run (nothing asked for it: the window opened on the workspace)."""
    import keyring
    from keyring.backends import fail

    from desktop import runtime, security
    from desktop.app import build_window
    from ui import workspace_live

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # a headless box: the user chose a passphrase
    paths = runtime.open_data_dir(tmp_path / "here")
    service.update(service.create_draft().id, title="Kept behind a passphrase")
    runtime.close()
    security.encrypt(paths, passphrase=PASSPHRASE)
    security.forget(paths)  # as if the app started again
    url = pg_server.fresh_database()
    workspace.open_workspace(url, paths.data_dir)
    service.update(service.create_draft().id, title="Shared with the agency")
    window = build_window(paths, lazy=True)
    qtbot.addWidget(window)
    workspace_live.attach(window, url, paths.data_dir)
    window.show()
    window.navigate("proposalsTab", None)
    assert _titles(window) == ["Shared with the agency"]
    try:
        yield window, paths, url
    finally:
        workspace_live.detach(window)
        window.close()
        runtime.close()
        security.forget(paths)
        keyring.set_keyring(previous)


PASSPHRASE = "correct horse battery"


def _answer_passphrase(qtbot, *answers):
    """Answer the passphrase dialogs as they come up (modal, while the switch waits): each
    answer is a passphrase to type, or None to cancel. Returns (reason, cancel button) shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.data_actions import PassphraseDialog

    left, reasons = list(answers), []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or not dialog.isVisible():
            return
        reasons.append((dialog.reason.text(), dialog.quit_button.text()))
        typed = left.pop(0) if left else None
        if typed is None:
            dialog.quit_button.click()
        else:
            dialog.edit.setText(typed)
            dialog.open_button.click()

    timer.timeout.connect(poll)
    timer.start()
    return timer, reasons


@pytest.mark.slow
def test_going_back_to_a_passphrase_only_data_folder_asks_for_the_passphrase(
        started_on_a_workspace, qtbot):
    from desktop import security
    from desktop.app import window_settings
    from ui import workspace_live

    window, paths, _url = started_on_a_workspace
    dialog = window.data_actions.show_settings()
    page = dialog.workspace_page
    timer, reasons = _answer_passphrase(qtbot, "wrong horse battery", PASSPHRASE)
    try:
        page.use_local()
    finally:
        timer.stop()
    assert [(("encrypted with a passphrase" in why), ("does not open" in why), button)
            for why, button in reasons] == [(True, False, "Cancel"), (False, True, "Cancel")]
    assert page.result.text() == "The window works on this computer's data folder now."
    qtbot.waitUntil(lambda: _titles(window) == ["Kept behind a passphrase"], timeout=3000)
    assert workspace_live.current() is None and window.tabs.isEnabled()
    assert window_settings(paths).value(workspace.SETTING_KEY) is None
    assert security.prompt is not None and security.prompt.__module__ == "desktop.security"
    dialog.close()


@pytest.mark.slow
def test_cancelling_the_passphrase_keeps_the_window_on_its_workspace(
        started_on_a_workspace, qtbot):
    from ui import workspace_live

    window, _paths, url = started_on_a_workspace
    dialog = window.data_actions.show_settings()
    page = dialog.workspace_page
    timer, reasons = _answer_passphrase(qtbot, None)
    try:
        page.use_local()
    finally:
        timer.stop()
    assert len(reasons) == 1 and reasons[0][1] == "Cancel"  # not the start's "Quit"
    assert "encrypted with a passphrase" in page.result.text()  # why it stayed
    assert workspace_live.current() is not None and workspace_live.current().url == url
    assert window.tabs.isEnabled()
    window.navigate("proposalsTab", None)
    qtbot.waitUntil(lambda: _titles(window) == ["Shared with the agency"], timeout=3000)
    dialog.close()


@pytest.mark.slow
def test_the_tray_starts_and_stops_the_timer_while_the_server_is_away(clock, on_workspace,
                                                                      qtbot):
    """The tray's menu, tooltip, Start and Stop work as the Contracts tab's do while the server
    is away: the clicks are kept with their moments and the run arrives as it was."""
    from datetime import timedelta

    from desktop.services import contracts

    window, paths = on_workspace.window, on_workspace.paths
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=clock.now() - timedelta(days=1))
    qtbot.waitUntil(lambda: window.tray is not None)
    tray = window.tray

    def menu() -> dict:
        tray.menu.aboutToShow.emit()
        return {a.objectName(): a for a in tray.menu.actions() if a.objectName()}

    assert f"trayStart{contract.id}" in menu()  # read while the server is there
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    started = clock.now()
    menu()[f"trayStart{contract.id}"].trigger()
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["timer.start"]
    assert "kept on this computer" in window.statusBar().currentMessage()
    clock.advance(minutes=20)
    tray.update_tooltip()
    assert tray.icon.toolTip() == "Freelance Desk — ● 0:20:00 on “API work”"
    shown = menu()
    assert "trayStop" in shown and f"trayStart{contract.id}" not in shown
    shown["trayStop"].trigger()
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["timer.start", "timer.stop"]
    assert menu()["trayStatus"].text() == "No timer running"
    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=10000)
    assert [(e.started_at, e.ended_at, e.minutes)
            for e in contracts.get(contract.id).time_entries] == \
        [(started, started + timedelta(minutes=20), 20)]


def _ledger(url, paths) -> list[tuple]:
    """The ledger as the server holds it, read with raw SQL: kind, gross, fee, net (cents),
    minutes, contract, client, day."""
    from tests.helpers.members import other_connection

    with other_connection(url, paths) as sql:
        found = sql.run("SELECT kind, gross_cents, fee_cents, net_cents, minutes, contract_id, "
                        "client_id, occurred_at FROM money_transaction ORDER BY id")
    return [(*row[:7], row[7][:10]) for row in found]


def _applied(url, paths) -> int:
    from tests.helpers.members import other_connection

    with other_connection(url, paths) as sql:
        return sql.run("SELECT count(*) FROM outbox_applied")[0][0]


def _killed_send(url, folder, monkeypatch) -> None:
    """The outbox sent by a process killed right after the server committed its first entry,
    before outbox.json knew (desktop/faults, step outbox.KILL_STEP)."""
    from desktop import faults
    from tests.helpers.members import start_member

    monkeypatch.setenv(faults.ENV, outbox.KILL_STEP)
    try:
        process = start_member(url, """
            from desktop import outbox
            outbox.send(sys.argv[2])
            """, folder)
        out, err = process.communicate(timeout=120)
    finally:
        monkeypatch.delenv(faults.ENV)
    assert process.returncode == -9, (out, err)


def _close_app(on_workspace) -> None:
    """The app quits: the window and its workspace's data close (the outbox file stays)."""
    from desktop import runtime
    from ui import tasks

    on_workspace.state.stop()
    on_workspace.window.close()
    tasks.drain()
    runtime.close()


@contextlib.contextmanager
def _app_started(on_workspace, qtbot):
    """The app started again on the workspace: a new window, live, its outbox sent when the
    server is seen (retrying every 0.3 s)."""
    from desktop.app import build_window
    from ui.workspace_live import attach

    paths = workspace.open_workspace(on_workspace.url, on_workspace.paths.data_dir)
    window = build_window(paths, lazy=True)
    qtbot.addWidget(window)
    window.show()
    state = attach(window, on_workspace.url, paths.data_dir, retry=0.3)
    try:
        yield window, state
    finally:
        state.stop()
        window.close()


def _payments_read(window, qtbot):
    """The Payments tab, shown, once its refresh has read what the dialogs work from."""
    window.navigate("paymentsTab", None)
    tab = window.tab("paymentsTab")
    qtbot.waitUntil(lambda: tab.entry_context is not None and bool(tab.entry_context.methods),
                    timeout=10000)
    return tab


@pytest.mark.slow
def test_an_earning_and_a_withdrawal_recorded_offline_arrive_once_even_after_a_restart(
        clock, on_workspace, qtbot, monkeypatch):
    """With the server away, Payments ▸ Record Earning works out the fee from what the tab read
    before, and Record Withdrawal checks the balance the same way: both are kept in the
    outbox, listed in the tab as not sent yet, and kept when the app is closed. A send cut off
    right after the server took the earning leaves both in the outbox; the next start sends
    them: raw SQL finds each row once, and the server's records of them are gone once no
    outbox holds them."""
    from datetime import timedelta

    from desktop.services import contracts, payments, withdrawals

    window, paths, url = on_workspace.window, on_workspace.paths, on_workspace.url
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", fee_percent="10",
                                now=clock.now() - timedelta(days=30))
    payments.record_earning(kind="fixed_price", gross=Decimal("1000"), contract_id=contract.id,
                            occurred_at=clock.now() - timedelta(days=20))
    withdrawals.add_method(name="Sparkasse", kind="local_bank",
                                  added_at=clock.now() - timedelta(days=60))
    before = _ledger(url, paths)
    tab = _payments_read(window, qtbot)
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)

    tab.record_earning()  # the contract picked fills its client and rate; 6.5 h × $40
    dialog = tab.last_dialog
    assert dialog.offline_note.isVisible() and "kept on this computer" in \
        dialog.offline_note.text()
    dialog.contract.setCurrentIndex(dialog.contract.findData(contract.id))
    assert dialog.client.currentText() == "Acme" and dialog.rate.text() == "40.00"
    dialog.hours.setValue(6.5)
    assert "$260.00" in dialog.preview.text() and "$26.00" in dialog.preview.text() \
        and "$234.00" in dialog.preview.text()
    dialog.accept()
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == \
        "Kept on this computer: sent when the workspace server is back"

    tab.record_withdrawal()  # $1,000 less the fee of $100 earned … $300 and $0.99 fee
    dialog = tab.last_dialog
    dialog.amount.setText("2000")
    assert "more than the available balance" in dialog.summary.text()
    dialog.amount.setText("300")
    assert dialog.fee.text() == "0.99" and "Available $900.00" in dialog.summary.text()
    dialog.accept()
    assert not dialog.isVisible()
    kept = tab.kept
    assert kept.isVisible()
    assert kept.title.text().startswith(
        "⚠ 2 changes made while the workspace server was away: kept on this computer, "
        "not sent yet.")
    lines = [kept.findChild(QLabel, f"keptPayment{n}").text() for n in range(2)]
    assert lines[0].startswith("● Hourly work: $260.00 billed, about $26.00 fee")
    assert "Acme, API work" in lines[0] and lines[0].endswith("not sent yet")
    assert lines[1].startswith("● Withdrawal of $300.00 to Sparkasse")
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["payment.earning",
                                                              "withdrawal.record"]
    # the app is closed while the server is away: the outbox stays on disk
    kept_file = outbox.path_in(paths.data_dir)
    _close_app(on_workspace)
    saved = kept_file.read_text(encoding="utf-8")
    assert [c["name"] for c in json.loads(saved)["calls"]] == ["payment.earning",
                                                                "withdrawal.record"]
    on_workspace.server.resume()
    assert _ledger(url, paths) == before  # nothing arrived without the app
    _killed_send(url, paths.data_dir, monkeypatch)  # the server has the earning; the file not
    assert len(_ledger(url, paths)) == len(before) + 1 and _applied(url, paths) == 1
    assert kept_file.read_text(encoding="utf-8") == saved  # it does not know: both wait

    # the next start, with the server back, sends them: the earning is recognised
    with _app_started(on_workspace, qtbot) as (again, _state):
        qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=15000)
        # the dialogs' Date is the user's local today (stored at noon UTC of that day): in
        # Sydney at 15:00 UTC that is already tomorrow
        day = clock.local_today().isoformat()
        client = contract.client_id
        assert _ledger(url, paths) == [
            *before,
            ("hourly", 26000, 2600, 23400, 390, contract.id, client, day),
            ("withdrawal", -30000, 0, -30000, None, None, None, day),
            ("withdrawal_fee", 0, 99, -99, None, None, None, day)]
        assert _applied(url, paths) == 0  # no outbox holds them: their records went too
        assert not kept_file.exists()
        assert not _payments_read(again, qtbot).kept.isVisible()


@pytest.mark.slow
def test_a_kept_withdrawal_the_server_refuses_stays_listed_until_discarded(
        clock, on_workspace, qtbot, tmp_path):
    """The balance is checked again when a kept withdrawal is sent: Maria withdrew meanwhile,
    so mine is over what is left. It is not written; the tab lists it with the server's reason
    and the banner says so, while the kept bonus goes in. Discard takes it out, after asking."""
    from datetime import timedelta

    from desktop.services import payments, withdrawals

    paths, url = on_workspace.paths, on_workspace.url
    payments.record_earning(kind="fixed_price", gross=Decimal("1000"),
                            occurred_at=clock.now() - timedelta(days=20))
    method = withdrawals.add_method(name="Sparkasse", kind="ach",
                                    added_at=clock.now() - timedelta(days=60))
    tab = _payments_read(on_workspace.window, qtbot)
    on_workspace.server.halt()
    qtbot.waitUntil(on_workspace.window.workspace_banner.isVisible, timeout=10000)
    tab.record_withdrawal()
    tab.last_dialog.amount.setText("800")
    assert "Available $900.00" in tab.last_dialog.summary.text()  # $1,000 less the 10% fee
    tab.last_dialog.accept()
    tab.record_earning()
    dialog = tab.last_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("bonus"))
    dialog.client.setEditText("Globex")  # a client nobody has recorded yet
    dialog.amount.setText("50")
    dialog.accept()
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["withdrawal.record",
                                                              "payment.earning"]
    _close_app(on_workspace)
    on_workspace.server.resume()
    member(url, """
        from datetime import datetime
        from decimal import Decimal
        from desktop.services import withdrawals
        withdrawals.record_withdrawal(method_id=int(sys.argv[3]), amount=Decimal("500"),
                                      occurred_at=datetime.fromisoformat(sys.argv[4]))
        """, tmp_path / "maria", str(method.id), clock.now().isoformat())
    with _app_started(on_workspace, qtbot) as (window, _state):
        qtbot.waitUntil(lambda: [c.problem for c in outbox.calls(paths.data_dir)] ==
                        ["withdrawal.over_balance"], timeout=15000)
        assert "The server refused 1 payment recorded while offline" in \
            window.workspace_banner.label.text()
        assert [row[:4] for row in _ledger(url, paths)] == [
            ("fixed_price", 100000, 10000, 90000), ("withdrawal", -50000, 0, -50000),
            ("bonus", 5000, 500, 4500)]
        with other_connection(url, paths) as sql:
            assert sql.run("SELECT c.name FROM money_transaction t JOIN client c "
                           "ON c.id = t.client_id WHERE t.kind = 'bonus'") == [("Globex",)]
        tab = _payments_read(window, qtbot)
        kept = tab.kept
        qtbot.waitUntil(kept.isVisible, timeout=5000)
        assert kept.title.text() == "⚠ The server refused 1 kept payment:"
        line = kept.findChild(QLabel, "keptPayment0").text()
        assert line.startswith("✗ Withdrawal of $800.00 to Sparkasse")
        assert "is more than the" in line and "400" in line
        box = kept.discard(outbox.calls(paths.data_dir)[0])
        box.button(box.StandardButton.Discard).click()
        assert outbox.calls(paths.data_dir) == [] and not kept.isVisible()


def test_recording_a_payment_offline_before_payments_was_ever_read_says_why_it_cannot(
        on_workspace, qtbot):
    """The server went away before the Payments tab read anything, so there is nothing to
    work out a fee or a balance from: Record Earning / Cost / Withdrawal say so in one message
    instead of doing nothing."""
    import threading

    from PySide6.QtWidgets import QMessageBox

    from ui import tasks

    window = on_workspace.window
    gate = threading.Event()
    tasks.run_in_background(lambda progress: gate.wait(10))  # the worker busy elsewhere
    tab = window.tab("paymentsTab")  # built, as the idle build does: its first read waits
    on_workspace.server.halt()
    gate.set()  # the first read now runs, and finds the server away
    try:
        qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
        window.navigate("paymentsTab", None)
        assert tab.entry_context is None
        for record in (tab.record_earning, tab.record_cost, tab.record_withdrawal):
            record()
            box = tab.findChild(QMessageBox, "paymentsError")
            assert box is not None and box.isVisible()
            assert "workspace server cannot be reached" in box.text()
            assert getattr(tab, "last_dialog", None) is None  # no dialog opened
            box.close()
            box.deleteLater()
            qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "paymentsError") is None)
    finally:
        on_workspace.server.resume()


def _settled(window, qtbot) -> None:
    """Every tab built, and the refreshes the setup's writes asked for done, before the server
    goes away (other tabs' reads while it is away are not what these tests are about)."""
    assert len(window.tab_pages) == 6
    qtbot.wait(1000)


def _select(tab, *ids: int) -> None:
    tab.ledger.clearSelection()
    for tx_id in ids:
        row = tab.ledger_model.row_of(tx_id)
        assert row >= 0, tx_id
        tab.ledger.selectionModel().select(
            tab.ledger_model.index(row, 0),
            tab.ledger.selectionModel().SelectionFlag.Select
            | tab.ledger.selectionModel().SelectionFlag.Rows)


@pytest.mark.slow
def test_payments_read_and_built_while_the_server_is_away_say_so_and_read_again_when_back(
        clock, on_workspace, qtbot):
    """The server goes away under a shown Payments tab: its refresh keeps the ledger and the
    balances it showed and says they are as read then (nothing reaches the crash handler).
    The tab built meanwhile shows Payments to the owner (the role as read when the workspace
    was opened), saying the server is away. Back: the next refresh reads the server's
    ledger."""
    from datetime import timedelta

    from desktop.services import payments
    from ui.insights.tab import InsightsTab
    from ui.payments.tab import PaymentsTab

    window = on_workspace.window
    payments.record_earning(kind="fixed_price", gross=Decimal("1000"),
                            occurred_at=clock.now() - timedelta(days=20))
    tab = _payments_read_first(window, qtbot)
    _settled(window, qtbot)
    assert tab.ledger_model.rowCount() == 1 and tab.card_available.value.text() == "$900.00"
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)
    tab.refresh()
    qtbot.waitUntil(tab.offline_note.isVisible, timeout=10000)
    assert "cannot be reached: Payments shows what it read at" in tab.offline_note.text()
    assert tab.ledger_model.rowCount() == 1 and tab.card_available.value.text() == "$900.00"
    assert tab.stack.currentWidget() is tab.pages

    # the tab built now, as the window builds it when it is first shown (its role is the
    # one read when the workspace was opened)
    built = PaymentsTab(window.ctx)
    qtbot.addWidget(built)
    built.show()
    assert not built.owners_only
    qtbot.waitUntil(lambda: built.stack.currentWidget() is built.offline_state, timeout=10000)
    assert built.offline_state.isVisible() and not built.strip.isVisible()
    insights = InsightsTab(window.ctx)
    qtbot.addWidget(insights)
    insights.activated()  # builds its views: the money ones offered to the owner
    assert insights.sees_money

    on_workspace.server.resume()
    qtbot.waitUntil(lambda: not window.workspace_banner.isVisible(), timeout=10000)
    payments.record_expense(kind="misc", amount=Decimal("40"), occurred_at=clock.now(),
                            description="Hosting")
    qtbot.waitUntil(lambda: tab.ledger_model.rowCount() == 2, timeout=10000)
    assert not tab.offline_note.isVisible() and tab.card_available.value.text() == "$860.00"


def _payments_read_first(window, qtbot):
    window.navigate("paymentsTab", None)
    tab = window.tab("paymentsTab")
    qtbot.waitUntil(lambda: tab.entry_context is not None and tab.ledger_model.rowCount() > 0,
                    timeout=10000)
    return tab


@pytest.mark.slow
def test_ledger_edits_and_deletes_made_offline_are_kept_and_methods_refused(
        clock, on_workspace, qtbot):
    """With the server away: editing a ledger row and deleting one are kept in the outbox and
    listed as not sent yet; a delete undone before it was sent leaves the outbox (offline,
    nothing reaches the crash handler); adding or retiring a withdrawal method is refused in
    one message and nothing changes. Back: raw SQL finds the edit and the delete, the undone
    delete's row still there; Edit ▸ Undo of the sent delete puts its row back."""
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    from desktop.services import contracts, payments, withdrawals

    window, paths, url = on_workspace.window, on_workspace.paths, on_workspace.url
    contract = contracts.create(title="API work", contract_type="fixed", amount="1000",
                                client_name="Acme", now=clock.now() - timedelta(days=40))
    earned = clock.now() - timedelta(days=20)
    edited = payments.record_earning(kind="fixed_price", gross=Decimal("1000"),
                                     occurred_at=earned)
    deleted = payments.record_earning(kind="bonus", gross=Decimal("50"), occurred_at=earned)
    undone = payments.record_expense(kind="misc", amount=Decimal("12"), occurred_at=earned,
                                     description="Domain")
    method = withdrawals.add_method(name="Sparkasse", kind="local_bank",
                                    added_at=clock.now() - timedelta(days=60))
    tab = _payments_read(window, qtbot)
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(undone.id) >= 0, timeout=10000)
    _settled(window, qtbot)
    on_workspace.server.halt()
    qtbot.waitUntil(window.workspace_banner.isVisible, timeout=10000)

    _select(tab, edited.id)
    tab.edit_selected()
    dialog = tab.last_dialog
    assert dialog.offline_note.isVisible() and "kept on this computer" in \
        dialog.offline_note.text()
    dialog.description.setText("Milestone 1: API")
    dialog.contract.setCurrentIndex(dialog.contract.findData(contract.id))
    dialog.accept()
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == \
        "Kept on this computer: sent when the workspace server is back"

    _select(tab, deleted.id)
    tab.delete_selected()
    _select(tab, undone.id)
    tab.delete_selected()
    assert [c.name for c in outbox.calls(paths.data_dir)] == [
        "payment.edit", "payment.delete", "payment.delete"]
    window.undo_group.undo()  # the last delete, not sent: out of the outbox again
    assert [c.name for c in outbox.calls(paths.data_dir)] == ["payment.edit", "payment.delete"]
    kept = tab.kept
    assert kept.isVisible() and kept.title.text().startswith("⚠ 2 changes made while the "
                                                             "workspace server was away")
    lines = [kept.findChild(QLabel, f"keptPayment{n}").text() for n in range(2)]
    assert lines[0].startswith("● Change “Fixed price”") and \
        "description “Milestone 1: API”" in lines[0] and "contract API work" in lines[0]
    assert lines[1].startswith("● Delete “Bonus") and "$45.00" in lines[1]

    tab.pages.setCurrentIndex(2)
    for change in (tab.add_method, lambda: (tab.methods.selectRow(0), tab.toggle_method())):
        before = getattr(tab, "last_dialog", None)
        change()
        box = tab.findChild(QMessageBox, "paymentsError")
        assert box is not None and box.isVisible()
        assert "workspace server cannot be reached" in box.text()
        assert tab.last_dialog is before  # no dialog opened
        box.close()
        box.deleteLater()
        qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "paymentsError") is None)

    on_workspace.server.resume()
    qtbot.waitUntil(lambda: outbox.calls(paths.data_dir) == [], timeout=15000)
    with other_connection(url, paths) as sql:
        rows = sql.run("SELECT id, description, contract_id, client_id FROM money_transaction "
                       "WHERE parent_id IS NULL ORDER BY id")
        active = sql.run(f"SELECT active FROM withdrawal_method WHERE id = {method.id}")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (edited.id, "Milestone 1: API", contract.id), (undone.id, "Domain", None)]
    assert rows[0][3] == contract.client_id and active == [(True,)]
    window.undo_group.undo()  # the delete, sent meanwhile: its rows come back
    with other_connection(url, paths) as sql:
        back = sql.run("SELECT id, kind, gross_cents FROM money_transaction "
                       f"WHERE id = {deleted.id}")
    assert back == [(deleted.id, "bonus", 5000)]
    qtbot.waitUntil(lambda: tab.ledger_model.row_of(deleted.id) >= 0, timeout=10000)

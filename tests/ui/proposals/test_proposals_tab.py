"""The Proposals tab with pytest-qt: list and editor on realistic data, autosave, undo, the
submit and hire flows, the fee panel, the dialogs and their item models."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.services import connects, interactions
from desktop.services import proposals as service
from tests.unit.proposals.helpers import make_job, make_profile, seed_realistic


def _tab(window):
    tab = window.tab("proposalsTab")
    window.navigate("proposalsTab")
    return tab


def _click_yes(qtbot, tab, name: str) -> None:
    box = None

    def found():
        nonlocal box
        box = tab.findChild(QMessageBox, name)
        return box is not None and box.isVisible()

    qtbot.waitUntil(found, timeout=2000)
    box.findChild(QPushButton, name + "Yes").click()


def test_empty_tab_says_what_to_do_and_new_proposal_opens_the_editor(main_window, qtbot):
    tab = _tab(main_window)
    assert tab.stack.currentWidget() is tab.empty
    assert "Draft proposal" in tab.empty.message.text()
    tab.new_action.trigger()
    assert tab.stack.currentWidget() is tab.splitter
    assert tab.right.currentWidget() is tab.editor
    assert service.get(tab.editor.proposal_id).status == "draft"


def test_realistic_data_in_the_list_editor_and_models(clock, main_window, qtbot, qtmodeltester):
    ids = seed_realistic()
    tab = _tab(main_window)
    tab.filter.setCurrentIndex(tab.filter.findData("all"))
    assert tab.model.rowCount() == 6
    qtmodeltester.check(tab.model)
    statuses = {tab.model.index(r, 2).data() for r in range(tab.model.rowCount())}
    assert statuses == {"Draft", "Interviewing", "Declined", "Job cancelled", "Hired"}
    tab.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by bid, in SQL
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 3).data() == "$450.00"

    main_window.navigate("proposalsTab", ids["draft"])
    editor = tab.editor
    assert editor.proposal_id == ids["draft"]
    assert "Unfilled: {question_for_them}" in editor.letter.warnings.text()
    assert "$65.00/h" in editor.summary.text() and "22 Connects" in editor.summary.text()
    assert editor.bid.you_receive.text() == "$58.50/h"
    assert "Then" in editor.bid.schedule.text()  # the 6-monthly 5% steps

    main_window.navigate("proposalsTab", ids["sent"])
    assert editor.letter.text.isReadOnly()  # a sent letter is kept as sent
    qtmodeltester.check(editor.conversation.model)
    assert editor.conversation.model.rowCount() == 2
    assert editor.next_button.text() == "Offer received"


def test_typing_is_saved_within_a_second_without_blocking_keys(main_window, qtbot):
    tab = _tab(main_window)
    tab.new_proposal()
    letter = tab.editor.letter
    qtbot.keyClicks(letter.text, "Hi Maria, I read your post")
    assert letter.dirty and letter.save_timer.isActive()  # saved later, not per key
    assert service.get(tab.editor.proposal_id).cover_letter == ""
    qtbot.waitUntil(lambda: service.get(tab.editor.proposal_id).cover_letter ==
                    "Hi Maria, I read your post", timeout=1000)
    assert letter.save_state.text().startswith("Saved")
    assert "26 / 5,000 characters · 6 words" in letter.count.text()


def test_delete_goes_on_the_undo_stack(main_window, qtbot):
    ids = seed_realistic()
    tab = _tab(main_window)
    main_window.navigate("proposalsTab", ids["sent"])
    tab.delete_current()
    assert not service.exists(ids["sent"])
    assert tab.undo_stack.undoText().startswith("Delete")
    tab.undo_stack.undo()
    assert service.get(ids["sent"]).status == "interviewing"
    assert tab.current_id() == ids["sent"]
    assert len(interactions.for_proposal(ids["sent"])) == 2  # the conversation came back


def test_submit_asks_then_spends_connects_and_freezes_the_letter(main_window, qtbot):
    make_profile()
    connects.adjust(20)
    job = make_job("Django API for a booking app", skills="Django, PostgreSQL", connects=16)
    tab = _tab(main_window)
    proposal_id = tab.new_proposal(job.id)
    editor = tab.editor
    editor.letter.text.setPlainText("Hi, I have built Django APIs on PostgreSQL for bookings.")
    assert editor.next_button.text() == "Submit…"
    before = connects.available()  # 20 + this month's free Connects
    editor.next_button.click()
    _click_yes(qtbot, tab, "submitDialog")
    assert service.get(proposal_id).status == "submitted"
    assert service.get(proposal_id).sent_cover_letter.startswith("Hi, I have built Django")
    assert connects.available() == before - 16
    assert editor.letter.text.isReadOnly()
    assert "16 Connects spent" in editor.summary.text()


def test_short_on_connects_is_a_clear_warning_and_submit_is_refused(main_window, qtbot):
    job = make_job("Job", skills="Django", connects=20 - 4)
    tab = _tab(main_window)
    connects.adjust(-connects.available())  # spent everything this month
    proposal_id = tab.new_proposal(job.id)
    editor = tab.editor
    editor.letter.text.setPlainText("A Django letter")
    editor.bid.rate.setText("40")
    editor.bid.rate.editingFinished.emit()
    assert "16 Connects short" in editor.bid.connects_warning.text()
    assert "short" in editor.summary.text()
    editor.next_button.click()
    box = tab.findChild(QMessageBox, "errorDialog")
    assert box is not None and "needs 16 Connects but you have 0" in box.text()
    assert service.get(proposal_id).status == "draft"


def test_fee_panel_reverse_bid_sets_the_rate(clock, main_window, qtbot):
    tab = _tab(main_window)
    proposal_id = tab.new_proposal()
    bid = tab.editor.bid
    bid.want.setText("100")
    bid.want.textEdited.emit("100")
    assert bid.bid_needed.text() == "Bid $111.11/h (fee $11.11) to receive $100.00/h"
    bid.use_bid.click()
    assert service.get(proposal_id).rate == Decimal("111.11")
    assert bid.you_receive.text() == "$100.00/h"
    bid.fixed.click()
    bid.by_milestones.click()
    bid.add_milestone.click()
    assert service.get(proposal_id).fixed_mode == "milestones"
    assert len(service.milestones(proposal_id)) == 1


def test_hired_creates_the_contract_and_opens_it(main_window, qtbot):
    connects.adjust(20)
    tab = _tab(main_window)
    proposal_id = tab.new_proposal(make_job("Fix queries", skills="PostgreSQL",
                                            connects=4).id)
    service.save_letter(proposal_id, "I fix slow PostgreSQL queries.")
    service.update(proposal_id, rate="60")
    service.submit(proposal_id)
    service.set_status(proposal_id, "offer")
    tab.show_item(proposal_id)
    editor = tab.editor
    assert editor.next_button.text() == "Hired"
    editor.next_button.click()
    _click_yes(qtbot, tab, "hireDialog")
    assert service.get(proposal_id).status == "hired"
    error = tab.findChild(QMessageBox, "errorDialog")
    assert error is None, error.text()
    contract = service.contract_for(proposal_id)
    assert contract is not None and contract.rate == Decimal("60.00")
    assert not editor.contract_button.isHidden() and editor.contract_button.text() == \
        "Open contract"
    editor.contract_button.click()
    assert main_window.tabs.currentWidget().objectName() == "contractsTab"


def test_dialogs_ledger_templates_figures_and_history(main_window, qtbot, qtmodeltester):
    ids = seed_realistic()
    tab = _tab(main_window)
    tab.show_ledger()
    ledger = tab._dialogs["ledger"]
    qtmodeltester.check(ledger.model)
    assert f"<b>{connects.available()}</b> Connects available" in ledger.summary.text()
    ledger.bundle.setCurrentIndex(ledger.bundle.findData(40))
    before = connects.available()
    ledger.buy_button.click()
    assert connects.available() == before + 40
    ledger.reject()

    tab.show_templates("snippet")
    templates = tab._dialogs["templates"]
    editor = templates.editors["snippet"]
    editor.new_item()
    editor.name.setText("Sign-off")
    editor.body.setPlainText("Thanks for reading, {client_name}!")
    editor.save_button.click()
    assert editor.list.count() == 3
    editor.delete_button.click()
    assert editor.list.count() == 2
    tab.undo_stack.undo()
    assert editor.list.count() == 3
    templates.reject()

    tab.show_figures()
    figures = tab._dialogs["figures"]
    assert figures.table.item(0, 1).text() == "4"  # sent
    assert figures.table.item(0, 4).text() == "1"  # hired
    figures.reject()

    main_window.navigate("proposalsTab", ids["draft"])
    tab.show_revisions()
    history = tab._dialogs["revisions"]
    assert history.list.count() >= 2
    history.list.setCurrentRow(1)
    old_text = history.preview.toPlainText()
    history.restore_button.click()
    assert service.get(ids["draft"]).cover_letter == old_text
    assert tab.editor.letter.text.toPlainText() == old_text


def test_copy_for_upwork_puts_letter_and_answers_on_the_clipboard(main_window, qtbot):
    ids = seed_realistic()
    tab = _tab(main_window)
    main_window.navigate("proposalsTab", ids["sent"])
    tab.copy_action.trigger()
    text = QApplication.clipboard().text()
    assert text.startswith("Hi Maria,")
    assert "Describe a similar API you built\nA clinic scheduling API" in text


def test_the_tab_fits_a_1000_by_700_window(main_window, qtbot):
    seed_realistic()
    tab = _tab(main_window)
    tab.reload()
    assert tab.minimumSizeHint().width() <= 1000
    main_window.resize(1000, 700)
    main_window.show()
    qtbot.waitExposed(main_window)
    assert tab.editor.width() > 550


def test_pipeline_moves_are_undoable_including_the_cancel_refund(main_window, qtbot):
    connects.adjust(30)
    tab = _tab(main_window)
    job = make_job("Stripe webhooks for a Django shop", skills="Django, Stripe", connects=8)
    proposal_id = tab.new_proposal(job.id)
    service.save_letter(proposal_id, "I have wired Stripe webhooks into Django shops.")
    service.update(proposal_id, rate="50")
    service.submit(proposal_id)
    tab.show_item(proposal_id)
    editor = tab.editor
    history = len(service.history(proposal_id))
    editor.next_button.click()  # "Client viewed it": no question asked, one Ctrl+Z away
    assert service.get(proposal_id).status == "viewed"
    tab.undo_stack.undo()
    proposal = service.get(proposal_id)
    assert (proposal.status, proposal.viewed_at) == ("submitted", None)
    assert len(service.history(proposal_id)) == history
    assert editor.next_button.text() == "Client viewed it"

    before = connects.available()
    editor.request_status("job_cancelled")
    _click_yes(qtbot, tab, "cancelDialog")
    assert connects.available() == before + 8  # refunded
    tab.undo_stack.undo()
    assert service.get(proposal_id).status == "submitted"
    assert connects.available() == before  # the refund row went with the move
    tab.undo_stack.redo()
    assert service.get(proposal_id).status == "job_cancelled"


def test_the_bid_box_keeps_its_rows_together(main_window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QGroupBox, QLabel

    tab = _tab(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    tab.new_proposal()
    bid = tab.editor.bid
    tab.editor.pages.setCurrentWidget(bid)
    bid.fixed.click()
    qtbot.waitUntil(lambda: bid.fixed_box.isVisible())
    box = bid.findChild(QGroupBox, "bidGroup")
    assert box.height() <= box.sizeHint().height() + 4  # not stretched beside the fee boxes
    total = next(lb for lb in bid.fixed_box.findChildren(QLabel) if lb.text() == "Total")
    gap = total.mapTo(box, QPoint(0, 0)).y() - bid.fixed.mapTo(box, QPoint(0, 0)).y()
    assert 0 < gap < 90  # "Total" sits right under the bid type, not 170 px below


def test_board_drag_moves_a_proposal_undoably_and_refuses_what_the_pipeline_does_not(
        main_window, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    seed_realistic()
    tab = _tab(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    tab.board_button.click()
    board = tab.board
    assert tab.stack.currentWidget() is tab.board_page and board.isVisible()
    assert board.card_ids("declined") and board.headings["declined"].text().endswith("(1)")
    (moving,) = board.card_ids("interviewing")

    def drag(proposal_id: int, to: str) -> None:
        source = board.columns[service.get(proposal_id).status]
        item = next(source.item(i) for i in range(source.count())
                    if source.item(i).data(Qt.ItemDataRole.UserRole + 1) == proposal_id)
        mime = source.mimeData([item])  # kept alive: the event does not own it
        event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        with qtbot.waitSignal(board.columns[to].dropped):
            board.columns[to].dropEvent(event)

    with qtbot.waitSignal(board.moved):
        drag(moving, "offer")
    assert service.get(moving).status == "offer"
    assert board.card_ids("offer") == [moving] and board.card_ids("interviewing") == []
    assert main_window.undo_group.undoText().startswith("Mark")
    with qtbot.waitSignal(board.moved):
        main_window.undo_group.undo()
    assert service.get(moving).status == "interviewing"
    assert board.card_ids("interviewing") == [moving]
    drag(moving, "viewed")  # back along the pipeline: not a move it has
    assert service.get(moving).status == "interviewing"
    assert "cannot be moved" in main_window.statusBar().currentMessage()
    tab.list_button.click()
    assert tab.stack.currentWidget() is tab.splitter


def test_a_logged_message_and_a_balance_correction_are_undone_from_the_edit_menu(
        main_window, qtbot):
    """Adding a conversation entry and setting the Connects balance are operations on the
    Proposals tab's undo stack: Edit ▸ Undo takes them back, Edit ▸ Redo brings the same entry
    back (issue 14)."""
    from PySide6.QtGui import QAction

    ids = seed_realistic()
    tab = _tab(main_window)
    undo = main_window.findChild(QAction, "undoAction")
    redo = main_window.findChild(QAction, "redoAction")
    main_window.navigate("proposalsTab", ids["sent"])
    conversation = tab.editor.conversation
    before = interactions.ids_for(proposal_id=ids["sent"])
    conversation.kind.setCurrentIndex(conversation.kind.findData("note"))
    qtbot.keyClicks(conversation.body, "Call Maria on Friday")
    conversation.add_button.click()
    added = [i for i in interactions.ids_for(proposal_id=ids["sent"]) if i not in before]
    assert len(added) == 1 and interactions.get(added[0]).body == "Call Maria on Friday"
    assert conversation.model.rowCount() == len(before) + 1 and not conversation.body.toPlainText()
    assert undo.text() == "&Undo Add conversation entry"
    undo.trigger()
    assert interactions.ids_for(proposal_id=ids["sent"]) == before
    assert conversation.model.rowCount() == len(before)
    redo.trigger()
    assert interactions.get(added[0]).body == "Call Maria on Friday"  # the same entry, same id
    assert conversation.model.rowCount() == len(before) + 1

    tab.show_ledger()
    ledger = tab._dialogs["ledger"]
    was = connects.available()
    ledger.balance_spin.setValue(was + 7)
    ledger.set_balance_button.click()
    assert connects.available() == was + 7
    assert f"<b>{was + 7}</b> Connects available" in ledger.summary.text()
    undo.trigger()
    assert connects.available() == was  # the correction row is gone again
    assert f"<b>{was}</b> Connects available" in ledger.summary.text()
    ledger.reject()


def test_templates_dialog_in_hindi_names_nothing_in_english(main_window, qtbot):
    """Screen readers read the dialog's names, and Edit ▸ Undo says what it undoes: in Hindi,
    no English word (such as the kind's code, "snippet") is spliced into either."""
    import re

    from PySide6.QtWidgets import QWidget

    from ui import i18n

    latin = re.compile(r"[A-Za-z]")
    i18n.install("hi")
    try:
        tab = _tab(main_window)
        tab.show_templates("snippet")
        dialog = tab._dialogs["templates"]
        names = [w.accessibleName() for w in dialog.findChildren(QWidget) if w.accessibleName()]
        assert len(names) >= 10 and [n for n in names if latin.search(n)] == []
        editor = dialog.editors["snippet"]
        editor.new_item()
        editor.name.setText("धन्यवाद")
        editor.body.setPlainText("पढ़ने के लिए धन्यवाद, {client_name}!")
        editor.save_button.click()
        editor.delete_button.click()
        assert tab.undo_stack.undoText() and not latin.search(tab.undo_stack.undoText())
        tab.undo_stack.undo()
        assert "धन्यवाद" in [editor.list.item(i).text() for i in range(editor.list.count())]
        dialog.reject()
    finally:
        i18n.install("en")

"""Keyboard use: tab order in the forms, shortcuts dialog, every action reachable."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication


def tab_walk(qtbot, start, steps: int) -> list[str]:
    """The widgets Tab visits from `start`; a date edit's own sections (Tab steps through
    day, month and year first) count once."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names: list[str] = []
    for _ in range(steps * 4):
        focused = QApplication.focusWidget()
        name = focused.objectName() or type(focused).__name__
        if not names or names[-1] != name or name == "QPushButton":
            names.append(name)
        if len(names) == steps:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return names


def shown(qtbot, window):
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def test_profile_basics_tab_order_follows_the_form(main_window, qtbot):
    shown(qtbot, main_window)
    basics = main_window.tab("profileTab").basics
    order = tab_walk(qtbot, basics.choose_photo_button, 10)
    # the photo column first (Remove is disabled without a photo), then the fields top down
    assert order == ["profileChoosePhotoButton", "profileNameEdit", "profileTitleEdit",
                     "profileRateEdit", "profileAvailabilityCombo", "profileLocationEdit",
                     "profileTimezoneCombo", "profileVideoEdit", "profileCategoryWebDevelopment",
                     "profileCategoryMobileDevelopment"]


def test_contract_dialog_tab_order_is_fields_then_buttons(main_window, qtbot):
    from ui.contracts.dialogs import ContractDialog

    dialog = ContractDialog(lambda values: None)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.title_edit  # opens on the first field
    order = tab_walk(qtbot, dialog.title_edit, 14)
    assert order == ["contractTitleEdit", "contractClientEdit", "contractTypeEdit",
                     "contractOfferCheck", "contractRateEdit", "contractLimitEdit",
                     "contractManualCheck", "contractIncreaseMonths", "contractFeeEdit",
                     "contractExtIdEdit", "contractTermsEdit", "QPushButton", "QPushButton",
                     "contractTitleEdit"]  # Tab leaves the multi-line terms, and wraps around
    ok, cancel = dialog.buttons.buttons()[:2]
    assert {ok.text(), cancel.text()} == {"OK", "Cancel"}


def test_milestone_and_time_dialogs_tab_order(main_window, qtbot):
    from ui.contracts.dialogs import EntryDialog, MilestoneDialog

    milestone = MilestoneDialog(lambda values: None)
    qtbot.addWidget(milestone)
    shown(qtbot, milestone)
    assert tab_walk(qtbot, milestone.description_edit, 4) == [
        "milestoneDescriptionEdit", "milestoneAmountEdit", "milestoneDueCheck", "QPushButton"]
    milestone.due_check.setChecked(True)  # the date joins the order once it applies
    assert tab_walk(qtbot, milestone.description_edit, 4)[3] == "milestoneDueEdit"

    entry = EntryDialog(lambda values: None)
    qtbot.addWidget(entry)
    shown(qtbot, entry)
    assert tab_walk(qtbot, entry.date_edit, 6) == [
        "entryDateEdit", "entryStartEdit", "entryHoursEdit", "entryMinutesEdit",
        "entryMemoEdit", "QPushButton"]


def test_shortcuts_dialog_is_searchable_and_lists_every_menu_shortcut(main_window, qtbot):
    main_window.findChild(QAction, "shortcutsAction").trigger()
    dialog = main_window.shortcuts_dialog
    assert dialog.objectName() == "shortcutsDialog" and not dialog.isModal()
    listed = {(name, keys) for name, keys, _ in dialog.visible_rows()}
    for menu in main_window.menus.values():
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                assert (action.text().replace("&", ""), action.shortcut().toString(
                    action.shortcut().SequenceFormat.NativeText)) in listed
    assert ("Payments", "Ctrl+5") in listed and ("Quit", "Ctrl+Q") in listed
    qtbot.keyClicks(dialog.search, "timer")
    rows = dialog.visible_rows()
    assert rows and all("timer" in " ".join(row).lower() for row in rows)
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ctrl+4")
    assert [row[0] for row in dialog.visible_rows()] == ["Contracts"]
    assert "1 shortcut" in dialog.count.text()


def test_every_action_is_in_a_menu_or_has_a_shortcut(main_window):
    in_menus = set()

    def walk(menu):
        for action in menu.actions():
            in_menus.add(id(action))
            if action.menu() is not None:
                walk(action.menu())

    for menu in main_window.menus.values():
        walk(menu)
    for title in main_window.menus.values():
        assert "&" in title.title()  # Alt+letter opens every menu
    stray = [a.objectName() or a.text() for a in main_window.findChildren(QAction)
             if a.text() and id(a) not in in_menus and a.shortcut().isEmpty()
             and a.isVisible() and a.parent() is main_window]
    assert stray == []


def test_ctrl_number_moves_focus_into_the_tab(main_window, qtbot):
    shown(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = main_window.tab("contractsTab")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and page.isAncestorOf(QApplication.focusWidget()))

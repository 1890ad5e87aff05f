"""Every interactive widget has an accessible name: the tabs, the main window's dialogs and
the Profile/Contracts forms."""
from __future__ import annotations

import pytest

from tests.ui.look.a11y import unnamed

TABS = ["profileTab", "jobsTab", "proposalsTab", "contractsTab", "paymentsTab"]


@pytest.mark.parametrize("name", TABS)
def test_tab_controls_have_accessible_names(main_window, name):
    page = main_window.tab(name)
    main_window.show()
    main_window.tabs.setCurrentWidget(page)
    assert page.accessibleName()
    assert unnamed(page) == []


def test_main_window_chrome_and_dialogs_have_accessible_names(main_window, qtbot):
    assert unnamed(main_window.statusBar()) == []
    assert main_window.tabs.accessibleName()
    main_window.show_shortcuts()
    assert unnamed(main_window.shortcuts_dialog) == []
    from ui.settings.dialog import SettingsDialog

    settings = SettingsDialog(main_window.data_actions, main_window)
    qtbot.addWidget(settings)
    assert unnamed(settings) == []


def test_contract_and_profile_dialogs_have_accessible_names(main_window, qtbot):
    from ui.contracts.dialogs import ContractDialog, EntryDialog, MilestoneDialog
    from ui.profile.lists import EntryDialog as ProfileEntryDialog

    dialogs = [ContractDialog(lambda v: None), EntryDialog(lambda v: None),
               MilestoneDialog(lambda v: None)]
    dialogs += [ProfileEntryDialog(kind, submit=lambda v: None, parent=main_window) for kind in
                ("portfolio", "certification", "employment", "education", "language")]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], dialog.objectName()

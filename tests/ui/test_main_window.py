"""The main window: tabs, shortcuts, menus, remembered layout, single instance."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

TAB_NAMES = ["profileTab", "jobsTab", "proposalsTab", "contractsTab", "paymentsTab",
             "insightsTab"]


def test_six_tabs_with_names_and_empty_states(main_window):
    tabs = main_window.tabs
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == TAB_NAMES
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Profile", "Jobs", "Proposals", "Contracts", "Payments", "Insights"]
    for i in range(tabs.count()):
        assert tabs.widget(i).accessibleName()
    menus = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]


def test_ctrl_number_switches_tabs(main_window, qtbot):
    with qtbot.waitActive(main_window):
        main_window.show()
        main_window.activateWindow()
    for index in (5, 4, 2, 0):
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_1 + index),
                       Qt.KeyboardModifier.ControlModifier)
        assert main_window.tabs.currentIndex() == index
    shortcuts = dict(main_window.shortcut_list())
    assert shortcuts["Payments"] == "Ctrl+5"
    assert shortcuts["Insights"] == "Ctrl+6"


def test_layout_and_current_tab_are_remembered(qtbot, data_dir):
    from desktop.app import build_window

    first = build_window(data_dir)
    qtbot.addWidget(first)
    first.resize(1000, 700)
    first.move(20, 30)
    first.show()
    qtbot.waitExposed(first)
    first.tabs.setCurrentIndex(3)
    first.close()

    second = build_window(data_dir)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 3
    assert (second.width(), second.height()) == (1000, 700)


def test_status_bar_shows_messages(main_window):
    main_window.show_status("Imported 3 jobs")
    assert main_window.statusBar().currentMessage() == "Imported 3 jobs"
    assert main_window.findChild(QLabel, "statusMessage") is not None


def test_second_instance_on_the_same_data_dir_raises_the_first(qtbot, tmp_path):
    from ui.single_instance import SingleInstance

    first = SingleInstance(tmp_path / "a")
    assert first.listen()
    other_dir = SingleInstance(tmp_path / "b")
    assert not other_dir.notify_running()  # a different data dir may run alongside
    second = SingleInstance(tmp_path / "a")
    with qtbot.waitSignal(first.activate_requested, timeout=3000):
        assert second.notify_running()
    first.close()


def test_the_gui_start_paints_opening_first_then_builds_the_remembered_tab(qtbot, data_dir):
    """run_gui's window (paint_first) shows its frame, menus and tabs with "Opening…" where
    the remembered tab goes; the tab is built once that has painted, made current and active
    (its undo stack in Edit), and `opened` says so; no other tab is built for it."""
    from desktop.app import build_window, window_settings

    settings = window_settings(data_dir)
    settings.setValue("window/tab", 3)
    settings.sync()
    window = build_window(data_dir, paint_first=True)
    qtbot.addWidget(window)
    assert not any(window.is_built(i) for i in range(6))
    opening = window.tabs.currentWidget().findChild(QLabel, "openingLabel")
    assert opening is not None and opening.text() == "Opening…"
    assert window.tabs.currentIndex() == 3
    with qtbot.waitSignal(window.opened, timeout=5000):
        window.show()
    assert [window.is_built(i) for i in range(6)] == [False, False, False, True, False, False]
    page = window.tabs.currentWidget()
    assert page.objectName() == "contractsTab" and page.findChild(QLabel, "openingLabel") is None
    assert window.undo_group.activeStack() is page.undo_stack
    qtbot.waitUntil(lambda: all(window.is_built(i) for i in range(6)), timeout=20000)
    assert window.tabs.currentIndex() == 3

    hidden = build_window(data_dir, paint_first=True)  # never shown, so never painted
    qtbot.addWidget(hidden)
    with qtbot.waitSignal(hidden.opened, timeout=5000):
        pass
    assert hidden.is_built(3) and hidden.tabs.currentWidget().objectName() == "contractsTab"


def test_start_up_builds_the_visible_tab_and_the_rest_when_idle_with_the_same_menus(
        qtbot, data_dir):
    """run_gui's window (lazy) shows only the remembered tab at first; a tab shown early is
    built on that switch; the idle build finishes the rest; then the menus, shortcuts and
    icons are exactly those of a window built all at once."""
    from PySide6.QtGui import QAction

    from desktop.app import build_window, window_settings

    def menus(window):
        out = []
        for menu in window.menus.values():
            for action in menu.actions():
                out.append((menu.objectName(), action.objectName(), action.text(),
                            action.shortcut().toString(), action.isSeparator(),
                            action.icon().isNull()))
        return out

    eager = build_window(data_dir)
    qtbot.addWidget(eager)
    expected_menus = menus(eager)
    expected_rows = eager.shortcut_rows()
    eager.close()

    settings = window_settings(data_dir)
    settings.setValue("window/tab", 2)
    settings.sync()
    lazy = build_window(data_dir, lazy=True)
    qtbot.addWidget(lazy)
    assert [lazy.is_built(i) for i in range(6)] == [False, False, True, False, False, False]
    assert [lazy.tabs.widget(i).objectName() for i in range(6)] == TAB_NAMES
    assert lazy.tabs.currentWidget() is lazy.tab("proposalsTab")
    lazy.show()
    lazy.show_tab(4)  # before the idle build gets there: built on the switch
    assert lazy.is_built(4) and lazy.tabs.currentWidget().objectName() == "paymentsTab"
    assert lazy.tabs.currentWidget().findChild(QAction, "recordEarningAction") is not None
    qtbot.waitUntil(lambda: all(lazy.is_built(i) for i in range(6)), timeout=20000)
    qtbot.waitUntil(lambda: menus(lazy) == expected_menus, timeout=5000)
    assert lazy.shortcut_rows() == expected_rows
    assert lazy.tabs.currentIndex() == 4

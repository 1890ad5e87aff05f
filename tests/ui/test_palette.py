"""Ctrl+K: one search over records, settings and menu actions; Enter opens the result."""
from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import contracts, payments
from tests.unit.proposals.helpers import seed_realistic


def open_palette(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    action = window.findChild(type(window.menus["Edit"].actions()[0]), "paletteAction")
    assert action.shortcut().toString() == "Ctrl+K"
    action.trigger()
    palette = window.palette
    assert palette.isVisible() and palette.focusWidget() is palette.search
    return palette


def search(palette, qtbot, text: str) -> list[str]:
    with qtbot.waitSignal(palette.results_changed, timeout=3000):
        palette.search.setText(text)
    return palette.results()


def test_finds_records_of_every_kind_and_opens_them(main_window, qtbot):
    seed_realistic()
    contract = contracts.create(title="Landing page redesign", contract_type="fixed",
                                client_name="Lumen Labs",
                                now=datetime(2026, 11, 2, tzinfo=UTC))
    payments.record_earning(kind="bonus", gross=Decimal("50"), contract_id=contract.id,
                            occurred_at=datetime(2026, 11, 20, 12, tzinfo=UTC),
                            description="Thanks for the landing page")
    palette = open_palette(main_window, qtbot)
    found = search(palette, qtbot, "landing")
    assert any(r.startswith("Landing page redesign") and "Contract · Lumen Labs" in r
               for r in found)
    assert any("Transaction · Bonus" in r for r in found)
    assert any("Proposal" in r for r in found)
    found = search(palette, qtbot, "lumen")
    assert any(r.startswith("Lumen Labs") and "Client" in r for r in found)
    search(palette, qtbot, "landing redesign")
    assert palette.results()[0].startswith("Landing page redesign")
    with qtbot.waitSignal(palette.finished):
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.tabs.currentWidget()
                    is main_window.tab("contractsTab"))
    tab = main_window.tab("contractsTab")
    qtbot.waitUntil(lambda: tab.detail.contract is not None
                    and tab.detail.contract.id == contract.id)


def test_finds_settings_and_menu_actions_and_runs_them(main_window, qtbot):
    palette = open_palette(main_window, qtbot)
    found = search(palette, qtbot, "backup")
    assert any(r.startswith("Backups") and "Settings" in r for r in found)
    assert any(r.startswith("Back Up Now") for r in found)
    found = search(palette, qtbot, "money")
    assert found[0].startswith("Money and Connects")
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)

    def settings_open():
        return next((w for w in QApplication.topLevelWidgets()
                     if w.objectName() == "settingsDialog" and w.isVisible()), None)

    qtbot.waitUntil(lambda: settings_open() is not None)
    dialog = settings_open()
    assert dialog.stack.currentWidget() is dialog.money_page
    dialog.close()
    palette = open_palette(main_window, qtbot)
    found = search(palette, qtbot, "zzz-nothing")
    assert found == [] and "Nothing matches" in palette.empty.text()
    search(palette, qtbot, "dark")
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)  # arrows move in the list from the box
    assert palette.list.currentIndex().row() == min(1, palette.model.rowCount() - 1)


def test_a_ledger_line_is_found_and_shown_in_the_users_language(main_window, qtbot, clock):
    """A bonus the app booked reads in Hindi in Ctrl+K's results, and the Hindi word of the
    line finds it (the database holds the line's English, which still finds it too)."""
    from ui import i18n

    contract = contracts.create(title="Landing page redesign", contract_type="fixed",
                                client_name="Lumen Labs",
                                now=datetime(2026, 11, 2, tzinfo=UTC))
    contracts.pay_bonus(contract.id, amount="50", note="launch day",
                        now=datetime(2026, 11, 20, 12, tzinfo=UTC))
    palette = open_palette(main_window, qtbot)
    assert any(r.startswith("Bonus: Landing page redesign — launch day")
               for r in search(palette, qtbot, "bonus launch"))
    i18n.install("hi")
    try:
        for words in ("बोनस", "bonus launch"):
            assert any(r.startswith("बोनस: Landing page redesign — launch day")
                       for r in search(palette, qtbot, words)), words
    finally:
        i18n.install("en")

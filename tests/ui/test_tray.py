"""The tray icon: start, switch and stop the timer from its menu; the elapsed time in its
tooltip, from the app's clock."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QAction

from desktop.services import contracts, timer
from tests.helpers.clock import pinned

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def actions(tray) -> dict[str, QAction]:
    tray.menu.aboutToShow.emit()
    return {a.objectName(): a for a in tray.menu.actions() if a.objectName()}


def test_start_switch_and_stop_from_the_tray(main_window, qtbot):
    with pinned(NOW) as clock:
        api = contracts.create(title="API work", contract_type="hourly", rate="40",
                               client_name="Acme", now=NOW - timedelta(days=30))
        docs = contracts.create(title="Docs", contract_type="hourly", rate="30",
                                client_name="Beta", now=NOW - timedelta(days=30))
        contracts.create(title="Logo", contract_type="fixed", client_name="C",
                         now=NOW - timedelta(days=3))
        qtbot.waitUntil(lambda: main_window.tray is not None)
        tray = main_window.tray
        menu = actions(tray)
        assert menu["trayStatus"].text() == "No timer running"
        assert {f"trayStart{api.id}", f"trayStart{docs.id}"} <= set(menu)
        assert not any(a.text().endswith("“Logo”") for a in menu.values())  # fixed price
        assert menu[f"trayStart{api.id}"].text() == "Start on “API work”"
        with qtbot.waitSignal(tray.changed):
            menu[f"trayStart{api.id}"].trigger()
        assert timer.running().contract_id == api.id
        clock.advance(minutes=75, seconds=5)
        with qtbot.waitSignal(tray.changed, timeout=3000):  # the tooltip ticks each second
            pass
        assert tray.icon.toolTip() == "Freelance Desk — ● 1:15:05 on “API work”"
        menu = actions(tray)
        assert f"trayStart{api.id}" not in menu and "trayStop" in menu
        assert menu[f"trayStart{docs.id}"].text() == "Switch to “Docs”"
        menu[f"trayStart{docs.id}"].trigger()
        assert timer.running().contract_id == docs.id
        clock.advance(minutes=30)
        actions(tray)["trayStop"].trigger()
        assert timer.running() is None
        assert tray.icon.toolTip() == "Freelance Desk — No timer running"
    view = contracts.week_view(api.id, NOW, now=NOW + timedelta(hours=2))
    assert view.total == 75  # the switch stopped API work at 1:15
    assert contracts.week_view(docs.id, NOW, now=NOW + timedelta(hours=2)).total == 30

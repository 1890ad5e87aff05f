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


def test_a_refused_start_is_said_in_hindi(main_window, qtbot):
    """The menu was built while the contract was active; another process (the CLI) paused it
    since. Starting it from the tray is refused, and the status line says why in Hindi."""
    import re

    from ui import i18n

    with pinned(NOW):
        work = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=NOW - timedelta(days=30))
        qtbot.waitUntil(lambda: main_window.tray is not None)
        start = actions(main_window.tray)[f"trayStart{work.id}"]
        main_window.ctx.bus.blockSignals(True)  # another process: this window hears nothing
        contracts.pause(work.id, now=NOW - timedelta(hours=1))
        main_window.ctx.bus.blockSignals(False)
        i18n.install("hi")
        try:
            start.trigger()
            said = main_window.statusBar().currentMessage()
        finally:
            i18n.install("en")
    assert timer.running() is None
    assert re.search(r"[\u0900-\u097F]", said), said
    assert re.findall(r"[A-Za-z]{2,}", said.replace("API work", "")) == [], said

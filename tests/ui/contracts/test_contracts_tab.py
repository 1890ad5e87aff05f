"""The Contracts tab: timer in the status bar and title (surviving a restart), the week view's
over-limit marking, the milestone state machine buttons, undoable deletes, item models."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop import clock as app_clock
from desktop.services import contracts, timer
from desktop.services.contracts import MilestoneInput
from models.contracts import Contract, ContractMilestone, TimeEntry
from ui import i18n
from ui.contracts.dialogs import from_utc
from ui.contracts.models import ContractListModel, EntriesModel, MilestonesModel

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # a Thursday


@pytest.fixture(autouse=True)
def pinned_clock(clock):
    """Every test here runs on Thursday 2026-11-26 15:00 UTC, from before the window exists."""
    clock.set(NOW)
    return clock


def hourly(limit_hours=10):
    return contracts.create(title="API work", contract_type="hourly", rate="40",
                            weekly_limit_minutes=limit_hours * 60, client_name="Acme",
                            now=NOW - timedelta(days=30))


def fixed():
    return contracts.create(title="Landing page", contract_type="fixed", client_name="Beta",
                            milestones=[MilestoneInput("Design", "300", date(2026, 11, 20)),
                                        MilestoneInput("Build", "500", date(2026, 12, 4))],
                            now=NOW - timedelta(days=10))


def contracts_tab(window, now=NOW):
    app_clock.current().set(now)
    tab = window.tab("contractsTab")
    window.tabs.setCurrentWidget(tab)
    tab.refresh()
    return tab


def test_timer_shows_in_status_bar_and_title_and_survives_a_restart(qtbot, data_dir,
                                                                     pinned_clock):
    from desktop.app import build_window

    contract = hourly()
    window = build_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    tab = contracts_tab(window)
    tab.open_contract(contract.id)
    page = tab.detail.time_page
    page.memo.setText("Auth endpoints")
    qtbot.mouseClick(page.toggle, Qt.MouseButton.LeftButton)
    entry = timer.running()
    assert entry is not None and entry.memo == "Auth endpoints"
    qtbot.waitUntil(tab.indicator.isVisible)  # the data bus refreshes the tab
    pinned_clock.set(NOW + timedelta(minutes=75, seconds=5))
    tab._tick()
    assert "1:15:05" in tab.indicator.label.text()
    assert window.windowTitle().startswith("● 1:15:05 API work")
    other = contracts.create(title="Docs", contract_type="hourly", rate="30", now=NOW)
    tab.open_contract(other.id)  # the running memo stays with its own contract
    assert page.memo.text() == "" and page.toggle.text() == "Switch timer here"
    assert "API work" in page.timer_note.text()
    window.close()  # the app "crashes" or quits with the timer running

    again = build_window(data_dir)
    qtbot.addWidget(again)
    again.show()
    tab = contracts_tab(again, NOW + timedelta(hours=2))
    assert tab.indicator.isVisible() and "2:00:00" in tab.indicator.label.text()
    assert tab.ticker.isActive() and again.windowTitle().startswith("● 2:00:00")
    qtbot.mouseClick(tab.indicator.stop, Qt.MouseButton.LeftButton)
    assert timer.running() is None
    assert TimeEntry.get().minutes == 120
    qtbot.waitUntil(lambda: not tab.indicator.isVisible())
    assert again.windowTitle() == "Freelance Desk"


def test_week_view_marks_time_over_the_limit(main_window):
    contract = hourly(limit_hours=10)
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    for day, minutes in ((0, 300), (1, 300), (2, 120)):
        timer.add_manual(contract.id, started_at=monday + timedelta(days=day), minutes=minutes,
                         now=NOW)
    tab = contracts_tab(main_window)
    tab.open_contract(contract.id)
    page = tab.detail.time_page
    assert page.model.rowCount() == 3
    over = page.model.index(2, 4)
    assert page.model.data(over) == "2:00"
    assert "not billed" in page.model.data(over, Qt.ItemDataRole.ToolTipRole)
    assert page.model.data(page.model.index(0, 4)) == ""
    assert "over the weekly limit" in page.warning.text() and not page.warning.isHidden()
    assert page.limit_bar.format() == "12:00 of 10:00 h weekly limit"
    assert "<b>12:00</b> of 10:00 h weekly limit" in page.totals.text()
    assert "Mon, Nov 30, 11:59 UTC" in page.diary.text()
    # the previous week is empty and the next week is not reachable yet
    page.prev.click()
    assert page.model.rowCount() == 0 and page.this_week.isEnabled()
    assert not page.next.isHidden()


def test_deleting_an_entry_is_undoable(main_window):
    contract = hourly()
    timer.add_manual(contract.id, started_at=NOW - timedelta(hours=3), minutes=90, memo="spec",
                     now=NOW)
    tab = contracts_tab(main_window)
    tab.open_contract(contract.id)
    page = tab.detail.time_page
    page.table.selectRow(0)
    assert page.delete.isEnabled()
    page.delete.click()
    assert TimeEntry.select().count() == 0
    assert main_window.undo_group.activeStack() is tab.undo_stack
    tab.undo_stack.undo()
    assert [(e.minutes, e.memo) for e in TimeEntry.select()] == [(90, "spec")]
    tab.undo_stack.redo()
    assert TimeEntry.select().count() == 0


def test_edit_undo_names_a_time_change_in_the_users_language(main_window):
    contract = hourly()
    timer.add_manual(contract.id, started_at=NOW - timedelta(hours=3), minutes=90, memo="spec",
                     now=NOW)
    tab = contracts_tab(main_window)
    tab.open_contract(contract.id)
    page = tab.detail.time_page
    page.table.selectRow(0)
    i18n.install("hi")
    try:
        page.delete.click()
        said = tab.undo_stack.undoText()
    finally:
        i18n.install("en")
    assert re.search(r"[\u0900-\u097F]", said) and not re.search(r"[A-Za-z]", said), said


def test_manual_time_dialog_adds_an_entry(main_window):
    contract = hourly()
    tab = contracts_tab(main_window)
    tab.open_contract(contract.id)
    page = tab.detail.time_page
    page.add.click()
    dialog = tab.detail.dialog
    start = from_utc(NOW - timedelta(hours=5))  # the form is in local time, whatever the zone
    dialog.date_edit.setDate(start.date())
    dialog.start_edit.setTime(start.time())
    dialog.hours_edit.setValue(2)
    dialog.minutes_edit.setValue(15)
    dialog.memo_edit.setText("Code review")
    dialog.accept()
    assert [(e.minutes, e.memo, e.manual) for e in TimeEntry.select()] == [
        (135, "Code review", True)]
    tab.undo_stack.undo()
    assert TimeEntry.select().count() == 0


def test_milestone_buttons_follow_the_escrow_state_machine(main_window):
    contract = fixed()
    tab = contracts_tab(main_window)
    tab.open_contract(contract.id)
    page = tab.detail.milestones_page
    page.table.selectRow(0)

    def enabled():
        return {k for k, b in page.steps.items() if b.isEnabled()}

    assert enabled() == {"fund"}
    assert page.model.data(page.model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None
    page.steps["fund"].click()
    assert enabled() == {"submit"}
    page.steps["submit"].click()
    tab.detail.dialog.accept()
    assert ContractMilestone.get_by_id(page.selected_id()).state == "submitted"
    assert enabled() == {"request_changes", "approve"}
    assert "auto-approves Dec 10" in page.model.data(page.model.index(0, 6))
    page.steps["approve"].click()
    dialog = tab.detail.dialog
    dialog.amount_edit.setText("250")
    dialog.accept()
    rows = list(Contract.get_by_id(contract.id).milestones.order_by(ContractMilestone.position))
    assert [(m.state, m.amount) for m in rows] == [
        ("approved", Decimal("300.00")), ("not_funded", Decimal("550.00"))]
    page.table.selectRow(0)
    assert enabled() == {"mark_paid"}
    assert not page.remove.isEnabled()
    # a refused value stays in the dialog with the reason
    page.table.selectRow(1)
    page.edit.click()
    dialog = tab.detail.dialog
    dialog.amount_edit.setText("2")
    dialog.accept()
    assert dialog.isVisible() and "at least $5.00" in dialog.error.text()
    dialog.reject()


def test_new_contract_from_the_empty_state(main_window):
    tab = contracts_tab(main_window)
    assert tab.stack.currentWidget() is tab.empty
    tab.new_action.trigger()
    dialog = tab.detail.dialog
    dialog.title_edit.setText("Retainer")
    dialog.client_edit.setCurrentText("Gamma Inc")
    dialog.rate_edit.setText("55")
    dialog.limit_edit.setValue(20)
    dialog.accept()
    contract = Contract.get()
    assert (contract.title, contract.rate, contract.weekly_limit_minutes,
            contract.client.name) == ("Retainer", Decimal("55.00"), 1200, "Gamma Inc")
    tab.refresh()
    assert tab.stack.currentIndex() == 1 and tab.model.rowCount() == 1


def test_offer_accept_and_end_with_feedback(main_window):
    offer = contracts.create(title="Audit", contract_type="hourly", rate="50", status="offer",
                             now=NOW - timedelta(days=1))
    tab = contracts_tab(main_window)
    tab.open_contract(offer.id)
    buttons = tab.detail.buttons
    assert not buttons["accept"].isHidden() and buttons["end"].isHidden()
    buttons["accept"].click()
    tab.refresh()
    assert Contract.get_by_id(offer.id).status == "active"
    buttons["end"].click()
    from PySide6.QtWidgets import QLabel

    from models.rules import payout

    rules = payout.rules_on(NOW)  # the windows it announces are the dated rules'
    said = " ".join(label.text() for label in tab.detail.dialog.findChildren(QLabel))
    assert (f"{rules.feedback_days_after_end} days to leave feedback" in said
            and f"bonus for {rules.bonus_days_after_end} days" in said), said
    tab.detail.dialog.accept()
    tab.refresh()
    assert Contract.get_by_id(offer.id).end_reason == "Work completed"
    page = tab.detail.feedback_page
    assert tab.detail.pages.currentWidget() is page
    page.boxes["given"][1].click()
    dialog = tab.detail.dialog
    dialog.set_rating("communication", 5)
    dialog.set_rating("cooperation", 4)
    dialog.text_edit.setPlainText("Clear brief, quick answers.")
    dialog.accept()
    tab.refresh()
    assert "4.50" in page.boxes["given"][0].text()


def test_upcoming_strip_and_reminder_open_the_contract(main_window):
    contract = fixed()  # "Design" was due Nov 20: overdue
    other = hourly()
    tab = contracts_tab(main_window)
    tab.open_contract(other.id)
    assert not tab.banner.isHidden() and "overdue" in tab.banner.label.text()
    chip = tab.strip.chips[0]
    assert chip.property("severity") == "overdue"
    chip.click()
    assert tab.detail.contract.id == contract.id
    assert tab.detail.pages.currentWidget() is tab.detail.milestones_page
    tab.banner.dismiss()
    tab.refresh()
    assert tab.banner.isHidden()  # dismissed reminders stay dismissed


def test_dark_theme_recolours_the_deadlines_and_a_closed_window_stays_quiet(qtbot, data_dir):
    from desktop.app import build_window
    from ui import theme

    site = fixed()  # "Design" overdue since Nov 20
    import shiboken6

    window = build_window(data_dir)  # not given to qtbot: the test destroys it itself
    tab = contracts_tab(window)
    tab.open_contract(site.id)
    try:
        theme.install("dark")

        def background(widget) -> str:  # painted by the theme's stylesheet (base.qss)
            image = widget.grab().toImage()
            return image.pixelColor(image.width() // 2, 2).name()

        qtbot.waitUntil(lambda: background(tab.strip.chips[0])
                        == theme.colors("dark")["error_soft"])
        chip = tab.strip.chips[0]
        assert chip.text() == "Fri, Nov 20 · Landing page: “Design” overdue since Nov 20"
        assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() \
            == theme.color("error")
        assert background(tab.detail.badge) in (theme.colors("dark")["success_soft"],
                                                theme.colors("dark")["warning_soft"],
                                                theme.colors("dark")["header"])
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(tab))
        theme.install("light")  # no slot of the destroyed tab may run (pytest-qt fails on it)
        contracts.pause(site.id, now=NOW)
        qtbot.wait(10)
    finally:
        theme.install("light")


@pytest.mark.parametrize("which", ["list", "entries", "milestones"])
def test_item_models_pass_the_model_tester(qtmodeltester, data_dir, which):
    work = hourly(limit_hours=1)
    timer.add_manual(work.id, started_at=NOW - timedelta(hours=3), minutes=90, now=NOW)
    site = fixed()
    if which == "list":
        model = ContractListModel()
        model.refresh(now=NOW)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == 2
    elif which == "entries":
        model = EntriesModel()
        model.set_view(contracts.week_view(work.id, NOW, now=NOW))
        assert model.rowCount() == 1
    else:
        model = MilestonesModel()
        model.set_contract(site, NOW)
        assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_the_weekly_limit_is_said_once(main_window):
    contract = hourly(limit_hours=10)
    other = fixed()
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    timer.add_manual(contract.id, started_at=monday, minutes=600, now=NOW)  # limit reached
    tab = contracts_tab(main_window)
    tab.open_contract(other.id)
    chips = [chip.text() for chip in tab.strip.chips]
    assert any("weekly limit" in text for text in chips)  # seen from another contract
    assert "weekly limit" not in tab.banner.label.text()  # never in the banner
    tab.open_contract(contract.id)
    assert not any("weekly limit" in chip.text() for chip in tab.strip.chips)
    page = tab.detail.time_page
    assert page.limit_bar.isVisibleTo(tab) and "10:00 of 10:00 h" in page.limit_bar.format()


def test_weekly_timesheet_across_hourly_contracts(main_window, qtbot, qtmodeltester):
    from ui.contracts.timesheet import ID_ROLE, TimesheetModel

    api = hourly(limit_hours=2)
    docs = contracts.create(title="Docs", contract_type="hourly", rate="30", client_name="B",
                            now=NOW - timedelta(days=30))
    fixed()  # not hourly: no row
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    timer.add_manual(api.id, started_at=monday, minutes=90, now=NOW)
    timer.add_manual(api.id, started_at=monday + timedelta(days=2), minutes=60, now=NOW)
    timer.add_manual(docs.id, started_at=monday + timedelta(days=2), minutes=45, now=NOW)
    tab = contracts_tab(main_window)
    tab.timesheet_action.trigger()
    sheet = tab.timesheet
    qtbot.waitExposed(sheet)
    model = sheet.model
    qtmodeltester.check(model)

    def row(r):
        return [model.data(model.index(r, c)) for c in range(model.columnCount())]

    assert model.rowCount() == 3
    assert row(0) == ["API work", "1:30", "", "1:00", "", "", "", "", "2:30", "$80.00"]
    assert row(1) == ["Docs", "", "", "0:45", "", "", "", "", "0:45", "$22.50"]
    assert row(2) == ["Total", "1:30", "", "1:45", "", "", "", "", "3:15", "$102.50"]
    assert "over the weekly limit" in model.data(model.index(0, TimesheetModel.TOTAL),
                                                 Qt.ItemDataRole.ToolTipRole)
    assert not sheet.next.isEnabled() and "(Mon–Sun UTC)" in sheet.week_label.text()
    sheet.prev.click()
    assert model.data(model.index(0, TimesheetModel.TOTAL)) == ""  # last week: nothing
    sheet.this_week.click()
    assert model.index(1, 0).data(ID_ROLE) == docs.id
    sheet.table.doubleClicked.emit(model.index(1, 0))
    assert tab.detail.contract.id == docs.id


def test_the_list_shows_the_columns_its_own_width_fits(main_window, qtbot):
    """The first window shown used to lose the Status column: the columns were fitted when the
    tab was resized, before the splitter had given the list its width."""
    hourly()
    fixed()
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    tab = contracts_tab(main_window)
    qtbot.waitUntil(lambda: tab.list.width() > 400)
    status = ContractListModel.STATUS_COLUMN
    assert not tab.list.isColumnHidden(status)
    # Narrowed by the splitter alone (the tab keeps its size): Status goes, then comes back.
    total = sum(tab.splitter.sizes())
    tab.splitter.setSizes([300, total - 300])
    qtbot.waitUntil(lambda: tab.list.isColumnHidden(status))
    tab.splitter.setSizes([520, total - 520])
    qtbot.waitUntil(lambda: not tab.list.isColumnHidden(status))
    assert not tab.list.isColumnHidden(1)  # and the Client column too, at 520 px


def test_a_price_not_yet_in_milestones_is_said(main_window):
    """A fixed-price contract entered with its price and only the first milestone: the header
    says $4,800.00 total, and the milestones page says where the other $3,800.00 is."""
    contract = contracts.create(title="Shop rebuild", contract_type="fixed", amount="4800",
                                client_name="Gamma",
                                milestones=[MilestoneInput("Design", "1000", date(2026, 12, 10))],
                                now=NOW - timedelta(days=3))
    tab = contracts_tab(main_window)
    tab.open_contract(contract.id)
    page = tab.detail.milestones_page
    assert "$4,800.00 total" in tab.detail.subtitle.text()
    assert "<b>$3,800.00</b> of the $4,800.00 price is in no milestone yet" in page.summary.text()
    contracts.add_milestone(contract.id, description="Build", amount="3800", now=NOW)
    page.load()
    assert "no milestone yet" not in page.summary.text()
    assert "Contract value <b>$4,800.00</b>" in page.summary.text()

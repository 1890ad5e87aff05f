"""Settings: every setting is found there (plan, home currency), and the pages are laid out
tidily (padded page list, no big gaps on the Backups page)."""
from __future__ import annotations

from PySide6.QtCore import QPoint

from desktop.services import connects
from desktop.services import settings as app_settings
from ui.settings.dialog import SettingsDialog


def test_money_page_sets_the_plan_and_the_home_currency(main_window, qtbot):
    dialog = SettingsDialog(main_window.data_actions, main_window)
    qtbot.addWidget(dialog)
    page = dialog.money_page
    dialog.show_page(page.title)
    assert dialog.stack.currentWidget() is page
    page.plan.setCurrentIndex(page.plan.findData("freelancer_plus"))
    page.plan.activated.emit(page.plan.currentIndex())
    assert connects.plan() == "freelancer_plus"
    assert "100 Connects a month" in page.plan.currentText()
    page.currency.setEditText("inr")
    page.currency.lineEdit().editingFinished.emit()
    assert app_settings.get("currency") == "INR"
    page.currency.setEditText("rupees")  # not a currency code: nothing changes
    page.currency.lineEdit().editingFinished.emit()
    assert app_settings.get("currency") == "INR" and page.currency.currentText() == "INR"


def test_pages_list_is_padded_and_backups_page_keeps_together(main_window, qtbot):
    dialog = SettingsDialog(main_window.data_actions, main_window)
    qtbot.addWidget(dialog)
    dialog.resize(720, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = dialog.pages_list
    assert pages.visualItemRect(pages.item(0)).height() >= pages.fontMetrics().height() + 12
    page = dialog.backups_page
    dialog.show_page(page.title)
    qtbot.waitUntil(page.isVisible)
    assert page.empty.isVisible()  # a new data folder has no backups yet
    below_buttons = page.empty.mapTo(page, QPoint(0, 0)).y() - page.backup_button.mapTo(
        page, QPoint(0, 0)).y()
    assert 0 < below_buttons < 80

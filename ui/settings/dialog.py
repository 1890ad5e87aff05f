"""Settings… : a list of pages on the left, the page on the right."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.settings.appearance import AppearancePage
from ui.settings.backups import BackupsPage
from ui.settings.money import MoneyPage
from ui.settings.notifications import NotificationsPage
from ui.settings.security import SecurityPage
from ui.settings.workspace import WorkspacePage
from ui.theme import DIALOG_LARGE, NAV_DIALOG_WIDTH


class SettingsDialog(QDialog):
    def __init__(self, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setAccessibleName(self.tr("Settings"))
        self.setWindowTitle(self.tr("Settings"))
        self.resize(*DIALOG_LARGE)
        self.pages_list = QListWidget(self)
        self.pages_list.setObjectName("settingsPages")
        self.pages_list.setAccessibleName(self.tr("Settings pages"))
        self.pages_list.setFixedWidth(NAV_DIALOG_WIDTH)
        self.pages_list.setSpacing(theme.SPACE_XS)
        self.stack = QStackedWidget(self)
        self.security_page = SecurityPage(actions, self)
        self.backups_page = BackupsPage(actions, self)
        self.appearance_page = AppearancePage(actions.window.ctx.settings, self)
        self.money_page = MoneyPage(self)
        self.notifications_page = NotificationsPage(self)
        self.workspace_page = WorkspacePage(actions.window.ctx.settings, self,
                                            window=actions.window)
        for page in (self.security_page, self.backups_page, self.appearance_page,
                     self.money_page, self.notifications_page, self.workspace_page):
            self.pages_list.addItem(page.title)
            self.stack.addWidget(page)
        self.pages_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages_list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("settingsButtons")
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.setSpacing(theme.SPACE_XXL)
        body.addWidget(self.pages_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)

    @staticmethod
    def page_titles() -> list[str]:
        """The pages' titles, in order, without building the pages (for Ctrl+K)."""
        translate = QCoreApplication.translate
        return [translate("SecurityPage", "Security"), translate("BackupsPage", "Backups"),
                translate("AppearancePage", "Appearance"),
                translate("MoneyPage", "Money and Connects"),
                translate("NotificationsPage", "Notifications"),
                translate("WorkspacePage", "Workspace")]

    def show_page(self, title: str) -> None:
        for row in range(self.pages_list.count()):
            if self.pages_list.item(row).text() == title:
                self.pages_list.setCurrentRow(row)

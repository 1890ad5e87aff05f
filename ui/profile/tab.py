"""Profile tab: the freelancer's profile editor."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui.tab import Tab
from ui.widgets.empty_state import EmptyState


class ProfileTab(Tab):
    title = "Profile"
    object_name = "profileTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Profile")
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("Your profile is empty"),
            self.tr("Add a photo, a specific title and an overview of what you do best. "
                    "Clients read the first 250 characters before they click “more”."),
            parent=self))

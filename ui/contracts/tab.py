"""Contracts tab: hourly and fixed-price work, time and deadlines."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui.tab import Tab
from ui.widgets.empty_state import EmptyState


class ContractsTab(Tab):
    title = "Contracts"
    object_name = "contractsTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Contracts")
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("No contracts yet"),
            self.tr("A hired proposal becomes a contract here, or add one by hand. "
                    "Track time against weekly limits and milestones through escrow."),
            parent=self))

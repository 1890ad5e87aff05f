"""Payments tab: the ledger of gross, fee and net."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui.tab import Tab
from ui.widgets.empty_state import EmptyState


class PaymentsTab(Tab):
    title = "Payments"
    object_name = "paymentsTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Payments")
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("No transactions yet"),
            self.tr("Import an Upwork transaction statement (CSV) from File ▸ Import, or "
                    "record earnings as your contracts pay out."),
            parent=self))

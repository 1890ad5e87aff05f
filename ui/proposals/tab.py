"""Proposals tab: drafting and the pipeline to a hire."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui.tab import Tab
from ui.widgets.empty_state import EmptyState


class ProposalsTab(Tab):
    title = "Proposals"
    object_name = "proposalsTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Proposals")
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("No proposals yet"),
            self.tr("Pick a job in the Jobs tab and choose “Draft proposal”, or start one "
                    "without a job. Drafts save as you type, even offline."),
            parent=self))

"""Jobs tab: the local job library."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui.tab import Tab
from ui.widgets.empty_state import EmptyState


class JobsTab(Tab):
    title = "Jobs"
    object_name = "jobsTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Jobs")
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("No jobs yet"),
            self.tr("Paste a job posting with Ctrl+Shift+V, or import a CSV, JSON or RSS file "
                    "from File ▸ Import."),
            parent=self))

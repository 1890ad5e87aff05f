"""What every tab receives: the data dir paths, the data-changed bus, window settings."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from desktop.paths import AppPaths
from ui.bus import DataBus


@dataclass
class AppContext:
    paths: AppPaths
    bus: DataBus
    settings: QSettings  # window state only; domain settings live in the database

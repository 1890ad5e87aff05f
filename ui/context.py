"""What every tab receives: the data dir paths, the data-changed bus, window settings, the clock."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from desktop.clock import APP_CLOCK, Clock
from desktop.paths import AppPaths
from ui.bus import DataBus


@dataclass
class AppContext:
    paths: AppPaths
    bus: DataBus
    settings: QSettings  # window state only; domain settings live in the database
    clock: Clock = field(default=APP_CLOCK)  # the one source of "now" for every tab

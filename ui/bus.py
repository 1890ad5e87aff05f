"""Bridges desktop.events (Qt-free) to a Qt signal tabs subscribe to.

Services may run on a worker thread; the signal is emitted there and Qt queues it
to receivers living in the GUI thread, so slots always run on the GUI thread.
"""
from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop import events


class DataBus(QObject):
    changed = Signal(str, object)  # area, tuple of ids (empty: anything in the area)
    changes = Signal(object)  # ui.operations.Changes: everything one operation changed

    _live: weakref.WeakSet[DataBus] = weakref.WeakSet()

    @classmethod
    def live(cls) -> list[DataBus]:
        return [bus for bus in list(cls._live) if shiboken6.isValid(bus)]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        DataBus._live.add(self)
        ref = weakref.ref(self)

        def relay(area: str, ids: tuple[int, ...]) -> None:
            bus = ref()
            if bus is None or not shiboken6.isValid(bus):
                unsubscribe()  # the window that owned this bus is gone
                return
            bus.changed.emit(area, ids)

        unsubscribe = events.subscribe(relay)
        self.detach = unsubscribe

"""Hard crashes (a segfault in Qt, an abort) to a file the next start can show.

Python exceptions reach ui.crash's excepthook and the log; a crash of the process itself
leaves nothing there. ``faulthandler`` writes the Python stacks of every thread to
``logs/crash.txt`` when that happens. At the next start :func:`enable` finds the file
non-empty, keeps it as ``logs/crash-YYYYMMDD-HHMMSS.txt`` and returns its path, so the
window can offer to show it; an empty file (a clean run) is simply reused.
"""
from __future__ import annotations

import faulthandler
import logging
from pathlib import Path
from typing import TextIO

from desktop import clock

log = logging.getLogger(__name__)
CURRENT = "crash.txt"
SEEN_SUFFIX = ".seen"
_stream: TextIO | None = None


def enable(logs_dir: Path) -> Path | None:
    """Arm faulthandler for this run; returns the report a crashed previous run left."""
    global _stream
    logs_dir.mkdir(parents=True, exist_ok=True)
    current = logs_dir / CURRENT
    report = None
    if current.exists() and current.stat().st_size > 0:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        report = current.with_name(f"crash-{stamp}.txt")
        current.replace(report)
        log.warning("the previous run crashed; report kept at %s", report)
    disable()
    _stream = current.open("w", encoding="utf-8")
    faulthandler.enable(_stream, all_threads=True)
    return report


def disable() -> None:
    """A clean exit: stop watching and leave no empty report behind."""
    global _stream
    if _stream is None:
        return
    faulthandler.disable()
    path = Path(_stream.name)
    _stream.close()
    _stream = None
    if path.exists() and path.stat().st_size == 0:
        path.unlink()


def reports(logs_dir: Path) -> list[Path]:
    """Crash reports kept from earlier runs, newest first."""
    return sorted(logs_dir.glob("crash-*.txt"), reverse=True)

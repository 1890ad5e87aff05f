"""A hard crash (not a Python exception) leaves a report in logs/, and the next start offers
to show it. Real processes crash here: faulthandler._sigsegv() in a child Python."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit, QPushButton

REPO = Path(__file__).resolve().parents[2]


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=60)


def start(logs: Path, then: str = "") -> subprocess.CompletedProcess:
    return run("from pathlib import Path\nfrom desktop import crashlog\n"
               f"print(crashlog.enable(Path({str(logs)!r})))\n{then}")


def test_a_hard_crash_is_kept_and_offered_at_the_next_start(tmp_path, qtbot):
    logs = tmp_path / "logs"
    clean = start(logs, "crashlog.disable()")
    assert clean.returncode == 0 and clean.stdout.strip() == "None"
    assert list(logs.iterdir()) == []  # a clean run leaves nothing behind
    crashed = start(logs, "import faulthandler\nfaulthandler._sigsegv()")
    assert crashed.returncode != 0
    after = start(logs, "crashlog.disable()")
    report = Path(after.stdout.strip())
    assert report.parent == logs and report.name.startswith("crash-")
    text = report.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    again = start(logs, "crashlog.disable()")  # offered once, not at every start
    assert again.stdout.strip() == "None"

    from ui.crash import offer_crash_report

    box = offer_crash_report(None, report)
    qtbot.addWidget(box)
    assert box.isVisible() and str(report) in box.text()
    with qtbot.waitSignal(box.finished):
        box.findChild(QPushButton, "showCrashReportButton").click()
    viewer = box.viewer
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    shown = viewer.findChild(QPlainTextEdit, "crashReportText").toPlainText()
    assert "Segmentation fault" in shown

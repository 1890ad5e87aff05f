"""A real app process that types into a proposal's cover letter until it is killed.

    python -m tests.ui.proposals.typist DATA_DIR PROPOSAL_ID TEXT_FILE LOG_FILE

Builds the real main window on DATA_DIR, opens the proposal, and presses one key every 15 ms
into the letter editor. After each key it appends "<chars typed> <unix time>" to LOG_FILE, so
the test that kills this process knows exactly what had been typed when.
"""
from __future__ import annotations

import os
import sys
import time


def main() -> int:
    data_dir, proposal_id, text_file, log_file = sys.argv[1:5]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from desktop import runtime
    from desktop.app import build_window, make_application

    app = make_application()
    paths = runtime.open_data_dir(data_dir)
    window = build_window(paths)
    window.show()
    window.navigate("proposalsTab", int(proposal_id))
    editor = window.tab("proposalsTab").editor.letter.text
    editor.setFocus()
    with open(text_file, encoding="utf-8") as fh:
        text = fh.read()
    # kept open for the life of the process; line-buffered so a SIGKILL loses no line
    log = open(log_file, "a", buffering=1, encoding="utf-8")  # noqa: SIM115
    position = 0

    def type_one() -> None:
        nonlocal position
        if position >= len(text):
            return
        char = text[position]
        QTest.keyClicks(editor, char) if char != "\n" else editor.insertPlainText("\n")
        position += 1
        log.write(f"{position} {time.monotonic():.4f}\n")

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(15)
    log.write(f"0 {time.monotonic():.4f}\n")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

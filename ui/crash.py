"""Crash handler: log an uncaught exception and show it with the log file's path.

Saved data is safe by construction (every write is a committed transaction, drafts
autosave), so the dialog offers to keep working or quit.
"""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from ui.theme import DIALOG_LARGE

log = logging.getLogger("crash")


class CrashHandler:
    def __init__(self, log_file: Path):
        self.log_file = log_file
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        from desktop.errors import WorkspaceOfflineError
        from ui.tasks import busy_text

        if isinstance(exc, WorkspaceOfflineError):  # the workspace banner already says so
            log.warning("workspace server unreachable while reading: %s", exc.params)
            return
        busy = busy_text(exc) if isinstance(exc, Exception) else None
        if busy is not None:  # another writer held the data too long: not a crash
            log.warning("refused, data busy: %s", exc)
            if QApplication.instance() is not None and not self._showing:
                box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
                    "CrashHandler", "Freelance Desk — busy"), busy)
                box.setObjectName("busyDialog")
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("uncaught exception\n%s", details)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            title = QCoreApplication.translate("CrashHandler",
                                               "Freelance Desk — unexpected error")
            text = QCoreApplication.translate(
                "CrashHandler", "Something went wrong: {error}\n\nYour saved data is safe. The "
                "details were written to the log file:\n{log}").format(error=exc,
                                                                       log=self.log_file)
            box = QMessageBox(QMessageBox.Icon.Critical, title, text)
            box.setObjectName("crashDialog")
            box.setDetailedText(details)
            box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Close)
            box.button(QMessageBox.StandardButton.Ok).setText(
                QCoreApplication.translate("CrashHandler", "Keep working"))
            box.button(QMessageBox.StandardButton.Close).setText(
                QCoreApplication.translate("CrashHandler", "Quit"))
            if box.exec() == QMessageBox.StandardButton.Close:
                QApplication.exit(1)
        finally:
            self._showing = False


def offer_crash_report(parent, report: Path) -> QMessageBox:
    """At start, after a hard crash: say so, and show the report on request (non-modal)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "CrashHandler", "Freelance Desk closed unexpectedly"), QCoreApplication.translate(
        "CrashHandler", "Freelance Desk stopped unexpectedly last time. Your saved data is "
        "safe. A crash report was kept:\n{path}\n\nIt helps to include it when you report "
        "the problem.").format(path=report), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("crashReportDialog")
    show = box.addButton(QCoreApplication.translate("CrashHandler", "Show Report"),
                         QMessageBox.ButtonRole.AcceptRole)
    show.setObjectName("showCrashReportButton")
    box.addButton(QCoreApplication.translate("CrashHandler", "Dismiss"),
                  QMessageBox.ButtonRole.RejectRole).setObjectName("dismissCrashReportButton")
    box.viewer = None
    show.clicked.connect(lambda: setattr(box, "viewer", show_report(parent, report)))
    box.open()
    return box


def show_report(parent, report: Path) -> QDialog:
    """The crash report's text, read-only and selectable, in a dialog of its own."""
    dialog = QDialog(parent)
    dialog.setObjectName("crashReportViewer")
    dialog.setWindowTitle(QCoreApplication.translate("CrashHandler", "Crash report"))
    dialog.resize(*DIALOG_LARGE)
    text = QPlainTextEdit(dialog)
    text.setObjectName("crashReportText")
    text.setAccessibleName(QCoreApplication.translate("CrashHandler", "Crash report"))
    text.setReadOnly(True)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    try:
        text.setPlainText(report.read_text(encoding="utf-8", errors="replace"))
    except OSError as exc:
        text.setPlainText(str(exc))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(str(report), dialog))
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    dialog.open()
    return dialog

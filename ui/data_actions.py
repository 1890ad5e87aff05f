"""File ▸ Back Up Now, Restore from Backup…, Export All…, Import All…, Settings…;
plus the start-up steps that need dialogs (passphrase, damaged database) and the
rolling automatic backup.

Long work runs through ui.tasks.run_with_progress. Operations that replace the
database file (restore, encrypt, decrypt) close it on the GUI thread first, do the
work on the worker, and reopen it afterwards whether the work succeeded or not.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop import APP_NAME, events, runtime, security
from desktop.paths import AppPaths
from desktop.services import backup
from models.db import DatabaseError
from ui.tasks import TaskError, run_in_background, run_with_progress

log = logging.getLogger(__name__)
AUTO_CHECK_MS = 60 * 60 * 1000  # look hourly; a backup is made when the last is a day old


# -- start-up and exit ------------------------------------------------------------
def ask_passphrase(paths: AppPaths, reason: str) -> str | None:
    title = QCoreApplication.translate("DataActions", "{app} — locked data").format(app=APP_NAME)
    text, ok = QInputDialog.getText(None, title, reason,
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def open_at_start(paths: AppPaths) -> bool:
    """Open the data dir for the window: ask for a passphrase if needed, and offer the
    latest good backup if the integrity check fails. False: show why and quit."""

    def ask(question: str) -> bool:
        answer = QMessageBox.question(
            None, QCoreApplication.translate("DataActions", "{app} — damaged data").format(
                app=APP_NAME), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    security.prompt = ask_passphrase
    try:
        backup.open_or_recover(paths.data_dir, ask)
        return True
    except DatabaseError as exc:
        log.error("cannot open the database: %s", exc)
        QMessageBox.critical(None, APP_NAME,
                             QCoreApplication.translate(
                                 "DataActions", "The data in {folder} cannot be opened.\n\n"
                                 "{error}").format(folder=paths.data_dir, error=exc))
        return False


def backup_on_exit(paths: AppPaths) -> None:
    try:
        made = backup.auto_backup(paths)
        if made:
            log.info("automatic backup on exit: %s", made.path.name)
    except Exception:  # never lose the user's exit to a failed backup; the log says why
        log.exception("automatic backup on exit failed")


# -- the actions ----------------------------------------------------------------
class DataActions(QObject):
    """The File-menu actions about the data as a whole. `finished(name, ok)` after each."""

    finished = Signal(str, bool)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.paths: AppPaths = window.ctx.paths
        self.last_message = ""
        self.busy = False
        self.backup_action = self._action(self.tr("&Back Up Now"), "backupNowAction",
                                          lambda: self.backup_now())
        self.restore_action = self._action(self.tr("&Restore from Backup…"), "restoreAction",
                                           self.choose_restore)
        self.export_action = self._action(self.tr("&Export All…"), "exportAllAction",
                                          self.choose_export)
        self.import_action = self._action(self.tr("&Import All…"), "importAllAction",
                                          self.choose_import)
        self.settings_action = self._action(self.tr("&Settings…"), "settingsAction",
                                            self.show_settings, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.timer = QTimer(self)
        self.timer.setObjectName("autoBackupTimer")
        self.timer.setInterval(AUTO_CHECK_MS)
        self.timer.timeout.connect(self.auto_backup)
        self.timer.start()

    def _action(self, text: str, name: str, slot: Callable, shortcut: str | None = None):
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action, self.export_action,
                self.import_action, self.settings_action]

    # -- helpers ------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.last_message = text
        if hasattr(self.window, "show_status"):
            self.window.show_status(text, 8000)

    def _report_error(self, name: str, title: str, error: TaskError) -> None:
        log.warning("%s failed: %s", name, error)
        self.last_message = str(error)
        box = QMessageBox(QMessageBox.Icon.Warning, title, str(error),
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("dataErrorDialog")
        box.open()
        self.busy = False
        self.finished.emit(name, False)

    def _run(self, name: str, title: str, fn, on_done: Callable[[object], str]) -> None:
        self.busy = True

        def done(result):
            self.busy = False
            self._status(on_done(result))
            self.finished.emit(name, True)

        def cancelled():
            self.busy = False
            self._status(self.tr("{0} cancelled; nothing was changed.").format(title))
            self.finished.emit(name, False)

        run_with_progress(self.window, title, fn, on_done=done,
                          on_error=lambda e: self._report_error(name, title, e),
                          on_cancelled=cancelled)

    def swap_database(self, name: str, title: str, fn, on_done: Callable[[object], str]) -> None:
        """Run `fn(progress)` with the database closed in this process, then reopen it."""
        pages = getattr(self.window, "tab_pages", [])
        if not all(page.can_close() for page in pages):
            return
        runtime.close()

        def reopen() -> None:
            try:
                runtime.open_data_dir(self.paths.data_dir)
            finally:
                events.changed("all")

        def done(result):
            reopen()
            return on_done(result)

        def failed(error: TaskError) -> None:
            reopen()
            self._report_error(name, title, error)

        self.busy = True

        def finish_ok(result):
            self.busy = False
            self._status(done(result))
            self.finished.emit(name, True)

        def cancelled():
            reopen()
            self.busy = False
            self.finished.emit(name, False)

        run_with_progress(self.window, title, fn, on_done=finish_ok, on_error=failed,
                          on_cancelled=cancelled)

    # -- backup and restore -----------------------------------------------------------
    def backup_now(self, target: str | Path | None = None) -> None:
        self._run("backup", self.tr("Backing up"),
                  lambda p: backup.backup_now(self.paths, target, progress=p),
                  lambda info: self.tr("Backup written and verified: {0}").format(info.path))

    def auto_backup(self) -> None:
        """The daily rolling backup, quietly in the background."""
        if backup.auto_backup_due(self.paths) and not self.busy:
            run_in_background(lambda p: backup.auto_backup(self.paths, progress=p),
                              on_error=lambda e: log.warning("automatic backup failed: %s", e))

    def choose_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from Backup"), str(self.paths.backups_dir),
            self.tr("Freelance Desk backups (*.sqlite3);;All files (*)"))
        if path:
            self.confirm_restore(path)

    def confirm_restore(self, path: str | Path) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Restore from Backup"),
            self.tr("Replace all current data with the backup {0}?\n\nThe backup is checked "
                    "first; if it is damaged nothing changes. The current data is kept as a "
                    "copy in the backups folder.").format(Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("confirmRestoreDialog")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: self.restore(path)
            if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        return box

    def restore(self, path: str | Path) -> None:
        self.swap_database(
            "restore", self.tr("Restoring"),
            lambda p: backup.restore(self.paths, path, progress=p),
            lambda result: self.tr("Restored from {0}. The replaced data is kept as {1}.")
            .format(Path(result.restored_from).name,
                    result.replaced_copy.name if result.replaced_copy else "—"))

    # -- export and import ------------------------------------------------------------
    def choose_export(self) -> None:
        default = Path.home() / f"freelance-desk-export-{datetime.now():%Y%m%d}.zip"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export All"), str(default),
                                              self.tr("Zip archives (*.zip)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        from desktop.io import archive

        self._run("export", self.tr("Exporting everything"),
                  lambda p: archive.export_all(self.paths, path, progress=p),
                  lambda s: self.tr("Exported {0} records and {1} files to {2} (not encrypted: "
                                    "keep it safe).").format(sum(s.tables.values()), s.files,
                                                             s.path))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import All"),
                                              str(Path.home()), self.tr("Zip archives (*.zip)"))
        if path:
            self.import_from(path)

    def import_from(self, path: str | Path) -> None:
        from desktop.io import archive

        self._run("import", self.tr("Importing everything"),
                  lambda p: archive.import_all(self.paths, path, progress=p),
                  lambda s: self.tr("Imported {0} records and {1} files.")
                  .format(sum(s.tables.values()), s.files))

    # -- settings -------------------------------------------------------------------
    def show_settings(self):
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self, self.window)
        dialog.open()
        return dialog

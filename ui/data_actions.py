"""File ▸ Back Up Now, Restore from Backup…, Export All…, Import All…, Settings…;
plus the start-up steps that need dialogs (passphrase, damaged database) and the
rolling automatic backup.

The writes themselves are operations (ui/operations/data.py), run here on the database
worker with progress and Cancel. Operations that replace the database file (restore,
encrypt, decrypt) close it on the GUI thread first, do the work on the worker, and reopen
it afterwards whether the work succeeded or not.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, clock, datalock, events, runtime, security
from desktop.errors import ServiceError
from desktop.paths import AppPaths
from desktop.services import backup
from ui import messages
from ui.operations import data
from ui.tasks import TaskError
from ui.theme import FIELD_WIDTH_XL

log = logging.getLogger(__name__)
AUTO_CHECK_MS = 60 * 60 * 1000  # look hourly; a backup is made when the last is a day old


# -- start-up and exit ------------------------------------------------------------
class PassphraseDialog(QDialog):
    """Asks for the passphrase or recovery key of encrypted data (before the window)."""

    def __init__(self, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("{app} — locked data").format(app=APP_NAME))
        self.setAccessibleName(self.windowTitle())
        self.reason = QLabel(reason, self)
        self.reason.setObjectName("passphraseReason")
        self.reason.setWordWrap(True)
        self.reason.setMinimumWidth(FIELD_WIDTH_XL)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseInput")
        self.edit.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_check = QCheckBox(self.tr("Show what I type"), self)
        self.show_check.setObjectName("showPassphraseCheck")
        self.show_check.setAccessibleName(self.show_check.text())
        self.show_check.toggled.connect(lambda on: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("passphraseButtons")
        self.open_button = buttons.addButton(self.tr("Open"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("unlockButton")
        self.open_button.setAccessibleName(self.tr("Open the data"))
        self.quit_button = buttons.addButton(self.tr("Quit"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quitUnlockButton")
        self.quit_button.setAccessibleName(self.quit_button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        self.open_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.edit)
        layout.addWidget(self.show_check)
        layout.addWidget(buttons)

    def secret(self) -> str | None:
        return self.edit.text() or None


def damaged_data_dialog(question: ServiceError, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "DataActions", "{app} — damaged data").format(app=APP_NAME), messages.text(question),
        QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("damagedDataDialog")
    restore = box.addButton(QCoreApplication.translate("DataActions", "Restore Backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreLatestButton")
    quit_button = box.addButton(QCoreApplication.translate("DataActions", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quitDamagedButton")
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    return box


def cannot_open_dialog(paths: AppPaths, error: Exception,
                       parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      QCoreApplication.translate(
                          "DataActions", "The data in {folder} cannot be opened.\n\n{error}"
                      ).format(
                          folder=paths.data_dir, error=_said(error)),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("cannotOpenDialog")
    return box


def run_dialog(dialog: QDialog) -> int:
    """Start-up runs before the window's event loop, so its dialogs are modal (exec);
    tests answer them while they run (tests/ui/data/test_start_up.py)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def _said(error: BaseException) -> str:
    """A refusal in the user's language; any other error (SQLite's own words) as it is."""
    return messages.text(error) if isinstance(error, ServiceError | OSError) else str(error)


def ask_passphrase(paths: AppPaths, reason: ServiceError, *,
                   parent: QWidget | None = None) -> str | None:
    """The passphrase dialog as security.prompt: before the window (its button quits the
    app), or over the window (`parent`: Settings ▸ Workspace going back to this computer's
    data folder, whose key is not in the keyring; its button cancels the switch)."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None  # a worker cannot show a dialog; the window asks first (DataActions.restore)
    dialog = PassphraseDialog(messages.text(reason), parent)
    if parent is not None:
        dialog.quit_button.setText(QCoreApplication.translate("PassphraseDialog", "Cancel"))
        dialog.quit_button.setAccessibleName(dialog.quit_button.text())
    accepted = run_dialog(dialog) == QDialog.DialogCode.Accepted
    return dialog.secret() if accepted else None


def open_at_start(paths: AppPaths) -> bool:
    """Open the data dir for the window: ask for a passphrase if needed, and offer the
    latest good backup if the integrity check fails. False: show why and quit."""

    def ask(question: ServiceError) -> bool:
        box = damaged_data_dialog(question)
        run_dialog(box)
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole

    security.prompt = ask_passphrase
    try:
        data.open_or_recover(paths, ask)
        return True
    except runtime.DatabaseError as exc:
        log.error("cannot open the database: %s", exc)
        run_dialog(cannot_open_dialog(paths, exc))
        return False


def recovery_text(note: str) -> str:
    """One thing the start cleaned up, in the user's language (security.RecoveryNote)."""
    if not isinstance(note, security.RecoveryNote):
        return note
    shown = {name: (QLocale().toString(value) if isinstance(value, int) else str(value))
             for name, value in note.params.items()}
    text = QCoreApplication.translate("RecoveryNote", note.template).format(**shown)
    return text[:1].upper() + text[1:]


def show_recovery_notice(parent: QWidget, notes: list[str]) -> QMessageBox | None:
    """After a start that cleaned up what an interrupted encrypt, decrypt, restore, export or
    import left behind: say so, and what was done (non-modal; None when there was nothing)."""
    if not notes:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, QCoreApplication.translate(
        "DataActions", "Freelance Desk was stopped part-way through a change last time. This "
        "start finished it or took it back, and removed what it left behind. Your data is "
        "whole."),
        QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("recoveryNotice")
    box.setInformativeText("\n".join(f"• {recovery_text(note)}" for note in notes))
    box.open()
    log.info("told the user what the start recovered (%d note(s))", len(notes))
    return box


def backup_on_exit(paths: AppPaths) -> None:
    try:
        made = data.auto_backup(paths).now()
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
        self._paused: list[QTimer] = []
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
        log.warning("%s failed: %s", name, error.exc)
        if not error.bug:  # a bug was shown by the crash handler already
            self._show_error(title, error.text)
        self.busy = False
        self.finished.emit(name, False)

    def _run(self, name: str, title: str, write: data.LongWrite,
             on_done: Callable[[object], str]) -> None:
        self.busy = True

        def done(result):
            self.busy = False
            self._status(on_done(result))
            self.finished.emit(name, True)

        def cancelled():
            self.busy = False
            self._status(self.tr("{0} cancelled; nothing was changed.").format(title))
            self.finished.emit(name, False)

        write.start(self.window, title, on_done=done,
                    on_failed=lambda e: self._report_error(name, title, e),
                    on_cancelled=cancelled)

    def swap_database(self, name: str, title: str, write: data.LongWrite,
                      on_done: Callable[[object], str]) -> None:
        """Run `write` with the database closed in this process, then reopen it.

        While the file is swapped the tabs are disabled and their timers paused (an
        autosave or a sweep must not reconnect to the old file or key), and any query
        that still comes is refused (datalock.refuse_queries). Afterwards the data dir
        is reopened, every tab is told that "all" changed, and the timers resume.
        """
        if self.busy:
            self._status(self.tr("Wait until the backup in progress has finished."))
            self.finished.emit(name, False)
            return
        pages = getattr(self.window, "tab_pages", [])
        if not all(page.can_close() for page in pages):
            return
        self.busy = True
        self._suspend_tabs(pages)

        def reopen() -> bool:
            try:
                runtime.open_data_dir(self.paths.data_dir)
            except runtime.DatabaseError as exc:  # left disabled: a restart says what is wrong
                log.error("cannot reopen the data after %s: %s", name, exc)
                self._show_error(title, self.tr("The data cannot be opened again: {0}\n\n"
                                                "Restart Freelance Desk.").format(_said(exc)))
                return False
            self._resume_tabs()
            events.changed("all")
            return True

        def finish_ok(result):
            self.busy = False
            if reopen():
                self._status(on_done(result))
            self.finished.emit(name, True)

        def failed(error: TaskError) -> None:
            self.busy = False
            if reopen():
                self._report_error(name, title, error)
            else:
                self.finished.emit(name, False)

        def cancelled():
            self.busy = False
            reopen()
            self.finished.emit(name, False)

        def start() -> None:
            runtime.close()
            datalock.refuse_queries()
            write.start(self.window, title, on_done=finish_ok, on_failed=failed,
                        on_cancelled=cancelled)

        # refreshes the tabs already queued (zero-delay timers) run first, on the open data
        QTimer.singleShot(0, self, start)

    def switch_data(self, open_new: Callable[[], object], open_old: Callable[[], object],
                    after: Callable[[], None] | None = None, *,
                    unlock: AppPaths | None = None) -> bool:
        """Close the data this window works on and open other data in its place, without a
        restart (Settings ▸ Workspace: a workspace, or this computer's data folder). As for a
        restore, the tabs finish their pending saves, are disabled while the database is
        swapped, then told that "all" changed. When `open_new` fails, `open_old` opens what
        the window had again and the error reaches the caller. False: a tab would not let go
        of its data (nothing changed), or a swap is running.

        `unlock`: the data folder `open_new` opens. When it is encrypted with a passphrase only
        (no key in the keyring) and was not unlocked in this run (the window started on a
        workspace), the passphrase is asked first, over the window, while the tabs still
        work on what they have: no dialog waits in the middle of the swap (its event loop
        would run the tabs' timers against data that is closed). Giving up raises the
        refusal (security.KeyUnavailableError) and nothing changes."""
        if self.busy:
            self._status(self.tr("Wait until the backup in progress has finished."))
            return False
        if unlock is not None and unlock.database.exists():
            prompt, security.prompt = security.prompt, \
                lambda paths, reason: ask_passphrase(paths, reason, parent=self.window)
            try:
                security.passphrase_for(unlock)  # remembered for this run once it opens
            finally:
                security.prompt = prompt
        pages = getattr(self.window, "tab_pages", [])  # then what the tabs typed meanwhile
        if not all(page.can_close() for page in pages):
            return False
        self._suspend_tabs(pages)
        runtime.close()  # first the worker runs what the tabs queued for the old data
        datalock.refuse_queries()
        # nothing is asked while the data is swapped (see `unlock`): not in a dialog, and not
        # on the terminal the app may have been started from
        prompt, security.prompt = security.prompt, None
        try:
            open_new()
        except BaseException:
            runtime.close()
            open_old()
            raise
        finally:
            security.prompt = prompt
            if after is not None:
                after()
            self._resume_tabs()
            events.changed("all")
        return True

    def _suspend_tabs(self, pages) -> None:
        tabs = getattr(self.window, "tabs", None)
        if tabs is not None:
            tabs.setEnabled(False)
        # every timer of the window, not only the tabs': the notifier's round and the tray's
        # ticker read the data too, and a restore can wait on a passphrase for minutes
        owners = [self.window, *pages] if isinstance(self.window, QObject) else pages
        self._paused = list({id(timer): timer for owner in owners
                             for timer in owner.findChildren(QTimer)
                             if timer.isActive()}.values())
        for timer in self._paused:
            timer.stop()

    def _resume_tabs(self) -> None:
        tabs = getattr(self.window, "tabs", None)
        if tabs is not None:
            tabs.setEnabled(True)
        for timer in self._paused:
            if shiboken6.isValid(timer):
                timer.start()
        self._paused = []

    def _show_error(self, title: str, text: str) -> None:
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("dataErrorDialog")
        box.open()

    # -- backup and restore -----------------------------------------------------------
    def backup_now(self, target: str | Path | None = None) -> None:
        self._run("backup", self.tr("Backing up"),
                  data.backup_now(self.paths, target),
                  lambda info: self.tr("Backup written and verified: {0}").format(info.path))

    def auto_backup(self) -> None:
        """The daily rolling backup, quietly in the background."""
        if self.busy or not backup.auto_backup_due(self.paths):
            return
        self.busy = True  # a restore or an encryption waits for it

        def done(info) -> None:
            self.busy = False
            if info is not None:
                log.info("automatic backup: %s", info.path.name)
            self.finished.emit("auto-backup", True)

        def failed(error) -> None:
            self.busy = False
            log.warning("automatic backup failed: %s", error)
            self.finished.emit("auto-backup", False)

        data.auto_backup(self.paths).in_background(on_done=done, on_failed=failed)

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
        if Path(path).is_file() and not security.known_key_opens(self.paths, Path(path)):
            self.ask_backup_key(path)  # made with another passphrase or on another computer
            return
        self.swap_database(
            "restore", self.tr("Restoring"),
            data.restore(self.paths, path),
            lambda result: self.tr("Restored from {0}. The replaced data is kept as {1}.")
            .format(Path(result.restored_from).name,
                    result.replaced_copy.name if result.replaced_copy else "—"))

    def ask_backup_key(self, path: str | Path, reason: str | None = None) -> PassphraseDialog:
        name = Path(path).name
        dialog = PassphraseDialog(reason or self.tr(
            "{0} is encrypted with a key this computer does not have (or it is damaged). "
            "Type the passphrase or the recovery key of the data it was made from.")
            .format(name), self.window)
        dialog.setWindowTitle(self.tr("Restore from Backup"))
        dialog.open_button.setText(self.tr("Restore"))

        def answered(result: int) -> None:
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                self._status(self.tr("Restore cancelled; nothing was changed."))
                self.finished.emit("restore", False)
            elif security.unlock_backup(Path(path), dialog.secret() or ""):
                self.restore(path)
            else:
                self.ask_backup_key(path, self.tr("That passphrase or recovery key does not "
                                                  "open {0}. Try again.").format(name))

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    # -- export and import ------------------------------------------------------------
    def choose_export(self) -> QMessageBox:
        """Say that the archive is readable by anyone before asking where to write it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export All"), self.tr(
            "The export is NOT encrypted: it holds every record — clients, contracts, "
            "earnings, payout details — as plain JSON in a zip file, readable by anyone who "
            "gets the file."), QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("exportWarningDialog")
        box.setInformativeText(self.tr(
            "Keep it somewhere only you can read, and delete it when done. To move your data "
            "to another computer safely, copy a backup instead (it stays encrypted) and open "
            "it there with your recovery key."))
        go = box.addButton(self.tr("Choose File…"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("exportChooseFileButton")
        box.setDefaultButton(go)
        box.finished.connect(lambda _result: self.choose_export_file()
                             if box.clickedButton() is go else None)
        box.open()
        return box

    def choose_export_file(self) -> None:
        default = Path.home() / f"freelance-desk-export-{clock.local_now():%Y%m%d}.zip"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export All"), str(default),
                                              self.tr("Zip archives (*.zip)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        self._run("export", self.tr("Exporting everything"), data.export_all(self.paths, path),
                  lambda s: self.tr("Exported {0} records and {1} files to {2} (not encrypted: "
                                    "keep it safe).").format(sum(s.tables.values()), s.files,
                                                             s.path))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import All"),
                                              str(Path.home()), self.tr("Zip archives (*.zip)"))
        if path:
            self.import_from(path)

    def import_from(self, path: str | Path) -> None:
        self._run("import", self.tr("Importing everything"), data.import_all(self.paths, path),
                  lambda s: self.tr("Imported {0} records and {1} files.")
                  .format(sum(s.tables.values()), s.files))

    # -- settings -------------------------------------------------------------------
    def show_settings(self):
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self, self.window)
        dialog.open()
        return dialog

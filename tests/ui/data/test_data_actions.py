"""File-menu data actions and the Settings dialog, driven as a user would."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from peewee import OperationalError
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QMessageBox

from desktop import events, security
from desktop.services import backup
from models.clients import Client
from ui.data_actions import PassphraseDialog
from ui.operations.data import LongWrite
from ui.settings.dialog import SettingsDialog

TIMEOUT = 20_000


def run_and_wait(qtbot, actions, start, name):
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT) as blocker:
        start()
    assert blocker.args[0] == name
    return blocker.args[1]


def test_file_menu_holds_the_data_actions(main_window):
    names = [a.objectName() for a in main_window.menus["File"].actions()]
    for name in ("backupNowAction", "restoreAction", "exportAllAction", "importAllAction",
                 "settingsAction"):
        assert name in names
    assert main_window.data_actions.settings_action.shortcut().toString() == "Ctrl+,"


def test_back_up_now_then_restore_from_the_settings_dialog(qtbot, main_window, data_dir):
    actions = main_window.data_actions
    Client.create(name="in the backup")
    dialog = actions.show_settings()
    qtbot.addWidget(dialog)
    page = dialog.backups_page
    assert not page.empty.isHidden() and not page.restore_button.isEnabled()

    assert run_and_wait(qtbot, actions, page.backup_button.click, "backup")
    assert page.list.topLevelItemCount() == 1
    assert "verified" in actions.last_message
    Client.create(name="after the backup")

    page.list.setCurrentItem(page.list.topLevelItem(0))
    box = page.restore_selected()
    assert box.objectName() == "confirmRestoreDialog"
    assert run_and_wait(qtbot, actions, lambda: box.done(box.StandardButton.Yes.value),
                        "restore")
    assert [c.name for c in Client.select()] == ["in the backup"]  # reopened, usable
    kinds = sorted(page.list.topLevelItem(i).text(1) for i in range(page.list.topLevelItemCount()))
    assert kinds == ["by hand", "replaced by a restore"]


def test_restoring_a_damaged_file_shows_why_and_keeps_the_data(qtbot, main_window, tmp_path):
    actions = main_window.data_actions
    Client.create(name="precious")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(security.SQLITE_HEADER + b"not a database at all" * 100)
    assert not run_and_wait(qtbot, actions, lambda: actions.restore(bad), "restore")
    assert "not a good backup" in actions.last_message
    assert [c.name for c in Client.select()] == ["precious"]
    assert main_window.tabs.isEnabled()
    error = main_window.findChild(QMessageBox, "dataErrorDialog")
    assert error is not None and error.isVisible()
    error.close()

    # random bytes may be a backup encrypted elsewhere: the user is asked, may give up
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(bytes(range(256)) * 64)
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT):
        actions.restore(noise)
        dialog = main_window.findChild(PassphraseDialog)
        assert dialog.isVisible() and "noise.sqlite3" in dialog.reason.text()
        dialog.quit_button.click()
    assert "nothing was changed" in actions.last_message
    assert [c.name for c in Client.select()] == ["precious"]


def shown_text(widget) -> str:
    """Everything a tab shows in its visible views, fields and labels."""
    parts = [w.text() for w in widget.findChildren(QLineEdit) + widget.findChildren(QLabel)
             if w.isVisible()]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for row in range(min(model.rowCount(), 50)):
            cells = (model.index(row, col) for col in range(40))
            parts += [str(cell.data() or "") for cell in cells if cell.isValid()]
    return "\n".join(parts)


def test_after_a_restore_every_tab_shows_the_restored_data(qtbot, main_window):
    from models.contracts import Contract
    from models.jobs import Job
    from models.payments import Transaction
    from models.profile import Profile
    from models.proposals import Proposal

    client = Client.create(name="Acme")
    records = [Profile.create(kind="general", title="T-profile"), Job.create(title="T-job"),
               Proposal.create(title="T-proposal"),
               Contract.create(title="T-contract", contract_type="hourly", client=client),
               Transaction.create(kind="bonus", status="available", description="T-payment",
                                  occurred_at=datetime(2026, 1, 5, 10, tzinfo=UTC), gross=50,
                                  net=50)]
    fields = ["title", "title", "title", "title", "description"]
    record_tabs = main_window.tab_pages[:5]  # Insights (the sixth) shows figures, not records

    def rename(prefix):
        for record, field, page in zip(records, fields, record_tabs, strict=True):
            type(record).update({field: f"{prefix} {page.object_name}"}).execute()
        events.changed("all")

    actions = main_window.data_actions
    rename("Restored")
    made = backup.backup_now(main_window.ctx.paths)
    rename("Later")
    main_window.show()

    def each_tab_shows(prefix, not_prefix):
        for index, page in enumerate(record_tabs):
            main_window.show_tab(index)  # as the user looks at each tab in turn
            qtbot.waitUntil(lambda p=page: f"{prefix} {p.object_name}" in shown_text(p)
                            and not_prefix not in shown_text(p), timeout=TIMEOUT)

    each_tab_shows("Later", "Restored")

    def mid_swap(_progress):  # the window's models must not reconnect to the file being swapped
        with pytest.raises(OperationalError, match="being restored"):
            Client.select().count()
        assert not main_window.tabs.isEnabled()
        return backup.restore(main_window.ctx.paths, made.path)

    assert run_and_wait(qtbot, actions, lambda: actions.swap_database(
        "restore", "Restoring", LongWrite(mid_swap), lambda r: "restored"), "restore")
    assert main_window.tabs.isEnabled()
    each_tab_shows("Restored", "Later")
    assert main_window.findChild(QTimer, "deadlineSweeper").isActive()  # timers resumed


def test_a_backup_made_with_another_passphrase_asks_for_it_then_restores(qtbot, main_window,
                                                                        tmp_path):
    actions = main_window.data_actions
    Client.create(name="from the other computer")
    made = backup.backup_now(main_window.ctx.paths)
    elsewhere = tmp_path / "elsewhere.sqlite3"
    elsewhere.write_bytes(made.path.read_bytes())
    key = security.passphrase_for(main_window.ctx.paths)
    security.replace_file(elsewhere, key, security.secret_to_key("the other passphrase"),
                          wipe_old=False)
    Client.update(name="here").execute()

    actions.restore(elsewhere)
    dialog = main_window.findChild(PassphraseDialog)
    dialog.edit.setText("a wrong guess")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: "does not open" in main_window.findChildren(
        PassphraseDialog)[-1].reason.text())
    again = next(d for d in main_window.findChildren(PassphraseDialog) if d.isVisible())
    again.edit.setText("the other passphrase")
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT) as blocker:
        again.open_button.click()
    assert blocker.args == ["restore", True]
    assert [c.name for c in Client.select()] == ["from the other computer"]
    assert security.status(main_window.ctx.paths).key_source == "passphrase"


def test_the_hourly_check_makes_the_daily_backup_while_the_window_stays_open(qtbot,
                                                                            main_window):
    actions = main_window.data_actions
    assert actions.timer.isActive() and actions.timer.interval() == 60 * 60 * 1000
    assert run_and_wait(qtbot, actions, actions.timer.timeout.emit, "auto-backup")
    autos = [b for b in backup.list_backups(main_window.ctx.paths) if b.kind == "auto"]
    assert len(autos) == 1 and not backup.verify_backup(main_window.ctx.paths, autos[0].path)
    actions.timer.timeout.emit()  # an hour later: the last one is not a day old yet
    assert not actions.busy
    assert len(backup.list_backups(main_window.ctx.paths)) == 1


def test_decrypt_and_encrypt_from_the_security_page(qtbot, main_window, data_dir):
    actions = main_window.data_actions
    Client.create(name="Zebulon Quartermaine")
    dialog = SettingsDialog(actions, main_window)
    qtbot.addWidget(dialog)
    dialog.open()
    page = dialog.security_page
    assert not page.encrypted_box.isHidden() and page.encrypt_box.isHidden()
    page.recovery_button.click()
    assert len(page.recovery_key.text().split()) == 16

    box = page.confirm_decrypt()
    assert run_and_wait(qtbot, actions, lambda: box.done(box.StandardButton.Yes.value),
                        "decrypt")
    assert data_dir.database.read_bytes()[:16] == security.SQLITE_HEADER
    assert not page.encrypt_box.isHidden() and "NOT encrypted" in page.state_label.text()

    page.use_passphrase.setChecked(True)
    page.passphrase.setText("short")
    page.repeat.setText("short")
    page.encrypt_button.click()
    assert "at least" in page.error_label.text()
    page.use_passphrase.setChecked(False)
    assert run_and_wait(qtbot, actions, page.encrypt_button.click, "encrypt")
    assert b"Zebulon" not in data_dir.database.read_bytes()
    assert Client.get().name == "Zebulon Quartermaine"


EXPORTER = """
import sys
from pathlib import Path
from desktop import runtime
from desktop.services import archive, clients, jobs
paths = runtime.open_data_dir(sys.argv[1])
clients.get_or_create("Imported Client Ltd")
jobs.add_job({"title": "Imported Flutter job", "description": "a booking app"})
archive.export_all(paths, Path(sys.argv[2]))
runtime.close()
"""


def test_export_all_and_import_all_through_the_actions(qtbot, main_window, data_dir, tmp_path):
    import os
    import subprocess
    import sys

    from models.jobs import Job
    from tests.conftest import REPO

    actions = main_window.data_actions
    main_window.show()
    for page in main_window.tab_pages:  # every tab once, as a user looking around would
        main_window.navigate(page.object_name)
    # another installation's export, made by a real process
    source = tmp_path / "other.zip"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    made = subprocess.run([sys.executable, "-c", EXPORTER, str(tmp_path / "other"), str(source)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr

    # this window's folder holds only what the app made on first open: Import All fills it
    assert run_and_wait(qtbot, actions, lambda: actions.import_from(source), "import")
    assert "Imported" in actions.last_message
    assert [c.name for c in Client.select()] == ["Imported Client Ltd"]
    assert [j.title for j in Job.select()] == ["Imported Flutter job"]
    main_window.navigate("jobsTab")
    jobs_tab = main_window.tab("jobsTab")
    qtbot.waitUntil(lambda: jobs_tab.model.rowCount() == 1, timeout=TIMEOUT)

    # exported again from here, the data goes out; into a folder with records it is refused
    warning = actions.choose_export()  # said before a file is even chosen
    assert "NOT encrypted" in warning.text() and "backup" in warning.informativeText()
    warning.button(QMessageBox.StandardButton.Cancel).click()
    assert not warning.isVisible()
    target = tmp_path / "all.zip"
    assert run_and_wait(qtbot, actions, lambda: actions.export_to(target), "export")
    assert target.exists() and "not encrypted" in actions.last_message
    assert not run_and_wait(qtbot, actions, lambda: actions.import_from(target), "import")
    assert "empty data folder" in actions.last_message
    assert Client.select().count() == 1 and Job.select().count() == 1


def test_every_settings_widget_is_named_for_assistive_tech(qtbot, main_window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QTreeWidget

    dialog = main_window.data_actions.show_settings()
    qtbot.addWidget(dialog)
    for kind in (QAbstractButton, QLineEdit, QAbstractSpinBox, QTreeWidget):
        for widget in dialog.findChildren(kind):
            internal = widget.objectName().startswith("qt_")  # e.g. a spin box's line edit
            if internal or widget.parent().objectName() == "settingsButtons":
                continue
            assert widget.objectName() and widget.accessibleName(), widget
    from desktop.services import settings

    assert dialog.backups_page.keep.value() == settings.DEFAULTS["backups_keep"]
    dialog.backups_page.keep.setValue(4)
    assert settings.get("backups_keep") == 4


def test_import_all_while_another_import_runs_says_busy_in_one_line(qtbot, main_window,
                                                                    data_dir, tmp_path):
    from desktop import datalock

    actions = main_window.data_actions
    with datalock.import_slot(data_dir.data_dir, "jobs") as slot:  # as another process would
        slot.update(42, 100)
        assert not run_and_wait(qtbot, actions,
                                lambda: actions.import_from(tmp_path / "any.zip"), "import")
    assert actions.last_message == ("Busy: an import is running (42%). Try again when it has "
                                    "finished; nothing was changed.")
    box = main_window.findChild(QMessageBox, "dataErrorDialog")
    assert box is not None and box.text() == actions.last_message and not box.detailedText()
    box.close()

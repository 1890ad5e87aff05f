"""File-menu data actions and the Settings dialog, driven as a user would."""
from __future__ import annotations

from desktop import security
from desktop.services import backup
from models.clients import Client
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
    bad.write_bytes(b"not a database at all" * 100)
    assert not run_and_wait(qtbot, actions, lambda: actions.restore(bad), "restore")
    assert "cannot be restored" in actions.last_message or "not a good" in actions.last_message
    assert [c.name for c in Client.select()] == ["precious"]
    from PySide6.QtWidgets import QMessageBox

    error = main_window.findChild(QMessageBox, "dataErrorDialog")
    assert error is not None and error.isVisible()
    error.close()


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


def test_export_all_and_import_all_through_the_actions(qtbot, main_window, data_dir, tmp_path):
    actions = main_window.data_actions
    Client.create(name="exported")
    target = tmp_path / "all.zip"
    assert run_and_wait(qtbot, actions, lambda: actions.export_to(target), "export")
    assert target.exists() and "not encrypted" in actions.last_message
    # importing into a data dir that has records is refused, and says so
    assert not run_and_wait(qtbot, actions, lambda: actions.import_from(target), "import")
    assert "empty data folder" in actions.last_message
    assert Client.select().count() == 1


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
    assert dialog.backups_page.keep.value() == backup.DEFAULT_KEEP
    dialog.backups_page.keep.setValue(4)
    from desktop.services import settings

    assert settings.get("backups_keep") == 4

"""The start-up dialogs (before the window): locked data and damaged data, answered as a
user would while their exec() runs."""
from __future__ import annotations

import hashlib

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import runtime, security
from desktop.services import backup
from models import db as dbmod
from models.clients import Client
from ui.data_actions import PassphraseDialog, open_at_start

PASSPHRASE = "correct horse battery"


@pytest.fixture
def answer(qtbot, monkeypatch):
    """answer(step, ...): each step gets the next modal dialog and answers it; a dialog
    nobody expected is closed (and reported) so a test never hangs."""
    monkeypatch.setattr(security, "prompt", security.prompt)  # open_at_start replaces it
    steps, seen = [], []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or dialog.parentWidget() is not None:
            return  # start-up dialogs have no window yet; others belong to earlier tests
        seen.append(dialog.objectName())
        if steps:
            steps.pop(0)(dialog)
        else:
            dialog.reject()

    timer.timeout.connect(poll)
    timer.start()

    def add(*answers):
        steps.extend(answers)
        return seen

    yield add
    timer.stop()
    assert not steps, f"dialogs expected but never shown; shown: {seen}"


def type_and_open(text, expect=None):
    def step(dialog: PassphraseDialog) -> None:
        assert dialog.objectName() == "passphraseDialog"
        if expect:
            assert expect in dialog.reason.text()
        assert not dialog.open_button.isEnabled()  # nothing typed yet
        dialog.edit.setText(text)
        dialog.open_button.click()
    return step


def click(object_name):
    def step(dialog) -> None:
        button = next(b for b in dialog.buttons() if b.objectName() == object_name)
        button.click()
    return step


@pytest.fixture
def passphrase_data(tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # a headless box: the user chose a passphrase
    paths = runtime.open_data_dir(tmp_path / "data")
    Client.create(name="behind a passphrase")
    runtime.close()
    security.encrypt(paths, passphrase=PASSPHRASE)
    security.forget(paths)  # as if the app started again
    yield paths
    runtime.close()
    security.forget(paths)
    keyring.set_keyring(previous)


def test_locked_data_asks_for_the_passphrase_until_it_is_right(qtbot, answer, passphrase_data):
    shown = answer(type_and_open("wrong horse battery", expect="encrypted with a passphrase"),
                   type_and_open(PASSPHRASE, expect="does not open"))
    assert open_at_start(passphrase_data)
    assert shown == ["passphraseDialog", "passphraseDialog"]
    assert Client.get().name == "behind a passphrase"


def test_giving_up_on_the_passphrase_says_why_and_quits(qtbot, answer, passphrase_data):
    def close_error(box):
        assert box.objectName() == "cannotOpenDialog" and "passphrase" in box.text()
        box.button(QMessageBox.StandardButton.Close).click()

    answer(lambda dialog: dialog.quit_button.click(), close_error)
    assert not open_at_start(passphrase_data)


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_data_offers_the_latest_good_backup(qtbot, answer, tmp_path):
    paths = runtime.open_data_dir(tmp_path / "data")
    with dbmod.database.atomic():
        for n in range(300):
            Client.create(name=f"client {n}", notes="n" * 300)
    backup.backup_now(paths)
    runtime.close()
    with open(paths.database, "r+b") as fh:
        fh.seek(3 * 4096)
        fh.write(bytes(range(256)) * 16)
    damaged = sha(paths.database)

    def close_error(box):
        assert box.objectName() == "cannotOpenDialog" and "Nothing was restored" in box.text()
        box.button(QMessageBox.StandardButton.Close).click()

    answer(click("quitDamagedButton"), close_error)  # declined: left exactly as it was
    assert not open_at_start(paths)
    assert sha(paths.database) == damaged

    def restore(box):
        assert box.objectName() == "damagedDataDialog"
        assert "Restore the latest good backup" in box.text()
        assert box.defaultButton().objectName() == "restoreLatestButton"
        box.defaultButton().click()

    answer(restore)
    try:
        assert open_at_start(paths)
        assert Client.select().count() == 300
    finally:
        runtime.close()

"""The next start says what it cleaned up: a real `encrypt` process is killed part-way (plain
backups and attached files not yet encrypted, the journal left), then the window starts, the
folder is made whole, and a notice in the user's language says what was done."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox

from desktop import faults, files, runtime, security
from desktop.app import EXIT_WHEN_SHOWN, build_window
from desktop.services import backup
from models.clients import Client
from tests.conftest import REPO
from tests.unit.data.helpers import SECRET_NAME
from ui import i18n
from ui.data_actions import open_at_start, show_recovery_notice

pytestmark = pytest.mark.slow


@pytest.fixture
def env(tmp_path, test_keyring):
    """Child processes and this one share one keyrings.alt file (a real keyring backend)."""
    xdg = tmp_path / "xdg"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(xdg),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    for name in (security.PASSPHRASE_ENV, faults.ENV, EXIT_WHEN_SHOWN):
        env.pop(name, None)
    test_keyring.file_path = str(xdg / "python_keyring" / "keyring_pass.cfg")
    return env


@pytest.fixture
def interrupted(tmp_path, env):
    """A plain folder (a client, a backup, an attached file) whose `encrypt` was SIGKILLed
    after the database was converted, before the backups and attached files were."""
    paths = runtime.open_data_dir(tmp_path / "data")
    runtime.close()
    security.decrypt(paths)
    runtime.open_data_dir(paths.data_dir)
    Client.create(name=SECRET_NAME)
    attachment = tmp_path / "contract.pdf"
    attachment.write_bytes(b"%PDF-1.4 " + SECRET_NAME.encode() * 100)
    files.store(attachment)
    backup.backup_now(paths, kind="manual")
    runtime.close()
    killed = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(paths.data_dir), "encrypt"],
        cwd=REPO, env={**env, faults.ENV: "encrypt:database"}, capture_output=True, text=True,
        timeout=180)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert security.journal_path(paths).exists()
    assert security.plaintext_leftovers(paths)  # readable copies beside an encrypted database
    return paths


def readable(paths) -> bool:
    blob = b"".join(p.read_bytes() for p in paths.data_dir.rglob("*")
                    if p.is_file() and p.suffix not in {".log", ".ini"})
    return SECRET_NAME.encode() in blob


def test_the_window_started_after_a_killed_encrypt_says_what_it_cleaned_up(
        qtbot, interrupted, tmp_path):
    paths = interrupted
    assert open_at_start(paths)  # the window's own start: recovery runs here
    notes = list(runtime.recovery_notes)
    try:
        assert Client.get().name == SECRET_NAME
        window = build_window(paths)  # closed and deleted below, before the data is closed
        window.show()
        box = show_recovery_notice(window, notes)
        assert box is not None and box.isVisible() and box.objectName() == "recoveryNotice"
        assert box.windowModality() != Qt.WindowModality.ApplicationModal  # window usable
        shown = box.informativeText()
        assert "An interrupted encryption was finished" in shown
        assert "Plain backups encrypted with the database key: 1" in shown
        assert "Attached files encrypted to match the database: 1" in shown
        assert "part-way through a change" in box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
        assert not box.isVisible()
        try:
            i18n.install("hi")
            hindi = show_recovery_notice(window, notes)
            assert hindi is not None
            words = hindi.text() + hindi.informativeText()
            assert "interrupted" not in words and "encrypted" not in words, words
            assert any("\u0900" <= ch <= "\u097f" for ch in words)
            assert "1" in hindi.informativeText() or "१" in hindi.informativeText()
            hindi.close()
        finally:
            i18n.install("en")
        assert show_recovery_notice(window, []) is None  # a clean start says nothing
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        runtime.close()
    assert not readable(paths)  # no plaintext left: every backup and file now encrypted
    state = security.status(paths)
    assert state.fully_encrypted and state.plaintext_leftovers == []


def test_the_real_window_process_recovers_and_tells_the_user(interrupted, env):
    paths = interrupted
    shown = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(paths.data_dir)], cwd=REPO,
        env={**env, EXIT_WHEN_SHOWN: "1"}, capture_output=True, text=True, timeout=180)
    assert shown.returncode == 0, shown.stderr
    assert "shown" in shown.stdout
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "told the user what the start recovered (3 note(s))" in logged, logged[-2000:]
    assert not readable(paths)
    assert security.status(paths).fully_encrypted
    shutil.rmtree(paths.data_dir)  # holds a throwaway key's data; nothing to keep

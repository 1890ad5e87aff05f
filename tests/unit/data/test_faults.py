"""Faults with real processes: kill -9 mid-import, mid-backup and mid-typing; two processes on
one data dir; secrets never reach the log."""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time

import pytest

from desktop import runtime, security
from desktop.logs import setup_logging
from desktop.services import archive, backup
from models import db as dbmod
from models.clients import Client
from models.jobs import Job
from models.proposals import Proposal
from tests.conftest import REPO

pytestmark = pytest.mark.slow


@pytest.fixture
def shared_keyring(tmp_path, test_keyring):
    """Child processes use keyrings.alt's PlaintextKeyring under their own XDG_DATA_HOME;
    point this process's test keyring at the same file so both see the same keys."""
    xdg = tmp_path / "xdg"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(xdg),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    env.pop(security.PASSPHRASE_ENV, None)
    test_keyring.file_path = str(xdg / "python_keyring" / "keyring_pass.cfg")
    return env


def spawn(env, *args, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def wait_for(condition, proc, timeout=60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            _, err = proc.communicate()
            pytest.fail(f"the process ended before the fault could be injected: {err}")
        if time.monotonic() > deadline:
            proc.kill()
            proc.communicate()
            pytest.fail("timed out waiting for the process")
        time.sleep(0.002)  # polling a file another process writes; nothing to wait on


def kill9(proc) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)  # reaps it and closes the pipes
    assert proc.returncode == -signal.SIGKILL


def check_opens(data_dir):
    paths = runtime.open_data_dir(data_dir, check=True)  # integrity check included
    return paths


def make_jobs(n: int) -> None:
    from peewee import chunked

    rows = ({"title": f"Flutter job {i}", "description": "booking app " * 80,
             "url": f"https://www.upwork.com/jobs/~01{i:016d}"} for i in range(n))
    with dbmod.database.atomic():
        for batch in chunked(rows, 500):
            Job.insert_many(batch).execute()


def test_kill_9_during_a_large_import_leaves_an_openable_empty_or_complete_database(
        tmp_path, shared_keyring):
    source = runtime.open_data_dir(tmp_path / "source")
    make_jobs(15_000)
    archive.export_all(source, tmp_path / "big.zip")
    runtime.close()
    target = tmp_path / "target"
    proc = spawn(shared_keyring, "-m", "desktop", "--data-dir", str(target), "import", "all",
                 str(tmp_path / "big.zip"))
    wal = target / "freelance-desk.sqlite3-wal"
    wait_for(lambda: wal.exists() and wal.stat().st_size > 2_000_000, proc)
    kill9(proc)

    check_opens(target)
    try:
        assert Job.select().count() == 0  # one transaction: nothing half-imported
        archive.import_all(runtime.AppPaths.create(target), tmp_path / "big.zip")
        assert Job.select().count() == 15_000
    finally:
        runtime.close()


def test_kill_9_during_a_backup_keeps_the_database_and_leaves_no_fake_backup(
        tmp_path, shared_keyring):
    paths = runtime.open_data_dir(tmp_path / "data")
    make_jobs(15_000)
    runtime.close()
    proc = spawn(shared_keyring, "-m", "desktop", "--data-dir", str(paths.data_dir), "backup")
    wait_for(lambda: any(p.stat().st_size > 300_000
                         for p in paths.backups_dir.glob("*.part")), proc)
    kill9(proc)

    check_opens(paths.data_dir)
    try:
        assert Job.select().count() == 15_000
        assert backup.list_backups(paths) == []  # the half-written copy is not a backup
        info = backup.backup_now(paths)
        assert backup.verify_backup(paths, info.path) == []
        assert not list(paths.backups_dir.glob("*.part"))  # cleaned up
    finally:
        runtime.close()


TYPIST = """
import sys
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtCore import QTimer
from desktop import runtime
from desktop.app import make_application
from desktop.services import proposals
from ui.proposals.editor import ProposalEditor

app = make_application()
runtime.open_data_dir(sys.argv[1])
draft = proposals.create_draft()
editor = ProposalEditor(QUndoStack())
editor.resize(900, 700)
editor.show()
editor.load(draft.id)
box = editor.letter.text  # the cover letter, typed into with real key events
box.setFocus()
# every autosave reports how much of the text it wrote (flush emits `saved` right after)
editor.letter.saved.connect(lambda _id: print(len(box.toPlainText()), flush=True))
text = sys.argv[2]
typed = 0

def type_some():
    global typed
    if typed < len(text):
        QTest.keyClicks(box, text[typed:typed + 3])  # a fast typist: 3 keys every 10 ms
        typed += 3
    elif not timer.property("done"):
        timer.setProperty("done", True)
        QTimer.singleShot(3000, app.quit)  # never hang the test if no autosave came

timer = QTimer()
timer.timeout.connect(type_some)
timer.start(10)
app.exec()
"""


def test_kill_9_while_typing_a_proposal_keeps_every_saved_keystroke(tmp_path, shared_keyring):
    """The real proposal editor and its autosave timer in a child process, typed into with key
    events; SIGKILL after a few autosaves. Everything an autosave reported is in the database,
    and the letter is a prefix of what was typed (never a mix, never older)."""
    text = "Hi! I have shipped ten booking apps in Flutter, here is how I would start. " * 20
    proc = spawn(shared_keyring, "-c", TYPIST, str(tmp_path / "data"), text)
    saved, saves = 0, 0
    for line in proc.stdout:
        saved, saves = int(line), saves + 1
        if saves >= 3 and saved >= 150:
            break
    kill9(proc)
    assert saves >= 3, "the editor never autosaved"

    check_opens(tmp_path / "data")
    try:
        letter = Proposal.get().cover_letter
        assert len(letter) >= saved and letter == text[: len(letter)]
    finally:
        runtime.close()


HOLDER = """
import sys
from desktop import runtime
runtime.open_data_dir(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
"""

WRITER = """
import sys
from desktop import runtime
from models.db import database
from models.clients import Client
runtime.open_data_dir(sys.argv[1])
for i in range(300):
    with database.atomic():
        Client.create(name=f"{sys.argv[2]} {i}")
"""


def test_a_second_process_cannot_swap_the_file_under_the_first(tmp_path, shared_keyring,
                                                               capsys):
    from desktop.__main__ import main

    paths = runtime.open_data_dir(tmp_path / "data")
    Client.create(name="kept")
    good = backup.backup_now(paths)
    runtime.close()
    holder = spawn(shared_keyring, "-c", HOLDER, str(paths.data_dir), stdin=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = paths.database.read_bytes()
        assert main(["--data-dir", str(paths.data_dir), "restore", str(good.path)]) == 1
        assert "Another Freelance Desk window or command is using" in capsys.readouterr().err
        assert main(["--data-dir", str(paths.data_dir), "decrypt"]) == 1
        assert paths.database.read_bytes()[:16] == before[:16]  # still encrypted, untouched
    finally:
        holder.communicate("\n", timeout=30)
    assert main(["--data-dir", str(paths.data_dir), "restore", str(good.path)]) == 0


def test_two_writing_processes_never_corrupt_each_other(tmp_path, shared_keyring):
    runtime.open_data_dir(tmp_path / "data")
    runtime.close()
    writers = [spawn(shared_keyring, "-c", WRITER, str(tmp_path / "data"), name)
               for name in ("first", "second")]
    for proc in writers:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    check_opens(tmp_path / "data")
    try:
        assert Client.select().count() == 600
    finally:
        runtime.close()


def test_secrets_never_reach_the_log(tmp_path, test_keyring):
    paths = runtime.AppPaths.create(tmp_path / "data")
    setup_logging(paths.log_file, level=logging.DEBUG, console=False)
    passphrase = "Payoneer pin 7781 horse staple"
    try:
        runtime.open_data_dir(paths.data_dir, check=True)
        Client.create(name="Acme")
        key = security.stored_key(paths)
        recovery = security.recovery_key(paths)
        backup.backup_now(paths)
        runtime.close()
        security.decrypt(paths)
        security.encrypt(paths, passphrase=passphrase)
        security.forget(paths)
        assert not security.unlock(paths, passphrase + "x")
        assert security.unlock(paths, passphrase)
        runtime.open_data_dir(paths.data_dir, check=True)
        backup.backup_now(paths)
        runtime.close()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_freelance_desk", False)]:
            root.removeHandler(handler)
            handler.close()
        security.forget(paths)
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "backup written" in logged and "encrypted" in logged  # the log did record the work
    for secret in (key[2:-1], recovery, recovery.split()[0] + " " + recovery.split()[1],
                   passphrase, "horse staple"):
        assert secret not in logged

"""Single instance: the socket lives where only this user can create it, so another local
user squatting the name (as the old /tmp name allowed) cannot stop the app."""
from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from desktop import security
from tests.conftest import REPO
from ui import single_instance
from ui.single_instance import SingleInstance

pytestmark = pytest.mark.skipif(os.name != "posix", reason="named pipes on Windows")


def squat(path: Path) -> socket.socket:
    """Listen on `path` as an attacker would (as another user when the tests run as root)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.listen(1)
    if os.getuid() == 0:
        os.chown(path, 65534, 65534)
    return sock


def old_name(data_dir: Path, user: str) -> str:
    digest = hashlib.sha256(f"{user}:{Path(data_dir).resolve()}".encode())
    return "freelance-desk-" + digest.hexdigest()[:20]


def test_the_socket_is_in_a_folder_only_this_user_can_write(tmp_path, monkeypatch):
    runtime_dir = Path(tempfile.mkdtemp(prefix="run-", dir="/tmp"))  # short, like /run/user/N
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    try:
        assert Path(single_instance.server_name(tmp_path / "a")).parent == runtime_dir
    finally:
        runtime_dir.rmdir()
    runtime_dir.mkdir(mode=0o700)

    # a shared, writable XDG_RUNTIME_DIR is not trusted: the data folder is used instead
    runtime_dir.chmod(0o777)
    data = tmp_path / "a"
    data.mkdir(mode=0o700)
    try:
        assert single_instance.server_name(data) == str(data / ".instance.sock")
    finally:
        runtime_dir.rmdir()


def test_a_long_data_folder_path_gets_a_short_name_in_a_private_folder(tmp_path, monkeypatch,
                                                                        qtbot, request):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    tmp = Path(tempfile.mkdtemp(prefix="t-", dir="/tmp"))  # a short temp folder of its own
    request.addfinalizer(lambda: shutil.rmtree(tmp, ignore_errors=True))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    deep = tmp_path / ("very-long-folder-name-" * 6) / "data"
    deep.mkdir(parents=True)
    # someone else got there first: a world-writable folder with our user's name
    squatted = tmp / f"freelance-desk-{os.getuid()}"
    squatted.mkdir()
    squatted.chmod(0o777)
    if os.getuid() == 0:
        os.chown(squatted, 65534, 65534)
    name = single_instance.server_name(deep)
    assert len(os.fsencode(name)) <= single_instance.MAX_SOCKET_PATH
    assert Path(name).parent == tmp / f"freelance-desk-{os.getuid()}-1"
    assert Path(name).parent.stat().st_mode & 0o777 == 0o700

    first = SingleInstance(deep)
    assert first.listen()
    second = SingleInstance(deep)  # a second launch finds the first at the same place
    with qtbot.waitSignal(first.activate_requested, timeout=3000):
        assert second.notify_running()
    first.close()


def test_another_user_squatting_the_old_name_does_not_stop_the_window(tmp_path, test_keyring):
    """Real windows in real processes: the squatter listens on the name the app used to take
    in the temp folder; the app starts anyway, and a second launch still finds the first."""
    xdg = tmp_path / "xdg"
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(xdg),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring", "TMPDIR": str(tmp)}
    env.pop("XDG_RUNTIME_DIR", None)
    env.pop(security.PASSPHRASE_ENV, None)
    import getpass

    squatter = squat(tmp / old_name(data, getpass.getuser()))
    log = data / "logs" / "freelance-desk.log"
    first = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data), "gui"],
                             cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    try:
        deadline = time.monotonic() + 90
        while not (log.exists() and "window shown" in log.read_text(encoding="utf-8")):
            if first.poll() is not None:
                out, err = first.communicate()
                pytest.fail(f"the window did not start: {out} {err}")
            assert time.monotonic() < deadline, "the window did not show in 90 s"
            time.sleep(0.05)  # polling another process's log file
        second = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data),
                                 "gui"], cwd=REPO, env=env, capture_output=True, text=True,
                                timeout=90)
        assert second.returncode == 0 and "already running" in second.stdout, second.stderr
        assert (data / ".instance.sock").exists()
    finally:
        first.kill()
        first.communicate(timeout=30)
        squatter.close()

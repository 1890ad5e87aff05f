"""Shared fixtures: offscreen Qt, a real migrated database per test, a test-local keyring."""
from __future__ import annotations

import os
from pathlib import Path

# A desktop-sized virtual screen: the offscreen plugin's default 800x600 screen would
# clamp windows below the app's real minimum sizes.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).resolve().parent / "offscreen_screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")
# The tests' keyring is keyrings.alt's plaintext file in tmp (real, but not a safe store, so
# the app refuses it unless told); child processes inherit the permission.
os.environ["FREELANCE_DESK_ALLOW_PLAINTEXT_KEYRING"] = "1"

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from tests.helpers.clock import clock  # noqa: F401  (the `clock` fixture)

# --backend, the `backend` and `pg_server` fixtures, a real PostgreSQL server per session
pytest_plugins = ["tests.helpers.postgres"]

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class LocalKeyring(PlaintextKeyring):
    """A real keyring backend (keyrings.alt) whose file lives in the test's tmp dir."""

    priority = 1
    file_path = None  # set per test


@pytest.fixture(autouse=True)
def test_keyring(tmp_path_factory):
    backend = LocalKeyring()
    backend.file_path = str(tmp_path_factory.mktemp("keyring") / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def shared_data() -> Path:
    """../shared/data with the real Upwork files; tests using it skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data (real Upwork samples) is not present")
    return SHARED_DATA


@pytest.fixture
def data_dir(tmp_path, backend, request):
    """A fresh data dir with its database opened and migrated (a real SQLite file).

    In tests marked both_backends it runs once more on a fresh PostgreSQL workspace database
    (the data folder then keeps only the local files).
    """
    from desktop import runtime

    if backend == "postgres":
        from desktop import workspace

        server = request.getfixturevalue("pg_server")
        paths = workspace.open_workspace(server.fresh_database(), tmp_path / "data")
    else:
        paths = runtime.open_data_dir(tmp_path / "data")
    yield paths
    import sys

    if "ui.tasks" in sys.modules:  # as the app does before it closes the data: the tabs'
        sys.modules["ui.tasks"].drain()  # reads queued on the database worker end first
    runtime.close()


@pytest.fixture
def main_window(qtbot, data_dir):
    from desktop.app import build_window

    window = build_window(data_dir)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    yield window
    window.ctx.settings.sync()
    # Delete the window now, not at interpreter exit: its tabs' deferred refreshes and data bus
    # must not outlive it into the next test.
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _database_worker_idle_after_test():
    """The database worker (ui/tasks.py) has finished what a test queued when the test ends.

    A task left running or stuck would otherwise outlive its test: it would run against the
    next test's data, and every later `runtime.close()` would wait for it (the close hook drains
    the worker). The test that left it fails here, by name, and the next tests get a new worker.
    """
    yield
    import sys

    tasks = sys.modules.get("ui.tasks")
    if tasks is None or tasks._pool is None:
        return
    if not tasks._pool.waitForDone(30_000):
        tasks._pool = None  # abandoned: later tests start a fresh one
        pytest.fail("the database worker was still busy 30 s after the test ended")


@pytest.fixture(autouse=True)
def _fresh_event_listeners():
    """Windows from earlier tests must not react to this test's data changes."""
    from desktop import events

    yield
    events._listeners.clear()


@pytest.fixture(autouse=True)
def _terminal_passphrase_prompt():
    """The window's start (ui.data_actions.open_at_start) puts its dialog in security.prompt;
    a later test must not inherit it — a modal dialog nobody answers hangs the suite."""
    from desktop import security

    before = security.prompt
    yield
    security.prompt = before


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test():
    """A main window a test made and only closed (qtbot.addWidget closes, it does not delete)
    lives on until garbage collection, and its tabs' timers with it: the Contracts tab's
    deadline sweep once fired a minute later inside tests/unit/workspace/test_live.py, read the
    database that test had just taken offline, and pytest-qt failed the test with the
    WorkspaceOfflineError raised in the event loop (the app's crash handler only logs it).
    Delete every main window at the end of the test that made it."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    if QApplication.instance() is None:
        return
    # deleted, not closed: closing runs the window's quit path, after the test's data is gone
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    for window in windows:
        window.deleteLater()
    if windows:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

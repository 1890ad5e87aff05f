"""One running window per data dir: a second launch asks the first to come forward.

The server name is derived from the data dir, so two different data dirs can run
side by side (handy for tests and for a separate "demo" data set).

Where the socket lives (POSIX): only somewhere no other local user can create files, so
nobody can squat the name and stop the app ("already running") or listen in. In order:
`$XDG_RUNTIME_DIR` (a 0700 folder the system gives each user) when it is set and ours;
else the data folder itself (0700); and when that path is too long for a socket address
(AF_UNIX allows ~104–108 bytes), a 0700 folder of ours under the temp folder, named by
user id, skipping any that another user created first. On Windows QLocalServer uses a
named pipe, which is per session; the old hashed name is kept there.

On POSIX the server is a plain Unix stream socket (Python's `socket`, watched with a
QSocketNotifier): what QLocalServer and QLocalSocket make there, so either end talks to the
other, without importing QtNetwork before the first paint (15-35 ms).
"""
from __future__ import annotations

import getpass
import hashlib
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

TIMEOUT_MS = 1000
MAX_SOCKET_PATH = 100  # bytes; sun_path is 108 on Linux, 104 on macOS and the BSDs


def _digest(data_dir: Path) -> str:
    return hashlib.sha256(f"{getpass.getuser()}:{Path(data_dir).resolve()}".encode()
                          ).hexdigest()[:20]


def _private_dir(folder: Path) -> bool:
    """True when `folder` is a real directory owned by us that no one else can write to."""
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    return (stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid()
            and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def _fits(path: Path) -> bool:
    return len(os.fsencode(str(path))) <= MAX_SOCKET_PATH


def _short_private_dir() -> Path | None:
    """A 0700 folder of ours in the temp folder; one another user made first is skipped."""
    base = Path(tempfile.gettempdir())
    for n in range(16):
        folder = base / (f"freelance-desk-{os.getuid()}" + ("" if n == 0 else f"-{n}"))
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        except OSError:
            return None
        if _private_dir(folder):
            return folder
    return None


def server_name(data_dir: Path) -> str:
    """The QLocalServer name: a full socket path in a folder only this user can write."""
    digest = _digest(data_dir)
    if os.name != "posix":
        return "freelance-desk-" + digest
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = []
    if runtime and _private_dir(Path(runtime)):
        candidates.append(Path(runtime) / f"freelance-desk-{digest}.sock")
    data = Path(data_dir).resolve()
    if _private_dir(data):
        candidates.append(data / ".instance.sock")
    for path in candidates:
        if _fits(path):
            return str(path)
    folder = _short_private_dir()
    if folder is not None and _fits(folder / digest):
        return str(folder / digest)
    # nowhere private and short enough (an unusual system): fall back to the data folder's
    # name anyway; listen() then fails and the app runs without the single-instance check
    return str(data / ".instance.sock")


class SingleInstance(QObject):
    activate_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = None  # QLocalServer (Windows) or a listening socket (POSIX)
        self.error = ""  # why listen() failed
        self._notifier: QSocketNotifier | None = None
        self._bound: tuple[int, int] | None = None  # (device, inode) of the socket we made

    def notify_running(self) -> bool:
        """True if another instance runs on this data dir (it was asked to raise its window)."""
        if os.name != "posix":
            return self._notify_qt()
        import socket

        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(TIMEOUT_MS / 1000)
            try:
                sock.connect(self.name)
                sock.sendall(b"raise\n")
            except OSError:  # nobody listening (or a stale socket left by a crash)
                return False
        return True

    def listen(self) -> bool:
        if os.name != "posix":
            return self._listen_qt()
        import errno
        import socket

        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                sock.bind(self.name)
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE:
                    raise
                os.unlink(self.name)  # stale socket left by a crash (a live one answered)
                sock.bind(self.name)
            os.chmod(self.name, 0o600)  # only this user (QLocalServer's UserAccessOption)
            sock.listen(8)
            sock.setblocking(False)
            st = os.stat(self.name)
        except OSError as exc:
            sock.close()
            self.error = str(exc)
            return False
        self.server, self._bound = sock, (st.st_dev, st.st_ino)
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:  # BlockingIOError: none left
                return
            with conn:
                # the message is one short line written right after connecting
                conn.settimeout(TIMEOUT_MS / 1000)
                try:
                    data = conn.recv(64)
                except OSError:
                    data = b""
            if data.strip().startswith(b"raise"):
                self.activate_requested.emit()

    def close(self) -> None:
        if self.server is None:
            return
        if os.name != "posix":
            self.server.close()
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self.server.close()
        self.server = None
        try:  # remove the socket file if it is still the one we made
            st = os.stat(self.name)
            if (st.st_dev, st.st_ino) == self._bound:
                os.unlink(self.name)
        except OSError:
            pass

    # -- Windows: QtNetwork's named pipe ------------------------------------------------------
    def _notify_qt(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(TIMEOUT_MS)
        return True

    def _listen_qt(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)  # stale socket left by a crash
            if not self.server.listen(self.name):
                self.error = self.server.errorString()
                return False
        self.server.newConnection.connect(self._on_connection)
        return True

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # the message is one short line written right after connecting
            ready = socket.bytesAvailable() or socket.waitForReadyRead(TIMEOUT_MS)
            if ready and bytes(socket.readAll()).strip().startswith(b"raise"):
                self.activate_requested.emit()
            socket.abort()
            socket.deleteLater()

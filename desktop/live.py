"""Live refresh between the windows and commands working on one workspace, and whether its
server can be reached (issue 18). No Qt here: ui/workspace_live.py bridges it to the window.

Publishing: while a workspace is open, every change a service announces (desktop/events:
area and ids) is also sent to the server with ``pg_notify(CHANNEL, payload)`` on the very
connection that wrote it. Announced inside the write's transaction it is delivered when that
commits (and never if it rolls back); services announce after committing, so it goes at once.

Listening: a :class:`Listener` thread holds a psycopg 3 connection of its own with
``LISTEN CHANNEL`` and feeds what *other* processes announced into desktop/events, which
ui/bus.py relays to the tabs on the GUI thread — another window refreshes within a second.
The same connection says whether the server can be reached: status callbacks hear
(online, detail) on every change; a lost connection is retried every ``retry`` seconds, and
when it is back "all" is announced (what changed while away is not known).
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable

from desktop import events

log = logging.getLogger(__name__)

CHANNEL = "freelance_desk_changes"
ORIGIN = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"  # this process: its own news is not relayed
MAX_PAYLOAD = 7000  # PostgreSQL refuses a payload of 8000 bytes or more
RETRY_SECONDS = 2.0
PING_SECONDS = 5.0  # a quiet connection is checked this often (a dead network sends nothing)

_local = threading.local()
StatusCallback = Callable[[bool, str], None]


def payload(area: str, ids: Iterable[int]) -> str:
    """The notification's text; too many ids become "anything in the area" (no ids)."""
    ids = [int(i) for i in ids]
    text = json.dumps({"o": ORIGIN, "a": area, "i": ids}, separators=(",", ":"))
    if len(text.encode()) > MAX_PAYLOAD:
        text = json.dumps({"o": ORIGIN, "a": area, "i": []}, separators=(",", ":"))
    return text


def parse(text: str) -> tuple[str, str, tuple[int, ...]] | None:
    """(origin, area, ids) of a notification, or None when it is not one of ours."""
    try:
        data = json.loads(text)
        return str(data["o"]), str(data["a"]), tuple(int(i) for i in data["i"])
    except (ValueError, KeyError, TypeError):
        return None


def _publish(area: str, ids: tuple[int, ...]) -> None:
    if getattr(_local, "relaying", False):
        return  # news from another process, passed on here: not ours to announce again
    from models import db as dbmod

    if not dbmod.is_postgres():
        return
    try:
        dbmod.database.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, payload(area, ids)))
    except Exception as exc:  # the write is committed; a window missing news is not fatal
        log.warning("could not announce a change to %s: %s", area, exc)


def install_publisher() -> None:
    """Announce this process's changes on the open workspace (once; harmless on SQLite)."""
    if _publish not in events._listeners:
        events.subscribe(_publish)


def relay(area: str, ids: tuple[int, ...]) -> None:
    """Pass news from another process to this one's listeners (never published back)."""
    _local.relaying = True
    try:
        events.changed(area, ids)
    finally:
        _local.relaying = False


def _wait(event: threading.Event, timeout: float) -> bool:
    """``event.wait(timeout)`` in short sleeps. A timed wait on a condition is an absolute
    deadline on the monotonic clock; under libfaketime (make test-anydate) that clock is shifted
    but the kernel's wait is not, so ``Event.wait(0.3)`` waited years. Sleeping is relative."""
    left = timeout
    while not event.is_set() and left > 0:
        time.sleep(min(0.02, left))
        left -= 0.02
    return event.is_set()


class Listener:
    """A thread that LISTENs on the workspace and relays other processes' changes."""

    def __init__(self, url: str, password: str | None = None, *,
                 on_status: StatusCallback | None = None, retry: float = RETRY_SECONDS,
                 connect_timeout: int = 3):
        self.url = url
        self.password = password
        self.retry = retry
        self.connect_timeout = connect_timeout
        self._callbacks: list[StatusCallback] = [on_status] if on_status else []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.online: bool | None = None  # None: not known yet
        self.detail = ""
        self._conn = None

    @classmethod
    def for_url(cls, url: str, **kwargs) -> Listener:
        """A listener for a workspace URL; the password comes as for the app's connection
        (written into the URL for this run, else the OS keyring)."""
        from desktop import workspace

        bare, typed = workspace.split_password(url)
        return cls(bare, typed or workspace.stored_password(bare), **kwargs)

    def on_status(self, callback: StatusCallback) -> None:
        self._callbacks.append(callback)

    def start(self) -> Listener:
        self._thread = threading.Thread(target=self._run, name="workspace-listener",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        conn = self._conn
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.cancel_safe()  # wakes a notifies() wait at once
        if self._thread is not None:
            self._thread.join(timeout)

    def wait_status(self, online: bool, timeout: float = 10.0) -> bool:
        """Wait until the listener's status is `online` (tests, and a Connect button)."""
        ready = threading.Event()

        def hear(now: bool, _detail: str) -> None:
            if now == online:
                ready.set()

        with self._lock:
            self._callbacks.append(hear)
            if self.online == online:
                ready.set()
        try:
            return _wait(ready, timeout)
        finally:
            with self._lock:
                self._callbacks.remove(hear)

    # -- the thread ------------------------------------------------------------------------
    def _set(self, online: bool, detail: str) -> None:
        with self._lock:
            if self.online == online and self.detail == detail:
                return
            was = self.online
            self.online, self.detail = online, detail
            callbacks = list(self._callbacks)
        if was != online:
            log.info("workspace server %s%s", "reachable" if online else "unreachable",
                     f" ({detail})" if detail else "")
        for callback in callbacks:
            try:
                callback(online, detail)
            except Exception:
                log.exception("workspace status callback failed")

    def _connect(self):
        import psycopg

        params = {"autocommit": True, "connect_timeout": self.connect_timeout}
        if self.password is not None:
            params["password"] = self.password
        url = "postgresql://" + self.url.split("://", 1)[1]
        return psycopg.connect(url, **params)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                self._set(False, _first_line(exc))
                _wait(self._stop, self.retry)
                continue
            self._conn = conn
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                was_offline = self.online is False
                self._set(True, "")
                if was_offline:
                    relay("all", ())  # what changed while away is not known
                self._listen(conn)
            except psycopg.Error as exc:
                if not self._stop.is_set():
                    self._set(False, _first_line(exc))
                    _wait(self._stop, self.retry)
            finally:
                self._conn = None
                with contextlib.suppress(Exception):
                    conn.close()

    def _listen(self, conn) -> None:
        import time

        last_ping = time.monotonic()
        while not self._stop.is_set():
            for note in conn.notifies(timeout=0.2):
                found = parse(note.payload)
                if found is not None and found[0] != ORIGIN:
                    relay(found[1], found[2])
            if time.monotonic() - last_ping > PING_SECONDS:
                conn.execute("SELECT 1")  # raises when the server went away unnoticed
                last_ping = time.monotonic()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]

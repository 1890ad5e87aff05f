"""The system's idle time, read for real: an X server (Xvfb) reports through the
MIT-SCREEN-SAVER extension (libXss) how long no input came, and desktop/idle.py reads it."""
from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest

from desktop import idle


def _required(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} missing: .ci/run installs it")  # CI must run these checks
    pytest.skip(f"{what} missing (apt-get install xvfb libxss1)")


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A fresh Xvfb; its display name (it picks a free number and writes it to a pipe)."""
    if shutil.which("Xvfb") is None:
        _required("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def x11(display) -> Iterator[idle.X11Idle]:
    try:
        source = idle.X11Idle(display)
    except idle.IdleUnavailableError as exc:
        _required(str(exc))
    yield source
    source.close()


def reset_idle(display: str) -> None:
    """What a key press does to the server's idle counter: XResetScreenSaver, from another
    client of the same display."""
    xlib = ctypes.CDLL("libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    for name in ("XResetScreenSaver", "XCloseDisplay"):
        getattr(xlib, name).argtypes = [ctypes.c_void_p]
    xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    handle = xlib.XOpenDisplay(display.encode())
    assert handle
    xlib.XResetScreenSaver(handle)
    xlib.XSync(handle, 0)
    xlib.XCloseDisplay(handle)


def test_idle_time_grows_while_nothing_happens_and_input_resets_it(display, x11):
    reset_idle(display)
    first = x11.seconds()
    assert first is not None and 0 <= first < 1
    time.sleep(1.5)
    later = x11.seconds()
    assert 1.3 <= later - first <= 3  # the server counted the quiet time
    time.sleep(0.6)
    assert x11.seconds() > later
    reset_idle(display)
    assert x11.seconds() < 0.5  # input: back to zero


def test_the_source_is_chosen_by_platform_and_says_when_it_cannot(display, x11):
    assert isinstance(idle.source("xcb", {"DISPLAY": display}), idle.X11Idle)
    # XWayland's idle time misses input to Wayland windows: no answer beats a wrong one
    assert idle.source("xcb", {"DISPLAY": display, "WAYLAND_DISPLAY": "wayland-0"}) is None
    assert idle.source("wayland", {"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert idle.source("offscreen", {"DISPLAY": display}) is None
    assert idle.source("xcb", {}) is None  # no display at all
    assert idle.source("xcb", {"DISPLAY": ":4711"}) is None  # no server there
    if os.name != "nt":
        assert idle.source("windows") is None

"""How long the user has not touched the keyboard or mouse, as the system reports it.

No Qt here (Qt reports no idle time): each platform's own API through ctypes or its tool.

* X11: the MIT-SCREEN-SAVER extension, ``XScreenSaverQueryInfo`` from libXss (Debian:
  ``libxss1``), on the display Qt uses (``$DISPLAY``).
* Windows: ``GetLastInputInfo`` against ``GetTickCount`` (user32, kernel32).
* macOS: ``HIDIdleTime`` (nanoseconds) of the IOHIDSystem service, read with ``ioreg``.

:func:`source` picks one for Qt's platform name and returns None where the system cannot say:
Wayland (no idle protocol a plain client may use; XWayland's X11 idle time only counts input to
X windows, so it would lie), offscreen, a missing library, an X server without the extension.
The timer's idle prompt stays off then, and Settings says so. A source's :meth:`seconds` also
returns None when a reading fails (the display went away), which the prompt takes as "no news".
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from typing import Protocol

log = logging.getLogger(__name__)


class IdleSource(Protocol):
    def seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input, or None when it cannot be read."""


class IdleUnavailableError(OSError):
    """This system (library, display, extension) cannot report idle time."""


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("event_mask", ctypes.c_ulong)]


def _library(name: str, soname: str) -> ctypes.CDLL:
    for candidate in (soname, ctypes.util.find_library(name)):
        if candidate:
            try:
                return ctypes.CDLL(candidate)
            except OSError:
                continue
    raise IdleUnavailableError(f"lib{name} is not installed")


class X11Idle:
    """Idle time of an X display (``display``: its name, e.g. ":0"; None: ``$DISPLAY``)."""

    def __init__(self, display: str | None = None):
        self._display = self._info = None
        xlib = _library("X11", "libX11.so.6")
        xss = _library("Xss", "libXss.so.1")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xlib.XFree.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                   ctypes.POINTER(ctypes.c_int)]
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                              ctypes.POINTER(_XScreenSaverInfo)]
        self._xlib, self._xss = xlib, xss
        name = display if display is not None else os.environ.get("DISPLAY")
        if not name:
            raise IdleUnavailableError("no X display")
        self._display = xlib.XOpenDisplay(name.encode())
        if not self._display:
            raise IdleUnavailableError(f"cannot open X display {name}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(self._display, ctypes.byref(event_base),
                                              ctypes.byref(error_base)):
            self.close()
            raise IdleUnavailableError(f"X display {name} has no MIT-SCREEN-SAVER extension")
        self._root = xlib.XDefaultRootWindow(self._display)
        self._info = xss.XScreenSaverAllocInfo()

    def seconds(self) -> float | None:
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return self._info.contents.idle / 1000

    def close(self) -> None:
        if self._info:
            self._xlib.XFree(self._info)
            self._info = None
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None

    def __del__(self) -> None:
        self.close()


class WindowsIdle:
    """Idle time from ``GetLastInputInfo`` (the session's last input, in ticks)."""

    def __init__(self) -> None:
        class LastInputInfo(ctypes.Structure):
            _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

        windll = getattr(ctypes, "windll", None)
        if windll is None:
            raise IdleUnavailableError("not Windows")
        self._user32, self._kernel32 = windll.user32, windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint
        self._info = LastInputInfo()
        self._info.cbSize = ctypes.sizeof(LastInputInfo)

    def seconds(self) -> float | None:
        if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            return None
        ticks = (self._kernel32.GetTickCount() - self._info.dwTime) & 0xFFFFFFFF  # wraps at 49 d
        return ticks / 1000


class MacIdle:
    """Idle time from IOHIDSystem's ``HIDIdleTime`` (nanoseconds), read with ``ioreg``."""

    PATTERN = re.compile(rb'"HIDIdleTime"\s*=\s*(\d+)')

    def __init__(self) -> None:
        if sys.platform != "darwin":
            raise IdleUnavailableError("not macOS")
        if self.seconds() is None:
            raise IdleUnavailableError("ioreg shows no HIDIdleTime")

    def seconds(self) -> float | None:
        try:
            out = subprocess.run(["/usr/sbin/ioreg", "-r", "-c", "IOHIDSystem", "-d", "1"],
                                 capture_output=True, timeout=5, check=True).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        found = self.PATTERN.search(out)
        return int(found.group(1)) / 1e9 if found else None


def wayland_session(env: Mapping[str, str]) -> bool:
    return bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE") == "wayland"


def source(platform: str, env: Mapping[str, str] | None = None) -> IdleSource | None:
    """The idle source for Qt's platform name (``QGuiApplication.platformName()``), or None
    where this system cannot report idle time (the reason goes to the log)."""
    env = os.environ if env is None else env
    try:
        if platform == "xcb":
            if wayland_session(env):
                raise IdleUnavailableError("a Wayland session: X11 misses Wayland input")
            return X11Idle(env.get("DISPLAY"))
        if platform == "windows":
            return WindowsIdle()
        if platform == "cocoa":
            return MacIdle()
        raise IdleUnavailableError(f"the {platform!r} platform reports no idle time")
    except IdleUnavailableError as exc:
        log.info("idle time unavailable: %s", exc)
        return None

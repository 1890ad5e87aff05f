"""Checks that the installed app carries what it needs beyond the database and the window.

`--self-test` runs `bundle_report()` so a frozen build (PyInstaller) proves, on the machine
that built it, the parts a freezer silently drops: keyring finds its backends through
package metadata (entry points), the OS backend needs modules only imported lazily, and
SQLCipher is a native library. A missing piece raises BundleError naming it; a machine
that simply has no keyring service running (a headless CI box) is reported, not failed.
No Qt here: this is the desktop layer.
"""
from __future__ import annotations

import importlib
import os
import sys
import tempfile
import uuid
from importlib import metadata
from pathlib import Path

# The backend each OS should use, as keyring registers it (entry-point name, module,
# class), and the modules that backend imports only when it is first asked.
PLATFORM_KEYRING = {
    "linux": ("SecretService", "keyring.backends.SecretService", "Keyring", ["secretstorage"]),
    "darwin": ("macOS", "keyring.backends.macOS", "Keyring", ["keyring.backends.macOS.api"]),
    "win32": ("Windows", "keyring.backends.Windows", "WinVaultKeyring",
              ["win32ctypes.pywin32.win32cred"]),
}

KEYRING_PROBE_ENV = "FREELANCE_DESK_SELFTEST_KEYRING"
KEYRING_PROBE_SERVICE = "Freelance Desk self-test"

# A raw 256-bit key: SQLCipher skips its deliberately slow key derivation for raw keys,
# so this check costs milliseconds, not the app's start-up budget.
_RAW_KEY = "x'" + "5e1f" * 16 + "'"


class BundleError(RuntimeError):
    """Something the app needs is missing from this installation."""


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def keyring_report() -> str:
    """Which keyring backend the app would use; raises if the OS backend is not installed."""
    import keyring
    from keyring.backends import fail

    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    expected = PLATFORM_KEYRING.get(platform)
    if expected is not None:
        entry_name, module_name, class_name, needs = expected
        found = {ep.name for ep in metadata.entry_points(group="keyring.backends")}
        if entry_name not in found:
            raise BundleError(
                f"keyring cannot discover its {entry_name} backend (entry points found: "
                f"{', '.join(sorted(found)) or 'none'}); keyring's package metadata is missing")
        try:
            getattr(importlib.import_module(module_name), class_name)
            for name in needs:
                importlib.import_module(name)
        except (ImportError, AttributeError) as exc:
            raise BundleError(f"keyring backend {entry_name} cannot load: {exc}") from exc
    active = keyring.get_keyring()
    name = f"{type(active).__module__}.{type(active).__name__}"
    if isinstance(active, fail.Keyring):
        wanted = f"{expected[1]}.{expected[2]}" if expected else "a backend for this OS"
        return f"keyring: {wanted} installed; no keyring service reachable here"
    if os.environ.get(KEYRING_PROBE_ENV) == "1":
        return f"keyring: {name}, {keyring_round_trip(active)}"
    return f"keyring: {name}"


def keyring_round_trip(backend) -> str:
    """Store, read back and delete one throw-away entry: the backend really works here.

    Opt-in (KEYRING_PROBE_ENV=1), because it writes to the user's real keyring; the
    build's smoke test turns it on inside a private D-Bus session with its own keyring."""
    from keyring.errors import KeyringError

    account, value = f"self-test-{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        backend.set_password(KEYRING_PROBE_SERVICE, account, value)
        try:
            read = backend.get_password(KEYRING_PROBE_SERVICE, account)
        finally:
            backend.delete_password(KEYRING_PROBE_SERVICE, account)
    except KeyringError as exc:
        raise BundleError(f"keyring refused a test entry: {exc}") from exc
    if read != value:
        raise BundleError("keyring did not return the test entry it stored")
    return "stored, read back and deleted a test entry"


def sqlcipher_report() -> str:
    """Write and read back an encrypted database; raises if SQLCipher is missing or inert."""
    try:
        import playhouse.sqlcipher_ext  # noqa: F401  (the app's own import path)
        from sqlcipher3 import dbapi2 as sqlcipher
    except ImportError as exc:
        raise BundleError(f"SQLCipher is not installed: {exc}") from exc
    with tempfile.TemporaryDirectory(prefix="fd-selftest-") as tmp:
        path = str(Path(tmp) / "cipher.db")
        conn = sqlcipher.connect(path)
        try:
            version = conn.execute("PRAGMA cipher_version").fetchone()
            conn.execute(f'PRAGMA key = "{_RAW_KEY}"')
            conn.execute("CREATE TABLE probe (value TEXT)")
            conn.execute("INSERT INTO probe VALUES ('sealed')")
            conn.commit()
        finally:
            conn.close()
        if not version or not version[0]:
            raise BundleError("sqlcipher3 is linked against plain SQLite (no cipher_version)")
        with open(path, "rb") as handle:
            if handle.read(16) == b"SQLite format 3\x00":
                raise BundleError("SQLCipher wrote an unencrypted database")
        conn = sqlcipher.connect(path)
        try:
            conn.execute(f'PRAGMA key = "{_RAW_KEY}"')
            value = conn.execute("SELECT value FROM probe").fetchone()[0]
        finally:
            conn.close()
        if value != "sealed":
            raise BundleError("SQLCipher did not read back what it wrote")
    return f"sqlcipher: {version[0]}, encrypted write and read back"


def bundle_report() -> list[str]:
    """One line per check, for the self-test output."""
    where = f"frozen, {Path(sys.executable).parent}" if frozen() else f"python {sys.executable}"
    return [keyring_report(), sqlcipher_report(), f"runtime: {where}"]

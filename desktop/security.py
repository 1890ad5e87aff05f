"""Where the database key comes from. Plain (unencrypted) until encryption is enabled.

The encryption issue replaces this with the keyring-backed key lookup; the
interface stays `passphrase_for(paths) -> str | None`.
"""
from __future__ import annotations

from desktop.paths import AppPaths


def passphrase_for(paths: AppPaths) -> str | None:
    return None

"""Data operations: the long writes on the data as a whole — back up now, the daily automatic
backup, restore, encrypt, decrypt, import all (and export all, which writes a file from it) —
and the start-up's open, which may put the latest good backup in place of a damaged database.

None is undone through Edit ▸ Undo: a restore keeps the replaced data as a backup, encryption is
undone by decrypting, an import goes only into an empty data folder. Each named function here
builds a `LongWrite` (the service call, waiting to run); ui/data_actions.py runs it with
`start` — on the database worker, with a progress dialog and Cancel — and for a restore, an
encryption or a decryption closes the database first and reopens it however the work ended
(DataActions.swap_database), so the tabs never touch a file being replaced. The automatic
backup runs quietly (`in_background`), or at once on exit (`now`).

The callbacks get what the service returned (`on_done`), a ui.tasks.TaskError (`on_failed`:
its `text` is a refusal, "busy" or an unreadable file in the user's language; a bug has been
shown by the crash handler already, `on_failed` only tidies up) or nothing (`on_cancelled`:
the service stopped at a Cancel and changed nothing).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop import security
from desktop.errors import ServiceError
from desktop.paths import AppPaths
from desktop.progress import Progress
from desktop.services import backup
from ui.tasks import TaskError, run_in_background, run_with_progress

Done = Callable[[Any], None]
Failed = Callable[[TaskError], None]


@dataclass(frozen=True)
class LongWrite:
    """A long service call, `work(progress)`, not started yet."""

    work: Callable[[Progress | None], Any]

    def start(self, parent: QWidget, title: str, *, on_done: Done, on_failed: Failed,
              on_cancelled: Callable[[], None]) -> None:
        """On the database worker, with a window-modal progress dialog titled `title` and
        Cancel."""
        run_with_progress(parent, title, self.work, on_done=on_done, on_error=on_failed,
                          on_cancelled=on_cancelled)

    def in_background(self, *, on_done: Done, on_failed: Failed) -> None:
        """On the database worker, without a dialog (the hourly automatic backup)."""
        run_in_background(self.work, on_done=on_done, on_error=on_failed)

    def now(self) -> Any:
        """On this thread, at once (the automatic backup on exit, after the event loop)."""
        return self.work(None)


def open_or_recover(paths: AppPaths, ask: Callable[[ServiceError], bool]) -> None:
    """Open the data folder at start-up, before the window (on this thread, at once). When its
    integrity check fails and `ask` (the question as a ServiceError) says yes, the latest good
    backup replaces it first; runtime.DatabaseError when it cannot be opened."""
    backup.open_or_recover(paths.data_dir, ask)


def backup_now(paths: AppPaths, target: str | Path | None = None) -> LongWrite:
    """A verified copy of the database, in the backups folder (or `target`); never deleted
    automatically."""
    return LongWrite(lambda progress: backup.backup_now(paths, target, progress=progress))


def auto_backup(paths: AppPaths) -> LongWrite:
    """The rolling automatic backup, when the newest is a day old (None when none was due)."""
    return LongWrite(lambda progress: backup.auto_backup(paths, progress=progress))


def restore(paths: AppPaths, source: str | Path) -> LongWrite:
    """Replace the data with the verified backup `source` (the database is closed first)."""
    return LongWrite(lambda progress: backup.restore(paths, source, progress=progress))


def encrypt(paths: AppPaths, passphrase: str | None = None) -> LongWrite:
    """Encrypt the data with the keyring's key, or with `passphrase` (the database is closed
    first)."""
    return LongWrite(lambda progress: security.encrypt(paths, passphrase=passphrase,
                                                       progress=progress))


def decrypt(paths: AppPaths) -> LongWrite:
    """Store the data unencrypted (the database is closed first)."""
    return LongWrite(lambda progress: security.decrypt(paths, progress=progress))


def import_all(paths: AppPaths, source: str | Path) -> LongWrite:
    """Fill an empty data folder from an Export All archive (all or nothing)."""
    from desktop.services import archive  # not at start-up: only File ▸ Import All needs it

    return LongWrite(lambda progress: archive.import_all(paths, source, progress=progress))


def export_all(paths: AppPaths, target: str | Path) -> LongWrite:
    """Every record and attached file into the zip `target` (the data is only read)."""
    from desktop.services import archive

    return LongWrite(lambda progress: archive.export_all(paths, target, progress=progress))

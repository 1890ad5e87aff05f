"""Workspace operations: what the window writes to its workspace's server for the outbox
(desktop/outbox.py) — sending what was kept while the server was away, and writing a merge of
fields someone else saved meanwhile.

Not undone through Edit ▸ Undo: each write lands what the user did earlier, offline (its own
undo was there, in its tab), or what they chose in the merge dialog. Both run through
`run_op`: a refusal (ServiceError) is given to `on_refused` or shown translated, a bug reaches
the crash handler.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import outbox
from desktop.errors import ServiceError, WorkspaceOfflineError
from ui.operations import run_op

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


def send_outbox(parent: QWidget | None, folder: str | Path,
                on_sent: Callable[[outbox.Sent], None]) -> None:
    """Send every draft, edit and call kept in the outbox, with the conflict handling of a live
    save (a conflicted one waits for its merge); `on_sent` gets what went and what waits. A
    refusal of the whole (e.g. the data is being replaced) is logged, and everything stays
    kept for the next time the server is back."""
    def refused(exc: ServiceError) -> None:
        log.error("outbox not sent", exc_info=exc)

    run_op(parent, translate("Banner", "Workspace status"), lambda: outbox.send(folder),
           on_done=on_sent, on_refused=refused)


def write_merge(parent: QWidget, folder: str | Path, edit: outbox.Edit, changes: dict[str, Any],
                version: int | None, theirs: dict[str, Any], *, ask_again: bool,
                on_done: Callable[[bool], None] | None = None) -> None:
    """Write the merged fields `changes` of a kept edit over the server's `version` (whose
    values are `theirs`). Written: the edit leaves the outbox, `on_done(True)`. Overtaken again
    on the same field: with `ask_again`, `changes` are kept as the edit, in conflict, over
    `theirs` (the merge dialog asks again), else the edit stays as it was; `on_done(False)`. A
    refusal is shown and the edit stays kept. The server gone away meanwhile: the merge is
    kept as the edit, no longer in conflict, over `version` (sent when the server is back, with
    the same conflict handling as any kept edit); `on_done(False)`."""
    from ui import workspace_live

    def keep() -> bool:
        outbox.keep_edit(folder, edit.kind, edit.key, changes, version=version, base=theirs)
        return False

    def write() -> bool:
        if workspace_live.offline():  # no wait on a server known to be away
            return keep()
        sender = outbox.SENDERS[edit.kind]
        try:
            written = outbox.merge_and_write(sender, edit.key, changes, version, theirs)
        except WorkspaceOfflineError:
            return keep()
        if written is None:
            if ask_again:
                outbox.keep_edit(folder, edit.kind, edit.key, changes, version=version,
                                 base=theirs, conflict=True)
            return False
        outbox.drop_edit(folder, edit.kind, edit.key)
        return True

    run_op(parent, translate("MergeDialog", "Merge your changes"), write, on_done=on_done)


def connect(parent: QWidget, url: str, password: str | None, window: Any, *,
            on_done: Callable[[str | None], None], on_refused: Callable[[ServiceError], None]
            ) -> None:
    """Settings ▸ Workspace's Connect: test the workspace at `url` once (with `password`, or
    one written into the address), keep the password in the system keyring, and make the main
    `window` work on the workspace now (ui/workspace_live.switch; None: from its next start).
    `on_done` gets the address without its password, or None when a tab would not let go of its
    data (nothing changed); a workspace that cannot be reached or opened goes to
    `on_refused`."""
    from desktop import workspace
    from ui import workspace_live

    def do() -> str | None:
        workspace.check_connection(url, password)
        bare, typed = workspace.split_password(url)
        if password or typed:
            workspace.remember_password(bare, password or typed or "")
        if window is not None and not workspace_live.switch(window, bare):
            return None
        return bare

    run_op(parent, translate("WorkspacePage", "Connect to the workspace"), do, on_done=on_done,
           on_refused=on_refused)

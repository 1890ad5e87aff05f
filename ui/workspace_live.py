"""The window on a workspace: live refresh, the "server unreachable" banner, the outbox.

`attach(window, url)` starts desktop/live.py's Listener for the window's workspace. Other
members' changes then reach desktop/events from the listener thread, and ui/bus.py relays
them to the tabs on the GUI thread. The listener's reachability drives a banner at the top of
the window; while the server is away the letter editor autosaves into the outbox
(desktop/outbox.py) without waiting on the network, and when it is back the outbox is sent,
with the same conflict handling as a live save (a conflicted letter waits for its merge).
"""
from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget

from desktop import live, outbox
from desktop.services import close_thread_connection
from ui import theme
from ui.offline_reads import keep_last_read
from ui.operations import workspace as workspace_ops
from ui.proposals.common import set_tone

_current: WorkspaceLive | None = None


def current() -> WorkspaceLive | None:
    return _current


def offline() -> bool:
    """True while the window's workspace server is known to be unreachable."""
    return _current is not None and _current.online is False


def sees_money() -> bool:
    """Whether the person at this window may see payments (owners only), without waiting on a
    server that is away: on a workspace the role as last read from it (when it was opened, or
    since while it was reachable); off one, the local answer (always the owner)."""
    from desktop.errors import WorkspaceOfflineError
    from desktop.services import members

    state = current()
    if state is None:
        return members.sees_money()
    if state.online is not False:
        with contextlib.suppress(WorkspaceOfflineError):
            state.money = members.sees_money()
    # never read (the server went away between opening the workspace and this window's
    # state): the tab is built as for an owner; the server still refuses the money to others
    return True if state.money is None else state.money


def running_timer():
    """The running timer as this window knows it (desktop.services.timer.RunningTimer or None):
    the server's; while starts and stops made offline wait in the outbox, as they leave it
    (with their real times); with the server away and none waiting, the one last read."""
    from datetime import datetime

    from desktop.errors import WorkspaceOfflineError
    from desktop.services import timer

    state = current()
    if state is not None:
        known, started = outbox.kept_timer(state.folder)
        if known:
            return None if started is None else timer.RunningTimer(
                0, int(started["contract_id"]), started.get("title") or "",
                datetime.fromisoformat(started["at"]), started.get("memo") or "")
        if state.online is False:
            return state.timer_seen
    try:
        found = timer.current()
    except WorkspaceOfflineError:
        if state is None:
            raise
        return state.timer_seen
    if state is not None:
        state.timer_seen = found
    return found


def show_kept_timer(window) -> None:
    """A timer start or stop went to the outbox from outside the Contracts tab (the tray, the
    idle prompt): the tab, if built, shows the timer as the outbox leaves it (building it now
    would read from the server that is away)."""
    contracts = next((page for page in window.built_pages()
                      if page.objectName() == "contractsTab"), None)
    if contracts is None:
        return
    contracts.detail.timer_kept.emit()
    if contracts.detail.contract is not None:
        contracts.detail.time_page.load_timer()


class WorkspaceLive(QObject):
    status_changed = Signal(bool, str)  # online, the driver's reason when not
    outbox_sent = Signal(object)  # desktop.outbox.Sent, after the server came back
    _heard = Signal(bool, str)  # from the listener thread (queued to this object's thread)

    def __init__(self, url: str, folder: str | Path, parent: QObject | None = None, *,
                 retry: float = live.RETRY_SECONDS):
        super().__init__(parent)
        self.url = url
        self.folder = Path(folder)
        self.online: bool | None = None
        self.detail = ""
        self.timer_seen = None  # the running timer last read from the server (a RunningTimer)
        self.money: bool | None = None  # whether this person sees payments, as last read
        self.sent_results: dict[str, object] = {}  # kept call id -> what its send gave (undo)
        self._heard.connect(self._status)
        self.outbox_sent.connect(lambda sent: self.sent_results.update(sent.results))
        self.listener = live.Listener.for_url(url, retry=retry,
                                              on_status=lambda up, why: self._heard.emit(up, why))

    def start(self) -> WorkspaceLive:
        global _current
        _current = self
        self.listener.start()
        return self

    def stop(self) -> None:
        global _current
        self.listener.stop()
        if _current is self:
            _current = None

    def _status(self, online: bool, detail: str) -> None:
        was = self.online
        self.online, self.detail = online, detail
        if online and was is False:
            # this thread's connection died with the server; unused since, it does not know
            # yet: the outbox's first write would find it dead and wait for the next time
            close_thread_connection()
        self.status_changed.emit(online, detail)
        if online and (was is False or not outbox.empty(self.folder)):
            self.send_outbox()

    def send_outbox(self) -> None:
        if not outbox.empty(self.folder):
            workspace_ops.send_outbox(self.parent(), self.folder, self.outbox_sent.emit)


class Banner(QToolBar):
    """A strip at the top of the window while the workspace server cannot be reached."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspaceBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("workspaceBannerText")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setContentsMargins(theme.SPACE_M, theme.SPACE_XS, theme.SPACE_M, theme.SPACE_XS)
        self.label.setAccessibleName(self.tr("Workspace status"))
        self.addWidget(self.label)
        self.hide()

    def show_status(self, online: bool, detail: str) -> None:
        if online:
            self.hide()
            return
        self.label.setText("⚠ " + self.tr(
            "The workspace server cannot be reached. Your changes are kept on this computer "
            "and sent when it is back."))
        self.label.setToolTip(detail)
        set_tone(self.label, "warning")
        self.show()

    def show_sent(self, sent: outbox.Sent) -> None:
        waiting = sent.waiting
        if not waiting:
            self.hide()
            return
        refused = sum(c.name in outbox.PAYMENT_CALLS for c in sent.calls_refused)
        parts = [self.tr(
            "%n change(s) made while offline were not sent: someone else saved the same "
            "thing meanwhile. Open it and press Merge….", "", waiting - refused)] \
            if waiting > refused else []
        if refused:  # the Payments tab lists them with the server's reason
            parts.append(self.tr("The server refused %n payment(s) recorded while offline: "
                                 "Payments says why.", "", refused))
        self.label.setText("⚠ " + " ".join(parts))
        set_tone(self.label, "warning")
        self.show()


def attach(window: QMainWindow, url: str, folder: str | Path, *,
           retry: float = live.RETRY_SECONDS) -> WorkspaceLive:
    """Live refresh, the banner and the outbox for `window` on the workspace at `url` (just
    opened: its role is read now, for the tabs built while the server is away)."""
    from desktop.errors import WorkspaceOfflineError
    from desktop.services import members

    state = WorkspaceLive(url, folder, window, retry=retry)
    with contextlib.suppress(WorkspaceOfflineError):
        state.money = members.sees_money()
    banner = Banner(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    state.status_changed.connect(banner.show_status)
    state.outbox_sent.connect(banner.show_sent)
    state.outbox_sent.connect(lambda sent: _show_conflicts(window, sent))
    window.workspace_live = state  # type: ignore[attr-defined]
    window.workspace_banner = banner  # type: ignore[attr-defined]
    window.destroyed.connect(lambda *_: state.stop())
    return state.start()


def detach(window: QMainWindow) -> None:
    """Stop the live refresh and take the banner away (the window leaves its workspace)."""
    state = getattr(window, "workspace_live", None)
    banner = getattr(window, "workspace_banner", None)
    if state is not None:
        state.stop()
        state.deleteLater()
    if banner is not None:
        window.removeToolBar(banner)
        banner.deleteLater()
    window.workspace_live = None  # type: ignore[attr-defined]
    window.workspace_banner = None  # type: ignore[attr-defined]


def _open(url: str | None, folder: Path) -> None:
    from desktop import runtime, workspace

    if url:
        workspace.open_workspace(url, folder)
    else:
        runtime.open_data_dir(folder)


def switch(window, url: str | None, *, retry: float = live.RETRY_SECONDS) -> bool:
    """Make the window work on the workspace at `url` (None: this computer's data folder) now,
    without a restart: the data is swapped as for a restore (ui/data_actions.py), then the
    tabs show the new data. A workspace that cannot be opened raises its ServiceError and the
    window stays on what it had. False: a tab would not let go of its data."""
    folder = Path(window.ctx.paths.data_dir)
    state = current()
    had = state.url if state is not None else None
    opened = {"url": had}

    def open_new() -> None:
        detach(window)  # the listener keeps a connection of its own
        _open(url, folder)
        opened["url"] = url

    def after() -> None:
        if opened["url"] and getattr(window, "workspace_live", None) is None:
            attach(window, opened["url"], folder, retry=retry)

    return bool(window.data_actions.switch_data(open_new, lambda: _open(had, folder), after,
                                                unlock=None if url else window.ctx.paths))


ENTRY_FIELDS = {
    "started_at": QT_TRANSLATE_NOOP("WorkspaceLive", "Start"),
    "minutes": QT_TRANSLATE_NOOP("WorkspaceLive", "Minutes"),
    "memo": QT_TRANSLATE_NOOP("WorkspaceLive", "Memo"),
}


CONTRACT_FIELDS = {
    "title": QT_TRANSLATE_NOOP("WorkspaceLive", "Contract title"),
    "client_name": QT_TRANSLATE_NOOP("WorkspaceLive", "Client"),
    "rate": QT_TRANSLATE_NOOP("WorkspaceLive", "Hourly rate"),
    "weekly_limit_minutes": QT_TRANSLATE_NOOP("WorkspaceLive", "Weekly limit (minutes)"),
    "manual_time_allowed": QT_TRANSLATE_NOOP("WorkspaceLive", "Manual time allowed"),
    "rate_increase_months": QT_TRANSLATE_NOOP("WorkspaceLive", "Rate increase every (months)"),
    "rate_increase_percent": QT_TRANSLATE_NOOP("WorkspaceLive", "Rate increase (%)"),
    "amount": QT_TRANSLATE_NOOP("WorkspaceLive", "Fixed price"),
    "fee_percent": QT_TRANSLATE_NOOP("WorkspaceLive", "Service fee (%)"),
    "terms": QT_TRANSLATE_NOOP("WorkspaceLive", "Terms"),
    "ext_id": QT_TRANSLATE_NOOP("WorkspaceLive", "Contract id"),
}


def _label(kind: str, name: str) -> str:
    if kind == "time_entry":
        return QCoreApplication.translate("WorkspaceLive", ENTRY_FIELDS.get(name, name))
    if kind == "contract":
        return QCoreApplication.translate("WorkspaceLive", CONTRACT_FIELDS.get(name, name))
    if kind == "job":
        from ui import labels

        return labels.label(labels.JOB_FIELD, name)
    if kind == "proposal":
        from ui.proposals.fields import label

        return label(name)
    from ui.operations.profile import field_label

    return field_label(name)


def _shown(kind: str, name: str, value) -> str:
    if kind == "proposal":
        from ui.proposals.fields import shown

        return shown(name, value)
    if value is None or value == "" or value == []:
        return "—"
    if kind == "time_entry" and name == "started_at":
        from datetime import datetime

        from ui import formatting

        return formatting.datetime(datetime.fromisoformat(value))
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def open_edit_merge(parent: QWidget, folder: str | Path, edit: outbox.Edit):
    """The merge dialog for field edits the outbox could not send because someone else changed
    the same fields meanwhile (any kind: a profile's fields, a proposal's …): one row per
    field, theirs or yours. Returns the dialog (window-modal), or None when nothing is left
    to decide (what merged by itself is written at once)."""
    from models.rules.merge import merge_fields
    from ui.proposals.merge import FieldChoice, MergeDialog

    sender = outbox.SENDERS[edit.kind]
    version, theirs = sender.read(edit.key)
    merge = merge_fields({name: edit.base.get(name) for name in edit.changes}, theirs,
                         edit.changes)
    if merge.clean:  # dropped once written (a refusal leaves it kept)
        workspace_ops.write_merge(parent, folder, edit, merge.merged, version, theirs,
                                  ask_again=False)
        return None
    dialog = MergeDialog(parent, fields=[
        FieldChoice(name, _label(edit.kind, name), _shown(edit.kind, name, their),
                    _shown(edit.kind, name, your))
        for name, (their, your) in merge.conflicts.items()])

    def done(result: int) -> None:
        dialog.deleteLater()
        if result != MergeDialog.DialogCode.Accepted:
            return
        picked = dialog.choices()
        final = {name: theirs[name] if picked.get(name) == "theirs" else value
                 for name, value in merge.merged.items()}
        # overtaken again on the same field: kept, asked again
        workspace_ops.write_merge(parent, folder, edit, final, version, theirs, ask_again=True)

    dialog.finished.connect(done)
    dialog.open()
    return dialog


@keep_last_read  # it reads: the server gone again before this ran leaves them for later
def _show_conflicts(window: QMainWindow, sent: outbox.Sent) -> None:
    """The open proposal's letter came back refused: show it with its merge (still in the
    outbox, marked, if the server has gone away again meanwhile: the editor shows it)."""
    others = [e for e in sent.edit_conflicts if e.kind != "proposal"]
    if others:  # a proposal's wait in its editor (Merge fields…); the rest are asked here
        window.edit_merge = open_edit_merge(window, window.ctx.paths.data_dir,  # type: ignore[attr-defined]
                                            others[0])
        return
    find = getattr(window, "tab", None)
    editor = getattr(find("proposalsTab"), "editor", None) if find is not None else None
    if editor is None or editor.proposal_id is None:
        return
    letter = any(d.proposal_id == editor.proposal_id for d in sent.conflicts)
    fields = any(e.kind == "proposal" and e.key == editor.proposal_id
                 for e in sent.edit_conflicts)
    if letter or fields:
        editor.load(editor.proposal_id)
    if letter:
        editor.letter.open_merge()
    elif fields:
        editor.saver.open_merge()

"""Settings ▸ Workspace: which database the window works on, and whether it can be reached.

The window works on this computer's data folder, or on a shared PostgreSQL workspace (issue
18). Here the user types the workspace's address and password, presses Connect (one test
connection; the password then goes to the system keyring, never to a file), and the window
works on the workspace at once: its data is swapped as for a restore (ui/workspace_live.py
switch), and the address is kept in the window's settings (window.ini) for the next start.
"Use this computer's data folder" swaps back the same way. While the window is on a workspace
the page shows whether its server can be reached now.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import runtime, workspace
from desktop.errors import ServiceError
from ui import messages, workspace_live
from ui.operations import workspace as workspace_ops
from ui.theme import set_tone

EXAMPLE_URL = "postgresql://anna@db.example.org:5432/desk"  # an address, the same in every language


class WorkspacePage(QWidget):
    def __init__(self, window_settings, parent: QWidget | None = None, *, window=None):
        """`window`: the main window, switched at once (None: from the next start only)."""
        super().__init__(parent)
        self.title = self.tr("Workspace")
        self.window_settings = window_settings
        self.main_window = window
        self.setObjectName("workspacePage")
        self.setAccessibleName(self.title)
        heading = QLabel("<h3>" + self.title + "</h3>", self)
        about = QLabel(self.tr(
            "An agency, or one person with two computers, can share one PostgreSQL database: a "
            "workspace. Everyone's windows refresh when someone saves, a save over someone "
            "else's newer one is refused and offered to merge, and changes made while the "
            "server cannot be reached are sent when it is back. The password is kept in the "
            "system keyring."), self)
        about.setWordWrap(True)
        set_tone(about, "muted")

        self.current = QLabel(self)
        self.current.setObjectName("workspaceCurrent")
        self.current.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setObjectName("workspaceUrl")
        self.url.setAccessibleName(self.tr("Workspace address"))
        self.url.setPlaceholderText(EXAMPLE_URL)
        self.url.setText(str(window_settings.value(workspace.SETTING_KEY, "") or ""))
        self.password = QLineEdit(self)
        self.password.setObjectName("workspacePassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setObjectName("workspaceConnect")
        self.connect_button.setAccessibleName(self.tr("Connect to the workspace"))
        self.connect_button.clicked.connect(self.connect_workspace)
        self.local_button = QPushButton(self.tr("Use this computer's data folder"), self)
        self.local_button.setObjectName("workspaceLocal")
        self.local_button.setAccessibleName(self.tr("Use this computer's data folder"))
        self.local_button.clicked.connect(self.use_local)
        self.result = QLabel(self)
        self.result.setObjectName("workspaceResult")
        self.result.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.url)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._watch()
        self._show_current()

    def _watch(self) -> None:
        live = workspace_live.current()
        if live is not None:
            live.status_changed.connect(self._show_current)

    def _show_current(self, *_args) -> None:
        live = workspace_live.current()
        saved = str(self.window_settings.value(workspace.SETTING_KEY, "") or "")
        if live is None:
            text = self.tr("This window works on the data folder on this computer.")
            tone = "muted"
            if saved:
                text += " " + self.tr("From the next start it opens the workspace {url}.") \
                    .format(url=workspace.display(saved))
        elif live.online is False:
            text = self.tr("This window works on the workspace {url}. Its server cannot be "
                           "reached now; your changes are kept on this computer until it is "
                           "back.") \
                .format(url=workspace.display(live.listener.url))
            tone = "warning"
        else:
            text = self.tr("This window works on the workspace {url}. Connected.") \
                .format(url=workspace.display(live.listener.url))
            tone = "success"
        self.current.setText(text)
        set_tone(self.current, tone)

    def connect_workspace(self) -> None:
        workspace_ops.connect(self, self.url.text().strip(), self.password.text() or None,
                              self.main_window, on_done=self._connected,
                              on_refused=self._refused)

    def _refused(self, exc: ServiceError) -> None:
        self.result.setText(messages.text(exc))
        set_tone(self.result, "error")

    def _connected(self, bare: str | None) -> None:
        if bare is None:
            return  # a tab kept its data (it said why): nothing changed
        self.password.clear()
        self.url.setText(bare)
        self.window_settings.setValue(workspace.SETTING_KEY, bare)
        self.window_settings.sync()
        self.result.setText(self.tr("Connected. The window works on this workspace now.")
                            if self.main_window is not None else
                            self.tr("Connected. The window opens on this workspace from its "
                                    "next start."))
        set_tone(self.result, "success")
        self._watch()
        self._show_current()

    def use_local(self) -> None:
        if self.main_window is not None and workspace_live.current() is not None:
            try:
                if not workspace_live.switch(self.main_window, None):
                    return
            except (ServiceError, runtime.DatabaseError) as exc:  # the window stays where it was
                self.result.setText(messages.text(exc) if isinstance(exc, ServiceError)
                                    else str(exc))
                set_tone(self.result, "error")
                return
        self.window_settings.remove(workspace.SETTING_KEY)
        self.window_settings.sync()
        self.url.clear()
        self.result.setText(self.tr("The window works on this computer's data folder now.")
                            if self.main_window is not None else
                            self.tr("The window opens on this computer's data folder from its "
                                    "next start."))
        set_tone(self.result, "muted")
        self._show_current()

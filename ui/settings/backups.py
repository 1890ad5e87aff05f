"""Settings ▸ Backups: how many automatic backups to keep, the list, back up, restore."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import backup, settings
from ui import formatting
from ui.operations.settings import put_setting

KINDS = {"auto": QT_TRANSLATE_NOOP("BackupsPage", "automatic"),
         "manual": QT_TRANSLATE_NOOP("BackupsPage", "by hand"),
         "replaced": QT_TRANSLATE_NOOP("BackupsPage", "replaced by a restore")}


class BackupsPage(QWidget):
    def __init__(self, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Backups")
        self.actions = actions
        self.paths = actions.paths
        self.setObjectName("backupsPage")
        self.setAccessibleName(self.title)

        heading = QLabel("<h3>" + self.tr("Backups") + "</h3>", self)
        about = QLabel(self.tr(
            "A backup is made automatically once a day — when you quit, or while the app "
            "stays open — and checked before it is kept. Backups you make by hand are never "
            "deleted automatically. Backups of an encrypted database are encrypted with the "
            "same key."), self)
        about.setWordWrap(True)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupsKeepSpin")
        self.keep.setAccessibleName(self.tr("Automatic backups to keep"))
        self.keep.setRange(1, 365)
        self.keep.setSuffix(self.tr(" automatic backups"))
        self.keep.setValue(settings.get("backups_keep"))
        self.keep.valueChanged.connect(lambda n: put_setting(self, "backups_keep", int(n)))
        self.keep.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.addRow(self.tr("Keep the newest:"), self.keep)
        folder = QLabel(self.tr("Folder: {0}").format(self.paths.backups_dir), self)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(folder)

        self.list = QTreeWidget(self)
        self.list.setObjectName("backupsList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"),
                                   self.tr("Encrypted")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("No backups yet — click Back Up Now."), self)
        self.empty.setObjectName("backupsEmpty")

        self.backup_button = QPushButton(self.tr("Back Up Now"), self)
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.setAccessibleName(self.backup_button.text())
        self.backup_button.clicked.connect(lambda: self.actions.backup_now())
        self.restore_button = QPushButton(self.tr("Restore Selected…"), self)
        self.restore_button.setObjectName("restoreSelectedButton")
        self.restore_button.setAccessibleName(self.restore_button.text())
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button = QPushButton(self.tr("Open Folder"), self)
        self.open_button.setObjectName("openBackupsFolderButton")
        self.open_button.setAccessibleName(self.tr("Open the backups folder"))
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.paths.backups_dir))))
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addLayout(buttons)
        # the list (or, before the first backup, the note) takes the room that is left, so
        # the page does not spread its few lines over the whole height
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        actions.finished.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for info in backup.list_backups(self.paths):
            made = formatting.datetime(info.created_at)  # local time, the user's locale
            size = self.tr("{0} MB").format(formatting.number(
                Decimal(info.size) / 1_048_576, 1)) if info.size >= 1_048_576 \
                else self.tr("{0} KB").format(formatting.number(max(1, info.size // 1024)))
            item = QTreeWidgetItem([made, QCoreApplication.translate(
                "BackupsPage", KINDS.get(info.kind, info.kind)), size,
                                    self.tr("yes") if info.encrypted else self.tr("no")])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.list.setColumnWidth(0, max(self.list.columnWidth(0), 150))
        self.list.setColumnWidth(1, max(self.list.columnWidth(1), 170))
        has_rows = self.list.topLevelItemCount() > 0
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def selected_path(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def restore_selected(self):
        path = self.selected_path()
        return self.actions.confirm_restore(path) if path else None

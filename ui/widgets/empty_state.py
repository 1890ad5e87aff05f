"""A friendly "nothing here yet — here is what to do next" panel."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import MESSAGE_WIDTH_MAX


class EmptyState(QWidget):
    def __init__(self, title: str, message: str, actions: list[QAction] = (), *,
                 object_name: str = "emptyState", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(title, self)
        self.title.setObjectName(object_name + "Title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel(message, self)
        self.message.setObjectName(object_name + "Message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMaximumWidth(MESSAGE_WIDTH_MAX)
        layout.addWidget(self.title)
        # An alignment flag on a word-wrapped label makes its layout ignore
        # heightForWidth (the text gets one line's height); centre with stretches.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.message, 4)
        row.addStretch(1)
        layout.addLayout(row)
        for action in actions:
            button = QPushButton(action.text().replace("&", ""), self)
            button.setObjectName(action.objectName() + "Button" if action.objectName() else "")
            button.setAccessibleName(button.text())
            button.clicked.connect(action.trigger)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.setAccessibleName(title)

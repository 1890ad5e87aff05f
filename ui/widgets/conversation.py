"""A client conversation as a timeline: messages, calls, interviews and notes, newest at the
bottom, with a composer underneath. Used by the Proposals tab; the Contracts tab can embed it:

    conversation = ConversationWidget(undo_stack=self.undo_stack, parent=self)
    conversation.set_owner(contract_id=contract.id)

It writes only through ui.operations.clients; adding and deleting an entry go on the given undo
stack (Edit ▸ Undo takes an entry back out or brings it back).
"""
from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextDocument,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ServiceError
from desktop.services import interactions
from desktop.services.interactions import InteractionKind
from ui import formatting, labels, messages, theme
from ui.operations import clients as ops
from ui.theme import EDITOR_HEIGHT_S

# theme colour names (ui.theme), so headings keep their contrast in the dark theme
_KIND_TONES = {"message": "info", "call": "link", "interview": "link_visited", "note": "muted"}
IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2


class InteractionModel(QAbstractListModel):
    """Entry ids of one proposal's or contract's conversation, rows read on demand."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._cache: dict[int, object] = {}
        self.proposal_id: int | None = None
        self.contract_id: int | None = None

    def set_owner(self, *, proposal_id: int | None = None, contract_id: int | None = None):
        self.proposal_id, self.contract_id = proposal_id, contract_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        if self.proposal_id is None and self.contract_id is None:
            self._ids = []
        else:
            self._ids = interactions.ids_for(proposal_id=self.proposal_id,
                                             contract_id=self.contract_id)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def entry(self, row: int):
        entry_id = self._ids[row]
        if entry_id not in self._cache:
            self._cache[entry_id] = interactions.get(entry_id)
        return self._cache[entry_id]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{heading(entry)}\n{said(entry)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{heading(entry)}: {said(entry)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return formatting.datetime(entry.at, long=True)
        if role == IdRole:
            return entry.id
        if role == KindRole:
            return entry.kind
        return None


def said(entry: interactions.InteractionRow) -> str:
    """The entry's text: what the user typed, or a work-log line the app wrote (a code with
    its parameters) in the user's language."""
    return messages.note(entry.body, entry.note_code, entry.note_params)


def heading(entry) -> str:
    kind = labels.label(labels.INTERACTION_KIND, entry.kind)
    direction = labels.label(labels.INTERACTION_DIRECTION, entry.direction or "", "")
    when = formatting.datetime(entry.at)
    return " · ".join(part for part in (kind, direction, when) if part)


class _EntryDelegate(QStyledItemDelegate):
    """Draws an entry as a coloured heading over its wrapped text."""

    PAD = 8

    def _document(self, index, width: int) -> QTextDocument:
        entry_kind = index.data(KindRole) or "note"
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        head, _, body = text.partition("\n")
        color = theme.color(_KIND_TONES.get(entry_kind, "muted")).name()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setHtml(f"<div style='color:{color}; font-weight:600'>{html.escape(head)}</div>"
                    f"<div style='white-space:pre-wrap'>{html.escape(body)}</div>")
        doc.setTextWidth(max(width - 2 * self.PAD, 50))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(index, option.rect.width())
        painter.save()
        painter.translate(option.rect.left() + self.PAD, option.rect.top() + self.PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.HighlightedText))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        width = option.rect.width() or (option.widget.viewport().width() if option.widget
                                        else 400)
        doc = self._document(index, width)
        return QSize(width, int(doc.size().height()) + 2 * self.PAD)


class ConversationWidget(QWidget):
    """Timeline + composer for the conversation on one proposal or contract."""

    entry_added = Signal(int)

    def __init__(self, *, undo_stack: QUndoStack | None = None, parent: QWidget | None = None,
                 object_name: str = "conversation"):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Conversation with the client"))
        self.undo_stack = undo_stack
        self.model = InteractionModel(self)
        self.view = QListView(self)
        self._name(self.view, "conversationList", self.tr("Conversation entries"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(_EntryDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = QLabel(self.tr("No messages yet. Log what the client wrote, a call or an "
                                    "interview, or a note to yourself — with the time it "
                                    "happened."), self)
        self.empty.setObjectName("conversationEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("conversationEmpty")  # padded by the theme (base.qss)
        theme.set_tone(self.empty, "muted")

        self.kind = QComboBox(self)
        self._name(self.kind, "conversationKind", self.tr("Kind of entry"))
        for code, label in labels.labels(labels.INTERACTION_KIND).items():
            self.kind.addItem(label, code)
        self.direction = QComboBox(self)
        self._name(self.direction, "conversationDirection", self.tr("Direction"))
        for code, label in labels.labels(labels.INTERACTION_DIRECTION).items():
            self.direction.addItem(label, code)
        self.when = QDateTimeEdit(formatting.now_local(), self)
        self._name(self.when, "conversationWhen", self.tr("When it happened"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(formatting.edit_format(time=True))
        self.body = QPlainTextEdit(self)
        self._name(self.body, "conversationBody", self.tr("Entry text"))
        self.body.setPlaceholderText(self.tr("What was said… (Ctrl+Enter to add)"))
        self.body.setFixedHeight(EDITOR_HEIGHT_S)
        self.add_button = QPushButton(self.tr("Add"), self)
        self._name(self.add_button, "conversationAdd", self.tr("Add entry"))
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self._name(self.delete_button, "conversationDelete", self.tr("Delete selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.delete_button.setEnabled(self.view.currentIndex().isValid()))
        self.kind.currentIndexChanged.connect(
            lambda: self.direction.setEnabled(self.kind.currentData() != "note"))
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.body)
        shortcut.activated.connect(self.add_entry)

        controls = QHBoxLayout()
        controls.addWidget(self.kind)
        controls.addWidget(self.direction)
        controls.addWidget(self.when)
        controls.addStretch(1)
        controls.addWidget(self.delete_button)
        controls.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(controls)
        layout.addWidget(self.body)
        self._update_empty()

    @staticmethod
    def _name(widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    def set_owner(self, *, proposal_id: int | None = None,
                  contract_id: int | None = None) -> None:
        self.model.set_owner(proposal_id=proposal_id, contract_id=contract_id)
        self.when.setDateTime(formatting.now_local())
        self._update_empty()
        self.view.scrollToBottom()

    def reload(self) -> None:
        self.model.reload()
        self._update_empty()
        self.view.scrollToBottom()

    def _update_empty(self) -> None:
        has_owner = self.model.proposal_id is not None or self.model.contract_id is not None
        empty = self.model.rowCount() == 0
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)
        for widget in (self.kind, self.direction, self.when, self.body, self.add_button):
            widget.setEnabled(has_owner)
        self.direction.setEnabled(has_owner and self.kind.currentData() != "note")
        self.delete_button.setEnabled(self.view.currentIndex().isValid())

    def add_entry(self) -> None:
        text = self.body.toPlainText().strip()
        if not text:
            self.body.setFocus()
            return
        when: datetime = self.when.dateTime().toPython()
        kind = self.kind.currentData()
        command = ops.AddInteraction(
            proposal_id=self.model.proposal_id, contract_id=self.model.contract_id, kind=kind,
            direction=None if kind == InteractionKind.NOTE else self.direction.currentData(),
            body=text, at=when.astimezone(), on_error=self._refused(self.tr("Not added")),
            after=self._refresh)
        self._push(command)
        if command.failed:
            return
        self.body.clear()
        self.when.setDateTime(formatting.now_local())
        self.entry_added.emit(command.state)

    def delete_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self._push(ops.DeleteInteraction(index.data(IdRole),
                                         self._refused(self.tr("Not deleted")),
                                         after=self._refresh))

    def _push(self, command) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    def _refresh(self) -> None:
        """After an operation, also one undone from Edit ▸ Undo once the widget is gone."""
        if shiboken6.isValid(self):
            self.reload()

    def _refused(self, title: str) -> Callable[[ServiceError], None]:
        def show(exc: ServiceError) -> None:
            box = QMessageBox(QMessageBox.Icon.Warning, title, messages.text(exc),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("conversationError")
            box.finished.connect(box.deleteLater)
            box.open()

        return show

    def selected_index(self) -> QPersistentModelIndex:
        return QPersistentModelIndex(self.view.currentIndex())

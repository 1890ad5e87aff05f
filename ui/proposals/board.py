"""The proposal pipeline as a board: a column per stage, a card per proposal. Dragging a card
to another column moves the proposal there — the same undoable move as the editor's buttons
(Edit ▸ Undo puts it back); moves the pipeline does not allow are refused with a message."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import proposals as service
from ui import labels, theme
from ui.formatting import money
from ui.operations import proposals as ops
from ui.proposals.common import show_error, status_message

MIME = "application/x-freelance-desk-proposal"
COLUMNS = ("submitted", "viewed", "interviewing", "offer", "declined", "withdrawn")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def can_move(status: str, to: str) -> bool:
    return to != status and to in service.UNDOABLE_MOVES and \
        to in service.TRANSITIONS.get(status, ())


class BoardColumn(QListWidget):
    dropped = Signal(int, str)  # proposal id, this column's status

    def __init__(self, status: str, parent=None):
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"boardColumn_{status}")
        self.setAccessibleName(labels.label(labels.PROPOSAL_STATUS, status))
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(theme.SPACE_XS)
        # each proposal a card
        theme.set_state(self, "board", "true")  # cards: resources/themes/base.qss

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setData(MIME, QByteArray(str(items[0].data(ID_ROLE)).encode()))
        return mime

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """The board re-reads the database after a move: Qt must not move the item itself."""
        data = event.mimeData().data(MIME) if event.mimeData().hasFormat(MIME) else None
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if data:
            proposal_id = int(bytes(data).decode())
            # after the drag has finished with the items: the move rebuilds the columns
            QTimer.singleShot(0, self, lambda: self.dropped.emit(proposal_id, self.status))


class ProposalBoard(QWidget):
    open_requested = Signal(int)
    moved = Signal(int)

    def __init__(self, undo_stack, parent=None):
        super().__init__(parent)
        self.setObjectName("proposalBoard")
        self.setAccessibleName(self.tr("Proposal board"))
        self.undo_stack = undo_stack
        self.columns: dict[str, BoardColumn] = {}
        self.headings: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_S, theme.SPACE_S, theme.SPACE_S, theme.SPACE_S)
        layout.setSpacing(theme.SPACE_M)
        for status in COLUMNS:
            box = QVBoxLayout()
            heading = QLabel(self)
            heading.setObjectName(f"boardHeading_{status}")
            column = BoardColumn(status, self)
            column.dropped.connect(self.move)
            column.itemDoubleClicked.connect(
                lambda item: self.open_requested.emit(item.data(ID_ROLE)))
            box.addWidget(heading)
            box.addWidget(column, 1)
            layout.addLayout(box, 1)
            self.columns[status], self.headings[status] = column, heading
        self.refresh()

    def refresh(self) -> None:
        ids = service.query_ids(filter_key="all")
        rows = service.rows(ids)
        by_status: dict[str, list] = {status: [] for status in COLUMNS}
        for proposal_id in ids:
            row = rows.get(proposal_id)
            if row is not None and row.status in by_status:
                by_status[row.status].append(row)
        for status, column in self.columns.items():
            column.clear()
            for row in by_status[status]:
                bid = row.bid
                text = row.title or self.tr("(untitled)")
                detail = " · ".join(part for part in (
                    row.client, money(bid, row.currency) + (self.tr("/h") if row.bid_type ==
                                                             "hourly" else "")
                    if bid is not None else "") if part)
                item = QListWidgetItem(f"{text}\n{detail}" if detail else text)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(text)
                column.addItem(item)
            name = labels.label(labels.PROPOSAL_STATUS, status)
            self.headings[status].setText(f"<b>{name}</b> ({len(by_status[status])})")

    def card_ids(self, status: str) -> list[int]:
        column = self.columns[status]
        return [column.item(i).data(ID_ROLE) for i in range(column.count())]

    def move(self, proposal_id: int, to: str) -> bool:
        """Move a proposal to a column's status, undoably; False (and a message) if the
        pipeline does not allow it."""
        current = service.get(proposal_id)
        if current.status == to:
            return False
        name = labels.label(labels.PROPOSAL_STATUS, to)
        if not can_move(current.status, to):
            status_message(self, self.tr("A {from_} proposal cannot be moved to {to}.").format(
                from_=labels.label(labels.PROPOSAL_STATUS, current.status).lower(),
                to=name.lower()))
            return False
        return self._push_move(proposal_id, to)

    def _after(self, proposal_id: int) -> None:
        self.refresh()
        self.moved.emit(proposal_id)


    def _push_move(self, proposal_id: int, status: str) -> bool:
        """The undoable pipeline move (desktop.services.proposals.move / undo_move)."""
        name = labels.label(labels.PROPOSAL_STATUS, status)

        command = ops.MoveProposal(
            proposal_id, status, name,
            lambda exc: show_error(self, self.tr("Status not changed"), exc),
            after=lambda: self._after(proposal_id),
            on_undo_refused=lambda exc: show_error(self, self.tr("Not undone"), exc))
        self.undo_stack.push(command)
        if command.failed:
            return False
        status_message(self, self.tr("Proposal marked {status} — Edit ▸ Undo puts it back.")
                       .format(status=name.lower()))
        return True

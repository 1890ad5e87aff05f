"""Screening questions with their answers, and the files attached to a proposal."""
from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ServiceError
from desktop.services import proposals as service
from desktop.services.proposals import ProposalStatus
from ui import messages, theme
from ui.operations import proposals as ops
from ui.proposals.common import show_error
from ui.proposals.fields import FieldSaver
from ui.theme import EDITOR_HEIGHT_M, LIST_HEIGHT_M, set_tone
from ui.widgets.naming import named

AUTOSAVE_MS = 750


class _AnswerRow(QFrame):
    def __init__(self, number: int, question: str, answer: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName(f"answerRow{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLineEdit(question, self)
        named(self.question, f"question{number}", f"Question {number}")
        self.question.setPlaceholderText(self.tr("The client's question, as in the post"))
        self.answer = QPlainTextEdit(answer, self)
        named(self.answer, f"answer{number}", f"Answer {number}")
        self.answer.setPlaceholderText(self.tr("Your answer"))
        self.answer.setFixedHeight(EDITOR_HEIGHT_M)
        self.remove = QPushButton(self.tr("Remove"), self)
        named(self.remove, f"removeQuestion{number}", f"Remove question {number}")
        top = QHBoxLayout()
        top.addWidget(QLabel(f"{number}.", self))
        top.addWidget(self.question, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.answer)


class ExtrasPanel(QWidget):
    """Answers autosave like the letter; attachments are copied into the data folder."""

    changed = Signal()

    def __init__(self, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, "extrasPanel", self.tr("Screening questions and attachments"))
        self.undo_stack = undo_stack
        self.proposal_id: int | None = None
        self.editable = True
        self._rows: list[_AnswerRow] = []
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(AUTOSAVE_MS)
        self.save_timer.timeout.connect(self.flush)
        self._dirty = False
        self.saver = FieldSaver(self)  # the editor gives its own (one per proposal editor)

        questions = QGroupBox(self.tr("Screening questions"), self)
        questions.setObjectName("questionsGroup")
        self.rows_box = QWidget(questions)
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(questions)
        scroll.setObjectName("questionsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows_box)
        self.no_questions = QLabel(self.tr("The job asks no questions — or add them here as the "
                                           "post lists them, and answer each one."), questions)
        self.no_questions.setObjectName("noQuestions")
        self.no_questions.setWordWrap(True)
        set_tone(self.no_questions, "muted")
        self.add_question = QPushButton(self.tr("Add question"), questions)
        named(self.add_question, "addQuestion", self.tr("Add question"))
        self.add_question.clicked.connect(lambda: self._add_row("", "", focus=True))
        question_layout = QVBoxLayout(questions)
        question_layout.addWidget(self.no_questions)
        question_layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_question)
        row.addStretch(1)
        question_layout.addLayout(row)

        files = QGroupBox(self.tr("Attachments"), self)
        files.setObjectName("attachmentsGroup")
        self.files = QListWidget(files)
        named(self.files, "attachmentList", self.tr("Attached files"))
        self.files.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.attach = QPushButton(self.tr("Attach files…"), files)
        named(self.attach, "attachFiles", self.tr("Attach files"))
        self.attach.clicked.connect(self.choose_files)
        self.open_file = QPushButton(self.tr("Open"), files)
        named(self.open_file, "openAttachment", self.tr("Open attachment"))
        self.open_file.clicked.connect(self.open_selected)
        self.detach = QPushButton(self.tr("Remove"), files)
        named(self.detach, "removeAttachment", self.tr("Remove attachment"))
        self.detach.clicked.connect(self.remove_selected)
        file_buttons = QVBoxLayout()
        for button in (self.attach, self.open_file, self.detach):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        file_layout = QHBoxLayout(files)
        file_layout.addWidget(self.files, 1)
        file_layout.addLayout(file_buttons)
        files.setMaximumHeight(LIST_HEIGHT_M)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACE_S, 0, 0)
        layout.addWidget(questions, 3)
        layout.addWidget(files, 1)

    # -- loading ------------------------------------------------------------------------
    def load(self, proposal, answers: list | None = None) -> None:
        """Show a proposal's answers (`answers` instead of the saved ones when changes wait
        in the outbox) and files."""
        self.flush()
        self.proposal_id = proposal.id if proposal else None
        self.editable = proposal is not None and proposal.status == ProposalStatus.DRAFT
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        if proposal is not None:
            if answers is not None:
                items = [(q, a) for q, a in answers]
            elif self.editable or proposal.sent_answers is None:
                items = [(a.question, a.answer) for a in service.answers(proposal.id)]
            else:
                items = [(a["question"], a["answer"]) for a in service.sent_answers(proposal)]
            for question, answer in items:
                self._add_row(question, answer)
        self.add_question.setEnabled(self.editable)
        self.attach.setEnabled(self.editable)
        self._update_empty()
        self.reload_files()

    def _add_row(self, question: str, answer: str, *, focus: bool = False) -> None:
        row = _AnswerRow(len(self._rows) + 1, question, answer, self.rows_box)
        row.question.setReadOnly(not self.editable)
        row.answer.setReadOnly(not self.editable)
        row.remove.setEnabled(self.editable)
        row.question.textEdited.connect(lambda _: self._edited())
        row.answer.textChanged.connect(self._edited)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        self._rows.append(row)
        self._update_empty()
        if focus:
            row.question.setFocus()

    def _remove_row(self, row: _AnswerRow) -> None:
        self._rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._edited()
        self.flush()
        self._update_empty()

    def _update_empty(self) -> None:
        self.no_questions.setVisible(not self._rows)

    def _edited(self) -> None:
        if not self.editable or self.proposal_id is None:
            return
        self._dirty = True
        if not self.save_timer.isActive():
            self.save_timer.start()

    def items(self) -> list[tuple[str, str]]:
        return [(r.question.text(), r.answer.toPlainText()) for r in self._rows]

    def flush(self) -> None:
        self.save_timer.stop()
        if not self._dirty or self.proposal_id is None:
            return
        try:
            saved = self.saver.save(answers=self.items())
        except ServiceError as exc:
            show_error(self, self.tr("Answers not saved"), exc)
            return
        self._dirty = False  # saved, or kept in the outbox for the merge or the server
        if saved:
            self.changed.emit()

    # -- attachments --------------------------------------------------------------------
    def reload_files(self) -> None:
        self.files.clear()
        if self.proposal_id is None:
            return
        for attachment in service.attachments(self.proposal_id):
            size = attachment.size
            text = f"{attachment.name}  ({size / 1024:,.0f} KB)" if size >= 1024 else \
                f"{attachment.name}  ({size} bytes)"
            item = QListWidgetItem(text, self.files)
            item.setData(256, attachment.id)
        self.open_file.setEnabled(self.files.count() > 0)
        self.detach.setEnabled(self.editable and self.files.count() > 0)

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setObjectName("attachDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.add_files)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def add_files(self, paths: list[str]) -> None:
        if self.proposal_id is None:
            return
        for path in paths:
            try:
                ops.add_attachment(self.proposal_id, path)
            except (ServiceError, OSError) as exc:  # a file that cannot be read is no bug
                show_error(self, self.tr("File not attached"),
                           f"{path}: {messages.text(exc)}")
        self.reload_files()
        self.changed.emit()

    def _selected_id(self) -> int | None:
        item = self.files.currentItem()
        return item.data(256) if item else None

    def open_selected(self) -> None:
        attachment_id = self._selected_id()
        if attachment_id is None:
            return
        path = service.attachment_path(service.attachment(attachment_id))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        attachment_id = self._selected_id()
        if attachment_id is None:
            return
        self.undo_stack.push(ops.RemoveAttachment(
            attachment_id, lambda exc: show_error(self, self.tr("Not removed"), exc),
            after=self.reload_files))

"""The merge dialog: someone else saved the proposal after this window loaded it (issue 18).

Both versions are shown — theirs (saved) and yours (refused, not lost) — for the cover letter
as text side by side, and for any other field both of you changed, one row each with a choice.
The merged letter below starts from the line-by-line merge (models/rules/merge.py): what only
one of you changed is already in; a stretch you both changed stands between markers, and Save
stays off until the markers are gone. "Take theirs" / "Take mine" fill it with one side.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.rules.merge import SPLIT_MARK, THEIRS_MARK, YOURS_MARK, merge_text
from ui import theme
from ui.proposals.common import set_tone
from ui.theme import DIALOG_LARGE, DIALOG_WIDE
from ui.widgets.naming import named


@dataclass(frozen=True)
class FieldChoice:
    """A field both sides changed: its name, label and the two values as shown."""

    name: str
    label: str
    theirs: str
    yours: str


def _pane(parent: QWidget, name: str, title: str, text: str) -> QWidget:
    box = QGroupBox(title, parent)
    box.setObjectName(name + "Box")
    view = QPlainTextEdit(box)
    named(view, name, title)
    view.setPlainText(text)
    view.setReadOnly(True)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(theme.SPACE_M, theme.SPACE_M, theme.SPACE_M, theme.SPACE_M)
    layout.addWidget(view)
    return box


class MergeDialog(QDialog):
    """Open with `open()` (window-modal); on Accepted read `merged_text()` and `choices()`.
    "Take theirs" / "Take mine" set the letter and every field row to one side."""

    def __init__(self, parent: QWidget | None, *, base: str | None = None,
                 theirs: str | None = None, yours: str | None = None,
                 fields: Sequence[FieldChoice] = ()):
        """With `base`, `theirs` and `yours` letters the letter is merged too; without them
        only `fields` are (a save of the bid or the answers was refused)."""
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge your changes"))
        self.letter = base is not None and theirs is not None and yours is not None
        self.theirs, self.yours = theirs or "", yours or ""
        intro = QLabel(self.tr(
            "Someone else saved this proposal after you opened it, so your changes were not "
            "saved over theirs. Nothing is lost: both versions are below. Make the merged "
            "letter what you want, then save it.") if self.letter else self.tr(
            "Someone else saved this proposal after you opened it and changed the same fields "
            "as you, so your values were not saved over theirs. Nothing is lost: choose, "
            "field by field, which value to keep. What only one of you changed is kept "
            "already."), self)
        intro.setObjectName("mergeIntro")
        intro.setWordWrap(True)

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.setObjectName("mergeSides")
        sides.addWidget(_pane(sides, "theirsLetter", self.tr("Theirs (saved)"), self.theirs))
        sides.addWidget(_pane(sides, "yoursLetter", self.tr("Yours (not saved)"), self.yours))

        merged = merge_text(base or "", self.theirs, self.yours)
        self.merged = QPlainTextEdit(self)
        named(self.merged, "mergedLetter", self.tr("Merged letter"))
        self.merged.setPlainText(merged.text)
        self.merged.textChanged.connect(self._update)
        self.note = QLabel(self)
        self.note.setObjectName("mergeNote")
        self.note.setWordWrap(True)

        field_box = self._build_fields(fields)
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.letter:
            layout.addWidget(sides, 2)
        else:
            sides.hide()
        if field_box is not None:
            layout.addWidget(field_box)
        if self.letter:
            layout.addWidget(QLabel(self.tr("Merged letter (this is what will be saved):"),
                                    self))
            layout.addWidget(self.merged, 2)
            layout.addWidget(self.note)
            self.resize(*DIALOG_WIDE)
            self.merged.setFocus()
        else:
            self.merged.hide()
            self.note.hide()
        layout.addWidget(buttons)
        if not self.letter:
            self.resize(max(DIALOG_LARGE[0], self.sizeHint().width()), self.sizeHint().height())
            self.save_button.setFocus()
        self._update()

    def _build_fields(self, fields: Sequence[FieldChoice]) -> QGroupBox | None:
        """A row per field both changed: its label, their value, yours (yours ticked)."""
        self.groups: dict[str, QButtonGroup] = {}
        self.fields = list(fields)
        if not self.fields:
            return None
        field_box = QGroupBox(self.tr("Other fields you both changed") if self.letter
                              else self.tr("Fields you both changed"), self)
        field_box.setObjectName("mergeFields")
        grid = QGridLayout(field_box)
        grid.addWidget(QLabel(self.tr("Field"), field_box), 0, 0)
        grid.addWidget(QLabel(self.tr("Theirs"), field_box), 0, 1)
        grid.addWidget(QLabel(self.tr("Yours"), field_box), 0, 2)
        for row, choice in enumerate(self.fields, start=1):
            group = QButtonGroup(field_box)
            theirs_button = QRadioButton(choice.theirs or "—", field_box)
            yours_button = QRadioButton(choice.yours or "—", field_box)
            theirs_button.setObjectName(f"theirs_{choice.name}")
            yours_button.setObjectName(f"yours_{choice.name}")
            group.addButton(theirs_button, 0)
            group.addButton(yours_button, 1)
            yours_button.setChecked(True)
            grid.addWidget(QLabel(choice.label, field_box), row, 0)
            grid.addWidget(theirs_button, row, 1)
            grid.addWidget(yours_button, row, 2)
            self.groups[choice.name] = group
        return field_box

    def _build_buttons(self) -> QDialogButtonBox:
        """Take theirs, take mine, save merged, decide later."""
        buttons = QDialogButtonBox(self)
        self.take_theirs = QPushButton(self.tr("Take theirs"), self)
        self.take_theirs.setObjectName("takeTheirsButton")
        self.take_theirs.clicked.connect(lambda: self._take("theirs"))
        self.take_mine = QPushButton(self.tr("Take mine"), self)
        self.take_mine.setObjectName("takeMineButton")
        self.take_mine.clicked.connect(lambda: self._take("yours"))
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.take_mine, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.addButton(self.tr("Save merged"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveMergedButton")
        self.save_button.setDefault(True)
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("decideLaterButton")
        later.setToolTip(self.tr("Your text stays in the editor, not saved, until you merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _take(self, side: str) -> None:
        """One side's letter, and that side's value in every field row."""
        if self.letter:
            self.merged.setPlainText(self.theirs if side == "theirs" else self.yours)
        for group in self.groups.values():
            group.button(0 if side == "theirs" else 1).setChecked(True)

    def _markers_left(self) -> int:
        lines = self.merged.toPlainText().split("\n")
        return sum(1 for line in lines if line in (YOURS_MARK, SPLIT_MARK, THEIRS_MARK)) // 3 \
            or int(any(line in (YOURS_MARK, SPLIT_MARK, THEIRS_MARK) for line in lines))

    def _update(self) -> None:
        if not self.letter:
            self.save_button.setEnabled(True)
            return
        left = self._markers_left()
        self.save_button.setEnabled(left == 0)
        if left:
            self.note.setText(self.tr(
                "You both changed the same lines in %n place(s): they stand between "
                "“<<<<<<< yours” and “>>>>>>> theirs”. Keep what you want and delete the "
                "marker lines to save.", "", left))
            set_tone(self.note, "warning")
        else:
            self.note.setText(self.tr("What only one of you changed is already in."))
            set_tone(self.note, "muted")

    def merged_text(self) -> str:
        return self.merged.toPlainText()

    def choices(self) -> dict[str, str]:
        """Per field: "theirs" or "yours"."""
        return {name: "theirs" if group.checkedId() == 0 else "yours"
                for name, group in self.groups.items()}


def show_merge(owner, dialog: MergeDialog, accepted: Callable[[], None],
               declined: Callable[[], None] | None = None) -> None:
    """Open `dialog` window-modally for an editor (`owner` keeps it in ``merge_dialog`` while
    it is open): `accepted` runs when the user saves the merge and the editor still shows the
    same proposal, `declined` otherwise."""
    proposal_id = owner.proposal_id
    owner.merge_dialog = dialog

    def done(result: int) -> None:
        owner.merge_dialog = None
        dialog.deleteLater()
        if result == MergeDialog.DialogCode.Accepted and owner.proposal_id == proposal_id:
            accepted()
        elif declined is not None:
            declined()

    dialog.finished.connect(done)
    dialog.open()

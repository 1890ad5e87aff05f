"""Skills: an ordered list of at most 15, with completion from the shipped list and the
skills seen in the user's saved jobs. Reports the new list; the tab saves it (undoably)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.rules.limits import limit
from models.rules.profile_strength import MIN_SKILLS
from ui import theme
from ui.theme import set_tone


class SkillsPage(QWidget):
    changed = Signal(list, str)  # new list, undo text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileSkillsPage")
        self.most = limit("profile_skills")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_XXL, theme.SPACE_XL, theme.SPACE_XXL, theme.SPACE_XXL)
        intro = QLabel(self.tr("Clients search by skill. List up to {n}, most important first; "
                               "the first ones show on your profile card.").format(n=self.most),
                       self)
        intro.setWordWrap(True)
        set_tone(intro, "muted")
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.input = QLineEdit(self)
        self.input.setObjectName("profileSkillInput")
        self.input.setAccessibleName(self.tr("New skill"))
        self.input.setPlaceholderText(self.tr("Type a skill, e.g. Django, and press Enter"))
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self.input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self.add_from_input)
        self.input.installEventFilter(self)
        self._suggest: Callable[[], list[str]] | None = None  # read when the input is used
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("profileAddSkillButton")
        self.add_button.setAccessibleName(self.tr("Add skill"))
        self.add_button.clicked.connect(self.add_from_input)
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

        body = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("profileSkillsList")
        self.list.setAccessibleName(self.tr("Skills, in order"))
        theme.set_state(self.list, "rows", "compact")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._dropped)
        self.list.currentRowChanged.connect(self._update_buttons)
        body.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up_button = self._button(self.tr("Move up"), "profileSkillUpButton",
                                      lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move down"), "profileSkillDownButton",
                                        lambda: self.move(1))
        self.remove_button = self._button(self.tr("Remove"), "profileSkillRemoveButton",
                                          self.remove_current)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        self.status = QLabel(self)
        self.status.setObjectName("profileSkillsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        self._skills: list[str] = []
        self._update_buttons()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def skills(self) -> list[str]:
        return list(self._skills)

    def set_suggestions(self, source: Callable[[], list[str]]) -> None:
        """Where the completion list comes from: read when the input next gets the focus (a
        large library's skills take a while to gather, and are not needed to show the tab)."""
        self._suggest = source
        if self.input.hasFocus():
            self._read_suggestions()

    def _read_suggestions(self) -> None:
        source, self._suggest = self._suggest, None
        if source is not None:
            self.suggestions.setStringList(source())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.FocusIn:
            self._read_suggestions()
        return super().eventFilter(watched, event)

    def load(self, names: list[str]) -> None:
        self._skills = list(names)
        current = self.list.currentRow()
        self.list.clear()
        for index, name in enumerate(names, 1):
            self.list.addItem(f"{name}")
            self.list.item(index - 1).setToolTip(self.tr("#{n} of your skills").format(n=index))
        if names:
            self.list.setCurrentRow(min(max(current, 0), len(names) - 1))
        self._update_buttons()

    def select(self, name: str) -> None:
        if name in self._skills:
            self.list.setCurrentRow(self._skills.index(name))

    def add_from_input(self) -> None:
        name = " ".join(self.input.text().split())
        if not name:
            return
        if any(s.lower() == name.lower() for s in self._skills):
            self.status.setText(self.tr("{name} is already in your list.").format(name=name))
            self.select(next(s for s in self._skills if s.lower() == name.lower()))
            self.input.clear()
            return
        if len(self._skills) >= self.most:
            self.status.setText(self.tr("Skills: at most {n} — remove one to add {name}.")
                                .format(n=self.most, name=name))
            return
        self.input.clear()
        self.changed.emit([*self._skills, name], self.tr("Add skill {name}").format(name=name))

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._skills):
            name = self._skills[row]
            self.changed.emit([s for i, s in enumerate(self._skills) if i != row],
                              self.tr("Remove skill {name}").format(name=name))

    def move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if 0 <= row < len(self._skills) and 0 <= target < len(self._skills):
            names = list(self._skills)
            names.insert(target, names.pop(row))
            self.changed.emit(names, self.tr("Move skill {name}").format(name=names[target]))
            self.list.setCurrentRow(target)

    def _dropped(self, *args) -> None:
        names = [self.list.item(i).text() for i in range(self.list.count())]
        if names != self._skills:
            self.changed.emit(names, self.tr("Reorder skills"))

    def _update_buttons(self, *args) -> None:
        row = self.list.currentRow()
        count = len(self._skills)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(0 <= row < count)
        full = count >= self.most
        self.add_button.setEnabled(not full)
        self.input.setEnabled(not full)
        self.input.setPlaceholderText(
            self.tr("Skills: at most {n} — remove one to add another").format(n=self.most)
            if full else self.tr("Type a skill, e.g. Django, and press Enter"))
        if count < MIN_SKILLS:
            text = self.tr("{count} of {most} skills — add at least {min}.").format(
                count=count, most=self.most, min=MIN_SKILLS)
        else:
            text = self.tr("{count} of {most} skills. Drag to reorder.").format(
                count=count, most=self.most)
        self.status.setText(text)

"""The profile-strength panel: a score and a checklist of clickable hints."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.rules.profile_strength import Hint, grade
from ui import theme
from ui.theme import set_tone

TONES = {"ok": "success", "warning": "warning", "todo": "error"}  # ui.theme colour names


def _color(state: str) -> str:
    """The current theme's colour for a checklist state (read when the list is drawn)."""
    return theme.color(TONES.get(state, state)).name()


class StrengthPanel(QFrame):
    jump = Signal(str)  # field name the clicked hint is about
    copy_requested = Signal(str)  # title | overview | skills | all

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileStrengthPanel")
        self.setAccessibleName(self.tr("Profile strength"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        heading = QLabel(self.tr("Profile strength"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("profileStrengthScore")
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.score_label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("profileStrengthBar")
        self.bar.setAccessibleName(self.tr("Profile strength score"))
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        layout.addWidget(self.bar)
        self.summary = QLabel(self)
        self.summary.setObjectName("profileStrengthSummary")
        self.summary.setWordWrap(True)
        set_tone(self.summary, "muted")
        layout.addWidget(self.summary)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("profileStrengthChecklist")
        self.scroll.setAccessibleName(self.tr("Profile checklist"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist = QWidget(self.scroll)
        self.checklist.setObjectName("profileChecklistBody")
        self.rows = QVBoxLayout(self.checklist)
        self.rows.setContentsMargins(0, 4, 4, 4)
        self.rows.setSpacing(7)
        self.scroll.setWidget(self.checklist)
        layout.addWidget(self.scroll, 1)

        paste = QLabel(self.tr("Copy, ready to paste"), self)
        paste.setFont(font)
        layout.addWidget(paste)
        copies = QGridLayout()
        copies.setSpacing(6)
        self.copy_buttons: dict[str, QPushButton] = {}
        for index, (key, text) in enumerate((("title", self.tr("Title")),
                                             ("overview", self.tr("Overview")),
                                             ("skills", self.tr("Skills")),
                                             ("all", self.tr("Whole profile")))):
            button = QPushButton(text, self)
            button.setObjectName(f"profileCopy{key.title()}Button")
            button.setAccessibleName(self.tr("Copy {what}").format(what=text.lower()))
            button.setToolTip(button.accessibleName())
            button.clicked.connect(lambda _=False, k=key: self.copy_requested.emit(k))
            copies.addWidget(button, index // 2, index % 2)
            self.copy_buttons[key] = button
        layout.addLayout(copies)
        self.labels: dict[str, QLabel] = {}
        self.hints: list[Hint] = []

    def show_hints(self, score: int, hints: list[Hint]) -> None:
        self.hints = hints
        color = _color("ok") if score >= 70 else _color("warning") if score >= 40 \
            else _color("todo")
        self.score_label.setText(
            f"<span style='font-size:22pt; font-weight:600; color:{color}'>{score}%</span>"
            f"&nbsp;&nbsp;<span style='font-size:11pt'>{grade(score)}</span>")
        self.bar.setValue(score)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        todo = [h for h in hints if not h.passed]
        warn = [h for h in hints if h.passed and h.severity == "warning"]
        done = [h for h in hints if h.passed and h.severity != "warning"]
        todo.sort(key=lambda h: -h.weight)
        self.summary.setText(
            self.tr("{n} thing(s) to improve — click one to go there.").format(n=len(todo))
            if todo else self.tr("Everything on the checklist is done."))
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.labels = {}
        for hint in todo + warn + done:
            state = "ok" if hint.passed and hint.severity != "warning" else \
                "warning" if hint.passed else "todo"
            mark = {"ok": "✓", "warning": "!", "todo": "○"}[state]
            message = html.escape(hint.message)
            if state == "ok":
                body = f"<span style='color:{_color('ok')}'>{mark}&nbsp; {message}</span>"
            else:
                color = _color(state)
                link = color if state == "warning" else _color("link")
                body = (f"<span style='color:{color}; font-weight:600'>{mark}</span>&nbsp; "
                        f"<a href='{hint.field}' style='color:{link}; font-weight:600; "
                        f"text-decoration:none'>{message}</a>")
                if hint.detail:
                    body += (f"<br><span style='color:{_color('muted')}'>"
                             f"{html.escape(hint.detail)}</span>")
            label = QLabel(body, self.checklist)
            label.setObjectName(f"profileHint_{hint.key}")
            label.setAccessibleName(hint.message)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(self.jump)
            label.setToolTip(self.tr("Go to {field}").format(field=hint.field.replace("_", " "))
                             if state != "ok" else "")
            self.rows.addWidget(label)
            self.labels[hint.key] = label
        self.rows.addStretch(1)

    def item_for(self, key: str) -> QLabel | None:
        return self.labels.get(key)

    def activate(self, key: str) -> None:
        """Follow a hint as if its link was clicked."""
        hint = next((h for h in self.hints if h.key == key), None)
        if hint is not None:
            self.jump.emit(hint.field)

"""The profile-strength panel: a score and a checklist of clickable hints."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

from models.rules.profile_strength import MONEY_PARAMS, Hint, grade_code
from ui import formatting, theme
from ui.theme import BAR_HEIGHT, set_tone

TONES = {"ok": "success", "warning": "warning", "todo": "error"}  # ui.theme colour names
CONTEXT = "ProfileStrength"

# Translated mirror of models.rules.profile_strength.MESSAGES: code -> (message, detail),
# same {placeholders} (tests/ui/profile keep the two in step).
TEXTS: dict[str, tuple[str, str]] = {
    "photo_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Photo added"), ""),
    "photo_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Add a professional photo"),
        QT_TRANSLATE_NOOP("ProfileStrength", "A clear, friendly head-and-shoulders shot.")),
    "title_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Add a title"),
        QT_TRANSLATE_NOOP("ProfileStrength",
                          "A short, specific headline: what you do and for whom.")),
    "title_too_long": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Title is too long ({length} of {most} characters)"),
        QT_TRANSLATE_NOOP("ProfileStrength",
                          "Clients see a cut-off headline; keep the specific part.")),
    "title_generic": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Title is too generic"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Name a niche, tool or result, e.g. “Shopify "
                                             "developer for fast, conversion-focused stores”.")),
    "title_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Specific title"), ""),
    "overview_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Write an overview"),
        QT_TRANSLATE_NOOP("ProfileStrength",
                          "At least {min_words} words on the problems you solve.")),
    "overview_too_long": (
        QT_TRANSLATE_NOOP("ProfileStrength",
                          "Overview is over the limit ({chars} of {most} characters)"), ""),
    "overview_short": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Overview is short ({words} of {min_words}+ words)"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Add results, tools and how you work.")),
    "overview_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Overview is substantial ({words} words)"),
                    ""),
    "cta_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Overview ends with a call to action"), ""),
    "cta_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Add a call to action"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Close with an invitation, e.g. “Message me with "
                                             "your goals and I’ll reply within a day”.")),
    "opening_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Strong opening"), ""),
    "opening_weak": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Open with what you do for the client"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Only the first {preview} characters show before "
                                             "“more”; skip the greeting and lead with the "
                                             "result you deliver.")),
    "skills_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "{count} skills listed"), ""),
    "skills_few": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Add skills ({count} of at least {min})"),
        QT_TRANSLATE_NOOP("ProfileStrength", "List up to {most} skills clients search for.")),
    "category_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Category chosen"), ""),
    "category_missing": (QT_TRANSLATE_NOOP("ProfileStrength", "Choose a category"), ""),
    "portfolio_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Portfolio items: {count}"), ""),
    "portfolio_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Add a portfolio item"),
        QT_TRANSLATE_NOOP("ProfileStrength",
                          "Show one finished project with your role and the result.")),
    "cert_expired": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Certification expired: {name}"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Expired on {date}; renew it or remove it.")),
    "cert_expired_more": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Certification expired: {name} (+{more} more)"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Expired on {date}; renew it or remove it.")),
    "cert_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Add a certification"),
        QT_TRANSLATE_NOOP("ProfileStrength",
                          "A current certificate backs up the skills you list.")),
    "cert_expiring": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Certification expires soon: {name}"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Expires on {date}.")),
    "cert_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Certifications are current"), ""),
    "rate_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Hourly rate set"), ""),
    "rate_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Set an hourly rate"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Clients filter by rate; leaving it empty hides "
                                             "you from those searches.")),
    "rate_low": (
        QT_TRANSLATE_NOOP("ProfileStrength",
                          "Rate is far below what your contracts pay ({median}/h median)"),
        QT_TRANSLATE_NOOP("ProfileStrength", "{rate}/h is under {percent}% of the median rate "
                                             "of your hourly contracts ({contracts}).")),
    "rate_in_line": (QT_TRANSLATE_NOOP("ProfileStrength", "Rate is in line with your contracts"),
                     ""),
    "languages_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Languages listed"), ""),
    "languages_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Add your languages"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Most clients check your English level.")),
    "history_ok": (QT_TRANSLATE_NOOP("ProfileStrength", "Employment or education listed"), ""),
    "history_missing": (
        QT_TRANSLATE_NOOP("ProfileStrength", "Add employment or education"),
        QT_TRANSLATE_NOOP("ProfileStrength", "Past roles make your experience concrete.")),
}
GRADES = {
    "excellent": QT_TRANSLATE_NOOP("ProfileStrength", "Excellent"),
    "strong": QT_TRANSLATE_NOOP("ProfileStrength", "Strong"),
    "getting_there": QT_TRANSLATE_NOOP("ProfileStrength", "Getting there"),
    "needs_work": QT_TRANSLATE_NOOP("ProfileStrength", "Needs work"),
}


def _shown(params: dict) -> dict:
    """Params in the user's locale: money, dates and counts through ui.formatting."""
    out = {}
    for name, value in params.items():
        if name in MONEY_PARAMS:
            value = formatting.money(value, params.get("currency", "USD"))
        elif isinstance(value, date):
            value = formatting.date(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            value = formatting.number(value)
        out[name] = value
    return out


def hint_texts(hint: Hint) -> tuple[str, str]:
    """(message, detail) of a hint in the user's language."""
    message, detail = TEXTS.get(hint.code, (hint.message, hint.detail))
    params = _shown(hint.params)
    return (QCoreApplication.translate(CONTEXT, message).format(**params),
            QCoreApplication.translate(CONTEXT, detail).format(**params) if detail else "")


def grade_text(score: int) -> str:
    return QCoreApplication.translate(CONTEXT, GRADES[grade_code(score)])


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
        layout.setContentsMargins(theme.SPACE_XL, theme.SPACE_XL, theme.SPACE_XL, theme.SPACE_XL)
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
        self.bar.setFixedHeight(BAR_HEIGHT)
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
        self.rows.setContentsMargins(0, theme.SPACE_S, theme.SPACE_S, theme.SPACE_S)
        self.rows.setSpacing(theme.SPACE_M)
        self.scroll.setWidget(self.checklist)
        layout.addWidget(self.scroll, 1)

        paste = QLabel(self.tr("Copy, ready to paste"), self)
        paste.setFont(font)
        layout.addWidget(paste)
        copies = QGridLayout()
        copies.setSpacing(theme.SPACE_M)
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
        self.score = 0
        # the checklist is rich text with the theme's colours baked in: redraw on a switch
        theme.manager().changed.connect(self._theme_changed)

    def _theme_changed(self, _name: str) -> None:
        self.show_hints(self.score, self.hints)

    def show_hints(self, score: int, hints: list[Hint]) -> None:
        self.hints = hints
        self.score = score
        color = _color("ok") if score >= 70 else _color("warning") if score >= 40 \
            else _color("todo")
        self.score_label.setText(
            f"<span style='font-size:22pt; font-weight:600; color:{color}'>{score}%</span>"
            f"&nbsp;&nbsp;<span style='font-size:11pt'>{html.escape(grade_text(score))}</span>")
        self.bar.setValue(score)
        theme.set_state(self.bar, "level",
                        "ok" if score >= 70 else "warning" if score >= 40 else "todo")
        todo = [h for h in hints if not h.passed]
        warn = [h for h in hints if h.passed and h.severity == "warning"]
        done = [h for h in hints if h.passed and h.severity != "warning"]
        todo.sort(key=lambda h: -h.weight)
        self.summary.setText(
            self.tr("%n thing(s) to improve — click one to go there.", "", len(todo))
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
            text, detail = hint_texts(hint)
            message = html.escape(text)
            if state == "ok":
                body = f"<span style='color:{_color('ok')}'>{mark}&nbsp; {message}</span>"
            else:
                color = _color(state)
                link = color if state == "warning" else _color("link")
                body = (f"<span style='color:{color}; font-weight:600'>{mark}</span>&nbsp; "
                        f"<a href='{hint.field}' style='color:{link}; font-weight:600; "
                        f"text-decoration:none'>{message}</a>")
                if detail:
                    body += (f"<br><span style='color:{_color('muted')}'>"
                             f"{html.escape(detail)}</span>")
            label = QLabel(body, self.checklist)
            label.setObjectName(f"profileHint_{hint.key}")
            label.setAccessibleName(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(self.jump)
            label.setToolTip(self.tr("Click to go to this field") if state != "ok" else "")
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

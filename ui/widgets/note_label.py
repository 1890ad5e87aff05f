"""A hidden, wrapping label coloured by meaning: the error under a form, the note that says
the workspace server is away. Shown with its text when there is something to say."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.theme import set_tone


def note_label(parent: QWidget, name: str, tone: str) -> QLabel:
    """A QLabel named `name`, wrapping, in the theme's `tone` (error, warning, muted…), hidden
    until it has something to say."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    set_tone(label, tone)
    label.hide()
    return label

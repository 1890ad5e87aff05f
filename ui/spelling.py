"""Spell-check for the long texts (cover letter, profile overview): misspelt words are
underlined; right-click offers suggestions and "Add to dictionary" (a personal word list kept
with the data, in the domain setting ``personal_dictionary``).

English only: pyspellchecker ships an English word list (and a few European ones) but no
Hindi one, so Devanagari words are never marked. The list loads off the GUI thread the first
time an editor needs it; until then nothing is underlined.
"""
from __future__ import annotations

import logging
import re
import threading

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from desktop.services import settings

log = logging.getLogger(__name__)
SETTING = "personal_dictionary"
# latin words with inner apostrophes; numbers, @handles, URLs' pieces and CamelCase are skipped
WORD = re.compile(r"(?<![\w@/.-])[A-Za-z][a-z]*(?:'[a-z]+)?(?![\w@/-])")


class Speller(QObject):
    ready = Signal()

    def __init__(self):
        super().__init__()
        self._checker = None
        self._loading = False
        self._lock = threading.Lock()
        self.personal: set[str] = set()

    @property
    def is_ready(self) -> bool:
        return self._checker is not None

    def load(self) -> None:
        """Start loading the word list in a thread (once); `ready` says when it is there."""
        with self._lock:
            if self._checker is not None or self._loading:
                return
            self._loading = True
        self.personal = {w.casefold() for w in settings.get(SETTING)}
        threading.Thread(target=self._load, name="spelling", daemon=True).start()

    def _load(self) -> None:
        try:
            from spellchecker import SpellChecker

            checker = SpellChecker(language="en", distance=1)
        except (ImportError, OSError, ValueError):  # no package or word list: said in the log
            log.exception("the English word list did not load; spell-check is off")
            return
        self._checker = checker
        self.ready.emit()  # queued to the GUI thread's receivers

    def known(self, word: str) -> bool:
        if self._checker is None or len(word) < 2 or word.isupper():
            return True
        folded = word.casefold()
        return folded in self.personal or folded in self._checker

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        if self._checker is None:
            return []
        found = self._checker.candidates(word.casefold()) or set()
        ranked = sorted(found, key=lambda w: -self._checker.word_usage_frequency(w))[:limit]
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return ranked

    def add(self, word: str) -> None:
        """Add a word to the personal dictionary (stored with the data)."""
        self.personal.add(word.casefold())
        settings.put(SETTING, sorted(self.personal))


_speller: Speller | None = None


def speller() -> Speller:
    global _speller
    if _speller is None:
        _speller = Speller()
    return _speller


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, edit: QPlainTextEdit):
        super().__init__(edit.document())
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor("#d0302f"))
        checker = speller()
        checker.ready.connect(self.rehighlight)
        checker.load()

    def highlightBlock(self, text: str) -> None:
        checker = speller()
        if not checker.is_ready:
            return
        for match in WORD.finditer(text):
            if not checker.known(match.group()):
                self.setFormat(match.start(), match.end() - match.start(), self.format)

    def misspelt(self) -> list[str]:
        """The words underlined now (for tests and the accessibility description)."""
        checker = speller()
        return [m.group() for m in WORD.finditer(self.document().toPlainText())
                if not checker.known(m.group())]


def attach(edit: QPlainTextEdit) -> SpellHighlighter:
    """Underline misspelt words in `edit`; suggestions and Add on its context menu."""
    highlighter = SpellHighlighter(edit)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    edit.customContextMenuRequested.connect(lambda pos: context_menu(edit, highlighter,
                                                                     pos).popup(
        edit.viewport().mapToGlobal(pos)))
    return highlighter


def word_at(edit: QPlainTextEdit, pos: QPoint) -> QTextCursor | None:
    cursor = edit.cursorForPosition(pos)
    block = cursor.block().text()
    column = cursor.positionInBlock()
    for match in WORD.finditer(block):
        if match.start() <= column <= match.end():
            found = QTextCursor(cursor.block())
            found.setPosition(cursor.block().position() + match.start())
            found.setPosition(cursor.block().position() + match.end(),
                              QTextCursor.MoveMode.KeepAnchor)
            return found
    return None


def context_menu(edit: QPlainTextEdit, highlighter: SpellHighlighter, pos: QPoint):
    menu = edit.createStandardContextMenu(pos)
    menu.setObjectName("spellingMenu")
    cursor = word_at(edit, pos)
    checker = speller()
    if cursor is None or checker.known(cursor.selectedText()) or edit.isReadOnly():
        return menu
    word = cursor.selectedText()
    first = menu.actions()[0] if menu.actions() else None
    suggestions = checker.suggestions(word)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.setObjectName("spellingSuggestion")
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _=False, s=suggestion: cursor.insertText(s))
        menu.insertAction(first, action)
    if not suggestions:
        none = menu.addAction(QCoreApplication.translate("Spelling", "(no suggestions)"))
        none.setEnabled(False)
        menu.insertAction(first, none)
    add = menu.addAction(QCoreApplication.translate("Spelling", "Add “{0}” to Dictionary")
                         .format(word))
    add.setObjectName("spellingAdd")
    add.triggered.connect(lambda: (checker.add(word), highlighter.rehighlight()))
    menu.insertAction(first, add)
    menu.insertSeparator(first)
    return menu

"""Spell-check for the long texts (cover letter, profile overview): misspelt words are
underlined; right-click offers suggestions and "Add to dictionary" (a personal word list kept
with the data, in the domain setting ``personal_dictionary``).

English from pyspellchecker's word list (shipped). Hindi (Devanagari words) from a hunspell
dictionary read by spylls (pure Python), when the system has one: ``hi_IN.dic``/``.aff`` in a
hunspell folder (Debian/Ubuntu: ``apt install hunspell-hi``). The app does not ship it: the
only Hindi hunspell dictionary (LibreOffice's, by the janabhaaratii team) is GPL-2+, and this app
is not. Without one, Devanagari words are never marked. Both lists load off the GUI thread the
first time an editor needs them; until then nothing is underlined.
"""
from __future__ import annotations

import io
import logging
import re
import threading
import unicodedata
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from desktop.errors import WorkspaceOfflineError
from desktop.services import settings
from ui.operations.settings import put_setting

log = logging.getLogger(__name__)
SETTING = "personal_dictionary"
# latin words with inner apostrophes; numbers, @handles, URLs' pieces and CamelCase are skipped;
# Devanagari words: letters and signs (with ZWJ/ZWNJ), not digits (०-९) or the danda (।, ॥)
DEVANAGARI = "\u0900-\u0963\u0971-\u097f\u200c\u200d"
WORD = re.compile(r"(?<![\w@/.-])[A-Za-z][a-z]*(?:'[a-z]+)?(?![\w@/-])"
                  rf"|(?<![{DEVANAGARI}])[\u0904-\u0939\u0958-\u0961\u0972-\u097f][{DEVANAGARI}]*")
HINDI = "hi_IN"
# where hunspell dictionaries live (hi_IN.dic + hi_IN.aff); the first folder holding both wins
DICTIONARY_DIRS = [Path("/usr/share/hunspell"), Path("/usr/share/myspell"),
                   Path("/usr/share/myspell/dicts"), Path("/usr/local/share/hunspell"),
                   Path.home() / "Library" / "Spelling", Path("/Library/Spelling")]


def is_devanagari(word: str) -> bool:
    return "\u0900" <= word[:1] <= "\u097f"


def hindi_dictionary(dirs: list[Path] | None = None) -> Path | None:
    """The system's Hindi hunspell dictionary (its path without the suffix), or None."""
    for folder in DICTIONARY_DIRS if dirs is None else dirs:
        base = folder / HINDI
        if base.with_suffix(".dic").is_file() and base.with_suffix(".aff").is_file():
            return base
    return None


def read_hunspell(base: Path):
    """A spylls Dictionary from ``base``.aff/.dic, read whole and closed (spylls' own
    from_files leaves its files open)."""
    from spylls.hunspell import Dictionary, readers
    from spylls.hunspell.readers.file_reader import BaseReader

    class Reader(BaseReader):
        def __init__(self, data: bytes, encoding: str = "Windows-1252"):
            self.data = data
            super().__init__(self._text(encoding))

        def _text(self, encoding: str) -> io.StringIO:
            return io.StringIO(self.data.decode(encoding, errors="surrogateescape"))

        def reset_encoding(self, encoding: str) -> None:
            self.reset_io(self._text(encoding))

    aff, context = readers.read_aff(Reader(base.with_suffix(".aff").read_bytes()))
    dic = readers.read_dic(Reader(base.with_suffix(".dic").read_bytes(), context.encoding),
                           aff=aff, context=context)
    return Dictionary(aff, dic)


LOAD_DELAY_MS = 300
PERSONAL_RETRY_MS = 3000  # the workspace server away: read the personal words then


class Speller(QObject):
    ready = Signal()

    def __init__(self):
        super().__init__()
        self._checker = None
        self._hindi = None  # a spylls Dictionary, when the system has hi_IN
        self._hindi_known: dict[str, bool] = {}  # lookups are slowish in pure Python
        self._loading = False
        self._lock = threading.Lock()
        self.personal: set[str] = set()

    @property
    def is_ready(self) -> bool:
        return self._checker is not None

    @property
    def hindi_ready(self) -> bool:
        return self._hindi is not None

    def load(self) -> None:
        """Start loading the word list in a thread (once); `ready` says when it is there."""
        with self._lock:
            if self._checker is not None or self._loading:
                return
            self._loading = True
        self._read_personal()
        threading.Thread(target=self._load, name="spelling", daemon=True).start()

    def _read_personal(self) -> None:
        """The personal words, kept with the data. With the workspace server away they are
        read once it is back (looked at every few seconds), and the underlines redrawn then;
        the word lists do not wait for them."""
        import sys

        live = sys.modules.get("ui.workspace_live")  # imported when a workspace is attached
        if live is None or not live.offline():
            try:
                self.personal = {w.casefold() for w in settings.get(SETTING)}
            except WorkspaceOfflineError:
                pass
            else:
                if self._checker is not None:
                    self.ready.emit()
                return
        QTimer.singleShot(PERSONAL_RETRY_MS, self, self._read_personal)

    def _load(self) -> None:
        try:
            from spellchecker import SpellChecker

            checker = SpellChecker(language="en", distance=1)
        except (ImportError, OSError, ValueError):  # no package or word list: said in the log
            log.exception("the English word list did not load; spell-check is off")
            return
        self._checker = checker
        self.ready.emit()  # queued to the GUI thread's receivers
        base = hindi_dictionary()
        if base is None:
            log.info("no Hindi hunspell dictionary (hi_IN) on this system; Hindi is not checked")
            return
        try:
            self._hindi = read_hunspell(base)
        except Exception:  # a broken file must not take spell-check down: said in the log
            log.exception("the Hindi dictionary %s did not load", base)
            return
        self.ready.emit()

    def known(self, word: str) -> bool:
        if is_devanagari(word):
            return self._known_hindi(word)
        if self._checker is None or len(word) < 2 or word.isupper():
            return True
        folded = word.casefold()
        return folded in self.personal or folded in self._checker

    def _known_hindi(self, word: str) -> bool:
        if self._hindi is None or len(word) < 2:
            return True
        word = unicodedata.normalize("NFC", word)
        if word in self.personal:
            return True
        found = self._hindi_known.get(word)
        if found is None:
            found = self._hindi_known[word] = bool(self._hindi.lookup(word))
        return found

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        if is_devanagari(word):
            if self._hindi is None:
                return []
            return list(islice(self._hindi.suggest(unicodedata.normalize("NFC", word)), limit))
        if self._checker is None:
            return []
        found = self._checker.candidates(word.casefold()) or set()
        ranked = sorted(found, key=lambda w: -self._checker.word_usage_frequency(w))[:limit]
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return ranked

    def learn(self, word: str) -> list[str]:
        """Know `word` from now on; returns the personal dictionary to store with the data."""
        self.personal.add(unicodedata.normalize("NFC", word).casefold())
        return sorted(self.personal)


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
        # the word lists load on a thread, but their imports (~60 ms) hold the GIL: start after
        # the window's first paint instead of during it
        QTimer.singleShot(LOAD_DELAY_MS, checker.load)

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
    add.triggered.connect(lambda: put_setting(edit, SETTING, checker.learn(word),
                                              on_done=lambda _: highlighter.rehighlight()))
    menu.insertAction(first, add)
    menu.insertSeparator(first)
    return menu

"""Counted nouns in both languages, for code that is not inside a QObject: pyside6-lupdate
makes a plural (numerus) entry only for self.tr("…%n…", "", n) in a class, not for
QCoreApplication.translate(…, n). English plurals come from freelance_desk_en.qm."""
from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


_plurals: Plurals | None = None


def days(n: int) -> str:
    """"1 day", "3 days" / "1 दिन", "3 दिन"."""
    return _instance().days(n)


def _instance() -> Plurals:
    global _plurals
    if _plurals is None:
        _plurals = Plurals()
    return _plurals

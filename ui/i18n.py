"""Languages: the app's own translations and Qt's, and the locale numbers and dates use.

The choice is the domain setting "language" (desktop.services.settings): "system" (the
default: the operating system's language), "en" or "hi". It also goes to the window
settings (`appearance/language`) so the passphrase prompt, shown before the database is
open, speaks the same language. A change applies on the next start.

Translations are resources/translations/freelance_desk_<lang>.qm (made from the .ts by
resources/translations/update.py) and qtbase_<lang>.qm for Qt's own buttons and dialogs —
ours first, then Qt's bundled set when it has that language.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from resources import root as resource_root

log = logging.getLogger(__name__)
SETTING = "language"
WINDOW_KEY = "appearance/language"
CHOICES = ("system", "en", "hi")
TRANSLATED = ("hi",)  # languages with a freelance_desk_<lang>.qm (English is the source)

_installed: list[QTranslator] = []
_language = "en"


def label(code: str) -> str:
    """What the language picker shows for a choice (each language in its own script)."""
    return {
        "system": QCoreApplication.translate("i18n", "System default"),
        "en": "English",
        "hi": "हिन्दी (Hindi)",
    }[code]


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The QLocale a choice means. English keeps the system's region (en_IN groups digits
    the Indian way); Hindi is hi_IN."""
    system = system or QLocale.system()
    if choice == "hi":
        return QLocale(QLocale.Language.Hindi, QLocale.Country.India)
    if choice == "en":
        if system.language() == QLocale.Language.English:
            return system
        if system.territory() == QLocale.Country.India:
            return QLocale(QLocale.Language.English, QLocale.Country.India)
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if system.language() == QLocale.Language.C:
        # No locale configured (LANG=C, a bare container): QLocale's "C" writes money as
        # "4578.19$" and dates as "7 08 2024". Read it as plain US English instead.
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


def language_of(locale: QLocale) -> str:
    """The app language a locale maps to: "hi" for Hindi, English for everything else."""
    code = locale.name().split("_")[0]
    return code if code in TRANSLATED else "en"


def install(choice: str = "system", app: QCoreApplication | None = None) -> str:
    """Install the translators and default locale for `choice`; returns "en" or "hi"."""
    global _language
    app = app or QCoreApplication.instance()
    if choice not in CHOICES:
        log.warning("unknown language setting %r; using the system language", choice)
        choice = "system"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    _language = language_of(locale)
    folder = resource_root() / "translations"
    if _language == "en":  # the source language: only its plural forms ("1 job", "2 jobs")
        translator = QTranslator(app)
        if translator.load("freelance_desk_en", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        return _language
    if _language == "hi":
        ensure_devanagari_font()
    for base, places in (("freelance_desk", [folder]),
                         ("qtbase", [folder, QLibraryInfo.path(
                             QLibraryInfo.LibraryPath.TranslationsPath)])):
        for place in places:
            translator = QTranslator(app)
            if translator.load(f"{base}_{_language}", str(place)):
                app.installTranslator(translator)
                _installed.append(translator)
                break
        else:
            log.warning("no %s translation for %s", base, _language)
    return _language


def current_language() -> str:
    return _language


DEVANAGARI_FONTS = ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
_shipped_family: str | None = None


def ensure_devanagari_font(system_families: list[str] | None = None) -> str | None:
    """Make Hindi readable on a machine with no Devanagari font (a bare Linux desktop shows
    boxes): load the shipped Noto Sans Devanagari (OFL, resources/fonts) and let the UI font
    fall back to it. Returns the family used, or None when none could be had (logged)."""
    global _shipped_family
    if system_families is None:
        system_families = QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari)
    if system_families:
        return system_families[0]
    if _shipped_family is None:
        for name in DEVANAGARI_FONTS:
            font_id = QFontDatabase.addApplicationFont(str(resource_root() / "fonts" / name))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                _shipped_family = families[0]
        if _shipped_family is None:
            log.warning("no Devanagari font on this system and the shipped one did not load: "
                        "Hindi text will show as boxes")
            return None
    base = QFont().family()
    if _shipped_family.lower() not in [f.lower() for f in QFont.substitutes(base)]:
        QFont.insertSubstitution(base, _shipped_family)
    return _shipped_family

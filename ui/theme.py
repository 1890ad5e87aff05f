"""Light and dark themes: Fusion style, a QPalette and a stylesheet per theme.

The theme follows the operating system's colour scheme (QStyleHints.colorScheme and its
change signal) unless the user picked one in View ▸ Theme; that choice lives in the window
settings (QSettings key `appearance/theme`). Palettes are data: resources/themes/<name>.json
fills the @placeholders of base.qss + <name>.qss, so each colour is written once.
Widgets that need a semantic colour (an error, a muted note) ask for a *tone*
(`set_tone(label, "error")`) instead of hard-coding one that would fail in the other theme.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from resources import path as resource_path

MODES = ("system", "light", "dark")
THEMES = ("light", "dark")
SETTINGS_KEY = "appearance/theme"
# Spacing and margins, in pixels: layouts take their gaps from this one scale instead of
# spelling numbers (a page's margins, the gap between a toolbar's buttons, a grid's rows).
SPACE_XS = 2    # lines of one block (a grid of facts)
SPACE_S = 4     # a pane's edge, a list's rows
SPACE_M = 6     # between the controls of one toolbar
SPACE_L = 8     # between the blocks of a page, a page's edge
SPACE_XL = 12   # between a label and its value, a card's edge
SPACE_XXL = 16  # a dialog's edge
# Sizes, in device-independent pixels (Qt scales them on a high-DPI screen): windows, dialogs,
# panes, fields, editors and lists take their size from these names instead of spelling numbers.
WINDOW_SIZE = (1200, 780)     # the main window's first size, before one is remembered
DIALOG_MEDIUM = (720, 420)    # a list or a short report: the command palette, feeds, a summary
DIALOG_LARGE = (760, 600)     # a form or a document: a job, a posting, Settings, the shortcuts
DIALOG_WIDE = (900, 600)      # side by side or a wide table: a merge, an import preview, a ledger
DIALOG_PORTRAIT = (480, 560)  # a picture above its controls: the photo crop
FORM_WIDTH = 460              # a form dialog's narrowest: its fields beside their labels
FORM_WIDTH_WIDE = 520         # a form holding a table or a paragraph of terms
MESSAGE_WIDTH_NARROW = 300    # a wrapped message inside a pane
MESSAGE_WIDTH = 480           # a wrapped message on its own: an empty tab, the idle prompt
MESSAGE_WIDTH_MAX = 560       # the widest a wrapped message grows
PANE_WIDTH = 300              # a tab's list or detail pane at its narrowest
SIDE_PANE_MIN = 250           # a pane beside the list (filters, figures, the profile's score)
SIDE_PANE_MAX = 340
NAV_MIN = 96                  # a list of pages beside a tab's page: the profile's, Insights'
NAV_MAX = 240
NAV_DIALOG_WIDTH = 170        # a dialog's list of pages: Settings
FIELD_WIDTH_XS = 40           # a status word that elides into its tooltip
FIELD_WIDTH_S = 90            # a short number: a boost in Connects
FIELD_WIDTH_M = 130           # an amount, a rate, a Start/Stop button
FIELD_WIDTH_L = 220           # a name: a client; a note in a form row
FIELD_WIDTH_XL = 360          # a field that takes a sentence: a skill list, a reason
ICON_BUTTON_WIDTH = 34        # a button holding one icon
EDITOR_HEIGHT_S = 72          # a text box of two or three lines: a reply, a contract's terms
EDITOR_HEIGHT_M = 90          # a note of four lines
EDITOR_HEIGHT_L = 120         # a paragraph: a letter's section, a work log entry
LIST_HEIGHT_S = 110           # a few rows of a list inside a form: milestones, filters
LIST_HEIGHT_M = 130           # a list of files or items to pick
PREVIEW_HEIGHT_MAX = 220      # a read-only text as tall as its text, up to this
STRIP_HEIGHT = 72             # a strip of days: the week's hours
BAR_HEIGHT = 8                # a thin progress strip
CHART_SIZE = (300, 180)       # a chart's smallest readable size
CROP_SIZE = 320               # the photo crop's smallest square
# the stylesheet draws these from files, so they get tinted copies on disk: (icon, colour)
QSS_ICONS = (("chevron-down", "icon"), ("chevron-up", "icon"), ("chevron-right", "icon"),
             ("check", "highlighted_text"))

_ROLES = {
    "window": QPalette.ColorRole.Window, "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base, "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text, "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText, "bright_text": QPalette.ColorRole.BrightText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "link": QPalette.ColorRole.Link, "link_visited": QPalette.ColorRole.LinkVisited,
    "tooltip_base": QPalette.ColorRole.ToolTipBase, "tooltip_text": QPalette.ColorRole.ToolTipText,
    "placeholder": QPalette.ColorRole.PlaceholderText, "light": QPalette.ColorRole.Light,
    "midlight": QPalette.ColorRole.Midlight, "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark, "shadow": QPalette.ColorRole.Shadow,
}
_DISABLED = ("window_text", "text", "button_text")


@cache
def colors(theme: str) -> dict[str, str]:
    """The named colours of one theme (resources/themes/<theme>.json)."""
    data = json.loads(resource_path("themes", f"{theme}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, str) and v.startswith("#")}


def palette(theme: str) -> QPalette:
    named = colors(theme)
    pal = QPalette()
    for key, role in _ROLES.items():
        pal.setColor(role, QColor(named[key]))
    for key in _DISABLED:
        pal.setColor(QPalette.ColorGroup.Disabled, _ROLES[key], QColor(named["disabled_text"]))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight,
                 QColor(named["border_strong"]))
    if hasattr(QPalette.ColorRole, "Accent"):  # Qt 6.6+
        pal.setColor(QPalette.ColorRole.Accent, QColor(named["highlight"]))
    return pal


_icon_dirs: dict[str, Path] = {}


def _qss_icon_dir(theme: str) -> Path:
    """Tinted copies of the icons the stylesheet references (arrows), one folder per theme.

    The folder is named after its contents, in the user's cache folder: every start reuses it
    (it used to be a new temporary folder per start, never removed: hundreds piled up), and a
    new look writes a new one. Written file by file with a rename, so two windows starting at
    once never read half a file."""
    if theme not in _icon_dirs:
        files = {f"{name}-{key}.svg": resource_path("icons", f"{name}.svg").read_text(
            encoding="utf-8").replace("currentColor", colors(theme)[key])
            for name, key in QSS_ICONS}
        digest = hashlib.sha256(json.dumps(sorted(files.items())).encode()).hexdigest()[:16]
        cache = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.GenericCacheLocation)
        folder = Path(cache or tempfile.gettempdir()) / "freelance-desk" / f"qss-{theme}-{digest}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in files.items():
                target = folder / name
                if not target.is_file() or target.read_text(encoding="utf-8") != text:
                    part = folder / f".{name}.{os.getpid()}.part"
                    part.write_text(text, encoding="utf-8")
                    os.replace(part, target)
        except OSError:  # no writable cache folder: this start's own, as before
            folder = Path(tempfile.mkdtemp(prefix=f"freelance-desk-{theme}-"))
            for name, text in files.items():
                (folder / name).write_text(text, encoding="utf-8")
        _icon_dirs[theme] = folder
    return _icon_dirs[theme]


def stylesheet(theme: str) -> str:
    named = dict(colors(theme), icons=_qss_icon_dir(theme).as_posix())
    text = "\n".join(resource_path("themes", name).read_text(encoding="utf-8")
                     for name in ("base.qss", f"{theme}.qss"))

    def fill(match: re.Match) -> str:
        key = match.group(1)
        if key not in named:
            raise KeyError(f"{theme} theme: no colour named @{key}")
        return named[key]

    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)  # comments may mention @names
    return re.sub(r"@(\w+)", fill, text)


def system_theme() -> str:
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


class ThemeManager(QObject):
    """Applies a theme to the application and re-applies it when the system's scheme flips."""

    changed = Signal(str)  # the effective theme: "light" or "dark"

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.mode = "system"
        self.current: str | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def effective(self, mode: str | None = None) -> str:
        mode = mode or self.mode
        return system_theme() if mode == "system" else mode

    def set_mode(self, mode: str) -> str:
        if mode not in MODES:
            mode = "system"
        self.mode = mode
        return self.apply()

    def apply(self) -> str:
        theme = self.effective()
        if self.app.style().name().lower() != "fusion":
            self.app.setStyle("Fusion")  # the same widgets on every OS, and QSS-friendly
        if theme != self.current:
            self.current = theme
            self.app.setPalette(palette(theme))
            self.app.setStyleSheet(stylesheet(theme))
            from ui import icons  # icons read the theme; refresh the ones already shown

            icons.refresh_all()
            self.changed.emit(theme)
        return theme

    def _system_changed(self, _scheme) -> None:
        if self.mode == "system":
            self.apply()


_manager: ThemeManager | None = None


def manager() -> ThemeManager:
    """The application's theme manager (made on first use)."""
    global _manager
    app = QApplication.instance()
    if _manager is None or _manager.app is not app:
        _manager = ThemeManager(app)
    return _manager


def install(mode: str = "system") -> str:
    """Apply the theme for `mode` (system/light/dark); returns "light" or "dark"."""
    return manager().set_mode(mode)


def current() -> str:
    return manager().current or manager().effective()


def color(name: str) -> QColor:
    """A named colour of the current theme: "error", "warning", "success", "muted", "link"…"""
    return QColor(colors(current())[name])


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour a label's text by meaning (muted, error, strong-error, warning, success)."""
    set_state(widget, "tone", tone)


def set_state(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the theme's stylesheet styles (resources/themes/base.qss:
    ``QLabel#skillChip[matched="true"]``, ``QPushButton[severity="overdue"]``…) and restyle
    the widget. Widgets carry no stylesheet of their own: every look is the theme's."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def contrast(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2 contrast ratio between two colours (1 … 21)."""

    def luminance(value: QColor | str) -> float:
        c = QColor(value)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)

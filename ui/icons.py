"""The app's line icons (resources/icons/*.svg), tinted for the current theme.

`icon(name)` renders the SVG with its `currentColor` replaced by the theme's icon colour
(and a dimmer one for the disabled state). `set_icon(action_or_button, name)` also
remembers the name on the object, so a theme switch re-tints every icon already shown.
"""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication

from resources import path as resource_path
from ui import theme

SIZES = (16, 20, 24, 32, 48)
PROPERTY = "iconName"


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def names() -> list[str]:
    folder = resource_path("icons")
    return sorted(p.stem for p in folder.glob("*.svg") if p.stem != "app")


def _pixmap(svg: str, color: str, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color).encode()))
    side = max(1, round(size * ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


MODES = {QIcon.Mode.Normal: "icon", QIcon.Mode.Disabled: "disabled_text",
         QIcon.Mode.Selected: "highlighted_text"}


class _TintedEngine(QIconEngine):
    """Renders an icon's pixmaps on demand: a mode's five sizes when the icon is first drawn in
    that mode (start-up draws a few icons, in one mode, instead of every icon in three), into a
    plain QIcon that then picks and scales exactly as an icon built up front would."""

    def __init__(self, name: str, theme_name: str, ratio: float):
        super().__init__()
        self.name, self.theme_name, self.ratio = name, theme_name, ratio
        self.icon = QIcon()
        self.filled: set[str] = set()

    def _filled(self, mode: QIcon.Mode) -> QIcon:
        role = MODES.get(mode, "icon")  # Active draws with the Normal pixmaps, as before
        if role not in self.filled:
            self.filled.add(role)
            svg = _svg(self.name)
            color = theme.colors(self.theme_name)[role]
            target = next(m for m, r in MODES.items() if r == role)
            for size in SIZES:
                self.icon.addPixmap(_pixmap(svg, color, size, self.ratio), target)
        return self.icon

    def paint(self, painter, rect, mode, state):
        self._filled(mode).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size, mode, state):
        return self._filled(mode).pixmap(size, 1.0, mode, state)

    def scaledPixmap(self, size, mode, state, scale):
        return self._filled(mode).pixmap(size, scale, mode, state)

    def actualSize(self, size, mode, state):
        return self._filled(mode).actualSize(size, mode, state)

    def availableSizes(self, mode=QIcon.Mode.Normal, state=QIcon.State.Off):
        return self._filled(mode).availableSizes(mode, state)

    def isNull(self):
        return False

    def clone(self):
        return _TintedEngine(self.name, self.theme_name, self.ratio)


_engines: list[_TintedEngine] = []  # kept alive with their icons (the cache below)


@cache
def _icon(name: str, theme_name: str, ratio: float) -> QIcon:
    _svg(name)  # a missing file fails here, not at the first paint
    engine = _TintedEngine(name, theme_name, ratio)
    _engines.append(engine)
    return QIcon(engine)


def icon(name: str) -> QIcon:
    """The icon `name` (a file stem in resources/icons) in the current theme's colours."""
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    return _icon(name, theme.current(), float(ratio))


def set_icon(target: QAction | QAbstractButton, name: str) -> None:
    target.setProperty(PROPERTY, name)
    target.setIcon(icon(name))


def refresh_all() -> None:
    """Re-tint every icon set with set_icon (after a theme change)."""
    app = QApplication.instance()
    if app is None:
        return
    seen: set[int] = set()
    for top in app.topLevelWidgets():
        for obj in [top, *top.findChildren(QObject)]:
            if id(obj) in seen or not isinstance(obj, QAction | QAbstractButton):
                continue
            seen.add(id(obj))
            name = obj.property(PROPERTY)
            if name:
                obj.setIcon(icon(str(name)))

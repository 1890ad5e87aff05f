"""The app's line icons (resources/icons/*.svg), tinted for the current theme.

`icon(name)` renders the SVG with its `currentColor` replaced by the theme's icon colour
(and a dimmer one for the disabled state). `set_icon(action_or_button, name)` also
remembers the name on the object, so a theme switch re-tints every icon already shown.
"""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QImage, QPainter, QPixmap
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


@cache
def _icon(name: str, theme_name: str, ratio: float) -> QIcon:
    svg = _svg(name)
    named = theme.colors(theme_name)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(svg, named["icon"], size, ratio), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(svg, named["disabled_text"], size, ratio), QIcon.Mode.Disabled)
        result.addPixmap(_pixmap(svg, named["highlighted_text"], size, ratio),
                         QIcon.Mode.Selected)
    return result


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

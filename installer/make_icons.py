"""Render the app icon from resources/icons/app.svg into the formats the installers need.

Build-time only (`make icons`); the outputs are committed, so `make dist` needs neither
this script nor Pillow. Qt's SVG renderer draws every size straight from the vector
(crisper small sizes than downscaling one big bitmap); Pillow only packs the
rendered bitmaps into .ico (Windows) and .icns (macOS).

    python installer/make_icons.py        # writes resources/icons/app-<N>.png, app.ico, app.icns
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]  # hicolor theme sizes used by the .deb
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024]


def render(svg: Path, sizes: list[int]) -> dict[int, bytes]:
    """PNG bytes of the SVG at each square size, transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    out = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        out[size] = bytes(data)
    del app
    return out


def pack(pngs: dict[int, bytes], sizes: list[int], target: Path, fmt: str) -> None:
    from PIL import Image

    images = [Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in sizes]
    largest = images[-1]
    # append_images hands Pillow our own renders for every size instead of resampling one
    if fmt == "ICO":
        largest.save(target, format="ICO", sizes=[(s, s) for s in sizes],
                     append_images=images[:-1])
    else:
        largest.save(target, format="ICNS", append_images=images[:-1])


def main() -> int:
    svg = ICONS / "app.svg"
    pngs = render(svg, sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES)))
    for size in PNG_SIZES:
        (ICONS / f"app-{size}.png").write_bytes(pngs[size])
    pack(pngs, ICO_SIZES, ICONS / "app.ico", "ICO")
    pack(pngs, ICNS_SIZES, ICONS / "app.icns", "ICNS")
    written = [f"app-{s}.png" for s in PNG_SIZES] + ["app.ico", "app.icns"]
    print(f"wrote {', '.join(written)} in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

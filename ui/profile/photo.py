"""The profile photo, shown square-cropped in a circle like the marketplace does."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImageReader, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


def square_crop(pixmap: QPixmap, size: int) -> QPixmap:
    """The centred square of `pixmap`, scaled to `size`×`size`."""
    side = min(pixmap.width(), pixmap.height())
    x = (pixmap.width() - side) // 2
    y = (pixmap.height() - side) // 2
    return pixmap.copy(x, y, side, side).scaled(
        size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation)


def load_image(path: Path | None, max_side: int = 512) -> QPixmap | None:
    """A pixmap of an image file, decoded at a bounded size (large photos stay cheap)."""
    if path is None or not Path(path).is_file():
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(size.scaled(max_side, max_side,
                                         Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class PhotoView(QWidget):
    def __init__(self, size: int = 112, parent: QWidget | None = None):
        super().__init__(parent)
        self._size = size
        self._pixmap: QPixmap | None = None
        self._initials = ""
        self.setFixedSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def set_photo(self, path: Path | None, initials: str = "") -> None:
        pixmap = load_image(path)
        ratio = self.devicePixelRatioF()
        self._pixmap = square_crop(pixmap, round(self._size * ratio)) if pixmap else None
        if self._pixmap is not None:
            self._pixmap.setDevicePixelRatio(ratio)
        self._initials = initials
        self.setToolTip("" if self._pixmap else self.tr("No photo yet"))
        self.update()

    def has_photo(self) -> bool:
        return self._pixmap is not None

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(1, 1, self._size - 2, self._size - 2)
        path = QPainterPath()
        path.addEllipse(rect)
        if self._pixmap is not None:
            painter.setClipPath(path)
            painter.drawPixmap(0, 0, self._pixmap)
            painter.setClipping(False)
            painter.setPen(QColor(0, 0, 0, 40))
            painter.drawEllipse(rect)
            return
        painter.fillPath(path, QColor("#dfe7df"))
        painter.setPen(QColor("#4b6b50"))
        font = QFont(self.font())
        font.setPixelSize(int(self._size * (0.34 if self._initials else 0.16)))
        font.setBold(bool(self._initials))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         self._initials or self.tr("No photo"))

"""The profile photo, shown square-cropped in a circle like the marketplace does, and the
dialog where the user chooses that square when picking a photo."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.theme import CROP_SIZE, DIALOG_PORTRAIT, set_tone

PHOTO_SIDE = 512  # pixels of the stored, cropped photo: sharp at every size it is shown


def square_crop(pixmap: QPixmap, size: int) -> QPixmap:
    """The centred square of `pixmap`, scaled to `size`×`size`."""
    side = min(pixmap.width(), pixmap.height())
    x = (pixmap.width() - side) // 2
    y = (pixmap.height() - side) // 2
    return pixmap.copy(x, y, side, side).scaled(
        size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation)


def centred_square(width: int, height: int) -> QRect:
    side = min(width, height)
    return QRect((width - side) // 2, (height - side) // 2, side, side)


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
        painter.fillPath(path, theme.color("success_soft"))
        painter.setPen(theme.color("success"))
        font = QFont(self.font())
        font.setPixelSize(int(self._size * (0.34 if self._initials else 0.16)))
        font.setBold(bool(self._initials))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         self._initials or self.tr("No photo"))


class CropView(QWidget):
    """The picked image with a movable, resizable square: drag to move it, scroll (or the
    slider) to make it smaller or larger. Outside the square is dimmed; the circle shows what
    clients see."""

    crop_changed = Signal()

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.pixmap = pixmap
        self.crop = QRectF(centred_square(pixmap.width(), pixmap.height()))
        self._drag: QPointF | None = None
        self.setMinimumSize(CROP_SIZE, CROP_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def max_side(self) -> float:
        return float(min(self.pixmap.width(), self.pixmap.height()))

    def set_side(self, side: float) -> None:
        """Resize the square around its centre, kept inside the image."""
        side = max(min(side, self.max_side()), min(32.0, self.max_side()))
        centre = self.crop.center()
        self.crop = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
        self._clamp()

    def move_by(self, dx: float, dy: float) -> None:
        self.crop.translate(dx, dy)
        self._clamp()

    def _clamp(self) -> None:
        rect = self.crop
        rect.moveLeft(max(0.0, min(rect.left(), self.pixmap.width() - rect.width())))
        rect.moveTop(max(0.0, min(rect.top(), self.pixmap.height() - rect.height())))
        self.update()
        self.crop_changed.emit()

    def _placement(self) -> tuple[QRectF, float]:
        """Where the image is drawn in the widget, and its scale."""
        scale = min(self.width() / self.pixmap.width(), self.height() / self.pixmap.height())
        w, h = self.pixmap.width() * scale, self.pixmap.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h), scale

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target, scale = self._placement()
        painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        square = QRectF(target.left() + self.crop.left() * scale,
                        target.top() + self.crop.top() * scale,
                        self.crop.width() * scale, self.crop.height() * scale)
        outside = QPainterPath()
        outside.addRect(target)
        circle = QPainterPath()
        circle.addEllipse(square)
        painter.fillPath(outside.subtracted(circle), QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor(255, 255, 255, 220), 1.5, Qt.PenStyle.DashLine))
        painter.drawRect(square)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawEllipse(square)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            return
        _, scale = self._placement()
        delta = event.position() - self._drag
        self._drag = event.position()
        self.move_by(delta.x() / scale, delta.y() / scale)

    def mouseReleaseEvent(self, event) -> None:
        self._drag = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        self.set_side(self.crop.width() * (0.93 ** steps))

    def keyPressEvent(self, event) -> None:
        step = max(1.0, self.crop.width() / 20)
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        if event.key() in moves:
            self.move_by(*moves[event.key()])
        elif event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_side(self.crop.width() * 0.93)  # zoom in: a smaller square
        elif event.key() == Qt.Key.Key_Minus:
            self.set_side(self.crop.width() / 0.93)
        else:
            super().keyPressEvent(event)


class CropDialog(QDialog):
    """Choose the square of a picked photo; `image()` is that square at PHOTO_SIDE pixels."""

    def __init__(self, path: Path, pixmap: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.setObjectName("profilePhotoCropDialog")
        self.setWindowTitle(self.tr("Crop your photo"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Drag the circle over your face; scroll or use the slider to "
                              "zoom. Clients see what is inside the circle."), self)
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        layout.addWidget(hint)
        self.view = CropView(pixmap, self)
        self.view.setObjectName("profilePhotoCropView")
        self.view.setAccessibleName(self.tr("Photo crop area"))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Zoom:"), self))
        self.zoom = QSlider(Qt.Orientation.Horizontal, self)
        self.zoom.setObjectName("profilePhotoZoomSlider")
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.setRange(100, 400)  # percent: 100 = the largest square that fits
        self.zoom.valueChanged.connect(
            lambda value: self.view.set_side(self.view.max_side() * 100 / value))
        row.addWidget(self.zoom, 1)
        layout.addLayout(row)
        self.view.crop_changed.connect(self._sync_zoom)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use photo"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(*DIALOG_PORTRAIT)

    def _sync_zoom(self) -> None:
        self.zoom.blockSignals(True)
        self.zoom.setValue(round(100 * self.view.max_side() / self.view.crop.width()))
        self.zoom.blockSignals(False)

    def image(self) -> QImage:
        square = self.view.crop.toAlignedRect().intersected(self.view.pixmap.rect())
        side = min(square.width(), square.height())
        square.setSize(QSize(side, side))
        return self.view.pixmap.copy(square).toImage().scaled(
            min(PHOTO_SIDE, side), min(PHOTO_SIDE, side),
            Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)

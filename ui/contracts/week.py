"""The week view of an hourly contract: seven day bars (Monday–Sunday UTC) against the weekly
limit, over-limit time hatched in red as not billable, and the totals line."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.services import contracts as service
from ui.theme import STRIP_HEIGHT, color


def day_names() -> list[str]:
    """Monday…Sunday, short, in the user's language."""
    return [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


class WeekBars(QWidget):
    """Hours per UTC day; the billable part blue, the part over the weekly limit red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weekBars")
        self.setAccessibleName(self.tr("Hours per day this week"))
        self.view: service.WeekView | None = None
        self.today_index: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(STRIP_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(420, 72)

    def set_view(self, view: service.WeekView | None, today_index: int | None) -> None:
        self.view, self.today_index = view, today_index
        if view is not None:
            parts = [f"{d} {service.hours_text(m)}" for d, m in zip(day_names(), view.day_minutes,
                                                                   strict=True)]
            self.setToolTip(", ".join(parts))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.color(pal.ColorRole.WindowText)
        muted = color("muted")
        billable, over_color, track_color = color("highlight"), color("error"), color("midlight")
        days = day_names()
        fm = painter.fontMetrics()
        label_h = fm.height()
        top, bottom = label_h + 2, self.height() - label_h - 4
        width = self.width() / 7
        minutes = self.view.day_minutes if self.view else [0] * 7
        over = self.view.day_over if self.view else [0] * 7
        scale = max(8 * 60, *minutes)  # an 8-hour day fills the bar unless a day is longer
        for i in range(7):
            x = i * width + width * 0.22
            w = width * 0.56
            track = QRectF(x, top, w, bottom - top)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track_color)
            painter.drawRoundedRect(track, 3, 3)
            total_h = (bottom - top) * minutes[i] / scale
            over_h = (bottom - top) * over[i] / scale
            if total_h > 0:
                bill = QRectF(x, bottom - total_h, w, total_h - over_h)
                painter.setBrush(billable)
                painter.drawRoundedRect(bill, 2, 2)
            if over_h > 0:
                rect = QRectF(x, bottom - total_h, w, over_h)
                painter.setBrush(QBrush(over_color, Qt.BrushStyle.SolidPattern))
                painter.drawRect(rect)
                painter.setBrush(QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
            is_today = i == self.today_index
            font = painter.font()
            font.setBold(is_today)
            painter.setFont(font)
            painter.setPen(QPen(color("link") if is_today else muted))
            painter.drawText(QRectF(i * width, bottom + 2, width, label_h),
                             Qt.AlignmentFlag.AlignCenter, days[i])
            painter.setPen(QPen(over_color if over[i] else text_color))
            label = service.hours_text(minutes[i]) if minutes[i] else ""
            painter.drawText(QRectF(i * width, 0, width, label_h), Qt.AlignmentFlag.AlignCenter,
                             label)
        painter.end()

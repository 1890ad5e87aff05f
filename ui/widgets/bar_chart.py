"""One painted bar chart for the whole app: plain, stacked, floating (a range) and with whiskers.

QtCharts is not part of PySide6-Essentials, so this is a small QPainter widget: nice round axis
ticks, labels that thin out when space is short, a legend, a tooltip per bar and PNG export.
Colours are theme *tones* (ui.theme.color) so both themes keep contrast; the text is the
palette's. Payments' monthly chart and the Insights charts are all this widget:

- stacked: a bar's ``segments`` are drawn from ``base`` upward, one per legend ``Series``
  (a bar may override a segment's tone, e.g. a loss in the error tone);
- floating: ``base`` > 0 lifts the bar (the market rate's 25th–75th percentile box);
- ``mark``: a tick across the bar (the median); ``low``/``high``: a whisker (a Wilson range).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import theme
from ui.theme import CHART_SIZE


@dataclass(frozen=True)
class Series:
    name: str  # legend text, translated
    tone: str  # a ui.theme colour name: success, warning, error, link, muted


@dataclass(frozen=True)
class ChartBar:
    label: str  # full name (tooltip heading)
    short: str  # axis label
    segments: tuple[float, ...]  # stacked from base, one per series
    base: float = 0.0
    mark: float | None = None
    low: float | None = None
    high: float | None = None
    tooltip: str = ""  # rich text; empty: label and values
    tones: tuple[str | None, ...] = ()  # per-segment tone overrides


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5, 5 × 10^n) giving about ``ticks`` intervals."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def short_money(value: float) -> str:
    if abs(value) >= 1000:
        text = f"{value / 1000:.1f}".rstrip("0").rstrip(".")
        return f"${text}k"
    return f"${value:,.0f}"


def percent(value: float) -> str:
    return f"{value * 100:.0f}%"


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, *, object_name: str = "barChart"):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMouseTracking(True)
        self.setMinimumSize(*CHART_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_bars: list[ChartBar] = []
        self.series: list[Series] = []
        self.title = ""
        self.empty_text = ""
        self.axis_format: Callable[[float], str] = short_money
        self.fixed_top: float | None = None
        self._slots: list[QRectF] = []

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_chart(self, bars: Sequence[ChartBar], series: Sequence[Series], *, title: str = "",
                  empty_text: str = "", axis_format: Callable[[float], str] = short_money,
                  top: float | None = None, description: str = "") -> None:
        """Show ``bars``; ``top`` fixes the axis maximum (1.0 for shares)."""
        self.chart_bars = list(bars)
        self.series = list(series)
        self.title = title
        self.empty_text = empty_text
        self.axis_format = axis_format
        self.fixed_top = top
        self.setAccessibleDescription(description or title)
        self.update()

    def export_png(self, path: str) -> bool:
        """Save the chart as drawn now (at least its size hint) as a PNG file."""
        if self.width() < 50 or self.height() < 50:
            self.resize(self.sizeHint())
        return self.grab().save(path, "PNG")

    # -- painting ------------------------------------------------------------------------------
    def _extent(self) -> tuple[float, float]:
        tops, lows = [], [0.0]
        for bar in self.chart_bars:
            positive = bar.base + sum(s for s in bar.segments if s > 0)
            negative = bar.base + sum(s for s in bar.segments if s < 0)
            tops += [positive, *(v for v in (bar.high, bar.mark) if v is not None)]
            lows += [negative, *(v for v in (bar.low,) if v is not None)]
        return max(tops, default=0.0), min(lows)

    def _empty(self) -> bool:
        return not self.chart_bars or all(
            not any(bar.segments) and bar.base == 0 and not bar.high for bar in self.chart_bars)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        text_color = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        plot_top = self._paint_heading(painter, area, text_color) + line * 1.6
        if self._empty():
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(area.left(), plot_top, area.width(),
                                    area.bottom() - plot_top),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            self._slots = []
            painter.end()
            return
        plot, y_of, top, bottom = self._paint_axis(painter, area, plot_top, text_color)
        count = len(self.chart_bars)
        slot = plot.width() / count
        bar_width = max(2.0, min(slot * 0.62, 48.0))
        widest = max(metrics.horizontalAdvance(b.short) for b in self.chart_bars)
        label_every = max(1, math.ceil((widest + 8) / slot))
        self._slots = []
        for i, bar in enumerate(self.chart_bars):
            center = plot.left() + slot * (i + 0.5)
            self._paint_bar(painter, bar, center, bar_width, y_of, text_color)
            self._slots.append(QRectF(center - slot / 2, plot.top(), slot, plot.height()))
            if i % label_every == 0:
                painter.setPen(text_color)
                painter.drawText(QRectF(center - slot * label_every / 2, plot.bottom() + 4,
                                        slot * label_every, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 metrics.elidedText(bar.short, Qt.TextElideMode.ElideRight,
                                                    int(slot * label_every) - 2))
        zero = y_of(0) if bottom <= 0 <= top else plot.bottom()
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        painter.end()

    def _paint_heading(self, painter: QPainter, area: QRectF, text_color: QColor) -> float:
        """Title on the first line; the legend on the same line when it fits, else the next.
        Returns the legend's top."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.setPen(text_color)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        title_width = QFontMetrics(bold).horizontalAdvance(self.title)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        legend_width = sum(metrics.horizontalAdvance(s.name) + 32 for s in self.series)
        legend_top = area.top()
        if self.title and title_width + legend_width + 16 > area.width():
            legend_top += line * 1.3
        x = area.right()
        for s in reversed(self.series):
            width = metrics.horizontalAdvance(s.name)
            x -= width
            painter.setPen(text_color)
            painter.drawText(QRectF(x, legend_top, width, line),
                             Qt.AlignmentFlag.AlignVCenter, s.name)
            x -= 16
            painter.fillRect(QRectF(x, legend_top + line / 2 - 5, 10, 10), theme.color(s.tone))
            x -= 16
        return legend_top

    def _paint_axis(self, painter: QPainter, area: QRectF, plot_top: float,
                    text_color: QColor):
        """The value axis and its grid lines. Returns the plot rectangle, value -> y, and the
        axis' top and bottom values."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        grid = QColor(text_color)
        grid.setAlpha(40)
        top_value, low_value = self._extent()
        if self.fixed_top is not None:
            top_value = max(top_value, self.fixed_top)
        step = nice_step(top_value - low_value)
        top = math.ceil(top_value / step) * step if top_value > 0 else step
        bottom = math.floor(low_value / step) * step
        labels = [bottom + i * step for i in range(round((top - bottom) / step) + 1)]
        axis_width = max(metrics.horizontalAdvance(self.axis_format(v)) for v in labels) + 8
        plot = QRectF(area.left() + axis_width, plot_top, area.width() - axis_width,
                      area.bottom() - plot_top - line - 4)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - bottom) / (top - bottom) * plot.height()

        for value in labels:
            y = y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            painter.drawText(QRectF(area.left(), y - line / 2, axis_width - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.axis_format(value))
        return plot, y_of, top, bottom

    def _paint_bar(self, painter: QPainter, bar: ChartBar, center: float, bar_width: float,
                   y_of, text_color: QColor) -> None:
        """One bar: its stacked segments, then its low–high whisker and its mark."""
        tones = [theme.color(s.tone) for s in self.series] or [theme.color("link")]
        left = center - bar_width / 2
        up = down = bar.base
        for k, value in enumerate(bar.segments):
            tone = bar.tones[k] if k < len(bar.tones) and bar.tones[k] else None
            color = theme.color(tone) if tone else tones[min(k, len(tones) - 1)]
            start = up if value >= 0 else down
            end = start + value
            if value >= 0:
                up = end
            else:
                down = end
            y1, y2 = y_of(start), y_of(end)
            if value or bar.base:  # a floating range stays visible when its ends meet
                height = max(abs(y1 - y2), 6.0 if bar.base else 1.0)
                painter.fillRect(QRectF(left, min(y1, y2) - (height - abs(y1 - y2)) / 2,
                                        bar_width, height), color)
        if bar.low is not None and bar.high is not None:
            painter.setPen(QPen(text_color, 1.5))
            painter.drawLine(QPointF(center, y_of(bar.low)), QPointF(center, y_of(bar.high)))
            for end_value in (bar.low, bar.high):
                y = y_of(end_value)
                painter.drawLine(QPointF(center - bar_width / 4, y),
                                 QPointF(center + bar_width / 4, y))
        if bar.mark is not None:
            painter.setPen(QPen(text_color, 2.5))
            y = y_of(bar.mark)
            painter.drawLine(QPointF(left - 6, y), QPointF(left + bar_width + 6, y))

    # -- interaction ---------------------------------------------------------------------------
    def index_at(self, x: float, y: float) -> int | None:
        for i, rect in enumerate(self._slots):
            if rect.contains(QPointF(x, y)):
                return i
        return None

    def tooltip_at(self, index: int) -> str:
        bar = self.chart_bars[index]
        if bar.tooltip:
            return bar.tooltip
        lines = [f"<b>{bar.label}</b>"]
        for s, value in zip(self.series, bar.segments, strict=False):
            lines.append(f"{s.name}: {self.axis_format(value)}")
        return "<br>".join(lines)

    def mouseMoveEvent(self, event) -> None:
        point = event.position()
        index = self.index_at(point.x(), point.y())
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_at(index), self)
        super().mouseMoveEvent(event)

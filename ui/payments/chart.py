"""A painted bar chart of monthly net earnings with the service fee stacked on top (= gross).

QtCharts is not part of PySide6-Essentials, so this is a small QPainter widget: nice round axis
ticks, month labels that thin out when space is short, a legend, and a tooltip per month.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import theme
from ui.formatting import money

# bar colours by meaning, from the current theme (ui.theme) so both themes keep contrast
NET_TONE, FEE_TONE, COST_TONE = "success", "warning", "error"


@dataclass(frozen=True)
class Bar:
    label: str        # "Mar 2024"
    short: str        # "Mar"
    net: Decimal
    fee: Decimal
    costs: Decimal = Decimal(0)
    hours: Decimal = Decimal(0)


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


class MonthlyChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monthlyChart")
        self.setAccessibleName(self.tr("Monthly net earnings and fees chart"))
        self.setMouseTracking(True)
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars: list[Bar] = []
        self.title = ""
        self._slots: list[QRectF] = []

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_bars(self, bars: list[Bar], title: str = "") -> None:
        self.bars = list(bars)
        self.title = title
        total_net = sum((b.net for b in bars), Decimal(0))
        total_fee = sum((b.fee for b in bars), Decimal(0))
        self.setAccessibleDescription(
            self.tr("{title}: net {net}, fees {fees} in %n period(s)", "", len(bars)).format(
                title=title, net=money(total_net), fees=money(total_fee)))
        self.update()

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text_color)
        grid.setAlpha(40)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)

        # Title and legend on one line.
        painter.setPen(text_color)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(area.adjusted(0, 0, 0, -(area.height() - line)),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        x = area.right()
        net_color, fee_color = theme.color(NET_TONE), theme.color(FEE_TONE)
        for color, name in ((fee_color, self.tr("Service fees")), (net_color, self.tr("Net"))):
            width = metrics.horizontalAdvance(name)
            x -= width
            painter.setPen(text_color)
            painter.drawText(QRectF(x, area.top(), width, line),
                             Qt.AlignmentFlag.AlignVCenter, name)
            x -= 16
            painter.fillRect(QRectF(x, area.top() + line / 2 - 5, 10, 10), color)
            x -= 16

        plot_top = area.top() + line * 1.6
        if not self.bars or all(b.net + b.fee == 0 for b in self.bars):
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(area.left(), plot_top, area.width(),
                                    area.bottom() - plot_top),
                             Qt.AlignmentFlag.AlignCenter,
                             self.tr("No earnings in this period yet"))
            self._slots = []
            return

        top_value = max(float(b.net + b.fee) for b in self.bars)
        low_value = min(0.0, min(float(b.net) for b in self.bars))
        step = nice_step(top_value - low_value)
        top = math.ceil(top_value / step) * step if top_value > 0 else step
        bottom = math.floor(low_value / step) * step
        labels = [bottom + i * step for i in range(round((top - bottom) / step) + 1)]
        axis_width = max(metrics.horizontalAdvance(short_money(v)) for v in labels) + 8
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
                             short_money(value))

        count = len(self.bars)
        slot = plot.width() / count
        bar_width = max(2.0, min(slot * 0.62, 48.0))
        label_every = max(1, math.ceil(metrics.horizontalAdvance("Mmm") * 1.4 / slot))
        self._slots = []
        zero = y_of(0)
        for i, bar in enumerate(self.bars):
            center = plot.left() + slot * (i + 0.5)
            left = center - bar_width / 2
            net_top = y_of(float(bar.net))
            fee_top = y_of(float(bar.net + bar.fee))
            painter.fillRect(QRectF(left, min(net_top, zero), bar_width, abs(zero - net_top)),
                             net_color if bar.net >= 0 else theme.color(COST_TONE))
            if bar.fee > 0:
                painter.fillRect(QRectF(left, fee_top, bar_width, max(net_top - fee_top, 1)),
                                 fee_color)
            self._slots.append(QRectF(center - slot / 2, plot.top(), slot, plot.height()))
            if i % label_every == 0:
                painter.setPen(text_color)
                text = bar.short
                painter.drawText(QRectF(center - slot * label_every / 2, plot.bottom() + 4,
                                        slot * label_every, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        painter.end()

    # -- interaction ---------------------------------------------------------------------------
    def bar_at(self, x: float, y: float) -> Bar | None:
        for bar, rect in zip(self.bars, self._slots, strict=False):
            if rect.contains(QPointF(x, y)):
                return bar
        return None

    def tooltip_for(self, bar: Bar) -> str:
        lines = [f"<b>{bar.label}</b>",
                 self.tr("Gross {amount}").format(amount=money(bar.net + bar.fee)),
                 self.tr("Service fees {amount}").format(amount=money(bar.fee)),
                 self.tr("Net {amount}").format(amount=money(bar.net))]
        if bar.costs:
            lines.append(self.tr("Connects &amp; other costs {amount}").format(
                amount=money(bar.costs)))
        if bar.hours:
            lines.append(self.tr("{n} hours billed").format(n=bar.hours))
        return "<br>".join(lines)

    def mouseMoveEvent(self, event) -> None:
        point = event.position()
        bar = self.bar_at(point.x(), point.y())
        if bar is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(bar), self)
        super().mouseMoveEvent(event)

"""Payments' monthly chart: net earnings with the service fee stacked on top (= gross).

A thin adapter over the app's one chart, ui.widgets.bar_chart.BarChart: it keeps the months as
``bars`` (payments' own rows) and says what a month's tooltip holds.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from ui.formatting import money
from ui.theme import CHART_SIZE
from ui.widgets.bar_chart import BarChart, ChartBar, Series, nice_step, short_money

# bar colours by meaning, from the current theme (ui.theme) so both themes keep contrast
NET_TONE, FEE_TONE, COST_TONE = "success", "warning", "error"

__all__ = ["Bar", "MonthlyChart", "nice_step", "short_money"]


@dataclass(frozen=True)
class Bar:
    label: str        # "Mar 2024"
    short: str        # "Mar"
    net: Decimal
    fee: Decimal
    costs: Decimal = Decimal(0)
    hours: Decimal = Decimal(0)


class MonthlyChart(BarChart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, object_name="monthlyChart")
        self.setAccessibleName(self.tr("Monthly net earnings and fees chart"))
        self.setMinimumSize(*CHART_SIZE)
        self.bars: list[Bar] = []

    def set_bars(self, bars: list[Bar], title: str = "") -> None:
        self.bars = list(bars)
        total_net = sum((b.net for b in bars), Decimal(0))
        total_fee = sum((b.fee for b in bars), Decimal(0))
        chart = [ChartBar(b.label, b.short, (float(b.net), float(b.fee) if b.fee > 0 else 0.0),
                          tooltip=self.tooltip_for(b),
                          tones=(None if b.net >= 0 else COST_TONE, None)) for b in bars]
        self.set_chart(
            chart, [Series(self.tr("Net"), NET_TONE), Series(self.tr("Service fees"), FEE_TONE)],
            title=title, empty_text=self.tr("No earnings in this period yet"),
            description=self.tr("{title}: net {net}, fees {fees} in %n period(s)", "",
                                len(bars)).format(
                title=title, net=money(total_net), fees=money(total_fee)))

    def bar_at(self, x: float, y: float) -> Bar | None:
        index = self.index_at(x, y)
        return None if index is None else self.bars[index]

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

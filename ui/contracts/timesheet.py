"""A weekly timesheet across all hourly contracts: one row per contract, Monday–Sunday UTC
hours, the week's total and what it bills; a total row; previous / this / next week."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contracts as service
from models.rules.weeks import week_start
from ui import formatting, theme
from ui.contracts.week import day_names
from ui.formatting import money
from ui.theme import DIALOG_WIDE, set_tone
from ui.widgets.table_model import ID_ROLE, Column, IdTableModel


@dataclass(frozen=True)
class SheetLine:
    """One contract's week (or the total of them all) as the timesheet shows it."""

    contract_id: int | None
    title: str
    day_minutes: tuple[int, ...]
    total: int
    amount: Decimal
    over: int = 0


def _hours(minutes: int) -> str:
    return service.hours_text(minutes) if minutes else ""


class TimesheetModel(IdTableModel[SheetLine]):
    """Rows: one line per hourly contract's WeekView, then a total line."""

    CONTRACT, TOTAL, AMOUNT = 0, 8, 9

    def __init__(self, parent=None):
        super().__init__(parent)

        def day(number: int) -> Column[SheetLine]:
            return Column(lambda: day_names()[number],
                          lambda line: _hours(line.day_minutes[number]),
                          tooltip=lambda line: _hours(line.day_minutes[number]), right=True)

        self.columns = (
            Column(QT_TRANSLATE_NOOP("TimesheetModel", "Contract"), lambda line: line.title,
                   tooltip=lambda line: line.title),
            *(day(number) for number in range(7)),
            Column(QT_TRANSLATE_NOOP("TimesheetModel", "Total"), lambda line: _hours(line.total),
                   tooltip=self._total_tip, right=True),
            Column(QT_TRANSLATE_NOOP("TimesheetModel", "Bills"),
                   lambda line: money(line.amount) if line.amount else "",
                   tooltip=lambda line: money(line.amount) if line.amount else "", right=True))

    def set_views(self, views: list[service.WeekView], titles: dict[int, str]) -> None:
        lines = [SheetLine(v.contract_id, titles.get(v.contract_id, ""), tuple(v.day_minutes),
                           v.total, v.amount, v.over) for v in views]
        total = SheetLine(None, self.tr("Total"),
                          tuple(sum(line.day_minutes[d] for line in lines) for d in range(7)),
                          sum(line.total for line in lines),
                          sum((line.amount for line in lines), Decimal(0)))
        self.set_rows(lines, key=lambda line: line.contract_id, footer=total)

    def _total_tip(self, line: SheetLine) -> str:
        if line.over:
            return self.tr("{0} h over the weekly limit: recorded, not billed").format(
                service.hours_text(line.over))
        return _hours(line.total)


class TimesheetDialog(QDialog):
    """Non-modal; follows the data bus through refresh()."""

    open_contract = Signal(int)

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = clock
        self.setObjectName("timesheetDialog")
        self.setWindowTitle(self.tr("Weekly Timesheet"))
        self.setAccessibleName(self.tr("Weekly Timesheet"))
        self.resize(*DIALOG_WIDE)
        self.week = week_start(clock())
        self.prev = QPushButton(self.tr("◀ Previous"), self)
        self.prev.setObjectName("timesheetPrev")
        self.prev.setAccessibleName(self.tr("Previous week"))
        self.this_week = QPushButton(self.tr("This week"), self)
        self.this_week.setObjectName("timesheetThisWeek")
        self.this_week.setAccessibleName(self.tr("This week"))
        self.next = QPushButton(self.tr("Next ▶"), self)
        self.next.setObjectName("timesheetNext")
        self.next.setAccessibleName(self.tr("Next week"))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("timesheetWeek")
        self.prev.clicked.connect(lambda: self.show_week(self.week - timedelta(days=7)))
        self.next.clicked.connect(lambda: self.show_week(self.week + timedelta(days=7)))
        self.this_week.clicked.connect(lambda: self.show_week(week_start(self.clock())))
        bar = QHBoxLayout()
        bar.addWidget(self.prev)
        bar.addWidget(self.this_week)
        bar.addWidget(self.next)
        bar.addSpacing(theme.SPACE_XL)
        bar.addWidget(self.week_label, 1)
        self.model = TimesheetModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("timesheetTable")
        self.table.setAccessibleName(self.tr("Hours per contract and day"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimesheetModel.CONTRACT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("No hourly contracts, and no time recorded this week."),
                            self)
        self.empty.setObjectName("timesheetEmpty")
        set_tone(self.empty, "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.show_week(self.week)

    def show_week(self, start: datetime) -> None:
        self.week = week_start(start)
        self.refresh()

    def refresh(self) -> None:
        now = self.clock()
        views = service.week_views(self.week, now=now)
        titles = {c.id: c.title for c in service.list_contracts()}
        self.model.set_views(views, titles)
        end = self.week + timedelta(days=6)
        utc_week = self.tr("(Mon–Sun UTC)")
        self.week_label.setText(f"<b>{formatting.day(self.week, year=False)} – "
                                f"{formatting.day(end)}</b> {utc_week}")
        current = week_start(now)
        self.next.setEnabled(self.week < current)
        self.this_week.setEnabled(self.week != current)
        self.empty.setVisible(not views)
        self.table.setVisible(bool(views))

    def _open(self, index: QModelIndex) -> None:
        contract_id = index.data(ID_ROLE)
        if contract_id is not None:
            self.open_contract.emit(contract_id)

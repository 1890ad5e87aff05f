"""A weekly timesheet across all hourly contracts: one row per contract, Monday–Sunday UTC
hours, the week's total and what it bills; a total row; previous / this / next week."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
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
from ui import formatting
from ui.contracts.week import day_names
from ui.formatting import money
from ui.theme import set_tone

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class TimesheetModel(QAbstractTableModel):
    """Rows: one WeekView per hourly contract, then a total row."""

    CONTRACT, TOTAL, AMOUNT = 0, 8, 9

    def __init__(self, parent=None):
        super().__init__(parent)
        self.views: list[service.WeekView] = []
        self.titles: dict[int, str] = {}

    def set_views(self, views: list[service.WeekView], titles: dict[int, str]) -> None:
        self.beginResetModel()
        self.views, self.titles = list(views), dict(titles)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() or not self.views else len(self.views) + 1

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 10

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.CONTRACT:
            return self.tr("Contract")
        if 1 <= section <= 7:
            return day_names()[section - 1]
        return {self.TOTAL: self.tr("Total"), self.AMOUNT: self.tr("Bills")}.get(section)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        total_row = row == len(self.views)
        if role == ID_ROLE:
            return None if total_row else self.views[row].contract_id
        if role == Qt.ItemDataRole.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.CONTRACT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        views = self.views if total_row else [self.views[row]]
        if column == self.CONTRACT:
            return self.tr("Total") if total_row else self.titles.get(views[0].contract_id, "")
        if 1 <= column <= 7:
            minutes = sum(v.day_minutes[column - 1] for v in views)
            return service.hours_text(minutes) if minutes else ""
        if column == self.TOTAL:
            minutes = sum(v.total for v in views)
            if role == Qt.ItemDataRole.ToolTipRole and not total_row and views[0].over:
                return self.tr("{0} h over the weekly limit: recorded, not billed").format(
                    service.hours_text(views[0].over))
            return service.hours_text(minutes) if minutes else ""
        if column == self.AMOUNT:
            amount = sum((v.amount for v in views), Decimal(0))
            return money(amount) if amount else ""
        return None


class TimesheetDialog(QDialog):
    """Non-modal; follows the data bus through refresh()."""

    open_contract = Signal(int)

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = clock
        self.setObjectName("timesheetDialog")
        self.setWindowTitle(self.tr("Weekly Timesheet"))
        self.setAccessibleName(self.tr("Weekly Timesheet"))
        self.resize(820, 360)
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
        bar.addSpacing(12)
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

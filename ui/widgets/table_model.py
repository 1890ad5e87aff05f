"""The one table model behind every list in the app: ordered ids from a service, typed rows
read a page at a time when they are first shown, and columns declared once.

A subclass says
- ``columns``: one Column per column — its header (a QT_TRANSLATE_NOOP source, translated in
  the model's ``context``, the class name by default), how a row reads in it (display), what
  hovering says (tooltip), its colour (a ui.theme tone name), alignment, and the service's
  sort key for it;
- ``load_ids()``: the ids in order (a service query, filtered and sorted in SQL), and
- ``load_rows(ids)``: the typed rows of one page of ids (one service call; None when the
  rows cannot be read just now: asked again later).

With the workspace server away (ui/offline_reads.py) a read keeps what the table shows: ids
that cannot be read leave the rows as they are, rows that cannot be read paint blank, and the
listener's "all" when the server is back reads everything again.

The model holds the ids and at most ``PAGES_KEPT`` pages of rows, so a list of 100 000 jobs
costs one id query plus one query per page the user scrolls to. Small tables that get their
rows whole (a week's time entries, a report) hand them over with ``set_rows`` instead.

Each row's cells (text, colour, background, bold, alignment) are made once, when the row is
first painted, and kept by id until its rows are read again; ``multiData`` answers the seven
roles a delegate asks per cell in one call (a paint of ~200 cells made ~1,400 calls into
Python, each building the cell again).

``reload()`` replaces everything (a new filter: the selection is cleared). ``refresh()`` re-reads
the ids and moves the view's selection and current row to where their ids went (a row whose
id is gone drops out); sorting goes the same way. ``refresh_rows(ids)`` re-reads some rows in
place (an edit: nothing moves under the user).
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from ui import theme
from ui.offline_reads import read_or_none

R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole  # the id a row stands for (None on a total row)
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: ``title`` is a source text translated in the model's context (or a function
    giving the text already in the user's language); the functions take the row's typed row."""

    title: str | Callable[[], str]
    display: Callable[[R], str]
    sort: str | None = None  # the service's sort key; None: clicking the header does nothing
    tooltip: Callable[[R], str | None] | None = None
    tone: Callable[[R], str | None] | None = None  # text colour: a ui.theme colour name
    background: Callable[[R], str | None] | None = None
    bold: Callable[[R], bool] | None = None
    right: bool = False  # numbers and money: right-aligned, header too


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class IdTableModel(QAbstractTableModel, Generic[R]):
    """Rows are ids in order; a row's typed row is read with its page when first shown."""

    columns: Sequence[Column[Any]] = ()
    context = ""  # translation context of the column titles; "" is the class name
    PAGE = 100  # rows read per query
    PAGES_KEPT = 20  # pages of rows kept; the oldest read is dropped first
    GONE: str | None = None  # first column's text for a row deleted since the ids were read

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._total = 0  # ids the source has; above len(_ids) while more pages can be fetched
        self._positions: dict[int, int] | None = None
        self._pages: OrderedDict[int, tuple[frozenset[int], dict[int, R]]] = OrderedDict()
        self._whole: dict[int, R] | None = None  # set_rows: every row at hand, no paging
        self._footer: R | None = None  # a total row after the ids
        self._cells: dict[object, tuple[Cell, ...]] = {}  # by id: what each row paints
        self._fetching = False
        self.sort_key: str | None = None
        self.descending = False

    # -- what a subclass provides ---------------------------------------------------------------
    def load_ids(self) -> list[int]:
        """The ids in order (reload / refresh ask this)."""
        raise NotImplementedError

    def load_rows(self, ids: list[int]) -> Mapping[int, R] | None:
        """The typed rows of these ids; a deleted id is simply missing."""
        raise NotImplementedError

    def more_ids(self, offset: int) -> list[int]:
        """The next page of ids after ``offset`` (models whose ids come a page at a time)."""
        return []

    # -- content --------------------------------------------------------------------------------
    def set_ids(self, ids: Iterable[int], total: int | None = None) -> None:
        """New ids (``total``: how many the source has, when only the first page is given)."""
        self.beginResetModel()
        self._set(list(ids), total)
        self._whole, self._footer = None, None
        self.endResetModel()

    def set_rows(self, rows: Iterable[R], key: Callable[[R], int] = lambda row: row.id, *,
                 by_position: bool = False, footer: R | None = None) -> None:
        """A small table's rows, all at once: ids from ``key`` (or the row numbers, for lines
        that have no id of their own); ``footer``: a total row shown after them."""
        rows = list(rows)
        ids = list(range(len(rows))) if by_position else [key(row) for row in rows]
        self.beginResetModel()
        self._set(ids, None)
        self._whole = dict(zip(ids, rows, strict=True))
        self._footer = footer if rows else None
        self.endResetModel()

    def reload(self) -> None:
        """Read the ids again from the start: a new filter or search (the selection clears)."""
        ids = read_or_none(self.load_ids)
        if ids is not None:
            self.set_ids(ids)

    def refresh(self) -> None:
        """Read the ids and rows again; the selection and current row stay on their ids."""
        ids = read_or_none(self.load_ids)
        if ids is not None:
            self.replace_ids(ids)

    def replace_ids(self, ids: Iterable[int], total: int | None = None) -> None:
        """New ids in place of the old: every persistent index (the view's selection and
        current row) moves to its id's new row, or goes when its id is gone."""
        self.layoutAboutToBeChanged.emit()
        old, had_footer = self._ids, self._footer is not None
        self._set(list(ids), total)
        where = self._position_map()
        for index in self.persistentIndexList():
            row = index.row()
            if row < len(old):
                new = where.get(old[row], -1)
            else:  # the total row stays the total row
                new = len(self._ids) if had_footer and self._footer is not None else -1
            self.changePersistentIndex(
                index, self.index(new, index.column()) if new >= 0 else QModelIndex())
        self.layoutChanged.emit()

    def refresh_rows(self, ids: Iterable[int] = ()) -> None:
        """Read these rows again (all rows when none is named) without moving any."""
        ids = set(ids)
        if not self._ids:
            return
        if not ids:
            self._pages.clear()
            self._cells.clear()
            first, last = 0, len(self._ids) - 1
        else:
            for number, (asked, _rows) in list(self._pages.items()):
                if asked & ids:
                    del self._pages[number]
            for item_id in ids:
                self._cells.pop(item_id, None)
            rows = [r for r in map(self.row_of, ids) if r >= 0]
            if not rows:
                return
            first, last = min(rows), max(rows)
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _set(self, ids: list[int], total: int | None) -> None:
        self._ids = ids
        self._total = len(ids) if total is None else max(total, len(ids))
        self._positions = None
        self._pages.clear()
        self._cells.clear()

    def _position_map(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {item_id: row for row, item_id in enumerate(self._ids)}
        return self._positions

    # -- reading --------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int | None) -> int:
        """The row showing this id, -1 when it is not shown."""
        return self._position_map().get(item_id, -1) if item_id is not None else -1

    def item(self, row: int) -> R | None:
        """The typed row at this position (the total row after the ids), None when its id
        was deleted since the ids were read (or the rows cannot be read just now)."""
        if row == len(self._ids) and self._footer is not None:
            return self._footer
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        if self._whole is not None:
            return self._whole.get(item_id)
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None or item_id not in page[0]:  # not read yet, or ids appended since
            asked = self._ids[number * self.PAGE:(number + 1) * self.PAGE]
            found = read_or_none(self.load_rows, asked)
            if found is None:
                return None
            page = (frozenset(asked), dict(found))
            for read in asked:  # their cells are made again from the rows just read
                self._cells.pop(read, None)
            self._pages[number] = page
            while len(self._pages) > self.PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[1].get(item_id)

    def pages_read(self) -> list[int]:
        """The page numbers whose rows are held, the most recently used last."""
        return list(self._pages)

    # -- ids a page at a time -------------------------------------------------------------------
    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._ids) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or len(self._ids) >= self._total or self._fetching:
            return
        known = self._position_map()
        more = read_or_none(self.more_ids, len(self._ids))
        if more is None:  # the workspace server is away: asked again when scrolled to
            return
        fresh = [i for i in more if i not in known]
        if not fresh:
            self._total = len(self._ids)  # the source shrank since it was counted
            return
        first = len(self._ids)
        self._fetching = True  # views may ask for more while rows are being inserted
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._ids.extend(fresh)
            self._positions = None
            self.endInsertRows()
        finally:
            self._fetching = False

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._ids) + (self._footer is not None)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def title(self, column: int) -> str:
        title = self.columns[column].title
        if callable(title):
            return title()
        return QCoreApplication.translate(self.context or type(self).__name__, title)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
            return RIGHT
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def cells(self, item: R) -> tuple[Cell, ...]:
        """What each column paints for a typed row: (text, tone, background, bold (or a
        QFont of its own), alignment),
        made once per row and kept with it (``data`` and ``multiData`` read them at every
        paint); a subclass whose rows bring their texts made elsewhere gives those."""
        return tuple((column.display(item),
                      column.tone(item) if column.tone is not None else None,
                      column.background(item) if column.background is not None else None,
                      column.bold is not None and bool(column.bold(item)),
                      RIGHT if column.right else None) for column in self.columns)

    def tooltip(self, item: R, column: int) -> str | None:
        """What hovering a cell says (asked on hover only, so not kept)."""
        tip = self.columns[column].tooltip
        return tip(item) if tip is not None else None

    def _row_cells(self, row: int) -> tuple[Cell, ...] | None:
        """The row's cells, made on first ask; None for a row whose id is gone."""
        key = self._ids[row] if row < len(self._ids) else _FOOTER
        cells = self._cells.get(key)
        if cells is None:
            item = self.item(row)
            if item is None:
                return None
            cells = self.cells(item)
            if key is _FOOTER:  # the total row is bold throughout
                cells = tuple((*cell[:3], True, cell[4]) for cell in cells)
            if len(self._cells) >= self.PAGE * self.PAGES_KEPT:
                self._cells.clear()
            self._cells[key] = cells
        return cells

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        column, row = index.column(), index.row()
        if not index.isValid() or not 0 <= column < len(self.columns):
            return None
        if role == ID_ROLE:
            return self.id_at(row)
        slot = _CELL_SLOTS.get(role)
        if (slot is None and role != Qt.ItemDataRole.ToolTipRole) or \
                not 0 <= row < self.rowCount():
            return None
        cells = self._row_cells(row)
        if cells is None:  # deleted since the ids were read
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(self.context or type(self).__name__, self.GONE) \
                    if self.GONE and column == 0 else ""
            return None
        if slot is None:
            item = self.item(row)
            return self.tooltip(item, column) if item is not None else None
        return _value(slot, cells[column][slot])

    def multiData(self, index: Index, roleDataSpan) -> None:  # noqa: N803 (Qt's name)
        """Every role a delegate asks of a cell in one call (Qt's item delegates ask seven
        roles per cell per paint: one Python call instead of seven)."""
        column, row = index.column(), index.row()
        cells = self._row_cells(row) if index.isValid() and 0 <= column < len(self.columns) \
            and 0 <= row < self.rowCount() else None
        if cells is None:
            for role_data in roleDataSpan:
                role_data.setData(self.data(index, role_data.role()))
            return
        cell = cells[column]
        for role_data in roleDataSpan:
            slot = _CELL_SLOTS.get(role_data.role())
            value = None if slot is None else cell[slot]
            if value is not None and value is not False:
                role_data.setData(_value(slot, value))
            elif slot is None:
                role_data.setData(self.data(index, role_data.role()))
            else:
                role_data.clearData()


Cell = tuple[str, "str | None", "str | None", "bool | QFont", "int | None"]
_FOOTER = object()  # the total row's key among the kept cells
# where each role's value sits in a Cell
_CELL_SLOTS = {Qt.ItemDataRole.DisplayRole: 0, Qt.ItemDataRole.AccessibleTextRole: 0,
               Qt.ItemDataRole.ForegroundRole: 1, Qt.ItemDataRole.BackgroundRole: 2,
               Qt.ItemDataRole.FontRole: 3, Qt.ItemDataRole.TextAlignmentRole: 4}
_BRUSHES: dict[tuple[str, str], QBrush] = {}
_BOLD: list[QFont] = []


def _value(slot: int, value):
    """A Cell's part as the role gives it: tones as brushes (one per theme), bold as a font."""
    if slot == 1 or slot == 2:
        if value is None:
            return None
        key = (theme.current(), value)
        brush = _BRUSHES.get(key)
        if brush is None:
            brush = _BRUSHES[key] = QBrush(theme.color(value))
        return brush
    if slot == 3:
        if not value:
            return None
        if isinstance(value, QFont):  # a row's own font (e.g. struck through)
            return value
        if not _BOLD:
            _BOLD.append(bold_font())
        return _BOLD[0]
    return value

"""Table helpers: headers that never clip, and the full text of an elided cell on hover."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
)


def fit_headers(view: QTableView, content_cap: int = 160) -> None:
    """Widen every visible, user-sized column to at least its header's own width (title,
    sort arrow and margins), so a header reads "Budget / rate", never "udget / rate"; and to
    the visible cells' width up to ``content_cap`` px, so a date is never "11/28/2…"."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or \
                header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        needed = max(header.sectionSizeFromContents(column).width(),
                     min(view.sizeHintForColumn(column), content_cap))
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


def keep_headers_fitted(view: QTableView, content_cap: int = 160) -> None:
    """fit_headers now and whenever the rows are replaced."""
    from PySide6.QtCore import QTimer

    def later() -> None:
        QTimer.singleShot(0, view, lambda: fit_headers(view, content_cap))

    view.model().modelReset.connect(later)
    view.model().layoutChanged.connect(later)
    view.setItemDelegate(ElidedToolTips(view))
    fit_headers(view, content_cap)


def is_elided(view: QAbstractItemView, index: QModelIndex) -> bool:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = view.visualRect(index).width() - 2 * margin
    return view.fontMetrics().horizontalAdvance(text) > width


class ElidedToolTips(QStyledItemDelegate):
    """A cell whose text is cut short ("United S…") shows all of it as its tooltip, unless
    the model gives a tooltip of its own."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option, index) -> bool:
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid() \
                and not index.data(Qt.ItemDataRole.ToolTipRole) and is_elided(view, index):
            QToolTip.showText(event.globalPos(), index.data(Qt.ItemDataRole.DisplayRole), view)
            return True
        return super().helpEvent(event, view, option, index)


def tooltip_for(view: QAbstractItemView, index: QModelIndex) -> str:
    """What hovering a cell shows: the model's tooltip, or the full text when elided."""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    if own:
        return str(own)
    return index.data(Qt.ItemDataRole.DisplayRole) if is_elided(view, index) else ""

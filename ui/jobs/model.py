"""The job table's model (ids from the search, rows loaded lazily) and the background searcher.

The search runs on its own worker thread (reads only, so it never waits behind an import on the
write worker); every request carries a generation number and a newer request supersedes an older
one — a stale result is dropped, a stale request that has not started yet never runs. The model
holds the first page of ids; as the view scrolls, `fetchMore` asks the same search for the next
page, and rows are read from the database a block at a time when they are first shown.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush

from desktop import clock
from desktop.errors import ServiceError
from desktop.services import close_thread_connection, jobs
from desktop.services.jobs import JobStatus, JobType
from models.rules import job_signals
from ui import formatting, labels, theme
from ui.jobs.reasons import reason_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
ID_ROLE = Qt.ItemDataRole.UserRole
FIRST_PAGE = 100
_BLOCK = 100
_Index = QModelIndex | QPersistentModelIndex
# Theme colour names (ui.theme) by meaning, so the dark theme keeps its contrast.
LEVEL_TONES = {"strong": "success", "fair": "warning", "weak": "error", "unknown": "muted"}
STATUS_TONES = {"new": "info", "saved": "success", "applied": "link", "hidden": "muted",
                "closed": "muted"}


def tone_brush(tone: str) -> QBrush:
    return QBrush(theme.color(tone))


@dataclass(frozen=True)
class SearchRequest:
    query: str = ""
    filters: jobs.JobFilters = field(default_factory=jobs.JobFilters)
    sort: str = "relevance"
    descending: bool | None = None
    profile: job_signals.ProfileFacts | None = None

    def run(self, limit: int, offset: int = 0, *, with_total: bool = True) -> jobs.SearchResult:
        return jobs.search(self.query, self.filters, self.sort, limit, offset,
                           descending=self.descending, with_total=with_total,
                           profile=self.profile)


class _Signals(QObject):
    finished = Signal(int, object, object)  # generation, request, SearchResult | Exception


class _SearchTask(QRunnable):
    def __init__(self, owner: Searcher, generation: int, request: SearchRequest):
        super().__init__()
        self.owner, self.generation, self.request = owner, generation, request
        self.signals = owner.signals

    def run(self) -> None:
        if self.generation != self.owner.generation:
            return  # superseded before it started
        try:
            result: object = self.request.run(FIRST_PAGE)
        except Exception as exc:  # carried to the GUI thread: a refusal is shown beside the
            result = exc  # search box, anything else is raised there for the crash handler
        self.signals.finished.emit(self.generation, self.request, result)


class Searcher(QObject):
    """Runs searches off the GUI thread; only the newest request's result is delivered."""

    results = Signal(object, object)  # request, SearchResult
    failed = Signal(object, object)  # request, Exception

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0
        self.signals = _Signals(self)
        self.signals.finished.connect(self._finished)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # Keep the thread (and its SQLite connection with a warm page cache) between searches.
        self.pool.setExpiryTimeout(-1)

    def submit(self, request: SearchRequest) -> int:
        self.generation += 1
        self.pool.start(_SearchTask(self, self.generation, request))
        return self.generation

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def _finished(self, generation: int, request: SearchRequest, result: object) -> None:
        if generation != self.generation:
            return  # a newer search is on its way
        if isinstance(result, ServiceError):
            log.info("search refused: %s", result)
            self.failed.emit(request, result)
        elif isinstance(result, Exception):
            raise result
        else:
            self.results.emit(request, result)

    def shutdown(self) -> None:
        """Close the worker's database connection (before the database is closed or swapped)."""
        self.generation += 1

        class Close(QRunnable):
            def run(self) -> None:
                close_thread_connection()

        self.pool.start(Close())
        self.pool.waitForDone(2000)


@dataclass
class Row:
    job: object
    fit: job_signals.Score
    quality: job_signals.Score


def local_date(moment: datetime) -> str:
    """The local calendar day of a UTC moment, in the user's locale."""
    return formatting.date(formatting.to_local(moment).date().toPython())


def posted_text(moment: datetime | None, now: datetime | None = None) -> str:
    """"3 h ago", "yesterday", "5 d ago", "12/3/2024" (in the user's language and locale)."""
    if moment is None:
        return ""
    now = now or clock.now()
    seconds = (now - moment).total_seconds()
    if seconds < 0:
        return local_date(moment)
    if seconds < 3600:
        return translate("JobTableModel", "{n} min ago").format(
            n=max(1, int(seconds // 60)))
    if seconds < 86400:
        return translate("JobTableModel", "{n} h ago").format(
            n=int(seconds // 3600))
    days = int(seconds // 86400)
    if days == 1:
        return translate("JobTableModel", "yesterday")
    if days < 14:
        return translate("JobTableModel", "{n} d ago").format(n=days)
    return local_date(moment)


def client_text(job) -> str:
    """The client column: where the client is, with ✗ when payment is not verified; the
    rest (spend, rating, hires) is in the tooltip and the detail, and in the cell's colour."""
    country = job.client_country or ""
    if job.client_payment_verified is False:
        return ("✗ " + country).strip()
    return country


def amount_text(job) -> str:
    """Like desktop.services.jobs.amount_text, in the user's language and locale:
    "$25–$50/h", "$30/h", "Hourly", "$500 fixed", "Fixed price", or ""."""
    def money(value: Decimal) -> str:
        whole = value == value.to_integral_value()
        return "$" + formatting.number(value, 0 if whole else 2)

    if job.job_type == JobType.HOURLY or (job.job_type is None and (job.hourly_min
                                                                    or job.hourly_max)):
        low, high = job.hourly_min, job.hourly_max
        if low is not None and high is not None and low != high:
            return translate("JobTableModel", "{low}–{high}/h").format(low=money(low),
                                                                       high=money(high))
        if low is not None or high is not None:
            return translate("JobTableModel", "{amount}/h").format(
                amount=money(low if low is not None else high))
        return labels.label(labels.JOB_TYPE, "hourly")
    if job.budget is not None:
        return translate("JobTableModel", "{amount} fixed").format(amount=money(job.budget))
    return labels.label(labels.JOB_TYPE, "fixed") if job.job_type == JobType.FIXED else ""


class JobTableModel(QAbstractTableModel):
    """Search results: ids in search order, rows fetched a block at a time, pages on demand."""

    COLUMNS = (QT_TRANSLATE_NOOP("JobTableModel", "Title"),
               QT_TRANSLATE_NOOP("JobTableModel", "Budget / rate"),
               QT_TRANSLATE_NOOP("JobTableModel", "Level"),
               QT_TRANSLATE_NOOP("JobTableModel", "Proposals"),
               QT_TRANSLATE_NOOP("JobTableModel", "Client"),
               QT_TRANSLATE_NOOP("JobTableModel", "Posted"),
               QT_TRANSLATE_NOOP("JobTableModel", "Fit"),
               QT_TRANSLATE_NOOP("JobTableModel", "Status"))
    TITLE, AMOUNT, LEVEL, PROPOSALS, CLIENT, POSTED, FIT, STATUS = range(8)
    SORT_KEYS = {TITLE: "title", AMOUNT: "budget", LEVEL: "level", PROPOSALS: "proposals",
                 CLIENT: "client", POSTED: "newest", FIT: "fit", STATUS: "status"}
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.request = SearchRequest()
        self._ids: list[int] = []
        self._total = 0
        self._more = False
        self._rows: dict[int, Row] = {}
        self._profile = job_signals.ProfileFacts()
        self._fetching = False

    # -- content --------------------------------------------------------------------------------
    def set_result(self, request: SearchRequest, result: jobs.SearchResult) -> None:
        self.beginResetModel()
        self.request = request
        self._profile = request.profile or job_signals.ProfileFacts()
        self._ids = list(result.ids)
        self._total = result.total
        self._more = result.more_than  # fetch on until a page comes back short
        self._rows.clear()
        self.endResetModel()

    def refresh_rows(self, ids: tuple[int, ...] = ()) -> None:
        """Re-read rows that changed (status, edits) without re-running the search."""
        if ids:
            for job_id in ids:
                self._rows.pop(job_id, None)
        else:
            self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    @property
    def total(self) -> int:
        return self._total

    def ids(self) -> list[int]:
        return list(self._ids)

    def job_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, job_id: int) -> int:
        try:
            return self._ids.index(job_id)
        except ValueError:
            return -1

    def row(self, row: int) -> Row | None:
        job_id = self._ids[row]
        if job_id not in self._rows:
            start = row - row % _BLOCK
            block = self._ids[start:start + _BLOCK]
            found = jobs.jobs_by_id(block)
            today = clock.today()
            for block_id in block:
                job = found.get(block_id)
                if job is None:
                    continue  # deleted since the search ran
                facts = jobs.job_facts(job)
                self._rows[block_id] = Row(
                    job, job_signals.fit_score(facts, self._profile, today=today),
                    job_signals.client_quality(facts.client, today=today))
        return self._rows.get(job_id)

    # -- lazy paging ----------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt default
        return not parent.isValid() and (len(self._ids) < self._total or self._more)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or \
                (len(self._ids) >= self._total and not self._more):
            return
        page = self.request.run(FIRST_PAGE, len(self._ids), with_total=False)
        known = set(self._ids)
        fresh = [i for i in page.ids if i not in known]
        if len(page.ids) < FIRST_PAGE and self._more:  # the end: the total is known now
            self._more = False
            self._total = len(self._ids) + len(fresh)
        if not fresh:
            self._total = len(self._ids)  # the library shrank since the count
            self._more = False
            return
        first = len(self._ids)
        self._fetching = True  # views may ask for more while rows are being inserted
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._ids.extend(fresh)
            self.endInsertRows()
        finally:
            self._fetching = False

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("JobTableModel", self.COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.AMOUNT, self.FIT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self.row(index.row())
        if row is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        job = row.job
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AMOUNT, self.FIT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.FIT:
                return tone_brush(LEVEL_TONES[row.fit.level])
            if column == self.CLIENT:
                return tone_brush(LEVEL_TONES[row.quality.level])
            if column == self.STATUS:
                return tone_brush(STATUS_TONES.get(job.status, "muted"))
            if job.status == JobStatus.HIDDEN or column in (self.POSTED, self.LEVEL):
                return tone_brush("muted")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FIT:
                return "\n".join(map(reason_text, row.fit.reasons))
            if column == self.CLIENT:
                return "\n".join(map(reason_text, row.quality.reasons))
            if column == self.TITLE:
                return job.title
            if column == self.POSTED and job.posted_at:
                return formatting.datetime(job.posted_at, long=True)
        return None

    def _display(self, row: Row, column: int) -> str:
        job = row.job
        if column == self.TITLE:
            return ("★ " if job.starred else "") + job.title
        if column == self.AMOUNT:
            return amount_text(job)
        if column == self.LEVEL:
            return labels.job_code("experience_level", job.experience_level)
        if column == self.PROPOSALS:
            return labels.job_code("proposals_band", job.proposals_band)
        if column == self.CLIENT:
            return client_text(job)
        if column == self.POSTED:
            if job.posted_at and getattr(job, "posted_at_approx", False):
                # counted back from the file's date ("19 hours ago"): an estimate, said so
                return translate("JobTableModel", "≈ {when}").format(
                    when=posted_text(job.posted_at))
            return posted_text(job.posted_at)
        if column == self.FIT:
            return "" if row.fit.value is None else str(row.fit.value)
        if column == self.STATUS:
            return labels.label(labels.JOB_STATUS, job.status)
        return ""


def with_profile(request: SearchRequest, profile: job_signals.ProfileFacts) -> SearchRequest:
    return replace(request, profile=profile)

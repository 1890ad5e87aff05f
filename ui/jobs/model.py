"""The job table's model (ids from the search, rows loaded lazily) and the background searcher.

The search runs on its own worker thread (reads only, so it never waits behind an import on the
write worker); every request carries a generation number and a newer request supersedes an older
one — a stale result is dropped, a stale request that has not started yet never runs. The model
(ui.widgets.table_model) holds the first page of ids; as the view scrolls, `fetchMore` asks the
same search for the next page, and rows are read a page at a time when they are first shown.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

from desktop import clock
from desktop.errors import ServiceError
from desktop.progress import Cancelled
from desktop.services import close_thread_connection, jobs
from desktop.services.jobs import JobStatus, JobType
from models.rules import job_signals
from ui import formatting, labels
from ui.jobs.reasons import reason_text
from ui.widgets.table_model import RIGHT, Column, IdTableModel
from ui.widgets.table_model import Cell as Painted

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
FIRST_PAGE = 100
# Theme colour names (ui.theme) by meaning, so the dark theme keeps its contrast.
LEVEL_TONES = {"strong": "success", "fair": "warning", "weak": "error", "unknown": "muted"}
STATUS_TONES = {"new": "info", "saved": "success", "applied": "link", "hidden": "muted",
                "closed": "muted"}


@dataclass(frozen=True)
class SearchRequest:
    query: str = ""
    filters: jobs.JobFilters = field(default_factory=jobs.JobFilters)
    sort: str = "relevance"
    descending: bool | None = None
    profile: job_signals.ProfileFacts | None = None

    def run(self, limit: int, offset: int = 0, *, with_total: bool = True,
            exact_total: bool = True) -> jobs.SearchResult:
        return jobs.search(self.query, self.filters, self.sort, limit, offset,
                           descending=self.descending, with_total=with_total,
                           exact_total=exact_total, profile=self.profile)

    def count(self, stop: Callable[[], bool] | None = None) -> int:
        return jobs.count(self.query, self.filters, stop=stop)


class _Signals(QObject):
    finished = Signal(int, object, object)  # generation, request, Found | Exception
    counted = Signal(int, object, object)  # generation, request, total (int) | Exception


class _SearchTask(QRunnable):
    def __init__(self, owner: Searcher, generation: int, request: SearchRequest):
        super().__init__()
        self.owner, self.generation, self.request = owner, generation, request
        self.signals = owner.signals

    def run(self) -> None:
        if self.generation != self.owner.generation:
            return  # superseded before it started
        try:
            # the first page, and a total only as far as the search read (a floor, "more than
            # 1,000 jobs"): the table shows at once and the count follows (count() below)
            found = self.request.run(FIRST_PAGE, exact_total=False)
            # the first page of rows is read here too, with each cell's text, tooltip and
            # colour, and the first job's earlier versions: the GUI thread gets a table it can
            # paint and a detail it can fill without the database or building any text
            profile = self.request.profile or job_signals.ProfileFacts()
            rows = build_rows(found.ids, profile, cells=True)
            first = found.ids[0] if found.ids else None
            history = jobs.snapshots(first) if first in rows else None
            request = self.request
            empty = found.total == 0 and not request.query.strip() \
                and not request.filters.active() and jobs.library_size() == 0
            result: object = Found(found, rows, first, history, empty)
        except Exception as exc:  # carried to the GUI thread: a refusal is shown beside the
            result = exc  # search box, anything else is raised there for the crash handler
        self.signals.finished.emit(self.generation, self.request, result)


class _CountTask(_SearchTask):
    """The exact total of a result shown with a floor (SearchResult.uncounted)."""

    def run(self) -> None:
        if self.generation != self.owner.generation:
            return  # typed on: the newer search runs instead of this count
        try:  # stopped when a newer search is asked meanwhile: that one runs next
            total: object = self.request.count(
                stop=lambda: self.generation != self.owner.generation)
        except Cancelled:
            return
        except Exception as exc:
            total = exc
        self.signals.counted.emit(self.generation, self.request, total)


class Searcher(QObject):
    """Runs searches off the GUI thread; only the newest request's result is delivered."""

    results = Signal(object, object)  # request, Found
    counted = Signal(object, int)  # request, its exact total (after a result that had a floor)
    failed = Signal(object, object)  # request, Exception

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0
        self.shown = 0  # the generation of the last result delivered
        self.signals = _Signals(self)
        self.signals.finished.connect(self._finished)
        self.signals.counted.connect(self._counted)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # Keep the thread (and its SQLite connection with a warm page cache) between searches.
        self.pool.setExpiryTimeout(-1)

    def submit(self, request: SearchRequest) -> int:
        self.generation += 1
        self.pool.start(_SearchTask(self, self.generation, request))
        return self.generation

    def count(self, request: SearchRequest) -> None:
        """Count the matches of the result just shown (it came with a floor, `uncounted`); the
        tab asks once the result is drawn, so the count (a walk of every match: 0.1-0.3 s in a
        1M library) does not take a core from the GUI thread while it paints. Not asked while
        a newer search is on its way, and superseded by one like a search is."""
        if self.shown == self.generation:
            self.pool.start(_CountTask(self, self.generation, request))

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
            self.shown = generation
            self.results.emit(request, result)

    def _counted(self, generation: int, request: SearchRequest, total: object) -> None:
        if generation != self.generation:
            return
        if isinstance(total, ServiceError):
            log.info("count refused: %s", total)
            self.failed.emit(request, total)
        elif isinstance(total, Exception):
            raise total
        else:
            self.counted.emit(request, total)

    def shutdown(self) -> None:
        """Close the worker's database connection (before the database is closed or swapped)."""
        self.generation += 1

        class Close(QRunnable):
            def run(self) -> None:
                close_thread_connection()

        self.pool.start(Close())
        self.pool.waitForDone(2000)


Cell = tuple[str, "str | None", "str | None"]  # text, tooltip, tone (a ui.theme colour name)


@dataclass
class Row:
    job: object
    fit: job_signals.Score
    quality: job_signals.Score
    # each column's (text, tooltip, tone), made once: on the search worker for the first
    # page, else the first time the row is painted (JobTableModel.data)
    cells: tuple[Cell, ...] | None = None


@dataclass
class Found:
    """What the search worker hands the GUI thread: the result and its first page of rows
    (with their cells), the earlier versions of the first job (`history` of `first`), and
    whether the library is empty."""

    result: jobs.SearchResult
    rows: dict[int, Row]
    first: int | None = None
    history: list | None = None
    empty_library: bool = False  # no job at all (not just none matching): the empty state


def build_rows(ids: list[int], profile: job_signals.ProfileFacts, *,
               cells: bool = False) -> dict[int, Row]:
    """The table's rows of these ids (a job deleted since the search is missing); `cells`:
    with their cells' texts (the search worker makes them for the first page)."""
    today = clock.today()
    rows = {}
    for job_id, job in jobs.jobs_by_id(ids).items():
        facts = jobs.job_facts(job)
        row = Row(job, job_signals.fit_score(facts, profile, today=today),
                  job_signals.client_quality(facts.client, today=today))
        if cells:
            row.cells = cells_of(row)
        rows[job_id] = row
    return rows


def cells_of(row: Row) -> tuple[Cell, ...]:
    """What each column shows for a row: the columns' own functions, called once."""
    return tuple((column.display(row),
                  column.tooltip(row) if column.tooltip is not None else None,
                  column.tone(row) if column.tone is not None else None)
                 for column in JobTableModel.columns)


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


def _tone(row: Row) -> str | None:
    return "muted" if row.job.status == JobStatus.HIDDEN else None


def _posted(row: Row) -> str:
    job = row.job
    if job.posted_at and getattr(job, "posted_at_approx", False):
        # counted back from the file's date ("19 hours ago"): an estimate, said so
        return translate("JobTableModel", "≈ {when}").format(when=posted_text(job.posted_at))
    return posted_text(job.posted_at)


_UNCOUNTED = 2**62


class JobTableModel(IdTableModel[Row]):
    """Search results: ids in search order (more pages as the view scrolls), rows a page at
    a time with their fit for the request's profile."""

    columns = (
        Column(QT_TRANSLATE_NOOP("JobTableModel", "Title"),
               lambda r: ("★ " if r.job.starred else "") + r.job.title, sort="title",
               tooltip=lambda r: r.job.title, tone=_tone),
        Column(QT_TRANSLATE_NOOP("JobTableModel", "Budget / rate"),
               lambda r: amount_text(r.job), sort="budget", tone=_tone, right=True),
        Column(QT_TRANSLATE_NOOP("JobTableModel", "Level"),
               lambda r: labels.job_code("experience_level", r.job.experience_level),
               sort="level", tone=lambda r: "muted"),
        Column(QT_TRANSLATE_NOOP("JobTableModel", "Proposals"),
               lambda r: labels.job_code("proposals_band", r.job.proposals_band),
               sort="proposals", tone=_tone),
        Column(QT_TRANSLATE_NOOP("JobTableModel", "Client"), lambda r: client_text(r.job),
               sort="client", tooltip=lambda r: "\n".join(map(reason_text, r.quality.reasons)),
               tone=lambda r: LEVEL_TONES[r.quality.level]),
        Column(QT_TRANSLATE_NOOP("JobTableModel", "Posted"), _posted, sort="newest",
               tooltip=lambda r: formatting.datetime(r.job.posted_at, long=True)
               if r.job.posted_at else None, tone=lambda r: "muted"),
        Column(QT_TRANSLATE_NOOP("JobTableModel", "Fit"),
               lambda r: "" if r.fit.value is None else str(r.fit.value), sort="fit",
               tooltip=lambda r: "\n".join(map(reason_text, r.fit.reasons)),
               tone=lambda r: LEVEL_TONES[r.fit.level], right=True),
        Column(QT_TRANSLATE_NOOP("JobTableModel", "Status"),
               lambda r: labels.label(labels.JOB_STATUS, r.job.status), sort="status",
               tone=lambda r: STATUS_TONES.get(r.job.status, "muted")))
    TITLE, AMOUNT, LEVEL, PROPOSALS, CLIENT, POSTED, FIT, STATUS = range(8)
    SORT_KEYS = {number: column.sort for number, column in enumerate(columns)}
    PAGE = FIRST_PAGE
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.request = SearchRequest()
        self._profile = job_signals.ProfileFacts()

    def set_result(self, request: SearchRequest, result: jobs.SearchResult,
                   rows: dict[int, Row] | None = None) -> None:
        """Show a search's result; `rows`: the first page's, already read (Found.rows)."""
        self.request = request
        self._profile = request.profile or job_signals.ProfileFacts()
        # more_than (a big workspace did not count every match): fetch pages until one brings
        # nothing new, which makes the total exact (IdTableModel.fetchMore)
        self.set_ids(result.ids, _UNCOUNTED if result.more_than else result.total)
        if rows is not None:  # page 0 as IdTableModel.item() would have read it
            asked = self._ids[:self.PAGE]
            self._pages[0] = (frozenset(asked), {i: rows[i] for i in asked if i in rows})

    def set_total(self, total: int) -> None:
        """The exact total of the result shown (it had a floor): pages are fetched up to it."""
        self._total = max(total, len(self._ids))

    def cells(self, item: Row) -> tuple[Painted, ...]:
        """A row's texts and colours as the search worker made them (cells_of), or made now."""
        if item.cells is None:
            item.cells = cells_of(item)
        return tuple((text, tone, None, False, RIGHT if column.right else None)
                     for (text, _tip, tone), column in zip(item.cells, self.columns, strict=True))

    def tooltip(self, item: Row, column: int) -> str | None:
        if item.cells is None:
            item.cells = cells_of(item)
        return item.cells[column][1]

    def job_id(self, row: int) -> int | None:
        return self.id_at(row)

    def row(self, row: int) -> Row | None:
        return self.item(row)

    def more_ids(self, offset: int) -> list[int]:
        return list(self.request.run(FIRST_PAGE, offset, with_total=False).ids)

    def load_rows(self, ids: list[int]) -> dict[int, Row]:
        return build_rows(ids, self._profile)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is not None:  # the tab runs the search again, off the GUI thread
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)


def with_profile(request: SearchRequest, profile: job_signals.ProfileFacts) -> SearchRequest:
    return replace(request, profile=profile)

"""Search: the query language, the filters, the sorts and the one `search()` everything uses.

`search(query, filters, sort, limit, offset)` is the one search function; the tab, the CLI and
saved searches go through it. On SQLite it is FTS5 with bm25 ranking over title, description,
skills and category; on a PostgreSQL workspace search_pg.py runs the same conditions, orders and
paging over a tsvector.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from desktop import clock
from desktop.errors import Code
from desktop.progress import Cancelled
from desktop.services import db
from desktop.services.jobs.common import QueryError, stamp
from desktop.services.jobs.fit import profile_facts
from models.db import is_postgres
from models.rules import job_signals
from models.rules.money import to_cents

PAGE = 100
# Relevance ranks (bm25) the newest RANKED matches that pass the filters; when more match,
# the older ones follow, newest first. Scoring every match of a common word costs a bm25 call
# per match (its positions in four columns: 100,000+ calls in a 1M library) and a sort of
# them all; the newest thousand are the ones a freelancer can still apply to.
RANKED = 1000
# A search reads the covering index (and the FTS doclists) of every match: in a 1M library
# that is ~100 MB of encrypted pages, and with the default 16 MB cache a count decrypted most
# of them again each time (measured in a 250k library: a count's p50 665 ms -> 192 ms with a
# larger cache). The connection that searches keeps up to this many KiB; a cache grows only
# as pages are read, so a small library costs nothing more.
SEARCH_CACHE_KIB = 160_000
# A count given `stop` asks it every this many SQLite VM steps (a few ms of a count) whether
# it is still wanted.
STOP_CHECK_STEPS = 200_000
SORTS = {"relevance": "Relevance", "newest": "Newest", "budget": "Budget / rate", "fit": "Fit"}


@dataclass(frozen=True)
class JobFilters:
    """The marketplace's filters. Empty tuples/None mean "any"."""

    job_types: tuple[str, ...] = ()
    min_rate: Decimal | None = None  # hourly jobs: top of the range at least this
    max_rate: Decimal | None = None  # hourly jobs: bottom of the range at most this
    min_budget: Decimal | None = None  # fixed-price jobs
    max_budget: Decimal | None = None
    experience: tuple[str, ...] = ()
    durations: tuple[str, ...] = ()
    workloads: tuple[str, ...] = ()
    proposals: tuple[str, ...] = ()
    max_connects: int | None = None
    verified_only: bool = False
    min_client_spent: Decimal | None = None
    min_client_hires: int | None = None
    countries: tuple[str, ...] = ()
    posted_within_days: int | None = None
    statuses: tuple[str, ...] = ()  # empty: everything but hidden
    starred_only: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Only what differs from the defaults, JSON-friendly (saved searches)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value != f.default:
                out[f.name] = list(value) if isinstance(value, tuple) else \
                    (str(value) if isinstance(value, Decimal) else value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> JobFilters:
        kinds = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, value in (data or {}).items():
            if name not in kinds or value is None:
                continue  # a saved search from a newer version: ignore what we don't know
            default = kinds[name].default
            if isinstance(default, tuple):
                values[name] = tuple(value)
            elif name.startswith(("min_", "max_")) and name not in ("max_connects",
                                                                   "min_client_hires"):
                values[name] = Decimal(str(value))
            else:
                values[name] = value
        return cls(**values)

    def active(self) -> int:
        """How many filters are set (for the "Filters (3)" button)."""
        return len(self.to_dict())



@dataclass
class SearchResult:
    ids: list[int]
    total: int
    query: str = ""  # the backend's expression actually run ("" for none)
    # more than `total` match ("more than 500 jobs"): a workspace with more matches than it
    # ranks (search_pg.RANKED) does not count them all
    more_than: bool = False
    # a library search asked with exact_total=False that found more than it read: `total` is
    # that floor (more_than), and count() with the same words and filters gives the number
    uncounted: bool = False


# ---------------------------------------------------------------------------------------------
# The query language, read once and written for either backend

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
WORDS = re.compile(r"\w+", re.UNICODE)

Term = tuple[tuple[str, ...], bool]  # (words of a word or phrase, whether the last is a prefix)


def parse_query(text: str) -> tuple[list[list[Term]], list[Term]]:
    """The user's search words -> (terms that must all match, each a list of alternatives;
    terms to exclude).

    Words are ANDed; "quoted phrases" stay phrases; -word or -"a phrase" excludes; OR between
    two terms means either; word* is a prefix, and so is the last word while it is being typed
    (no space after it yet).
    """
    include: list[list[Term]] = []
    exclude: list[Term] = []
    pending_or = False
    matches = list(_TOKEN.finditer(text))
    typing = bool(text) and not text[-1].isspace()
    for n, match in enumerate(matches):
        negative, phrase, bare = match.group(1), match.group(2), match.group(3)
        prefix = False
        if bare is not None:
            if bare == "OR" and include:
                pending_or = True
                continue
            negative = "-" if bare.startswith("-") and len(bare) > 1 else ""
            word = bare[1:] if negative else bare
            prefix = word.endswith("*") or (n == len(matches) - 1 and typing and not negative)
            pieces = WORDS.findall(word)
        else:
            pieces = WORDS.findall(phrase)
        if not pieces:
            continue
        term = (tuple(pieces), prefix)
        if negative:
            exclude.append(term)
        elif pending_or:
            include[-1].append(term)
            pending_or = False
        else:
            include.append([term])
    return include, exclude


def render_query(text: str, term: Callable[[Term], str], both: str,
                 either: str) -> tuple[str, str]:
    """`parse_query` written in a backend's syntax: (must match, exclude); alternatives are
    nested pairwise, "((a OR b) OR c)"."""
    include, exclude = parse_query(text)
    groups = []
    for alternatives in include:
        written = term(alternatives[0])
        for other in alternatives[1:]:
            written = f"({written} {either} {term(other)})"
        groups.append(written)
    return f" {both} ".join(groups), f" {either} ".join(term(t) for t in exclude)


def _fts_term(term: Term) -> str:
    words, prefix = term
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def compile_query(text: str) -> tuple[str, str]:
    """The user's search words -> (FTS5 expression that must match, expression to exclude).
    Everything is quoted for FTS5, so no input is a syntax error."""
    return render_query(text, _fts_term, "AND", "OR")


# ---------------------------------------------------------------------------------------------
# Conditions and orders (SQLite's SQL; search_pg.py translates them)

_ORDER = {
    "newest": ("j.posted_at {d}, j.id {d}", True),
    "budget": ("coalesce(j.budget_cents, j.hourly_max_cents, j.hourly_min_cents) {d} NULLS LAST, "
               "j.id {d}", True),
    "fit": ("job_fit(j.title, j.skills, j.job_type, j.hourly_min_cents, j.hourly_max_cents, "
            "j.budget_cents, j.proposals_band, j.client_payment_verified, j.client_rating, "
            "j.client_reviews, j.client_spent_cents, j.client_hires, j.client_hire_rate) {d}, "
            "j.id {d}", True),
    "title": ("j.title COLLATE NOCASE {d}, j.id {d}", False),
    "type": ("j.job_type {d}, j.id {d}", False),
    "level": ("CASE j.experience_level WHEN 'entry' THEN 1 WHEN 'intermediate' THEN 2 "
              "WHEN 'expert' THEN 3 END {d} NULLS LAST, j.id {d}", True),
    "proposals": ("CASE j.proposals_band WHEN 'lt5' THEN 1 WHEN '5to10' THEN 2 WHEN '10to15' "
                  "THEN 3 WHEN '15to20' THEN 4 WHEN '20to50' THEN 5 WHEN '50plus' THEN 6 END "
                  "{d} NULLS LAST, j.id {d}", False),
    "client": ("j.client_spent_cents {d} NULLS LAST, j.id {d}", True),
    "status": ("j.status {d}, j.id {d}", False),
    "connects": ("j.connects_required {d} NULLS LAST, j.id {d}", False),
}
SORT_KEYS = ("relevance", *_ORDER)
# Title counts most, then skills, category, and the description's many words least.
BM25 = "bm25(job_fts, 8.0, 1.0, 4.0, 2.0)"


def order_sql(sort: str, descending: bool | None) -> str:
    """ORDER BY of a sort other than relevance; `descending` flips its natural direction."""
    template, natural_desc = _ORDER[sort]
    down = natural_desc if descending is None else descending
    return template.format(d="DESC" if down else "ASC")


def _in(column: str, values: tuple[str, ...], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' * len(values))})"


def _filter_sql(f: JobFilters, params: list[Any], *, now: datetime | None = None) -> list[str]:
    where: list[str] = []
    if f.statuses:
        where.append(_in("j.status", f.statuses, params))
    else:
        where.append("j.status != 'hidden'")
    if f.job_types:
        where.append(_in("j.job_type", f.job_types, params))
    kinds = []
    if f.min_rate is not None or f.max_rate is not None:
        parts = ["j.job_type = 'hourly'"]
        if f.min_rate is not None:
            parts.append("coalesce(j.hourly_max_cents, j.hourly_min_cents) >= ?")
            params.append(to_cents(f.min_rate))
        if f.max_rate is not None:
            parts.append("coalesce(j.hourly_min_cents, j.hourly_max_cents) <= ?")
            params.append(to_cents(f.max_rate))
        kinds.append("(" + " AND ".join(parts) + ")")
    if f.min_budget is not None or f.max_budget is not None:
        parts = ["j.job_type = 'fixed'"]
        if f.min_budget is not None:
            parts.append("j.budget_cents >= ?")
            params.append(to_cents(f.min_budget))
        if f.max_budget is not None:
            parts.append("j.budget_cents <= ?")
            params.append(to_cents(f.max_budget))
        kinds.append("(" + " AND ".join(parts) + ")")
    if kinds:
        where.append("(" + " OR ".join(kinds) + ")")
    for column, values in (("j.experience_level", f.experience), ("j.duration", f.durations),
                           ("j.workload", f.workloads), ("j.proposals_band", f.proposals),
                           ("j.client_country", f.countries)):
        if values:
            where.append(_in(column, values, params))
    if f.max_connects is not None:
        where.append("j.connects_required <= ?")
        params.append(f.max_connects)
    if f.verified_only:
        where.append("j.client_payment_verified = 1")
    if f.min_client_spent is not None:
        where.append("j.client_spent_cents >= ?")
        params.append(to_cents(f.min_client_spent))
    if f.min_client_hires is not None:
        where.append("j.client_hires >= ?")
        params.append(f.min_client_hires)
    if f.posted_within_days is not None:
        where.append("j.posted_at >= ?")
        params.append(stamp((now or clock.now()) - timedelta(days=f.posted_within_days)))
    if f.starred_only:
        where.append("j.starred = 1")
    return where


def conditions(filters: JobFilters, newer_than: int | None, now: datetime | None,
               params: list[Any]) -> list[str]:
    """WHERE conditions of the filters (and "added after job `newer_than`"), params appended."""
    where = _filter_sql(filters, params, now=now)
    if newer_than is not None:
        where.append("j.id > ?")
        params.append(newer_than)
    return where


def page_total(ids: list[int], offset: int, limit: int, with_total: bool,
               counter: Callable[[], int]) -> int:
    """The total of a LIMIT/OFFSET page: known when the first page is not full, else counted
    (or, without `with_total`, as many as seen so far)."""
    if not with_total:
        return offset + len(ids)
    if offset == 0 and len(ids) < limit:
        return len(ids)
    return counter()


def register_fit(profile: job_signals.ProfileFacts) -> None:
    """Give this thread's connection a job_fit() that judges against `profile`."""
    def fit(*columns: Any) -> float | None:
        return job_signals.fit_from_columns(profile, *columns)

    db.connection().create_function("job_fit", 13, fit, deterministic=True)


def _where(query: str, filters: JobFilters, newer_than: int | None,
           now: datetime | None) -> tuple[str, list[str], list[Any]]:
    """(FTS5 match expression, WHERE conditions, their parameters) of one search."""
    match, exclude = compile_query(query or "")
    params: list[Any] = []
    where = conditions(filters, newer_than, now, params)
    if exclude:
        where.append("j.id NOT IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)")
        params.append(exclude)
    return match, where, params


# The filters are checked in this covering index (migration 0003), never in the wide job rows.
_FACETS = "job j INDEXED BY job_search_facets"
# A text search checks them for each match in job_facet (migration 0018), a narrow table keyed
# on the job id: an integer seek per match instead of an index seek comparing records.
_REL_FROM = "job_fts CROSS JOIN job_facet j ON j.id = job_fts.rowid"


def _run(sql: str, params: list[Any], query: str) -> list[tuple[Any, ...]]:
    try:
        return db.connection().execute(sql, params).fetchall()
    except Exception as exc:  # sqlite3/sqlcipher OperationalError: an expression FTS5 refused
        if "fts5" in str(exc).lower():
            raise QueryError(Code.JOB_QUERY_REFUSED, query=query) from exc
        raise


def search(query: str = "", filters: JobFilters | None = None, sort: str = "relevance",
           limit: int = PAGE, offset: int = 0, *, descending: bool | None = None,
           newer_than: int | None = None, with_total: bool = True,
           exact_total: bool = True, profile: job_signals.ProfileFacts | None = None,
           now: datetime | None = None) -> SearchResult:
    """Ids of the jobs matching `query` and `filters`, one page, in `sort` order.

    sort: relevance (bm25; newest when there is no text), newest, budget, fit, or a column
    (title, type, level, proposals, client, status, connects). `descending` flips the sort's
    natural direction. `newer_than` keeps jobs added after that job id (saved searches' "new").
    The total counts every match (for "1,234 jobs"); skip it with `with_total=False`. With
    `exact_total=False` a first page that does not hold every match is not counted further: the
    total is a true floor ("more than 1,000 jobs", `more_than` and `uncounted` set) and
    count() gives the number afterwards (in a 1M library the count walks every match: a
    common word's 50,000-250,000, several times the page's own time). A workspace's totals
    are floors already and ignore it.

    Relevance reads the matches newest first (FTS5's rowid order), checks the filters in
    job_facet and scores (bm25) only the newest RANKED that pass; see `_relevance`.
    """
    filters = filters or JobFilters()
    if sort not in SORT_KEYS:
        raise QueryError(Code.JOB_UNKNOWN_SORT, value=sort, choices=", ".join(SORT_KEYS))
    if is_postgres():  # a workspace: tsvector search, desktop/services/search_pg.py
        from desktop.services import search_pg

        return search_pg.search(query, filters, sort, limit, offset, descending=descending,
                                newer_than=newer_than, with_total=with_total, profile=profile,
                                now=now)
    _search_cache()
    match, where, params = _where(query, filters, newer_than, now)
    if sort == "relevance" and not match:
        sort = "newest"
    condition = " AND ".join(where)
    if sort == "relevance":
        return _relevance(query, match, condition, params, limit, offset, descending,
                          with_total, exact_total)
    if sort == "fit":
        register_fit(profile if profile is not None else profile_facts())
    order = order_sql(sort, descending)
    floor = with_total and not exact_total  # one row more than the page: whether more match
    if match:
        sql = (f"SELECT j.id FROM job_fts CROSS JOIN job j ON j.id = job_fts.rowid "
               f"WHERE job_fts MATCH ? AND {condition} ORDER BY {order} LIMIT ? OFFSET ?")
        rows = _run(sql, [match, *params, limit + floor, offset], query)
    else:
        sql = f"SELECT j.id FROM job j WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?"
        rows = _run(sql, [*params, limit + floor, offset], query)
    ids = [r[0] for r in rows[:limit]]
    if floor:
        if len(rows) > limit:
            return SearchResult(ids, offset + limit, match, more_than=True, uncounted=True)
        return SearchResult(ids, offset + len(ids), match)  # the last page: exact
    total = page_total(ids, offset, limit, with_total,
                       lambda: count(query, filters, newer_than=newer_than, now=now))
    return SearchResult(ids, total, match)


def _search_cache() -> None:
    db.connection().execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")


def _relevance(query: str, match: str, condition: str, params: list[Any], limit: int,
               offset: int, descending: bool | None, with_total: bool,
               exact_total: bool = True) -> SearchResult:
    """Relevance order: the newest RANKED matches that pass the filters, best bm25 first (ties:
    newer first; `descending` flips it), then every older match, newest first. Both parts
    come from one newest-first walk of the matches, so a page past RANKED is that walk's
    LIMIT/OFFSET and no match is skipped or shown twice. When fewer than RANKED pass, that
    walk is every match and is the count; otherwise the count is the RANKED + 1 it read plus
    the matches older than the last of them (FTS5 starts that walk at the rowid, so no match
    is walked twice: in the bench's searches at 100,000 jobs the newest 1,001 that pass span
    about three quarters of the matches, which the whole count walked again)."""
    where = f"WHERE job_fts MATCH ? AND {condition}"
    if offset >= RANKED:
        ids = [r[0] for r in _run(f"SELECT j.id FROM {_REL_FROM} {where} ORDER BY "
                                  f"job_fts.rowid DESC LIMIT ? OFFSET ?",
                                  [match, *params, limit, offset], query)]
        total = (_count(query, match, condition, params) if with_total
                 else offset + len(ids))
        return SearchResult(ids, total, match)
    rows = _run(f"SELECT j.id, {BM25} FROM {_REL_FROM} {where} ORDER BY job_fts.rowid DESC "
                f"LIMIT ?", [match, *params, RANKED + 1], query)
    more = len(rows) > RANKED
    oldest_read = rows[-1][0] if rows else 0  # j.id is the match's rowid
    del rows[RANKED:]
    # bm25 is lower for better matches; ties: newer job first
    rows.sort(key=lambda r: (-r[1], r[0]) if descending else (r[1], -r[0]))
    ids = [r[0] for r in rows[offset:offset + limit]]
    if more and offset + limit > RANKED:  # the page runs past the ranked ones
        ids += [r[0] for r in _run(f"SELECT j.id FROM {_REL_FROM} {where} ORDER BY "
                                   f"job_fts.rowid DESC LIMIT ? OFFSET ?",
                                   [match, *params, offset + limit - RANKED, RANKED], query)]
    if not more:
        return SearchResult(ids, len(rows), match)
    if not with_total:
        return SearchResult(ids, offset + len(ids), match)
    if not exact_total and offset + limit <= RANKED:  # RANKED + 1 passed: a true floor,
        return SearchResult(ids, RANKED, match, more_than=True, uncounted=True)  # count() next
    older = _count(query, match, f"{condition} AND job_fts.rowid < ?", [*params, oldest_read])
    return SearchResult(ids, RANKED + 1 + older, match)


def _count(query: str, match: str, condition: str, params: list[Any]) -> int:
    return int(_run(f"SELECT count(*) FROM {_REL_FROM} WHERE job_fts MATCH ? AND {condition}",
                    [match, *params], query)[0][0])


def count(query: str = "", filters: JobFilters | None = None, *,
          newer_than: int | None = None, now: datetime | None = None,
          stop: Callable[[], bool] | None = None) -> int:
    """How many jobs match, counted in job_facet or the covering index without reading job
    rows. `stop`: asked every few ms while counting; when it says True the count ends with
    Cancelled (a count of a common word in a 1M library walks 0.1-0.3 s of matches; the Jobs
    tab stops one that a newer search has superseded). A workspace's count ignores it."""
    if is_postgres():
        from desktop.services import search_pg

        return search_pg.count_matching(query, filters or JobFilters(), newer_than, now)
    if stop is None:
        return _count_matching(query, filters, newer_than, now)
    connection = db.connection()
    connection.set_progress_handler(lambda: 1 if stop() else 0, STOP_CHECK_STEPS)
    try:
        return _count_matching(query, filters, newer_than, now)
    except Exception as exc:  # sqlite3/sqlcipher OperationalError "interrupted"
        if "interrupt" in str(exc).lower() and stop():
            raise Cancelled from exc
        raise
    finally:
        connection.set_progress_handler(None, 0)


def _count_matching(query: str, filters: JobFilters | None, newer_than: int | None,
                    now: datetime | None) -> int:
    _search_cache()
    match, where, params = _where(query, filters or JobFilters(), newer_than, now)
    condition = " AND ".join(where)
    if match:
        sql = f"SELECT count(*) FROM {_REL_FROM} WHERE job_fts MATCH ? AND {condition}"
        return int(_run(sql, [match, *params], query)[0][0])
    return int(_run(f"SELECT count(*) FROM {_FACETS} WHERE {condition}", params, query)[0][0])

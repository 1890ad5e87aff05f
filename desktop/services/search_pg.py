"""Job search on a PostgreSQL workspace: the same `jobs.search()` over a weighted tsvector.

The job table has a generated `search_vector` (migration 0001's PostgreSQL branch: title A,
skills B, category C, description D, stemmed with the 'english' configuration) and a GIN index
on it; triggers copy it, with the filters' columns, into `job_facet` (migration 0021), a narrow
table with a GIN index of its own that the search reads instead of the wide job rows. The
user's query language is the one `query.parse_query` reads — words ANDed, "quoted phrases",
-exclusions, OR between two terms, word* and the word being typed as a prefix — compiled here
to a tsquery instead of an FTS5 expression. Filters are the same SQL
(`query.conditions`), sorts the same orders (`query.order_sql`) with SQLite's NULL placement
kept (NULL is the smallest value there), pages the same totals (`query.page_total`).
Relevance is ts_rank with the weights of FTS5's bm25 (8, 4, 2, 1).

Bounded for big workspaces (1M postings): ranking reads every match's tsvector, and counting
reads every matching row, so a word in 100,000 postings cost about a second. Both look only at
the newest matches instead (:func:`_newest_matches`: a window of job ids from the newest down,
widened until it holds RANKED + 1 matches, so the GIN index and the primary key narrow the rows
together). When at most RANKED jobs match, that is all of them: the order and the exact total
are what ranking everything gives. When more match, the newest RANKED are ranked and come
first, the rest follow newest first, and the total is a floor that is true: SearchResult.more_than
says more than `total` match, and the Jobs tab shows "more than 500 jobs". (Estimates were
tried — the planner's, corrected by the newest matches — and were up to 2x low on the 1M
benchmark: not a figure to show as "about".) A last page that comes back short makes the
total exact again.

Differences a user may notice, both from PostgreSQL's text search: English stop words ("the",
"and") are not searched for, and accents are not folded (that needs the unaccent extension).
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from peewee import ProgrammingError

from desktop.errors import Code
from desktop.services.jobs import query
from desktop.services.jobs.common import QueryError
from desktop.services.jobs.fit import profile_facts
from desktop.services.jobs.query import JobFilters, SearchResult
from models.db import database as db
from models.rules import job_signals

CONFIG = "english"


def _term(term: query.Term) -> str:
    words, prefix = term
    quoted = [f"'{w}'" for w in words]
    if prefix:
        quoted[-1] += ":*"
    return quoted[0] if len(quoted) == 1 else "(" + " <-> ".join(quoted) + ")"


def compile_tsquery(text: str) -> tuple[str, str]:
    """The user's search words -> (tsquery text that must match, tsquery text to exclude).

    Reads exactly what query.compile_query reads (query.parse_query); every word is quoted,
    so no input is a syntax error.
    """
    return query.render_query(text, _term, "&", "|")


def _pg(sql: str) -> str:
    """SQLite's filter/order SQL in PostgreSQL's words (placeholders, booleans, NULL order)."""
    sql = sql.replace("?", "%s")
    sql = re.sub(r"\b(j\.(?:client_payment_verified|starred)) = 1\b", r"\1", sql)
    sql = sql.replace("j.title COLLATE NOCASE", "lower(j.title)")
    return re.sub(r" (ASC|DESC)\b(?! NULLS)",
                  lambda m: f" {m.group(1)} NULLS {'FIRST' if m.group(1) == 'ASC' else 'LAST'}",
                  sql)


# The search reads job_facet (migration 0021): the filters' columns and a copy of the tsvector,
# with a GIN index of its own, ~16 rows a page where the job table holds ~10. Only the sorts
# that order by what it lacks (title, fit) read the job table.
_NARROW = "job_facet"


def _parts(text: str, filters: JobFilters, newer_than: int | None,
           now: datetime | None, table: str = _NARROW) -> tuple[str, str, list[Any]]:
    """(FROM … WHERE … sql, tsquery text that must match, params), reading `table` as j."""
    include, exclude = compile_tsquery(text or "")
    params: list[Any] = [include, exclude]
    where = query.conditions(filters, newer_than, now, params)
    if include:
        where.append("j.search_vector @@ q.inc")
    if exclude:
        where.append("NOT (j.search_vector @@ q.exc)")
    sql = (f"FROM {table} j, (SELECT to_tsquery('{CONFIG}', %s) AS inc, "
           f"to_tsquery('{CONFIG}', %s) AS exc) q WHERE " + _pg(" AND ".join(where)))
    return sql, include, params


def _run(sql: str, params: list[Any], text: str) -> list[tuple[Any, ...]]:
    try:
        return list(db.execute_sql(sql, params).fetchall())
    except ProgrammingError as exc:  # a tsquery the server refused
        if "tsquery" in str(exc).lower():
            raise QueryError(Code.JOB_QUERY_REFUSED, query=text) from exc
        raise


_FIT_COLUMNS = ("j.title, j.skills, j.job_type, j.hourly_min_cents, j.hourly_max_cents, "
                "j.budget_cents, j.proposals_band, j.client_payment_verified, j.client_rating, "
                "j.client_reviews, j.client_spent_cents, j.client_hires, j.client_hire_rate")


# Relevance ranks (and the total counts exactly) up to this many of the newest matches. The
# SQLite library ranks query.RANKED (1,000), in the same order; here half that, because each
# match ranked reads its tsvector from a table row (1M bench, from the wide job row then:
# p50 ~160 ms at 1,000, ~90 ms at 500, on a loaded machine).
RANKED = 500
# Job ids looked at first (widened as the matches in it say, 8 times over when none). Wide: the
# planner stops a walk of the newest ids at the want-th match, so a big first window costs a
# common word little, and most searches are one query instead of two (1M bench, 128 MB shared
# buffers: p50 ~17 -> ~13 ms at 100,000 ids against 8,000; tests/perf/NOTES.md).
_FIRST_WINDOW = 200 * RANKED
# ts_rank's weights are given {D, C, B, A}: description 1, category 2, skills 4, title 8.
_RANK_OF_WINDOW = "ts_rank('{0.125, 0.25, 0.5, 1.0}', m.search_vector, m.inc)"


def _newest_matches(body: str, params: list[Any], text: str, want: int, *,
                    rank: bool) -> list[tuple[Any, ...]]:
    """Up to `want` matches, newest (highest id) first, as (id[, rank]) rows.

    A window of the newest job ids is searched first and widened until it holds `want`
    matches or covers everything: a common word fills it (the planner walks the newest ids
    down to the want-th match, or ANDs the GIN bitmap with the id range so only those rows
    are read), a rare one widens it to the whole library in a step or two."""
    low, high = db.execute_sql("SELECT min(id), max(id) FROM job").fetchone()
    if low is None:
        return []
    columns = f"m.id, {_RANK_OF_WINDOW}" if rank else "m.id"
    span = _FIRST_WINDOW
    while True:
        floor = high - span
        bounded = floor >= low
        rows = _run(f"SELECT {columns} FROM (SELECT j.id, j.search_vector, q.inc {body}"
                    + (" AND j.id > %s" if bounded else "")
                    + " ORDER BY j.id DESC LIMIT %s) m",
                    [*params, *([floor] if bounded else []), want], text)
        if len(rows) >= want or not bounded:
            return rows
        # as wide as the matches seen so far say it takes, with a margin; past half of the
        # library, all of it (the GIN index's bitmap then costs less than the id walk)
        span = span * 8 if not rows else int(span * want / len(rows) * 2)
        if span > (high - low) // 2:
            span = high - low + 1


def _bounded_total(body: str, params: list[Any], text: str) -> tuple[int, bool]:
    """(total, whether more than it match): exact up to RANKED matches; beyond, RANKED and
    "more than"."""
    found = _newest_matches(body, params, text, RANKED + 1, rank=False)
    return (len(found), False) if len(found) <= RANKED else (RANKED, True)


def _relevance(body: str, params: list[Any], text: str, include: str, limit: int,
               offset: int, descending: bool | None, with_total: bool) -> SearchResult:
    found: list[tuple[Any, ...]] = []
    if offset < RANKED:
        found = _newest_matches(body, params, text, RANKED + 1, rank=True)
    window = found[:RANKED]
    # better matches first; ties: newer job first (`descending` flips the ranked window)
    window.sort(key=lambda r: (r[1], r[0]) if descending else (-r[1], -r[0]))
    ids = [r[0] for r in window[offset:offset + limit]]
    more = len(found) > RANKED  # matches past the page (a page inside the ranked window)
    if offset + limit > RANKED and (len(found) > RANKED or offset >= RANKED):
        start = max(offset, RANKED)  # past the ranked window: the other matches, newest first
        need = offset + limit - start
        rows = _run(f"SELECT j.id {body} ORDER BY j.id DESC LIMIT %s OFFSET %s",
                    [*params, need + 1, start], text)  # one more: whether the page is the last
        more = len(rows) > need
        ids += [r[0] for r in rows[:need]]
    if offset < RANKED and len(found) <= RANKED:
        return SearchResult(ids, len(found), include)  # every match was ranked: exact
    if not more:
        return SearchResult(ids, offset + len(ids), include)  # the last page: exact
    if not with_total:
        return SearchResult(ids, offset + len(ids), include)
    # more match than were counted: a floor that is true, shown as "more than 500 jobs"
    return SearchResult(ids, max(RANKED, offset + len(ids)), include, more_than=True)


def search(text: str, filters: JobFilters, sort: str, limit: int, offset: int, *,
           descending: bool | None, newer_than: int | None, with_total: bool,
           profile: job_signals.ProfileFacts | None, now: datetime | None) -> SearchResult:
    body, include, params = _parts(text, filters, newer_than, now,
                                   "job" if sort in ("title", "fit") else _NARROW)
    if sort == "relevance" and not include:
        sort = "newest"
    if sort == "relevance":
        return _relevance(body, params, text, include, limit, offset, descending, with_total)
    if sort == "fit":
        return _search_by_fit(body, params, text, include, limit, offset, descending, profile)
    order = query.order_sql(sort, descending)
    rows = _run(f"SELECT j.id {body} ORDER BY {_pg(order)} LIMIT %s OFFSET %s",
                [*params, limit, offset], text)
    ids = [r[0] for r in rows]
    more_than = False

    def counter() -> int:
        nonlocal more_than
        total, more_than = _bounded_total(body, params, text)
        return max(total, offset + len(ids) - 1) if more_than else total

    total = query.page_total(ids, offset, limit, with_total, counter)
    return SearchResult(ids, total, include, more_than)


def _search_by_fit(body: str, params: list[Any], text: str, include: str, limit: int,
                   offset: int, descending: bool | None,
                   profile: job_signals.ProfileFacts | None) -> SearchResult:
    """Fit is judged in Python (job_signals), over the matching rows' few columns."""
    facts = profile if profile is not None else profile_facts()
    rows = _run(f"SELECT j.id, {_FIT_COLUMNS} {body}", params, text)
    scored = [(job_signals.fit_from_columns(facts, *r[1:]), r[0]) for r in rows]
    down = True if descending is None else descending
    scored.sort(key=lambda s: (s[0] if s[0] is not None else float("-inf"), s[1]), reverse=down)
    return SearchResult([s[1] for s in scored[offset:offset + limit]], len(scored), include)


def count_matching(text: str, filters: JobFilters, newer_than: int | None,
                   now: datetime | None) -> int:
    body, _, params = _parts(text, filters, newer_than, now)
    return int(_run(f"SELECT count(*) {body}", params, text)[0][0])

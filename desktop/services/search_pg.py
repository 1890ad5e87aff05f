"""Job search on a PostgreSQL workspace: the same `jobs.search()` over a weighted tsvector.

The job table has a generated `search_vector` (migration 0001's PostgreSQL branch: title A,
skills B, category C, description D, stemmed with the 'english' configuration) and a GIN index
on it. The user's query language is the one `query.parse_query` reads — words ANDed,
"quoted phrases", -exclusions, OR between two terms, word* and the word being typed as a
prefix — compiled here to a tsquery instead of an FTS5 expression. Filters are the same SQL
(`query.conditions`), sorts the same orders (`query.order_sql`) with SQLite's NULL placement
kept (NULL is the smallest value there), pages the same totals (`query.page_total`).
Relevance is ts_rank with the weights of FTS5's bm25 (8, 4, 2, 1).

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

# ts_rank's weights are given {D, C, B, A}: description 1, category 2, skills 4, title 8.
RANK = "ts_rank('{0.125, 0.25, 0.5, 1.0}', j.search_vector, q.inc)"
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


def _parts(text: str, filters: JobFilters, newer_than: int | None,
           now: datetime | None) -> tuple[str, str, list[Any]]:
    """(FROM … WHERE … sql, tsquery text that must match, params)."""
    include, exclude = compile_tsquery(text or "")
    params: list[Any] = [include, exclude]
    where = query.conditions(filters, newer_than, now, params)
    if include:
        where.append("j.search_vector @@ q.inc")
    if exclude:
        where.append("NOT (j.search_vector @@ q.exc)")
    sql = (f"FROM job j, (SELECT to_tsquery('{CONFIG}', %s) AS inc, "
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


def search(text: str, filters: JobFilters, sort: str, limit: int, offset: int, *,
           descending: bool | None, newer_than: int | None, with_total: bool,
           profile: job_signals.ProfileFacts | None, now: datetime | None) -> SearchResult:
    body, include, params = _parts(text, filters, newer_than, now)
    if sort == "relevance" and not include:
        sort = "newest"
    if sort == "relevance":
        flip = "ASC" if descending else "DESC"  # better matches first; ties: newer job first
        rows = _run(f"SELECT j.id, count(*) OVER () {body} ORDER BY {RANK} {flip}, j.id {flip} "
                    "LIMIT %s OFFSET %s", [*params, limit, offset], text)
        total = rows[0][1] if rows else (count_matching(text, filters, newer_than, now)
                                         if offset and with_total else 0)
        return SearchResult([r[0] for r in rows], total, include)
    if sort == "fit":
        return _search_by_fit(body, params, text, include, limit, offset, descending, profile)
    order = query.order_sql(sort, descending)
    rows = _run(f"SELECT j.id {body} ORDER BY {_pg(order)} LIMIT %s OFFSET %s",
                [*params, limit, offset], text)
    ids = [r[0] for r in rows]
    total = query.page_total(ids, offset, limit, with_total,
                             lambda: count_matching(text, filters, newer_than, now))
    return SearchResult(ids, total, include)


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

"""Job search on a PostgreSQL workspace: the same `jobs.search()` over a weighted tsvector.

The job table has a generated `search_vector` (migration 0001's PostgreSQL branch: title A,
skills B, category C, description D, stemmed with the 'english' configuration) and a GIN index
on it. The user's query language is the one `jobs.compile_query` reads — words ANDed,
"quoted phrases", -exclusions, OR between two terms, word* and the word being typed as a
prefix — compiled here to a tsquery instead of an FTS5 expression. Filters are the same SQL
(`jobs._filter_sql`), sorts the same orders, with SQLite's NULL placement kept (NULL is the
smallest value there). Relevance is ts_rank with the weights of FTS5's bm25 (8, 4, 2, 1).

Differences a user may notice, both from PostgreSQL's text search: English stop words ("the",
"and") are not searched for, and accents are not folded (that needs the unaccent extension).
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from peewee import ProgrammingError

from desktop.services import jobs as jobsvc
from models.db import database as db

# ts_rank's weights are given {D, C, B, A}: description 1, category 2, skills 4, title 8.
RANK = "ts_rank('{0.125, 0.25, 0.5, 1.0}', j.search_vector, q.inc)"
CONFIG = "english"


def _term(words: list[str], prefix: bool) -> str:
    quoted = [f"'{w}'" for w in words]
    if prefix:
        quoted[-1] += ":*"
    return quoted[0] if len(quoted) == 1 else "(" + " <-> ".join(quoted) + ")"


def compile_tsquery(text: str) -> tuple[str, str]:
    """The user's search words -> (tsquery text that must match, tsquery text to exclude).

    Reads exactly what jobs.compile_query reads (same tokens, same rules); every word is quoted,
    so no input is a syntax error.
    """
    include: list[str] = []
    exclude: list[str] = []
    pending_or = False
    matches = list(jobsvc._TOKEN.finditer(text))
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
            pieces = jobsvc._WORDS.findall(word)
        else:
            pieces = jobsvc._WORDS.findall(phrase)
        if not pieces:
            continue
        term = _term(pieces, prefix)
        if negative:
            exclude.append(term)
        elif pending_or:
            include[-1] = f"({include[-1]} | {term})"
            pending_or = False
        else:
            include.append(term)
    return " & ".join(include), " | ".join(exclude)


def _pg(sql: str) -> str:
    """SQLite's filter/order SQL in PostgreSQL's words (placeholders, booleans, NULL order)."""
    sql = sql.replace("?", "%s")
    sql = re.sub(r"\b(j\.(?:client_payment_verified|starred)) = 1\b", r"\1", sql)
    sql = sql.replace("j.title COLLATE NOCASE", "lower(j.title)")
    return re.sub(r" (ASC|DESC)\b(?! NULLS)",
                  lambda m: f" {m.group(1)} NULLS {'FIRST' if m.group(1) == 'ASC' else 'LAST'}",
                  sql)


def _parts(query: str, filters: jobsvc.JobFilters, newer_than: int | None,
           now: datetime | None) -> tuple[str, str, list[Any], str]:
    """(FROM … WHERE … sql, tsquery text, params, raw include expression)."""
    include, exclude = compile_tsquery(query or "")
    params: list[Any] = [include, exclude]
    where = jobsvc._filter_sql(filters, params, now=now)
    if newer_than is not None:
        where.append("j.id > ?")
        params.append(newer_than)
    if include:
        where.append("j.search_vector @@ q.inc")
    if exclude:
        where.append("NOT (j.search_vector @@ q.exc)")
    sql = (f"FROM job j, (SELECT to_tsquery('{CONFIG}', %s) AS inc, "
           f"to_tsquery('{CONFIG}', %s) AS exc) q WHERE " + _pg(" AND ".join(where)))
    return sql, include, params, exclude


def _run(sql: str, params: list[Any], query: str) -> list[tuple]:
    try:
        return db.execute_sql(sql, params).fetchall()
    except ProgrammingError as exc:  # a tsquery the server refused
        if "tsquery" in str(exc).lower():
            raise jobsvc.QueryError(f"cannot search for {query!r}: {exc}") from exc
        raise


_FIT_COLUMNS = ("j.title, j.skills, j.job_type, j.hourly_min_cents, j.hourly_max_cents, "
                "j.budget_cents, j.proposals_band, j.client_payment_verified, j.client_rating, "
                "j.client_reviews, j.client_spent_cents, j.client_hires, j.client_hire_rate")


def search(query: str, filters: jobsvc.JobFilters, sort: str, limit: int, offset: int, *,
           descending: bool | None, newer_than: int | None, with_total: bool,
           profile, now: datetime | None) -> jobsvc.SearchResult:
    body, include, params, _ = _parts(query, filters, newer_than, now)
    if sort == "relevance" and not include:
        sort = "newest"
    if sort == "relevance":
        flip = "ASC" if descending else "DESC"  # better matches first; ties: newer job first
        rows = _run(f"SELECT j.id, count(*) OVER () {body} ORDER BY {RANK} {flip}, j.id {flip} "
                    "LIMIT %s OFFSET %s", [*params, limit, offset], query)
        total = rows[0][1] if rows else (count_matching(query, filters, newer_than, now)
                                         if offset and with_total else 0)
        return jobsvc.SearchResult([r[0] for r in rows], total, include)
    if sort == "fit":
        return _search_by_fit(body, params, query, include, limit, offset, descending, profile)
    template, natural_desc = jobsvc._ORDER[sort]
    order = template.format(d="DESC" if (natural_desc if descending is None else descending)
                            else "ASC")
    rows = _run(f"SELECT j.id {body} ORDER BY {_pg(order)} LIMIT %s OFFSET %s",
                [*params, limit, offset], query)
    ids = [r[0] for r in rows]
    if not with_total:
        total = offset + len(ids)
    elif offset == 0 and len(ids) < limit:
        total = len(ids)
    else:
        total = count_matching(query, filters, newer_than, now)
    return jobsvc.SearchResult(ids, total, include)


def _search_by_fit(body, params, query, include, limit, offset, descending, profile):
    """Fit is judged in Python (jobs' job_signals), over the matching rows' few columns."""
    from models.rules import job_signals

    profile = profile if profile is not None else jobsvc.profile_facts()
    rows = _run(f"SELECT j.id, {_FIT_COLUMNS} {body}", params, query)
    scored = [(job_signals.fit_from_columns(profile, *r[1:]), r[0]) for r in rows]
    down = True if descending is None else descending
    scored.sort(key=lambda s: (s[0] if s[0] is not None else float("-inf"), s[1]), reverse=down)
    return jobsvc.SearchResult([s[1] for s in scored[offset:offset + limit]], len(scored), include)


def count_matching(query: str, filters: jobsvc.JobFilters, newer_than: int | None,
                   now: datetime | None) -> int:
    body, _, params, _ = _parts(query, filters, newer_than, now)
    return _run(f"SELECT count(*) {body}", params, query)[0][0]

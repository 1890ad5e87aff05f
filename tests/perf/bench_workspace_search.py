"""Job search on a PostgreSQL workspace holding 1M postings (issue 18: "search with text and 2
filters, p50 under 30 ms").

A real PostgreSQL server (tests/helpers/postgres.py; FREELANCE_DESK_BENCH_URL points at another
empty database instead) gets a migrated workspace. The postings are bench_jobs' generated ones
(real titles, descriptions and skills; random types, money, bands, clients and posting times),
loaded with COPY (the triggers copy them into job_facet, the narrow table the search reads,
migration 0021) — the search indexes are dropped for the load and made again after it, as a
bulk load would — then ANALYZEd. The searches are bench_jobs' cases (a word or two-word phrase
a freelancer types, with two filters), through the app's own `jobs.search()`: the first page of
50 and the total the Jobs tab shows.

Every total is checked against an exact count(*): an exact one must be equal, a floor ("more
than 500 jobs") below it. `--quick` (CI) loads 50,000 postings.

`--reuse` with FREELANCE_DESK_BENCH_URL: a database that already holds the postings (a server
kept outside the repo, loaded once) is migrated to the app's latest schema and searched without
loading again, so one library measures a change before and after.
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from tests.perf.common import Result, workspace_database

SIZE, QUICK_SIZE = 1_000_000, 50_000
# made again after the COPY (their definitions are read from the server before dropping them)
BULK_INDEXES = ("job_search_vector", "job_facet_search", "job_search_facets", "job_posted",
                "job_type_budget", "job_status", "job_skill_market", "job_skill_rate",
                "job_skill_job")


def load(url: str, size: int) -> float:
    """COPY `size` generated postings into the workspace's job table; seconds taken."""
    import itertools

    import psycopg

    from desktop.services.jobs import stamp as jobs_stamp
    from desktop.services.jobs import store
    from tests.perf.bench_jobs import NOW, iter_generated, real_records

    stamp = jobs_stamp(NOW)
    columns = store.INSERT_COLUMNS
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        indexes = [r[0] for r in conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = ANY(%s)",
            (list(BULK_INDEXES),))]
        for name in BULK_INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
        records = iter_generated(real_records(), size, seed=11)
        with conn.cursor() as cursor, cursor.copy(
                f"COPY job ({', '.join(columns)}) FROM STDIN") as copy:
            for record in itertools.islice(records, size):
                row = store.record_row(record)
                row.update(client_snapshot_at=stamp, source=record.source,
                           source_ref=record.source_ref, raw_text="", status="new",
                           first_seen_at=stamp, updated_at=stamp)
                copy.write_row([row[c] for c in columns])
        conn.execute("SET maintenance_work_mem = '256MB'")
        for definition in indexes:
            conn.execute(definition)
        conn.execute("VACUUM ANALYZE job")
        conn.execute("VACUUM ANALYZE job_skill")
        conn.execute("VACUUM ANALYZE job_facet")
    return time.perf_counter() - started


def _exact(url: str, text: str, filters) -> int:
    """count(*) of the same search over the job rows themselves (not the narrow table the
    search reads), on a connection of its own: the reference for totals."""
    from desktop.services import search_pg
    from tests.perf.bench_jobs import NOW

    body, _, params = search_pg._parts(text, filters, None, NOW, "job")
    import psycopg

    with psycopg.connect(url) as conn:
        return int(conn.execute(f"SELECT count(*) {body}", params).fetchone()[0])


def measure(url: str, folder: Path, runs: int) -> tuple[list[float], list[str], str]:
    """(milliseconds per search, problems with the totals, a sample of what the tab shows)."""
    from desktop import runtime, workspace
    from desktop.services import jobs
    from tests.perf.bench_jobs import NOW, _search_cases

    workspace.open_workspace(url, folder)
    problems: list[str] = []
    try:
        cases = _search_cases(runs)
        for text, flt in cases[:10]:  # warm the server's cache as a running workspace would be
            jobs.search(text, jobs.JobFilters(**flt), limit=50, now=NOW)
        times, results = [], []
        for text, flt in cases:
            filters = jobs.JobFilters(**flt)
            began = time.perf_counter()
            result = jobs.search(text, filters, limit=50, now=NOW)
            times.append((time.perf_counter() - began) * 1000)
            results.append((text, flt, result))
    finally:
        runtime.close()
    sample = ""
    checked = set()
    for text, flt, result in results:
        key = (text, tuple(sorted(flt.items())))
        if key in checked:
            continue
        checked.add(key)
        exact = _exact(url, text, jobs.JobFilters(**flt))
        more = getattr(result, "more_than", False)  # "more than 500 jobs"
        if not sample or more:
            sample = f"{text!r}: {'more than ' if more else ''}{result.total:,} (exact {exact:,})"
        if (not more and result.total != exact) or (more and exact <= result.total):
            problems.append(f"{text!r} {flt}: shown {'more than ' if more else ''}"
                            f"{result.total}, exact {exact}")
        if len(result.ids) != min(50, exact):
            problems.append(f"{text!r} {flt}: a first page of {len(result.ids)}, {exact} match")
    return times, problems, sample


def _load_note() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} CPUs"


def _loaded(url: str) -> int:
    """Jobs already in the bench database, after bringing its schema up to date."""
    import psycopg

    from models import db as dbmod

    database = dbmod.make_url_database(url)
    try:
        database.connect()
        dbmod.run_migrations(database)
    finally:
        database.close()
    with psycopg.connect(url, autocommit=True) as conn:
        count = int(conn.execute("SELECT count(*) FROM job").fetchone()[0])
        if count:
            conn.execute("ANALYZE job")
            conn.execute("ANALYZE job_facet")
        return count


def run(quick: bool = False, reuse: bool = False) -> list[Result]:
    from tests.perf.bench_jobs import KADIROURC, _percentile

    if not KADIROURC.is_file():
        return [Result("workspace search: skipped", 0, "", note="../shared/data absent")]
    size = QUICK_SIZE if quick else SIZE
    from tests.helpers.postgres import ServerUnavailableError

    try:
        url, stop = workspace_database()
    except ServerUnavailableError as exc:
        return [Result("workspace search: skipped", 0, "", note=str(exc)[:120])]
    try:
        present = _loaded(url) if reuse else 0
        if present:
            size, seconds = present, 0.0
        else:
            seconds = load(url, size)
        runs = 30 if quick else 300
        with tempfile.TemporaryDirectory(prefix="bench-ws-search-") as tmp:
            times, problems, sample = measure(url, Path(tmp), runs)
    finally:
        stop()
    label = f"{size // 1000:,}k"
    note = f"{runs} queries, text + 2 filters, first page of 50 + total; {_load_note()}"
    loaded = [] if not seconds else [
        Result(f"workspace {label} jobs: COPY load + indexes", size / seconds, "rows/s",
               note=f"{seconds:.0f} s")]
    return [
        *loaded,
        Result(f"workspace {label} jobs: search p50", statistics.median(times), "ms",
               "< 30 ms" if not quick else "", runs, note),
        Result(f"workspace {label} jobs: search p95", _percentile(times, 95), "ms", "", runs,
               note),
        Result(f"workspace {label} jobs: wrong totals or pages", len(problems), "", "0",
               note="; ".join(problems[:3]) or sample),
    ]


if __name__ == "__main__":  # python -m tests.perf.bench_workspace_search [--quick] [--size N]
    #                                                                    [--reuse]
    import sys

    if "--size" in sys.argv:
        SIZE = QUICK_SIZE = int(sys.argv[sys.argv.index("--size") + 1])
    for result in run("--quick" in sys.argv, reuse="--reuse" in sys.argv):
        print(f"{result.name:<46} {result.value:>10.1f} {result.unit:<6} {result.target}"
              f"  {result.note}")

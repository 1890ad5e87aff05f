"""Shared benchmark helpers: results, timing, and the real data folder."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO.parent / "shared" / "data"


@dataclass
class Result:
    name: str
    value: float
    unit: str
    target: str = ""
    runs: int = 1
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def workspace_database() -> tuple[str, Callable[[], None]]:
    """A workspace for a bench: ``FREELANCE_DESK_BENCH_URL`` when set, else a fresh database on
    a real PostgreSQL server started for the bench. Returns (url, stop); raises the helpers'
    ServerUnavailableError when no server can be started (the bench then reports "skipped")."""
    import os

    url = os.environ.get("FREELANCE_DESK_BENCH_URL")
    if url:
        return url, lambda: None
    from tests.helpers.postgres import PostgresServer

    server = PostgresServer().start()
    try:
        return server.fresh_database(), server.stop
    except BaseException:
        server.stop()
        raise

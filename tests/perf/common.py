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

"""Cold start: `python -m desktop --self-test` as a fresh process, median of several runs."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from tests.perf.common import Result, median_ms


def run(quick: bool) -> list[Result]:
    runs = 2 if quick else 7
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as data_dir:
        def start():
            subprocess.run([sys.executable, "-m", "desktop", "--self-test", "--data-dir", data_dir],
                           env=env, check=True, capture_output=True)

        start()  # first run creates and migrates the database
        median = median_ms(start, runs)
    return [Result("cold start --self-test (existing data dir)", median, "ms", "< 1000 ms", runs)]

"""The standalone build: cold start of the frozen app against `python -m desktop`, and sizes.

Also its first paint measured as bench_startup measures the app's (process start → window
shown, on an encrypted data dir), against the same bare PySide6 window run by this Python:
there is no frozen bare window to compare with, so the ratio includes the frozen app's own
unpacking.

Both start as fresh processes running `--self-test` on an existing data dir (database
opened and checked, window rendered offscreen), alternating so that load from other work
on the machine hits both alike; median of several runs. The OS file cache is warm, as on
any start but the first after a reboot. Sizes: the unpacked one-folder bundle and the
archives `make dist` left in dist/. Nothing is reported until `make dist` has built the app.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.perf.common import REPO, Result

DIST = REPO / "dist"
MIB = 1024 * 1024


def frozen_executable() -> Path | None:
    candidates = [
        DIST / "freelance-desk" / "freelance-desk",
        DIST / "freelance-desk" / "freelance-desk-cli.exe",
        DIST / "Freelance Desk.app" / "Contents" / "MacOS" / "freelance-desk",
    ]
    return next((path for path in candidates if path.is_file()), None)


def tree_size(folder: Path) -> int:
    """Bytes on disk as unpacked (symlinks counted once, as links)."""
    return sum(os.lstat(Path(root) / name).st_size
               for root, _, files in os.walk(folder) for name in files)


def run(quick: bool) -> list[Result]:
    app = frozen_executable()
    if app is None:
        print("bench_frozen: no frozen build in dist/ (run `make dist`); skipped", file=sys.stderr)
        return []
    runs = 3 if quick else 9
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    commands = {"frozen": [str(app)], "python": [sys.executable, "-m", "desktop"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as data_dir:
        def start(command: list[str]) -> float:
            began = time.perf_counter()
            subprocess.run([*command, "--self-test", "--data-dir", data_dir], env=env,
                           check=True, capture_output=True, cwd=REPO)
            return (time.perf_counter() - began) * 1000

        start(commands["frozen"])  # creates and migrates the database; not timed
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(start(command))
    frozen, python = (statistics.median(times[name]) for name in ("frozen", "python"))
    results = [
        Result("frozen app cold start --self-test", frozen, "ms", "< 1000 ms", runs,
               f"{frozen / python:.2f}x python"),
        Result("python -m desktop cold start --self-test", python, "ms", "< 1000 ms", runs),
    ]
    from tests.perf.bench_startup import first_paint

    results += first_paint(runs, [str(app)], "frozen app")
    bundle = app.parent if app.parent.name == "freelance-desk" else app.parents[2]
    results.append(Result("frozen bundle, unpacked", tree_size(bundle) / MIB, "MiB",
                          "< 150 MiB (Linux)", note=str(bundle.relative_to(REPO))))
    for pattern in ["*.tar.gz", "*.deb", "*.AppImage", "*.dmg", "*-setup.exe"]:
        for archive in sorted(DIST.glob(pattern)):
            results.append(Result(f"archive {archive.name}", archive.stat().st_size / MIB, "MiB"))
    return results

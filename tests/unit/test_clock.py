"""Time has one owner: desktop/clock.py. Everything else asks it (or takes `now` as an argument),
so a pinned clock moves the whole app and the suite passes on any date."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop import clock as app_clock
from models.fields import utcnow
from tests.helpers.clock import pinned

REPO = Path(__file__).resolve().parents[2]
WALL_CLOCK = re.compile(
    r"datetime\.(now|utcnow|today)\(|\bdate\.today\(|\btime\.(time|time_ns|localtime|gmtime|"
    r"ctime|strftime)\(|QDateTime\.current|QDate\.currentDate|QTime\.currentTime|"
    r"\butcnow\(\)\s*$")


def test_nothing_but_the_clock_module_reads_the_wall_clock():
    offenders = []
    for folder in ("desktop", "ui", "models", "tests", "installer"):
        for path in sorted((REPO / folder).rglob("*.py")):
            if path == REPO / "desktop" / "clock.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0]
                if WALL_CLOCK.search(code) and "WALL_CLOCK" not in code:
                    offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def test_a_pinned_clock_moves_services_models_and_windows_together():
    moment = datetime(2031, 2, 28, 23, 59, 59, tzinfo=UTC)
    with pinned(moment) as fixed:
        assert app_clock.now() == moment and utcnow() == moment  # model defaults too
        assert app_clock.APP_CLOCK.today() == moment.date()  # what AppContext.clock hands out
        fixed.advance(seconds=1)
        assert app_clock.APP_CLOCK.now() == moment + timedelta(seconds=1)
        assert app_clock.today().isoformat() == "2031-03-01"
    assert app_clock.now() != moment + timedelta(seconds=1)  # the real clock is back

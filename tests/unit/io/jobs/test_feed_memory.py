"""A 200 MB RSS file is read streaming: the reader's peak memory stays under 300 MB (measured in
a real subprocess: its high-water mark VmHWM, which starts afresh at exec; getrusage's max RSS
would carry over the pytest parent's peak, so it is only the fallback off Linux)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

ITEM = ("<item><title>Flutter developer {n} - Upwork</title>"
        "<link>https://www.upwork.com/jobs/~01{n:016x}?source=rss</link>"
        "<description><![CDATA[We need a booking app. " + "Lots of detail about the job. " * 60
        + "<br /><b>Hourly Range</b>: $25.00-$50.00<br /><b>Posted On</b>: June 1, 2024 10:30 "
        "UTC<br /><b>Country</b>: Peru]]></description>"
        "<pubDate>Sat, 01 Jun 2024 10:30:00 +0000</pubDate></item>\n")

MEASURE = """
import json, resource, sys
from pathlib import Path
from desktop.io import jobs
path = sys.argv[1]
total = jobs.count_jobs(path)
records = sum(1 for item in jobs.read_jobs_file(path) if isinstance(item, jobs.JobRecord))
status = Path("/proc/self/status")
if status.exists():
    peak = next(int(line.split()[1]) for line in status.read_text().splitlines()
                if line.startswith("VmHWM:")) / 1024
else:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"total": total, "records": records, "max_rss_mb": peak}))
"""


def test_a_200_mb_feed_is_read_in_under_300_mb(tmp_path):
    path = tmp_path / "big.rss"
    with path.open("w") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                 "<title>t</title><lastBuildDate>Sat, 01 Jun 2024 11:00:00 +0000"
                 "</lastBuildDate>\n")
        n = 0
        while fh.tell() < 200 * 1024 * 1024:
            fh.write(ITEM.format(n=n))
            n += 1
        fh.write("</channel></rss>\n")
    proc = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=REPO,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    print(f"200 MB feed: {n} items, peak memory {result['max_rss_mb']:.0f} MB")
    assert result["total"] == result["records"] == n
    assert result["max_rss_mb"] < 300

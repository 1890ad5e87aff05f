"""A relative posting time in an old scrape counts back from the scrape's date and is flagged
as an estimate; an estimate never replaces a posting time already known."""
from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from desktop.io.jobs import read_jobs_file
from desktop.io.jobs.record import reference_time
from desktop.services import jobs
from models.jobs import Job, JobSnapshot

SCRAPE = Path(__file__).resolve().parents[3] / "fixtures" / "jobs" / "scrape_2024-05-14.txt"


def test_posted_hours_ago_counts_back_from_the_scrape_date_in_the_file_name(tmp_path):
    # The copy is brand new (mtime: now), yet "19 hours ago" is about May 2024.
    (record,) = list(read_jobs_file(SCRAPE))
    assert record.posted_at == datetime(2024, 5, 13, 17, 0, tzinfo=UTC)  # noon − 19 h
    assert record.posted_at_approx is True
    plain = tmp_path / "pasted.txt"
    plain.write_text(SCRAPE.read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(plain, (datetime(2024, 6, 1, 8, tzinfo=UTC).timestamp(),) * 2)
    assert reference_time(plain) == datetime(2024, 6, 1, 8, tzinfo=UTC)  # no date: mtime
    (other,) = list(read_jobs_file(plain))
    assert (other.posted_at, other.posted_at_approx) == (datetime(2024, 5, 31, 13, tzinfo=UTC),
                                                         True)


def test_the_estimate_is_stored_flagged_and_never_replaces_a_known_time(data_dir, tmp_path):
    jobs.import_files([SCRAPE])
    job = Job.get()
    assert (job.posted_at, job.posted_at_approx) == (datetime(2024, 5, 13, 17, tzinfo=UTC), True)
    # The same posting pasted again later says "Posted 2 days ago": no new "version".
    later = tmp_path / "again.txt"
    later.write_text(SCRAPE.read_text(encoding="utf-8").replace("19 hours", "2 days"),
                     encoding="utf-8")
    jobs.import_files([later])
    assert Job.get_by_id(job.id).posted_at == datetime(2024, 5, 13, 17, tzinfo=UTC)
    assert Job.select().count() == 1 and JobSnapshot.select().count() == 0

"""Job search on a PostgreSQL workspace bounded for big libraries (issue 18): relevance ranks
the newest matches, the rest follow newest first, and a total past what is ranked is a floor
that says so ("more than") — on a real server, with the window made small so a few dozen postings
cross it."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop import runtime, workspace
from desktop.io.jobs import JobRecord
from desktop.services import jobs, search_pg

NOW = datetime(2024, 6, 5, 12, tzinfo=UTC)


@pytest.fixture
def big(pg_server, tmp_path, monkeypatch):
    """60 postings, 40 of them about python (every third has it in the title, the rest in the
    description); relevance ranks the newest 10 matches."""
    workspace.open_workspace(pg_server.fresh_database(), tmp_path / "data")
    records = []
    for n in range(60):
        title, description = f"Posting {n}", "Short task."
        if n % 3 == 0:
            title = f"Python developer {n}"
        elif n % 3 == 1:
            description = "Some python scripting."
        records.append(JobRecord(title=title, ext_id=f"~01b{n:017x}", source="csv",
                                 description=description, job_type="hourly",
                                 posted_at=NOW - timedelta(hours=n)))
    jobs.store_records(records, name="big", now=NOW)
    monkeypatch.setattr(search_pg, "RANKED", 10)
    monkeypatch.setattr(search_pg, "_FIRST_WINDOW", 12)
    from models.jobs import Job

    matching = [j.id for j in Job.select().where(Job.title.contains("Python")
                                                  | Job.description.contains("python"))]
    yield sorted(matching, reverse=True)
    runtime.close()


def test_relevance_ranks_the_newest_matches_and_estimates_a_total_past_them(big):
    newest = big
    assert len(newest) == 40
    first = jobs.search("python", limit=10, now=NOW)
    assert (first.more_than, first.total) == (True, 10)  # "more than 10 jobs"
    # the newest 10 matches, titles before descriptions, newer first among equals
    assert set(first.ids) == set(newest[:10])
    titled = [i for i in first.ids if jobs.get(i).title.startswith("Python")]
    assert first.ids[:len(titled)] == sorted(titled, reverse=True)
    # every page after it: each match exactly once, the ones past the window newest first
    seen = list(first.ids)
    for offset in range(10, 50, 7):
        page = jobs.search("python", limit=7, offset=offset, with_total=False, now=NOW)
        seen += page.ids
    assert sorted(seen, reverse=True) == newest and seen[10:] == newest[10:]
    # a page across the window's edge
    across = jobs.search("python", limit=6, offset=7, now=NOW)
    assert across.ids == first.ids[7:] + newest[10:13]
    assert (across.total, across.more_than) == (13, True)  # "more than 13": true
    last = jobs.search("python", limit=6, offset=36, now=NOW)  # the last, short page: exact
    assert (last.ids, last.total, last.more_than) == (newest[36:], 40, False)


def test_totals_are_exact_up_to_what_is_ranked_and_other_sorts_estimate_too(big):
    later = NOW + timedelta(hours=23)  # posted in the last day: the two newest postings
    few = jobs.search("python", jobs.JobFilters(posted_within_days=1), now=later)
    assert (few.total, few.more_than, len(few.ids)) == (2, False, 2)
    # more matches than are ranked, but all on the first page: the total is exact
    short = jobs.search("python", jobs.JobFilters(posted_within_days=1), now=later,
                        limit=100)
    assert (short.total, short.more_than) == (2, False)
    every = jobs.search("python", limit=100, now=NOW)
    assert (len(every.ids), every.total, every.more_than) == (40, 40, False)
    newest = jobs.search("python", sort="newest", limit=5, now=NOW)
    assert (newest.more_than, newest.total) == (True, 10)
    assert jobs.count("python") == 40  # count() itself stays exact
    nothing = jobs.search("golang", now=NOW)
    assert (nothing.ids, nothing.total, nothing.more_than) == ([], 0, False)

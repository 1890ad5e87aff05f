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


def test_the_search_table_follows_every_write_and_finds_what_the_job_rows_give(
        pg_server, tmp_path, monkeypatch):
    """A workspace's search reads job_facet (migration 0021: the filters' columns and a copy of
    the tsvector, kept by triggers). After every kind of write — stored, starred, hidden,
    edited (words and filters), deleted, undone, a raw UPDATE of many rows — each page and
    total, in every sort, is what the same search over the job rows themselves gives."""
    from decimal import Decimal

    from models.db import database as db
    from models.jobs import Job

    workspace.open_workspace(pg_server.fresh_database(), tmp_path / "data")
    monkeypatch.setattr(search_pg, "RANKED", 6)
    monkeypatch.setattr(search_pg, "_FIRST_WINDOW", 8)
    jobs.store_records([
        JobRecord(title=f"Python {'scraper' if n % 4 else 'python bot'} {n}",
                  ext_id=f"~01fb{n:014d}", source="csv", description="python " * (n % 5),
                  job_type=("hourly", "fixed")[n % 2],
                  hourly_min=Decimal(10 + n) if n % 2 == 0 else None,
                  budget=Decimal(100 * n) if n % 2 else None,
                  experience_level=("entry", "expert", "intermediate")[n % 3],
                  client_payment_verified=n % 3 != 0, posted_at=NOW - timedelta(days=n))
        for n in range(30)], name="facets", now=NOW)
    f = jobs.JobFilters
    cases = [f(), f(job_types=("hourly",)), f(verified_only=True, experience=("expert",)),
             f(min_budget=Decimal(900)), f(starred_only=True), f(posted_within_days=12),
             f(statuses=("hidden",)), f(min_rate=Decimal(25), verified_only=True)]
    columns = ("id, status, job_type, hourly_min_cents, hourly_max_cents, budget_cents, "
               "experience_level, proposals_band, client_payment_verified, "
               "client_spent_cents, posted_at, starred, search_vector")

    def results(table, text, flt, sort):
        monkeypatch.setattr(search_pg, "_NARROW", table)
        return [(r.ids, r.total, r.more_than) for r in (
            jobs.search(text, flt, sort=sort, limit=4, offset=o, now=NOW) for o in (0, 4, 8))]

    def agrees():
        copied, rows = (db.execute_sql(f"SELECT {columns} FROM {t} ORDER BY id").fetchall()
                        for t in ("job_facet", "job"))
        assert copied == rows
        for text in ("python", "scraper -bot", "bot"):
            for flt in cases:
                for sort in ("relevance", "newest", "budget"):
                    narrow = results("job_facet", text, flt, sort)
                    assert narrow == results("job", text, flt, sort), (text, flt, sort)
        return True

    assert agrees()
    ids = sorted(j.id for j in Job.select(Job.id))
    jobs.set_starred(ids[3], True)
    jobs.set_status(ids[:5], "hidden")
    jobs.update_job(ids[7], {"job_type": "fixed", "budget": Decimal(5000), "hourly_min": None,
                             "posted_at": NOW - timedelta(days=1)})
    jobs.update_job(ids[8], {"client_payment_verified": False, "experience_level": "expert"})
    jobs.update_job(ids[5], {"title": "Bot builder"})  # its only words: no longer python
    assert agrees()
    assert ids[5] not in jobs.search("python", limit=50, now=NOW).ids
    assert ids[5] in jobs.search("builder", now=NOW).ids
    saved = jobs.delete_jobs(ids[10:14])
    added = jobs.add_job({"title": "Python scraper by hand", "job_type": "hourly",
                          "hourly_min": Decimal(50), "posted_at": NOW})
    assert agrees() and added.id in jobs.search("python", f(min_rate=Decimal(45))).ids
    jobs.restore_jobs(saved)
    db.execute_sql("UPDATE job SET client_payment_verified = NOT client_payment_verified, "
                   "status = 'saved', description = description || ' scraper' "
                   "WHERE id %% 3 = 0", [])
    assert agrees()
    runtime.close()

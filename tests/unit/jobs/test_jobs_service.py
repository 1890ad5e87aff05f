"""The job library service on a real (encrypted) SQLite file: import, dedupe, snapshots, search,
saved searches, manual edits — on the real exports in ../shared/data and on our own fixtures."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop import events
from desktop.errors import Code
from desktop.io.jobs import ImportFileError, JobRecord
from desktop.progress import Cancelled, Progress
from desktop.services import jobs
from models.jobs import Job, JobSnapshot
from models.payments import ImportLog
from models.rules import job_signals

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "jobs"
NOW = datetime(2024, 6, 5, 12, tzinfo=UTC)
F = jobs.JobFilters
pytestmark = pytest.mark.both_backends


def record(title: str, ext: str | None = None, **values) -> JobRecord:
    return JobRecord(title=title, ext_id=ext, source="csv", **values)


def test_real_search_card_export_dedupes_its_repeated_rows(data_dir, shared_data):
    path = shared_data / "jobs" / "kadiroruc_upwork_jobs_search_cards.csv"
    first = jobs.import_files([path], now=NOW)
    assert first.rows == 18_600
    assert (first.added, first.updated, first.rejected) == (5050, 0, [])
    assert first.duplicates == 18_600 - 5050
    again = jobs.import_files([path], now=NOW)
    assert (again.added, again.updated, again.duplicates) == (0, 0, 18_600)
    assert Job.select().count() == 5050
    log = ImportLog.select().order_by(ImportLog.id.desc()).first()
    assert (log.kind, log.file_name, log.skipped) == ("jobs", path.name, 18_600)


def test_every_real_file_imports_and_a_reimport_adds_nothing(data_dir, shared_data):
    files = sorted((shared_data / "jobs").glob("*.csv")) + sorted((shared_data / "rss").glob("*"))
    with pytest.raises(jobs.BadRowsError) as refused:  # some real rows have no title
        jobs.import_files(files, now=NOW)
    assert refused.value.count > 0 and refused.value.good > 9000
    assert Job.select().count() == 0
    summary = jobs.import_files(files, now=NOW, skip_bad=True)
    assert summary.added > 9000
    assert len(summary.rejected) == refused.value.count
    # rows the parser rejects carry file, row, field and reason
    assert all(e.file and e.row > 1 and e.message for e in summary.rejected)
    feed = shared_data / "rss" / "lougse_powerbi_all_jobs_20240513.xml"
    again = jobs.import_files([feed], now=NOW)
    assert (again.added, again.updated, again.duplicates) == (0, 0, 30)
    assert jobs.count("power bi") > 500


def test_reimport_updates_the_posting_and_keeps_the_earlier_version(data_dir):
    first = jobs.store_records([record(
        "Fix my WordPress site", "~01aa00000000000001", description="Old text",
        budget=Decimal("100"), client_payment_verified=False,
        client_total_spent=Decimal("0"), captured_at=NOW - timedelta(days=3))],
        name="a.csv", now=NOW - timedelta(days=3))
    job_id = first.added_ids[0]
    jobs.set_status([job_id], "saved")
    later = jobs.store_records([record(
        "Fix my WordPress site (urgent)", "~01aa00000000000001", description="New text",
        budget=Decimal("150"), client_payment_verified=True,
        client_total_spent=Decimal("2500"), captured_at=NOW)], name="b.csv", now=NOW)
    assert (later.added, later.updated) == (0, 1)
    job = Job.get_by_id(job_id)
    assert (job.title, job.budget, job.client_spent) == ("Fix my WordPress site (urgent)",
                                                         Decimal("150.00"), Decimal("2500.00"))
    assert job.status == "saved"  # the user's own triage survives a re-import
    assert job.client_snapshot_at == NOW
    (snap,) = JobSnapshot.select().where(JobSnapshot.job == job_id)
    assert snap.data["title"] == "Fix my WordPress site"
    assert snap.data["description"] == "Old text"
    assert snap.data["budget_cents"] == 10000
    assert snap.data["client_payment_verified"] == 0
    three_days_ago = (NOW - timedelta(days=3)).strftime("%Y-%m-%d")
    assert snap.data["client_snapshot_at"].startswith(three_days_ago)
    # the same version again changes nothing and takes no snapshot
    same = jobs.store_records([record(
        "Fix my WordPress site (urgent)", "~01aa00000000000001", description="New text",
        budget=Decimal("150"))], name="b.csv", now=NOW)
    assert (same.updated, same.duplicates) == (0, 1)
    assert JobSnapshot.select().count() == 1
    # a retitled job with a new URL is still the same job: the id decides
    link = "https://www.upwork.com/jobs/new-slug_~01aa00000000000001"
    moved = jobs.store_records([record("Fix my WordPress site (urgent)", "~01aa00000000000001",
                                       url=link)], name="c.csv", now=NOW)
    assert moved.updated == 1 and Job.select().count() == 1


def test_two_sources_wording_a_job_differently_do_not_flip_it_on_each_import(data_dir):
    feed = record("Shopify theme fixes", "~01bb00000000000002", description="Short feed text")
    export = record("Shopify theme fixes", "~01bb00000000000002",
                    description="The full description from the job page", budget=Decimal("300"))
    jobs.store_records([feed], name="feed.xml", now=NOW - timedelta(days=1))
    assert jobs.store_records([export], name="jobs.csv", now=NOW).updated == 1
    for name, version in (("feed.xml", feed), ("jobs.csv", export), ("feed.xml", feed)):
        again = jobs.store_records([version], name=name, now=NOW)
        assert (again.updated, again.duplicates) == (0, 1)
    job = Job.get()
    assert (job.description, job.budget) == ("The full description from the job page",
                                             Decimal("300.00"))
    assert JobSnapshot.select().count() == 1  # the feed's wording, kept once
    # a real change still updates
    edited = record("Shopify theme fixes", "~01bb00000000000002", budget=Decimal("350"))
    assert jobs.store_records([edited], name="jobs.csv", now=NOW).updated == 1


def test_postings_without_id_dedupe_by_link_then_by_content(data_dir):
    jobs.store_records([record("Board job", url="https://jobs.example/42", description="x"),
                        record("Card job", description="same words"),
                        record("Card job", description="same words"),
                        record("Card job", description="other words")], name="x", now=NOW)
    again = jobs.store_records([record("Board job (edited)", url="https://jobs.example/42")],
                               name="y", now=NOW)
    assert again.updated == 1
    assert Job.select().count() == 3


def test_a_file_that_cannot_be_read_stops_the_import_before_anything_changes(data_dir, tmp_path):
    bad = tmp_path / "sheet.csv"
    bad.write_bytes(b"PK\x03\x04 not really a csv")
    with pytest.raises(ImportFileError, match="Excel"):
        jobs.import_files([FIXTURES / "jobs_export.csv", bad], now=NOW)
    assert Job.select().count() == 0
    assert ImportLog.select().count() == 0


def test_bad_rows_refuse_the_import_unless_the_user_skips_them(data_dir):
    with pytest.raises(jobs.BadRowsError) as refused:
        jobs.import_files([FIXTURES / "library_bad_row.csv"], now=NOW)
    error = refused.value
    assert (error.code, error.count, error.good) == (Code.JOB_BAD_ROWS, 1, 2)
    assert (error.first.file, error.first.row, error.first.field, error.first.code) == (
        "library_bad_row.csv", 4, "hourly_max", Code.JOB_ROW_RATE_ORDER)
    assert str(error) == ("library_bad_row.csv, row 4, Hourly rate to: hourly range is upside "
                          "down: $90.00 to $20.00 (rows that cannot be read: 1, good rows: 2; "
                          "nothing was imported)")
    assert Job.select().count() == 0 and ImportLog.select().count() == 0

    summary = jobs.import_files([FIXTURES / "library_bad_row.csv"], now=NOW, skip_bad=True)
    assert summary.added == 2
    (rejected,) = summary.rejected
    assert (rejected.row, rejected.field, rejected.code) == (4, "hourly_max",
                                                            Code.JOB_ROW_RATE_ORDER)
    assert ImportLog.get().rejected == 1


def test_cancel_rolls_the_whole_import_back(data_dir, shared_data):
    seen = []

    def on_update(done, total, text):
        seen.append(done)
        if done >= 5000:
            progress.cancel()

    progress = Progress(on_update)
    with pytest.raises(Cancelled):
        jobs.import_files([FIXTURES / "jobs_export.csv",
                           shared_data / "jobs" / "kadiroruc_upwork_jobs_search_cards.csv"],
                          progress=progress, now=NOW)
    assert max(seen) >= 5000
    assert Job.select().count() == 0


def test_a_large_batch_is_searchable_like_row_by_row_and_a_failure_leaves_no_trace(data_dir):
    """Big batches index for search in bulk (the per-row trigger is dropped inside the
    transaction): the index must end up exactly as row-by-row, including a posting added and
    changed again within the same batch, and a failed batch must leave the schema as it was."""
    from models.db import database, is_postgres

    if is_postgres():
        pytest.skip("SQLite's FTS5 bulk indexing; a workspace indexes with a generated tsvector")

    conn = database.obj.connection()

    def schema():
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()

    def fts_consistent():  # FTS5 compares its index with the job rows; raises if they differ
        conn.execute("INSERT INTO job_fts(job_fts, rank) VALUES ('integrity-check', 1)")
        return True

    before = schema()
    cache = conn.execute("PRAGMA cache_size").fetchone()  # a batch's bigger cache is given back
    jobs.store_records([record("Early bird copywriter", "~01ee00000000000001")],
                       name="one.txt", now=NOW)  # below the bulk size: the trigger path
    batch = [record(f"Shopify theme tweak {n}", f"~01bb{n:014d}", description="Liquid and CSS",
                    skills=["Shopify", " liquid ", "CSS", "Liquid"][: 1 + n % 4],
                    hourly_min=Decimal(10 + n % 7), budget=Decimal(n % 3 * 100) or None,
                    experience_level=("entry", "expert")[n % 2])
             for n in range(jobs.BULK_FTS_MIN + 50)]
    # the same posting again later in the same batch, reworded: the library keeps the new title
    batch.append(record("Webflow landing page", "~01bb00000000000007", description="No code",
                        skills=["Webflow", "Figma"]))
    summary = jobs.store_records(batch, name="big.csv", now=NOW)
    assert (summary.added, summary.updated) == (jobs.BULK_FTS_MIN + 50, 1)
    assert schema() == before and fts_consistent()
    assert conn.execute("PRAGMA cache_size").fetchone() == cache

    def skill_rows():
        return conn.execute("SELECT * FROM job_skill ORDER BY job_id, key").fetchall()

    split_in_bulk = skill_rows()  # the Insights skills, split once for the whole batch ...
    conn.execute("UPDATE job SET skills = skills")  # ... and by the per-row trigger's split
    assert split_in_bulk == skill_rows() and len(split_in_bulk) > jobs.BULK_FTS_MIN * 2
    assert _facets_match_jobs(conn)  # the search filters' table, filled once for the batch
    from models import job_facet  # ... because the store knew 0018's trigger to defer it

    trigger = "SELECT sql FROM sqlite_master WHERE name = ?"
    assert conn.execute(trigger, (job_facet.TRIGGER,)).fetchone()[0] == job_facet.INSERT_TRIGGER
    assert jobs.search("shopify").total == jobs.BULK_FTS_MIN + 49
    assert jobs.search("webflow").ids == [Job.get(Job.ext_id == "~01bb00000000000007").id]
    assert jobs.search("early bird").total == 1
    jobs.add_job({"title": "Manual Shopify entry"})  # the restored trigger indexes new rows
    assert jobs.search("shopify").total == jobs.BULK_FTS_MIN + 50

    def on_update(done, total, text):
        if done >= 250:
            progress.cancel()

    progress = Progress(on_update)
    more = [record(f"Flutter app {n}", f"~01cc{n:014d}") for n in range(600)]
    cache = conn.execute("PRAGMA cache_size").fetchone()  # the searches' (query.SEARCH_CACHE_KIB)
    with pytest.raises(Cancelled):
        jobs.store_records(more, name="cancelled.csv", now=NOW, progress=progress)
    assert schema() == before and fts_consistent()
    assert conn.execute("PRAGMA cache_size").fetchone() == cache
    assert jobs.search("flutter").total == 0
    jobs.store_records([record("Flutter bug fix", "~01dd00000000000001")], name="x", now=NOW)
    assert jobs.search("flutter").total == 1


def test_relevance_past_the_ranked_matches_counts_every_match_once(data_dir, monkeypatch):
    """SQLite scores only the newest RANKED matches that pass the filters and counts the rest
    from where that walk stopped: the total must still be every match, with or without
    filters, and the pages must list each match exactly once."""
    from models.db import is_postgres

    if is_postgres():
        pytest.skip("SQLite's FTS5 ranking; a workspace's is search_pg's (test_workspace_search)")
    from desktop.services.jobs import query

    monkeypatch.setattr(query, "RANKED", 5)
    jobs.store_records([
        record(f"Python task {n}" if n % 3 else f"Other task {n}", f"~01ab{n:014d}",
               description="Some python scripting." if n % 3 == 0 else "Short.",
               job_type=("hourly", "fixed")[n % 2], posted_at=NOW - timedelta(hours=n))
        for n in range(40)] + [record(f"Go task {n}", f"~01ac{n:014d}") for n in range(7)],
        name="many", now=NOW)
    hourly = F(job_types=("hourly",))
    for flt, expected in ((F(), 40), (hourly, 20)):
        assert jobs.search("python", flt, limit=3, now=NOW).total == expected
        assert jobs.count("python", flt) == expected
        seen = []
        for offset in range(0, 45, 4):
            seen += jobs.search("python", flt, limit=4, offset=offset, with_total=False,
                                now=NOW).ids
        assert len(seen) == len(set(seen)) == expected
    assert jobs.search("python", F(job_types=("fixed",)), now=NOW, limit=100).total == 20
    assert jobs.search("python -scripting", hourly, limit=2, now=NOW).total == 13


def test_a_first_page_without_the_exact_total_says_a_true_floor_and_count_gives_the_number(
        data_dir, monkeypatch):
    """exact_total=False (the Jobs tab's first step on a big library): the same page, and a
    total that is never more than what matches — exact when the search read every match,
    else "more than" the matches it read, with count() giving the number."""
    from desktop.services.jobs import query
    from models.db import is_postgres

    monkeypatch.setattr(query, "RANKED", 5)
    jobs.store_records([
        record(f"Python task {n}" if n % 3 else f"Other task {n}", f"~01ad{n:014d}",
               job_type=("hourly", "fixed")[n % 2], posted_at=NOW - timedelta(hours=n))
        for n in range(60)], name="many", now=NOW)
    hourly = F(job_types=("hourly",))
    for text, flt, sort, limit in (("python", F(), "relevance", 3), ("python", hourly,
                                   "relevance", 4), ("", hourly, "newest", 10),
                                   ("python", F(), "budget", 7), ("task", F(), "newest", 100)):
        exact = jobs.search(text, flt, sort, limit=limit, now=NOW)
        first = jobs.search(text, flt, sort, limit=limit, exact_total=False, now=NOW)
        assert first.ids == exact.ids and exact.total == jobs.count(text, flt)
        assert first.total <= exact.total
        if first.uncounted:
            assert not is_postgres() and first.more_than and first.total < exact.total
        elif not first.more_than:
            assert first.total == exact.total
    if not is_postgres():
        floor = jobs.search("python", limit=3, exact_total=False, now=NOW)
        assert (floor.total, floor.more_than, jobs.count("python")) == (5, True, 40)
        whole = jobs.search("task", limit=100, exact_total=False, now=NOW)  # past the ranked:
        assert (whole.total, whole.more_than, len(whole.ids)) == (60, False, 60)  # all read


def test_a_count_nobody_wants_any_more_stops_and_the_next_one_counts(data_dir, monkeypatch):
    """count(stop=…): the Jobs tab stops the count of a result that a newer search has
    superseded. Stopped, it raises Cancelled; the connection counts normally afterwards."""
    from desktop.progress import Cancelled
    from desktop.services.jobs import query
    from models.db import is_postgres

    jobs.store_records([record(f"Python task {n}", f"~01ae{n:014d}", posted_at=NOW)
                        for n in range(30)], name="some", now=NOW)
    monkeypatch.setattr(query, "STOP_CHECK_STEPS", 1)
    asked = []
    assert jobs.count("python", stop=lambda: asked.append(1) and False) == 30
    if is_postgres():
        return  # a workspace's count is bounded (search_pg) and ignores stop
    assert asked
    with pytest.raises(Cancelled):
        jobs.count("python", stop=lambda: True)
    with pytest.raises(Cancelled):
        jobs.count("", F(job_types=("hourly", "fixed")), stop=lambda: True)
    assert jobs.count("python") == jobs.count("python", stop=lambda: False) == 30


def _facets_match_jobs(conn) -> bool:
    """job_facet (migration 0018) holds exactly each job's filter columns."""
    from models.job_facet import NAMES

    facets = conn.execute(f"SELECT id, {NAMES} FROM job_facet ORDER BY id").fetchall()
    return facets == conn.execute(f"SELECT id, {NAMES} FROM job ORDER BY id").fetchall()


def test_search_pages_and_totals_follow_every_write_to_the_filtered_columns(data_dir,
                                                                           monkeypatch):
    """A text search checks its filters in job_facet, a copy of the job's filter columns kept
    by triggers: after every kind of write (stored, starred, hidden, edited by hand, deleted,
    undone, a raw UPDATE) each page and total must be what the job rows themselves give, in
    relevance order (bm25 over the newest RANKED that pass, then older ones newest first)."""
    from models.db import is_postgres

    if is_postgres():
        pytest.skip("SQLite's FTS5 search; a workspace's is search_pg's (test_workspace_search)")
    from desktop.services import db
    from desktop.services.jobs import query

    monkeypatch.setattr(query, "RANKED", 6)
    jobs.store_records([
        record(f"Python {'scraper' if n % 4 else 'python bot'} {n}", f"~01fa{n:014d}",
               description="python " * (n % 5), job_type=("hourly", "fixed")[n % 2],
               hourly_min=Decimal(10 + n) if n % 2 == 0 else None,
               budget=Decimal(100 * n) if n % 2 else None,
               experience_level=("entry", "expert", "intermediate")[n % 3],
               client_payment_verified=n % 3 != 0, posted_at=NOW - timedelta(days=n))
        for n in range(30)], name="facets", now=NOW)
    conn = db.connection()
    cases = [F(), F(job_types=("hourly",)), F(verified_only=True, experience=("expert",)),
             F(min_budget=Decimal(900)), F(starred_only=True), F(posted_within_days=12),
             F(statuses=("hidden",)), F(min_rate=Decimal(25), verified_only=True)]

    def expected(flt):
        match, where, params = query._where("python", flt, None, NOW)
        rows = conn.execute(
            f"SELECT j.id, {query.BM25} FROM job_fts JOIN job j ON j.id = job_fts.rowid "
            f"WHERE job_fts MATCH ? AND {' AND '.join(where)} ORDER BY j.id DESC",
            [match, *params]).fetchall()
        ranked = sorted(rows[:query.RANKED], key=lambda r: (r[1], -r[0]))
        return [r[0] for r in ranked + rows[query.RANKED:]]

    def agrees():
        assert _facets_match_jobs(conn)
        for flt in cases:
            want = expected(flt)
            pages = [jobs.search("python", flt, limit=4, offset=o, now=NOW) for o in (0, 4, 8)]
            assert {p.total for p in pages} == {len(want)}, flt
            assert [i for p in pages for i in p.ids] == want[:12], flt
            assert jobs.count("python", flt, now=NOW) == len(want)
        return True

    assert agrees()
    ids = sorted(j.id for j in Job.select(Job.id))
    jobs.set_starred(ids[3], True)
    jobs.set_status(ids[:5], "hidden")
    jobs.update_job(ids[7], {"job_type": "fixed", "budget": Decimal(5000), "hourly_min": None,
                             "posted_at": NOW - timedelta(days=1)})
    jobs.update_job(ids[8], {"client_payment_verified": False, "experience_level": "expert"})
    assert agrees()
    saved = jobs.delete_jobs(ids[10:14])
    added = jobs.add_job({"title": "Python scraper by hand", "job_type": "hourly",
                          "hourly_min": Decimal(50), "posted_at": NOW})
    assert agrees() and added.id in jobs.search("python", F(min_rate=Decimal(45))).ids
    jobs.restore_jobs(saved)
    conn.execute("UPDATE job SET client_payment_verified = 1 - client_payment_verified, "
                 "status = 'saved' WHERE id % 3 = 0")
    assert agrees()


def test_import_announces_the_changed_jobs(data_dir):
    heard = []
    unsubscribe = events.subscribe(lambda area, ids: heard.append((area, ids)))
    try:
        summary = jobs.import_files([FIXTURES / "jobs_export.csv"], now=NOW, skip_bad=True)
    finally:
        unsubscribe()
    assert heard == [("jobs", tuple(summary.added_ids))]


@pytest.fixture
def library(data_dir):
    recent = NOW - timedelta(days=1)
    jobs.store_records([
        record("Django REST API developer", "~01a0000000000000001", job_type="hourly",
               hourly_min=Decimal(40), hourly_max=Decimal(60), skills=["Django", "Python"],
               description="Build a booking API. No WordPress please.", posted_at=recent,
               client_payment_verified=True, client_total_spent=Decimal(20000),
               client_hires=12, experience_level="expert", proposals_band="lt5",
               connects_required=8, client_country="Canada"),
        record("WordPress theme tweaks", "~01a0000000000000002", job_type="fixed",
               budget=Decimal(150), skills=["WordPress", "PHP"], description="Small CSS fixes.",
               posted_at=NOW - timedelta(days=20), client_payment_verified=False,
               experience_level="entry", proposals_band="20to50", connects_required=4,
               client_country="France"),
        record("Python data pipeline on AWS", "~01a0000000000000003", job_type="fixed",
               budget=Decimal(2000), skills=["Python", "AWS"],
               description="Move our data pipeline into AWS Lambda functions.",
               posted_at=NOW - timedelta(days=3), client_payment_verified=True,
               client_total_spent=Decimal(500), experience_level="intermediate",
               connects_required=12, client_country="Canada"),
        record("Machine learning model for churn", "~01a0000000000000004", job_type="hourly",
               hourly_min=Decimal(20), hourly_max=Decimal(30), skills=["Machine Learning"],
               description="Predict customer churn with python and scikit-learn.",
               posted_at=NOW - timedelta(hours=5), client_payment_verified=True),
    ], name="library", now=NOW)
    return {j.title.split()[0]: j.id for j in Job.select()}


def ids(result) -> list[int]:
    return result.ids


def test_words_phrases_exclusions_prefixes_and_or(library):
    django, wordpress, python, machine = (library[k] for k in
                                          ("Django", "WordPress", "Python", "Machine"))
    assert ids(jobs.search("python", now=NOW))[0] == python  # title beats description
    assert set(ids(jobs.search("python", now=NOW))) == {django, python, machine}
    assert ids(jobs.search('"data pipeline"', now=NOW)) == [python]
    assert set(ids(jobs.search("python -aws", now=NOW))) == {django, machine}
    assert set(ids(jobs.search("wordpress", now=NOW))) == {wordpress, django}
    assert ids(jobs.search("-python", now=NOW)) == [wordpress]
    assert set(ids(jobs.search("pyth", now=NOW))) == {django, python, machine}  # being typed
    assert ids(jobs.search("pyth ", now=NOW)) == []  # a finished word is a whole word
    assert set(ids(jobs.search("churn OR django", now=NOW))) == {machine, django}
    assert jobs.search('AND OR NOT "( * :', now=NOW).total >= 0  # no input is a syntax error
    assert ids(jobs.search("developers", now=NOW)) == [django]  # porter stemming


def test_the_marketplace_filters(library):
    django, wordpress, python, machine = (library[k] for k in
                                          ("Django", "WordPress", "Python", "Machine"))

    def found(**values):
        return set(ids(jobs.search("", F(**values), now=NOW)))

    assert found(job_types=("hourly",)) == {django, machine}
    assert found(min_rate=Decimal(50)) == {django}
    assert found(max_rate=Decimal(25)) == {machine}
    assert found(min_budget=Decimal(1000)) == {python}
    assert found(min_budget=Decimal(1000), min_rate=Decimal(50)) == {python, django}
    assert found(experience=("entry", "expert")) == {django, wordpress}
    assert found(proposals=("lt5",)) == {django}
    assert found(max_connects=8) == {django, wordpress}
    assert found(verified_only=True) == {django, python, machine}
    assert found(min_client_spent=Decimal(1000)) == {django}
    assert found(min_client_hires=10) == {django}
    assert found(countries=("Canada",)) == {django, python}
    assert found(posted_within_days=2) == {django, machine}
    jobs.set_status([wordpress], "hidden")
    assert wordpress not in found()
    assert found(statuses=("hidden",)) == {wordpress}
    result = jobs.search("python", F(job_types=("hourly",), verified_only=True), now=NOW)
    assert (set(result.ids), result.total) == ({django, machine}, 2)


def test_sorts_and_pages(library):
    newest = jobs.search("", sort="newest", now=NOW).ids
    assert newest[0] == library["Machine"] and newest[-1] == library["WordPress"]
    assert jobs.search("", sort="newest", descending=False).ids == list(reversed(newest))
    assert jobs.search("", sort="budget").ids[0] == library["Python"]
    page = jobs.search("", sort="newest", limit=2, offset=2)
    assert (page.ids, page.total) == (newest[2:], 4)
    fit = jobs.search("", sort="fit", profile=job_signals.ProfileFacts(
        ("Django", "Python"), Decimal(50)))
    assert fit.ids[0] == library["Django"]
    with pytest.raises(jobs.QueryError):
        jobs.search("", sort="shoe size")


def test_saved_search_counts_new_matches_until_opened(library):
    saved = jobs.save_search("Python gigs", "python", F(verified_only=True))
    assert [(s.name, s.new) for s in jobs.saved_searches()] == [("Python gigs", 0)]
    jobs.store_records([record("Python scraper", "~01a0000000000000009",
                               client_payment_verified=True),
                        record("Python, unverified", "~01a0000000000000010",
                               client_payment_verified=False)], name="more", now=NOW)
    assert jobs.saved_searches()[0].new == 1
    opened = jobs.open_saved_search(saved.id)
    assert (opened.query, opened.filters, opened.new) == ("python", F(verified_only=True), 1)
    assert jobs.saved_searches()[0].new == 0
    with pytest.raises(jobs.JobError, match="already"):
        jobs.save_search("Python gigs", "django")
    data = jobs.delete_saved_search(saved.id)
    assert jobs.saved_searches() == []
    jobs.restore_saved_search(data)
    assert jobs.saved_searches()[0].name == "Python gigs"


def test_filters_survive_a_round_trip_through_json(library):
    flt = F(job_types=("fixed",), min_budget=Decimal("99.50"), countries=("Canada",),
            posted_within_days=7, verified_only=True)
    assert F.from_dict(flt.to_dict()) == flt
    assert F.from_dict({"from_a_newer_version": 1}) == F()
    assert flt.active() == 5


def test_manual_job_form_checks_values_and_edits_can_be_undone(data_dir):
    with pytest.raises(jobs.JobError, match="Title"):
        jobs.add_job({"title": "  "})
    with pytest.raises(jobs.JobError, match="lower rate"):
        jobs.add_job({"title": "X", "hourly_min": Decimal(50), "hourly_max": Decimal(20)})
    with pytest.raises(jobs.JobError, match="float"):
        jobs.add_job({"title": "X", "budget": 9.99})
    job = jobs.add_job({"title": "Landing page", "budget": Decimal("400"),
                        "url": "https://www.upwork.com/jobs/Landing_~01ff00ee11dd22cc33?x=1",
                        "skills": ["Figma", "Webflow"]})
    assert (job.job_type, job.ext_id, job.skills) == ("fixed", "~01ff00ee11dd22cc33",
                                                      "Figma, Webflow")
    with pytest.raises(jobs.JobError, match="already in the library"):
        jobs.add_job({"title": "Copy", "url": "https://www.upwork.com/jobs/~01ff00ee11dd22cc33"})
    old = jobs.update_job(job.id, {"budget": Decimal("450"), "notes": "ask about hosting"})
    assert Job.get_by_id(job.id).budget == Decimal("450.00")
    jobs.update_job(job.id, old)
    assert (Job.get_by_id(job.id).budget, Job.get_by_id(job.id).notes) == (Decimal("400.00"), "")
    before = jobs.set_status([job.id], "hidden")
    jobs.restore_statuses(before)
    assert Job.get_by_id(job.id).status == "new"
    saved = jobs.delete_jobs([job.id])
    assert Job.select().count() == 0
    jobs.restore_jobs(saved)
    assert Job.get_by_id(job.id).title == "Landing page"
    assert jobs.search("landing").ids == [job.id]  # the search index came back too


def test_paste_keeps_the_raw_text_and_dedupes_on_a_second_paste(data_dir):
    text = (FIXTURES / "search_cards.txt").read_text(encoding="utf-8")
    records = jobs.paste(text, now=NOW)
    assert len(records) >= 3
    first = jobs.store_records(records, name="Pasted text", source="paste", now=NOW)
    assert first.added == len(records)
    job = Job.get_by_id(first.added_ids[0])
    assert job.source == "paste" and job.raw_text and "Shopify" in job.raw_text
    again = jobs.store_records(jobs.paste(text, now=NOW), name="Pasted text", source="paste",
                               now=NOW)
    assert again.added == 0

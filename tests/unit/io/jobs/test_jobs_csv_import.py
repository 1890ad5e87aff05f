"""CSV job exports: every real column set, a hand-made export with bad rows, column mapping."""
from __future__ import annotations

import functools
import inspect
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.errors import Code
from desktop.io.jobs import (
    ImportFileError,
    JobRecord,
    RowError,
    csv_headers,
    guess_mapping,
    read_csv,
)
from desktop.io.jobs.csv_import import count_rows

REPO = Path(__file__).resolve().parents[4]
JOBS = REPO.parent / "shared" / "data" / "jobs"
FIXTURES = REPO / "tests" / "fixtures" / "jobs"
needs_data = pytest.mark.skipif(not JOBS.is_dir(), reason="../shared/data absent")
NOW = datetime(2024, 6, 5, 12, 0, tzinfo=UTC)


def split(items) -> tuple[list[JobRecord], list[RowError]]:
    records, errors = [], []
    for item in items:
        (errors if isinstance(item, RowError) else records).append(item)
    return records, errors


def test_hand_made_export_reads_good_rows_and_names_each_bad_one():
    records, errors = split(read_csv(FIXTURES / "jobs_export.csv", now=NOW))

    # each refusal names its file, row and field, and says why as a code the window words
    assert [(e.file, e.row, e.field, e.code, e.read_as) for e in errors] == [
        ("jobs_export.csv", 4, "Hourly min", Code.JOB_ROW_NOT_AMOUNT, "hourly_min"),
        ("jobs_export.csv", 5, "Experience", Code.JOB_ROW_NOT_LEVEL, "experience_level"),
        ("jobs_export.csv", 6, "hourly_max", Code.JOB_ROW_RATE_ORDER, None),
        ("jobs_export.csv", 8, "client_rating", Code.JOB_ROW_RATING, None),
        ("jobs_export.csv", 9, "title", Code.JOB_ROW_NOTHING, None),
        ("jobs_export.csv", 11, None, Code.JOB_ROW_EXTRA_CELLS, None),
    ]
    assert str(errors[0]) == ("jobs_export.csv, row 4, Hourly min: 'twenty' is not an amount of "
                              "money (read as Hourly rate from)")
    assert str(errors[2]).endswith("hourly range is upside down: $50.00 to $30.00")
    assert str(errors[5]).endswith("20 cells but the header has 18 columns (a stray delimiter "
                                   "or quote?)")
    flutter, blog, analytics = records
    assert flutter.ext_id == "~01d1e2f3a4b5c6d7e8"
    assert flutter.url == ("https://www.upwork.com/jobs/Flutter-developer-habit-tracker_"
                           "~01d1e2f3a4b5c6d7e8")  # tracking query dropped
    assert (flutter.hourly_min, flutter.hourly_max, flutter.job_type) == (
        Decimal("30.00"), Decimal("45.00"), "hourly")
    assert (flutter.duration, flutter.workload, flutter.proposals_band) == ("1to3m", "lt30",
                                                                            "10to15")
    assert flutter.client_total_spent == Decimal("12000.00")  # "$12K+"
    assert flutter.posted_at == datetime(2024, 6, 1, 10, 30, tzinfo=UTC)
    assert flutter.skills == ["Flutter", "Dart", "Firebase"]
    assert blog.budget == Decimal("1500.00") and blog.client_country == "United Kingdom"  # GBR
    assert analytics.source_ref == "jobs_export.csv:10"
    assert analytics.posted_at == NOW - timedelta(days=2)
    assert analytics.description.count("\n") == 3  # a quoted multi-line cell stays whole
    assert '"no surprises"' in analytics.description
    assert '"Client spent": "$15K"' in analytics.raw_text  # the row itself is kept


def test_unknown_headers_need_the_mapping_step(tmp_path):
    path = FIXTURES / "custom_columns.csv"  # semicolons, Windows-1252, "£"
    assert csv_headers(path) == ["Job Headline", "Pay", "Where", "Notes", "Link", "When"]
    assert guess_mapping(csv_headers(path))["Link"] == "url"
    with pytest.raises(ImportFileError, match="no column is mapped to the job title"):
        read_csv(path)

    mapping = {"Job Headline": "title", "Pay": "budget", "Where": "client_country",
               "Notes": "description", "Link": "url", "When": "posted_at"}
    records, errors = split(read_csv(path, mapping=mapping))
    assert errors == []
    cafe, prices = records
    assert cafe.title == "Café menu redesign"
    assert (cafe.budget, cafe.currency) == (Decimal("250.00"), "GBP")
    assert cafe.description == "Two A4 pages, French and English. Résumé of dishes provided."
    assert cafe.ext_id == "~01aa00bb11cc22dd33"
    assert prices.url is None and prices.currency == "USD"

    with pytest.raises(ImportFileError, match="no such job field to read a column as: headline"):
        read_csv(path, mapping={"Job Headline": "headline"})


def test_rows_stream_instead_of_loading_the_file(tmp_path):
    path = tmp_path / "many.csv"
    row = "Job {n},https://www.upwork.com/jobs/~01{n:016x},Fixed-price,$100\n"
    path.write_text("title,url,job_type,budget\n" + "".join(row.format(n=n) for n in range(5000)),
                    encoding="utf-8")
    assert count_rows(path) == 5000
    rows = read_csv(path)
    assert inspect.isgenerator(rows)
    first = next(rows)
    assert first.title == "Job 0" and first.ext_id == "~010000000000000000"
    assert sum(1 for _ in rows) == 4999


def test_guess_mapping_matches_headers_loosely():
    assert guess_mapping(["\ufeffJob Title", "Hourly/Fixed", "Client Location", "Posted On",
                          "Proposals", "Job Description (full)", "Favourite colour"]) == {
        "\ufeffJob Title": "title",
        "Hourly/Fixed": "job_type",
        "Client Location": "client_country",
        "Posted On": "posted_at",
        "Proposals": "proposals_band",
        "Job Description (full)": "description",
        "Favourite colour": None,
    }


# ---------------------------------------------------------------- the real exports

@functools.cache  # each real file is read once per test run
def read_real(name: str) -> tuple[list[JobRecord], list[RowError]]:
    return split(read_csv(JOBS / name, now=NOW))


@pytest.mark.realdata
@needs_data
@pytest.mark.parametrize(("name", "rows", "rejected"), [
    ("raoina_raw_Artificial_Intelligence.csv", 1000, 126),
    ("raoina_raw_Javascript_Developer.csv", 1000, 107),
    ("raoina_raw_Android_Developer.csv", 999, 139),
    ("raoina_raw_Data_Analyst.csv", 657, 0),
    ("raoina_combined_preprocessed.csv", 2400, 0),
    ("lougse_powerbi_rss_extracted_jobs.csv", 1110, 0),
    ("phibrandon_rss_jobs_2024.csv", 770, 0),
])
def test_every_real_export_is_read(name, rows, rejected):
    records, errors = read_real(name)
    assert count_rows(JOBS / name) == rows
    assert len(records) + len(errors) == rows
    # The only rejects are raoina's failed scrapes: a URL and nothing else.
    assert len(errors) == rejected
    assert all(e.code == Code.JOB_ROW_NOTHING for e in errors)
    assert all(r.title and r.description and r.ext_id for r in records)


@pytest.mark.realdata
@needs_data
def test_raoina_raw_tracks_resolve_budget_columns_by_job_type():
    records, errors = read_real("raoina_raw_Android_Developer.csv")
    assert (errors[0].row, errors[0].field) == (3, "title")
    deploy = records[0]
    assert deploy.title == "Deploy Flutter Application with Laravel Backend for Local Testing"
    assert deploy.ext_id == "~021898384758533204970"
    assert (deploy.job_type, deploy.budget, deploy.hourly_min) == ("fixed", Decimal("15.00"),
                                                                   None)
    assert (deploy.experience_level, deploy.client_country) == ("expert", "Morocco")
    assert deploy.skills == ["Flutter", "MySQL", "Laravel", "PHP"]
    kinds = Counter(r.job_type for r in records)
    assert kinds == {"fixed": 420, "hourly": 440}
    assert sum(r.hourly_max is not None for r in records) == 290  # min-only rates exist too

    ai, _ = read_real("raoina_raw_Artificial_Intelligence.csv")
    gathering = ai[0]
    assert gathering.title == "AI Dataset Gathering Project!"
    assert (gathering.duration, gathering.workload, gathering.proposals_band) == (
        "lt1m", "lt30", "lt5")
    assert ai[1].client_total_spent == Decimal("15000.00")  # "$15K"


@pytest.mark.realdata
@needs_data
def test_raoina_data_analyst_ordinals_and_one_hot_workload():
    records, _ = read_real("raoina_raw_Data_Analyst.csv")
    tutor = records[2]
    assert tutor.title == "Business Analytics Tutor"
    # duration "4" and less_than_30=1 (checked against the same job in the combined file)
    assert (tutor.job_type, tutor.duration, tutor.workload) == ("hourly", "gt6m", "lt30")
    emir = records[0]
    assert (emir.job_type, emir.budget, emir.duration) == ("fixed", Decimal("150.00"), None)
    assert Counter(r.duration for r in records) == {
        None: 212, "1to3m": 216, "gt6m": 123, "lt1m": 57, "3to6m": 49}


@pytest.mark.realdata
@needs_data
def test_combined_file_dedupes_on_job_id_not_url():
    records, _ = read_real("raoina_combined_preprocessed.csv")
    # 2,366 distinct URLs but 2,350 jobs: a retitled post keeps its id and changes its slug.
    assert len({r.url for r in records}) == 2366
    assert len({r.ext_id for r in records}) == 2350
    assert Counter(r.workload for r in records) == {"as_needed": 1181, "lt30": 771, "gt30": 448}
    assert Counter(r.proposals_band for r in records)["50plus"] == 263


@pytest.mark.realdata
@needs_data
def test_feed_exports_use_the_description_block():
    lougse, _ = read_real("lougse_powerbi_rss_extracted_jobs.csv")
    dashboard = lougse[0]
    assert dashboard.title == "Professional dashboard built in MicroStrategy"  # " - Upwork" cut
    assert dashboard.ext_id == "~01ec8934d454ff0ef3"  # from "%7E01…"
    assert dashboard.description.startswith("Hi\n\nI am looking for a professional dashboard")
    assert dashboard.description.endswith("Thanks\nCharu")  # feed block and HTML removed
    assert dashboard.posted_at == datetime(2024, 5, 13, 9, 46, tzinfo=UTC)
    assert dashboard.captured_at == datetime(2024, 5, 13, tzinfo=UTC)
    assert dashboard.job_type is None  # neither an hourly range nor a budget was given
    assert lougse[1].hourly_min == Decimal("25.00") and lougse[1].hourly_max == Decimal("60.00")
    assert Counter(r.job_type for r in lougse) == {"hourly": 520, "fixed": 267, None: 323}
    assert len({r.ext_id for r in lougse}) == 1091  # 1,092 links; one job was retitled
    zoho = next(r for r in lougse if r.title.startswith("Zoho Analytics KPIs"))
    # the feed escaped the client's quotes twice ("&amp;quot;"); the reader shows quotes
    assert 'The "reference.jpeg" shows two dashboards' in zoho.description
    assert "&quot;" not in zoho.description and "I'm seeking" in zoho.description
    assert next(r for r in lougse if "&" in (r.category or "")).category in {
        "Scripting & Automation", "Financial Analysis & Modeling", "Business Analysis & Strategy"}

    phib, _ = read_real("phibrandon_rss_jobs_2024.csv")  # UTF-8 with a BOM
    assert phib[0].title == "Serverless project" and phib[0].budget == Decimal("120.00")
    assert phib[0].skills == ["JavaScript", "Amazon Web Services", "Node.js"]
    ocr = phib[2]
    assert ocr.title == "Help to create OCR systems to extract tables from images"
    # "published" says 4:55am in the exporter's zone; the feed block says 10:55 UTC.
    assert ocr.posted_at == datetime(2024, 6, 6, 10, 55, tzinfo=UTC)
    assert ocr.skills == ["Python", "OCR Algorithm", "Automation"]
    assert "Posted On" not in ocr.description
    assert ocr.description.endswith("agreed to the specific requirements.")


@pytest.mark.realdata
@needs_data
def test_search_card_export_and_pasted_text_export():
    cards, errors = read_real("kadiroruc_upwork_jobs_search_cards.csv")
    assert (len(cards), errors) == (18600, [])
    architect = cards[3]
    assert architect.title == "Software Architect / Technical Lead (Node.js Expertise)"
    assert (architect.hourly_min, architect.hourly_max) == (Decimal("25.00"), Decimal("35.00"))
    # "Fixed price" with "Est. budget:\n$18.00" in the Budget column
    assert (cards[5].job_type, cards[5].budget) == ("fixed", Decimal("18.00"))
    assert Counter(r.experience_level for r in cards) == {
        "intermediate": 11927, "expert": 6172, "entry": 501}
    assert not any(s.startswith("+") for r in cards for s in r.skills)  # "+3" is not a skill

    pasted, errors = read_real("asaniczka_search_page_text_200.csv")
    assert (len(pasted), errors) == (110, [])
    assert pasted[0].source == "csv"
    assert pasted[0].source_ref == "asaniczka_search_page_text_200.csv:2"
    assert pasted[-1].source_ref == "asaniczka_search_page_text_200.csv:434"

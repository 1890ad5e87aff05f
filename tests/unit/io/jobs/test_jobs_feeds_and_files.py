"""RSS/Atom feeds (real Upwork feeds and other boards), JSON exports, and the file dispatcher."""
from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.io.jobs import (
    ImportFileError,
    JobRecord,
    RowError,
    count_jobs,
    detect_format,
    file_columns,
    parse_feed,
    read_jobs_file,
)

REPO = Path(__file__).resolve().parents[4]
DATA = REPO.parent / "shared" / "data"
FIXTURES = REPO / "tests" / "fixtures" / "jobs"
needs_data = pytest.mark.skipif(not (DATA / "rss").is_dir(), reason="../shared/data absent")
NOW = datetime(2024, 6, 5, 12, 0, tzinfo=UTC)


def split(items) -> tuple[list[JobRecord], list[RowError]]:
    records, errors = [], []
    for item in items:
        (errors if isinstance(item, RowError) else records).append(item)
    return records, errors


# ---------------------------------------------------------------- feeds

def test_upwork_feed_block_becomes_fields_and_leaves_the_description():
    records, errors = split(read_jobs_file(FIXTURES / "upwork_feed.xml"))
    assert errors == []
    xero, macro, schema = records

    assert xero.title == "Automate supplier invoices into Xero"
    assert xero.ext_id == "~01aa11bb22cc33dd44"
    assert xero.url == "https://www.upwork.com/jobs/Automate-supplier-invoices-into-Xero_%7E01aa11bb22cc33dd44"
    assert (xero.job_type, xero.hourly_min, xero.hourly_max) == ("hourly", Decimal("35.00"),
                                                                 Decimal("70.00"))
    assert xero.category == "Scripting & Automation"
    assert xero.skills == ["Python", "Xero", "OCR Algorithm", "API Integration"]
    assert xero.client_country == "New Zealand"
    assert xero.posted_at == datetime(2024, 6, 3, 7, 41, 9, tzinfo=UTC)  # pubDate, to the second
    assert xero.captured_at == datetime(2024, 6, 3, 8, 0, 12, tzinfo=UTC)  # the channel's date
    assert xero.description == (
        "We receive about 300 supplier invoices a month as PDF attachments.\n\n"
        "We want them read, checked against purchase orders and posted to Xero as drafts:\n"
        "- match supplier & PO number\n"
        "- flag totals that differ by more than 1 %\n\n"
        "Tell us which OCR service you\u2019d use and why."
    )
    assert "<b>Hourly Range</b>" in xero.raw_text  # the item's HTML as served
    # The client's own "Budget:" line stays text; Upwork's block gives the budget.
    assert (macro.job_type, macro.budget) == ("fixed", Decimal("150.00"))
    assert macro.description.startswith("Budget: we are flexible for the right person.")
    assert schema.job_type is None and schema.skills == ["PostgreSQL", "Database Design"]
    assert [r.source_ref for r in records] == [f"upwork_feed.xml:{n}" for n in (1, 2, 3)]


def test_plain_rss_and_atom_feeds_of_other_boards():
    django, analyst = split(read_jobs_file(FIXTURES / "board_feed.rss"))[0]
    assert django.title == "Backend Engineer (Django) at Fernhill Labs"
    assert django.url == "https://jobs.example.org/jobs/4821-backend-engineer-django"
    assert django.description == ("Fernhill Labs builds booking software for climbing gyms.\n\n"
                                  "You will own our Django API & its Postgres database.\n\n"
                                  "- 4 days a week\n- Fully remote (UTC\u00b13)")
    assert django.category == "Engineering" and django.ext_id is None
    assert analyst.posted_at == datetime(2024, 6, 3, 15, 45, tzinfo=UTC)  # +0200 -> UTC

    strings, repost = split(read_jobs_file(FIXTURES / "board_feed.atom"))[0]
    assert strings.title == "Translate app strings into Brazilian Portuguese"
    assert strings.url == "https://gigs.example.com/g/771"
    assert strings.description == "About 2,400 strings in a JSON file.\n\nDeadline: June 14."
    assert strings.posted_at == datetime(2024, 6, 5, 9, 12, tzinfo=UTC)
    assert strings.category == "Translation"
    assert repost.ext_id == "~01bb22cc33dd44ee55"  # an Upwork link found in another board's feed
    assert repost.posted_at == datetime(2024, 6, 4, 16, 0, tzinfo=UTC)


def test_feed_with_a_doctype_is_refused_before_any_entity_expands():
    with pytest.raises(ImportFileError, match="DOCTYPE"):
        read_jobs_file(FIXTURES / "entity_bomb.xml")
    utf16 = (FIXTURES / "entity_bomb.xml").read_text().replace('<?xml version="1.0"?>', "")
    with pytest.raises(ImportFileError, match="DOCTYPE"):
        parse_feed(utf16.encode("utf-16"), "bomb16.xml")  # not fooled by another encoding


def test_broken_or_foreign_xml_is_a_file_error():
    with pytest.raises(ImportFileError, match="not well-formed"):
        parse_feed(b"<rss><channel><item><title>x</item></channel></rss>", "cut.xml")
    with pytest.raises(ImportFileError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>jobs</body></html>", "page.xml")


def test_item_without_title_or_text_is_rejected_with_its_number():
    feed = (b"<rss version='2.0'><channel><item><title>Fine</title></item>"
            b"<item><link>https://example.org/2</link></item></channel></rss>")
    records, errors = split(parse_feed(feed, "sparse.rss"))
    assert [r.title for r in records] == ["Fine"]
    assert [str(e) for e in errors] == [
        "sparse.rss, row 2, title: no title and no description: nothing to import"]


@pytest.mark.realdata
@needs_data
@pytest.mark.parametrize(("name", "items"), [
    ("lougse_powerbi_all_jobs_20240513.xml", 30), ("lougse_powerbi_all_jobs_20240514.xml", 30),
    ("lougse_powerbi_all_jobs_20240516.xml", 30), ("lougse_powerbi_all_jobs_20240517.xml", 30),
    ("idelstak_java-us.rss", 30), ("idelstak_java.rss", 30), ("idelstak_javafx.rss", 10),
    ("idelstak_swing.rss", 7),
])
def test_every_real_upwork_feed_is_read(name, items):
    records, errors = split(read_jobs_file(DATA / "rss" / name))
    assert (len(records), errors) == (items, [])
    assert count_jobs(DATA / "rss" / name) == items
    for record in records:
        assert record.ext_id.startswith("~01") and record.url.startswith("https://www.upwork.com")
        assert record.posted_at is not None and record.client_country and record.category
        assert "click to apply" not in record.description and "<br" not in record.description
        assert not record.title.endswith("Upwork")


@pytest.mark.realdata
@needs_data
def test_real_feed_values():
    power_bi = split(read_jobs_file(DATA / "rss" / "lougse_powerbi_all_jobs_20240513.xml"))[0]
    dashboard, developer = power_bi[0], power_bi[1]
    assert dashboard.title == "Professional dashboard built in MicroStrategy"
    assert dashboard.ext_id == "~01ec8934d454ff0ef3"
    assert dashboard.description.startswith("Hi\n\nI am looking for a professional dashboard")
    assert "small (about 107 rows)" in dashboard.description  # &nbsp;&nbsp; -> one space
    assert dashboard.posted_at == datetime(2024, 5, 13, 9, 46, 45, tzinfo=UTC)
    assert dashboard.captured_at == datetime(2024, 5, 13, 12, 22, 38, tzinfo=UTC)
    assert (developer.hourly_min, developer.hourly_max) == (Decimal("25.00"), Decimal("60.00"))
    assert developer.client_country == "Philippines"
    assert power_bi[3].title.startswith("Data analyst/BI expert to help automate a series")
    assert (power_bi[3].job_type, power_bi[3].budget) == ("fixed", Decimal("500.00"))
    assert Counter(r.job_type for r in power_bi) == {"hourly": 12, "fixed": 7, None: 11}

    java = split(read_jobs_file(DATA / "rss" / "idelstak_java.rss"))[0][0]
    assert java.title == "Java/Kotlin Expert Needed"
    assert java.ext_id == "~018036c463e1d2651e"
    assert (java.hourly_min, java.hourly_max) == (Decimal("30.00"), Decimal("54.00"))
    assert java.category == "Mobile App Development"
    assert java.skills == ["Java", "Kotlin", "Android", "Android App Development", "Smartphone"]
    assert java.description.endswith("Expertise level: Expert")


# ---------------------------------------------------------------- JSON

def test_json_array_with_nested_client_and_skill_objects():
    records, errors = split(read_jobs_file(FIXTURES / "jobs.json", now=NOW))
    go, cover = records
    assert go.title == "Go developer for a payments gateway"
    assert go.ext_id == "~02123456789012345678"
    assert (go.hourly_min, go.hourly_max) == (Decimal("40.00"), Decimal("80.00"))
    assert (go.experience_level, go.duration, go.workload, go.proposals_band) == (
        "expert", "3to6m", "gt30", "20to50")
    assert go.skills == ["Go", "gRPC", "PostgreSQL"]
    assert go.description == ("Extend our gateway with SEPA Direct Debit.\n\n"
                              "Must know gRPC & PostgreSQL.")
    assert go.posted_at == datetime(2024, 6, 4, 10, 0, tzinfo=UTC)
    assert (go.client_payment_verified, go.client_country, go.client_rating) == (
        True, "Germany", Decimal("4.75"))
    assert (go.client_reviews, go.client_total_spent, go.client_hires) == (
        12, Decimal("25000.00"), 9)
    assert (go.client_hire_rate, go.client_open_jobs) == (60, 2)
    assert go.client_member_since == date(2017, 9, 14)
    assert json.loads(go.raw_text)["client"]["country"] == "DEU"
    assert cover.budget == Decimal("2500.50")  # a JSON float, read without binary noise
    assert cover.client_payment_verified is False
    assert [str(e) for e in errors] == [
        "jobs.json, row 3, budget: 'lots' is not an amount of money (read as Fixed budget)"]
    assert file_columns(FIXTURES / "jobs.json")[:4] == ["title", "url", "type", "hourly_min"]


def test_json_lines_stream_and_a_broken_line_is_one_error():
    records, errors = split(read_jobs_file(FIXTURES / "jobs.jsonl", now=NOW))
    podcast, landing = records
    assert (podcast.job_type, podcast.hourly_min, podcast.hourly_max) == (
        "hourly", Decimal("25.00"), Decimal("35.00"))
    assert podcast.skills == ["Audio Editing", "Podcast"]
    assert podcast.posted_at == datetime(2024, 6, 4, 8, 15, tzinfo=UTC)
    assert (landing.job_type, landing.budget, landing.client_country) == (
        "fixed", Decimal("300.00"), "Australia")
    assert [(e.row, e.message) for e in errors] == [(2, "this line is not valid JSON")]
    assert landing.source_ref == "jobs.jsonl:3"


def test_malformed_json_file_fails_before_any_row(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[{"title": "a"}, {"title": ', encoding="utf-8")
    with pytest.raises(ImportFileError, match="not valid JSON"):
        read_jobs_file(path)


# ---------------------------------------------------------------- dispatcher

def test_formats_are_chosen_by_extension_or_content(tmp_path):
    assert detect_format(FIXTURES / "jobs_export.csv") == "csv"
    assert detect_format(FIXTURES / "board_feed.atom") == "rss"
    assert detect_format(FIXTURES / "search_cards.txt") == "text"
    unnamed = tmp_path / "download"
    unnamed.write_bytes((FIXTURES / "upwork_feed.xml").read_bytes())
    assert detect_format(unnamed) == "rss"
    assert len(split(read_jobs_file(unnamed))[0]) == 3
    unnamed.write_text('[{"title": "x"}]', encoding="utf-8")
    assert detect_format(unnamed) == "json"


def test_pasted_text_file_is_read_with_line_numbers():
    records, errors = split(read_jobs_file(FIXTURES / "search_cards.txt", now=NOW))
    assert errors == []
    assert [r.source_ref for r in records] == ["search_cards.txt:1", "search_cards.txt:5",
                                               "search_cards.txt:9"]
    assert count_jobs(FIXTURES / "search_cards.txt") == 3


@pytest.mark.parametrize(("content", "message"), [
    (b"PK\x03\x04rest-of-a-zip", "save the sheet as CSV"),
    (b"%PDF-1.7 ...", "copy the posting's text"),
    (b"\x00\x01\x02binary", "binary file"),
    (b"   \n", "empty"),
    (b"just some words", "unsupported file"),
])
def test_unsupported_files_get_a_clear_message(tmp_path, content, message):
    path = tmp_path / "upload.bin"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_jobs_file(path)


def test_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(ImportFileError, match="no such file"):
        read_jobs_file(tmp_path / "nope.csv")

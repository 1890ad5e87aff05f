"""Band codes and the small value readers every importer shares."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from desktop.io.jobs import codes
from desktop.io.jobs.countries import normalize_country
from desktop.io.jobs.record import (
    FieldError,
    JobRecord,
    extract_ext_id,
    parse_amount,
    parse_datetime,
    parse_relative,
)

NOW = datetime(2024, 6, 5, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("reader", "spellings", "code"), [
    (codes.proposals_code, ["Less than 5", "0", "4", "Proposals: Less than 5"], "lt5"),
    (codes.proposals_code, ["20 to 50", "20-50", "37"], "20to50"),
    (codes.proposals_code, ["50+", "120"], "50plus"),
    (codes.duration_code, ["Less than 1 month", "< 1 month", "1"], "lt1m"),
    (codes.duration_code, ["1 to 3 months", "1-3 months", "2", "2.0"], "1to3m"),
    (codes.duration_code, ["More than 6 months", "6+ months", "4"], "gt6m"),
    (codes.workload_code, ["Less than 30 hrs/week"], "lt30"),
    (codes.workload_code, ["30+ hrs/week", "More than 30 hrs/week"], "gt30"),
    (codes.workload_code, ["Hours to be determined", "not_sure", "Flexible"], "as_needed"),
    (codes.experience_code, ["Entry Level", "Entry", "entry"], "entry"),
    (codes.job_type_code, ["Hourly", "Hourly: $25.00 - $35.00"], "hourly"),
    (codes.job_type_code, ["Fixed-price", "Fixed price", "Fixed Price"], "fixed"),
])
def test_real_spellings_map_to_one_code(reader, spellings, code):
    assert {reader(s) for s in spellings} == {code}


def test_blank_and_fixed_price_durations_are_no_band_and_nonsense_is_an_error():
    assert codes.duration_code("Contract") is None  # raoina's word for a fixed-price job
    assert codes.proposals_code("N/A") is None and codes.workload_code("nan") is None
    with pytest.raises(codes.CodeError, match="'a fortnight' is not a project length"):
        codes.duration_code("a fortnight")


def test_every_code_has_a_label():
    assert codes.label("duration", "1to3m") == "1 to 3 months"
    assert codes.label("proposals_band", "50plus") == "50+"
    assert codes.label("workload", None) == ""
    assert list(codes.PROPOSAL_BANDS) == ["lt5", "5to10", "10to15", "15to20", "20to50", "50plus"]


@pytest.mark.parametrize(("url", "ext_id"), [
    ("https://www.upwork.com/jobs/Power-Developer_%7E01c839d932d942a650?source=rss",
     "~01c839d932d942a650"),
    ("https://www.upwork.com/jobs/Dataset-Gathering-Project_~021898276468104576122/?ref=x",
     "~021898276468104576122"),
    ("https://www.upwork.com/jobs/~01A4F0C2B7D9E61358", "~01a4f0c2b7d9e61358"),
    ("https://jobs.example.org/jobs/4821", None),
])
def test_ciphertext_id_from_any_job_link(url, ext_id):
    assert extract_ext_id(url) == ext_id


def test_amounts_and_times():
    assert parse_amount("$15K", "client_total_spent") == Decimal("15000.00")
    assert parse_amount("Est. budget:\n$1,000.00", "budget") == Decimal("1000.00")
    with pytest.raises(FieldError, match="'soon' is not an amount of money"):
        parse_amount("soon", "budget")
    assert parse_relative("Posted 19 hours ago", NOW) == NOW - timedelta(hours=19)
    assert parse_relative("an hour ago", NOW) == NOW - timedelta(hours=1)
    assert parse_relative("last week", NOW) == NOW - timedelta(days=7)
    assert parse_datetime("May 13, 2024 09:46 UTC", "posted_at") == datetime(
        2024, 5, 13, 9, 46, tzinfo=UTC)
    assert parse_datetime("Mon, 13 May 2024 12:22:38 +0200", "posted_at") == datetime(
        2024, 5, 13, 10, 22, 38, tzinfo=UTC)


def test_countries_are_normalised():
    assert [normalize_country(c) for c in ("USA", "GBR", "Viet Nam", "Moldova, Republic of",
                                           "Peru", "nan")] == [
        "United States", "United Kingdom", "Vietnam", "Moldova", "Peru", None]


def test_record_infers_type_and_checks_invariants():
    assert JobRecord(title="x", budget=Decimal("50")).finish().job_type == "fixed"
    assert JobRecord(title="x", hourly_min=Decimal("5")).finish().job_type == "hourly"
    with pytest.raises(FieldError, match="time zone"):
        JobRecord(title="x", posted_at=datetime(2024, 1, 1)).finish()
    assert JobRecord(title="x", skills=["SQL", "sql", " SQL "]).finish().skills == ["SQL"]

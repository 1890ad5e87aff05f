"""`freelance-desk import jobs` and `freelance-desk search` on the same services."""
from __future__ import annotations

import json
from pathlib import Path

from desktop.__main__ import main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "jobs"


def run(tmp_path, capsys, *args) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_bad_row_refuses_the_import_with_one_line_and_status_2(tmp_path, capsys):
    code, out, err = run(tmp_path, capsys, "import", "jobs", str(FIXTURES / "upwork_feed.xml"),
                         str(FIXTURES / "library_bad_row.csv"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert err.startswith("freelance-desk: library_bad_row.csv, row 4, Hourly rate to: hourly "
                          "range is upside down: $90.00 to $20.00 (rows that cannot be read: 1")
    assert "--skip-bad" in err
    assert "nothing was imported" in err
    code, out, _ = run(tmp_path, capsys, "search", "--json")
    assert json.loads(out)["total"] == 0


def test_import_then_search_with_filters_as_text_and_json(tmp_path, capsys):
    code, out, _ = run(tmp_path, capsys, "import", "jobs", str(FIXTURES / "jobs_export.csv"),
                       str(FIXTURES / "library_bad_row.csv"), str(FIXTURES / "upwork_feed.xml"),
                       "--skip-bad")
    assert code == 0
    assert "library_bad_row.csv: 2 added" in out
    assert "rejected: library_bad_row.csv, row 4, hourly_max: hourly range is upside down" in out

    code, out, _ = run(tmp_path, capsys, "search", "django", "--type", "hourly", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1
    (job,) = data["jobs"]
    assert (job["title"], job["amount"], job["client_payment_verified"]) == (
        "Django REST API for a booking site", "$40–$60/h", True)

    code, out, _ = run(tmp_path, capsys, "search", "--type", "fixed", "--min-budget", "1000",
                       "--verified", "--limit", "5")
    assert code == 0
    assert out.splitlines()[0].endswith("match")
    assert "Write five blog posts about composting" in out
    assert "Logo for a bakery" not in out  # $150 and not verified

    code, out, _ = run(tmp_path, capsys, "import", "jobs", str(FIXTURES / "jobs_export.csv"),
                       "--json", "--skip-bad-rows")
    assert json.loads(out)["added"] == 0


def test_an_unreadable_file_is_an_error_and_nothing_is_imported(tmp_path, capsys):
    bad = tmp_path / "report.pdf"
    bad.write_bytes(b"%PDF-1.7 whatever")
    code, _, err = run(tmp_path, capsys, "import", "jobs", str(FIXTURES / "jobs_export.csv"),
                       str(bad))
    assert code == 2
    assert "report.pdf: this is a PDF" in err and "nothing was imported" in err
    code, out, _ = run(tmp_path, capsys, "search", "--json")
    assert json.loads(out)["total"] == 0


def test_feeds_commands(tmp_path, capsys):
    code, out, _ = run(tmp_path, capsys, "feeds", "add", "https://example.com/jobs.rss",
                       "--title", "Example")
    assert code == 0 and "Following" in out
    code, out, _ = run(tmp_path, capsys, "feeds", "list", "--json")
    assert [f["title"] for f in json.loads(out)] == ["Example"]
    code, _, err = run(tmp_path, capsys, "feeds", "add", "not a url")
    assert code == 1 and "https://" in err
    code, out, _ = run(tmp_path, capsys, "feeds", "remove", "https://example.com/jobs.rss")
    assert code == 0
    code, out, _ = run(tmp_path, capsys, "feeds", "list")
    assert "No feeds yet" in out

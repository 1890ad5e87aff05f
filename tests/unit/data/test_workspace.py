"""A workspace on a real PostgreSQL server (tests/helpers/postgres.py): init, push, pull,
search, backup/export, and what is refused — through the CLI a user types."""
from __future__ import annotations

import json
import zipfile

import pytest

from desktop import runtime
from desktop.__main__ import main
from tests.helpers.postgres import free_port
from tests.unit.data.helpers import dump_every_table, fill_every_table


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([*args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def filled(tmp_path):
    """A local data folder with rows in every table (a real SQLite file), closed."""
    folder = tmp_path / "local"
    runtime.open_data_dir(folder)
    counts = fill_every_table()
    before = dump_every_table()
    runtime.close()
    return folder, counts, before


def test_push_copies_every_table_once_and_pull_brings_back_the_same_rows(
        filled, pg_server, tmp_path, capsys):
    folder, counts, before = filled
    url = pg_server.empty_database("push")
    code, out, err = cli(capsys, "--data-dir", str(folder), "workspace", "push", url, "--json")
    assert (code, err) == (0, "")
    first = json.loads(out)
    assert first["added"] == counts and first["records_unchanged"] == 0
    # again: idempotent, nothing added, nothing changed
    code, out, _ = cli(capsys, "--data-dir", str(folder), "workspace", "push", url, "--json")
    again = json.loads(out)
    assert code == 0 and again["records_added"] == 0
    assert again["records_unchanged"] == sum(counts.values())
    code, out, err = cli(capsys, "--database-url", url, "--data-dir", str(tmp_path / "w"),
                         "workspace", "init", "--json")
    assert code == 0 and json.loads(out)["schema_version"] >= 5
    # a record made on the workspace gets an id after the pushed ones (sequences moved on)
    import psycopg

    with psycopg.connect(url) as conn:
        new_id = conn.execute("INSERT INTO client (name, created_at, updated_at) VALUES "
                              "('New', 'x', 'x') RETURNING id").fetchone()[0]
        conn.rollback()
    assert new_id == counts["client"] + 1
    # pull into an empty folder: the very rows the local folder had, table by table
    pulled = tmp_path / "pulled"
    code, out, err = cli(capsys, "--database-url", url, "--data-dir", str(pulled),
                         "workspace", "pull", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["added"] == counts
    runtime.open_data_dir(pulled)
    try:
        assert dump_every_table() == before
    finally:
        runtime.close()


def test_a_conflicting_row_refuses_the_whole_push(filled, pg_server, capsys):
    folder, _, _ = filled
    url = pg_server.empty_database("conflict")
    assert cli(capsys, "--data-dir", str(folder), "workspace", "push", url)[0] == 0
    # the server's copy of the last table's row differs; an early table lost its rows
    pg_server.admin("UPDATE import_log SET file_name = 'changed.csv' WHERE id = 1",
                    "DELETE FROM feed", dbname=url.rsplit("/", 1)[1])
    code, _, err = cli(capsys, "--data-dir", str(folder), "workspace", "push", url)
    assert code == 1
    assert "import_log row #1" in err and "nothing was copied" in err
    # all or nothing: the feeds copied before the conflict was found were taken back
    import psycopg

    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM feed").fetchone()[0] == 0
        assert conn.execute("SELECT file_name FROM import_log WHERE id = 1").fetchone()[0] == \
            "changed.csv"


def test_search_backup_and_export_work_against_a_workspace(pg_server, tmp_path, capsys):
    url = pg_server.fresh_database()
    base = ["--database-url", url, "--data-dir", str(tmp_path / "w")]
    feed = tmp_path / "jobs.csv"
    feed.write_text("title,description,skills,url\n"
                    "Django REST API developer,Build an API for a shop,Python;Django,"
                    "https://www.upwork.com/jobs/~01aa00000000000001\n"
                    "Logo design,A logo for a bakery,Illustrator,"
                    "https://www.upwork.com/jobs/~01aa00000000000002\n", encoding="utf-8")
    code, out, err = cli(capsys, *base, "import", "jobs", str(feed))
    assert code == 0, err
    code, out, _ = cli(capsys, *base, "search", "djang", "--json")
    assert code == 0
    found = json.loads(out)
    titles = [j["title"] for j in (found["jobs"] if isinstance(found, dict) else found)]
    assert titles == ["Django REST API developer"]
    zipped = tmp_path / "backup.zip"
    code, out, err = cli(capsys, *base, "backup", str(zipped))
    assert code == 0, err
    code, out, err = cli(capsys, *base, "export", str(tmp_path / "export.zip"))
    assert code == 0, err
    for archive_path in (zipped, tmp_path / "export.zip"):
        with zipfile.ZipFile(archive_path) as zf:
            doc = json.loads(zf.read("freelance-desk-export.json"))
        assert doc["format"] == "freelance-desk-export"
        assert len(doc["tables"]["job"]["rows"]) == 2
        assert "search_vector" not in doc["tables"]["job"]["columns"]


def test_a_bad_or_unreachable_workspace_is_refused_with_one_clear_line(tmp_path, capsys):
    code, _, err = cli(capsys, "--database-url", "mysql://me@db/x", "--data-dir",
                       str(tmp_path / "w"), "search", "x")
    assert code == 2 and "is not a workspace address" in err
    url = f"postgresql://nobody@127.0.0.1:{free_port()}/none?connect_timeout=3"
    code, _, err = cli(capsys, "--database-url", url, "--data-dir", str(tmp_path / "w"),
                       "search", "x")
    assert code == 2
    assert err.startswith("freelance-desk: The workspace at postgresql://nobody@127.0.0.1:")
    assert "cannot be reached" in err and "connect_timeout" not in err


@pytest.mark.both_backends
def test_check_runs_on_both_backends_and_names_a_broken_ledger_row(data_dir):
    """`check` on a workspace (no rowid, no FTS table) as on a file; a money row whose
    net + fee is not its gross is named by table, row and field."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from desktop.services import system
    from models import db as dbmod
    from models.payments import Transaction

    row = Transaction.create(kind="fixed_price", status="available", gross=Decimal("100"),
                             fee=Decimal("10"), net=Decimal("90"), source="manual",
                             occurred_at=datetime(2025, 3, 17, 12, tzinfo=UTC))
    report = system.check()
    assert report.ok, report.problems
    dbmod.database.execute_sql("UPDATE money_transaction SET fee_cents = 1 WHERE id = "
                               + str(row.id))
    report = system.check()
    assert [str(p) for p in report.problems] == [
        f"table money_transaction, row id {row.id}, field fee_cents: net + fee must equal gross "
        "(9000 + 1 is not 10000 cents)"]

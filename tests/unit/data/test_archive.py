"""Export all → import all: every table equal; bad archives change nothing (fuzzed)."""
from __future__ import annotations

import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import files, runtime
from desktop.progress import Cancelled, Progress
from desktop.services import archive
from models import db as dbmod
from models.registry import ALL_MODELS
from tests.unit.data.helpers import dump_every_table, fill_every_table

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def all_empty() -> bool:
    """Only what a first open makes: the empty General profile, nothing else."""
    from models.profile import Profile

    general = [(p.kind, p.title, p.overview) for p in Profile.select()]
    return general == [("general", "", "")] and all(
        m.select().count() == 0 for m in ALL_MODELS if m is not Profile)


def stored_files(paths) -> list:
    return sorted(p.relative_to(paths.files_dir) for p in paths.files_dir.rglob("*")
                  if p.is_file())


@pytest.fixture
def exported(data_dir, tmp_path):
    """A data dir with rows in every table and two attached files, exported to a zip."""
    counts = fill_every_table()
    sample = tmp_path / "portfolio.pdf"
    sample.write_bytes(b"%PDF-1.4 portfolio sample " * 100)
    photo = tmp_path / "photo.png"
    photo.write_bytes(bytes(range(256)) * 10)
    stored = [files.store(sample), files.store(photo)]
    target = tmp_path / "everything.zip"
    summary = archive.export_all(data_dir, target)
    assert summary.tables == counts and summary.files == 2
    before = dump_every_table()
    runtime.close()
    return target, before, stored


def test_export_then_import_round_trips_every_table_and_file(exported, tmp_path):
    target, before, stored = exported
    assert all(rows for rows in before.values()), "every table must hold rows for this test"
    paths = runtime.open_data_dir(tmp_path / "elsewhere")
    try:
        summary = archive.import_all(paths, target)
        assert sum(summary.tables.values()) == sum(len(r) for r in before.values())
        after = dump_every_table()
        for model in ALL_MODELS:
            table = model._meta.table_name
            assert after[table] == before[table], table
        for item in stored:
            copy = files.stored_path(item.sha256, item.name)
            assert copy.read_bytes() == item.path.read_bytes()
        hits = dbmod.database.execute_sql(
            "SELECT count(*) FROM job_fts WHERE job_fts MATCH 'Quartermaine'").fetchone()[0]
        assert hits == len(before["job"])  # the search index was rebuilt from `job`
        assert dbmod.integrity_problems(dbmod.database.obj) == []
    finally:
        runtime.close()


def test_the_document_is_schema_versioned_json(exported):
    target, _, _ = exported
    with zipfile.ZipFile(target) as zf:
        doc = json.loads(zf.read(archive.DOCUMENT))
        names = zf.namelist()
    assert doc["format"] == archive.FORMAT and doc["format_version"] == 1
    assert doc["schema_version"] == dbmod.latest_version()
    assert set(doc["tables"]) >= {m._meta.table_name for m in ALL_MODELS}
    assert "job_fts" not in doc["tables"] and "schema_migration" not in doc["tables"]
    assert all(f["path"] in names for f in doc["files"])
    first = doc["tables"]["money_transaction"]
    assert isinstance(first["rows"][0][first["columns"].index("gross_cents")], int)


def rewrite(source, target, mutate):
    with zipfile.ZipFile(source) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    doc = json.loads(members[archive.DOCUMENT])
    mutate(doc, members)
    members[archive.DOCUMENT] = json.dumps(doc).encode()
    with zipfile.ZipFile(target, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return target


BAD_EDITS = {
    "a row refers to a missing parent": (
        lambda d, m: d["tables"]["proposal_milestone"]["rows"][-1].__setitem__(1, 999999),
        "proposal_milestone"),
    "a NOT NULL field is empty": (
        lambda d, m: d["tables"]["client"]["rows"][1].__setitem__(
            d["tables"]["client"]["columns"].index("name"), None),
        "table client, row 2"),
    "an unknown column": (
        lambda d, m: d["tables"]["job"]["columns"].__setitem__(1, "drop table job"),
        "unknown column"),
    "a row of the wrong length": (
        lambda d, m: d["tables"]["feed"]["rows"][0].append(1), "table feed, row 1"),
    "a newer schema": (lambda d, m: d.__setitem__("schema_version", 999), "schema_version"),
    "a file that does not match its hash": (
        lambda d, m: m.__setitem__(d["files"][0]["path"], b"tampered"), "sha256"),
    "a path escaping the data dir": (
        lambda d, m: d["files"][0].__setitem__("path", "../../evil.sh"), "bad path"),
}


@pytest.mark.parametrize("case", list(BAD_EDITS))
def test_a_failed_import_changes_nothing(exported, tmp_path, case):
    target, _, _ = exported
    mutate, message = BAD_EDITS[case]
    bad = rewrite(target, tmp_path / "bad.zip", mutate)
    paths = runtime.open_data_dir(tmp_path / "fresh")
    try:
        with pytest.raises(archive.ArchiveError, match=message):
            archive.import_all(paths, bad)
        assert all_empty()
        assert stored_files(paths) == []
    finally:
        runtime.close()


def test_a_cancelled_import_changes_nothing(exported, tmp_path):
    target, _, _ = exported
    paths = runtime.open_data_dir(tmp_path / "fresh")
    progress = Progress(lambda done, total, text: progress.cancel()
                        if "Placing" in text else None)
    try:
        with pytest.raises(Cancelled):
            archive.import_all(paths, target, progress=progress)
        assert all_empty() and stored_files(paths) == []
    finally:
        runtime.close()


def test_import_refuses_a_data_dir_that_already_holds_records(exported, data_dir):
    target, before, _ = exported
    runtime.open_data_dir(data_dir.data_dir)
    with pytest.raises(archive.ArchiveError, match="empty data folder"):
        archive.import_all(data_dir, target)
    assert dump_every_table() == before


def test_huge_fields_round_trip(data_dir, tmp_path):
    from models.proposals import Proposal

    letter = "Dear client, " + "é✓ " * 2_000_000  # ~8 MB of text in one field
    Proposal.create(title="long", cover_letter=letter)
    archive.export_all(data_dir, tmp_path / "big.zip")
    runtime.close()
    runtime.open_data_dir(tmp_path / "other")
    try:
        archive.import_all(runtime.AppPaths.create(tmp_path / "other"), tmp_path / "big.zip")
        assert Proposal.get().cover_letter == letter
    finally:
        runtime.close()


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused_cleanly(data_dir, tmp_path, data):
    path = tmp_path / "random.zip"
    path.write_bytes(data)
    with pytest.raises(archive.ArchiveError):
        archive.import_all(data_dir, path)
    assert all_empty()


@FUZZ
@given(cut=st.floats(min_value=0.0, max_value=0.999))
def test_truncated_archives_are_refused_cleanly(exported, tmp_path, cut):
    target, _, _ = exported
    data = target.read_bytes()
    path = tmp_path / "truncated.zip"
    path.write_bytes(data[: int(len(data) * cut)])
    paths = runtime.open_data_dir(tmp_path / "fresh")
    try:
        with pytest.raises(archive.ArchiveError):
            archive.import_all(paths, path)
        assert all_empty() and stored_files(paths) == []
    finally:
        runtime.close()


@FUZZ
@given(document=st.one_of(
    st.binary(max_size=2048),  # invalid UTF-8, not JSON
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                 lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
                 max_leaves=30).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({
        "format": st.just(archive.FORMAT), "format_version": st.just(1),
        "schema_version": st.integers(-2, 5),
        "tables": st.dictionaries(st.sampled_from(["client", "job", "nope"]),
                                  st.fixed_dictionaries({
            "columns": st.lists(st.sampled_from(["id", "name", "title", "x"]), max_size=3),
            "rows": st.lists(st.lists(st.integers(-1, 3) | st.text(max_size=5) | st.none(),
                                      max_size=3), max_size=3)})),
        "files": st.just([])}).map(lambda v: json.dumps(v).encode()),
))
def test_mangled_documents_are_refused_or_imported_whole(data_dir, tmp_path, document):
    path = tmp_path / "mangled.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(archive.DOCUMENT, document)
    try:
        archive.import_all(data_dir, path)
    except archive.ArchiveError:
        assert all_empty()
    else:  # a well-formed (if odd) document: then it went in whole; empty again for the next
        for model in reversed(ALL_MODELS):
            model.delete().execute()
        dbmod.seed_first_open(dbmod.database.obj)  # back to what a first open holds

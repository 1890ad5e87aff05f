"""`check` and the window agree: every folder `check` passes opens in the real main window with
every tab shown; values the window could not read (inserted raw, as a damaged or hand-edited
database would hold them) make `check` fail, naming table, row and field."""
from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from peewee import IntegrityError
from PySide6.QtCore import QCoreApplication, QEvent

from desktop import runtime
from desktop.errors import Code
from desktop.services import system
from models import db as dbmod
from tests.unit.data.helpers import fill_every_table
from ui import tasks

RAW_BAD = [
    ("job", "posted_at", "garbage"),
    ("job", "budget_cents", "lots"),
    ("job", "client_rating", "five stars"),
    ("job", "starred", "yes"),
    ("job", "status", "exploded"),
    ("money_transaction", "gross_cents", 2**63 - 1),
    ("money_transaction", "available_on", "9999-01-01"),
    ("money_transaction", "kind", "lottery"),
    ("proposal", "status", "bribed"),
    ("proposal", "created_at", "2024-13-45T00:00:00Z"),
    ("job_snapshot", "data", "{oops"),
    ("contract_milestone", "state", "stolen"),
]


def fresh(tmp_path, name):
    runtime.close()
    paths = runtime.open_data_dir(tmp_path / name)
    fill_every_table()
    return paths


def raw_update(table, column, value):
    dbmod.database.execute_sql(
        f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = (SELECT min(rowid) FROM "{table}")',
        (value,))


def open_every_tab(qtbot, paths) -> None:
    from desktop.app import build_window

    window = build_window(paths)  # closed and deleted here, not by qtbot
    try:
        window.show()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()
        assert window.tabs.count() >= 5
    finally:
        tasks.drain()  # as the app does before it closes the data: the tabs' reads finish
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize(("table", "column", "value"), RAW_BAD,
                         ids=[f"{t}.{c}={v!r}"[:40] for t, c, v in RAW_BAD])
def test_check_fails_on_values_the_window_cannot_read(tmp_path, table, column, value):
    fresh(tmp_path, "bad")
    assert system.check().ok
    raw_update(table, column, value)
    report = system.check()
    assert not report.ok
    assert any(p.code is Code.DATA_CHECK_VALUE and (p.params["table"], p.params["column"])
               == (table, column) for p in report.problems), report.problems
    assert any(f"table {table}, row id" in str(p) and f"field {column}:" in str(p)
               for p in report.problems), report.problems  # the CLI's English
    runtime.close()


def test_a_broken_foreign_key_fails_check(tmp_path):
    fresh(tmp_path, "fk")
    dbmod.database.execute_sql("PRAGMA foreign_keys = OFF")
    raw_update("proposal_milestone", "proposal_id", 999_999)
    report = system.check()
    assert not report.ok and any("foreign key" in str(p) for p in report.problems)
    runtime.close()


ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1),
    st.sampled_from(["", "garbage", "2024-06-01", "2024-06-01T10:30:00Z", "9999-12-31",
                     "1.5", "{}", "[1, 2]", "new", "draft", "hourly", "-0", "NaN", "1e999"]),
    st.text(max_size=12),
)
COLUMNS = [(t, c) for t, c, _ in RAW_BAD] + [
    ("job", "hourly_min_cents"), ("job", "connects_required"), ("contract", "rate_cents"),
    ("contract", "start_at"), ("proposal", "follow_up_on"), ("feedback", "score"),
    ("time_entry", "minutes"), ("profile", "hourly_rate_cents"), ("setting", "value"),
]
_seen = iter(range(10**9))


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(column=st.sampled_from(COLUMNS), value=ODD_VALUES)
def test_every_folder_check_passes_opens_in_the_window(qtbot, tmp_path, column, value):
    paths = fresh(tmp_path, f"folder{next(_seen)}")
    try:
        # the schema itself may refuse it (NOT NULL, CHECK, UNIQUE): then nothing is stored
        with contextlib.suppress(IntegrityError):
            raw_update(*column, value)
        if system.check().ok:
            open_every_tab(qtbot, paths)
    finally:
        runtime.close()


def test_a_folder_with_every_table_filled_passes_check_and_opens(qtbot, tmp_path):
    paths = fresh(tmp_path, "full")
    try:
        raw_update("money_transaction", "gross_cents", 10**12 - 1)  # the largest amount stored
        raw_update("money_transaction", "net_cents", 10**12 - 1)  # net + fee = gross still
        raw_update("job", "posted_at", "2100-12-31T23:59:59.000000Z")
        assert system.check().ok, system.check().problems
        open_every_tab(qtbot, paths)
    finally:
        runtime.close()


def test_check_fails_on_broken_ledger_rules_and_import_all_refuses_them(tmp_path):
    """Domain invariants: net + fee = gross on every money row, no row its own parent (one
    running timer at most is the schema's unique index). `check` names table, row and field;
    an archive breaking one is refused whole."""
    from desktop.services import archive
    from models.clients import Client

    paths = fresh(tmp_path, "rules")
    try:
        assert system.check().ok, system.check().problems
        dbmod.database.execute_sql("UPDATE money_transaction SET fee_cents = fee_cents + 1 "
                                   "WHERE rowid = (SELECT min(rowid) FROM money_transaction)")
        dbmod.database.execute_sql("UPDATE money_transaction SET parent_id = id "
                                   "WHERE rowid = (SELECT max(rowid) FROM money_transaction)")
        problems = system.check().problems
        assert any("money_transaction, row id" in str(p) and "net + fee must equal gross"
                   in str(p) for p in problems), problems
        assert any("cannot be its own parent" in str(p) for p in problems), problems
        archive.export_all(paths, tmp_path / "broken.zip")
    finally:
        runtime.close()
    target = runtime.open_data_dir(tmp_path / "target")
    try:
        with pytest.raises(archive.ArchiveError, match="net \\+ fee must equal gross"):
            archive.import_all(target, tmp_path / "broken.zip")
        assert Client.select().count() == 0  # nothing went in
        assert system.check().ok
    finally:
        runtime.close()


_archives = iter(range(10**9))


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.sampled_from(["flip", "digit", "cut"]),
                                st.integers(0, 10**9), st.integers(1, 255)),
                      min_size=1, max_size=3))
@example(edits=[("cut", 0, 1), ("flip", 0, 1)])  # cut to nothing, then more (found at any date)
def test_every_mangled_archive_import_all_accepts_opens_in_the_window(qtbot, tmp_path, edits):
    """The folders the fuzzers make: a full export with its document mangled (a byte flipped,
    a digit changed, cut short) goes through Import all; whatever it accepts passes `check`
    and opens in the window."""
    import json
    import zipfile

    from desktop.services import archive

    n = next(_archives)
    source = tmp_path / f"export{n}.zip"
    paths = fresh(tmp_path, f"exporter{n}")
    try:
        archive.export_all(paths, source)
    finally:
        runtime.close()
    with zipfile.ZipFile(source) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    doc = bytearray(members[archive.DOCUMENT])
    for kind, at, byte in edits:
        if not doc:  # cut to nothing by an earlier edit: nothing left to mangle
            break
        at %= len(doc)
        if kind == "flip":
            doc[at] ^= byte
        elif kind == "digit":  # a number changed: the kind of damage JSON still parses
            digits = [i for i in range(at, len(doc)) if chr(doc[i]).isdigit()]
            if digits:
                doc[digits[0]] = ord(str(byte % 10))
        else:
            del doc[at:]
    members[archive.DOCUMENT] = bytes(doc)
    mangled = tmp_path / f"mangled{n}.zip"
    with zipfile.ZipFile(mangled, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    target = runtime.open_data_dir(tmp_path / f"target{n}")
    try:
        try:
            archive.import_all(target, mangled)
        except archive.ArchiveError:
            return  # refused whole (tests/unit/data/test_archive.py checks nothing changed)
        json.loads(bytes(doc))  # it went in, so it was a readable document
        assert system.check().ok, system.check().problems
        open_every_tab(qtbot, target)
    finally:
        runtime.close()

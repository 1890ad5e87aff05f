"""kill -9 at random moments of a statement import (issue 15), with real CLI processes.

The import publishes in short transactions with an undo marker (desktop.services.
statement_import, "Publishing in short transactions"). Whatever moment the kill lands on, the
next open leaves either the complete old ledger or the complete new one — rows, fee → payment
links, clients, the contracts the files name, earlier rows linked to them, the import log — and
says so when it took a half-published import back; no plaintext copy is left in the folder.
"""
from __future__ import annotations

import random
import signal
import time
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desktop import runtime, security
from desktop.services import statement_import
from models import db as dbmod
from models.clients import Client
from models.payments import Transaction
from tests.perf.bench_import_lock import cli, write_statement_csv
from tests.unit.data.test_faults import shared_keyring  # noqa: F401
from tests.unit.payments.test_import import JUNE, LEGACY

pytestmark = pytest.mark.slow

ROWS = 3_000
KILLS = 14
MAX_ATTEMPTS = 30
TALLY = {"kills": 0, "survived": 0, "plaintext_left": 0, "taken_back": 0, "old": 0, "new": 0}
TAKEN_BACK = "recovered: an interrupted transaction import was taken back"


@pytest.fixture
def env(shared_keyring):  # noqa: F811 - the fixture imported from test_faults
    return shared_keyring


def seed(data_dir) -> None:
    """The ledger before the import: a real statement, and a row that names the contract the
    Weekly Summary brings (the import links it to that contract, with the contract's client)."""
    runtime.open_data_dir(data_dir)
    try:
        statement_import.import_files([LEGACY])
        Transaction.create(kind="fixed_price", status="available",
                           occurred_at=datetime(2024, 5, 2, 12, tzinfo=UTC),
                           gross=Decimal("40.00"), net=Decimal("36.00"), fee=Decimal("4.00"),
                           description="Older invoice for Email templates (41000001)",
                           client=Client.create(name="Seeded client"), source="manual")
    finally:
        runtime.close()


def ledger(data_dir) -> tuple:
    """Everything a user sees of the ledger, by content (ids and stamps differ between runs);
    the open recovers first and runs the integrity check."""
    runtime.open_data_dir(data_dir, check=True)
    try:
        db = dbmod.database.obj
        assert dbmod.integrity_problems(db) == []
        rows = db.execute_sql(
            "SELECT t.ext_ref, t.kind, t.status, t.gross_cents, t.fee_cents, t.net_cents, "
            "t.available_on, p.ext_ref, c.name, k.ext_id, t.description FROM money_transaction t "
            "LEFT JOIN money_transaction p ON p.id = t.parent_id "
            "LEFT JOIN client c ON c.id = t.client_id "
            "LEFT JOIN contract k ON k.id = t.contract_id").fetchall()
        clients = db.execute_sql("SELECT name FROM client").fetchall()
        contracts = db.execute_sql("SELECT title, ext_id, status FROM contract").fetchall()
        logs = db.execute_sql("SELECT kind, file_name, added, skipped FROM import_log").fetchall()
        return (sorted(rows, key=repr), sorted(clients), sorted(contracts), sorted(logs))
    finally:
        runtime.close()


def markers(paths) -> int:
    """Half-published imports in the folder, read raw (an open would take them back)."""
    conn = security.connect(paths.database, security.passphrase_for(paths))
    try:
        return conn.execute("SELECT count(*) FROM import_log WHERE kind = ?",
                            (statement_import.PUBLISHING,)).fetchone()[0]
    finally:
        conn.close()


def plaintext_left(data_dir) -> list[str]:
    """Files in the folder a reader without the key could read as a database."""
    return [p.name for p in data_dir.rglob("*") if p.is_file()
            and p.read_bytes()[:16] == b"SQLite format 3\0"]


def progress(data_dir) -> float:
    import json

    try:
        state = json.loads((data_dir / ".import.json").read_text())
        return state["done"] / state["total"] if state["total"] else 0.0
    except (OSError, ValueError, KeyError, TypeError):
        return 0.0


def test_kill_9_at_random_moments_of_a_statement_import_leaves_the_old_or_the_new_ledger(
        tmp_path, env):
    source = write_statement_csv(tmp_path / "statement.csv", ROWS)
    files = [str(source), str(JUNE)]
    # the old and the new ledger, as a finished import leaves them
    reference = tmp_path / "reference"
    seed(reference)
    old = ledger(reference)
    started = time.monotonic()
    done = cli(env, reference, "import", "transactions", *files)
    _, err = done.communicate(timeout=600)
    assert done.returncode == 0, err
    took = time.monotonic() - started
    new = ledger(reference)
    assert old != new and len(new[0]) == len(old[0]) + ROWS + 6
    assert any(ext_id == "41000001" for _, ext_id, _ in new[2])  # a contract the files name
    seeded = [r for r in new[0] if r[10].startswith("Older invoice")]
    assert seeded[0][9] == "41000001"  # the earlier row was linked to the new contract

    rng = random.Random(15)
    outcomes = []
    taken_back = 0
    for attempt in range(MAX_ATTEMPTS):
        if attempt >= KILLS and sum(k for k, _, _ in outcomes) >= KILLS // 2 and taken_back >= 4:
            break  # enough kills landed, and enough inside the publishing
        data = tmp_path / f"kill-{attempt}"
        seed(data)
        paths = runtime.open_data_dir(data)  # only for its paths
        runtime.close()
        proc = cli(env, data, "import", "transactions", *files)
        if attempt % 2:  # a moment in time: start-up, planning, the marker, contracts, rows…
            deadline = time.monotonic() + rng.uniform(0.2, 1.05) * took
            while proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
        else:  # a point in the publishing, by its progress
            target = rng.uniform(0.0, 0.99)
            while proc.poll() is None and progress(data) < target:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.03))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        killed = proc.returncode == -signal.SIGKILL
        TALLY["kills"] += killed
        left = markers(paths)
        if attempt % 3 == 2 and left:  # and kill the recovery itself part-way, once in a while
            again = cli(env, data, "payments", "balance")
            time.sleep(rng.uniform(0.5, 2.0))
            again.send_signal(signal.SIGKILL)
            again.communicate(timeout=60)
            left = markers(paths)
        # the next open (a real command) finishes or takes back, and says so; `check` then
        # finds the ledger's rules kept (net + fee = gross, no row its own parent)
        check = cli(env, data, "check")
        out, err = check.communicate(timeout=300)
        assert check.returncode == 0 and "Traceback" not in err, (out, err)
        assert (TAKEN_BACK in err) == bool(left), (attempt, left, err)
        assert markers(paths) == 0
        after = ledger(data)
        assert after in (old, new), attempt
        leftovers = plaintext_left(data)
        TALLY["plaintext_left"] += len(leftovers)
        assert leftovers == []
        TALLY["survived"] += killed
        TALLY["taken_back"] += bool(left)
        taken_back += bool(left)
        TALLY["old" if after == old else "new"] += 1
        outcomes.append((killed, bool(left), after == new))
        if attempt == 0 and after == old:  # taken back: the same files then go in whole
            redo = cli(env, data, "import", "transactions", *files)
            _, err = redo.communicate(timeout=600)
            assert redo.returncode == 0, err
            assert ledger(data) == new
    print(f"\nstatement import kills: {TALLY}")
    # not vacuous: many moments fell before the end, and several inside the publishing. How
    # many of the first KILLS do depends on the machine's load (a kill timed from the reference
    # run misses when later runs go faster; 8 of 14 on a busy 2-core machine, and once only 3
    # inside the publishing), so more moments are tried, up to MAX_ATTEMPTS, until both hold
    assert sum(k for k, _, _ in outcomes) >= KILLS // 2, outcomes
    assert taken_back >= 4, outcomes

"""Backups: online, verified, rolling; restore only after verification; damage at start-up."""
from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime, timedelta

import pytest

from desktop import runtime, security
from desktop.errors import Code
from desktop.services import backup
from models import db as dbmod
from models.clients import Client


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_is_consistent_while_another_thread_keeps_writing(data_dir):
    with dbmod.database.atomic():
        for n in range(2000):
            Client.create(name=f"client {n}", notes="x" * 200)
    stop = threading.Event()

    def writer():
        while not stop.is_set():
            with dbmod.database.atomic():
                Client.create(name="written during the backup")
        dbmod.database.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        info = backup.backup_now(data_dir)
    finally:
        stop.set()
        thread.join()
    assert info.encrypted and info.kind == "manual"
    assert backup.verify_backup(data_dir, info.path) == []
    conn = security.connect(info.path, security.passphrase_for(data_dir))
    copied = conn.execute("SELECT count(*) FROM client").fetchone()[0]
    conn.close()
    assert 2000 <= copied <= Client.select().count()
    assert not list(data_dir.backups_dir.glob("*.part"))


def test_automatic_backups_are_daily_and_only_the_newest_n_are_kept(data_dir):
    from desktop.services import settings

    settings.put("backups_keep", 3)
    start = datetime(2026, 1, 1, 18, tzinfo=UTC)
    made = []
    for hours in range(0, 24 * 6, 6):  # quitting every six hours for six days
        info = backup.auto_backup(data_dir, now=start + timedelta(hours=hours))
        made.append(info)
    assert sum(1 for m in made if m) == 6  # one a day, not one per exit
    manual = backup.backup_now(data_dir, now=start)
    kept = backup.list_backups(data_dir)
    assert [b.kind for b in kept].count("auto") == 3
    assert manual.path in [b.path for b in kept]  # backups made by hand are never pruned
    autos = [b.created_at for b in kept if b.kind == "auto"]
    assert autos == sorted(autos, reverse=True) and autos[0] == start + timedelta(days=5)


def test_restore_refuses_a_bad_backup_and_changes_nothing(data_dir, tmp_path):
    Client.create(name="current")
    good = backup.backup_now(data_dir)
    runtime.close()
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.path.read_bytes()[: good.size // 2])
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)
    not_ours = tmp_path / "other.sqlite3"
    dbmod.make_database(not_ours).execute_sql("CREATE TABLE t (x)")
    before = sha(data_dir.database)
    for bad in (truncated, garbage, not_ours, tmp_path / "missing.sqlite3"):
        with pytest.raises(backup.BackupError):
            backup.restore(data_dir, bad)
        assert sha(data_dir.database) == before
    assert [b.kind for b in backup.list_backups(data_dir)] == ["manual"]  # no copies made
    assert not list(data_dir.data_dir.glob("*.restoring*"))


def test_restore_swaps_in_the_backup_and_keeps_what_it_replaced(data_dir):
    Client.create(name="in the backup")
    good = backup.backup_now(data_dir)
    Client.create(name="added after the backup")
    runtime.close()

    result = backup.restore(data_dir, good.path)
    assert result.replaced_copy and result.replaced_copy.exists()
    runtime.open_data_dir(data_dir.data_dir, check=True)
    assert [c.name for c in Client.select()] == ["in the backup"]
    runtime.close()
    # the replaced data is itself a restorable backup: nothing was lost
    backup.restore(data_dir, result.replaced_copy)
    runtime.open_data_dir(data_dir.data_dir, check=True)
    assert {c.name for c in Client.select()} == {"in the backup", "added after the backup"}


def corrupt_pages(path, offset=3 * 4096, size=4096):
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(bytes(range(256)) * (size // 256))


def test_a_damaged_database_is_detected_at_start_and_the_last_good_backup_offered(data_dir):
    with dbmod.database.atomic():
        for n in range(300):
            Client.create(name=f"client {n}", notes="n" * 300)
    good = backup.backup_now(data_dir)
    runtime.close()
    corrupt_pages(data_dir.database)
    with pytest.raises(dbmod.DatabaseCorruptError):
        runtime.open_data_dir(data_dir.data_dir, check=True)
    runtime.close()

    damaged = sha(data_dir.database)
    questions = []
    with pytest.raises(dbmod.DatabaseCorruptError, match="Nothing was restored"):
        backup.open_or_recover(data_dir.data_dir, lambda q: questions.append(q) or False)
    assert sha(data_dir.database) == damaged  # declined: left exactly as it was
    assert questions[0].code is Code.BACKUP_OFFER and questions[0].params["made"] == \
        backup.latest_good_backup(data_dir).created_at and "Restore the latest good backup" \
        in str(questions[0])

    backup.open_or_recover(data_dir.data_dir, lambda q: True)
    assert Client.select().count() == 300
    assert dbmod.integrity_problems(dbmod.database.obj) == []
    kept = [b for b in backup.list_backups(data_dir) if b.kind == "replaced"]
    assert len(kept) == 1 and sha(kept[0].path) == damaged
    assert backup.latest_good_backup(data_dir).path == good.path


def test_no_good_backup_means_a_clear_refusal(data_dir):
    Client.create(name="only copy")
    runtime.close()
    corrupt_pages(data_dir.database, offset=0, size=1024)
    with pytest.raises(dbmod.DatabaseCorruptError, match="No good backup"):
        backup.open_or_recover(data_dir.data_dir, lambda q: True)

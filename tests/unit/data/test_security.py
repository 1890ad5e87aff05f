"""Encryption at rest: keyring key, no plaintext on disk, passphrase fallback, safe re-keying."""
from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from desktop import runtime, security
from desktop.errors import Code
from desktop.paths import AppPaths
from models import db as dbmod
from models.clients import Client
from tests.unit.data.helpers import SECRET_NAME

NAME = SECRET_NAME.encode()


def raw_bytes_of_everything(folder) -> bytes:
    """Every byte of every file in the data dir: database, WAL, backups, leftovers."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def add_secret_client():
    # the row sits in the WAL until a checkpoint: both files must be unreadable
    Client.create(name=SECRET_NAME, notes="pays via Payoneer, account 4111-1111")


def test_new_database_is_encrypted_with_a_keyring_key_and_holds_no_plaintext(data_dir,
                                                                             test_keyring):
    add_secret_client()
    from desktop.services import backup

    made = backup.backup_now(data_dir)  # a backup of an encrypted database is encrypted too
    assert NAME not in made.path.read_bytes()
    db_file = data_dir.database
    wal = db_file.with_name(db_file.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert db_file.read_bytes()[:16] != security.SQLITE_HEADER
    assert NAME not in db_file.read_bytes() and NAME not in wal.read_bytes()
    assert NAME not in raw_bytes_of_everything(data_dir.data_dir)

    hex_key = test_keyring.get_password(security.SERVICE,
                                        f"database-key:{security.key_id(data_dir)}")
    assert len(bytes.fromhex(hex_key)) == 32  # 256 random bits, in the keyring only
    assert hex_key.encode() not in raw_bytes_of_everything(data_dir.data_dir)
    assert security.status(data_dir).encrypted

    # the control: once decrypted, the same grep finds the name
    runtime.close()
    security.decrypt(data_dir)
    assert NAME in data_dir.database.read_bytes()
    runtime.open_data_dir(data_dir.data_dir, check=True)
    assert Client.get().name == SECRET_NAME


def test_the_key_follows_the_data_folder_when_it_is_moved(data_dir, tmp_path, test_keyring):
    add_secret_client()
    runtime.close()
    moved = tmp_path / "renamed-data"
    data_dir.data_dir.rename(moved)
    runtime.open_data_dir(moved, check=True)  # no prompt: the keyring key is found
    assert Client.get().name == SECRET_NAME
    marker = security.marker_path(AppPaths(moved)).read_text()
    hex_key = test_keyring.get_password(security.SERVICE,
                                        f"database-key:{security.key_id(AppPaths(moved))}")
    assert len(hex_key) == 64 and hex_key not in marker  # the marker names the key, never holds it


def test_fts5_search_works_in_the_encrypted_database(data_dir):
    from models.jobs import Job

    job = Job.create(title="Flutter developer", description="taxi booking app", skills="Dart")
    rows = dbmod.database.execute_sql("SELECT rowid FROM job_fts WHERE job_fts MATCH 'taxi'")
    assert [r[0] for r in rows] == [job.id]


def test_encrypting_a_plain_database_keeps_every_record_and_leaves_no_readable_copy(tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # no keyring: a new database starts plain
    try:
        paths = runtime.open_data_dir(tmp_path / "data")
        assert security.status(paths).keyring_problem
    finally:
        keyring.set_keyring(previous)
    add_secret_client()
    for n in range(200):
        Client.create(name=f"client {n}")
    from desktop.services import backup

    backup.backup_now(paths)  # a plain backup, which must not survive as plaintext
    runtime.close()
    assert NAME in raw_bytes_of_everything(paths.data_dir)

    state = security.encrypt(paths)
    assert state.encrypted and state.key_source == "keyring"
    assert NAME not in raw_bytes_of_everything(paths.data_dir)
    assert not list(paths.data_dir.glob("*.old")) and not list(paths.data_dir.glob("*.converting"))
    assert all(b.encrypted for b in backup.list_backups(paths))
    assert not backup.verify_backup(paths, backup.list_backups(paths)[0].path)

    runtime.open_data_dir(paths.data_dir, check=True)
    try:
        assert Client.select().count() == 201
    finally:
        runtime.close()


def _page_size() -> int:
    return int(dbmod.database.execute_sql("PRAGMA cipher_page_size").fetchone()[0])


def test_a_library_made_with_4_kib_pages_still_opens_and_new_ones_get_16_kib(tmp_path,
                                                                             monkeypatch):
    """Libraries made before the 16 KiB page size (SQLCipher's 4 KiB default) keep their pages:
    they open, read, write, back up and convert as before; a new library gets 16 KiB pages."""
    with monkeypatch.context() as before:  # the page size every earlier version made
        before.setattr(dbmod, "NEW_CIPHER_PAGE_SIZE", 4096)
        paths = runtime.open_data_dir(tmp_path / "old")
    assert _page_size() == 4096
    add_secret_client()
    runtime.close()

    runtime.open_data_dir(paths.data_dir, check=True)  # found out at the open, never told
    try:
        assert _page_size() == 4096 and Client.get().name == SECRET_NAME
        Client.create(name="written after the upgrade")
        from desktop.services import backup

        made = backup.backup_now(paths)
        assert not backup.verify_backup(paths, made.path)
    finally:
        runtime.close()
    conn = security.connect(paths.database, security.passphrase_for(paths))  # raw connections
    try:
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 2
    finally:
        conn.close()

    security.decrypt(paths)  # the conversions make the new page size
    security.encrypt(paths)
    runtime.open_data_dir(paths.data_dir, check=True)
    try:
        assert _page_size() == dbmod.NEW_CIPHER_PAGE_SIZE == 16384
        assert Client.select().count() == 2
    finally:
        runtime.close()
    runtime.open_data_dir(tmp_path / "new")
    try:
        assert _page_size() == 16384
    finally:
        runtime.close()


def test_without_a_keyring_the_user_chooses_a_passphrase(tmp_path, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        paths = runtime.open_data_dir(tmp_path / "data")
        add_secret_client()
        runtime.close()
        with pytest.raises(security.KeyringUnavailableError, match="No system keyring"):
            security.encrypt(paths)
        with pytest.raises(security.SecurityError, match="at least 10"):
            security.encrypt(paths, passphrase="short")
        security.encrypt(paths, passphrase="correct horse battery")
        assert NAME not in raw_bytes_of_everything(paths.data_dir)
        assert "correct horse" not in (paths.data_dir / security.MARKER_NAME).read_text()

        security.forget(paths)  # as if the app started again
        monkeypatch.setattr(security, "prompt", None)
        with pytest.raises(security.KeyUnavailableError, match="encrypted with a passphrase"):
            runtime.open_data_dir(paths.data_dir)
        runtime.close()
        assert not security.unlock(paths, "wrong horse battery")
        assert security.unlock(paths, "correct horse battery")
        runtime.open_data_dir(paths.data_dir, check=True)
        assert Client.get().name == SECRET_NAME
        runtime.close()

        security.forget(paths)  # scripts give it through the environment
        monkeypatch.setenv(security.PASSPHRASE_ENV, "correct horse battery")
        runtime.open_data_dir(paths.data_dir, check=True)
        runtime.close()

        monkeypatch.delenv(security.PASSPHRASE_ENV)
        security.forget(paths)  # an interactive prompt (the GUI's dialog, getpass in a shell)
        answers = iter(["nope nope nope", "correct horse battery"])
        monkeypatch.setattr(security, "prompt", lambda p, reason: next(answers))
        runtime.open_data_dir(paths.data_dir, check=True)
        runtime.close()
    finally:
        security.forget(AppPaths.create(tmp_path / "data"))
        keyring.set_keyring(previous)


def test_recovery_key_opens_the_data_when_the_keyring_entry_is_lost(data_dir, test_keyring,
                                                                    monkeypatch):
    add_secret_client()
    written_down = security.recovery_key(data_dir)
    assert len(written_down.split()) == 16
    runtime.close()
    test_keyring.delete_password(security.SERVICE, f"database-key:{security.key_id(data_dir)}")
    monkeypatch.setattr(security, "prompt", None)
    with pytest.raises(security.KeyUnavailableError, match="recovery key"):
        runtime.open_data_dir(data_dir.data_dir)
    runtime.close()
    typed = []
    monkeypatch.setattr(security, "prompt", lambda p, reason: typed.append(reason) or written_down)
    runtime.open_data_dir(data_dir.data_dir, check=True)
    assert Client.get().name == SECRET_NAME
    runtime.close()
    security.forget(data_dir)  # the next start: this keyring keeps it now, nothing is asked
    runtime.open_data_dir(data_dir.data_dir, check=True)
    assert len(typed) == 1 and Client.get().name == SECRET_NAME


def test_a_key_named_by_an_early_build_still_opens_and_then_follows_a_move(data_dir, tmp_path,
                                                                           test_keyring):
    add_secret_client()
    runtime.close()
    user = f"database-key:{security.key_id(data_dir)}"
    hex_key = test_keyring.get_password(security.SERVICE, user)
    test_keyring.delete_password(security.SERVICE, user)  # as early builds kept it: by path
    test_keyring.set_password(security.SERVICE, f"database-key:{data_dir.data_dir}", hex_key)
    security.write_marker(data_dir, encrypted=True, key_source="keyring")
    marker = security.marker_path(data_dir)
    marker.write_text(marker.read_text().replace('"key_id"', '"old_key_id"'))

    runtime.open_data_dir(data_dir.data_dir, check=True)  # at its old place: found and renamed
    runtime.close()
    moved = tmp_path / "moved"
    data_dir.data_dir.rename(moved)
    runtime.open_data_dir(moved, check=True)
    assert Client.get().name == SECRET_NAME


def test_a_conversion_that_fails_verification_changes_nothing(data_dir, monkeypatch):
    add_secret_client()
    runtime.close()
    before = data_dir.database.read_bytes()
    monkeypatch.setattr(security, "verify_file",
                        lambda *a, **k: ["table client: 0 rows, expected 1"])
    with pytest.raises(security.SecurityError, match="nothing was changed"):
        security.decrypt(data_dir)
    assert data_dir.database.read_bytes() == before
    assert not list(data_dir.data_dir.glob("*.converting")) + list(data_dir.data_dir.glob("*.old"))
    monkeypatch.undo()
    runtime.open_data_dir(data_dir.data_dir, check=True)
    assert Client.get().name == SECRET_NAME


def test_a_damaged_header_is_reported_as_damage_not_as_a_wrong_key(data_dir):
    add_secret_client()
    runtime.close()
    with open(data_dir.database, "r+b") as fh:
        fh.write(b"\xff" * 64)  # the salt SQLCipher keeps in the first 16 bytes, and more
    with pytest.raises(dbmod.DatabaseCorruptError, match="damaged"):
        runtime.open_data_dir(data_dir.data_dir)


def test_a_plaintext_file_keyring_is_not_trusted_with_a_new_key(tmp_path, monkeypatch,
                                                                test_keyring):
    # keyrings.alt comes with the test extras; outside the tests it would keep the database
    # key in an unencrypted file in the home folder, so a new database stays plain instead
    # and the user is offered a passphrase.
    monkeypatch.delenv(security.PLAINTEXT_KEYRING_ENV)
    problem = security.keyring_problem()
    assert problem.code is Code.KEYRING_PLAINTEXT and "plain, unencrypted file" in str(problem)
    paths = runtime.open_data_dir(tmp_path / "data")
    runtime.close()
    assert paths.database.read_bytes()[:16] == security.SQLITE_HEADER
    assert not security.status(paths).encrypted


def test_attached_files_are_encrypted_with_the_database_and_read_back_transparently(
        data_dir, tmp_path):
    from desktop import files
    from desktop.services import proposals
    from models.jobs import Job

    secret = b"%PDF-1.4 signed contract, " + NAME + b" " + bytes(range(256)) * 9000  # > 2 MiB
    source = tmp_path / "contract.pdf"
    source.write_bytes(secret)
    draft = proposals.create_draft(Job.create(title="Logo", description="bakery").id)
    attachment = proposals.add_attachment(draft.id, source)
    stored = files.stored_path(attachment.sha256, attachment.name)
    assert files.is_encrypted(stored) and NAME not in stored.read_bytes()
    assert oct(stored.stat().st_mode & 0o777) == oct(0o600)
    assert proposals.attachment_path(attachment).read_bytes() == secret  # what a viewer opens

    # decrypt and encrypt convert the stored files too; the content never changes
    runtime.close()
    assert not (data_dir.data_dir / files.OPEN_COPIES).exists()  # viewer copies went too
    security.decrypt(data_dir)
    assert stored.read_bytes() == secret
    security.encrypt(data_dir)
    assert files.is_encrypted(stored) and NAME not in raw_bytes_of_everything(data_dir.data_dir)
    runtime.open_data_dir(data_dir.data_dir)
    assert files.read_bytes(stored) == secret

    # a changed byte or a cut-off tail is refused, never read as something else
    body = bytearray(stored.read_bytes())
    body[len(body) // 2] ^= 1
    stored.write_bytes(bytes(body))
    with pytest.raises(files.FileCryptError, match="damaged"):
        files.read_bytes(stored)
    stored.write_bytes(bytes(body[:files.HEADER.size + files.CHUNK + files.TAG]))
    with pytest.raises(files.FileCryptError):
        files.read_bytes(stored)


def test_the_data_folder_is_private_to_the_user(tmp_path):
    import os
    import stat

    from desktop.services import archive, backup

    folder = tmp_path / "data"
    (folder / "logs").mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    (folder / "logs" / "freelance-desk.log").write_text("an older build's log\n")
    (folder / "logs" / "freelance-desk.log").chmod(0o644)
    previous = os.umask(0o022)
    try:
        paths = runtime.open_data_dir(folder)
        add_secret_client()
        backup.backup_now(paths)
        export = tmp_path / "everything.zip"
        archive.export_all(paths, export)
        runtime.close()
    finally:
        os.umask(previous)
    modes = {str(p.relative_to(tmp_path)): stat.S_IMODE(p.stat().st_mode)
             for p in [folder, *folder.rglob("*"), export]}
    wrong = {name: oct(mode) for name, mode in modes.items()
             if mode != (0o700 if (tmp_path / name).is_dir() else 0o600)}
    assert wrong == {}
    assert any(name.startswith("data/backups/") for name in modes)


def test_payout_details_follow_the_database_keys_keyring_policy(data_dir, monkeypatch,
                                                                test_keyring):
    from desktop import secrets as payout_secrets
    from desktop.services import withdrawals
    from models.payments import WithdrawalMethod

    monkeypatch.delenv(security.PLAINTEXT_KEYRING_ENV)  # outside the tests: no opt-in
    with pytest.raises(payout_secrets.SecretStoreError, match="plain, unencrypted file"):
        withdrawals.add_method(name="Sparkasse", kind="local_bank",
                               details={"account_number": "DE89370400440532013000"})
    assert WithdrawalMethod.select().count() == 0  # not added without its details either
    from pathlib import Path

    keyring_file = Path(test_keyring.file_path)
    assert not keyring_file.exists() or b"DE8937" not in keyring_file.read_bytes()
    method = withdrawals.add_method(name="PayPal", kind="paypal")  # nothing secret: fine
    assert method.last4 is None

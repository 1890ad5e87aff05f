"""Encryption at rest: where the database key lives, and turning encryption on and off.

The database is encrypted with SQLCipher using a random 256-bit key kept in the
operating system's keyring (service "freelance-desk", user "database-key:<key id>"; the id is
a random name kept in encryption.json, so the folder can be moved or renamed).
The user never types it; SQLCipher gets it as a raw key, so no slow key derivation
runs on every open. Where no keyring backend works (a headless Linux box), the user
may choose a passphrase instead: it is never written anywhere, only asked for.

How a data dir says it is encrypted: the database file's first 16 bytes. A plain
SQLite file starts with "SQLite format 3\\0"; an SQLCipher file is random from byte
0. `encryption.json` beside the database records where the key comes from
("keyring" or "passphrase") and whether the user chose a plain database; it never
holds a secret. The header is the truth, the marker the hint, so a crash between
swapping the file and updating the marker still opens correctly.

Encrypting or decrypting writes a new file with `sqlcipher_export`, verifies it
(integrity check, same row count in every table), swaps it in atomically, verifies
again and only then removes the old file (overwritten first when it was plain).
Plain backups and attached files (desktop/files.py) are encrypted the same way, so no
readable copy is left behind.

Crash safety. Before the first swap a journal (`conversion.json`: the operation, how the
result is keyed, the marker it replaces; never a secret) is written and made durable.
Every swap is `os.replace` plus an fsync of the folder. A process killed at any moment
leaves the database either old or new (the header says which), and at most some
`*.converting` / `*.old` / `*.part` leftovers; `recover()`, run by every open, finishes
what the header says was done (an encrypted database: every backup and attached file
encrypted too) or takes back what was not, removes the leftovers (overwriting plaintext
ones) and says what it did. Test hooks: desktop/faults.py, step names `<op>-…`.
"""
from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop import APP_ID, datalock, faults, files
from desktop.errors import Code, ServiceError, english_labels
from desktop.paths import AppPaths
from desktop.progress import Progress, report
from models import db as dbmod

log = logging.getLogger(__name__)

SERVICE = APP_ID
MARKER_NAME = "encryption.json"
JOURNAL_NAME = "conversion.json"
EXPORTS_JOURNAL = ".exports"  # one small file per export in progress: where its .part is
# Tests opt in to keyrings.alt's plaintext file as their real, test-local keyring.
PLAINTEXT_KEYRING_ENV = "FREELANCE_DESK_ALLOW_PLAINTEXT_KEYRING"
SQLITE_HEADER = b"SQLite format 3\x00"
PASSPHRASE_ENV = "FREELANCE_DESK_PASSPHRASE"
MIN_PASSPHRASE = 10
_RAW_KEY = re.compile(r"^x'[0-9a-fA-F]{64}'$")

_unlocked: dict[Path, str] = {}  # data dir -> secret the user typed this session
_typed_for_backups: list[str] = []  # keys typed this session to restore backups made elsewhere


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate knows this name
    return text


class RecoveryNote(str):
    """One thing a start did after an interrupted change: the English line (the CLI prints it,
    the log keeps it), plus the template and parameters the window translates (context
    "RecoveryNote", ui/data_actions.show_recovery_notice)."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> RecoveryNote:
        note = super().__new__(cls, template.format(**params))
        note.template, note.params = template, params
        return note


NOTE_HALF_CONVERTED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "removed the half-converted copy {name}")
NOTE_PUT_BACK = QT_TRANSLATE_NOOP(
    "RecoveryNote", "{name} put back as it was before the interrupted change")
NOTE_OLD_REMOVED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "removed the leftover copy {name}")
NOTE_OLD_WIPED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "removed the leftover copy {name} (plaintext, overwritten)")
NOTE_RESTORE_UNDONE = QT_TRANSLATE_NOOP(
    "RecoveryNote", "an interrupted restore was undone; the data is as it was before it")
NOTE_PART_REMOVED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "removed the unfinished file {name}")
NOTE_ATTACHMENT_REMOVED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "removed the unfinished attachment {name}")
NOTE_EXPORT_REMOVED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "removed the unfinished export {path}")
NOTE_ENCRYPT_FINISHED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "an interrupted encryption was finished")
NOTE_ENCRYPT_UNDONE = QT_TRANSLATE_NOOP(
    "RecoveryNote", "an interrupted encryption was undone: the data is still NOT encrypted; "
    "run encrypt again")
NOTE_DECRYPT_FINISHED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "an interrupted decryption was finished")
NOTE_DECRYPT_UNDONE = QT_TRANSLATE_NOOP(
    "RecoveryNote", "an interrupted decryption was undone: the data stays encrypted")
NOTE_RESTORE_FINISHED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "an interrupted restore was finished")
NOTE_BACKUPS_ENCRYPTED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "plain backups encrypted with the database key: {count}")
NOTE_FILES_ENCRYPTED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "attached files encrypted to match the database: {count}")
NOTE_FILES_DECRYPTED = QT_TRANSLATE_NOOP(
    "RecoveryNote", "attached files decrypted to match the database: {count}")
NOTE_DATABASE_PUT_BACK = QT_TRANSLATE_NOOP(
    "RecoveryNote", "{name} was missing; put back from its copy")
NOTE_IMPORT_TAKEN_BACK = QT_TRANSLATE_NOOP(
    "RecoveryNote", "an interrupted job import was taken back; postings removed: {count}")
NOTE_STATEMENT_IMPORT_TAKEN_BACK = QT_TRANSLATE_NOOP(
    "RecoveryNote", "an interrupted transaction import was taken back: the ledger is as it was "
                    "before it; transactions removed: {count}")


class SecurityError(dbmod.DatabaseError, ServiceError):
    """Encryption cannot proceed; the code says why and what to do."""


class KeyUnavailableError(SecurityError):
    """The database is encrypted and no key for it is at hand (ask for a passphrase)."""


class KeyringUnavailableError(SecurityError):
    pass


class DataUnreadableError(dbmod.DatabaseCorruptError, ServiceError):
    """The database file cannot be read (damaged, or another key); the code says what to do."""


# the secrets the app keeps in the keyring, named in its refusals (param "secret")
SECRET_LABELS = {
    "database_key": QT_TRANSLATE_NOOP("Secret", "the database key"),
    "payout_details": QT_TRANSLATE_NOOP("Secret", "the payout details"),
    "workspace_password": QT_TRANSLATE_NOOP("Secret", "the workspace password"),
}
english_labels("secret", SECRET_LABELS)


# -- the keyring ------------------------------------------------------------
def keyring_backend():
    import keyring

    return keyring.get_keyring()


def _keyring_unusable() -> bool:
    from keyring.backends import chainer, fail

    backend = keyring_backend()
    unusable = isinstance(backend, fail.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends)
    try:
        from keyring.backends import null

        unusable = unusable or isinstance(backend, null.Keyring)
    except ImportError:
        pass
    return unusable


def keyring_problem(secret: str = "database_key") -> KeyringUnavailableError | None:
    """None when a keyring backend can safely hold a new secret (a key of SECRET_LABELS), else
    the refusal that explains why. The one policy for every secret the app keeps."""
    if _keyring_unusable():
        return KeyringUnavailableError(Code.KEYRING_NONE, secret=secret)
    if keyring_is_plaintext() and os.environ.get(PLAINTEXT_KEYRING_ENV) != "1":
        # keyrings.alt's plaintext file (pulled in by the test extras) would hold the key
        # unencrypted in the home folder: no better than no keyring at all.
        return KeyringUnavailableError(Code.KEYRING_PLAINTEXT, keyring=keyring_name(),
                                       secret=secret)
    return None


def keyring_name() -> str:
    backend = keyring_backend()
    return " ".join(str(getattr(backend, "name", "") or type(backend).__name__).split())


def keyring_is_plaintext() -> bool:
    """keyrings.alt's PlaintextKeyring works but keeps secrets unencrypted on disk."""
    return type(keyring_backend()).__name__.startswith("Plaintext") or any(
        cls.__name__ == "PlaintextKeyring" for cls in type(keyring_backend()).__mro__)


def key_id(paths: AppPaths) -> str:
    """The data dir's key name in the keyring: random, recorded in the marker file, so the
    key follows the folder when it is moved or renamed (a path would not)."""
    marker = read_marker(paths)
    if not marker.get("key_id"):
        marker.setdefault("format", 1)
        marker["key_id"] = secrets.token_hex(16)
        _write_atomically(marker_path(paths), json.dumps(marker, indent=2).encode())
    return marker["key_id"]


def _keyring_user(paths: AppPaths) -> str:
    return f"database-key:{key_id(paths)}"


def _legacy_keyring_user(paths: AppPaths) -> str:
    return f"database-key:{paths.data_dir}"  # how early builds named the key


def stored_key(paths: AppPaths) -> str | None:
    """The raw SQLCipher key from the keyring, or None (no entry, or no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    if _keyring_unusable():  # reading a key already kept in a plaintext keyring is harmless
        return None
    try:
        value = keyring.get_password(SERVICE, _keyring_user(paths))
        if not value:
            value = keyring.get_password(SERVICE, _legacy_keyring_user(paths))
            if value:  # an early build's entry: name it by the key id so a move keeps it
                keyring.set_password(SERVICE, _keyring_user(paths), value)
                log.info("database key for %s renamed to its key id", paths.data_dir)
    except KeyringError as exc:
        log.warning("keyring lookup failed (%s): %s", keyring_name(), type(exc).__name__)
        return None
    return _as_raw_key(value) if value else None


def _adopt_recovery_key(paths: AppPaths, key: str) -> None:
    """A keyring-keyed folder opened with its recovery key (moved to another computer, or
    the keyring entry was lost): keep the key in this keyring so it is asked only once."""
    import keyring
    from keyring.errors import KeyringError

    if not is_raw_key(key) or keyring_problem() or stored_key(paths) is not None:
        return
    try:
        keyring.set_password(SERVICE, _keyring_user(paths), key[2:-1])
        log.info("recovery key stored in the keyring (%s) for %s", keyring_name(),
                 paths.data_dir)
    except KeyringError as exc:
        log.warning("could not store the recovery key in the keyring: %s", type(exc).__name__)


def _new_keyring_key(paths: AppPaths) -> str:
    import keyring
    from keyring.errors import KeyringError

    problem = keyring_problem()
    if problem:
        raise problem
    hex_key = secrets.token_hex(32)  # 256 bits from the OS's CSPRNG
    try:
        keyring.set_password(SERVICE, _keyring_user(paths), hex_key)
        if keyring.get_password(SERVICE, _keyring_user(paths)) != hex_key:
            raise KeyringError("the keyring did not keep the value")
    except KeyringError as exc:
        raise KeyringUnavailableError(Code.KEYRING_REFUSED, keyring=keyring_name(),
                                      detail=str(exc)) from exc
    log.info("created a database key in the keyring (%s) for %s", keyring_name(), paths.data_dir)
    return _as_raw_key(hex_key)


def _as_raw_key(hex_key: str) -> str:
    return f"x'{hex_key}'"


def secret_to_key(text: str) -> str:
    """What the user typed → SQLCipher key: a recovery key (64 hex digits) or a passphrase."""
    compact = re.sub(r"[\s-]", "", text)
    if re.fullmatch(r"[0-9a-fA-F]{64}", compact):
        return _as_raw_key(compact.lower())
    return text


def recovery_key(paths: AppPaths) -> str | None:
    """The keyring key as 16 groups of 4 hex digits, to write down (shown, never logged)."""
    key = stored_key(paths)
    if key is None:
        return None
    digits = key[2:-1]
    return " ".join(digits[i:i + 4] for i in range(0, 64, 4))


# -- the marker and the header ------------------------------------------------
def marker_path(paths: AppPaths) -> Path:
    return paths.data_dir / MARKER_NAME


def read_marker(paths: AppPaths) -> dict:
    try:
        data = json.loads(marker_path(paths).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def write_marker(paths: AppPaths, *, encrypted: bool, key_source: str | None) -> None:
    data = {"format": 1, "encrypted": encrypted, "key_source": key_source}
    if read_marker(paths).get("key_id"):
        data["key_id"] = read_marker(paths)["key_id"]
    _write_atomically(marker_path(paths), json.dumps(data, indent=2).encode())


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_state(path: Path) -> bool | None:
    """None: no database yet; False: plain SQLite; True: not plain (encrypted, or damaged)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return None
    if not head:
        return None
    return head != SQLITE_HEADER


# -- raw connections --------------------------------------------------------
def connect(path: Path, key: str | None, *, page_size: int | None = None):
    """A raw sqlcipher3 connection to `path` (plain when key is None), autocommit.

    An encrypted file is opened with its own page size: models.db.page_sizes are tried in
    turn and the first connection that reads the schema is returned (when none does, a wrong
    key or a damaged file, a connection with the first, whose reads fail as they always have).
    `page_size` makes a new file with that size instead (a backup copy must have its source's
    pages)."""
    import sqlcipher3

    sizes = (page_size,) if page_size else dbmod.page_sizes(path)
    for size in sizes:
        before = dbmod.file_identity(path)
        conn = _connect(path, key, size)
        if key is None or len(sizes) == 1:
            return conn
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            conn.close()
            continue
        dbmod.remember_page_size(path, size, before)
        return conn
    return _connect(path, key, sizes[0])


def _connect(path: Path, key: str | None, page_size: int | None):
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report
        if key is not None:
            conn.execute("PRAGMA key = " + _quote(key))
            conn.execute(f"PRAGMA cipher_page_size = {page_size}")
        conn.execute("PRAGMA busy_timeout = 5000")
    except Exception:
        conn.close()
        raise
    return conn


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def key_opens(path: Path, key: str | None) -> bool:
    import sqlcipher3

    try:
        conn = connect(path, key)
    except sqlcipher3.DatabaseError:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def table_counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def verify_file(path: Path, key: str | None, *, expect_counts: dict[str, int] | None = None,
                shown_as: str | None = None) -> list[SecurityError]:
    """Problems found opening `path` as a Freelance Desk database; empty means good. Each is a
    code with its parameters (the window says it in the user's language, the CLI in English);
    SQLite's own words about the damage are a parameter, there being no other. `shown_as`: the
    name the user knows the file by (a working copy is checked in its place)."""
    import sqlcipher3

    name = shown_as or Path(path).name
    if not Path(path).is_file():
        return [SecurityError(Code.FILE_MISSING, path=str(path))]
    try:
        conn = connect(path, key)
    except sqlcipher3.Error as exc:
        return [SecurityError(Code.VERIFY_CANNOT_OPEN, name=name, detail=str(exc))]
    try:
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlcipher3.DatabaseError as exc:
            return [SecurityError(Code.VERIFY_UNREADABLE, name=name, detail=str(exc))]
        if "schema_migration" not in tables:
            return [SecurityError(Code.VERIFY_NOT_OURS, name=name)]
        problems = [SecurityError(Code.VERIFY_INTEGRITY, detail=r[0])
                    for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [SecurityError(Code.VERIFY_FOREIGN_KEY, table=t, row=rowid, parent=parent)
                     for t, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > dbmod.latest_version():
            problems.append(SecurityError(Code.VERIFY_NEWER_SCHEMA, version=version))
        if "job_fts" in tables:
            try:
                conn.execute("INSERT INTO job_fts(job_fts) VALUES ('integrity-check')")
            except sqlcipher3.DatabaseError as exc:
                problems.append(SecurityError(Code.VERIFY_SEARCH_INDEX, detail=str(exc)))
        if expect_counts is not None:
            counts = table_counts(conn)
            problems += [SecurityError(Code.VERIFY_ROW_COUNT, table=table,
                                       rows=counts.get(table, 0), expected=n)
                         for table, n in expect_counts.items() if counts.get(table) != n]
        return problems
    except sqlcipher3.DatabaseError as exc:
        return [SecurityError(Code.VERIFY_DAMAGED, name=name, detail=str(exc))]
    finally:
        conn.close()


# -- the key for opening ------------------------------------------------------
def _terminal_prompt(paths: AppPaths, reason: ServiceError) -> str | None:
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    print(reason, file=sys.stderr)
    return getpass.getpass(f"Passphrase or recovery key for {paths.data_dir}: ") or None


# The GUI replaces this with a dialog (showing `reason` translated); returns None when the
# user gives up.
prompt: Callable[[AppPaths, ServiceError], str | None] | None = _terminal_prompt


def unlock(paths: AppPaths, secret: str) -> bool:
    """Remember a typed passphrase or recovery key for this session if it opens the data."""
    key = secret_to_key(secret)
    if not key_opens(paths.database, key):
        return False
    _unlocked[paths.data_dir] = key
    return True


def forget(paths: AppPaths) -> None:
    _unlocked.pop(paths.data_dir, None)


def _locked_reason(paths: AppPaths, marker: dict) -> KeyUnavailableError:
    if marker.get("key_source") == "passphrase":
        return KeyUnavailableError(Code.LOCKED_PASSPHRASE, folder=str(paths.data_dir),
                                   env=PASSPHRASE_ENV)
    return KeyUnavailableError(Code.LOCKED_KEYRING, folder=str(paths.data_dir),
                               keyring=keyring_name())


def passphrase_for(paths: AppPaths) -> str | None:
    """The SQLCipher key for this data dir, or None for a plain database.

    A new database is encrypted with a fresh keyring key when a keyring backend
    works (unless the user chose a plain database), and plain otherwise.
    """
    state = file_state(paths.database)
    marker = read_marker(paths)
    if state is None:
        if marker.get("encrypted") is False and marker.get("chosen"):
            return None
        problem = keyring_problem()
        if problem:
            log.info("new database is not encrypted: %s", problem)
            write_marker(paths, encrypted=False, key_source=None)
            return None
        key = stored_key(paths) or _new_keyring_key(paths)
        write_marker(paths, encrypted=True, key_source="keyring")
        return key
    if state is False:
        return None
    candidates = [_unlocked.get(paths.data_dir), stored_key(paths)]
    if os.environ.get(PASSPHRASE_ENV):
        candidates.append(secret_to_key(os.environ[PASSPHRASE_ENV]))
    tried = False
    for key in candidates:
        if key is None:
            continue
        tried = True
        if key_opens(paths.database, key):
            return key
    if tried and marker.get("key_source") != "passphrase":
        raise DataUnreadableError(Code.DATABASE_WRONG_KEY, path=str(paths.database))
    if marker.get("encrypted") is False and not tried:
        raise DataUnreadableError(Code.DATABASE_HEADER_DAMAGED, path=str(paths.database))
    reason = _locked_reason(paths, marker)
    for _attempt in range(3):
        typed = prompt(paths, reason) if prompt else None
        if not typed:
            break
        if unlock(paths, typed):
            if marker.get("key_source") != "passphrase":
                _adopt_recovery_key(paths, _unlocked[paths.data_dir])
            return _unlocked[paths.data_dir]
        reason = KeyUnavailableError(Code.WRONG_PASSPHRASE)
    raise reason


# -- status -----------------------------------------------------------------
@dataclass
class Status:
    encrypted: bool
    key_source: str | None
    keyring_name: str
    keyring_problem: ServiceError | None
    keyring_plaintext: bool
    plaintext_leftovers: list[str] = field(default_factory=list)

    @property
    def fully_encrypted(self) -> bool:
        return self.encrypted and not self.plaintext_leftovers

    def describe(self) -> str:
        if self.encrypted and self.key_source == "passphrase":
            text = ("The database is encrypted (SQLCipher, AES-256) with your passphrase. "
                    "Nobody can read it without the passphrase — including you, if you forget it.")
        elif self.encrypted:
            text = ("The database is encrypted (SQLCipher, AES-256). Its random 256-bit key is "
                    f"kept in your system keyring ({self.keyring_name}); you never type it.")
        else:
            text = "The database is NOT encrypted: anyone who can read your files can read it."
        if self.encrypted and self.plaintext_leftovers:
            shown = ", ".join(self.plaintext_leftovers[:3])
            more = len(self.plaintext_leftovers) - 3
            text = ("The data is NOT fully encrypted: readable copies are still in the folder ("
                    f"{shown}{f' and {more} more' if more > 0 else ''}). Opening Freelance "
                    "Desk (or running any command) encrypts or removes them. " + text)
        if self.keyring_problem and not self.encrypted:
            text += " " + str(self.keyring_problem) + " You can protect the data with a passphrase."
        elif self.keyring_plaintext and self.encrypted and self.key_source != "passphrase":
            text += (f" Note: the keyring backend ({self.keyring_name}) stores secrets "
                     "unencrypted in your home folder.")
        return text


def status(paths: AppPaths) -> Status:
    state = file_state(paths.database)
    marker = read_marker(paths)
    encrypted = bool(state)
    source = (marker.get("key_source") or "keyring") if encrypted else None
    leftovers = plaintext_leftovers(paths) if encrypted else []
    return Status(encrypted, source, keyring_name(), keyring_problem(), keyring_is_plaintext(),
                  leftovers)


# -- encrypt / decrypt --------------------------------------------------------
def _convert(src: Path, dst: Path, src_key: str | None, dst_key: str | None) -> dict[str, int]:
    """Copy every table of `src` into a new `dst` with another key; returns src's row counts."""
    with contextlib.suppress(FileNotFoundError):
        dst.unlink()
    conn = connect(src, src_key)
    try:
        counts = table_counts(conn)
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dst), dst_key or ""))
        if dst_key:  # a new encrypted file: this app's page size (models/db.py)
            conn.execute(f"PRAGMA target.cipher_page_size = {dbmod.NEW_CIPHER_PAGE_SIZE}")
        conn.execute("SELECT sqlcipher_export('target')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA target.user_version = {version}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()  # the last connection: SQLite folds the WAL back into the file
    return counts


def _wipe(path: Path) -> None:
    """Overwrite then delete (best effort: SSDs and journaling file systems may keep copies)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            chunk = b"\0" * (1 << 20)
            for n in range(0, size, len(chunk)):
                fh.write(chunk)
                if n == 0:
                    faults.checkpoint("wipe:first-chunk")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    for leftover in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def replace_file(target: Path, src_key: str | None, dst_key: str | None, *,
                 wipe_old: bool, step: str = "convert") -> None:
    """Re-key `target` safely: new file, verify, atomic swap, verify, drop the old one.

    Kill points (desktop/faults.py): `<step>:converted`, `<step>:linked`, `<step>:swapped`,
    `<step>:verified`; a kill anywhere leaves `target` whole (old or new) and `recover()`
    removes the `.converting` / `.old` leftovers."""
    work = target.with_name(target.name + ".converting")
    old = target.with_name(target.name + ".old")
    if Path(str(target) + "-wal").exists() and Path(str(target) + "-wal").stat().st_size:
        conn = connect(target, src_key)  # fold a leftover WAL (from a crash) into the file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    counts = _convert(target, work, src_key, dst_key)
    problems = verify_file(work, dst_key, expect_counts=counts)
    if problems:
        _wipe(work)
        raise SecurityError(Code.CONVERT_FAILED_VERIFY, name=target.name,
                            problems=problems[:3])
    _fsync_file(work)
    faults.checkpoint(f"{step}:converted")
    with contextlib.suppress(FileNotFoundError):
        old.unlink()
    try:
        os.link(target, old)  # the old content survives under .old until the new one is proven
    except OSError:  # a file system without hard links
        shutil.copy2(target, old)
    faults.checkpoint(f"{step}:linked")
    try:
        os.replace(work, target)
    except PermissionError as exc:  # Windows: another process holds the file open
        _wipe(work)
        old.unlink()
        raise datalock.busy_refusal(target.parent) from exc
    fsync_dir(target.parent)
    faults.checkpoint(f"{step}:swapped")
    problems = verify_file(target, dst_key, expect_counts=counts)
    if problems:
        os.replace(old, target)
        fsync_dir(target.parent)
        raise SecurityError(Code.SWAP_FAILED_VERIFY, name=target.name,
                            problems=problems[:3])
    faults.checkpoint(f"{step}:verified")
    _drop_old(old, plain=wipe_old)


def _drop_old(old: Path, *, plain: bool) -> None:
    if plain:
        _wipe(old)  # the old inode lives only under `old` now: overwrite the plaintext
    else:
        _remove_quietly(old)
    fsync_dir(old.parent)


def _remove_quietly(path: Path) -> None:
    for leftover in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"),
                     Path(str(path) + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _backup_files(paths: AppPaths) -> list[Path]:
    return sorted(p for p in paths.backups_dir.glob("*.sqlite3") if p.is_file())


def encrypt(paths: AppPaths, *, passphrase: str | None = None,
            progress: Progress | None = None) -> Status:
    """Encrypt the plain database, then plain backups and attached files. The caller closed
    the database.

    With no passphrase the key goes to the keyring (created if needed, reused if an
    earlier encryption left one, so older encrypted backups stay restorable).
    Kill points: `encrypt:journal`, `encrypt-db:…` (see replace_file), `encrypt:database`,
    `encrypt-backup:…`, `encrypt:backups`, `encrypt:file`, `encrypt:files`.
    """
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise SecurityError(Code.PASSPHRASE_TOO_SHORT, min=MIN_PASSPHRASE)
    with datalock.exclusive(paths.data_dir):
        if file_state(paths.database):
            if paths.data_dir in _finished_by_recovery and passphrase is None:
                return status(paths)  # this start finished an interrupted `encrypt`
            raise SecurityError(Code.ALREADY_ENCRYPTED)
        if passphrase is None:
            key, source = stored_key(paths) or _new_keyring_key(paths), "keyring"
        else:
            key, source = secret_to_key(passphrase), "passphrase"
        report(progress, 0, 3, QT_TRANSLATE_NOOP("Progress", "Encrypting the database…"))
        if file_state(paths.database) is None:
            dbmod.open_database(paths.database, passphrase=key).close()  # nothing to convert
            write_marker(paths, encrypted=True, key_source=source)
        else:
            _write_journal(paths, {"op": "encrypt", "key_source": source,
                                   "previous_marker": read_marker(paths)})
            faults.checkpoint("encrypt:journal")
            # the marker first: until the swap, the plain header still decides
            write_marker(paths, encrypted=True, key_source=source)
            replace_file(paths.database, None, key, wipe_old=True, step="encrypt-db")
        faults.checkpoint("encrypt:database")
        if source == "passphrase":
            _unlocked[paths.data_dir] = key
        report(progress, 1, 3,
            QT_TRANSLATE_NOOP("Progress", "Encrypting older backups and attached files…"))
        _make_consistent(paths, key, step="encrypt")
        _remove_journal(paths)
        report(progress, 3, 3, QT_TRANSLATE_NOOP("Progress", "Encrypted"))
    log.info("database in %s encrypted (key: %s)", paths.data_dir, source)
    return status(paths)


def decrypt(paths: AppPaths, *, progress: Progress | None = None) -> Status:
    """Store the database (and attached files) unencrypted. Backups stay encrypted; the
    keyring key is kept so they can still be restored.

    The files go first while the database is still encrypted, so a kill part-way leaves an
    encrypted folder that the next open makes whole again. Kill points: `decrypt:journal`,
    `decrypt:file`, `decrypt:files`, `decrypt-db:…` (see replace_file), `decrypt:database`.
    """
    with datalock.exclusive(paths.data_dir):
        if not file_state(paths.database):
            raise SecurityError(Code.NOT_ENCRYPTED)
        key = passphrase_for(paths)
        report(progress, 0, 2, QT_TRANSLATE_NOOP("Progress", "Decrypting the database…"))
        _write_journal(paths, {"op": "decrypt", "previous_marker": read_marker(paths)})
        faults.checkpoint("decrypt:journal")
        _files_to(paths, None, key, step="decrypt")
        faults.checkpoint("decrypt:files")
        replace_file(paths.database, key, None, wipe_old=False, step="decrypt-db")
        faults.checkpoint("decrypt:database")
        _mark_chosen_plain(paths)
        _remove_journal(paths)
        report(progress, 2, 2, QT_TRANSLATE_NOOP("Progress", "Decrypted"))
    log.info("database in %s decrypted at the user's request", paths.data_dir)
    return status(paths)


# -- the journal and recovery -------------------------------------------------------
_finished_by_recovery: set[Path] = set()


def journal_path(paths: AppPaths) -> Path:
    return paths.data_dir / JOURNAL_NAME


def _write_journal(paths: AppPaths, data: dict) -> None:
    _write_atomically(journal_path(paths), json.dumps(data, indent=2).encode())


def read_journal(paths: AppPaths) -> dict | None:
    try:
        data = json.loads(journal_path(paths).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"op": "unknown"}
    return data if isinstance(data, dict) else {"op": "unknown"}


def _remove_journal(paths: AppPaths) -> None:
    with contextlib.suppress(FileNotFoundError):
        journal_path(paths).unlink()
        fsync_dir(paths.data_dir)


def write_journal(paths: AppPaths, data: dict) -> None:
    """For desktop/services/backup.py (restore): the same durable journal."""
    _write_journal(paths, data)


def remove_journal(paths: AppPaths) -> None:
    _remove_journal(paths)


def _backup_candidates(paths: AppPaths) -> list[Path]:
    return [p for p in _backup_files(paths) if not p.name.endswith((".old", ".converting"))]


def _files_to(paths: AppPaths, key: str | None, old_key: str | None, *, step: str) -> int:
    """Bring every attached file to `key` (None: plain); returns how many were changed.
    Files no known key opens are left as they are (and logged)."""
    changed = 0
    for path in files.stored_files(paths.files_dir):
        encrypted = files.is_encrypted(path)
        if key is None and not encrypted:
            continue
        if key is not None and not encrypted:
            files.encrypt_file(path, key)
        else:
            try:
                found = files.key_for(path, [k for k in (key, old_key, *backup_keys(paths))
                                             if k])
            except files.FileCryptError as exc:
                log.warning("attached file left as it is: %s", exc)
                continue
            if found == key:
                continue
            if key is None:
                files.decrypt_file(path, found)
            else:
                files.rekey_file(path, found, key)
        changed += 1
        faults.checkpoint(f"{step}:file")
    return changed


def _make_consistent(paths: AppPaths, key: str | None, *, step: str) -> list[str]:
    """An encrypted database: every backup and attached file encrypted too. A plain one:
    attached files plain (backups stay as they are). Returns what was done, for the user."""
    notes = []
    if key is not None:
        plain = [b for b in _backup_candidates(paths) if file_state(b) is False]
        for backup in plain:
            try:
                replace_file(backup, None, key, wipe_old=True, step=f"{step}-backup")
            except SecurityError as exc:  # not a database we can convert: do not keep it plain
                log.warning("plain backup %s could not be encrypted (%s); removed", backup, exc)
                _wipe(backup)
        faults.checkpoint(f"{step}:backups")
        if plain:
            notes.append(RecoveryNote(NOTE_BACKUPS_ENCRYPTED, count=len(plain)))
    count = _files_to(paths, key, None, step=step)
    faults.checkpoint(f"{step}:files")
    if count:
        notes.append(RecoveryNote(NOTE_FILES_ENCRYPTED if key else NOTE_FILES_DECRYPTED,
                                  count=count))
    return notes


def _leftover_swaps(paths: AppPaths) -> list[tuple[Path, Path]]:
    """(target, leftover) pairs of `.old` files beside the database and the backups."""
    pairs = []
    for folder in (paths.data_dir, paths.backups_dir):
        for old in folder.glob("*.sqlite3.old"):
            pairs.append((old.with_name(old.name[:-4]), old))
    return pairs


def recover_before_key(paths: AppPaths) -> list[str]:
    """Put back a database that is missing while its `.old` copy exists (nothing else to do
    before the key is asked for: the header of the file in place decides the rest)."""
    old = paths.database.with_name(paths.database.name + ".old")
    if not paths.database.exists() and old.exists():
        os.replace(old, paths.database)
        fsync_dir(paths.data_dir)
        return [RecoveryNote(NOTE_DATABASE_PUT_BACK, name=paths.database.name)]
    return []


def recover(paths: AppPaths, key: str | None) -> list[str]:
    """Finish or take back an interrupted encrypt / decrypt / restore / export and remove
    what it left behind. `key` opens the database in place (None: it is plain). The caller
    holds the data dir exclusively. Returns one line per thing done, for the user."""
    notes: list[str] = []
    journal = read_journal(paths)
    # 1. half-built copies: never swapped in, so never the data
    for folder in (paths.data_dir, paths.backups_dir):
        for work in folder.glob("*.converting"):
            _wipe(work)
            notes.append(RecoveryNote(NOTE_HALF_CONVERTED, name=work.name))
    # 2. `.old`: the same file as the target (killed before the swap) or the replaced one
    for target, old in _leftover_swaps(paths):
        plain = file_state(old) is False
        if target.exists() and os.path.samefile(target, old):
            old.unlink()
        elif target.exists() and not _target_broken(paths, target, key):
            _drop_old(old, plain=plain)
        else:
            os.replace(old, target)
            fsync_dir(target.parent)
            notes.append(RecoveryNote(NOTE_PUT_BACK, name=target.name))
            continue
        notes.append(RecoveryNote(NOTE_OLD_WIPED if plain else NOTE_OLD_REMOVED,
                                  name=old.name))
    # 3. a restore that did not reach its swap
    restoring = paths.database.with_name(paths.database.name + ".restoring")
    restore_done = journal is not None and journal.get("op") == "restore" \
        and not restoring.exists()
    if restoring.exists():
        plain = file_state(restoring) is False
        (_wipe if plain else _remove_quietly)(restoring)
        notes.append(RecoveryNote(NOTE_RESTORE_UNDONE))
    # 4. half-written backups, attached files, import staging, decrypted viewer copies
    for part in list(paths.backups_dir.glob("*.part")) + list(paths.data_dir.glob("*.tmp")):
        _wipe(part) if file_state(part) is False else _remove_quietly(part)
        notes.append(RecoveryNote(NOTE_PART_REMOVED, name=part.name))
    for leftover in files.leftovers(paths.files_dir):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink()
        notes.append(RecoveryNote(NOTE_ATTACHMENT_REMOVED, name=leftover.name))
    if files.drop_open_copies(paths.data_dir):
        log.info("removed decrypted copies of attached files left by the last session")
    notes += _recover_exports(paths)
    # 5. the journal: finish or take back the operation it names
    if journal is not None:
        op = journal.get("op")
        if op == "encrypt":
            if key is not None:
                write_marker(paths, encrypted=True, key_source=journal.get("key_source"))
                _finished_by_recovery.add(paths.data_dir)
                notes.append(RecoveryNote(NOTE_ENCRYPT_FINISHED))
            else:
                _restore_marker(paths, journal.get("previous_marker"))
                notes.append(RecoveryNote(NOTE_ENCRYPT_UNDONE))
        elif op == "decrypt":
            if key is None:
                _mark_chosen_plain(paths)
                notes.append(RecoveryNote(NOTE_DECRYPT_FINISHED))
            else:
                _restore_marker(paths, journal.get("previous_marker"))
                notes.append(RecoveryNote(NOTE_DECRYPT_UNDONE))
        elif op == "restore" and restore_done:
            source = journal.get("key_source")
            if source == "plain":
                _mark_chosen_plain(paths)
            elif source in {"keyring", "passphrase"}:
                write_marker(paths, encrypted=True, key_source=source)
            notes.append(RecoveryNote(NOTE_RESTORE_FINISHED))
        _remove_journal(paths)
    # 6. every backup and attached file as protected as the database
    notes += _make_consistent(paths, key, step="recover")
    return notes


def _target_broken(paths: AppPaths, target: Path, key: str | None) -> bool:
    """True when the swapped-in file does not open as a database (then the .old goes back)."""
    keys = [key] if target == paths.database else [key, None, *backup_keys(paths)]
    want_plain = file_state(target) is False
    return not any(key_opens(target, k) for k in keys if (k is None) == want_plain)


def _restore_marker(paths: AppPaths, marker) -> None:
    if isinstance(marker, dict) and marker:
        _write_atomically(marker_path(paths), json.dumps(marker, indent=2).encode())
    else:
        with contextlib.suppress(FileNotFoundError):
            marker_path(paths).unlink()


def export_started(paths: AppPaths, part: Path) -> Path:
    """Record (durably) that `part` is being written, so a kill does not leave it behind."""
    folder = paths.data_dir / EXPORTS_JOURNAL
    folder.mkdir(mode=0o700, exist_ok=True)
    entry = folder / (secrets.token_hex(8) + ".json")
    _write_atomically(entry, json.dumps({"part": str(part)}).encode())
    return entry


def export_finished(entry: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        entry.unlink()


def _recover_exports(paths: AppPaths) -> list[str]:
    notes = []
    folder = paths.data_dir / EXPORTS_JOURNAL
    for entry in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            part = Path(json.loads(entry.read_text(encoding="utf-8"))["part"])
        except (OSError, ValueError, KeyError, TypeError):
            part = None
        if part is not None and part.name.endswith(".part") and part.exists():
            _wipe(part)  # a plain zip of everything: overwrite it
            notes.append(RecoveryNote(NOTE_EXPORT_REMOVED, path=str(part)))
        entry.unlink()
    for entry in folder.glob("*.tmp") if folder.is_dir() else []:
        entry.unlink()
    return notes


def plaintext_leftovers(paths: AppPaths) -> list[str]:
    """Readable copies in an encrypted folder (relative names; empty when all is well)."""
    found = []
    for folder in (paths.data_dir, paths.backups_dir):
        for pattern in ("*.old", "*.converting", "*.restoring", "*.part"):
            found += [p for p in folder.glob(pattern) if file_state(p) is False]
    found += [b for b in _backup_candidates(paths) if file_state(b) is False]
    found += [f for f in files.stored_files(paths.files_dir) if not files.is_encrypted(f)]
    found += files.leftovers(paths.files_dir)
    copies = paths.data_dir / files.OPEN_COPIES
    if copies.is_dir():
        found += sorted(copies.iterdir())
    names = sorted({str(p.relative_to(paths.data_dir)) for p in found})
    if journal_path(paths).exists():
        names.append(JOURNAL_NAME + " (an unfinished conversion)")
    return names


def _mark_chosen_plain(paths: AppPaths) -> None:
    data = {"format": 1, "encrypted": False, "key_source": None, "chosen": True}
    if read_marker(paths).get("key_id"):  # a later re-encryption finds the kept key
        data["key_id"] = read_marker(paths)["key_id"]
    _write_atomically(marker_path(paths), json.dumps(data, indent=2).encode())


def backup_keys(paths: AppPaths) -> list[str | None]:
    """Keys that may open a backup of this data dir, most likely first (None = plain)."""
    keys: list[str | None] = []
    for key in (_unlocked.get(paths.data_dir), stored_key(paths),
                secret_to_key(os.environ[PASSPHRASE_ENV]) if os.environ.get(PASSPHRASE_ENV)
                else None, *_typed_for_backups):
        if key is not None and key not in keys:
            keys.append(key)
    return keys


def known_key_opens(paths: AppPaths, path: Path) -> bool:
    """True when `path` is plain or a key at hand opens it (no prompt)."""
    return file_state(path) is False or any(key_opens(path, k) for k in backup_keys(paths))


def unlock_backup(path: Path, secret: str) -> bool:
    """Remember a typed passphrase or recovery key for this session if it opens `path`."""
    key = secret_to_key(secret)
    if not key_opens(path, key):
        return False
    if key not in _typed_for_backups:
        _typed_for_backups.append(key)
    return True


def key_for_file(paths: AppPaths, path: Path) -> str | None:
    """The key that opens `path` (None when it is plain); SecurityError if none does."""
    if file_state(path) is False:
        return None
    for key in backup_keys(paths):
        if key_opens(path, key):
            return key
    reason = KeyUnavailableError(Code.BACKUP_FOREIGN_KEY, name=Path(path).name)
    for _attempt in range(3):
        typed = prompt(paths, reason) if prompt else None
        if not typed:
            break
        if key_opens(path, secret_to_key(typed)):
            return secret_to_key(typed)
        reason = KeyUnavailableError(Code.BACKUP_WRONG_PASSPHRASE)
    raise KeyUnavailableError(Code.BACKUP_KEY_UNAVAILABLE, name=Path(path).name)


def remember_key_source(paths: AppPaths, key: str | None) -> None:
    """After a restore: record how the restored file is keyed."""
    if key is None:
        _mark_chosen_plain(paths)
    elif key == stored_key(paths):
        write_marker(paths, encrypted=True, key_source="keyring")
    else:
        _unlocked[paths.data_dir] = key
        write_marker(paths, encrypted=True, key_source="passphrase")


def is_raw_key(key: str | None) -> bool:
    return bool(key and _RAW_KEY.match(key))

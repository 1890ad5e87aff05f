"""The deferred database: open, pragmas, migrate, version guard, integrity check.

Models bind to `database` (a proxy); start-up initialises it with a plain SQLite
or an SQLCipher database. Schema changes are numbered scripts in models/migrations,
run by peewee's playhouse.migrations runner and recorded in `schema_migration`.
"""
from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from pathlib import Path
from typing import Any

from peewee import DatabaseProxy, OperationalError, SqliteDatabase

# peewee turns driver errors into its own with this (not in its stubs: a private name)
from peewee import __exception_wrapper__ as _wrap_errors  # type: ignore[attr-defined]

from models.errors import Code, ServiceError

log = logging.getLogger(__name__)

database = DatabaseProxy()
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# WAL lets the GUI read while a background import writes. synchronous=FULL: our
# writes are small and human-paced (autosaves, ledger entries), so an fsync per
# commit costs nothing a user notices, and a committed ledger row or draft must
# survive a power cut, not only a process crash (NORMAL only promises the latter).
BUSY_TIMEOUT_MS = 5000
PRAGMAS: dict[str, str | int] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -16000,
    "temp_store": "memory",
}


# SQLCipher's page size for the encrypted databases this app makes (SQLCipher's default is
# 4 KiB). Every page is encrypted and authenticated on its own (IV + HMAC, 80 bytes reserved in
# each page), so larger pages mean a quarter of the cipher calls and of that overhead: storing
# 100,000 postings, side by side with 4 KiB pages, CPU 11.2-11.3 -> 10.2-10.3 s, the file
# 311.9 -> 296.5 MB, text searches faster, not slower (tests/perf/NOTES.md, issue 20). The page
# size is not readable without the key (the header is encrypted too), so every open tries the
# sizes (`page_sizes`): databases made with 4 KiB pages before this keep them and open.
NEW_CIPHER_PAGE_SIZE = 16384
_CIPHER_PAGE_SIZES = (NEW_CIPHER_PAGE_SIZE, 4096)


# (device, inode, size, mtime) of a file -> its page size: a file found out once is not tried
# again (with a typed passphrase every try pays SQLCipher's key derivation, ~130 ms here). A file
# replaced (a conversion, a restored backup) is another inode or has another size or mtime.
_found_page_sizes: dict[tuple[int, int, int, int], int] = {}


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    """(device, inode, size, mtime), or None for a database still to be made (no file, or an
    empty one with no WAL)."""
    wal = Path(f"{path}-wal")
    try:
        stat = path.stat()
        if stat.st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
            return None
    except FileNotFoundError:
        return None
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _remember(path: Path, identity: tuple[int, int, int, int] | None, size: int) -> None:
    """Note `size` for the file as it was (`identity`) and as it is now (a connection closing
    may have folded a WAL into it)."""
    for known in (identity, _identity(path)):
        if known is not None:
            _found_page_sizes[known] = size


def page_sizes(path: str | Path) -> tuple[int, ...]:
    """The page sizes to try on `path`, in order: the one found before (else the app's), then
    the others. A database still to be made gets only the app's. Each try is a connection of
    its own with the key (with a typed passphrase, each pays SQLCipher's key derivation), so
    the callers open their real connection this way and keep the first that reads."""
    identity = _identity(Path(path))
    if identity is None:
        return (NEW_CIPHER_PAGE_SIZE,)
    first = _found_page_sizes.get(identity, NEW_CIPHER_PAGE_SIZE)
    return (first, *(size for size in _CIPHER_PAGE_SIZES if size != first))


def remember_page_size(path: str | Path, size: int,
                       before: tuple[int, int, int, int] | None = None) -> None:
    """Note that `path` (as it was, `before`, and as it is now) opened with `size`."""
    _remember(Path(path), before, size)


def file_identity(path: str | Path) -> tuple[int, int, int, int] | None:
    return _identity(Path(path))


class DatabaseError(Exception):
    """The database cannot be used; the message says why in plain words."""


class BusyError(DatabaseError):
    """A write waited longer than `busy_timeout` for another writer (typically an import in
    another window or command). `code` is "busy"; `percent` is the import's progress when one
    is running (None otherwise). The message is one line, "busy: …", ready to show."""

    code = "busy"

    def __init__(self, message: str, *, percent: int | None = None, kind: str | None = None):
        super().__init__(message)
        self.percent = percent
        self.kind = kind


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "database table is locked" (SQLITE_BUSY)."""
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text \
        or "database is busy" in text


class SchemaTooNewError(DatabaseError, ServiceError):
    """Written by a newer version of the app (Code.SCHEMA_TOO_NEW); nothing was changed."""


class DatabaseCorruptError(DatabaseError):
    """The file is damaged (integrity check failed, or SQLite cannot read it)."""


def is_corruption(exc: Exception) -> bool:
    """True for SQLite's own words for a damaged file."""
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "disk image" in text


def migration_names() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def _index(name: str) -> int:
    match = re.match(r"\d+", name)
    return int(match.group()) if match else -1


def latest_version() -> int:
    return max((_index(n) for n in migration_names()), default=0)


class _TakesTurns(SqliteDatabase):
    """BEGIN IMMEDIATE that polls for the write lock every millisecond or two.

    SQLite's own busy handler sleeps longer and longer (up to 100 ms a try), so a writer waiting
    behind an import that commits a short batch every few tens of milliseconds keeps missing the
    gaps between them. Polling finely gets in at the first gap; after busy_timeout it gives up
    with SQLite's "database is locked" (the CLI and the UI turn that into one "busy:" line).
    """

    _lock_type: str | None  # set by SqliteDatabase.__init__ (not in peewee's stubs)

    def begin(self, lock_type=None):
        lock_type = lock_type or self._lock_type
        if (lock_type or "").upper() != "IMMEDIATE":
            return super().begin(lock_type)
        cursor = self.cursor()
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        cursor.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    with _wrap_errors:
                        cursor.execute("BEGIN IMMEDIATE")
                    return None
                except OperationalError as exc:
                    if not is_busy(exc) or time.monotonic() > deadline:
                        raise
                time.sleep(0.001)
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {PRAGMAS['busy_timeout']}")


class _Sqlite(_TakesTurns, SqliteDatabase):
    pass


def make_database(path: str | Path, passphrase: str | None = None) -> SqliteDatabase:
    """A database object for `path`, plain or (with a passphrase) SQLCipher-encrypted.

    Write transactions start with BEGIN IMMEDIATE: a service that reads and then writes
    (an autosave) takes the write lock first and waits its turn (busy_timeout) instead of
    failing at once with SQLITE_BUSY when another process committed in between, which a
    deferred BEGIN does in WAL mode. A transaction that only reads asks for
    `atomic("DEFERRED")`.
    """
    if passphrase is not None:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        class _SqlCipher(_TakesTurns, SqlCipherDatabase):
            _sizes_lock = threading.Lock()
            _pragmas: list[tuple[str, Any]]

            def _connect(self):
                """The connection, with the file's page size (`page_sizes`: the one found
                before first, then the others; the first that reads is kept)."""
                from sqlcipher3 import dbapi2

                with self._sizes_lock:
                    pragmas = [p for p in self._pragmas if p[0] != "cipher_page_size"]
                    first = dict(self._pragmas)["cipher_page_size"]
                    failed: Exception | None = None
                    # the size this database object last opened with first (the file's
                    # identity changes as the WAL is folded in, so the remembered one may not
                    # be found again for the next thread's connection)
                    others = (size for size in page_sizes(self.database) if size != first)
                    for size in (first, *others):
                        self._pragmas = [("cipher_page_size", size), *pragmas]
                        identity = _identity(Path(self.database))
                        try:
                            conn = super()._connect()
                        except dbapi2.DatabaseError as exc:
                            if "not a database" not in str(exc):
                                self._pragmas = [("cipher_page_size", first), *pragmas]
                                raise
                            failed = failed or exc  # the first size's error, as before
                            continue
                        _remember(Path(self.database), identity, size)
                        return conn
                    self._pragmas = [("cipher_page_size", first), *pragmas]
                    assert failed is not None
                    raise failed

        # the page size right after the key, before anything reads the file
        pragmas = {"cipher_page_size": page_sizes(path)[0], **PRAGMAS}
        return _SqlCipher(str(path), passphrase=passphrase, pragmas=pragmas,
                          lock_type="IMMEDIATE")
    return _Sqlite(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")


def open_database(path: str | Path, *, passphrase: str | None = None,
                  migrate: bool = True) -> SqliteDatabase:
    """Open `path`, refuse a schema newer than this app, and migrate it."""
    close_database()
    return _open(make_database(path, passphrase), migrate)


def _open(db, migrate: bool):
    """Make `db` the app's database: connect, refuse a newer schema, migrate (either backend)."""
    database.initialize(db)
    try:
        db.connect()
        check_version(db)
        if migrate:
            run_migrations(db)
    except Exception:
        close_database()
        raise
    return db


def read_mostly(fn, *args, **kwargs):
    """Run `fn` (an idempotent sweep that usually finds nothing to do) so that it takes the
    write lock only when it writes: inside a deferred transaction first; if another process
    committed between its reads and its first write (SQLITE_BUSY on the upgrade), once more
    inside an immediate one, which waits its turn. Opening the window runs a few of these."""
    from peewee import OperationalError

    try:
        with database.atomic("DEFERRED"):
            return fn(*args, **kwargs)
    except OperationalError as exc:
        if not is_busy(exc):
            raise
        log.info("%s met a concurrent writer; running it again in turn", fn.__name__)
    with database.atomic("IMMEDIATE"):
        return fn(*args, **kwargs)


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def applied_migrations(db) -> list[str]:
    if "schema_migration" not in db.get_tables():
        return []
    return [row[0] for row in db.execute_sql("SELECT name FROM schema_migration ORDER BY name")]


def schema_version(db) -> int:
    return max((_index(n) for n in applied_migrations(db)), default=0)


def check_version(db) -> None:
    known = set(migration_names())
    newer = [n for n in applied_migrations(db) if n not in known and _index(n) > latest_version()]
    user_version = 0 if is_postgres(db) else db.execute_sql("PRAGMA user_version").fetchone()[0]
    if newer or user_version > latest_version():
        found = max([user_version, *(_index(n) for n in newer)])
        raise SchemaTooNewError(Code.SCHEMA_TOO_NEW, found=found, known=latest_version())


def pending_migrations(db) -> list[str]:
    """Migration scripts not yet applied to `db` (read only)."""
    done = set(applied_migrations(db))
    return [n for n in migration_names() if n not in done]


def run_migrations(db) -> list[str]:
    """Apply the pending migrations. Writes nothing when none is due: opening a folder (the
    window, `search`, `--self-test`) must not need the write lock another process may hold
    for a while."""
    applied: list[str] = []
    if pending_migrations(db):
        from playhouse.migrations import Runner

        applied = Runner(db, str(MIGRATIONS_DIR)).up()
        if applied:
            log.info("applied migrations: %s", ", ".join(applied))
        seed_first_open(db)
        if applied and not is_postgres(db) and not db.in_transaction() and not db.is_closed():
            # A fresh SQLCipher connection: the one that ran the migrations wrote job rows at
            # half speed afterwards (100,000 lookups + inserts 5.0 s against 2.2 s reconnected,
            # tests/perf/NOTES.md), which a new library's first import paid.
            db.close()
            db.connect()
    version = schema_version(db)
    if not is_postgres(db) and db.execute_sql("PRAGMA user_version").fetchone()[0] != version:
        db.execute_sql(f"PRAGMA user_version = {version}")
    return applied


def seed_first_open(db) -> None:
    """Rows every data folder has from its first open (today: the empty General profile), made
    together with the schema, so that opening the window later writes nothing.
    archive.import_all counts exactly these as "no user data"."""
    from models.profile import Profile

    if is_postgres(db) or "profile" not in db.get_tables():
        return  # a workspace gets its profiles from `workspace push` or the first local write
    with db.bind_ctx([Profile]), db.atomic():  # `db` may not be the app's open database
        if not Profile.select().where(Profile.kind == "general").exists():
            Profile.create(kind="general", position=0, label="General")


def integrity_problems(db) -> list[str]:
    """Empty when PRAGMA integrity_check and foreign_key_check find nothing wrong."""
    if is_postgres(db):
        return []  # the server keeps its own pages and enforces foreign keys on every write
    problems = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    if problems:
        return problems  # damaged pages: checking the foreign keys reads them again
    try:
        rows = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    except MemoryError as exc:  # SQLite's "out of memory" for a record damaged past its checks
        return [f"foreign key check failed: {exc or 'damaged record'}"]
    return [f"foreign key broken: {table} row {rowid} -> {parent}"
            for table, rowid, parent, _ in rows]


# --- PostgreSQL (a team workspace) -----------------------------------------------------------
# The same models and migrations run on a PostgreSQL server when the app is given a
# `postgresql://user@host:port/db` URL. TLS options (sslmode=verify-full, sslrootcert=…) ride
# in the URL's query string and go to libpq as they are; the password never does: it comes
# from the OS keyring (desktop/workspace.py) and is handed to the driver only.


def is_postgres(db=None) -> bool:
    """True when `db` (default: the open database) is a PostgreSQL workspace."""
    from peewee import PostgresqlDatabase

    db = database.obj if db is None else db
    if isinstance(db, DatabaseProxy):
        db = db.obj
    return isinstance(db, PostgresqlDatabase)


def is_database_url(text: str | None) -> bool:
    return bool(text) and str(text).startswith(("postgresql://", "postgres://"))


def make_url_database(url: str, password: str | None = None):
    """A peewee PostgreSQL database (psycopg 3) for `url`; nothing is connected yet."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    params = {} if password is None else {"password": password}
    return _workspace_class()(url, prefer_psycopg3=True, **params)


def _workspace_class():
    """PostgresqlDatabase on psycopg 3, storing dates as the schema's YYYY-MM-DD text."""
    import datetime as dt

    import psycopg
    from peewee import InterfaceError, PostgresqlDatabase
    from psycopg.adapt import Dumper

    from models import peewee_psycopg

    peewee_psycopg()

    class DateAsText(Dumper):
        # Dates live in TEXT columns (`*_on`) on both backends, so they compare and sort as
        # the same ISO text SQLite stores; psycopg would otherwise send a typed `date`.
        oid = psycopg.adapters.types["text"].oid

        def dump(self, obj):
            return obj.isoformat().encode()

    class NumberAsUnknown(Dumper):
        # In raw SQL written for sqlite3, 0/1 stand for booleans: sent untyped, the server
        # reads '1' as true in a BOOLEAN column and as 1 in a BIGINT one.
        oid = 0

        def dump(self, obj):
            return b"1" if obj is True else b"0" if obj is False else str(obj).encode()

    class QmarkCursor(psycopg.Cursor):
        """Runs raw SQL written for sqlite3 (`?` placeholders, `cursor.lastrowid`) unchanged.

        peewee's own queries use `%s` and pass through untouched.
        """

        _inserted = False

        def execute(self, query, params=None, **kwargs):
            if params is not None and isinstance(query, str) and _uses_qmark(query):
                query = _qmark_to_format(query)
                self.adapters.register_dumper(int, NumberAsUnknown)
                self.adapters.register_dumper(bool, NumberAsUnknown)
            self._inserted = isinstance(query, str) and \
                query.lstrip()[:6].upper() == "INSERT"
            return super().execute(query, params, **kwargs)

        def executemany(self, query, params_seq, **kwargs):
            if isinstance(query, str) and _uses_qmark(query):
                query = _qmark_to_format(query)
                self.adapters.register_dumper(int, NumberAsUnknown)
                self.adapters.register_dumper(bool, NumberAsUnknown)
            self._inserted = False
            return super().executemany(query, params_seq, **kwargs)

        @property
        def lastrowid(self):
            if not self._inserted:
                return None
            row = self.connection.execute("SELECT lastval()").fetchone()
            return None if row is None else row[0]

    class WorkspaceDatabase(PostgresqlDatabase):
        _state: Any  # peewee's per-thread connection state (not in its stubs)

        def atomic(self, *args, **kwargs):
            # SQLite's lock modes (atomic("DEFERRED"/"IMMEDIATE")) mean nothing to PostgreSQL,
            # whose MVCC never blocks readers: the shared service code passes them anyway.
            if args and args[0] in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
                args = args[1:]
            return super().atomic(*args, **kwargs)

        def _connect(self):
            conn = super()._connect()  # type: ignore[misc]  # private in peewee's stubs
            conn.adapters.register_dumper(dt.date, DateAsText)
            conn.cursor_factory = QmarkCursor
            # psycopg prepares a statement on the server after its 5th run, and PostgreSQL
            # then may plan it once for any parameters (a generic plan): for the job search
            # (desktop/services/search_pg.py) that is a plan made without knowing the words
            # or the filters, 1.5-2.5x slower at 1M postings (tests/perf/NOTES.md). Every
            # statement is planned for its own parameters instead; preparing still saves
            # the parsing.
            conn.execute("SET plan_cache_mode = force_custom_plan")
            _thread_guard.guard = _CloseWithThread(conn)
            return conn

        # The server may go away (network, restart). A statement that fails because the
        # connection is refused or lost raises WorkspaceOfflineError (a ServiceError: the UI
        # says so, drafts go to the outbox) instead of a driver error, and the dead connection
        # is dropped so that the next statement connects again.
        def _lost(self) -> bool:
            conn = self._state.conn
            return conn is None or bool(conn.closed) or bool(getattr(conn, "broken", False))

        def _drop(self) -> None:
            conn = self._state.conn
            try:
                if conn is not None:
                    conn.close()
            except Exception:  # already dead
                pass
            self._state.reset()

        def _offline(self, exc: Exception) -> Exception:
            from models.errors import Code, WorkspaceOfflineError

            if not self.in_transaction():
                self._drop()
            detail = (str(exc).strip().splitlines() or [""])[0]
            return WorkspaceOfflineError(Code.WORKSPACE_OFFLINE, detail=detail)

        def execute_sql(self, sql, params=None, *args, **kwargs):
            try:
                return super().execute_sql(sql, params, *args, **kwargs)
            except (OperationalError, InterfaceError) as exc:
                if self._lost():
                    raise self._offline(exc) from exc
                raise

        def begin(self, *args, **kwargs):
            # atomic("DEFERRED") through the DatabaseProxy reaches here without atomic() above
            if args and args[0] in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
                args = args[1:]
            try:
                return super().begin(*args, **kwargs)
            except (OperationalError, InterfaceError) as exc:
                if self._lost():
                    raise self._offline(exc) from exc
                raise

        def commit(self):
            try:
                return super().commit()
            except (OperationalError, InterfaceError) as exc:
                if self._lost():
                    raise self._offline(exc) from exc
                raise

        def rollback(self):
            try:
                return super().rollback()
            except (OperationalError, InterfaceError):
                if not self._lost():
                    raise
                self._drop()  # the transaction died with the connection

    return WorkspaceDatabase


class _CloseWithThread:
    """Closes a thread's workspace connection when the thread ends (its thread-local data is
    dropped): a worker thread (a search pool's) never leaves a server connection open."""

    def __init__(self, conn):
        self.conn = conn

    def __del__(self):
        with contextlib.suppress(Exception):
            self.conn.close()


_thread_guard = threading.local()

_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")


def _uses_qmark(sql: str) -> bool:
    bare = _QUOTED.sub("", sql)
    return "?" in bare and "%s" not in bare


def _qmark_to_format(sql: str) -> str:
    """`?` placeholders (outside quotes) to psycopg's `%s`; a literal `%` doubled."""
    out, last = [], 0
    for match in _QUOTED.finditer(sql):
        out.append(sql[last:match.start()].replace("%", "%%").replace("?", "%s"))
        out.append(match.group().replace("%", "%%"))
        last = match.end()
    out.append(sql[last:].replace("%", "%%").replace("?", "%s"))
    return "".join(out)


def open_database_url(url: str, *, password: str | None = None, migrate: bool = True):
    """Connect to a workspace, refuse a schema newer than this app, and migrate it."""
    close_database()
    return _open(make_url_database(url, password), migrate)

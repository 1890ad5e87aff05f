"""File ▸ Export all / Import all: every record and every attached file in one zip.

The archive (format documented in README.md, "Export everything"):

    freelance-desk-export.json   one JSON document:
        {"format": "freelance-desk-export", "format_version": 1,
         "schema_version": <database schema>, "app_version": "...", "exported_at": "...Z",
         "tables": {"<table>": {"columns": [...], "rows": [[...], ...]}, ...},
         "files": [{"path": "files/ab/<sha256><ext>", "sha256": "...", "size": 123}, ...]}
    files/ab/<sha256><ext>        the attached files, as stored in the data dir

Values are exactly what the database holds (money in integer cents, times as UTC
ISO text, JSON columns as their text), so a round trip is lossless; a BLOB would
be {"$base64": "..."}. The search index is not exported: it is rebuilt from `job`.

Import fills an EMPTY data dir. Everything is checked before anything is written
(JSON, schema version, tables, columns, row shapes, file hashes), the rows go in
one transaction, and attached files are moved into place only inside it, so a
failed or cancelled import leaves the data dir exactly as it was.
"""
from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import logging
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from desktop import __version__, clock, events, faults, security
from desktop import files as attached
from desktop.errors import Code, ServiceError
from desktop.paths import AppPaths
from desktop.progress import Progress, report
from desktop.services import validation
from models import db as dbmod
from models.errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

FORMAT = "freelance-desk-export"
FORMAT_VERSION = 1
DOCUMENT = "freelance-desk-export.json"
# Bounds, checked from the zip's directory before anything is inflated (a "zip bomb" of a few
# MB must not write or hold gigabytes): the document is parsed in memory, so it is capped; a
# member bigger than _RATIO_FROM may inflate at most MAX_RATIO times its compressed size (real
# exports compress 3-20x); the whole archive inflates to at most MAX_TOTAL_BYTES, and to no more
# than the free space of the data folder.
MAX_DOCUMENT_BYTES = 512 << 20
# Parsing the document costs far more than its text: each JSON value becomes a Python object
# (an empty list is 56 bytes from 3 characters). The cost is estimated from the text before
# parsing (the text plus PARSE_BYTES_PER_VALUE per ',' '[' '{') and may not exceed
# MAX_PARSE_RATIO times the document's compressed size, or PARSE_FLOOR_BYTES for small archives:
# a 30 KB zip of "[],[],[]…" no longer takes 850 MB. Real exports cost 1-20x their zip.
PARSE_BYTES_PER_VALUE = 80
MAX_PARSE_RATIO = 64
PARSE_FLOOR_BYTES = 256 << 20
MAX_TOTAL_BYTES = 16 << 30
MAX_RATIO = 50
_RATIO_FROM = 32 << 20
_FILE_PATH = re.compile(r"^files/([0-9a-f]{2})/([0-9a-f]{64})(\.[A-Za-z0-9_-]{0,9})?$")
# job_skill, job_facet: derived, rebuilt by triggers; outbox_applied: which outbox entries this
# database applied (desktop/outbox.py), bookkeeping of the database itself, not the user's data
_SKIPPED_TABLES = {"schema_migration", "job_skill", "job_facet", "outbox_applied"}


class ArchiveError(ServiceError):
    """The archive cannot be exported or imported; the message names file, table, row, field."""


@dataclass
class ExportSummary:
    path: Path
    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0

    def as_dict(self) -> dict:
        return {"path": str(self.path), "tables": self.tables, "files": self.files,
                "records": sum(self.tables.values())}


@dataclass
class ImportSummary:
    path: Path
    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0

    def as_dict(self) -> dict:
        return {"path": str(self.path), "tables": self.tables, "files": self.files,
                "records": sum(self.tables.values())}


def data_tables(db) -> list[str]:
    """Every table holding user data, parents first (ALL_MODELS order, then any others)."""
    from models.registry import ALL_MODELS

    if dbmod.is_postgres(db):  # a workspace: its tables in the public schema, no FTS tables
        rows = db.execute_sql("SELECT table_name, '' FROM information_schema.tables WHERE "
                              "table_schema = current_schema() AND table_type = 'BASE TABLE' "
                              "ORDER BY table_name").fetchall()
    else:
        rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    # a virtual table (the FTS index) and its shadow tables are derived data, rebuilt
    derived = {n for n, _ in rows if any(n == v or n.startswith(v + "_") for v in virtual)}
    present = [n for n, _ in rows if n not in derived]
    known = [m._meta.table_name for m in ALL_MODELS]
    rest = [t for t in present if t not in known and t not in _SKIPPED_TABLES]
    return [t for t in known if t in present] + rest


def _columns(db, table: str) -> list[str]:
    if dbmod.is_postgres(db):  # stored columns only: the generated search vector is derived
        return [r[0] for r in db.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position", (table,))]
    return [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")')]


def _row_order(db, table: str) -> str:
    """Insertion order: SQLite's rowid, a workspace's primary key (the archive reads the same)."""
    if not dbmod.is_postgres(db):
        return "rowid"
    keys = db.execute_sql(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
        "ORDER BY array_position(i.indkey, a.attnum)", (f'"{table}"',)).fetchall()
    return ", ".join(f'"{k[0]}"' for k in keys) or "1"


def _encode(value):
    if isinstance(value, bool):  # a workspace's BOOLEAN: the archive keeps SQLite's 0/1
        return int(value)
    if isinstance(value, bytes | memoryview):
        return {"$base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _stored_files(paths: AppPaths) -> list[Path]:
    return [p for p in attached.stored_files(paths.files_dir)
            if _FILE_PATH.match(f"files/{p.parent.name}/{p.name}")]


def export_all(paths: AppPaths, target: str | Path, *,
               progress: Progress | None = None) -> ExportSummary:
    """Write every record and attached file to the zip `target` (replaced atomically)."""
    target = Path(target).expanduser().resolve()
    if not target.parent.is_dir():
        raise ArchiveError(Code.FOLDER_MISSING, folder=str(target.parent))
    db = dbmod.database.obj
    summary = ExportSummary(target)
    part = target.with_name(target.name + ".part")
    stored = _stored_files(paths)
    # A kill leaves `part`, a plain zip of everything, beside the target: the journal entry
    # lets the next open remove it (security.recover). Kill points: export:started,
    # export:written.
    entry = security.export_started(paths, part)
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh, \
                zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            with db.atomic("DEFERRED"):  # one read transaction: a snapshot of every table
                tables = data_tables(db)
                total = sum(db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                            for t in tables) + len(stored)
                done = 0
                with zf.open(DOCUMENT, "w", force_zip64=True) as raw:
                    out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
                    head = {"format": FORMAT, "format_version": FORMAT_VERSION,
                            "schema_version": dbmod.schema_version(db),
                            "app_version": __version__,
                            "exported_at": clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")}
                    out.write(json.dumps(head, indent=1)[:-2] + ',\n "tables": {')
                    for n, table in enumerate(tables):
                        columns = _columns(db, table)
                        out.write(("," if n else "") + f"\n  {json.dumps(table)}: "
                                  f'{{"columns": {json.dumps(columns)}, "rows": [')
                        quoted = ", ".join(f'"{c}"' for c in columns)
                        cursor = db.execute_sql(f'SELECT {quoted} FROM "{table}" '
                                                f"ORDER BY {_row_order(db, table)}")
                        count = 0
                        for row in cursor:
                            out.write(("," if count else "") + "\n   " + json.dumps(
                                [_encode(v) for v in row], ensure_ascii=False))
                            count += 1
                            done += 1
                            if done % 500 == 0:
                                report(progress, done, total,
                                    QT_TRANSLATE_NOOP("Progress", "Exporting records…"))
                        out.write("]}")
                        summary.tables[table] = count
                    manifest = [{"path": f"files/{p.parent.name}/{p.name}",
                                 "sha256": p.name[:64], "size": attached.plain_size(p)}
                                for p in stored]
                    out.write('\n },\n "files": ' + json.dumps(manifest, indent=1) + "\n}\n")
                    out.flush()
                    out.detach()
            faults.checkpoint("export:started")
            for entry_, path in zip(manifest, stored, strict=True):
                # the archive holds the content, decrypted when the data dir is encrypted
                with zf.open(str(entry_["path"]), "w", force_zip64=True) as member:
                    attached.copy_plain(path, member)
                done += 1
                report(progress, done, total,
                    QT_TRANSLATE_NOOP("Progress", "Exporting attached files…"))
            summary.files = len(stored)
            fh.flush()
            os.fsync(fh.fileno())
        faults.checkpoint("export:written")
        os.replace(part, target)
        security.fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    finally:
        security.export_finished(entry)
    log.info("exported %d records and %d files to %s", sum(summary.tables.values()),
             summary.files, target)
    return summary


# -- import -------------------------------------------------------------------
def read_document(path: Path) -> tuple[dict, zipfile.ZipFile]:
    """Open the archive and parse its document; ArchiveError naming what is wrong."""
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ArchiveError(Code.FILE_MISSING, path=str(path)) from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveError(Code.ARCHIVE_NOT_ZIP, name=name, detail=str(exc)) from None
    try:
        try:
            info = zf.getinfo(DOCUMENT)
        except KeyError:
            raise ArchiveError(Code.ARCHIVE_NO_DOCUMENT, name=name, document=DOCUMENT) from None
        check_bounds(zf, name)
        if info.file_size > MAX_DOCUMENT_BYTES:
            raise ArchiveError(Code.ARCHIVE_DOCUMENT_TOO_LARGE, name=name, document=DOCUMENT,
                               size=info.file_size)
        try:
            raw = zf.read(DOCUMENT)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise ArchiveError(Code.ARCHIVE_DOCUMENT_DAMAGED, name=name, document=DOCUMENT,
                               detail=str(exc)) from None
        cost = parse_cost(raw)
        if cost > max(PARSE_FLOOR_BYTES, MAX_PARSE_RATIO * info.compress_size):
            raise ArchiveError(Code.ARCHIVE_TOO_COSTLY, name=name, document=DOCUMENT,
                               megabytes=cost >> 20, compressed=info.compress_size)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ArchiveError(Code.ARCHIVE_NOT_UTF8, name=name, document=DOCUMENT,
                               byte=exc.start) from None
        del raw
        try:
            doc = json.loads(text, object_pairs_hook=_unique_keys)
        except json.JSONDecodeError as exc:
            raise ArchiveError(Code.ARCHIVE_BAD_JSON, name=name, document=DOCUMENT,
                               line=exc.lineno, column=exc.colno, detail=exc.msg) from None
        except RecursionError:
            raise ArchiveError(Code.ARCHIVE_TOO_DEEP, name=name, document=DOCUMENT) from None
        except _DuplicateKeyError as exc:
            raise ArchiveError(Code.ARCHIVE_DUPLICATE_KEY, name=name, document=DOCUMENT,
                               key=exc.args[0]) from None
    except BaseException:
        zf.close()
        raise
    return doc, zf


def parse_cost(raw: bytes) -> int:
    """About how many bytes of memory json.loads needs for `raw` (see PARSE_BYTES_PER_VALUE);
    an overestimate for text-heavy documents, which is the safe side."""
    values = raw.count(b",") + raw.count(b"[") + raw.count(b"{")
    return len(raw) + PARSE_BYTES_PER_VALUE * values


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """JSON objects may not repeat a name (json.loads would keep the last one silently)."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return out


def check_bounds(zf: zipfile.ZipFile, name: str, free_bytes: int | None = None) -> int:
    """Refuse, from the zip's directory alone, an archive that would inflate beyond the
    bounds above or that names a member twice; returns the total inflated size."""
    seen: set[str] = set()
    total = 0
    for info in zf.infolist():
        if info.filename in seen:
            raise ArchiveError(Code.ARCHIVE_MEMBER_TWICE, name=name, member=info.filename)
        seen.add(info.filename)
        total += info.file_size
        if info.file_size > _RATIO_FROM and \
                info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveError(Code.ARCHIVE_ZIP_BOMB, name=name, member=info.filename,
                               size=info.file_size, compressed=info.compress_size,
                               ratio=MAX_RATIO)
    if total > MAX_TOTAL_BYTES:
        raise ArchiveError(Code.ARCHIVE_TOO_BIG, name=name, size=total,
                           limit=MAX_TOTAL_BYTES >> 30)
    if free_bytes is not None and total > free_bytes:
        raise ArchiveError(Code.ARCHIVE_NO_SPACE, name=name, size=total, free=free_bytes)
    return total


def check_values(plan: list[tuple[str, list[str], list]], name: str) -> None:
    """Every value readable back by the window: types and ranges per the model's field
    (services/validation), before anything is written."""
    for table, columns, rows in plan:
        for number, row in enumerate(rows, 1):
            for column, value in zip(columns, row, strict=True):
                if value is None or isinstance(value, dict):
                    continue  # NULL: the database decides; blobs were checked as base64
                if problem := validation.value_problem(table, column, value):
                    raise ArchiveError(Code.ARCHIVE_BAD_VALUE, name=name, table=table,
                                       row=number, column=column, problem=problem)


def _check_document(doc, name: str, db) -> list[tuple[str, list[str], list]]:
    """The tables to insert, validated against this database; ArchiveError otherwise."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ArchiveError(Code.ARCHIVE_NOT_EXPORT, name=name)
    version = doc.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise ArchiveError(Code.ARCHIVE_FORMAT_VERSION, name=name)
    if version > FORMAT_VERSION:
        raise ArchiveError(Code.ARCHIVE_NEWER_FORMAT, name=name, version=version,
                           supported=FORMAT_VERSION)
    schema = doc.get("schema_version")
    if not isinstance(schema, int) or schema > dbmod.latest_version():
        raise ArchiveError(Code.ARCHIVE_SCHEMA, name=name, value=repr(schema),
                           latest=dbmod.latest_version())
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise ArchiveError(Code.ARCHIVE_TABLES_NOT_OBJECT, name=name)
    known = data_tables(db)
    order = {t: i for i, t in enumerate(known)}
    plan = []
    for table, body in tables.items():
        if table not in order:
            raise ArchiveError(Code.ARCHIVE_UNKNOWN_TABLE, name=name, table=table)
        if not isinstance(body, dict) or not isinstance(body.get("columns"), list) \
                or not isinstance(body.get("rows"), list):
            raise ArchiveError(Code.ARCHIVE_TABLE_SHAPE, name=name, table=table)
        columns = body["columns"]
        existing = set(_columns(db, table))
        for column in columns:
            if not isinstance(column, str) or column not in existing:
                raise ArchiveError(Code.ARCHIVE_UNKNOWN_COLUMN, name=name, table=table,
                                   column=repr(column))
        if len(set(columns)) != len(columns):
            raise ArchiveError(Code.ARCHIVE_COLUMN_TWICE, name=name, table=table)
        rows = body["rows"]
        for number, row in enumerate(rows, 1):
            if not isinstance(row, list) or len(row) != len(columns):
                raise ArchiveError(Code.ARCHIVE_ROW_LENGTH, name=name, table=table, row=number,
                                   count=len(columns))
            for column, value in zip(columns, row, strict=True):
                if isinstance(value, dict):
                    if set(value) != {"$base64"} or not isinstance(value["$base64"], str):
                        raise ArchiveError(Code.ARCHIVE_OBJECT_VALUE, name=name, table=table,
                                           row=number, column=column)
                elif isinstance(value, list) or (isinstance(value, int) and
                                                 not -(2**63) <= value < 2**63):
                    raise ArchiveError(Code.ARCHIVE_UNSTORABLE, name=name, table=table,
                                       row=number, column=column)
        plan.append((table, columns, rows))
    plan.sort(key=lambda item: order[item[0]])
    check_values(plan, name)
    return plan


def _driver_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors of the loaded drivers (a raw cursor raises the driver's own, not
    peewee's): a row the database refuses is the archive's fault; anything else is a bug."""
    import sys

    found = [getattr(sys.modules[name], "Error", None) for name in
             ("sqlite3", "sqlcipher3", "sqlcipher3.dbapi2", "psycopg2", "psycopg")
             if name in sys.modules]
    return tuple(error for error in found if isinstance(error, type))


def _decode(value, name: str, table: str, row: int):
    if isinstance(value, dict):
        try:
            return base64.b64decode(value["$base64"], validate=True)
        except ValueError:
            raise ArchiveError(Code.ARCHIVE_BAD_BASE64, name=name, table=table,
                               row=row) from None
    return value


def _check_files(doc, name: str, zf: zipfile.ZipFile) -> list[tuple[str, str, str]]:
    manifest = doc.get("files", [])
    if not isinstance(manifest, list):
        raise ArchiveError(Code.ARCHIVE_FILES_NOT_LIST, name=name)
    files = []
    for number, entry in enumerate(manifest, 1):
        if not isinstance(entry, dict):
            raise ArchiveError(Code.ARCHIVE_FILE_ENTRY, name=name, number=number)
        member, sha = entry.get("path"), entry.get("sha256")
        match = _FILE_PATH.match(member) if isinstance(member, str) else None
        # only files/<aa>/<sha256><ext> names: no "../" can escape the data dir
        if (not match or not isinstance(member, str) or not isinstance(sha, str)
                or match.group(2) != sha or match.group(1) != sha[:2]):
            raise ArchiveError(Code.ARCHIVE_FILE_BAD_PATH, name=name, number=number,
                               path=repr(member))
        files.append((member, sha, match.group(2) + (match.group(3) or "")))
        _check_manifest_size(entry, number, member, name, zf)
    paths = [member for member, _, _ in files]
    if len(set(paths)) != len(paths):
        raise ArchiveError(Code.ARCHIVE_FILE_TWICE, name=name)
    return files


def _check_manifest_size(entry: dict, number: int, member: str, name: str,
                         zf: zipfile.ZipFile) -> None:
    """The manifest's size must be the member's: extraction then writes exactly that much
    (zipfile stops at the directory's size), never what a forged stream would inflate to."""
    size = entry.get("size")
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ArchiveError(Code.ARCHIVE_FILE_SIZE_FIELD, name=name, number=number)
    try:
        info = zf.getinfo(member)
    except KeyError:
        raise ArchiveError(Code.ARCHIVE_FILE_MISSING, name=name, member=member) from None
    if info.file_size != size:
        raise ArchiveError(Code.ARCHIVE_FILE_SIZE, name=name, member=member,
                           size=info.file_size, expected=size)


def _data_dir_is_empty(db) -> list[str]:
    return [t for t in data_tables(db)
            if db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0]]


# The General profile as the first open makes it (models.db.seed_first_open): a folder holding
# only that holds no user data.
_UNTOUCHED_PROFILE = (
    "kind = 'general' AND coalesce(name, '') = '' AND coalesce(title, '') = '' "
    "AND coalesce(overview, '') = '' AND coalesce(category, '') = '' "
    "AND hourly_rate_cents IS NULL AND coalesce(currency, 'USD') = 'USD' "
    "AND availability IS NULL AND hours_per_week IS NULL AND location IS NULL "
    "AND timezone IS NULL AND photo_sha256 IS NULL AND video_url IS NULL")


def _first_open_rows(db) -> dict[str, list[int]]:
    """Rows the app made by itself, not the user: {table: ids}. The empty General profile
    (made with the schema) and the Connects tab's automatic monthly grants (and their
    expiries), which follow from the plan setting and the date alone."""
    made: dict[str, list[int]] = {}
    grants = [r[0] for r in db.execute_sql(
        "SELECT id FROM connects_entry WHERE reason IN ('monthly', 'expired') "
        "AND proposal_id IS NULL AND job_id IS NULL AND cost_cents = 0")]
    if grants:
        made["connects_entry"] = grants
    ids = [r[0] for r in db.execute_sql(f"SELECT id FROM profile WHERE {_UNTOUCHED_PROFILE}")]
    if ids:
        marks = ", ".join("?" * len(ids))
        for table, column in (("profile_skill", "profile_id"),
                              ("profile_language", "profile_id"),
                              ("portfolio_item", "profile_id")):
            if table in db.get_tables() and db.execute_sql(
                    f'SELECT 1 FROM "{table}" WHERE "{column}" IN ({marks}) LIMIT 1',
                    ids).fetchone():
                return made  # the user added to it: it is user data
        made["profile"] = ids
    return made


def _user_data_tables(db) -> list[str]:
    """Tables holding user data: every row except what the first open created."""
    ignored = _first_open_rows(db)
    busy = []
    for table in data_tables(db):
        count = db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if count > len(ignored.get(table, ())):
            busy.append(table)
    return busy


def _refuse_unless_empty(db) -> None:
    nonempty = _user_data_tables(db)
    if nonempty:
        raise ArchiveError(Code.ARCHIVE_NOT_EMPTY, tables=", ".join(nonempty[:4]))


def import_all(paths: AppPaths, source: str | Path, *,
               progress: Progress | None = None) -> ImportSummary:
    """Restore an archive into this data dir, which holds no user data (only what the first
    open made). All or nothing: the emptiness check, the removal of the first-open rows and
    every insert are one write transaction, so of two imports racing into one folder one wins
    and the other is refused (datalock.ImportRunning while the first runs, ArchiveError after).
    """
    from desktop import datalock

    with datalock.import_slot(paths.data_dir, "import all") as slot:
        def tell(done: int, total: int = 0, text: str = "") -> None:
            report(progress, done, total, text)
            slot.update(done, total)

        return _import_all(paths, source, tell, progress)


def _import_all(paths: AppPaths, source: str | Path, report, progress) -> ImportSummary:
    source = Path(source).expanduser()
    db = dbmod.database.obj
    _refuse_unless_empty(db)  # early, before reading a big archive; again inside the transaction
    report(0, 0, QT_TRANSLATE_NOOP("Progress", "Reading the archive…"))
    doc, zf = read_document(source)
    name = source.name
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=paths.files_dir))
    moved: list[Path] = []
    summary = ImportSummary(source)
    try:
        plan = _check_document(doc, name, db)
        files = _check_files(doc, name, zf)
        check_bounds(zf, name, shutil.disk_usage(paths.files_dir).free)
        total = sum(len(rows) for _, _, rows in plan) + len(files)
        done = 0
        staged = []
        for member, sha, stored_name in files:
            target = staging / stored_name
            digest = hashlib.sha256()
            try:
                with zf.open(member) as src, open(target, "wb") as out:
                    for chunk in iter(partial(src.read, 1 << 20), b""):
                        digest.update(chunk)
                        out.write(chunk)
            except KeyError:
                raise ArchiveError(Code.ARCHIVE_FILE_MISSING, name=name,
                                   member=member) from None
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise ArchiveError(Code.ARCHIVE_FILE_DAMAGED, name=name, member=member,
                                   detail=str(exc)) from None
            if digest.hexdigest() != sha:
                raise ArchiveError(Code.ARCHIVE_FILE_HASH, name=name, member=member)
            staged.append(target)
            done += 1
            report(done, total, QT_TRANSLATE_NOOP("Progress", "Checking attached files…"))
        with db.atomic("IMMEDIATE"):
            _refuse_unless_empty(db)  # inside the write transaction: nobody can slip in now
            db.execute_sql("PRAGMA defer_foreign_keys = ON")  # any row order, checked at the end
            for table, ids in _first_open_rows(db).items():
                db.execute_sql(f'DELETE FROM "{table}" WHERE id IN '
                               f'({", ".join("?" * len(ids))})', ids)
            cursor = db.cursor()
            for table, columns, rows in plan:
                quoted = ", ".join(f'"{c}"' for c in columns)
                sql = (f'INSERT INTO "{table}" ({quoted}) '
                       f'VALUES ({", ".join("?" * len(columns))})')
                for number, row in enumerate(rows, 1):
                    try:
                        cursor.execute(sql, [_decode(v, name, table, number) for v in row])
                    except ArchiveError:
                        raise
                    except _driver_errors() as exc:  # the database refused the row
                        raise ArchiveError(Code.ARCHIVE_ROW_REFUSED, name=name, table=table,
                                           row=number, detail=str(exc)) from None
                    done += 1
                    if done % 500 == 0:
                        report(done, total, QT_TRANSLATE_NOOP("Progress", "Importing records…"))
                summary.tables[table] = len(rows)
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                table, rowid, parent, _ = broken[0]
                raise ArchiveError(Code.ARCHIVE_BROKEN_REFERENCE, name=name, table=table,
                                   rowid=rowid, parent=parent, count=len(broken))
            if rules := validation.invariant_problems(db, limit=1):  # rolled back with the rows
                raise ArchiveError(Code.ARCHIVE_RULE_BROKEN, name=name, problem=rules[0])
            report(done, total, QT_TRANSLATE_NOOP("Progress", "Placing attached files…"))
            for path in staged:
                target = paths.files_dir / path.name[:2] / path.name
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    attached.place(path, target)  # encrypted when the database is
                    moved.append(target)
            summary.files = len(staged)
            progress_check(progress)
    except BaseException:
        for path in moved:  # the transaction rolled back; so do the files
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise
    finally:
        zf.close()
        shutil.rmtree(staging, ignore_errors=True)
    log.info("imported %d records and %d files from %s", sum(summary.tables.values()),
             summary.files, source)
    events.changed("all")
    return summary


def progress_check(progress: Progress | None) -> None:
    if progress is not None:
        progress.check()

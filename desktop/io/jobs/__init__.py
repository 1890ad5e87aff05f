"""Reading job postings: pasted text, CSV, JSON/JSON Lines, RSS/Atom. No Qt, no database.

Every reader yields `JobRecord` (what was understood, with the original text in raw_text) or
`RowError` (file, row, field, message) so one bad row never stops an import; problems with a
whole file raise `ImportFileError` when the reader is created, before anything is yielded.

    for item in read_jobs_file(path):
        if isinstance(item, RowError): report(item)
        else: store(item)
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from desktop.errors import Code
from desktop.io import textfile
from desktop.io.jobs import codes
from desktop.io.jobs.csv_import import count_rows, csv_headers, csv_sample_row, read_csv
from desktop.io.jobs.json_import import count_items as count_json_items
from desktop.io.jobs.json_import import json_keys, read_json
from desktop.io.jobs.mapping import FIELD_LABELS, MAPPABLE_FIELDS, guess_mapping
from desktop.io.jobs.record import (
    FieldError,
    ImportFileError,
    JobRecord,
    RowError,
    reference_time,
)
from desktop.io.jobs.rss import count_items as count_feed_items
from desktop.io.jobs.rss import parse_feed, read_rss
from desktop.io.jobs.text import parse_blocks, parse_pasted

__all__ = [
    "FIELD_LABELS",
    "MAPPABLE_FIELDS",
    "FieldError",
    "ImportFileError",
    "JobRecord",
    "RowError",
    "codes",
    "count_jobs",
    "csv_headers",
    "csv_sample_row",
    "detect_format",
    "file_columns",
    "guess_mapping",
    "json_keys",
    "parse_feed",
    "parse_pasted",
    "read_csv",
    "read_jobs_file",
    "read_json",
    "read_rss",
    "read_text_file",
]

FORMATS = ("csv", "json", "rss", "text")
_BY_SUFFIX = {
    ".csv": "csv", ".tsv": "csv", ".json": "json", ".jsonl": "json", ".ndjson": "json",
    ".rss": "rss", ".xml": "rss", ".atom": "rss", ".txt": "text", ".text": "text", ".md": "text",
}
_REFUSED = {  # first bytes -> what the file is, and what to do instead
    b"PK\x03\x04": Code.JOBFILE_SPREADSHEET,
    b"%PDF": Code.JOBFILE_PDF,
    b"\xd0\xcf\x11\xe0": Code.JOBFILE_OLD_OFFICE,
}


def detect_format(path: str | Path) -> str:
    """"csv" | "json" | "rss" | "text" from the extension, else from the first bytes.

    Raises ImportFileError (with what to do instead) for anything else.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(Code.FILE_MISSING, path=path.name)
    with path.open("rb") as fh:
        head = fh.read(4096)
    for magic, what in _REFUSED.items():
        if head.startswith(magic):
            raise ImportFileError(what, name=path.name)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(Code.JOBFILE_EMPTY, name=path.name)
    by_suffix = _BY_SUFFIX.get(path.suffix.lower())
    if by_suffix == "rss" and b"\x00" not in head:
        return by_suffix  # XML declares its own encoding; the feed reader checks it
    try:
        encoding = textfile.detect_encoding(path)
    except textfile.NotTextError as exc:
        if exc.code is Code.TEXT_BINARY:
            raise ImportFileError(Code.JOBFILE_BINARY, name=path.name) from None
        raise ImportFileError(exc.code, **exc.params) from None
    if by_suffix:
        return by_suffix
    text = head.decode(encoding, errors="ignore")
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("<"):
        return "rss"
    if start.startswith(("[", "{")):
        return "json"
    first_line = start.split("\n", 1)[0]
    if first_line.count(",") >= 2 or first_line.count("\t") >= 2 or first_line.count(";") >= 2:
        return "csv"
    raise ImportFileError(Code.JOBFILE_UNSUPPORTED, name=path.name)


# A .txt of pasted postings is what one person copied: bigger is not a paste.
MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024


def read_text_file(path: str | Path, *, now: datetime | None = None
                   ) -> Iterator[JobRecord | RowError]:
    """A .txt of pasted postings; row = the posting's first line number."""
    path = Path(path)
    try:
        text = textfile.read_text(path, limit=MAX_TEXT_FILE_BYTES)
    except textfile.NotTextError as exc:
        raise ImportFileError(exc.code, **exc.params) from None
    if now is None:
        now = reference_time(path)
    problems: list[tuple[int, FieldError]] = []
    blocks = parse_blocks(text, now, problems)

    def records() -> Iterator[JobRecord | RowError]:
        for first, problem in problems:  # one posting unreadable: its row is rejected
            yield RowError.of(path.name, first + 1, problem)
        for first, _last, record in blocks:
            record.source_ref = f"{path.name}:{first + 1}"
            yield record

    return records()


def read_jobs_file(path: str | Path, *, mapping: dict[str, str | None] | None = None,
                   now: datetime | None = None, naive_tz: tzinfo = UTC
                   ) -> Iterator[JobRecord | RowError]:
    """Records of any supported file, chosen by extension or content.

    `mapping` (CSV/JSON column -> field) comes from the UI's column-mapping step; `now` resolves
    relative times ("2 days ago", default: the file's modification time); `naive_tz` is the zone
    of times written without one. Raises ImportFileError for an unsupported or unreadable file.
    """
    kind = detect_format(path)
    if kind == "csv":
        return read_csv(path, mapping=mapping, now=now, naive_tz=naive_tz)
    if kind == "json":
        return read_json(path, mapping=mapping, now=now, naive_tz=naive_tz)
    if kind == "rss":
        return read_rss(path)
    return read_text_file(path, now=now)


def count_jobs(path: str | Path) -> int:
    """Rows/items/postings in a file: the total for a progress bar (a pasted-text CSV counts its
    lines). Costs one quick pass over the file."""
    kind = detect_format(path)
    if kind == "csv":
        return count_rows(path)
    if kind == "json":
        return count_json_items(path)
    if kind == "rss":
        return count_feed_items(path)
    return sum(1 for _ in read_text_file(path))


def file_columns(path: str | Path) -> list[str]:
    """Column names (CSV headers, flattened JSON keys) for the column-mapping step."""
    kind = detect_format(path)
    if kind == "csv":
        return csv_headers(path)
    if kind == "json":
        return json_keys(path)
    return []

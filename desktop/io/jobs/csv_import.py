"""Job postings from CSV exports, streamed row by row.

Headers are matched loosely (`guess_mapping`); for a file whose columns are not recognised the UI
shows the guess, lets the user pick a field per column, and passes that `mapping` back. Each row
becomes a JobRecord or a RowError naming the file, the row (numbered as a spreadsheet shows it:
the header is row 1) and the column — one bad row never stops the import.

A single-column file of text lines (asaniczka's "column" export of a copied search page) is read
as pasted text, one record per posting.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from desktop.errors import Code
from desktop.io import textfile
from desktop.io.jobs.mapping import (
    FIELD_LABELS,
    MAPPABLE_FIELDS,
    CellError,
    build_record,
    check_mapping,
    guess_mapping,
)
from desktop.io.jobs.record import (
    FieldError,
    ImportFileError,
    JobRecord,
    RowError,
    normalise_amount,
    reference_time,
    row_as_text,
)
from desktop.io.jobs.text import parse_blocks
from desktop.io.limits import MAX_FIELD_BYTES

__all__ = ["FIELD_LABELS", "MAPPABLE_FIELDS", "count_rows", "csv_headers", "guess_mapping",
           "read_csv"]

# Descriptions can be long, but a cell bigger than this is a damaged file (a quote never closed)
# or not job postings at all; the csv module's default cap is 128 KiB per field.
_FIELD_LIMIT = MAX_FIELD_BYTES


def _encoding(path: Path) -> str:
    """UTF-8 (with or without a BOM), UTF-16 (with or without one), else Windows-1252 (what
    Excel writes on Windows). Checked in chunks, never holding the file in memory."""
    try:
        return textfile.detect_encoding(path)
    except textfile.NotTextError as exc:
        raise ImportFileError(exc.code, **exc.params) from None


def _delimiter(first_line: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _open(path: Path) -> tuple[io.TextIOWrapper, str]:
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    fh = path.open("r", encoding=_encoding(path), newline="")
    first = fh.readline(_FIELD_LIMIT)
    fh.seek(0)
    return fh, _delimiter(first, path.suffix.lower())


class _QuoteCounter:
    """Lines for csv.reader, counting quote characters: an odd total at the end of the file
    means its last field was cut off inside quotes (the csv module keeps such a row silently)."""

    def __init__(self, fh: io.TextIOWrapper):
        self.fh = fh
        self.quotes = 0

    def __iter__(self):
        for line in self.fh:
            self.quotes += line.count('"')
            yield line


def _rows(path: Path, fh, delimiter: str, counter: _QuoteCounter | None = None):
    """csv rows; a cell over the size limit is a whole-file problem naming the row."""
    reader = csv.reader(counter if counter is not None else fh, delimiter=delimiter)
    number = 0
    try:
        for number, row in enumerate(reader, start=1):  # noqa: B007 - used after the loop
            yield row
    except csv.Error as exc:
        raise ImportFileError(Code.CSV_UNREADABLE, name=path.name, row=number + 1,
                              detail=str(exc), mb=_FIELD_LIMIT // 1_048_576) from None
    except UnicodeDecodeError as exc:  # pragma: no cover - the encoding was checked first
        raise ImportFileError(Code.CSV_NOT_TEXT, name=path.name, row=number + 1,
                              detail=exc.reason) from None


def csv_headers(path: str | Path) -> list[str]:
    """The header row, for the UI's column-mapping step."""
    path = Path(path)
    fh, delimiter = _open(path)
    with fh:
        header = next(_rows(path, fh, delimiter), None)
    if not header:
        raise ImportFileError(Code.JOBFILE_EMPTY, name=path.name)
    return [h.replace("\ufeff", "").strip() for h in header]


def csv_sample_row(path: str | Path) -> dict[str, str]:
    """The first data row by (cleaned) header, read as the import reads it (same encoding and
    delimiter), so the mapping step previews "Café", not "Caf\ufffd"."""
    path = Path(path)
    fh, delimiter = _open(path)
    with fh:
        reader = _rows(path, fh, delimiter)
        header = [h.replace("\ufeff", "").strip() for h in next(reader, [])]
        row = next(reader, [])
    return {name: (cell or "") for name, cell in zip(header, row, strict=False)}


def count_rows(path: str | Path) -> int:
    """Data rows in the file (not counting the header), for a progress bar's total."""
    path = Path(path)
    fh, delimiter = _open(path)
    with fh:
        reader = _rows(path, fh, delimiter)
        next(reader, None)
        return sum(1 for row in reader if any(cell.strip() for cell in row))


def read_csv(path: str | Path, *, mapping: dict[str, str | None] | None = None,
             now: datetime | None = None, naive_tz: tzinfo = UTC
             ) -> Iterator[JobRecord | RowError]:
    """Rows of `path` as JobRecord or RowError, lazily.

    `mapping`: header -> field (see MAPPABLE_FIELDS) or None to skip the column; default: the
    guess. `now`: what "2 days ago" counts back from (default: the file's modification time, when
    the text was saved). `naive_tz`: the zone of times written without one (default UTC).

    Problems with the whole file (empty, no usable column) raise ImportFileError here, before
    any row is read.
    """
    path = Path(path)
    headers = csv_headers(path)
    if now is None:
        now = reference_time(path)
    if mapping is None:
        mapping = guess_mapping(headers)
        if len(headers) == 1 and mapping[headers[0]] is None:
            return _read_text_column(path, now)
    try:
        check_mapping(mapping)
    except ImportFileError as exc:
        raise ImportFileError(Code.MAPPING_REFUSED, name=path.name, reason=exc) from exc
    return _read_rows(path, headers, mapping, now, naive_tz)


def _read_rows(path: Path, headers: list[str], mapping: dict[str, str | None],
               now: datetime, naive_tz: tzinfo) -> Iterator[JobRecord | RowError]:
    targets = [mapping.get(h) for h in headers]
    fh, delimiter = _open(path)
    with fh:
        counter = _QuoteCounter(fh)
        reader = _rows(path, fh, delimiter, counter)
        next(reader, None)
        held: tuple[int, list[str]] | None = None  # one row of look-ahead: is it the last?
        for index, cells in enumerate(reader):
            if held is not None and (item := _row(path, headers, targets, *held, now,
                                                  naive_tz, delimiter)) is not None:
                yield item
            held = (index + 2, cells)  # the header is row 1
        if held is not None:
            if counter.quotes % 2:
                yield RowError(path.name, held[0], None, Code.JOB_ROW_OPEN_QUOTE)
            elif (item := _row(path, headers, targets, *held, now, naive_tz,
                               delimiter)) is not None:
                yield item


# Fields whose cells hold money (see mapping.build_record); "job_type" may read "Hourly: $25-$50".
_MONEY_TARGETS = frozenset({"hourly_min", "hourly_max", "budget", "client_total_spent",
                            "amount_min", "amount_max", "amount_avg", "amount_list", "job_type"})


def money_cell(cell: str, target: str | None, delimiter: str) -> str:
    """A semicolon-delimited CSV is what a spreadsheet with a decimal comma writes: read its
    money cells that way ("1.234,56" -> "1234.56"). Other files keep the decimal point, and
    parse_amount refuses a decimal comma in them rather than misreading it."""
    if delimiter != ";" or target not in _MONEY_TARGETS or not cell:
        return cell
    return normalise_amount(cell, target, decimal_comma=True)


def _row(path: Path, headers: list[str], targets: list[str | None], row_number: int,
         cells: list[str], now: datetime, naive_tz: tzinfo, delimiter: str
         ) -> JobRecord | RowError | None:
    if not any(cell.strip() for cell in cells):
        return None
    if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers):]):
        return RowError(path.name, row_number, None, Code.JOB_ROW_EXTRA_CELLS,
                        {"cells": len(cells), "columns": len(headers)})
    if len(cells) < len(headers):
        return RowError(path.name, row_number, None, Code.JOB_ROW_CUT_SHORT,
                        {"cells": len(cells), "columns": len(headers)})
    try:
        cells = [money_cell(cell, target, delimiter) for cell, target in
                 zip(cells, targets, strict=False)]
    except FieldError as exc:
        return RowError.of(path.name, row_number, exc)
    row = dict(zip(headers, cells, strict=False))
    try:
        return build_record(
            zip(headers, targets, cells, strict=False),
            source="csv", source_ref=f"{path.name}:{row_number}",
            raw_text=row_as_text(row), now=now, naive_tz=naive_tz,
        )
    except CellError as exc:
        return RowError.of(path.name, row_number, exc)
    except FieldError as exc:
        return RowError.of(path.name, row_number, exc)


def _read_text_column(path: Path, now: datetime) -> Iterator[JobRecord | RowError]:
    """A one-column export of copied page text: join the cells and read them as a paste.

    Loads the column at once (such files hold what one person copied, not thousands of rows)
    and keeps each posting's first row number for its source_ref.
    """
    fh, delimiter = _open(path)
    with fh:
        reader = _rows(path, fh, delimiter)
        next(reader, None)
        lines: list[str] = []
        rows: list[int] = []  # spreadsheet row of each line
        for index, cells in enumerate(reader):
            for line in (cells[0] if cells else "").split("\n"):
                lines.append(line)
                rows.append(index + 2)
    if not any(line.strip() for line in lines):
        return iter(())
    return _text_records(path, lines, rows, now)


def _text_records(path: Path, lines: list[str], rows: list[int],
                  now: datetime) -> Iterator[JobRecord | RowError]:
    for first, _last, record in parse_blocks("\n".join(lines), now):
        record.source = "csv"
        record.source_ref = f"{path.name}:{rows[first]}"
        yield record

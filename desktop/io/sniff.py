"""Which import a file belongs to, from its name and first line: for files dropped on the
window (the import then shows its own preview and says what is wrong in detail)."""
from __future__ import annotations

from pathlib import Path

from desktop.io import statements, weekly_summary

JOB_SUFFIXES = {".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".rss", ".xml", ".atom", ".txt"}
STATEMENT = "statement"  # an Upwork transaction statement or Weekly Summary (Payments)
JOBS = "jobs"            # job postings: CSV/JSON/RSS/Atom/pasted text (Jobs)
ARCHIVE = "archive"      # an Export All zip (File ▸ Import All)


def kind_of(path: str | Path) -> str | None:
    """STATEMENT, JOBS, ARCHIVE, or None for a file no import reads."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return ARCHIVE
    if suffix not in JOB_SUFFIXES or not path.is_file():
        return None
    if suffix == ".csv" and _is_statement(path):
        return STATEMENT
    return JOBS


def _is_statement(path: Path) -> bool:
    try:
        text, _notes = statements.read_text(path)
    except (OSError, statements.StatementFormatError):
        return False
    first = next(statements.csv_records(text[:65536]), None)
    if first is None:
        return False
    header = [value.strip() for value in first[1]]
    return statements.is_statement_header(header) or \
        weekly_summary.is_weekly_summary_header(header)

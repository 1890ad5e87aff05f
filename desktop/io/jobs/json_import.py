"""Job postings from JSON: an array of objects, an object holding such an array ("jobs",
"items", "results", "data"), or JSON Lines (one object per line, streamed).

Keys are matched like CSV headers (`mapping.guess_mapping`); nested objects are flattened with
"_" ({"client": {"country": …}} -> "client_country"), so the usual API shapes map without help.
Lists of skill objects ([{"name": "SQL"}]) become skill names.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from desktop.errors import Code
from desktop.io import textfile
from desktop.io.jobs.mapping import CellError, build_record, check_mapping, guess_mapping
from desktop.io.jobs.record import FieldError, ImportFileError, JobRecord, RowError, reference_time

_LIST_KEYS = ("jobs", "items", "results", "data", "postings", "entries", "records")
_NAME_KEYS = ("name", "prettyName", "pretty_name", "label", "title", "skill")
# A JSON array is parsed whole; bigger exports should be JSON Lines, which stream.
MAX_ARRAY_FILE_BYTES = 64 * 1024 * 1024


def _encoding(path: Path) -> str:
    try:
        return textfile.detect_encoding(path)
    except textfile.NotTextError as exc:
        raise ImportFileError(exc.code, **exc.params) from None


class _TooDeepError(ValueError):
    """JSON nested deeper than Python's parser goes: not job postings."""


def _loads(text: str):
    """json.loads that reports absurd nesting as a ValueError, not a RecursionError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise _TooDeepError from None


def flatten(obj: dict, prefix: str = "") -> dict[str, object]:
    """{"client": {"country": "Peru"}} -> {"client_country": "Peru"}; lists of {"name": …}
    objects -> lists of names; other values kept as they are."""
    out: dict[str, object] = {}
    for key, value in obj.items():
        name = f"{prefix}_{key}" if prefix else str(key)
        if isinstance(value, dict):
            out.update(flatten(value, name))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            out[name] = [next((str(v[k]) for k in _NAME_KEYS if k in v), json.dumps(v))
                         for v in value]
        else:
            out[name] = value
    return out


def _is_json_lines(path: Path) -> bool:
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return True
    with path.open("r", encoding=_encoding(path)) as fh:
        for line in fh:
            if line.strip():
                first = line.strip()
                break
        else:
            return False
        if not first.startswith("{"):
            return False
        try:
            _loads(first)  # a whole object on the first line: JSON Lines
        except ValueError:
            return False
        return any(line.strip() for line in fh)


def _objects(path: Path) -> Iterator[tuple[int, object]]:
    """(item number, object): JSON Lines stream by line number; an array by position."""
    if _is_json_lines(path):
        with path.open("r", encoding=_encoding(path)) as fh:
            for number, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        yield number, _loads(line)
                    except json.JSONDecodeError as exc:
                        yield number, exc
                    except (ValueError, RecursionError) as exc:
                        yield number, json.JSONDecodeError(str(exc), "", 0)
        return
    size = path.stat().st_size
    if size > MAX_ARRAY_FILE_BYTES:
        raise ImportFileError(Code.JSON_TOO_BIG, name=path.name,
                              size=f"{size / 1_048_576:,.0f}",
                              max=MAX_ARRAY_FILE_BYTES // 1_048_576)
    try:
        with path.open("r", encoding=_encoding(path)) as fh:
            data = _loads(fh.read())
    except json.JSONDecodeError as exc:
        raise ImportFileError(Code.JSON_INVALID, name=path.name, line=exc.lineno,
                              column=exc.colno) from exc
    except (_TooDeepError, RecursionError):
        raise ImportFileError(Code.JSON_TOO_DEEP, name=path.name) from None
    except ValueError as exc:
        raise ImportFileError(Code.JSON_NOT_POSTINGS, name=path.name, detail=str(exc)) from None
    if isinstance(data, dict):
        key = next((k for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
        data = data[key] if key else [data]
    if not isinstance(data, list):
        raise ImportFileError(Code.JSON_NOT_A_LIST, name=path.name)
    yield from enumerate(data, start=1)


def count_items(path: str | Path) -> int:
    return sum(1 for _ in _objects(Path(path)))


def json_keys(path: str | Path, sample: int = 200) -> list[str]:
    """Flattened keys of the first objects, in first-seen order, for the column-mapping step."""
    keys: dict[str, None] = {}
    for count, (_, obj) in enumerate(_objects(Path(path))):
        if count >= sample:
            break
        if isinstance(obj, dict):
            keys.update(dict.fromkeys(flatten(obj)))
    return list(keys)


def read_json(path: str | Path, *, mapping: dict[str, str | None] | None = None,
              now: datetime | None = None, naive_tz: tzinfo = UTC
              ) -> Iterator[JobRecord | RowError]:
    """Objects of `path` as JobRecord or RowError (row = item number, or line for JSON Lines).

    File-level problems (not JSON, not a list) raise ImportFileError before any item is read.
    """
    path = Path(path)
    if mapping is not None:
        try:
            check_mapping(mapping)
        except ImportFileError as exc:
            raise ImportFileError(Code.MAPPING_REFUSED, name=path.name, reason=exc) from exc
    objects = _objects(path)
    if not _is_json_lines(path):
        # Parse the array now so a malformed file fails here, not halfway through an import.
        objects = iter(list(objects))
    if now is None:
        now = reference_time(path)
    return _records(path, objects, mapping, now, naive_tz)


def _records(path: Path, objects: Iterator[tuple[int, object]],
             mapping: dict[str, str | None] | None, now: datetime,
             naive_tz: tzinfo) -> Iterator[JobRecord | RowError]:
    for number, obj in objects:
        if isinstance(obj, json.JSONDecodeError):
            yield RowError(path.name, number, None, Code.JOB_ROW_NOT_JSON)
            continue
        if not isinstance(obj, dict):
            yield RowError(path.name, number, None, Code.JOB_ROW_NOT_OBJECT)
            continue
        try:
            flat = flatten(obj)
            keys = list(flat)
            targets = mapping if mapping is not None else guess_mapping(keys)
            record = build_record(
                ((k, targets.get(k), flat[k]) for k in keys),
                source="json", source_ref=f"{path.name}:{number}",
                raw_text=json.dumps(obj, ensure_ascii=False), now=now, naive_tz=naive_tz,
            )
        except (CellError, FieldError) as exc:
            yield RowError.of(path.name, number, exc)
        except RecursionError:
            yield RowError(path.name, number, None, Code.JOB_ROW_TOO_DEEP)
        else:
            yield record

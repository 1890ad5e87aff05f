"""How a text file is encoded, decided once for every reader (CSV, JSON, pasted text, statements).

UTF-8 with or without a BOM; UTF-16 with a BOM, or without one (told apart by where the zero
bytes of ASCII characters fall); else Windows-1252, what Excel writes on Windows. A file that is
none of these, or that is mostly control characters, is not text: `NotTextError` says so instead
of the reader guessing and storing garbage. The whole file is checked in chunks, never held in
memory.
"""
from __future__ import annotations

import codecs
import functools
from pathlib import Path

from desktop.errors import Code, ServiceError

_HEAD = 64 * 1024
_CHUNK = 1 << 20
_CONTROL_OK = frozenset("\t\n\r\f\v\x1a")  # \x1a: the DOS end-of-file mark some tools add


class NotTextError(ServiceError):
    """The file is not text in an encoding the readers know; the code says how."""


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the zero bytes sit where ASCII text in UTF-16 puts them."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: str | Path) -> str:
    """The codec name to open `path` with; raises NotTextError (message names the file).

    Readers ask several times per import (headers, row count, rows); the answer is kept for
    the same file, size and modification time.
    """
    path = Path(path)
    stat = path.stat()
    return _detect(path.resolve(), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _detect(path: Path, _size: int, _mtime_ns: int) -> str:
    with path.open("rb") as fh:
        head = fh.read(_HEAD)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            raise NotTextError(Code.TEXT_BINARY, name=path.name)
        candidates = [utf16]
    else:
        candidates = ["utf-8-sig", "cp1252"]
    for encoding in candidates:
        if _decodes(path, encoding):
            _check_controls(path, head, encoding)
            return encoding
    raise NotTextError(Code.TEXT_ENCODING, name=path.name)


def _check_controls(path: Path, head: bytes, encoding: str) -> None:
    text = head.decode(encoding, errors="ignore")
    if not text:
        return
    controls = sum(1 for ch in text if (ch < " " and ch not in _CONTROL_OK) or ch == "\x7f")
    if controls > max(2, len(text) // 100):
        raise NotTextError(Code.TEXT_CONTROLS, name=path.name, controls=controls,
                           chars=len(text))


def read_text(path: str | Path, *, limit: int | None = None) -> str:
    """The whole file decoded as detected; `limit` (bytes) refuses bigger files first."""
    path = Path(path)
    if limit is not None and path.stat().st_size > limit:
        raise NotTextError(Code.TEXT_TOO_BIG, name=path.name,
                           size=f"{path.stat().st_size / 1_048_576:,.0f}",
                           max=limit // 1_048_576)
    return path.read_text(encoding=detect_encoding(path))

"""Attached files (photo, portfolio samples, proposal attachments) stored by content hash.

A file is copied to files/<aa>/<sha256><ext> in the data dir; the database keeps the
original name and the hash, so the same file attached twice is stored once.
"""
from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

_files_dir: Path | None = None


def configure(files_dir: Path) -> None:
    global _files_dir
    _files_dir = Path(files_dir)
    _files_dir.mkdir(parents=True, exist_ok=True)


def files_dir() -> Path:
    if _files_dir is None:
        raise RuntimeError("desktop.files.configure() was not called at start-up")
    return _files_dir


@dataclass(frozen=True)
class StoredFile:
    name: str
    sha256: str
    size: int
    path: Path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def stored_path(sha256: str, name: str = "") -> Path:
    suffix = Path(name).suffix.lower()[:10]
    folder = files_dir() / sha256[:2]
    matches = list(folder.glob(sha256 + "*")) if folder.exists() else []
    return matches[0] if matches else folder / (sha256 + suffix)


def store(source: str | Path) -> StoredFile:
    source = Path(source)
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such file")
    digest = sha256_of(source)
    target = stored_path(digest, source.name)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    return StoredFile(source.name, digest, source.stat().st_size, target)

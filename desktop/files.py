"""Attached files (photo, portfolio samples, proposal attachments) stored by content hash.

A file is copied to files/<aa>/<sha256><ext> in the data dir; the database keeps the
original name and the hash (of the plain content), so the same file attached twice is
stored once.

When the database is encrypted, so are the stored files: AES-256-GCM in 1 MiB chunks
(each chunk authenticated, its nonce numbered, the last one flagged, so a truncated,
reordered or altered file is refused rather than read wrongly). The file key is
derived from the database key (HKDF for the keyring's random key, PBKDF2 for a
passphrase) with a salt kept in the file's header, so a file carries everything
except the secret. `readable_path` gives the rest of the app a path it can open: the
stored file itself when it is plain, or a decrypted copy in a private folder
(0700, inside the data dir, removed at close and at the next open) when it is not.

Every write goes to `<name>.part`, is flushed to disk and renamed into place, so a
file under its real name is always complete.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import Code, ServiceError

log = logging.getLogger(__name__)

MAGIC = b"FDESKENC"  # 8 bytes; a plain file that happens to start so is not a concern
VERSION = 1
CHUNK = 1 << 20
TAG = 16
HEADER = struct.Struct(">8sB16s8s")  # magic, version, salt, nonce prefix
PBKDF2_ROUNDS = 600_000
OPEN_COPIES = ".open-files"  # decrypted copies handed to viewers, under the data dir
_RAW_KEY = re.compile(r"^x'([0-9a-fA-F]{64})'$")

_files_dir: Path | None = None
_key: str | None = None  # the database key: new files are encrypted with it when set
_other_keys = None  # () -> keys that may open files stored under an earlier key (lazy: keyring)
_derived: dict[tuple[str, bytes], bytes] = {}
_session_salt: dict[str, bytes] = {}


class FileCryptError(ServiceError):
    """A stored file cannot be decrypted: damaged, or encrypted with a key not at hand."""


def configure(files_dir: Path, key: str | None = None, other_keys=None) -> None:
    """Where files are stored, the database key (None: plain), and a callable giving other
    keys to try on a file encrypted earlier with another key (asked only when needed)."""
    global _files_dir, _key, _other_keys
    _files_dir = Path(files_dir)
    _files_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    _key = key
    _other_keys = other_keys


def files_dir() -> Path:
    if _files_dir is None:
        raise RuntimeError("desktop.files.configure() was not called at start-up")
    return _files_dir


def current_key() -> str | None:
    return _key


@dataclass(frozen=True)
class StoredFile:
    name: str
    sha256: str
    size: int
    path: Path


# -- keys ---------------------------------------------------------------------
def _file_key(key: str, salt: bytes) -> bytes:
    cached = _derived.get((key, salt))
    if cached is not None:
        return cached
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    raw = _RAW_KEY.match(key)
    if raw:  # 256 random bits already: a fast, salted expansion is enough
        kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                   info=b"freelance-desk attached files v1")
        derived = kdf.derive(bytes.fromhex(raw.group(1)))
    else:  # a passphrase someone typed: slow it down like SQLCipher does
        kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt,
                         iterations=PBKDF2_ROUNDS)
        derived = kdf.derive(key.encode("utf-8"))
    _derived[(key, salt)] = derived
    return derived


def _salt_for(key: str) -> bytes:
    # one salt per key per process: a conversion derives the (slow, for a passphrase) key once
    return _session_salt.setdefault(key, secrets.token_bytes(16))


# -- the format ---------------------------------------------------------------
def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except FileNotFoundError:
        return False


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _encrypt_stream(src, dst, key: str) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = _salt_for(key), secrets.token_bytes(8)
    header = HEADER.pack(MAGIC, VERSION, salt, prefix)
    aead = AESGCM(_file_key(key, salt))
    dst.write(header)
    index = 0
    chunk = src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        dst.write(aead.encrypt(_nonce(prefix, index), chunk, header + (b"\1" if last else b"\0")))
        if last:
            return
        index += 1
        chunk = following


def _decrypt_stream(src, dst, key: str, name: str) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = src.read(HEADER.size)
    if len(header) != HEADER.size:
        raise FileCryptError(Code.FILE_TRUNCATED, name=name)
    magic, version, salt, prefix = HEADER.unpack(header)
    if magic != MAGIC or version != VERSION:
        raise FileCryptError(Code.FILE_NOT_ENCRYPTED, name=name)
    aead = AESGCM(_file_key(key, salt))
    index = 0
    block = src.read(CHUNK + TAG)
    while True:
        following = src.read(CHUNK + TAG) if len(block) == CHUNK + TAG else b""
        last = not following
        try:
            dst.write(aead.decrypt(_nonce(prefix, index), block,
                                   header + (b"\1" if last else b"\0")))
        except InvalidTag:
            raise FileCryptError(Code.FILE_WRONG_KEY, name=name) from None
        if last:
            return
        index += 1
        block = following


def opens_with(path: Path, key: str) -> bool:
    """True when `key` decrypts the first chunk of the encrypted file at `path`."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with open(path, "rb") as fh:
        header = fh.read(HEADER.size)
        if len(header) != HEADER.size:
            return False
        _magic, _version, salt, prefix = HEADER.unpack(header)
        block = fh.read(CHUNK + TAG)
        last = len(block) < CHUNK + TAG or not fh.read(1)
    try:
        AESGCM(_file_key(key, salt)).decrypt(_nonce(prefix, 0), block,
                                             header + (b"\1" if last else b"\0"))
        return True
    except InvalidTag:
        return False


def key_for(path: Path, keys=None) -> str:
    """The key among the known ones that opens the encrypted file; FileCryptError if none."""
    if keys is None:
        if _key and opens_with(path, _key):
            return _key
        keys = _other_keys() if _other_keys else ()
    for key in keys:
        if key and opens_with(path, key):
            return key
    raise FileCryptError(Code.FILE_FOREIGN_KEY, name=path.name)


# -- writing ------------------------------------------------------------------
def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_open(path: Path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(fd, "wb")


def _write_via_part(target: Path, write) -> None:
    """Call write(fh) on `<target>.part`, make it durable, rename it into place."""
    part = target.with_name(target.name + ".part")
    try:
        with _private_open(part) as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    _fsync_dir(target.parent)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def stored_path(sha256: str, name: str = "") -> Path:
    suffix = Path(name).suffix.lower()[:10]
    folder = files_dir() / sha256[:2]
    matches = [p for p in folder.glob(sha256 + "*") if not p.name.endswith(".part")] \
        if folder.exists() else []
    return matches[0] if matches else folder / (sha256 + suffix)


def store(source: str | Path) -> StoredFile:
    source = Path(source)
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such file")
    digest = sha256_of(source)
    target = stored_path(digest, source.name)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        place(source, target)
    return StoredFile(source.name, digest, source.stat().st_size, target)


def place(source: Path, target: Path) -> None:
    """Copy plain `source` to `target` in the store, encrypted when the database is."""
    with open(source, "rb") as src:
        if _key is None:
            _write_via_part(target, lambda out: shutil.copyfileobj(src, out, CHUNK))
        else:
            _write_via_part(target, lambda out: _encrypt_stream(src, out, _key))


# -- converting ---------------------------------------------------------------
def encrypt_file(path: Path, key: str) -> None:
    """Replace the plain stored file at `path` by its encryption with `key` (atomically)."""
    with open(path, "rb") as src:
        _write_via_part(path, lambda out: _encrypt_stream(src, out, key))


def decrypt_file(path: Path, key: str) -> None:
    """Replace the encrypted stored file at `path` by its plain content (atomically)."""
    with open(path, "rb") as src:
        _write_via_part(path, lambda out: _decrypt_stream(src, out, key, path.name))


def rekey_file(path: Path, old_key: str, new_key: str) -> None:
    import io

    with open(path, "rb") as src:
        plain = io.BytesIO()
        _decrypt_stream(src, plain, old_key, path.name)
    plain.seek(0)
    _write_via_part(path, lambda out: _encrypt_stream(plain, out, new_key))


def stored_files(folder: Path | None = None) -> list[Path]:
    """Every stored file under files/ (not leftovers being written)."""
    folder = folder or files_dir()
    return sorted(p for p in folder.glob("??/*")
                  if p.is_file() and not p.name.endswith(".part"))


def leftovers(folder: Path) -> list[Path]:
    """Half-written `.part` files and import staging folders a killed process left."""
    found = list(folder.glob("??/*.part")) + [p for p in folder.glob(".import-*") if p.is_dir()]
    return sorted(found)


# -- reading ------------------------------------------------------------------
def _open_copies_dir() -> Path:
    folder = files_dir().parent / OPEN_COPIES
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def readable_path(sha256: str, name: str = "") -> Path:
    """A path holding the plain content: the stored file, or a private decrypted copy."""
    path = stored_path(sha256, name)
    if not path.is_file() or not is_encrypted(path):
        return path
    copy = _open_copies_dir() / path.name
    if not copy.exists():
        key = key_for(path)
        with open(path, "rb") as src:
            _write_via_part(copy, lambda out: _decrypt_stream(src, out, key, path.name))
    return copy


def read_bytes(path: Path) -> bytes:
    """The plain content of a stored file, decrypting it when needed."""
    import io

    if not is_encrypted(path):
        return path.read_bytes()
    out = io.BytesIO()
    with open(path, "rb") as src:
        _decrypt_stream(src, out, key_for(path), path.name)
    return out.getvalue()


def plain_size(path: Path) -> int:
    """The size of the content of a stored file (encrypted or not) without decrypting it."""
    size = path.stat().st_size
    if not is_encrypted(path):
        return size
    body = size - HEADER.size
    chunks = max(1, -(-body // (CHUNK + TAG)))
    return body - chunks * TAG


def copy_plain(path: Path, out) -> None:
    """Write the plain content of the stored file at `path` to the open binary `out`."""
    with open(path, "rb") as src:
        if is_encrypted(path):
            _decrypt_stream(src, out, key_for(path), path.name)
        else:
            shutil.copyfileobj(src, out, CHUNK)


def drop_open_copies(data_dir: Path) -> int:
    """Overwrite and remove the decrypted copies handed to viewers; returns how many."""
    folder = Path(data_dir) / OPEN_COPIES
    if not folder.is_dir():
        return 0
    count = 0
    for path in folder.iterdir():
        with contextlib.suppress(OSError):
            size = path.stat().st_size
            with open(path, "r+b") as fh:
                fh.write(b"\0" * size)
                fh.flush()
                os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            path.unlink()
            count += 1
    with contextlib.suppress(OSError):
        folder.rmdir()
    return count

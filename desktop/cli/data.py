"""Your data: `backup [FILE]`, `restore FILE`, `export FILE`, `import all FILE`,
`encrypt`, `decrypt`, `security`.
"""
from __future__ import annotations

import argparse
import getpass
import sys

from desktop.cli import BadInputError, CommandError, add_json_flag, emit


def register(sub, import_kinds) -> None:
    parser = sub.add_parser("backup", help="back up the database now (verified copy)")
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="where to write it (default: a new file in the backups folder)")
    parser.add_argument("--list", action="store_true", help="list the backups instead")
    add_json_flag(parser)
    parser.set_defaults(handler=run_backup)

    parser = sub.add_parser("restore", help="replace the database with a verified backup")
    parser.add_argument("file", metavar="FILE", help="a backup file (see `backup --list`)")
    add_json_flag(parser)
    # the database may be damaged: that is what restore is for, so do not open it first
    parser.set_defaults(handler=run_restore, opens_database=False)

    parser = sub.add_parser("export", help="export every record and attached file to a zip")
    parser.add_argument("file", metavar="FILE", help="the .zip to write")
    add_json_flag(parser)
    parser.set_defaults(handler=run_export)

    parser = import_kinds.add_parser("all", help="an `export` zip, into an empty data folder")
    parser.add_argument("file", metavar="FILE", help="the .zip written by `export`")
    add_json_flag(parser)
    parser.set_defaults(handler=run_import_all)

    parser = sub.add_parser("encrypt", help="encrypt the database (key in the system keyring)")
    parser.add_argument("--passphrase", action="store_true",
                        help="protect it with a passphrase instead (asked for, or read from "
                             "stdin when it is not a terminal)")
    add_json_flag(parser)
    parser.set_defaults(handler=run_encrypt)

    parser = sub.add_parser("decrypt", help="store the database unencrypted")
    add_json_flag(parser)
    parser.set_defaults(handler=run_decrypt)

    parser = sub.add_parser("security", help="how the database is protected")
    parser.add_argument("--show-recovery-key", action="store_true",
                        help="print the key kept in the keyring, to write down")
    add_json_flag(parser)
    parser.set_defaults(handler=run_security)


def _paths(args):
    from desktop.paths import AppPaths

    return AppPaths.create(args.data_dir)


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.0f} KB"


def run_backup(args: argparse.Namespace) -> int:
    from desktop.services import backup

    paths = _paths(args)
    if args.list:
        rows = backup.list_backups(paths)
        lines = [f"{b.created_at:%Y-%m-%d %H:%M} UTC  {b.kind:8}  {_size(b.size):>8}  {b.path}"
                 for b in rows] or [f"no backups yet in {paths.backups_dir}"]
        emit(args, "\n".join(lines), [b.as_dict() for b in rows])
        return 0
    from models.db import is_postgres

    if is_postgres():  # a workspace: the backup is an archive (the export format), no pg_dump
        return _backup_workspace(args, paths)
    try:
        info = backup.backup_now(paths, args.file)
    except backup.BackupError as exc:
        raise CommandError(str(exc)) from None
    emit(args, f"backup written and verified: {info.path} ({_size(info.size)}"
               f"{', encrypted' if info.encrypted else ''})", info.as_dict())
    return 0


def _backup_workspace(args: argparse.Namespace, paths) -> int:
    from desktop import clock
    from desktop.services import archive

    target = args.file or paths.backups_dir / f"workspace-{clock.now():%Y%m%d-%H%M%S}.zip"
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    try:
        summary = archive.export_all(paths, target)
    except archive.ArchiveError as exc:
        raise CommandError(str(exc)) from None
    data = summary.as_dict()
    emit(args, f"workspace backed up: {data['records']} records to {summary.path} (the export "
               "format, NOT encrypted: keep it somewhere safe)", data)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop import datalock
    from desktop.services import backup

    paths = _paths(args)
    try:
        result = backup.restore(paths, args.file)
    except (backup.BackupError, datalock.DataDirBusyError) as exc:
        raise CommandError(str(exc)) from None
    kept = result.replaced_copy
    emit(args, f"restored from {result.restored_from}"
               + (f"\nthe data it replaced is kept in {kept}" if kept else ""),
         {"restored_from": str(result.restored_from),
          "replaced_copy": str(kept) if kept else None})
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.services import archive

    try:
        summary = archive.export_all(_paths(args), args.file)
    except archive.ArchiveError as exc:
        raise CommandError(str(exc)) from None
    data = summary.as_dict()
    emit(args, f"exported {data['records']} records and {summary.files} files to "
               f"{summary.path}\n(the archive is NOT encrypted: keep it somewhere safe)", data)
    return 0


def run_import_all(args: argparse.Namespace) -> int:
    from desktop.services import archive

    try:
        summary = archive.import_all(_paths(args), args.file)
    except archive.ArchiveError as exc:
        raise BadInputError(str(exc)) from None
    data = summary.as_dict()
    emit(args, f"imported {data['records']} records and {summary.files} files from "
               f"{summary.path}", data)
    return 0


def _read_passphrase() -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("New passphrase: ")
        if first != getpass.getpass("Repeat it: "):
            raise CommandError("the two passphrases differ; nothing was changed")
        return first
    return sys.stdin.readline().rstrip("\r\n") if sys.stdin else ""


def _convert(args: argparse.Namespace, action) -> int:
    from desktop import datalock, runtime, security

    paths = _paths(args)
    runtime.close()  # the swap needs the file to ourselves
    try:
        state = action(paths)
    except (security.SecurityError, datalock.DataDirBusyError) as exc:
        raise CommandError(str(exc)) from None
    emit(args, state.describe(), vars(state))
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    from desktop import security

    passphrase = _read_passphrase() if args.passphrase else None
    return _convert(args, lambda paths: security.encrypt(paths, passphrase=passphrase))


def run_decrypt(args: argparse.Namespace) -> int:
    from desktop import security

    return _convert(args, security.decrypt)


def run_security(args: argparse.Namespace) -> int:
    from desktop import security

    paths = _paths(args)
    state = security.status(paths)
    data = vars(state).copy()
    text = state.describe()
    if args.show_recovery_key:
        key = security.recovery_key(paths)
        if key is None:
            raise CommandError("there is no key for this data folder in the keyring")
        data["recovery_key"] = key
        text += "\n\nRecovery key (write it down; it opens the data and every backup):\n" + key
    emit(args, text, data)
    return 0

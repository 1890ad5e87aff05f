"""`freelance-desk check`: integrity check and schema version."""
from __future__ import annotations

import argparse

from desktop.cli import add_json_flag, emit


def register(sub, import_kinds) -> None:
    parser = sub.add_parser("check", help="check the database's integrity and schema version")
    add_json_flag(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop.services import system

    report = system.check()
    lines = [
        f"database: {report.database}",
        f"schema: {report.schema_version} (this app: {report.app_schema_version})",
        "integrity: ok" if report.ok else "integrity: PROBLEMS",
        *(f"  - {p}" for p in report.problems),
    ]
    emit(args, "\n".join(lines), report.as_dict())
    return 0 if report.ok else 1

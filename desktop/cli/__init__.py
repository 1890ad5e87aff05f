"""The command line: the same services as the GUI, scriptable (calibredb is the model).

`freelance-desk [--data-dir DIR] [COMMAND]`. With no command the window opens.
Each area adds its subcommands from its own module listed in COMMAND_MODULES;
`import KIND FILE…` kinds are registered on the shared `import` parser.
Human text by default, JSON with --json; errors to stderr with a non-zero exit.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import Any

import desktop
from desktop import APP_NAME

COMMAND_MODULES = [
    "desktop.cli.check",
    "desktop.cli.contracts",
    "desktop.cli.data",
    "desktop.cli.insights",
    "desktop.cli.jobs",
    "desktop.cli.payments",
    "desktop.cli.profile",
    "desktop.cli.proposals",
    "desktop.cli.workspace",
]


class CommandError(Exception):
    """A failure to report to the user on stderr (exit status 1)."""


class BadInputError(CommandError):
    """An input file was refused (one line naming file, row, field); nothing was changed.
    Exit status 2, as for a bad command line."""


BAD_INPUT = 2
EXIT_BUSY = 75  # EX_TEMPFAIL: "try again later" (another import or writer holds the data)


class _Version(argparse.Action):
    """``--version``: argparse's "version" action, with the version looked up only when it is
    asked for (desktop.__version__ reads the package metadata)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"{APP_NAME} {desktop.__version__}")
        parser.exit()


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `commands=False` leaves out the areas' subcommands (their modules
    are not imported), for a command line that only opens the window (see `window_only`)."""
    parser = argparse.ArgumentParser(
        prog="freelance-desk",
        description=f"{APP_NAME}: proposals, contracts and earnings for marketplace freelancers.",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the database, files, logs and backups "
                             "(default: the platform's user data folder)")
    parser.add_argument("--database-url", metavar="URL",
                        help="work against a shared PostgreSQL workspace "
                             "(postgresql://user@host:port/db; TLS options such as "
                             "?sslmode=verify-full&sslrootcert=FILE ride in the URL; the "
                             "password comes from the system keyring) instead of the data "
                             "folder's database (also FREELANCE_DESK_DATABASE_URL)")
    parser.add_argument("--self-test", action="store_true",
                        help="open the database, migrate, render the window offscreen, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.set_defaults(handler=None)
    imp = sub.add_parser("import", help="import files (jobs, transactions, …)")
    import_kinds = imp.add_subparsers(dest="kind", metavar="KIND", required=True)
    for name in COMMAND_MODULES if commands else ():
        importlib.import_module(name).register(sub, import_kinds)
    return parser


def window_only(argv: list[str]) -> bool:
    """True when `argv` asks for nothing but the window (the global options with values, then
    `gui` or no command): the GUI's start then skips importing every area's CLI module."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--data-dir", "--database-url"):
            if not rest or rest[0].startswith("-"):
                return False
            rest.pop(0)
        elif arg.startswith(("--data-dir=", "--database-url=")):
            continue
        else:
            return arg == "gui" and not rest
    return True


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def emit(args: argparse.Namespace, text: str, data: Any) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, indent=2, sort_keys=True, default=str))
    else:
        print(text)


def busy_error(exc: BaseException):
    """The one clear BusyError for `exc` when it is SQLite's "database is locked", else None."""
    from desktop import datalock, runtime
    from models.db import BusyError, is_busy

    if isinstance(exc, datalock.ImportRunning):
        return exc
    if isinstance(exc, BusyError) or is_busy(exc):
        return datalock.busy_error(runtime.open_dir())  # names the import and its progress
    return None


def _workspace_url(args: argparse.Namespace) -> str | None:
    from desktop import workspace

    return workspace.url_from(getattr(args, "database_url", None))


def _role_refusal(exc: BaseException):
    """A workspace server's "permission denied" (a member's role does not reach that table) as
    one line, or None for anything else."""
    from desktop.errors import Code, ServiceError

    for err in (exc, exc.__cause__, exc.__context__):
        if getattr(err, "sqlstate", None) == "42501":
            detail = str(err).strip().splitlines()[0] if str(err).strip() else ""
            return ServiceError(Code.MEMBER_SERVER_REFUSED, detail=detail)
    return None


def run_command(args: argparse.Namespace) -> int:
    from desktop import runtime
    from desktop.errors import ServiceError
    from models.db import DatabaseError

    try:
        try:
            url = _workspace_url(args)
            if url and getattr(args, "opens_database", True):  # a workspace on a server
                from desktop import workspace

                workspace.open_workspace(url, args.data_dir)
            elif getattr(args, "opens_database", True):  # restore works on a damaged database
                runtime.open_data_dir(args.data_dir)
                for note in runtime.recovery_notes:  # what an interrupted change left, now fixed
                    print(f"freelance-desk: recovered: {note}", file=sys.stderr)
        except (DatabaseError, ServiceError) as exc:
            busy = busy_error(exc)
            print(f"freelance-desk: {busy or exc}", file=sys.stderr)
            return EXIT_BUSY if busy else 2
        try:
            return int(args.handler(args) or 0)
        except BadInputError as exc:
            print(f"freelance-desk: {exc}", file=sys.stderr)
            return BAD_INPUT
        except CommandError as exc:
            print(f"freelance-desk: {exc}", file=sys.stderr)
            return 1
    except Exception as exc:
        busy = busy_error(exc)
        if busy is None:
            refused = _role_refusal(exc)
            if refused is None:
                raise
            print(f"freelance-desk: {refused}", file=sys.stderr)
            return 1
        print(f"freelance-desk: {busy}", file=sys.stderr)
        return EXIT_BUSY
    finally:
        runtime.close()

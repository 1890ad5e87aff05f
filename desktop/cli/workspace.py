"""A team workspace on PostgreSQL: `workspace init`, `workspace push URL`, `workspace pull`.

Every command takes the global `--database-url postgresql://user@host:port/db` (or
FREELANCE_DESK_DATABASE_URL) to work against a workspace instead of the local data folder.
"""
from __future__ import annotations

import argparse

from desktop.cli import CommandError, add_json_flag, emit


def register(sub, import_kinds) -> None:
    parser = sub.add_parser("workspace", help="a shared PostgreSQL workspace (init, push, pull)")
    actions = parser.add_subparsers(dest="workspace_action", metavar="ACTION", required=True)

    init = actions.add_parser("init", help="create or update the workspace's schema "
                                           "(needs --database-url)")
    add_json_flag(init)
    init.set_defaults(handler=run_init, opens_database=False)

    push = actions.add_parser("push", help="copy this data folder's library up to a workspace "
                                           "(all or nothing; running it again adds nothing)")
    push.add_argument("url", metavar="URL", help="postgresql://user@host:port/db")
    add_json_flag(push)
    push.set_defaults(handler=run_push, opens_database=False)

    pull = actions.add_parser("pull", help="copy the workspace (--database-url) into the data "
                                           "folder, to work offline")
    add_json_flag(pull)
    pull.set_defaults(handler=run_pull, opens_database=False)

    password = actions.add_parser("password", help="keep the workspace password in the system "
                                                   "keyring (read from stdin)")
    password.set_defaults(handler=run_password, opens_database=False)


def _url(args) -> str:
    from desktop import workspace

    url = workspace.url_from(getattr(args, "database_url", None))
    if not url:
        raise CommandError("this needs a workspace: give --database-url postgresql://… "
                           "(or set FREELANCE_DESK_DATABASE_URL)")
    return url


def _service(call):
    from desktop.errors import ServiceError

    try:
        return call()
    except ServiceError as exc:
        raise CommandError(str(exc)) from None


def run_init(args: argparse.Namespace) -> int:
    from desktop import runtime, workspace
    from models import db as dbmod

    url = _url(args)
    try:
        _service(lambda: workspace.open_workspace(url, args.data_dir))
        version = dbmod.schema_version(dbmod.database.obj)
    finally:
        runtime.close()
    emit(args, f"workspace ready: {workspace.display(url)} (schema {version})",
         {"url": workspace.display(url), "schema_version": version})
    return 0


def _summary(args, verb: str, url: str, summary) -> int:
    from desktop import workspace

    data = summary.as_dict()
    emit(args, f"{verb} {workspace.display(url)}: {data['records_added']} records added, "
               f"{data['records_unchanged']} already there", data)
    return 0


def run_push(args: argparse.Namespace) -> int:
    from desktop import workspace
    from desktop.services import workspace_sync

    url = _service(lambda: workspace.url_from(args.url))
    return _summary(args, "pushed to", url,
                    _service(lambda: workspace_sync.push(args.data_dir, url)))


def run_pull(args: argparse.Namespace) -> int:
    from desktop.services import workspace_sync

    url = _url(args)
    return _summary(args, "pulled from", url,
                    _service(lambda: workspace_sync.pull(url, args.data_dir)))


def run_password(args: argparse.Namespace) -> int:
    import getpass
    import sys

    from desktop import workspace

    url = _url(args)
    secret = getpass.getpass("workspace password: ") if sys.stdin.isatty() else \
        sys.stdin.readline().rstrip("\n")
    _service(lambda: workspace.remember_password(workspace.split_password(url)[0], secret))
    print(f"password kept in the system keyring for {workspace.display(url)}")
    return 0

"""A team workspace: the same schema on a PostgreSQL server instead of the local SQLite file.

`--database-url postgresql://user@host:port/db` (or FREELANCE_DESK_DATABASE_URL) points any
command at a workspace. TLS: pass libpq's options in the URL's query string, e.g.
`?sslmode=verify-full&sslrootcert=/path/ca.pem`; they reach the driver unchanged.

The password is never part of the URL we keep and never stored in the database or the data
folder: it lives in the OS keyring (service "Freelance Desk", entry `workspace:user@host:port/db`),
under the same policy as the database key and payout details (desktop/security.keyring_problem).
A password written into the URL is taken out of it and used for that connection only.

The local data folder still holds what is local to this computer (attached files, logs,
backups, window layout); the database is the server's.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import keyring
from keyring.errors import KeyringError

from desktop import files
from desktop.errors import Code, ServiceError
from desktop.paths import AppPaths
from models import db as dbmod

ENV_URL = "FREELANCE_DESK_DATABASE_URL"
SERVICE = "Freelance Desk"


class WorkspaceError(ServiceError):
    """A workspace cannot be used as asked (bad address, no keyring, server unreachable)."""


def url_from(cli_value: str | None) -> str | None:
    """The workspace URL from the command line, else the environment, else None (local)."""
    url = cli_value or os.environ.get(ENV_URL) or None
    if url and not dbmod.is_database_url(url):
        raise WorkspaceError(Code.WORKSPACE_BAD_URL, url=url)
    return url


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without a password, the password written into it or None)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}" if user else netloc)), \
        parts.password


def display(url: str) -> str:
    """The URL as shown to the user: no password, no query string."""
    return urlunsplit(urlsplit(split_password(url)[0])._replace(query=""))


def _entry(url: str) -> str:
    parts = urlsplit(url)
    return f"workspace:{parts.username or ''}@{parts.hostname or ''}:{parts.port or 5432}" \
           f"{parts.path}"


def remember_password(url: str, password: str) -> None:
    """Keep the workspace password in the OS keyring (refused where no safe keyring exists)."""
    from desktop import security

    problem = security.keyring_problem("workspace_password")
    if problem:
        raise WorkspaceError(Code.WORKSPACE_NO_KEYRING, detail=problem)
    try:
        keyring.set_password(SERVICE, _entry(url), password)
    except KeyringError as exc:
        raise WorkspaceError(Code.WORKSPACE_NO_KEYRING, detail=str(exc)) from exc


def stored_password(url: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _entry(url))
    except KeyringError:
        return None


def open_workspace(url: str, data_dir: str | Path | None = None, *,
                   migrate: bool = True) -> AppPaths:
    """Connect to the workspace at `url` (and migrate it); local files go to `data_dir`."""
    from peewee import OperationalError

    url, typed = split_password(url)
    paths = AppPaths.create(data_dir)
    files.configure(paths.files_dir, None)
    try:
        dbmod.open_database_url(url, password=typed or stored_password(url), migrate=migrate)
    except OperationalError as exc:
        raise WorkspaceError(Code.WORKSPACE_UNREACHABLE, url=display(url),
                             detail=str(exc).strip().splitlines()[0] if str(exc) else "") \
            from exc
    from desktop import live

    live.install_publisher()  # other windows on the workspace hear of this process's changes
    return paths


SETTING_KEY = "workspace/url"  # the window's own settings (window.ini): the URL it opens on


def check_connection(url: str, password: str | None = None, *, timeout: int = 5) -> None:
    """Connect once to the workspace at `url` (the password typed, else the keyring's) and
    say why not, as WorkspaceError, when that fails. Changes nothing."""
    import psycopg

    if not dbmod.is_database_url(url):
        raise WorkspaceError(Code.WORKSPACE_BAD_URL, url=url)
    bare, typed = split_password(url)
    secret = password or typed or stored_password(bare)
    params: dict = {"connect_timeout": timeout}
    if secret:
        params["password"] = secret
    try:
        with psycopg.connect("postgresql://" + bare.split("://", 1)[1], **params) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        raise WorkspaceError(Code.WORKSPACE_UNREACHABLE, url=display(bare),
                             detail=(str(exc).strip().splitlines() or [""])[0]) from exc

"""Other members of a workspace, as real processes or connections of their own.

`member(target, code)` runs `code` in a new Python process that opened the same data — a data
folder's SQLite file or a workspace URL — through the app's own start-up (desktop.runtime or
desktop.workspace), and returns what the code printed. `other_connection(target)` is a plain
second driver connection (sqlite3 / psycopg) for writes a test makes "behind the app's back".
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def target_of(paths) -> str:
    """The data this test has open: the workspace URL, else the data folder."""
    from models import db as dbmod

    database = dbmod.database.obj
    return database.database if dbmod.is_postgres(database) else str(paths.data_dir)


OPEN = """
import os, sys
import keyring
from keyrings.alt.file import PlaintextKeyring
shared = PlaintextKeyring()
shared.file_path = os.environ["FREELANCE_DESK_TEST_KEYRING"]  # the test's own keyring file
keyring.set_keyring(shared)
target = sys.argv[1]
if target.startswith("postgresql://"):
    from desktop import workspace
    workspace.open_workspace(target, sys.argv[2])
else:
    from desktop import runtime
    runtime.open_data_dir(target)
"""


def start_member(target: str, code: str, tmp: Path, *args: str) -> subprocess.Popen:
    source = OPEN + textwrap.dedent(code)
    import keyring

    env = dict(os.environ, PYTHONPATH=str(REPO),
               FREELANCE_DESK_TEST_KEYRING=str(keyring.get_keyring().file_path))
    return subprocess.Popen([sys.executable, "-c", source, target, str(tmp), *args],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def member(target: str, code: str, tmp: Path, *args: str, timeout: float = 120) -> str:
    process = start_member(target, code, tmp, *args)
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err
    return out


class OtherConnection:
    """A second connection of the driver's own (autocommit), outside the app. SQL with `?`."""

    def __init__(self, target: str, paths):
        self.pg = target.startswith("postgresql://")
        if self.pg:
            import psycopg

            self.conn = psycopg.connect(target, autocommit=True)
        else:  # the data folder's file is SQLCipher-encrypted: open it with its key
            from desktop import runtime
            from models import db as dbmod

            self.conn = dbmod.make_database(paths.database,
                                            runtime.database_passphrase(paths))
            self.conn.connect()

    def run(self, sql: str, *params) -> list[tuple]:
        if self.pg:
            cursor = self.conn.execute(sql.replace("?", "%s"), params)
        else:
            cursor = self.conn.execute_sql(sql, params)  # autocommit outside atomic()
        return list(cursor.fetchall()) if cursor.description else []

    def close(self) -> None:
        self.conn.close()


@contextlib.contextmanager
def other_connection(target: str, paths) -> Iterator[OtherConnection]:
    conn = OtherConnection(target, paths)
    try:
        yield conn
    finally:
        conn.close()

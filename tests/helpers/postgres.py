"""A real PostgreSQL server for the tests, and the `--backend` pytest option.

The server is started once per test session in a temporary directory on a free local port
(TCP on 127.0.0.1 only, no Unix socket), with `trust` authentication for the local test user
and durability switched off (fsync, full-page writes: the data is thrown away). initdb and
postgres refuse to run as root, so under root (CI) they run as an unprivileged user (`nobody`)
that owns the temporary directory.

Where the server binaries come from, first found wins:
1. `FREELANCE_DESK_PG_BINDIR` (a folder with initdb, pg_ctl, postgres);
2. the `pgserver` package from PyPI (installed by the `test` extra), which ships them, so
   `make test` works on a fresh machine without apt;
3. the system's (`pg_config --bindir`, or Debian's /usr/lib/postgresql/N/bin).

Each test that asks for PostgreSQL gets a fresh database copied from a migrated template
(CREATE DATABASE … TEMPLATE), which takes a few ms instead of running every migration again.

`--backend=sqlite|postgres|both` picks the backends service tests marked `both_backends` run
on. The default is both when a server can be started, else SQLite with the reason shown as a
skip. With FREELANCE_DESK_REQUIRE_POSTGRES=1 (set by .ci/run) a server that cannot be started
fails the run instead.
"""
from __future__ import annotations

import glob
import importlib.util
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

BACKENDS = ("sqlite", "postgres")
SUPERUSER = "postgres"
TEMPLATE = "freelance_template"


class ServerUnavailableError(RuntimeError):
    """No PostgreSQL server can be started here; the message says why."""


def find_bindir() -> Path:
    candidates: list[Path] = []
    if os.environ.get("FREELANCE_DESK_PG_BINDIR"):
        candidates.append(Path(os.environ["FREELANCE_DESK_PG_BINDIR"]))
    spec = importlib.util.find_spec("pgserver")  # located, not imported (its import warns)
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / "pginstall" / "bin" for p in spec.submodule_search_locations]
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0:
            candidates.append(Path(out.stdout.strip()))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise ServerUnavailableError(
        "no PostgreSQL server binaries found (install the test extra's `pgserver`, Debian's "
        "`postgresql`, or set FREELANCE_DESK_PG_BINDIR)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One throw-away server: start(), url(dbname), fresh_database(), stop()."""

    def __init__(self, bindir: Path | None = None):
        self.bindir = bindir or find_bindir()
        self.root = Path(tempfile.mkdtemp(prefix="freelance-desk-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = free_port()
        self.user = "nobody" if os.geteuid() == 0 else None
        self._counter = itertools.count(1)
        self._template_ready = False

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        # the server keeps the real clock (`make test-anydate` fakes the suite's, not its)
        env = {k: v for k, v in os.environ.items()
               if k not in ("LD_PRELOAD", "FAKETIME", "DYLD_INSERT_LIBRARIES")}
        out = subprocess.run([str(self.bindir / args[0]), *args[1:]], capture_output=True,
                             text=True, user=self.user, cwd=self.root, timeout=120, env=env)
        if out.returncode != 0:
            raise ServerUnavailableError(f"{args[0]} failed ({out.returncode}): "
                                    f"{(out.stderr or out.stdout).strip()[-800:]}")
        return out

    def start(self) -> PostgresServer:
        try:
            return self._start()
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise

    def _start(self) -> PostgresServer:
        if self.user:
            shutil.chown(self.root, self.user)
        self.root.chmod(0o700)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server (again, after halt(): the same data, port and databases)."""
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= "
                   "-c fsync=off -c full_page_writes=off -c synchronous_commit=off "
                   "-c max_connections=60")
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data),
                  "-l", str(self.log), "-o", options)

    def halt(self) -> None:
        """Stop the server and keep its data (the network going away, for offline tests).
        A fast stop, not an immediate one: with synchronous_commit off, a crash would lose
        the last commits, which is not what an unreachable server does."""
        self._run("pg_ctl", "stop", "-w", "-m", "fast", "-D", str(self.data))

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(self.data))
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def admin(self, *statements: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def empty_database(self, prefix: str = "t") -> str:
        """The URL of a new, empty database (no schema)."""
        name = f"{prefix}_{next(self._counter)}"
        self.admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def fresh_database(self) -> str:
        """The URL of a new database with the app's schema (copied from a migrated template)."""
        if not self._template_ready:
            self.admin(f"CREATE DATABASE {TEMPLATE}")
            from models import db as dbmod

            db = dbmod.make_url_database(self.url(TEMPLATE))
            try:
                db.connect()
                dbmod.run_migrations(db)
            finally:
                db.close()
            self._template_ready = True
        name = f"t_{next(self._counter)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)


# --- pytest plugin ---------------------------------------------------------------------------

def pytest_addoption(parser):
    parser.addoption("--backend", choices=("sqlite", "postgres", "both"), default=None,
                     help="database backends for tests marked both_backends (default: both "
                          "when a PostgreSQL server can be started, else sqlite)")


def pytest_configure(config):
    config._pg_server = None
    config._pg_error = None


def _server(config) -> PostgresServer | None:
    if config._pg_server is None and config._pg_error is None:
        try:
            config._pg_server = PostgresServer().start()
        except (ServerUnavailableError, OSError, subprocess.SubprocessError) as exc:
            config._pg_error = str(exc)
    return config._pg_server


def required() -> bool:
    return os.environ.get("FREELANCE_DESK_REQUIRE_POSTGRES") == "1"


def selected_backends(config) -> tuple[str, ...]:
    choice = config.getoption("--backend")
    if choice == "sqlite":
        return ("sqlite",)
    if choice == "postgres":
        return ("postgres",)
    return BACKENDS


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and \
            metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("backend", selected_backends(metafunc.config), indirect=True)


def pytest_unconfigure(config):
    server = getattr(config, "_pg_server", None)
    if server is not None:
        server.stop()


@pytest.fixture
def backend(request) -> str:
    """"sqlite" or "postgres" (parametrised for tests marked both_backends)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def pg_server(request) -> PostgresServer:
    """The session's PostgreSQL server; skips (or fails, when required) if none can start."""
    server = _server(request.config)
    if server is None:
        message = f"PostgreSQL server could not be started: {request.config._pg_error}"
        if required():
            pytest.fail(message + " (FREELANCE_DESK_REQUIRE_POSTGRES=1)", pytrace=False)
        pytest.skip(message)
    return server

"""The command line: version, check (text and JSON), self-test, errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop.__main__ import main

REPO_ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            # the child process gets a keyring of its own, never the machine's
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}


def test_check_reports_schema_and_integrity(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["schema_version"] == report["app_schema_version"] >= 1
    assert main(["--data-dir", str(tmp_path), "check"]) == 0
    assert "integrity: ok" in capsys.readouterr().out


def test_check_on_a_newer_database_fails_with_a_clear_message(tmp_path, capsys):
    from desktop import security
    from desktop.paths import AppPaths

    main(["--data-dir", str(tmp_path), "check"])
    paths = AppPaths.create(tmp_path)  # encrypted by default: the key is in the test keyring
    conn = security.connect(paths.database, security.passphrase_for(paths))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["--data-dir", str(tmp_path), "check"]) == 2
    assert "newer version of Freelance Desk" in capsys.readouterr().err


def test_version_and_self_test_as_a_real_process(tmp_path):
    env = {**REPO_ENV, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    out = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True,
                         text=True, env=REPO_ENV, check=True)
    assert out.stdout.startswith("Freelance Desk ")
    run = subprocess.run([sys.executable, "-m", "desktop", "--self-test", "--data-dir",
                          str(tmp_path / "data")], capture_output=True, text=True, env=env,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("OK Freelance Desk") and "6 tabs rendered" in run.stdout

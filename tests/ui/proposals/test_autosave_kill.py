"""Killing the app mid-sentence loses at most the last second of typing (a real subprocess)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _typed(log_file) -> list[tuple[int, float]]:
    rows = []
    for line in log_file.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            rows.append((int(parts[0]), float(parts[1])))
    return rows


def _letter() -> str:
    """A real cover letter when ../shared/data is there, else our own fixture letters."""
    import json

    from tests.conftest import SHARED_DATA
    from tests.unit.proposals.helpers import fixture_letters

    path = SHARED_DATA / "proposals" / "df-upwork_proposals_en.jsonl"
    if path.exists():
        letters = [json.loads(line)["proposal_text_en"] for line in
                   path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return max(letters, key=len)[:1500]
    return "\n\n".join(item["letter"] for item in fixture_letters()) * 3


def test_sigkill_mid_typing_loses_at_most_the_last_second(tmp_path, test_keyring):
    from desktop import runtime, security
    from desktop.services import proposals as service

    # The child uses keyrings.alt's plaintext keyring under its own XDG_DATA_HOME; point this
    # process's test keyring at the same file so both open the (encrypted) database.
    xdg = tmp_path / "xdg"
    test_keyring.file_path = str(xdg / "python_keyring" / "keyring_pass.cfg")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "XDG_DATA_HOME": str(xdg),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    env.pop(security.PASSPHRASE_ENV, None)

    text = _letter()  # longer than we will get to type
    data_dir = tmp_path / "data"
    runtime.open_data_dir(data_dir)
    proposal_id = service.create_draft().id
    runtime.close()
    text_file, log_file = tmp_path / "text.txt", tmp_path / "typed.log"
    text_file.write_text(text, encoding="utf-8")

    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.proposals.typist", str(data_dir), str(proposal_id),
         str(text_file), str(log_file)], cwd=REPO, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # let it type for a while (≥ 250 keys, ~4 s)
            if child.poll() is not None:
                pytest.fail(f"the typing app exited early: {child.stderr.read().decode()}")
            if log_file.exists() and (_typed(log_file) or [(0, 0)])[-1][0] >= 250:
                break
            time.sleep(0.05)
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)  # no clean shutdown, no flush on exit
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    typed = _typed(log_file)
    runtime.open_data_dir(data_dir)
    try:
        saved = service.get(proposal_id).cover_letter
    finally:
        runtime.close()
    chars_a_second_before = max((n for n, at in typed if at <= killed_at - 1.0), default=0)
    assert typed[-1][0] >= 250
    assert text.startswith(saved), "the saved letter is not what was typed"
    assert len(saved) >= chars_a_second_before, (
        f"only {len(saved)} characters saved; {chars_a_second_before} had been typed a "
        f"second before the kill ({typed[-1][0]} in all)")

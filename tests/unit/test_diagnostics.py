"""The self-test's bundle checks, run from source (the frozen build runs them in CI)."""
from __future__ import annotations

from desktop import diagnostics


def test_sqlcipher_writes_a_file_plain_sqlite_cannot_read():
    assert diagnostics.sqlcipher_report().startswith("sqlcipher: 4.")


def test_keyring_report_names_the_backend_without_writing_by_default(test_keyring, monkeypatch):
    monkeypatch.delenv(diagnostics.KEYRING_PROBE_ENV, raising=False)
    assert diagnostics.keyring_report() == f"keyring: {type(test_keyring).__module__}." \
                                           f"{type(test_keyring).__name__}"
    assert test_keyring.get_password(diagnostics.KEYRING_PROBE_SERVICE, "anything") is None


def test_keyring_round_trip_leaves_nothing_behind(test_keyring, monkeypatch):
    monkeypatch.setenv(diagnostics.KEYRING_PROBE_ENV, "1")
    assert diagnostics.keyring_report().endswith("stored, read back and deleted a test entry")
    with open(test_keyring.file_path) as stored:
        assert "self-test-" not in stored.read()

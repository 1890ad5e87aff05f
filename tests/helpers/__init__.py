"""Test helpers shared by the unit, UI and perf tests."""

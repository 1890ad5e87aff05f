"""The database worker (ui/tasks.py) and the data closing under it."""
from __future__ import annotations

import time


def test_closing_the_data_first_lets_the_worker_finish_what_was_queued_for_it(data_dir, qapp):
    """Whoever closes the data (quitting, a workspace switch, Import all, the self-test) does
    not have to remember the worker: runtime.close() waits for it, so a read a tab queued
    for this data runs on this data, not on none."""
    from desktop import runtime
    from desktop.services import profile
    from ui import tasks

    read: list[str] = []

    def slow_read(progress) -> None:
        time.sleep(0.3)  # still queued when the data closes
        read.append(profile.general_profile().label)

    tasks.run_in_background(slow_read)
    runtime.close()  # at once, with nothing drained by hand
    assert read == ["General"]

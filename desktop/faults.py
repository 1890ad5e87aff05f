"""Named points where a test can kill this process, to prove a step is crash-safe.

`FREELANCE_DESK_KILL_AT=<step>` in the environment makes `checkpoint(<step>)` end the
process at once with SIGKILL (no clean-up, no atexit, no finally), exactly as a power cut
or `kill -9` would between two steps. Unset (always, outside the tests) it costs one
dictionary lookup. The step names are listed next to the code that reaches them.
"""
from __future__ import annotations

import os
import signal

ENV = "FREELANCE_DESK_KILL_AT"


def checkpoint(step: str) -> None:
    if os.environ.get(ENV) == step:
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)  # Windows: no SIGKILL; as abrupt as it gets

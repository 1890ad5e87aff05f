#!/usr/bin/env bash
# Run the whole suite at a nasty moment far from today (tests/helpers/nasty_date.py picks it
# afresh each run and prints it), under libfaketime (Debian package `faketime`). The fake date
# is a constant offset from the real clock, so child processes share one fake timeline and
# Qt's timers and every duration still run at real speed. FAKETIME_DONT_FAKE_MONOTONIC=1 is NOT
# set: with Debian 12's libfaketime 0.9.10 it breaks clock_nanosleep() with an absolute
# deadline, which Python's time.sleep() uses ("OSError: [Errno 22] Invalid argument"); the
# monotonic clock shifted by the same constant offset is still monotonic and steady.
# Repeat a run with FREELANCE_DESK_FAKETIME="2040-02-29 23:59:50|Asia/Kolkata".
set -euo pipefail
PY=${PY:-.venv/bin/python}
if ! command -v faketime >/dev/null; then
    echo "test-anydate: faketime is not installed (sudo apt-get install faketime)" >&2
    exit 1
fi
IFS=$'\t' read -r epoch zone iso < <("$PY" -m tests.helpers.nasty_date)
offset=$(( epoch - $(date +%s) ))
echo "=== the suite at ${iso} UTC, local zone ${zone} (faketime offset ${offset} s) ==="
echo "=== repeat: FREELANCE_DESK_FAKETIME=\"${iso%+00:00}|${zone}\" make test-anydate ==="
export TZ="$zone" QT_QPA_PLATFORM=offscreen
sign=$([ "$offset" -ge 0 ] && echo + || echo "")
exec faketime -m -f "${sign}${offset}" "$PY" -m pytest "$@"

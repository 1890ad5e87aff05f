"""Pick a nasty moment far from today for the suite's any-date run (`make test-anydate`).

Prints ``<epoch>\\t<TZ>\\t<ISO time>``: the UTC moment to start at (the caller turns it into an
offset from the real clock for libfaketime, so every child process shares one fake timeline)
and the local time zone to run in. Each run picks afresh, so the
suite cannot settle on one date; ``FREELANCE_DESK_FAKETIME="2040-02-29 23:59:50|Asia/Kolkata"``
repeats a given run. Kinds of moment:

- a daylight-saving switch night, in a zone that switches that night;
- a leap day's last seconds;
- the last seconds of a Sunday in UTC (Upwork's week turns over);
- New Year's Eve's last seconds in UTC.
"""
from __future__ import annotations

import calendar
import os
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

ZONES_WITHOUT_DST = ["Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu",
                     "UTC", "America/Sao_Paulo"]
DST_ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "America/St_Johns",
             "Europe/London", "Australia/Lord_Howe"]


def _dst_switches(zone: ZoneInfo, year: int) -> list[datetime]:
    """The UTC moments in ``year`` when ``zone`` changes its offset (hour by hour scan)."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    offset = moment.astimezone(zone).utcoffset()
    while moment.year == year:
        nxt = moment + timedelta(hours=1)
        if nxt.astimezone(zone).utcoffset() != offset:
            # narrow to the minute
            probe = moment
            while probe.astimezone(zone).utcoffset() == offset:
                probe += timedelta(minutes=1)
            found.append(probe)
            offset = nxt.astimezone(zone).utcoffset()
        moment = nxt
    return found


def pick(rng: random.Random) -> tuple[datetime, str]:
    kind = rng.choice(["dst", "leap", "sunday", "new_year"])
    year = rng.choice(list(range(2031, 2046)) + list(range(2012, 2019)))
    zone = rng.choice(ZONES_WITHOUT_DST + DST_ZONES)
    if kind == "dst":
        zone = rng.choice(DST_ZONES)
        switch = rng.choice(_dst_switches(ZoneInfo(zone), year))
        return switch - timedelta(seconds=rng.choice([20, 45, 90])), zone
    if kind == "leap":
        while not calendar.isleap(year):
            year += 1
        return datetime(year, 2, 29, 23, 59, rng.choice([15, 40, 50]), tzinfo=UTC), zone
    if kind == "sunday":
        day = datetime(year, rng.randint(1, 12), rng.randint(1, 28), tzinfo=UTC)
        day += timedelta(days=(6 - day.weekday()) % 7)  # the next Sunday
        return day.replace(hour=23, minute=59, second=rng.choice([0, 30, 45])), zone
    return datetime(year, 12, 31, 23, 59, rng.choice([10, 40, 55]), tzinfo=UTC), zone


def main() -> None:
    given = os.environ.get("FREELANCE_DESK_FAKETIME")
    if given:
        text, zone = given.split("|")
        moment = datetime.fromisoformat(text).replace(tzinfo=UTC)
    else:
        moment, zone = pick(random.SystemRandom())
    print(f"{int(moment.timestamp())}\t{zone}\t{moment.isoformat()}")


if __name__ == "__main__":
    main()

"""Autosave on a big database: one `save_letter` (the typing path's only write) with 10,000
proposals (and their revisions) already stored; plus the list query a filter change runs."""
from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta

from desktop import clock
from tests.perf.common import Result, median_ms

LETTER = ("Hi {name},\n\nI read your post about the booking API. I have built three Django REST "
          "APIs on PostgreSQL with exactly that constraint, using row-level locks and a unique "
          "index. I would start with availability and its tests, then payments.\n\n") * 4


def _fill(count: int) -> int:
    """Insert ``count`` proposals (a ~1,300-character letter and two revisions each)."""
    from peewee import chunked

    from models.db import database
    from models.proposals import Proposal, ProposalRevision

    now = datetime(2026, 1, 1, tzinfo=UTC)
    statuses = ("draft", "submitted", "viewed", "declined", "hired", "archived")
    rows = ({"title": f"Proposal {i} for a Django job", "cover_letter": LETTER.format(name=i),
             "status": statuses[i % len(statuses)], "rate": 40 + i % 50,
             "created_at": now, "updated_at": now + timedelta(seconds=i)}
            for i in range(count))
    with database.atomic():
        for batch in chunked(rows, 500):
            Proposal.insert_many(batch).execute()
        ids = [p.id for p in Proposal.select(Proposal.id)]
        revisions = ({"proposal": pid, "saved_at": now + timedelta(minutes=k),
                      "cover_letter": LETTER.format(name=pid)[: 400 * (k + 1)]}
                     for pid in ids for k in range(2))
        for batch in chunked(revisions, 500):
            ProposalRevision.insert_many(batch).execute()
    draft = Proposal.create(title="The one being typed", cover_letter="", status="draft")
    return draft.id


def run(quick: bool) -> list[Result]:
    from desktop import runtime
    from desktop.services import proposals as service

    count = 1_000 if quick else 10_000
    saves = 30 if quick else 300
    with tempfile.TemporaryDirectory() as folder:
        runtime.open_data_dir(folder)
        try:
            started = time.perf_counter()
            draft_id = _fill(count)
            fill_s = time.perf_counter() - started
            text = LETTER.format(name="Maria")
            start = clock.now()
            times = []
            for i in range(saves):
                # a keystroke burst a second; every 150th save is two minutes on (new revision)
                at = start + timedelta(seconds=i) + timedelta(minutes=2 * (i // 150))
                began = time.perf_counter()
                service.save_letter(draft_id, text[: 200 + i * 3], at=at)
                times.append((time.perf_counter() - began) * 1000)
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            listing = median_ms(lambda: service.query_ids(filter_key="all", search="django"),
                                3 if quick else 7)
            page = median_ms(lambda: service.rows(service.query_ids(filter_key="active")[:100]),
                             3 if quick else 7)
        finally:
            runtime.close()
    note = f"{count:,} proposals + {2 * count:,} revisions (filled in {fill_s:.1f} s)"
    return [
        Result("proposals: one autosave (median)", statistics.median(times), "ms",
               "< 50 ms (off the typing path; saved ≤ 1 s after a key)", saves, note),
        Result("proposals: one autosave (95th percentile)", p95, "ms", "< 100 ms", saves, note),
        Result("proposals: list ids, search 'django'", listing, "ms", "< 100 ms", 7, note),
        Result("proposals: first page of list rows", page, "ms", "< 50 ms", 7, note),
    ]

"""Saved searches: a named query and filters, with a count of matches new since last opened."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop import clock, events
from desktop.errors import Code
from desktop.services import db
from desktop.services.jobs.common import AREA, JobError
from desktop.services.jobs.query import JobFilters, count
from models.jobs import SavedSearch


@dataclass
class SavedSearchInfo:
    id: int
    name: str
    query: str
    filters: JobFilters
    new: int  # matches added since the search was last opened


def _max_job_id() -> int:
    return db.connection().execute("SELECT coalesce(max(id), 0) FROM job").fetchone()[0]


def save_search(name: str, query: str, filters: JobFilters | None = None, *,
                replace_existing: bool = False) -> SavedSearch:
    """Remember a search under `name` (its "new" count starts from now)."""
    name = " ".join(name.split())
    if not name:
        raise JobError(Code.SAVED_SEARCH_NO_NAME)
    filters = filters or JobFilters()
    with db.atomic():
        existing = SavedSearch.get_or_none(SavedSearch.name == name)
        if existing is not None and not replace_existing:
            raise JobError(Code.SAVED_SEARCH_TAKEN, name=name)
        saved = existing or SavedSearch(name=name)
        saved.query, saved.filters = query, filters.to_dict()
        saved.last_run_at, saved.last_seen_job_id = clock.now(), _max_job_id()
        saved.save()
    events.changed(AREA)
    return saved


def saved_searches(*, with_new: bool = True) -> list[SavedSearchInfo]:
    """Every saved search with its count of new matches (0 without `with_new`), by name."""
    out = []
    for saved in SavedSearch.select().order_by(SavedSearch.name):
        filters = JobFilters.from_dict(saved.filters)
        new = count(saved.query, filters, newer_than=saved.last_seen_job_id or 0) \
            if with_new else 0
        out.append(SavedSearchInfo(saved.id, saved.name, saved.query, filters, new))
    return out


def open_saved_search(search_id: int) -> SavedSearchInfo:
    """The search to run; its new matches count as seen from now on."""
    with db.atomic():
        saved = SavedSearch.get_or_none(SavedSearch.id == search_id)
        if saved is None:
            raise JobError(Code.SAVED_SEARCH_GONE)
        filters = JobFilters.from_dict(saved.filters)
        new = count(saved.query, filters, newer_than=saved.last_seen_job_id or 0)
        saved.last_run_at, saved.last_seen_job_id = clock.now(), _max_job_id()
        saved.save()
    events.changed(AREA)
    return SavedSearchInfo(saved.id, saved.name, saved.query, filters, new)


def delete_saved_search(search_id: int) -> dict[str, Any]:
    """Forget a saved search; returns what `restore_saved_search` needs (undo)."""
    with db.atomic():
        saved = SavedSearch.get_or_none(SavedSearch.id == search_id)
        if saved is None:
            raise JobError(Code.SAVED_SEARCH_GONE)
        data = dict(saved.__data__)
        saved.delete_instance()
    events.changed(AREA)
    return data


def restore_saved_search(data: dict[str, Any]) -> None:
    with db.atomic():
        SavedSearch.insert(data).execute()
    events.changed(AREA)



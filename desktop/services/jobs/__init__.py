"""Jobs: the local library of postings — import, dedupe with snapshots, search, saved searches.

One module per use case; callers keep `from desktop.services import jobs; jobs.search(...)`:

* `store`   — records -> rows, dedupe (ciphertext id, URL, content), snapshots of replaced values
* `imports` — file, paste and feed imports, all-or-nothing (files staged, published in batches)
* `library` — one job at a time: read, add by hand, edit, status, star, delete (with undo)
* `query`   — the query language, filters, sorts, paging and the one `search()`
* `saved`   — saved searches and their "new since last opened" counts
* `fit`     — fit and client quality against a profile
* `display` — English display text for the CLI
"""
from __future__ import annotations

from desktop.io.jobs import ImportFileError, JobRecord
from desktop.services.jobs.common import (
    AREA,
    STATUSES,
    BadRowsError,
    JobError,
    QueryError,
    stamp,
)
from desktop.services.jobs.display import amount_text, column_label
from desktop.services.jobs.fit import (
    job_facts,
    profile_choices,
    profile_facts,
    signals,
    skill_list,
)
from desktop.services.jobs.imports import (
    import_files,
    paste,
    recover_unfinished_imports,
    store_records,
)
from desktop.services.jobs.library import (
    add_job,
    countries,
    delete_jobs,
    field_changes,
    field_values,
    field_values_of,
    find,
    get,
    jobs_by_id,
    library_size,
    restore_jobs,
    restore_statuses,
    save_fields,
    set_starred,
    set_status,
    snapshots,
    update_job,
)
from desktop.services.jobs.query import (
    PAGE,
    SORT_KEYS,
    SORTS,
    JobFilters,
    SearchResult,
    count,
    search,
)
from desktop.services.jobs.saved import (
    SavedSearchInfo,
    delete_saved_search,
    open_saved_search,
    restore_saved_search,
    save_search,
    saved_searches,
)
from desktop.services.jobs.store import BULK_FTS_MIN, ImportSummary
from models.jobs import JobStatus, JobType

__all__ = [
    "AREA",
    "BULK_FTS_MIN",
    "PAGE",
    "SORTS",
    "SORT_KEYS",
    "STATUSES",
    "BadRowsError",
    "ImportFileError",
    "ImportSummary",
    "JobError",
    "JobFilters",
    "JobRecord",
    "JobStatus",
    "JobType",
    "QueryError",
    "SavedSearchInfo",
    "SearchResult",
    "add_job",
    "amount_text",
    "column_label",
    "count",
    "countries",
    "delete_jobs",
    "delete_saved_search",
    "field_changes",
    "field_values",
    "field_values_of",
    "find",
    "get",
    "import_files",
    "job_facts",
    "jobs_by_id",
    "library_size",
    "open_saved_search",
    "paste",
    "profile_choices",
    "profile_facts",
    "recover_unfinished_imports",
    "restore_jobs",
    "restore_saved_search",
    "restore_statuses",
    "save_fields",
    "save_search",
    "saved_searches",
    "search",
    "set_starred",
    "set_status",
    "signals",
    "skill_list",
    "snapshots",
    "stamp",
    "store_records",
    "update_job",
]

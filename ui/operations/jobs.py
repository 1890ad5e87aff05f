"""Job-library operations: every write of the Jobs tab and its dialogs, through the jobs,
feeds and proposals services. What can be undone is an `Op` for the tab's undo stack (Edit ▸
Undo, Ctrl+Z); the rest runs through `run_op` (a refusal shown, a bug to the crash handler).

Not undone through Edit ▸ Undo: notes (saved as you type; the notes box has its own Ctrl+Z,
and a step per pause in typing would bury the steps before it), a draft proposal (opening it
takes you to the Proposals tab, and "Draft proposal" on a job that has one opens that draft),
pasted postings (stored like an import: a pasted job updates the one already there), a feed
switched on or off (the tick you see is its own undo) and a feeds refresh (long, with Cancel).
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.datalock import ImportRunning
from desktop.errors import ServiceError
from desktop.services import feeds as feed_service
from desktop.services import jobs
from ui.operations import Created, Op, Report, run_op

# "{n} job(s)" is filled in where the text is shown
STATUS_VERBS = {"saved": QT_TRANSLATE_NOOP("JobCommands", "Save {jobs}"),
                "hidden": QT_TRANSLATE_NOOP("JobCommands", "Hide {jobs}"),
                "new": QT_TRANSLATE_NOOP("JobCommands", "Mark as new: {jobs}"),
                "closed": QT_TRANSLATE_NOOP("JobCommands", "Close {jobs}"),
                "applied": QT_TRANSLATE_NOOP("JobCommands", "Mark as applied: {jobs}")}
translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


def _jobs(count: int) -> str:
    return translate("JobCommands", "1 job") if count == 1 else \
        translate("JobCommands", "{n} jobs").format(n=count)


def SetStatus(job_ids: list[int], status: str) -> Op:
    """Undo puts each job's own earlier status back."""
    count, ids = len(job_ids), list(job_ids)
    verb = STATUS_VERBS.get(status)
    text = (translate("JobCommands", verb).format(jobs=_jobs(count)) if verb
            else f"{status} {_jobs(count)}")
    return Op(text, lambda: jobs.set_status(ids, status), jobs.restore_statuses)


def DeleteJobs(job_ids: list[int], on_error: Report | None = None) -> Op:
    """Undo puts the jobs back with their earlier versions (same ids). A job a proposal
    answers is refused (hide it instead)."""
    ids = list(job_ids)
    return Op(translate("JobCommands", "Delete {jobs}").format(jobs=_jobs(len(ids))),
              lambda: jobs.delete_jobs(ids), jobs.restore_jobs, on_error)


def SetStarred(job_id: int, starred: bool, on_error: Report | None = None) -> Op:
    return Op(translate("JobCommands", "Star job") if starred
              else translate("JobCommands", "Unstar job"),
              lambda: jobs.set_starred(job_id, starred),
              lambda _: jobs.set_starred(job_id, not starred), on_error)


def AddJob(values: dict, on_error: Report | None = None) -> Created:
    """A job typed into the form; undo deletes it, redo puts the same job back (same id)."""
    return Created(translate("JobCommands", "Add job"), lambda: jobs.add_job(values).id,
                   lambda job_id: jobs.delete_jobs([job_id]), jobs.restore_jobs, on_error)


def EditJob(job_id: int, values: dict, on_error: Report | None = None) -> Op:
    """The form's values saved over a job; undo puts the replaced values back."""
    return Op(translate("JobCommands", "Edit job"), lambda: jobs.update_job(job_id, values),
              lambda old: jobs.update_job(job_id, old), on_error)


def save_notes(parent: QWidget, job_id: int, text: str, *,
               on_refused: Report) -> None:
    """The notes typed on a job (saved a moment after the typing stops; not an undo step)."""
    run_op(parent, translate("JobCommands", "Save notes"),
           lambda: jobs.update_job(job_id, {"notes": text}), on_refused=on_refused)


def SaveSearch(name: str, query: str, filters: jobs.JobFilters,
               on_error: Report | None = None) -> Created:
    """The current words and filters kept under a name; undo forgets the saved search, redo
    brings the same one back."""
    return Created(translate("JobCommands", "Save search"),
                   lambda: jobs.save_search(name, query, filters).id,
                   jobs.delete_saved_search, jobs.restore_saved_search, on_error)


def DeleteSavedSearch(search_id: int, on_error: Report | None = None) -> Op:
    return Op(translate("JobCommands", "Delete saved search"),
              lambda: jobs.delete_saved_search(search_id), jobs.restore_saved_search, on_error)


def open_saved_search(parent: QWidget, search_id: int, *,
                      on_done: Callable[[jobs.SavedSearchInfo], None], on_refused: Report) -> None:
    """A saved search to run; its new matches count as seen from now on (not an undo step)."""
    run_op(parent, translate("JobCommands", "Open saved search"),
           lambda: jobs.open_saved_search(search_id), on_done=on_done, on_refused=on_refused)


def draft_proposal(parent: QWidget, job_id: int, profile_id: int | None, *,
                   on_done: Callable[[Any], None], on_refused: Report) -> None:
    """A draft proposal answering the job (the one it has already, if any)."""
    from desktop.services import proposals

    run_op(parent, translate("JobCommands", "Draft proposal"),
           lambda: proposals.create_draft(job_id=job_id, profile_id=profile_id),
           on_done=on_done, on_refused=on_refused)


def store_pasted(parent: QWidget, records: list, *,
                 on_done: Callable[[jobs.ImportSummary], None]) -> None:
    """The postings the paste dialog understood, stored in one transaction."""
    run_op(parent, translate("JobCommands", "Add pasted jobs"),
           lambda: jobs.store_records(records, name="Pasted text", source="paste"),
           on_done=on_done)


def import_files(parent: QWidget, paths: list[str], mappings: dict[str, dict[str, str | None]],
                 *, skip_bad: bool, on_done: Callable[[jobs.ImportSummary], None],
                 on_refused: Callable[[Exception], None],
                 on_cancelled: Callable[[], None]) -> None:
    """Import job files on the database worker, with progress and Cancel (not undone through
    Edit ▸ Undo: an import is all or nothing, and the library keeps the replaced versions).
    Rows that cannot be read refuse the whole import (jobs.BadRowsError) unless `skip_bad`;
    a refusal, a file that cannot be read or a busy data folder goes to `on_refused`, and a
    bug to the crash handler."""
    from ui.tasks import TaskError, run_with_progress

    def failed(error: TaskError) -> None:
        if isinstance(error.exc, ServiceError | OSError | ImportRunning):
            on_refused(error.exc)
        else:
            sys.excepthook(type(error.exc), error.exc, error.exc.__traceback__)

    run_with_progress(parent, translate("JobCommands", "Importing jobs"),
                      lambda progress: jobs.import_files(paths, mappings=mappings,
                                                         progress=progress, skip_bad=skip_bad),
                      on_done=on_done, on_error=failed, on_cancelled=on_cancelled)


def AddFeed(url: str, on_error: Report | None = None) -> Created:
    """A feed followed; undo stops following it, redo follows the same feed again."""
    return Created(translate("JobCommands", "Add feed"), lambda: feed_service.add_feed(url).id,
                   feed_service.remove_feed, feed_service.restore_feed, on_error)


def RemoveFeed(feed_id: int, on_error: Report | None = None) -> Op:
    """Stop following a feed (the jobs it brought stay); undo follows it again."""
    return Op(translate("JobCommands", "Remove feed"),
              lambda: feed_service.remove_feed(feed_id), feed_service.restore_feed, on_error)


def set_feed_enabled(parent: QWidget, feed_id: int, enabled: bool) -> None:
    """A feed switched on or off for the next refresh."""
    run_op(parent, translate("JobCommands", "Switch the feed on or off"),
           lambda: feed_service.update_feed(feed_id, enabled=enabled))


def refresh_feeds(parent: QWidget, *, on_done: Callable[[feed_service.RefreshResult], None],
                  on_refused: Report) -> None:
    """Fetch every enabled feed on the database worker, with progress and Cancel."""
    run_op(parent, translate("JobCommands", "Refreshing job feeds"),
           lambda progress: feed_service.refresh_feeds(progress=progress),
           on_done=on_done, on_refused=on_refused, long=True)

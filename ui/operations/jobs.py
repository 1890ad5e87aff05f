"""Job-library operations (Edit ▸ Undo): each does its work through the jobs/feeds services."""
from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.datalock import ImportRunning
from desktop.errors import ServiceError
from desktop.services import feeds as feed_service
from desktop.services import jobs
from ui.operations import Op

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


def DeleteJobs(job_ids: list[int]) -> Op:
    ids = list(job_ids)
    return Op(translate("JobCommands", "Delete {jobs}").format(jobs=_jobs(len(ids))),
              lambda: jobs.delete_jobs(ids), jobs.restore_jobs)


def EditJob(job_id: int, old: dict, new: dict) -> Op:
    """Pushed after the form saved: the first redo does nothing, undo puts the old values back."""
    return Op(translate("JobCommands", "Edit job"), lambda: jobs.update_job(job_id, new),
              lambda _: jobs.update_job(job_id, old), done=None)


def DeleteSavedSearch(search_id: int) -> Op:
    return Op(translate("JobCommands", "Delete saved search"),
              lambda: jobs.delete_saved_search(search_id), jobs.restore_saved_search)


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


def RemovedFeed(data: dict) -> Op:
    """Pushed after the feeds dialog removed a feed; undo follows it again."""
    return Op(translate("JobCommands", "Remove feed"),
              lambda: feed_service.remove_feed(data["id"]),
              lambda _: feed_service.restore_feed(data), done=None)

"""Undoable job-library actions (Edit ▸ Undo): each does its work through the services."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.services import feeds as feed_service
from desktop.services import jobs

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


class SetStatus(QUndoCommand):
    def __init__(self, job_ids: list[int], status: str):
        count = len(job_ids)
        verb = STATUS_VERBS.get(status)
        super().__init__(translate("JobCommands", verb).format(jobs=_jobs(count)) if verb
                         else f"{status} {_jobs(count)}")
        self.job_ids, self.status = list(job_ids), status
        self.before: dict[int, str] = {}

    def redo(self) -> None:
        self.before = jobs.set_status(self.job_ids, self.status)

    def undo(self) -> None:
        jobs.restore_statuses(self.before)


class DeleteJobs(QUndoCommand):
    def __init__(self, job_ids: list[int]):
        super().__init__(translate("JobCommands", "Delete {jobs}").format(
            jobs=_jobs(len(job_ids))))
        self.job_ids = list(job_ids)
        self.saved: list = []

    def redo(self) -> None:
        self.saved = jobs.delete_jobs(self.job_ids)

    def undo(self) -> None:
        jobs.restore_jobs(self.saved)


class EditJob(QUndoCommand):
    """Pushed after the form saved: the first redo does nothing, undo puts the old values back."""

    def __init__(self, job_id: int, old: dict, new: dict):
        super().__init__(translate("JobCommands", "Edit job"))
        self.job_id, self.old, self.new = job_id, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        jobs.update_job(self.job_id, self.new)

    def undo(self) -> None:
        jobs.update_job(self.job_id, self.old)


class DeleteSavedSearch(QUndoCommand):
    def __init__(self, search_id: int):
        super().__init__(translate("JobCommands", "Delete saved search"))
        self.search_id = search_id
        self.data: dict = {}

    def redo(self) -> None:
        self.data = jobs.delete_saved_search(self.search_id)

    def undo(self) -> None:
        jobs.restore_saved_search(self.data)


class RemovedFeed(QUndoCommand):
    """Pushed after the feeds dialog removed a feed; undo follows it again."""

    def __init__(self, data: dict):
        super().__init__(translate("JobCommands", "Remove feed"))
        self.data = data
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        feed_service.remove_feed(self.data["id"])

    def undo(self) -> None:
        feed_service.restore_feed(self.data)

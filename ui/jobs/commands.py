"""Undoable job-library actions (Edit ▸ Undo): each does its work through the services."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.services import feeds as feed_service
from desktop.services import jobs

STATUS_VERBS = {"saved": "Save", "hidden": "Hide", "new": "Mark as new", "closed": "Close",
                "applied": "Mark as applied"}


class SetStatus(QUndoCommand):
    def __init__(self, job_ids: list[int], status: str):
        count = len(job_ids)
        super().__init__(f"{STATUS_VERBS.get(status, status)} {count} job"
                         + ("s" if count != 1 else ""))
        self.job_ids, self.status = list(job_ids), status
        self.before: dict[int, str] = {}

    def redo(self) -> None:
        self.before = jobs.set_status(self.job_ids, self.status)

    def undo(self) -> None:
        jobs.restore_statuses(self.before)


class DeleteJobs(QUndoCommand):
    def __init__(self, job_ids: list[int]):
        super().__init__(f"Delete {len(job_ids)} job" + ("s" if len(job_ids) != 1 else ""))
        self.job_ids = list(job_ids)
        self.saved: list = []

    def redo(self) -> None:
        self.saved = jobs.delete_jobs(self.job_ids)

    def undo(self) -> None:
        jobs.restore_jobs(self.saved)


class EditJob(QUndoCommand):
    """Pushed after the form saved: the first redo does nothing, undo puts the old values back."""

    def __init__(self, job_id: int, old: dict, new: dict):
        super().__init__("Edit job")
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
        super().__init__("Delete saved search")
        self.search_id = search_id
        self.data: dict = {}

    def redo(self) -> None:
        self.data = jobs.delete_saved_search(self.search_id)

    def undo(self) -> None:
        jobs.restore_saved_search(self.data)


class RemovedFeed(QUndoCommand):
    """Pushed after the feeds dialog removed a feed; undo follows it again."""

    def __init__(self, data: dict):
        super().__init__("Remove feed")
        self.data = data
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        feed_service.remove_feed(self.data["id"])

    def undo(self) -> None:
        feed_service.restore_feed(self.data)

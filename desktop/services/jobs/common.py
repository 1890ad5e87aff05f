"""What every part of the job library shares: its area name, its errors, the stored time format."""
from __future__ import annotations

import logging
from datetime import UTC, datetime

from desktop.errors import Code, ServiceError
from desktop.io.jobs import RowError
from models.jobs import STATUS_LABELS

AREA = "jobs"
STATUSES = STATUS_LABELS  # code -> English name (models/jobs.py)
log = logging.getLogger("desktop.services.jobs")


class JobError(ServiceError):
    """An action on the job library the service refuses, worded for the user."""


class BadRowsError(JobError):
    """A file import found rows it cannot read: nothing was stored. Names the first bad row
    (file, row, field, why), how many are bad and how many could go in."""

    def __init__(self, first: RowError, count: int, good: int):
        where = {"job_field": first.field} if first.field else {}
        super().__init__(Code.JOB_BAD_ROWS if first.field else Code.JOB_BAD_ROWS_NO_FIELD,
                         file=first.file, row=first.row, **where, reason=first.reason(),
                         count=count, good=good)
        self.first, self.count, self.good = first, count, good


class QueryError(JobError):
    """A search the backend cannot run (an unknown sort, an expression it refused)."""


def stamp(moment: datetime) -> str:
    """A UTC time as the database stores it (the format of UtcDateTimeField)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

"""What every part of the job library shares: its area name, its errors, the stored time format."""
from __future__ import annotations

import logging
from datetime import UTC, datetime

from desktop.errors import ServiceError
from models.jobs import STATUS_LABELS

AREA = "jobs"
STATUSES = STATUS_LABELS  # code -> English name (models/jobs.py)
log = logging.getLogger("desktop.services.jobs")


class JobError(ServiceError):
    """An action on the job library the service refuses, worded for the user."""


class QueryError(JobError):
    """A search the backend cannot run (an unknown sort, an expression it refused)."""


def stamp(moment: datetime) -> str:
    """A UTC time as the database stores it (the format of UtcDateTimeField)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

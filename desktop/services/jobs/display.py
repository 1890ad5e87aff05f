"""Display text shared by the tab and the CLI (English; the tab localises its own copy)."""
from __future__ import annotations

from decimal import Decimal

from desktop.io import jobs as jobio
from desktop.services.jobs.store import CLIENT, CONTENT
from models.jobs import Job, JobType

_COLUMN_LABELS = {column: jobio.FIELD_LABELS.get(name, name)
                  for name, column in {**CONTENT, **CLIENT}.items()}


def column_label(column: str) -> str:
    """"budget_cents" -> "Fixed budget" (for the history of a posting)."""
    return _COLUMN_LABELS.get(column, column.replace("_", " "))


def amount_text(job: Job) -> str:
    """"$25–$50/h", "$30/h", "Hourly", "$500 fixed", "Fixed price", or ""."""
    def money(value: Decimal) -> str:
        return f"${value:,.0f}" if value == value.to_integral_value() else f"${value:,.2f}"

    if job.job_type == JobType.HOURLY or (job.job_type is None and (job.hourly_min
                                                                    or job.hourly_max)):
        low, high = job.hourly_min, job.hourly_max
        if low is not None and high is not None and low != high:
            return f"{money(low)}–{money(high)}/h"
        one = low if low is not None else high
        if one is not None:
            return f"{money(one)}/h"
        return "Hourly"
    if job.budget is not None:
        return f"{money(job.budget)} fixed"
    return "Fixed price" if job.job_type == JobType.FIXED else ""

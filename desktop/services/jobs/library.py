"""The library's jobs one by one: read, add by hand, edit, status, star, delete (with undo)."""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from desktop import clock, events
from desktop.errors import Code, english_labels
from desktop.io import jobs as jobio
from desktop.io.jobs import codes
from desktop.io.jobs.record import clean_url, extract_ext_id
from desktop.services import db
from desktop.services.jobs.common import AREA, STATUSES, JobError
from models.jobs import Job, JobSnapshot
from models.query import tuples


def get(job_id: int) -> Job:
    job = Job.get_or_none(Job.id == job_id)
    if job is None:
        raise JobError(Code.JOB_NOT_FOUND, id=job_id)
    return job


def find(job_id: int) -> Job | None:
    """The job, or None when it is gone (deleted meanwhile)."""
    return Job.get_or_none(Job.id == job_id)


def snapshots(job_id: int) -> list[JobSnapshot]:
    """Earlier versions of a posting, newest first."""
    return list(JobSnapshot.select().where(JobSnapshot.job == job_id)
                .order_by(JobSnapshot.taken_at.desc(), JobSnapshot.id.desc()))


EDITABLE = ("title", "description", "url", "category", "subcategory", "skills", "job_type",
            "hourly_min", "hourly_max", "budget", "experience_level", "duration", "workload",
            "proposals_band", "connects_required", "posted_at", "client_payment_verified",
            "client_country", "client_rating", "client_reviews", "client_total_spent",
            "client_hires", "client_hire_rate", "client_open_jobs", "notes")
_CODE_FIELDS = {"job_type": codes.JOB_TYPES, "experience_level": codes.EXPERIENCE_LEVELS,
                "duration": codes.DURATIONS, "workload": codes.WORKLOADS,
                "proposals_band": codes.PROPOSAL_BANDS}
_LABELS = {**jobio.FIELD_LABELS, "notes": "Notes"}
english_labels("job_field", _LABELS)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Check the manual form's values; raises JobError naming the field."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in EDITABLE:
            raise JobError(Code.JOB_FIELD_NOT_EDITABLE, job_field=name)
        if isinstance(value, str) and name not in ("description", "notes"):
            value = value.strip()
        if value == "" and name not in ("title", "description", "notes"):
            value = None
        if isinstance(value, float):
            raise JobError(Code.JOB_FIELD_FLOAT, job_field=name)
        if name == "title" and not value:
            raise JobError(Code.JOB_NO_TITLE)
        if name in _CODE_FIELDS and value is not None and value not in _CODE_FIELDS[name]:
            raise JobError(Code.JOB_FIELD_UNKNOWN_VALUE, job_field=name, value=str(value))
        if name in ("hourly_min", "hourly_max", "budget", "client_total_spent") \
                and value is not None:
            value = Decimal(value)
            if value < 0:
                raise JobError(Code.JOB_FIELD_NEGATIVE, job_field=name)
        if name in ("connects_required", "client_reviews", "client_hires", "client_hire_rate",
                    "client_open_jobs") and value is not None:
            value = int(value)
            if value < 0 or (name == "client_hire_rate" and value > 100) or \
                    (name == "connects_required" and value > 50):
                raise JobError(Code.JOB_FIELD_RANGE, job_field=name, value=value)
        if name == "client_rating" and value is not None:
            value = Decimal(value)
            if not 0 <= value <= 5:
                raise JobError(Code.JOB_FIELD_RATING, job_field=name)
            value = str(value)
        if name == "posted_at" and value is not None and getattr(value, "tzinfo", 1) is None:
            raise JobError(Code.JOB_FIELD_NAIVE, job_field=name)
        if name == "skills":
            value = ", ".join(s.strip() for s in (value or []) if s.strip()) \
                if isinstance(value, list | tuple) else (value or "")
        out[name] = value
    low, high = out.get("hourly_min"), out.get("hourly_max")
    if low is not None and high is not None and low > high:
        raise JobError(Code.JOB_RATE_ORDER)
    return out


_FIELD_OF = {"client_total_spent": "client_spent"}


def _apply(job: Job, values: dict[str, Any]) -> dict[str, Any]:
    old = {}
    for name, value in values.items():
        attr = _FIELD_OF.get(name, name)
        old[name] = getattr(job, attr)
        setattr(job, attr, value)
    if "url" in values:
        job.url = clean_url(job.url)
        job.ext_id = extract_ext_id(job.url) or job.ext_id
    if any(n.startswith("client_") for n in values):
        job.client_snapshot_at = clock.now()
    job.updated_at = clock.now()
    return old


def _check_unique(job: Job) -> None:
    if job.ext_id:
        other = Job.get_or_none((Job.ext_id == job.ext_id) & (Job.id != (job.id or 0)))
        if other is not None:
            raise JobError(Code.JOB_DUPLICATE_ID, title=other.title, id=other.id)
    elif job.url:
        other = Job.get_or_none((Job.url == job.url) & Job.ext_id.is_null()
                                & (Job.id != (job.id or 0)))
        if other is not None:
            raise JobError(Code.JOB_DUPLICATE_LINK, title=other.title)


def add_job(values: dict[str, Any]) -> Job:
    """A job typed in by hand (the manual form)."""
    cleaned = _clean({"title": "", **values})
    now = clock.now()
    job = Job(source="manual", status="new", first_seen_at=now, updated_at=now)
    _apply(job, cleaned)
    if job.job_type is None:
        job.job_type = "hourly" if (job.hourly_min or job.hourly_max) else \
            ("fixed" if job.budget is not None else None)
    with db.atomic():
        _check_unique(job)
        job.save(force_insert=True)
    events.changed(AREA, [job.id])
    return job


def update_job(job_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Edit a job by hand; returns the replaced values (what undo puts back)."""
    cleaned = _clean(values)
    with db.atomic():
        job = get(job_id)
        old = _apply(job, cleaned)
        _check_unique(job)
        job.save()
    events.changed(AREA, [job_id])
    return {n: (v if not isinstance(v, Decimal) or n != "client_rating" else str(v))
            for n, v in old.items()}


def _plain(name: str, value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if name == "posted_at" and value is not None:
        return value.isoformat()
    return value


def field_changes(values: dict[str, Any]) -> dict[str, Any]:
    """A hand edit's values, checked as `update_job` checks them (JobError naming the field,
    no read), as plain JSON: what the outbox keeps and a merge compares."""
    return {name: _plain(name, value) for name, value in _clean(values).items()}


def field_values_of(job: Job) -> dict[str, Any]:
    """The editable fields of a loaded job as plain JSON (no read)."""
    return {name: _plain(name, getattr(job, _FIELD_OF.get(name, name))) for name in EDITABLE}


def field_values(job_id: int) -> tuple[int, dict[str, Any]]:
    """The job's version and its editable fields as plain JSON."""
    job = get(job_id)
    return job.version, field_values_of(job)


def save_fields(job_id: int, changes: dict[str, Any], *, version: int | None = None) -> int:
    """`update_job` with `changes` (plain JSON, as `field_values` gives) over the job's
    `version`: refused with EditConflictError when someone else saved it since. Returns the
    new version."""
    from datetime import datetime

    values = dict(changes)
    if values.get("posted_at"):
        values["posted_at"] = datetime.fromisoformat(values["posted_at"])
    with Job.edited_over(job_id, version):
        update_job(job_id, values)
    return get(job_id).version


def set_status(job_ids: Iterable[int], status: str) -> dict[int, str]:
    """Mark jobs saved, hidden, … ; returns each job's previous status (for undo)."""
    if status not in STATUSES:
        raise JobError(Code.JOB_UNKNOWN_STATUS, value=status)
    ids = list(job_ids)
    with db.atomic():
        before = {int(j): str(s) for j, s in
                  tuples(Job.select(Job.id, Job.status).where(Job.id.in_(ids)))}
        Job.update(status=status, updated_at=clock.now()).where(Job.id.in_(ids)).execute()
    events.changed(AREA, ids)
    return before


def restore_statuses(before: dict[int, str]) -> None:
    """Put back what set_status returned (undo)."""
    with db.atomic():
        for job_id, status in before.items():
            Job.update(status=status).where(Job.id == job_id).execute()
    events.changed(AREA, list(before))


def set_starred(job_id: int, starred: bool) -> None:
    with db.atomic():
        Job.update(starred=starred).where(Job.id == job_id).execute()
    events.changed(AREA, [job_id])


def delete_jobs(job_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Remove jobs (and their snapshots); returns what `restore_jobs` needs to undo it.

    A job a proposal answers is refused: hide it instead, so the proposal keeps its job.
    """
    from models.proposals import Proposal

    ids = list(job_ids)
    with db.atomic():
        linked = Proposal.select(Proposal.job).where(Proposal.job.in_(ids)).count()
        if linked:
            raise JobError(Code.JOB_HAS_PROPOSAL)
        saved = []
        for job in Job.select().where(Job.id.in_(ids)):
            saved.append({"job": dict(job.__data__),
                          "snapshots": [dict(s.__data__) for s in snapshots(job.id)]})
        Job.delete().where(Job.id.in_(ids)).execute()
    events.changed(AREA, ids)
    return saved


def restore_jobs(saved: list[dict[str, Any]]) -> None:
    with db.atomic():
        for item in saved:
            Job.insert(item["job"]).execute()
            for snap in item["snapshots"]:
                JobSnapshot.insert(snap).execute()
    events.changed(AREA, [item["job"]["id"] for item in saved])


def jobs_by_id(ids: list[int]) -> dict[int, Job]:
    """Jobs for a page of ids (the table loads rows this way, a block at a time)."""
    if not ids:
        return {}
    return {job.id: job for job in Job.select().where(Job.id.in_(ids))}


def library_size() -> int:
    return Job.select().count()


def countries() -> list[tuple[str, int]]:
    """Client countries in the library with how many jobs each, most first (filter choices)."""
    rows = db.connection().execute(
        "SELECT client_country, count(*) FROM job WHERE client_country IS NOT NULL "
        "GROUP BY client_country ORDER BY count(*) DESC, client_country").fetchall()
    return [(c, n) for c, n in rows]


"""Job postings, their earlier snapshots, saved searches and feeds."""
from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from peewee import BooleanField, ForeignKeyField, IntegerField, ModelSelect, TextField

from models.base import BaseModel, VersionedModel
from models.clients import Client
from models.errors import QT_TRANSLATE_NOOP
from models.fields import JSONField, MoneyField, UtcDateTimeField, utcnow

if TYPE_CHECKING:
    from models.proposals import Proposal


class JobStatus(StrEnum):
    NEW = "new"
    SAVED = "saved"
    APPLIED = "applied"
    HIDDEN = "hidden"
    CLOSED = "closed"


# English names, marked for lupdate (ui/labels.py shows them translated; the CLI as written)
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("JobStatus", "New"),
    "saved": QT_TRANSLATE_NOOP("JobStatus", "Saved"),
    "applied": QT_TRANSLATE_NOOP("JobStatus", "Applied"),
    "hidden": QT_TRANSLATE_NOOP("JobStatus", "Hidden"),
    "closed": QT_TRANSLATE_NOOP("JobStatus", "Closed"),
}


class JobType(StrEnum):
    """How work is paid: a job's, a proposal's bid and a contract's type share these codes."""
    HOURLY = "hourly"
    FIXED = "fixed"


class Job(VersionedModel):
    # back-references peewee adds (the rows pointing here)
    snapshots: ModelSelect[JobSnapshot]
    proposals: ModelSelect[Proposal]
    ext_id = TextField(null=True, unique=True)
    url = TextField(null=True)
    title = TextField()
    description = TextField(default="")
    category = TextField(null=True)
    subcategory = TextField(null=True)
    skills = TextField(default="")
    job_type = TextField(null=True)  # JobType
    hourly_min = MoneyField(column_name="hourly_min_cents", null=True)
    hourly_max = MoneyField(column_name="hourly_max_cents", null=True)
    budget = MoneyField(column_name="budget_cents", null=True)
    currency = TextField(default="USD")
    experience_level = TextField(null=True)
    duration = TextField(null=True)
    workload = TextField(null=True)
    proposals_band = TextField(null=True)
    connects_required = IntegerField(null=True)
    posted_at = UtcDateTimeField(null=True)
    posted_at_approx = BooleanField(default=False)  # estimated from "… ago" (migration 0005)
    client = ForeignKeyField(Client, null=True, backref="jobs", on_delete="SET NULL")
    client_id: ForeignKeyField[int | None]
    client_payment_verified = BooleanField(null=True)
    client_country = TextField(null=True)
    client_rating = TextField(null=True)
    client_reviews = IntegerField(null=True)
    client_spent = MoneyField(column_name="client_spent_cents", null=True)
    client_hires = IntegerField(null=True)
    client_hire_rate = IntegerField(null=True)
    client_open_jobs = IntegerField(null=True)
    client_member_since = TextField(null=True)
    client_snapshot_at = UtcDateTimeField(null=True)
    source = TextField(default="manual")
    source_ref = TextField(null=True)
    raw_text = TextField(default="")
    status = TextField(default=JobStatus.NEW)  # JobStatus
    starred = BooleanField(default=False)
    notes = TextField(default="")
    first_seen_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class JobSnapshot(BaseModel):
    job = ForeignKeyField(Job, backref="snapshots", on_delete="CASCADE")
    job_id: ForeignKeyField[int]
    taken_at = UtcDateTimeField(default=utcnow)
    data = JSONField()


class SavedSearch(VersionedModel):
    name = TextField(unique=True)
    query = TextField(default="")
    filters = JSONField(default=dict)
    created_at = UtcDateTimeField(default=utcnow)
    last_run_at = UtcDateTimeField(null=True)
    last_seen_job_id = IntegerField(null=True)


class Feed(VersionedModel):
    url = TextField(unique=True)
    title = TextField(default="")
    enabled = BooleanField(default=True)
    last_fetched_at = UtcDateTimeField(null=True)
    last_error = TextField(null=True)
    created_at = UtcDateTimeField(default=utcnow)

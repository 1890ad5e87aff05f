"""Proposals, their parts and history, templates and the Connects ledger."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from peewee import BooleanField, ForeignKeyField, IntegerField, ModelSelect, TextField

from models.base import BaseModel, VersionedModel
from models.clients import Client
from models.errors import QT_TRANSLATE_NOOP, english_labels
from models.fields import DateField, JSONField, MoneyField, UtcDateTimeField, utcnow
from models.jobs import Job, JobType
from models.members import WorkspaceMember
from models.profile import Profile

if TYPE_CHECKING:
    from models.contracts import Contract, Interaction


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    VIEWED = "viewed"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    HIRED = "hired"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    ARCHIVED = "archived"
    JOB_CANCELLED = "job_cancelled"


STATUSES = tuple(ProposalStatus)
# English names, marked for lupdate (ui/labels.py shows them translated; the CLI as written)
STATUS_LABELS = {
    ProposalStatus.DRAFT: QT_TRANSLATE_NOOP("ProposalStatus", "Draft"),
    ProposalStatus.SUBMITTED: QT_TRANSLATE_NOOP("ProposalStatus", "Submitted"),
    ProposalStatus.VIEWED: QT_TRANSLATE_NOOP("ProposalStatus", "Viewed"),
    ProposalStatus.INTERVIEWING: QT_TRANSLATE_NOOP("ProposalStatus", "Interviewing"),
    ProposalStatus.OFFER: QT_TRANSLATE_NOOP("ProposalStatus", "Offer"),
    ProposalStatus.HIRED: QT_TRANSLATE_NOOP("ProposalStatus", "Hired"),
    ProposalStatus.DECLINED: QT_TRANSLATE_NOOP("ProposalStatus", "Declined"),
    ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ProposalStatus", "Withdrawn"),
    ProposalStatus.ARCHIVED: QT_TRANSLATE_NOOP("ProposalStatus", "Archived"),
    ProposalStatus.JOB_CANCELLED: QT_TRANSLATE_NOOP("ProposalStatus", "Job cancelled"),
}
BidType = JobType  # hourly | fixed


class FixedMode(StrEnum):
    PROJECT = "project"
    MILESTONES = "milestones"


class TemplateKind(StrEnum):
    TEMPLATE = "template"
    SNIPPET = "snippet"


TEMPLATE_KIND_LABELS: dict[str, str] = {
    TemplateKind.TEMPLATE: QT_TRANSLATE_NOOP("TemplateKind", "template"),
    TemplateKind.SNIPPET: QT_TRANSLATE_NOOP("TemplateKind", "snippet"),
}
english_labels("template_kind", TEMPLATE_KIND_LABELS)


class ConnectsReason(StrEnum):
    MONTHLY = "monthly"
    PURCHASE = "purchase"
    SPENT = "spent"
    BOOST = "boost"
    REFUND = "refund"
    EXPIRED = "expired"
    ADJUST = "adjust"


REASON_LABELS = {
    ConnectsReason.MONTHLY: QT_TRANSLATE_NOOP("ConnectsReason", "Monthly allowance"),
    ConnectsReason.PURCHASE: QT_TRANSLATE_NOOP("ConnectsReason", "Bought"),
    ConnectsReason.SPENT: QT_TRANSLATE_NOOP("ConnectsReason", "Spent on a proposal"),
    ConnectsReason.BOOST: QT_TRANSLATE_NOOP("ConnectsReason", "Boost bid"),
    ConnectsReason.REFUND: QT_TRANSLATE_NOOP("ConnectsReason", "Refund"),
    ConnectsReason.EXPIRED: QT_TRANSLATE_NOOP("ConnectsReason", "Expired"),
    ConnectsReason.ADJUST: QT_TRANSLATE_NOOP("ConnectsReason", "Balance correction"),
}
english_labels("connects_reason", {k: v.lower() for k, v in REASON_LABELS.items()})


class ProposalTemplate(VersionedModel):
    # back-references peewee adds (the rows pointing here)
    proposals: ModelSelect[Proposal]
    kind = TextField(default="template")  # template | snippet
    name = TextField()
    body = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class Proposal(VersionedModel):
    # back-references peewee adds (the rows pointing here)
    milestones: ModelSelect[ProposalMilestone]
    answers: ModelSelect[ScreeningAnswer]
    attachments: ModelSelect[ProposalAttachment]
    status_changes: ModelSelect[ProposalStatusChange]
    revisions: ModelSelect[ProposalRevision]
    contracts: ModelSelect[Contract]
    interactions: ModelSelect[Interaction]
    job = ForeignKeyField(Job, null=True, backref="proposals", on_delete="SET NULL")
    job_id: ForeignKeyField[int | None]
    profile = ForeignKeyField(Profile, null=True, on_delete="SET NULL")
    profile_id: ForeignKeyField[int | None]
    client = ForeignKeyField(Client, null=True, backref="proposals", on_delete="SET NULL")
    client_id: ForeignKeyField[int | None]
    title = TextField(default="")
    cover_letter = TextField(default="")
    status = TextField(default="draft")
    is_invitation = BooleanField(default=False)
    bid_type = TextField(default="hourly")  # hourly | fixed
    fixed_mode = TextField(default="project")  # project | milestones
    rate = MoneyField(column_name="rate_cents", null=True)
    amount = MoneyField(column_name="amount_cents", null=True)
    currency = TextField(default="USD")
    rate_increase_months = IntegerField(null=True)
    rate_increase_percent = TextField(null=True)
    fee_percent = TextField(null=True)
    connects_required = IntegerField(null=True)
    boost_connects = IntegerField(default=0)
    submitted_at = UtcDateTimeField(null=True)
    viewed_at = UtcDateTimeField(null=True)
    closed_at = UtcDateTimeField(null=True)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    # 0004: follow-up day, the template the letter came from, the text as sent
    follow_up_on = DateField(null=True)
    template = ForeignKeyField(ProposalTemplate, null=True, backref="proposals",
                               on_delete="SET NULL")
    template_id: ForeignKeyField[int | None]
    # who sent it on the agency's behalf (a workspace member; on PostgreSQL the server fills
    # in the connected member; NULL in a local library)
    member = ForeignKeyField(WorkspaceMember, null=True, on_delete="SET NULL")
    member_id: ForeignKeyField[int | None]
    sent_cover_letter = TextField(null=True)
    sent_answers = JSONField(null=True)  # [{"question": ..., "answer": ...}]


class ProposalMilestone(BaseModel):
    proposal = ForeignKeyField(Proposal, backref="milestones", on_delete="CASCADE")
    proposal_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    description = TextField(default="")
    amount = MoneyField(column_name="amount_cents", default=0)
    due_on = DateField(null=True)


class ScreeningAnswer(BaseModel):
    proposal = ForeignKeyField(Proposal, backref="answers", on_delete="CASCADE")
    proposal_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    question = TextField()
    answer = TextField(default="")


class ProposalAttachment(BaseModel):
    proposal = ForeignKeyField(Proposal, backref="attachments", on_delete="CASCADE")
    proposal_id: ForeignKeyField[int]
    name = TextField()
    sha256 = TextField()
    size = IntegerField(default=0)
    added_at = UtcDateTimeField(default=utcnow)


class NoteCode(StrEnum):
    """The notes the services write on the rows they make (the Connects ledger, a proposal's
    history), stored as a code plus parameters (migration 0007); a note the user typed stays
    text in ``note``."""

    PLAN_MONTH = "connects.plan_month"  # plan (a PLANS code), month ("YYYY-MM")
    PURCHASE = "connects.purchase"  # count, cost (a decimal string)
    CORRECTION = "connects.correction"
    BALANCE_SET = "connects.balance_set"  # n
    APPLIED = "connects.applied"
    BOOST_BID = "connects.boost_bid"
    REFUND_OUTBID = "connects.refund_outbid"
    REFUND_CANCELLED = "connects.refund_cancelled"
    REFUND_REMOVED = "connects.refund_removed"
    EXPIRED = "connects.expired"
    BOOST_OUTBID = "proposal.boost_outbid"  # n


# English, marked for lupdate (context "StoredNote"; ui/messages.note() shows them translated)
NOTE_TEMPLATES = {
    NoteCode.PLAN_MONTH: QT_TRANSLATE_NOOP("StoredNote", "{plan} plan, {month}"),
    NoteCode.PURCHASE: QT_TRANSLATE_NOOP("StoredNote", "{count} Connects for {cost}"),
    NoteCode.CORRECTION: QT_TRANSLATE_NOOP("StoredNote", "Balance correction"),
    NoteCode.BALANCE_SET: QT_TRANSLATE_NOOP("StoredNote", "Balance set to {n}"),
    NoteCode.APPLIED: QT_TRANSLATE_NOOP("StoredNote", "Applied"),
    NoteCode.BOOST_BID: QT_TRANSLATE_NOOP("StoredNote", "Boost bid"),
    NoteCode.REFUND_OUTBID: QT_TRANSLATE_NOOP("StoredNote",
                                              "Boost outbid before the client interacted"),
    NoteCode.REFUND_CANCELLED: QT_TRANSLATE_NOOP("StoredNote", "Job cancelled by the client"),
    NoteCode.REFUND_REMOVED: QT_TRANSLATE_NOOP("StoredNote", "Job post removed"),
    NoteCode.EXPIRED: QT_TRANSLATE_NOOP("StoredNote", "Unused a year after issue"),
    NoteCode.BOOST_OUTBID: QT_TRANSLATE_NOOP("StoredNote", "Boost outbid: {n} Connects back"),
}


def english_note(note: str, code: str | None, params: dict | None) -> str:
    """A row's note as the CLI and exports show it: the user's text, or the stored code's
    English sentence."""
    if not code:
        return note
    shown = dict(params or {})
    if "cost" in shown:
        from models.rules.money import format_money

        shown["cost"] = format_money(Decimal(str(shown["cost"])))
    if code == NoteCode.PLAN_MONTH:
        from models.rules.connects import PLANS

        shown["plan"] = PLANS.get(shown.get("plan", ""), shown.get("plan", ""))
        year, month = str(shown.get("month", "0-0")).split("-")
        shown["month"] = date(int(year), int(month), 1).strftime("%B %Y")
    return NOTE_TEMPLATES[NoteCode(code)].format(**shown)


class ProposalStatusChange(BaseModel):
    proposal = ForeignKeyField(Proposal, backref="status_changes", on_delete="CASCADE")
    proposal_id: ForeignKeyField[int]
    from_status = TextField(null=True)
    to_status = TextField()
    at = UtcDateTimeField(default=utcnow)
    note = TextField(default="")  # the user's words
    note_code = TextField(null=True)  # NoteCode (migration 0007)
    note_params = JSONField(null=True)


class ProposalRevision(BaseModel):
    proposal = ForeignKeyField(Proposal, backref="revisions", on_delete="CASCADE")
    proposal_id: ForeignKeyField[int]
    saved_at = UtcDateTimeField(default=utcnow)
    cover_letter = TextField()


class ConnectsEntry(BaseModel):
    at = UtcDateTimeField(default=utcnow)
    delta = IntegerField()
    reason = TextField()  # monthly | purchase | spent | boost | refund | expired | adjust
    cost = MoneyField(column_name="cost_cents", default=0)
    expires_on = DateField(null=True)
    proposal = ForeignKeyField(Proposal, null=True, on_delete="SET NULL")
    proposal_id: ForeignKeyField[int | None]
    job = ForeignKeyField(Job, null=True, on_delete="SET NULL")
    job_id: ForeignKeyField[int | None]
    note = TextField(default="")  # the user's words
    note_code = TextField(null=True)  # NoteCode (migration 0007)
    note_params = JSONField(null=True)
    member = ForeignKeyField(WorkspaceMember, null=True, on_delete="SET NULL")  # who spent it
    member_id: ForeignKeyField[int | None]

"""Contracts: hourly and fixed price, milestones, time, feedback, client interactions."""
from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from peewee import BooleanField, ForeignKeyField, IntegerField, ModelSelect, TextField

from models.base import BaseModel, VersionedModel
from models.clients import Client
from models.errors import QT_TRANSLATE_NOOP, english_labels
from models.fields import DateField, JSONField, MoneyField, UtcDateTimeField, utcnow
from models.jobs import JobType
from models.members import WorkspaceMember
from models.proposals import Proposal

if TYPE_CHECKING:
    from models.payments import Transaction

ContractType = JobType  # hourly | fixed


class ContractStatus(StrEnum):
    OFFER = "offer"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"
    DECLINED = "declined"


class MilestoneState(StrEnum):
    NOT_FUNDED = "not_funded"
    FUNDED = "funded"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PAID = "paid"


MILESTONE_STATES = tuple(MilestoneState)
# English names, marked for lupdate (ui/labels.py shows them translated; the CLI as written)
STATUS_LABELS = {
    "offer": QT_TRANSLATE_NOOP("ContractStatus", "Offer"),
    "active": QT_TRANSLATE_NOOP("ContractStatus", "Active"),
    "paused": QT_TRANSLATE_NOOP("ContractStatus", "Paused"),
    "ended": QT_TRANSLATE_NOOP("ContractStatus", "Ended"),
    "declined": QT_TRANSLATE_NOOP("ContractStatus", "Declined"),
}
STATE_LABELS = {
    "not_funded": QT_TRANSLATE_NOOP("MilestoneState", "Not funded"),
    "funded": QT_TRANSLATE_NOOP("MilestoneState", "Funded (in escrow)"),
    "submitted": QT_TRANSLATE_NOOP("MilestoneState", "Submitted"),
    "changes_requested": QT_TRANSLATE_NOOP("MilestoneState", "Changes requested"),
    "approved": QT_TRANSLATE_NOOP("MilestoneState", "Approved"),
    "paid": QT_TRANSLATE_NOOP("MilestoneState", "Paid"),
}
english_labels("contract_status", {k: v.lower() for k, v in STATUS_LABELS.items()})
english_labels("to_contract_status", {k: v.lower() for k, v in STATUS_LABELS.items()})
# the amounts a contract refusal may name, and the milestone steps (ui/labels.py translates)
AMOUNT_FIELD_LABELS = {
    "hourly_rate": QT_TRANSLATE_NOOP("ContractAmountField", "hourly rate"),
    "fixed_price": QT_TRANSLATE_NOOP("ContractAmountField", "fixed price"),
    "milestone_amount": QT_TRANSLATE_NOOP("ContractAmountField", "milestone amount"),
    "released_amount": QT_TRANSLATE_NOOP("ContractAmountField", "released amount"),
    "bonus": QT_TRANSLATE_NOOP("ContractAmountField", "bonus"),
    "refund": QT_TRANSLATE_NOOP("ContractAmountField", "refund"),
}
MILESTONE_ACTION_LABELS = {
    "fund": QT_TRANSLATE_NOOP("MilestoneAction", "fund"),
    "submit": QT_TRANSLATE_NOOP("MilestoneAction", "submit"),
    "request_changes": QT_TRANSLATE_NOOP("MilestoneAction", "request changes"),
    "approve": QT_TRANSLATE_NOOP("MilestoneAction", "approve"),
    "mark_paid": QT_TRANSLATE_NOOP("MilestoneAction", "mark paid"),
}
english_labels("amount_field", AMOUNT_FIELD_LABELS)
english_labels("milestone_action", MILESTONE_ACTION_LABELS)
english_labels("milestone_state", {k: v.lower() for k, v in STATE_LABELS.items()})


class FeedbackDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class InteractionKind(StrEnum):
    MESSAGE = "message"
    CALL = "call"
    INTERVIEW = "interview"
    NOTE = "note"


class InteractionDirection(StrEnum):
    IN = "in"  # from the client
    OUT = "out"  # to the client


INTERACTION_KIND_LABELS = {
    "message": QT_TRANSLATE_NOOP("InteractionKind", "Message"),
    "call": QT_TRANSLATE_NOOP("InteractionKind", "Call"),
    "interview": QT_TRANSLATE_NOOP("InteractionKind", "Interview"),
    "note": QT_TRANSLATE_NOOP("InteractionKind", "Note"),
}
INTERACTION_DIRECTION_LABELS = {
    "in": QT_TRANSLATE_NOOP("InteractionDirection", "From client"),
    "out": QT_TRANSLATE_NOOP("InteractionDirection", "To client"),
}
english_labels("interaction_kind", {k: v.lower() for k, v in INTERACTION_KIND_LABELS.items()})


class EndReason(StrEnum):
    """Why a contract ended, as the End dialog offers it (Upwork's own list) — and the one a
    statement import gives a contract whose payments stopped."""

    COMPLETED = "completed"
    CLIENT_ENDED = "client_ended"
    BUDGET = "budget"
    UNRESPONSIVE = "unresponsive"
    SCOPE = "scope"
    OTHER = "other"
    NO_PAYMENTS = "no_payments"


# English, marked for lupdate (ui/labels.py shows them translated); Contract.end_reason keeps
# the English name (and the user's details after ": "), the work log the code
END_REASON_LABELS = {
    "completed": QT_TRANSLATE_NOOP("EndReason", "Work completed"),
    "client_ended": QT_TRANSLATE_NOOP("EndReason", "Client ended the contract"),
    "budget": QT_TRANSLATE_NOOP("EndReason", "Budget exhausted"),
    "unresponsive": QT_TRANSLATE_NOOP("EndReason", "Client unresponsive"),
    "scope": QT_TRANSLATE_NOOP("EndReason", "Scope changed"),
    "other": QT_TRANSLATE_NOOP("EndReason", "Other"),
    "no_payments": QT_TRANSLATE_NOOP("EndReason", "No more payments in the imported files"),
}


class WorkLogCode(StrEnum):
    """The lines the contracts service writes in a contract's work log (an Interaction of kind
    'note'), stored as a code plus parameters in ``note_code``/``note_params`` (migration 0012)
    with ``body`` empty; a note the user typed stays text in ``body``. ui/messages.note() says
    them in the user's language. Parameters, never pre-formatted: ``milestone`` (its
    description, the user's words), ``amount``/``remainder`` (decimal strings) with
    ``currency``, ``percent`` (a decimal string), ``approves_at`` (ISO 8601, UTC), ``days``,
    ``step`` (a SWEEP_STEP_LABELS key), ``end_reason`` (an EndReason), ``file`` (the names of the
    imported files), ``first_day``/``last_day`` (ISO days), ``proposal_sent`` (ISO 8601, UTC),
    ``problem`` (the refusal as {"code", "params"}, or
    {"text"} for a bug's message), ``remainder_of`` (for the milestone holding what an earlier
    one did not release: that one's description; ``milestone`` is then its English name), and
    ``words``: what the user typed with the action (a note, a reason), shown after the line as
    written."""

    CREATED_FROM_PROPOSAL = "contract.created_from_proposal"  # [proposal_sent]
    CREATED_FROM_OFFER = "contract.created_from_offer"  # [proposal_sent]
    ADDED_BY_HAND = "contract.added_by_hand"
    ADDED_BY_IMPORT = "contract.added_by_import"  # file, first_day, last_day
    FEE_SET = "contract.fee_set"  # percent
    FEE_CLEARED = "contract.fee_cleared"
    OFFER_ACCEPTED = "contract.offer_accepted"
    OFFER_DECLINED = "contract.offer_declined"  # [words]
    PAUSED = "contract.paused"
    RESUMED = "contract.resumed"
    ENDED = "contract.ended"  # [end_reason], [words]
    MILESTONE_FUNDED = "contract.milestone_funded"  # milestone, amount, currency
    WORK_SUBMITTED = "contract.work_submitted"  # milestone, approves_at, [words]
    CHANGES_REQUESTED = "contract.changes_requested"  # milestone, [words]
    CLIENT_APPROVED = "contract.client_approved"  # milestone, amount, currency, [remainder]
    AUTO_APPROVED = "contract.auto_approved"  # days, milestone, amount, currency, [remainder]
    BONUS_RECEIVED = "contract.bonus_received"  # amount, currency, [words]
    REFUNDED = "contract.refunded"  # amount, currency, [words]
    SWEEP_STOPPED = "contract.sweep_stopped"  # step, problem


# English, marked for lupdate (context "StoredNote"; ui/messages.note() shows them translated)
WORK_LOG_TEMPLATES = {
    WorkLogCode.CREATED_FROM_PROPOSAL: QT_TRANSLATE_NOOP(
        "StoredNote", "Contract created from the proposal"),
    WorkLogCode.CREATED_FROM_OFFER: QT_TRANSLATE_NOOP(
        "StoredNote", "Contract created from the proposal (offer)"),
    WorkLogCode.ADDED_BY_HAND: QT_TRANSLATE_NOOP("StoredNote", "Contract added by hand"),
    WorkLogCode.ADDED_BY_IMPORT: QT_TRANSLATE_NOOP(
        "StoredNote", "Contract added by the import of {file}: payments from {first_day} to "
                      "{last_day}"),
    WorkLogCode.FEE_SET: QT_TRANSLATE_NOOP("StoredNote", "Service fee set to {percent}%"),
    WorkLogCode.FEE_CLEARED: QT_TRANSLATE_NOOP("StoredNote", "Service fee cleared"),
    WorkLogCode.OFFER_ACCEPTED: QT_TRANSLATE_NOOP("StoredNote",
                                                  "Offer accepted; contract started"),
    WorkLogCode.OFFER_DECLINED: QT_TRANSLATE_NOOP("StoredNote", "Offer declined"),
    WorkLogCode.PAUSED: QT_TRANSLATE_NOOP("StoredNote", "Contract paused"),
    WorkLogCode.RESUMED: QT_TRANSLATE_NOOP("StoredNote", "Contract resumed"),
    WorkLogCode.ENDED: QT_TRANSLATE_NOOP("StoredNote", "Contract ended"),
    WorkLogCode.MILESTONE_FUNDED: QT_TRANSLATE_NOOP(
        "StoredNote", "Milestone funded: “{milestone}” ({amount})"),
    WorkLogCode.WORK_SUBMITTED: QT_TRANSLATE_NOOP(
        "StoredNote", "Work submitted for “{milestone}”; approves automatically {approves_at}"),
    WorkLogCode.CHANGES_REQUESTED: QT_TRANSLATE_NOOP(
        "StoredNote", "Client asked for changes on “{milestone}”"),
    WorkLogCode.CLIENT_APPROVED: QT_TRANSLATE_NOOP(
        "StoredNote", "Client approved “{milestone}”: {amount} released"),
    WorkLogCode.AUTO_APPROVED: QT_TRANSLATE_NOOP(
        "StoredNote", "Approved automatically after {days} days: “{milestone}”, {amount} "
                      "released"),
    WorkLogCode.BONUS_RECEIVED: QT_TRANSLATE_NOOP("StoredNote", "Bonus received: {amount}"),
    WorkLogCode.REFUNDED: QT_TRANSLATE_NOOP("StoredNote", "Refunded {amount} to the client"),
    WorkLogCode.SWEEP_STOPPED: QT_TRANSLATE_NOOP(
        "StoredNote", "Automatic processing stopped for this contract ({step}): {problem}"),
}
# a line with a part that is not always there (context "StoredNote")
WORK_LOG_REMAINDER = QT_TRANSLATE_NOOP("StoredNote",
                                       "{line}; {remainder} rolled into the next milestone")
WORK_LOG_PROPOSAL_SENT = QT_TRANSLATE_NOOP("StoredNote", "{line}; proposal sent {day}")
WORK_LOG_REASON = QT_TRANSLATE_NOOP("StoredNote", "{line}: {reason}")
WORK_LOG_WORDS = QT_TRANSLATE_NOOP("StoredNote", "{line} — {words}")
# what the periodic sweep was doing on a contract when it stopped (SweepFailure.step)
SWEEP_STEP_LABELS = {
    "auto-approval": QT_TRANSLATE_NOOP("SweepStep", "automatic approval"),
    "weekly billing": QT_TRANSLATE_NOOP("SweepStep", "weekly billing"),
}


def english_work_log(body: str, code: str | None, params: dict | None) -> str:
    """A work-log line as the CLI shows it: the user's text, or the stored code's English
    sentence (ui/messages.note() says it in the user's language)."""
    if not code or code not in WORK_LOG_TEMPLATES:
        return body
    from datetime import datetime
    from decimal import Decimal

    from models.errors import error_from_data
    from models.rules.money import format_money

    params = params or {}
    shown: dict[str, str] = {}
    for name, value in params.items():
        if name in ("amount", "remainder"):
            shown[name] = format_money(Decimal(str(value)), str(params.get("currency", "USD")))
        elif name in ("approves_at", "proposal_sent"):
            shown[name] = f"{datetime.fromisoformat(str(value)):%Y-%m-%d %H:%M} UTC"
        elif name == "end_reason":
            shown[name] = END_REASON_LABELS.get(str(value), str(value))
        elif name == "problem":
            shown[name] = (error_from_data(value).english() if "code" in value
                           else str(value.get("text", "")))
        else:
            shown[name] = str(value)
    line = WORK_LOG_TEMPLATES[WorkLogCode(code)].format_map(_Blank(shown))
    if shown.get("proposal_sent"):
        line = WORK_LOG_PROPOSAL_SENT.format(line=line, day=shown["proposal_sent"])
    if shown.get("end_reason"):
        line = WORK_LOG_REASON.format(line=line, reason=shown["end_reason"])
    if shown.get("remainder"):
        line = WORK_LOG_REMAINDER.format(line=line, remainder=shown["remainder"])
    if shown.get("words"):
        line = WORK_LOG_WORDS.format(line=line, words=shown["words"])
    return line


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


class Contract(VersionedModel):
    # back-references peewee adds (the rows pointing here)
    milestones: ModelSelect[ContractMilestone]
    time_entries: ModelSelect[TimeEntry]
    feedback: ModelSelect[Feedback]
    interactions: ModelSelect[Interaction]
    transactions: ModelSelect[Transaction]
    proposal = ForeignKeyField(Proposal, null=True, backref="contracts", on_delete="SET NULL")
    proposal_id: ForeignKeyField[int | None]
    client = ForeignKeyField(Client, null=True, backref="contracts", on_delete="SET NULL")
    client_id: ForeignKeyField[int | None]
    ext_id = TextField(null=True)
    title = TextField()
    terms = TextField(default="")
    contract_type = TextField()  # hourly | fixed
    status = TextField(default="active")  # offer | active | paused | ended | declined
    rate = MoneyField(column_name="rate_cents", null=True)
    weekly_limit_minutes = IntegerField(null=True)
    manual_time_allowed = BooleanField(default=True)
    rate_increase_months = IntegerField(null=True)
    rate_increase_percent = TextField(null=True)
    amount = MoneyField(column_name="amount_cents", null=True)
    currency = TextField(default="USD")
    fee_percent = TextField(null=True)
    start_at = UtcDateTimeField(null=True)
    end_at = UtcDateTimeField(null=True)
    end_reason = TextField(null=True)
    # the workspace member the contract is assigned to (NULL: the agency's, or a local library)
    member = ForeignKeyField(WorkspaceMember, null=True, on_delete="SET NULL")
    member_id: ForeignKeyField[int | None]
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class ContractMilestone(VersionedModel):
    contract = ForeignKeyField(Contract, backref="milestones", on_delete="CASCADE")
    contract_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    description = TextField(default="")
    # what an earlier milestone did not release, rolled over (migration 0016): that one's
    # description; ``description`` then reads "Remainder of “…”" in English
    remainder_of = TextField(null=True)
    amount = MoneyField(column_name="amount_cents")
    due_on = DateField(null=True)
    state = TextField(default="not_funded")
    released = MoneyField(column_name="released_cents", default=0)
    funded_at = UtcDateTimeField(null=True)
    submitted_at = UtcDateTimeField(null=True)
    approved_at = UtcDateTimeField(null=True)
    paid_at = UtcDateTimeField(null=True)


class TimeEntry(VersionedModel):
    contract = ForeignKeyField(Contract, backref="time_entries", on_delete="CASCADE")
    contract_id: ForeignKeyField[int]
    started_at = UtcDateTimeField()
    ended_at = UtcDateTimeField(null=True)
    minutes = IntegerField(null=True)
    memo = TextField(default="")
    manual = BooleanField(default=False)
    created_at = UtcDateTimeField(default=utcnow)
    # who tracked it (migration 0011): on a workspace the connected member by default, so each
    # member has their own running timer; NULL in a local library
    member = ForeignKeyField(WorkspaceMember, null=True, on_delete="SET NULL")
    member_id: ForeignKeyField[int | None]


class Feedback(BaseModel):
    contract = ForeignKeyField(Contract, backref="feedback", on_delete="CASCADE")
    contract_id: ForeignKeyField[int]
    direction = TextField()  # given | received
    score = TextField(null=True)
    skills = IntegerField(null=True)
    quality = IntegerField(null=True)
    availability = IntegerField(null=True)
    deadlines = IntegerField(null=True)
    communication = IntegerField(null=True)
    cooperation = IntegerField(null=True)
    text = TextField(default="")
    at = UtcDateTimeField(default=utcnow)


class Interaction(VersionedModel):
    proposal = ForeignKeyField(Proposal, null=True, backref="interactions", on_delete="CASCADE")
    proposal_id: ForeignKeyField[int | None]
    contract = ForeignKeyField(Contract, null=True, backref="interactions", on_delete="CASCADE")
    contract_id: ForeignKeyField[int | None]
    client = ForeignKeyField(Client, null=True, on_delete="SET NULL")
    client_id: ForeignKeyField[int | None]
    kind = TextField(default="message")  # message | call | interview | note
    direction = TextField(null=True)  # in | out
    at = UtcDateTimeField(default=utcnow)
    body = TextField(default="")  # the user's words ("" for a line the app wrote)
    note_code = TextField(null=True)  # WorkLogCode (migration 0012)
    note_params = JSONField(null=True)
    created_at = UtcDateTimeField(default=utcnow)

"""Proposals: drafting (autosave, revisions), the bid and what it nets, and the pipeline to a hire.

Every function is one named action in one transaction. The typing path only ever calls
:func:`save_letter` (a single UPDATE, plus an occasional revision row), so autosaving is cheap
even with thousands of proposals.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from peewee import JOIN, fn

from desktop import clock, events, files
from desktop.errors import Code, EditConflictError, ServiceError, english_labels
from desktop.services import connects as ledger
from desktop.services import db
from desktop.services import templates as template_service
from models.clients import Client
from models.contracts import Contract, Interaction
from models.jobs import Job, JobStatus, JobType
from models.profile import Profile, ProfileKind
from models.proposals import (
    STATUS_LABELS,
    BidType,
    ConnectsEntry,
    ConnectsReason,
    FixedMode,
    NoteCode,
    Proposal,
    ProposalAttachment,
    ProposalMilestone,
    ProposalRevision,
    ProposalStatus,
    ProposalStatusChange,
    ProposalTemplate,
    ScreeningAnswer,
)
from models.query import dicts, tuples
from models.rules import connects as connects_rules
from models.rules import fees, states
from models.rules.limits import limit
from models.rules.money import parse_money, round_cents

english_labels("proposal_status", {k: v.lower() for k, v in STATUS_LABELS.items()})
english_labels("to_proposal_status", {k: v.lower() for k, v in STATUS_LABELS.items()})
# the bid fields a refusal may name, in the CLI's English (ui/labels.PROPOSAL_FIELD translates)
FIELD_NAMES = {"rate": "Rate", "amount": "Amount", "rate_increase_percent": "Rate increase percent",
               "fee_percent": "Fee percent", "rate_increase_months": "Rate increase months",
               "connects_required": "Connects required", "boost_connects": "Boost Connects"}
english_labels("field", FIELD_NAMES)
# the two ends of a proposal's life and its moves: models/rules/states.py
OPEN_STATUSES = states.PROPOSAL_OPEN
CLOSED_STATUSES = states.PROPOSAL_CLOSED
TRANSITIONS = states.PROPOSAL_MOVES
# How a closing status maps onto the Connects refund rule.
_OUTCOMES = {
    "declined": connects_rules.RefundReason.DECLINED,
    "withdrawn": connects_rules.RefundReason.WITHDRAWN,
    "job_cancelled": connects_rules.RefundReason.CLIENT_CANCELLED,
}
REVISION_EVERY = timedelta(minutes=2)  # at most one revision per two minutes of typing


class ProposalError(ServiceError):
    """An action the proposal's state or data does not allow; the message says why."""


def _now() -> datetime:
    return clock.now()


def _changed(ids) -> None:
    events.changed("proposals", ids)


def get(proposal_id: int) -> Proposal:
    try:
        return Proposal.get_by_id(proposal_id)
    except Proposal.DoesNotExist:
        raise ProposalError(Code.PROPOSAL_NOT_FOUND, id=proposal_id) from None


def exists(proposal_id: int) -> bool:
    return Proposal.select().where(Proposal.id == proposal_id).exists()


def _default_profile() -> Profile | None:
    from desktop.services.profile import general_profile

    return general_profile()  # made on first use; a failure here is a bug, not a refusal


# -- drafting -------------------------------------------------------------------
def create_draft(job_id: int | None = None, profile_id: int | None = None) -> Proposal:
    """A new draft answering ``job_id`` (or none), using ``profile_id`` (or the general profile).

    If a draft for that job already exists it is returned instead, so "Draft proposal" pressed
    twice on a job opens the same draft. The bid starts from the job's type and budget and the
    profile's hourly rate; the Connects to apply are copied from the job.
    """
    job = Job.get_or_none(Job.id == job_id) if job_id is not None else None
    if job_id is not None and job is None:
        raise ProposalError(Code.JOB_NOT_FOUND, id=job_id)
    if job is not None:
        existing = (Proposal.select().where(Proposal.job == job.id,
                                            Proposal.status == ProposalStatus.DRAFT)
                    .order_by(Proposal.id.desc()).first())
        if existing is not None:
            return existing
    profile = (Profile.get_or_none(Profile.id == profile_id) if profile_id is not None
               else _default_profile())
    bid_type = "fixed" if job is not None and job.job_type == JobType.FIXED else "hourly"
    rate = profile.hourly_rate if profile is not None else None
    if job is not None and job.job_type == JobType.HOURLY and rate is None:
        rate = job.hourly_max or job.hourly_min
    now = _now()
    with db.atomic():
        proposal = Proposal.create(
            job=job, profile=profile, client=job.client_id if job else None,
            title=job.title if job else "Untitled proposal",
            bid_type=bid_type, rate=rate if bid_type == BidType.HOURLY else None,
            amount=job.budget if job is not None and bid_type == BidType.FIXED else None,
            currency=job.currency if job else "USD",
            connects_required=job.connects_required if job else None,
            created_at=now, updated_at=now)
        ProposalStatusChange.create(proposal=proposal, from_status=None, to_status="draft", at=now)
    _changed([proposal.id])
    return proposal


def save_letter(proposal_id: int, text: str, *, at: datetime | None = None,
                version: int | None = None) -> int:
    """Autosave the cover letter (the typing path: one UPDATE, rarely one revision INSERT).

    Before overwriting, the previously saved text becomes a revision when the newest revision is
    older than REVISION_EVERY, so the history holds the letter as it stood every few minutes.

    `version` is the proposal's version the editor showed: when someone else saved the
    proposal since, nothing is written and EditConflictError says so (the editor keeps the
    text and offers to merge). Returns the proposal's version after the save.
    """
    at = at or _now()
    with db.atomic():
        row = (Proposal.select(Proposal.cover_letter, Proposal.updated_at, Proposal.status,
                               Proposal.version)
               .where(Proposal.id == proposal_id).first())
        if row is None:
            raise ProposalError(Code.PROPOSAL_NOT_FOUND, id=proposal_id)
        if row.status != ProposalStatus.DRAFT:
            raise ProposalError(Code.PROPOSAL_LETTER_SENT)
        if row.cover_letter == text:
            return row.version
        if version is not None and row.version != version:
            raise EditConflictError(Code.EDIT_CONFLICT, record="proposal", id=proposal_id,
                                    version=version)
        last = (ProposalRevision.select(ProposalRevision.saved_at, ProposalRevision.cover_letter)
                .where(ProposalRevision.proposal == proposal_id)
                .order_by(ProposalRevision.saved_at.desc()).first())
        if row.cover_letter and (last is None or (at - last.saved_at >= REVISION_EVERY
                                                  and last.cover_letter != row.cover_letter)):
            ProposalRevision.create(proposal=proposal_id, saved_at=row.updated_at,
                                    cover_letter=row.cover_letter)
        new_version = Proposal.checked_update(proposal_id, row.version, cover_letter=text,
                                              updated_at=at)
    _changed([proposal_id])
    return new_version


def _snapshot_revision(proposal: Proposal) -> None:
    """Keep the current letter as a revision (before a template or a restore replaces it)."""
    if not proposal.cover_letter:
        return
    last = (ProposalRevision.select().where(ProposalRevision.proposal == proposal.id)
            .order_by(ProposalRevision.saved_at.desc()).first())
    if last is None or last.cover_letter != proposal.cover_letter:
        ProposalRevision.create(proposal=proposal.id, saved_at=proposal.updated_at,
                                cover_letter=proposal.cover_letter)


def revisions(proposal_id: int) -> list[ProposalRevision]:
    """Earlier versions of the letter, newest first."""
    return list(ProposalRevision.select().where(ProposalRevision.proposal == proposal_id)
                .order_by(ProposalRevision.saved_at.desc(), ProposalRevision.id.desc()))


def restore_revision(proposal_id: int, revision_id: int) -> Proposal:
    """Put an earlier version back; the text it replaces is kept as a revision first."""
    proposal = _draft(proposal_id)
    revision = ProposalRevision.get_or_none(ProposalRevision.id == revision_id,
                                            ProposalRevision.proposal == proposal_id)
    if revision is None:
        raise ProposalError(Code.PROPOSAL_REVISION_FOREIGN)
    with db.atomic():
        _snapshot_revision(proposal)
        proposal.cover_letter = revision.cover_letter
        proposal.updated_at = _now()
        proposal.save()
    _changed([proposal_id])
    return proposal


def apply_template(proposal_id: int, template_id: int) -> template_service.Filled:
    """Fill a template from the job and profile and make it the letter (the old one is kept
    as a revision). Returns the filled text and what could not be filled."""
    proposal = _draft(proposal_id)
    template = ProposalTemplate.get_by_id(template_id)
    filled = template_service.fill(template.body, template_service.context_for(proposal))
    with db.atomic():
        _snapshot_revision(proposal)
        proposal.cover_letter = filled.text
        proposal.template_id = template.id
        proposal.updated_at = _now()
        proposal.save()
    _changed([proposal_id])
    return filled


def _draft(proposal_id: int) -> Proposal:
    proposal = get(proposal_id)
    if proposal.status != ProposalStatus.DRAFT:
        raise ProposalError(Code.PROPOSAL_NOT_DRAFT, proposal_status=proposal.status)
    return proposal


def _decimal(value, name: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise TypeError(f"{name} must not be float")
    try:
        return parse_money(value) if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, ValueError):
        raise ProposalError(Code.PROPOSAL_NOT_A_NUMBER, field=name, value=value) from None


_EDITABLE = {"title", "profile_id", "client_name", "bid_type", "fixed_mode", "rate", "amount",
             "rate_increase_months", "rate_increase_percent", "fee_percent",
             "connects_required", "boost_connects", "is_invitation"}
_ALWAYS_EDITABLE = {"follow_up_on", "fee_percent", "title"}


def update(proposal_id: int, *, version: int | None = None, **changes) -> Proposal:
    """Change bid and header fields. A sent proposal only takes a new title, follow-up day
    or the contract's fee percent (which Upwork may reveal later). With `version` (the one the
    editor showed), a proposal someone else saved since is refused with EditConflictError."""
    proposal = get(proposal_id)
    if version is not None:
        proposal.version = version  # the save writes only over this version
    unknown = set(changes) - _EDITABLE - _ALWAYS_EDITABLE
    if unknown:
        raise ProposalError(Code.PROPOSAL_CANNOT_CHANGE, fields=", ".join(sorted(unknown)))
    if proposal.status != ProposalStatus.DRAFT and set(changes) - _ALWAYS_EDITABLE:
        raise ProposalError(Code.PROPOSAL_BID_SENT)
    with db.atomic():
        for name, value in changes.items():
            _apply_change(proposal, name, value)
        proposal.updated_at = _now()
        proposal.save()
    _changed([proposal_id])
    return proposal


def _apply_change(proposal: Proposal, name: str, value) -> None:
    if name == "title":
        proposal.title = (value or "").strip() or "Untitled proposal"
    elif name == "profile_id":
        proposal.profile = value
    elif name == "client_name":
        from desktop.services import clients

        proposal.client_id = clients.get_or_create(value).id if (value or "").strip() else None
    elif name == "bid_type":
        if value not in ("hourly", "fixed"):
            raise ProposalError(Code.PROPOSAL_BID_TYPE, value=str(value))
        proposal.bid_type = value
    elif name == "fixed_mode":
        if value not in ("project", "milestones"):
            raise ProposalError(Code.PROPOSAL_FIXED_MODE, value=str(value))
        proposal.fixed_mode = value
    elif name in ("rate", "amount"):
        amount = _decimal(value, name)
        if amount is not None and amount < 0:
            raise ProposalError(Code.PROPOSAL_NEGATIVE, field=name)
        setattr(proposal, name, round_cents(amount) if amount is not None else None)
    elif name in ("rate_increase_percent", "fee_percent"):
        number = _decimal(value, name.replace("_", " "))
        if number is not None and not Decimal(0) <= number <= Decimal(100):
            raise ProposalError(Code.PROPOSAL_PERCENT_RANGE, field=name)
        setattr(proposal, name, None if number is None else f"{number.normalize():f}")
    elif name in ("rate_increase_months", "connects_required", "boost_connects"):
        count = None if value in (None, "") else int(value)
        if count is not None and count < 0:
            raise ProposalError(Code.PROPOSAL_NEGATIVE, field=name)
        if name == "connects_required" and count is not None:
            connects_rules.check_job_cost(count, on=_now())
        setattr(proposal, name, count if name != "boost_connects" else (count or 0))
    elif name == "is_invitation":
        proposal.is_invitation = bool(value)
    elif name == "follow_up_on":
        proposal.follow_up_on = value


def set_milestones(proposal_id: int, items: list[tuple[str, Decimal | str, date | str | None]],
                   *, version: int | None = None) -> int:
    """Replace the milestones (description, amount, due day), in order. With `version`, a
    proposal someone else saved since is refused (EditConflictError). Returns the new
    version."""
    _draft(proposal_id)
    with db.atomic():
        new_version = Proposal.checked_update(proposal_id, version, updated_at=_now())
        ProposalMilestone.delete().where(ProposalMilestone.proposal == proposal_id).execute()
        for position, (description, amount, due) in enumerate(items):
            value = _decimal(amount, f"milestone {position + 1} amount") or Decimal(0)
            ProposalMilestone.create(proposal=proposal_id, position=position,
                                     description=description.strip(), amount=round_cents(value),
                                     due_on=date.fromisoformat(due) if isinstance(due, str)
                                     else due)
    _changed([proposal_id])
    return new_version


def milestones(proposal_id: int) -> list[ProposalMilestone]:
    return list(ProposalMilestone.select().where(ProposalMilestone.proposal == proposal_id)
                .order_by(ProposalMilestone.position))


def set_answers(proposal_id: int, items: list[tuple[str, str]], *,
                version: int | None = None) -> int:
    """Replace the screening questions and answers, in order (blank questions dropped). With
    `version`, a proposal someone else saved since is refused (EditConflictError). Returns the
    new version."""
    _draft(proposal_id)
    with db.atomic():
        new_version = Proposal.checked_update(proposal_id, version, updated_at=_now())
        ScreeningAnswer.delete().where(ScreeningAnswer.proposal == proposal_id).execute()
        position = 0
        for question, answer in items:
            if not question.strip():
                continue
            ScreeningAnswer.create(proposal=proposal_id, position=position,
                                   question=question.strip(), answer=answer)
            position += 1
    _changed([proposal_id])
    return new_version


# The fields an editor changes one by one (besides the letter), merged field by field when a
# save is refused because someone else saved the proposal first (issue 18).
MERGED_FIELDS = ("title", "client_name", "profile_id", "follow_up_on", "bid_type",
                 "fixed_mode", "rate", "amount", "rate_increase_months",
                 "rate_increase_percent", "fee_percent", "connects_required", "boost_connects",
                 "is_invitation", "answers", "milestones")


def comparable(name: str, value):
    """A field's value as `field_values` gives it (plain JSON: text, numbers, lists), so what
    an editor holds compares equal to what is saved, and can wait in the outbox."""
    if name in ("rate", "amount"):
        number = _decimal(value, name)
        return None if number is None else f"{round_cents(number):f}"
    if name in ("rate_increase_percent", "fee_percent"):
        number = _decimal(value, name.replace("_", " "))
        return None if number is None else f"{number.normalize():f}"
    if name in ("rate_increase_months", "connects_required"):
        return None if value in (None, "") else int(value)
    if name == "boost_connects":
        return int(value or 0)
    if name == "is_invitation":
        return bool(value)
    if name == "title":
        return (value or "").strip() or "Untitled proposal"
    if name == "client_name":
        return (value or "").strip()
    if name == "follow_up_on":
        return value.isoformat() if isinstance(value, date) else value or None
    if name == "answers":
        return [[q.strip(), a] for q, a in value if q.strip()]
    if name == "milestones":
        return [[d.strip(), f"{round_cents(_decimal(a, 'milestone amount') or Decimal(0)):f}",
                 due.isoformat() if isinstance(due, date) else due or None]
                for d, a, due in value]
    return value


def field_values(proposal_id: int) -> tuple[int, dict]:
    """The proposal's version and its MERGED_FIELDS, as `comparable` gives them."""
    proposal = get(proposal_id)
    raw = {name: getattr(proposal, name, None) for name in MERGED_FIELDS
           if name not in ("client_name", "profile_id", "answers", "milestones")}
    raw["client_name"] = proposal.client.name if proposal.client is not None else ""
    raw["profile_id"] = proposal.profile_id
    raw["answers"] = [(a.question, a.answer) for a in answers(proposal_id)]
    raw["milestones"] = [(m.description, m.amount, m.due_on) for m in milestones(proposal_id)]
    return proposal.version, {name: comparable(name, raw[name]) for name in MERGED_FIELDS}


def save_fields(proposal_id: int, changes: dict, *, version: int | None = None) -> int:
    """Write field changes (`update`'s fields, "answers", "milestones"; values as an editor or
    `comparable` gives them) over `version`, all or nothing. Refused with EditConflictError
    when someone else saved the proposal since. Returns the proposal's new version."""
    changes = dict(changes)
    items = changes.pop("answers", None)
    plan = changes.pop("milestones", None)
    if isinstance(changes.get("follow_up_on"), str):
        changes["follow_up_on"] = date.fromisoformat(changes["follow_up_on"])
    with db.atomic():
        if changes or (items is None and plan is None):
            version = update(proposal_id, version=version, **changes).version
        if items is not None:
            version = set_answers(proposal_id, [(q, a) for q, a in items], version=version)
        if plan is not None:
            version = set_milestones(proposal_id, [(d, a, due) for d, a, due in plan],
                                     version=version)
    assert version is not None
    return version


def answers(proposal_id: int) -> list[ScreeningAnswer]:
    return list(ScreeningAnswer.select().where(ScreeningAnswer.proposal == proposal_id)
                .order_by(ScreeningAnswer.position))


def add_attachment(proposal_id: int, path: str | Path) -> ProposalAttachment:
    """Copy a file into the data dir (by content hash) and attach it."""
    _draft(proposal_id)
    stored = files.store(path)
    with db.atomic():
        attachment = ProposalAttachment.create(proposal=proposal_id, name=stored.name,
                                               sha256=stored.sha256, size=stored.size)
    _changed([proposal_id])
    return attachment


def attachments(proposal_id: int) -> list[ProposalAttachment]:
    return list(ProposalAttachment.select().where(ProposalAttachment.proposal == proposal_id)
                .order_by(ProposalAttachment.added_at, ProposalAttachment.id))


def attachment_path(attachment: ProposalAttachment) -> Path:
    """A path holding the attachment's content (decrypted privately when the data is)."""
    return files.readable_path(attachment.sha256, attachment.name)


def remove_attachment(attachment_id: int) -> dict:
    """Detach a file (the stored copy stays, so Undo can put it back)."""
    attachment = ProposalAttachment.get_by_id(attachment_id)
    _draft(attachment.proposal_id)
    snapshot = dict(attachment.__data__)
    with db.atomic():
        attachment.delete_instance()
    _changed([attachment.proposal_id])
    return snapshot


def restore_attachment(snapshot: dict) -> None:
    with db.atomic():
        ProposalAttachment.insert(**snapshot).execute()
    _changed([snapshot["proposal"]])


# -- checks ---------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    level: str  # "error" blocks submitting; "warning" asks first
    field: str  # letter | answers | bid | milestones | connects | fee
    error: ServiceError  # what is wrong, as a code: the window says it in the user's language

    @property
    def text(self) -> str:
        """In English, for the CLI and the log."""
        return self.error.english()


def _problem(level: str, field: str, code: Code, **params) -> Problem:
    return Problem(level, field, ServiceError(code, **params))


def milestone_total(proposal: Proposal) -> Decimal:
    return sum((m.amount for m in milestones(proposal.id)), Decimal("0.00"))


def bid_total(proposal: Proposal) -> Decimal | None:
    """The fixed price the client pays (the milestones' sum when there is no separate total)."""
    if proposal.bid_type != BidType.FIXED:
        return None
    if proposal.fixed_mode == FixedMode.MILESTONES and proposal.amount is None:
        total = milestone_total(proposal)
        return total or None
    return proposal.amount


def check(proposal_id: int) -> list[Problem]:
    """What is wrong with (errors) or worth a look in (warnings) a proposal before sending."""
    proposal = get(proposal_id)
    problems: list[Problem] = []
    letter = proposal.cover_letter.strip()
    max_chars = int(limit("cover_letter_chars"))
    if not letter:
        problems.append(_problem("error", "letter", Code.CHECK_LETTER_EMPTY))
    elif len(proposal.cover_letter) > max_chars:
        problems.append(_problem("error", "letter", Code.CHECK_LETTER_TOO_LONG,
                                 over=len(proposal.cover_letter) - max_chars, max=max_chars))
    left = template_service.unfilled(proposal.cover_letter)
    if left:
        problems.append(_problem("warning", "letter", Code.CHECK_UNFILLED,
                                 names=", ".join(left)))
    if letter and proposal.job_id:
        found, total = template_service.job_mentions(proposal.cover_letter, proposal.job)
        if total and len(found) < min(2, total):
            problems.append(_problem("warning", "letter", Code.CHECK_GENERIC_LETTER))
    for answer in answers(proposal_id):
        if not answer.answer.strip():
            problems.append(_problem("warning", "answers", Code.CHECK_NO_ANSWER,
                                     question=answer.question[:60]))
    problems += _bid_problems(proposal)
    regime = fees.regime_on(proposal.submitted_at or _now())
    if regime.kind == "variable" and proposal.fee_percent is not None:
        rate = Decimal(proposal.fee_percent)
        low, high = regime.rate_range
        if not low <= rate <= high:  # percentages: shown as written, not as money
            problems.append(_problem("error", "fee", Code.CHECK_FEE_RANGE, low=str(low),
                                     high=str(high), rate=str(rate)))
    return problems


def _bid_problems(proposal: Proposal) -> list[Problem]:
    problems = []
    if proposal.bid_type == BidType.HOURLY:
        minimum = limit("hourly_rate_min")
        if proposal.rate is None:
            problems.append(_problem("error", "bid", Code.CHECK_RATE_MISSING))
        elif proposal.rate < minimum:
            problems.append(_problem("error", "bid", Code.CHECK_RATE_MIN,
                                     minimum=Decimal(minimum)))
        months, percent = proposal.rate_increase_months, proposal.rate_increase_percent
        if bool(months) != bool(percent and Decimal(percent)):
            problems.append(_problem("error", "bid", Code.CHECK_RATE_INCREASE))
        return problems
    minimum = limit("fixed_price_min")
    total = bid_total(proposal)
    if proposal.fixed_mode == FixedMode.MILESTONES:
        items = milestones(proposal.id)
        if not items:
            problems.append(_problem("error", "milestones", Code.CHECK_NO_MILESTONES))
        most = int(limit("proposal_milestones"))
        if len(items) > most:
            problems.append(_problem("error", "milestones", Code.CHECK_TOO_MANY_MILESTONES,
                                     max=most))
        for number, item in enumerate(items, 1):
            if not item.description:
                problems.append(_problem("error", "milestones",
                                         Code.CHECK_MILESTONE_DESCRIPTION, number=number))
            if item.amount < minimum:
                problems.append(_problem("error", "milestones", Code.CHECK_MILESTONE_MIN,
                                         number=number, minimum=Decimal(minimum)))
        summed = milestone_total(proposal)
        if items and proposal.amount is not None and summed != proposal.amount:
            problems.append(_problem("error", "milestones", Code.CHECK_MILESTONES_SUM,
                                     summed=summed, total=proposal.amount))
    elif total is None:
        problems.append(_problem("error", "bid", Code.CHECK_PRICE_MISSING))
    if total is not None and total < minimum:
        problems.append(_problem("error", "bid", Code.CHECK_PRICE_MIN, minimum=Decimal(minimum)))
    return problems


# -- fees -----------------------------------------------------------------------
def prior_billings(client_id: int | None) -> Decimal:
    """Lifetime billings with a client so far — the Payments ledger's own figure, so a quote
    and the fee later booked on the payment agree."""
    from desktop.services import payments

    return payments.prior_billings(client_id, _now())


@dataclass(frozen=True)
class FeeQuote:
    """What the bid means in money: per hour (hourly) or for the whole job (fixed)."""

    on: date
    unit: str  # "hour" | "total"
    regime: str
    description: str
    prior_billings: Decimal
    contract_rate: Decimal | None
    breakdown: fees.FeeBreakdown | None  # None while there is no amount yet


def _contract_rate(proposal: Proposal) -> Decimal | None:
    return Decimal(proposal.fee_percent) if proposal.fee_percent is not None else None


def fee_quote(proposal_id: int, *, on: date | datetime | None = None) -> FeeQuote:
    proposal = get(proposal_id)
    day = on or proposal.submitted_at or _now()
    rate = _contract_rate(proposal)
    prior = prior_billings(proposal.client_id)
    amount = proposal.rate if proposal.bid_type == BidType.HOURLY else bid_total(proposal)
    try:
        breakdown = (fees.service_fee(amount, on=day, prior_billings=prior, contract_rate=rate)
                     if amount is not None else None)
        description = fees.describe_regime(day, rate)
    except fees.FeeError as exc:  # e.g. a fee percent out of range: say so, do not crash
        breakdown, description = None, str(exc)
    day = day.date() if isinstance(day, datetime) else day
    return FeeQuote(day, "hour" if proposal.bid_type == BidType.HOURLY else "total",
                    fees.regime_on(day).code, description, prior, rate, breakdown)


def bid_for_net(proposal_id: int, net: Decimal | str, *,
                on: date | datetime | None = None) -> fees.FeeBreakdown:
    """"To receive ``net``, bid …" under this proposal's client billings and fee rate."""
    proposal = get(proposal_id)
    value = _decimal(net, "amount to receive")
    if value is None:
        raise ProposalError(Code.PROPOSAL_NET_MISSING)
    return fees.gross_for_net(value, on=on or proposal.submitted_at or _now(),
                              prior_billings=prior_billings(proposal.client_id),
                              contract_rate=_contract_rate(proposal))


# -- Connects for one proposal --------------------------------------------------------
@dataclass(frozen=True)
class ConnectsQuote:
    job_connects: int
    boost: int
    total: int  # what submitting spends (0 for an invitation, plus any boost)
    cost: Decimal
    balance: int
    after: int  # balance left after submitting (negative: short)
    spent: int  # net Connects this proposal already cost (after submitting)

    @property
    def short(self) -> bool:
        return self.after < 0


def connects_quote(proposal_id: int) -> ConnectsQuote:
    proposal = get(proposal_id)
    job_connects = proposal.connects_required or 0
    try:
        total = connects_rules.application_cost(job_connects, on=_now(),
                                                invited=proposal.is_invitation,
                                                boost=proposal.boost_connects)
    except connects_rules.ConnectsError:
        total = job_connects + proposal.boost_connects
    balance = ledger.available()
    spent = ledger.spent_on(proposal_id)
    if proposal.status != ProposalStatus.DRAFT:
        return ConnectsQuote(job_connects, proposal.boost_connects, spent,
                             ledger.money_spent_on(proposal_id), balance, balance, spent)
    return ConnectsQuote(job_connects, proposal.boost_connects, total, ledger.cost_of(total),
                         balance, balance - total, 0)


def boost_auction_closes(proposal_id: int) -> datetime | None:
    """When the boost auction for this proposal's job ends (7 days after the job was posted),
    or None when the posting time is unknown. A boost bid after that buys nothing; an
    outbid boost is refunded only if the client had not viewed the proposal by then."""
    proposal = get(proposal_id)
    job = proposal.job if proposal.job_id else None
    if job is None or job.posted_at is None:
        return None
    return connects_rules.boost_auction_closes(job.posted_at)


# -- the pipeline ---------------------------------------------------------------------
def _stamp(proposal: Proposal, to_status: str, at: datetime, note: str = "") -> None:
    ProposalStatusChange.create(proposal=proposal.id, from_status=proposal.status,
                                to_status=to_status, at=at, note=note)
    proposal.status = to_status
    proposal.updated_at = at


def submit(proposal_id: int, *, at: datetime | None = None) -> Proposal:
    """Send a draft: spend its Connects (and boost) in the ledger and freeze the text as sent.

    Refused with the reasons when the proposal has errors (see :func:`check`) or the Connects
    balance is short (``connects.ConnectsShort``); nothing changes then.
    """
    at = at or _now()
    proposal = _draft(proposal_id)
    errors = [p.error for p in check(proposal_id) if p.level == "error"]
    if errors:
        raise ProposalError(Code.PROPOSAL_CANNOT_SUBMIT, problems=errors)
    job_connects = 0 if proposal.is_invitation else (proposal.connects_required or 0)
    connects_rules.application_cost(proposal.connects_required or 0, on=at,
                                    invited=proposal.is_invitation,
                                    boost=proposal.boost_connects)
    with db.atomic():
        ledger.spend(proposal.id, proposal.job_id, job_connects, proposal.boost_connects, at=at)
        proposal.sent_cover_letter = proposal.cover_letter
        proposal.sent_answers = [{"question": a.question, "answer": a.answer}
                                 for a in answers(proposal_id)]
        proposal.submitted_at = at
        proposal.follow_up_on = proposal.follow_up_on or (at + timedelta(days=3)).date()
        _stamp(proposal, "submitted", at)
        proposal.save()
        if proposal.job_id:  # the library shows which postings were applied to
            (Job.update(status="applied", updated_at=at)
             .where(Job.id == proposal.job_id, Job.status.in_((JobStatus.NEW, JobStatus.SAVED)))
             .execute())
    _changed([proposal_id])
    events.changed("connects")
    if proposal.job_id:
        events.changed("jobs", [proposal.job_id])
    return proposal


def set_status(proposal_id: int, status: str, *, note: str = "",
               at: datetime | None = None) -> Proposal:
    """Move a proposal along the pipeline, stamping the history.

    A job cancelled by the client refunds the Connects spent on it; declined or withdrawn
    proposals keep their cost (the Connects rule). Submitting goes through :func:`submit`.
    """
    if status == ProposalStatus.SUBMITTED:
        return submit(proposal_id, at=at)
    if status not in STATUS_LABELS:
        raise ProposalError(Code.PROPOSAL_UNKNOWN_STATUS, value=str(status))
    at = at or _now()
    proposal = get(proposal_id)
    if not states.proposal_may_move(proposal.status, status):
        raise ProposalError(Code.PROPOSAL_TRANSITION, proposal_status=proposal.status,
                            to_proposal_status=status)
    with db.atomic():
        later = (ProposalStatus.INTERVIEWING, ProposalStatus.OFFER, ProposalStatus.HIRED)
        if status == ProposalStatus.VIEWED or (status in later and proposal.viewed_at is None):
            proposal.viewed_at = proposal.viewed_at or at
        if status in _OUTCOMES:
            ledger.refund(proposal.id, _OUTCOMES[status], at=at)
        if status in CLOSED_STATUSES:
            proposal.closed_at = at
            proposal.follow_up_on = None
        if status == ProposalStatus.HIRED:
            proposal.follow_up_on = None
        _stamp(proposal, status, at, note)
        proposal.save()
    _changed([proposal_id])
    events.changed("connects")
    return proposal


@dataclass(frozen=True)
class StatusMark:
    """Where a proposal stood before a status move, so the move can be undone."""

    proposal_id: int
    status: str
    viewed_at: datetime | None
    closed_at: datetime | None
    follow_up_on: date | None
    updated_at: datetime
    last_change_id: int
    last_entry_id: int


UNDOABLE_MOVES = ("viewed", "interviewing", "offer", "declined", "withdrawn", "job_cancelled")


def status_mark(proposal_id: int) -> StatusMark:
    proposal = get(proposal_id)
    last_change = (ProposalStatusChange.select(fn.MAX(ProposalStatusChange.id))
                   .where(ProposalStatusChange.proposal == proposal_id).scalar()) or 0
    last_entry = ConnectsEntry.select(fn.MAX(ConnectsEntry.id)).scalar() or 0
    return StatusMark(proposal.id, proposal.status, proposal.viewed_at, proposal.closed_at,
                      proposal.follow_up_on, proposal.updated_at, last_change, last_entry)


def move(proposal_id: int, status: str, *, note: str = "",
         at: datetime | None = None) -> StatusMark:
    """An undoable status move (viewed, interviewing, offer, declined, withdrawn, job
    cancelled): returns what :func:`undo_move` needs. Submitting, hiring and archiving have
    their own ways (a confirmation; the archive's own undo)."""
    if status not in UNDOABLE_MOVES:
        raise ProposalError(Code.PROPOSAL_UNDO_NOT_SUPPORTED, to_proposal_status=status)
    mark = status_mark(proposal_id)
    set_status(proposal_id, status, note=note, at=at)
    return mark


def undo_move(mark: StatusMark, moved_to: str) -> Proposal:
    """Put a proposal back where :func:`move` found it: its status and dates, without the
    history rows and the Connects refund the move wrote. Refused when the proposal has moved
    on since (e.g. hired), or the refunded Connects were already spent elsewhere."""
    proposal = get(mark.proposal_id)
    if proposal.status != moved_to:
        raise ProposalError(Code.PROPOSAL_UNDO_LATER_FIRST, proposal_status=proposal.status)
    with db.atomic():
        (ProposalStatusChange.delete()
         .where(ProposalStatusChange.proposal == mark.proposal_id,
                ProposalStatusChange.id > mark.last_change_id).execute())
        refunds = (ConnectsEntry.delete()
                   .where(ConnectsEntry.proposal == mark.proposal_id,
                          ConnectsEntry.reason == ConnectsReason.REFUND,
                          ConnectsEntry.id > mark.last_entry_id).execute())
        if refunds:
            try:
                ledger._check_consistent()
            except connects_rules.ConnectsError:
                raise ProposalError(Code.PROPOSAL_REFUND_SPENT) from None
        proposal.status = mark.status
        proposal.viewed_at = mark.viewed_at
        proposal.closed_at = mark.closed_at
        proposal.follow_up_on = mark.follow_up_on
        proposal.updated_at = mark.updated_at
        proposal.save()
    _changed([mark.proposal_id])
    if refunds:
        events.changed("connects")
    return proposal


def boost_outbid(proposal_id: int, *, at: datetime | None = None) -> int:
    """The boost was outbid before the client interacted: its Connects come back.

    Returns how many came back (0 when there was no boost or the client already viewed it).
    """
    at = at or _now()
    proposal = get(proposal_id)
    if proposal.status != ProposalStatus.SUBMITTED or proposal.viewed_at is not None:
        raise ProposalError(Code.PROPOSAL_BOOST_NOT_REFUNDABLE)
    if not proposal.boost_connects:
        return 0
    with db.atomic():
        entry = ledger.refund(proposal.id, "outbid", at=at, boost_only=True)
        if entry is not None:
            ProposalStatusChange.create(proposal=proposal.id, from_status=proposal.status,
                                        to_status=proposal.status, at=at,
                                        note_code=NoteCode.BOOST_OUTBID,
                                        note_params={"n": entry.delta})
    _changed([proposal_id])
    events.changed("connects")
    return entry.delta if entry is not None else 0


def unarchive(proposal_id: int, *, at: datetime | None = None) -> Proposal:
    """Undo an archive: back to the status it had before."""
    proposal = get(proposal_id)
    if proposal.status != ProposalStatus.ARCHIVED:
        raise ProposalError(Code.PROPOSAL_NOT_ARCHIVED)
    last = (ProposalStatusChange.select()
            .where(ProposalStatusChange.proposal == proposal_id,
                   ProposalStatusChange.to_status == ProposalStatus.ARCHIVED)
            .order_by(ProposalStatusChange.at.desc(), ProposalStatusChange.id.desc()).first())
    previous = last.from_status if last and last.from_status else "draft"
    at = at or _now()
    with db.atomic():
        _stamp(proposal, previous, at, "Restored from the archive")
        if previous not in CLOSED_STATUSES:
            proposal.closed_at = None
        proposal.save()
    _changed([proposal_id])
    return proposal


def history(proposal_id: int) -> list[ProposalStatusChange]:
    # In the order they were recorded: a back-dated "submitted yesterday" still follows the
    # draft it was made from.
    return list(ProposalStatusChange.select().where(ProposalStatusChange.proposal == proposal_id)
                .order_by(ProposalStatusChange.id))


# -- delete with undo -------------------------------------------------------------------
def _rows(model, where) -> list[dict]:
    return [dict(row.__data__) for row in model.select().where(where)]


def delete(proposal_id: int) -> dict:
    """Delete a proposal and everything on it; returns what :func:`restore` needs (Undo).

    Ledger rows stay (the Connects were really spent) and lose their link until restored.
    """
    proposal = get(proposal_id)
    snapshot = {
        "proposal": dict(proposal.__data__),
        "children": {
            "milestones": _rows(ProposalMilestone, ProposalMilestone.proposal == proposal_id),
            "answers": _rows(ScreeningAnswer, ScreeningAnswer.proposal == proposal_id),
            "attachments": _rows(ProposalAttachment, ProposalAttachment.proposal == proposal_id),
            "status_changes": _rows(ProposalStatusChange,
                                    ProposalStatusChange.proposal == proposal_id),
            "revisions": _rows(ProposalRevision, ProposalRevision.proposal == proposal_id),
            "interactions": _rows(Interaction, Interaction.proposal == proposal_id),
        },
        "connects": [e.id for e in ConnectsEntry.select(ConnectsEntry.id)
                     .where(ConnectsEntry.proposal == proposal_id)],
        "contracts": [c.id for c in Contract.select(Contract.id)
                      .where(Contract.proposal == proposal_id)],
    }
    with db.atomic():
        proposal.delete_instance()
    _changed([proposal_id])
    return snapshot


_CHILD_MODELS = {
    "milestones": ProposalMilestone, "answers": ScreeningAnswer,
    "attachments": ProposalAttachment, "status_changes": ProposalStatusChange,
    "revisions": ProposalRevision, "interactions": Interaction,
}


def restore(snapshot: dict) -> Proposal:
    data = snapshot["proposal"]
    with db.atomic():
        Proposal.insert(**data).execute()
        for name, rows in snapshot["children"].items():
            for row in rows:
                _CHILD_MODELS[name].insert(**row).execute()
        if snapshot["connects"]:
            (ConnectsEntry.update(proposal=data["id"])
             .where(ConnectsEntry.id.in_(snapshot["connects"])).execute())
        if snapshot["contracts"]:
            (Contract.update(proposal=data["id"])
             .where(Contract.id.in_(snapshot["contracts"])).execute())
    _changed([data["id"]])
    return get(data["id"])


# -- listing ------------------------------------------------------------------------------
FILTERS = {
    "active": "Active (drafts and open)",
    "follow_up": "Follow-up due",
    "draft": "Drafts",
    "open": "Submitted, waiting",
    "won": "Hired",
    "closed": "Closed",
    "invitations": "Invitations",
    "all": "All proposals",
}


def _today() -> date:
    return clock.today()


def query_ids(*, filter_key: str = "all", search: str = "", sort: str = "updated",
              descending: bool = True, today: date | None = None) -> list[int]:
    """Proposal ids for the list, filtered and sorted in SQL."""
    query = (Proposal.select(Proposal.id)
             .join(Client, JOIN.LEFT_OUTER, on=(Proposal.client == Client.id)))
    if filter_key == "active":
        query = query.where(Proposal.status.in_(("draft", *OPEN_STATUSES)))
    elif filter_key == "follow_up":
        query = query.where(Proposal.follow_up_on <= (today or _today()),
                            Proposal.status.not_in((*CLOSED_STATUSES, "hired")))
    elif filter_key == "draft":
        query = query.where(Proposal.status == ProposalStatus.DRAFT)
    elif filter_key == "open":
        query = query.where(Proposal.status.in_(OPEN_STATUSES))
    elif filter_key == "won":
        query = query.where(Proposal.status == ProposalStatus.HIRED)
    elif filter_key == "closed":
        query = query.where(Proposal.status.in_(CLOSED_STATUSES))
    elif filter_key == "invitations":
        query = query.where(Proposal.is_invitation == True)  # noqa: E712 - peewee expression
    elif filter_key in STATUS_LABELS:
        query = query.where(Proposal.status == filter_key)
    elif filter_key != "all":
        raise ProposalError(Code.PROPOSAL_UNKNOWN_FILTER, value=str(filter_key))
    words = search.split()
    for word in words:
        like = f"%{word}%"
        query = query.where(Proposal.title ** like | Proposal.cover_letter ** like
                            | Client.name ** like)
    bid = fn.COALESCE(Proposal.rate, Proposal.amount, _milestone_sum())
    order = {
        "title": fn.lower(Proposal.title), "client": fn.lower(fn.COALESCE(Client.name, "")),
        "status": Proposal.status, "bid": bid, "updated": Proposal.updated_at,
        "follow_up": fn.COALESCE(Proposal.follow_up_on, "9999"),
    }[sort]
    order = order.desc() if descending else order.asc()
    return [row.id for row in query.order_by(order, Proposal.id.desc())]


@dataclass(frozen=True)
class Row:
    """What the list shows for one proposal (raw values; the UI and the CLI format them)."""

    id: int
    title: str
    client: str
    status: str
    is_invitation: bool
    bid_type: str  # hourly | fixed
    fixed_mode: str  # project | milestones
    rate: Decimal | None
    amount: Decimal | None
    currency: str
    updated_at: datetime
    follow_up_on: date | None
    chars: int

    @property
    def bid(self) -> Decimal | None:
        """The hourly rate or the fixed price (None while not entered)."""
        return self.rate if self.bid_type == BidType.HOURLY else self.amount


def rows(ids: list[int]) -> dict[int, Row]:
    """List rows for ``ids`` in one query (the table model fetches a screenful at a time)."""
    if not ids:
        return {}
    query = (Proposal.select(Proposal.id, Proposal.title, Proposal.status,
                             Proposal.is_invitation, Proposal.bid_type, Proposal.fixed_mode,
                             Proposal.rate, Proposal.amount, Proposal.currency,
                             Proposal.updated_at, Proposal.follow_up_on,
                             fn.LENGTH(Proposal.cover_letter).alias("chars"),
                             Client.name.alias("client_name"))
             .join(Client, JOIN.LEFT_OUTER, on=(Proposal.client == Client.id))
             .where(Proposal.id.in_(ids)))
    found = list(dicts(query))
    # a milestone bid without a separate total is worth what its milestones add up to
    open_totals = [p["id"] for p in found if p["bid_type"] == BidType.FIXED
                   and p["amount"] is None and p["fixed_mode"] == FixedMode.MILESTONES]
    sums: dict[int, Decimal] = {}
    if open_totals:
        sums = {pid: round_cents(Decimal(cents) / 100) for pid, cents in
                tuples(ProposalMilestone.select(ProposalMilestone.proposal,
                                                fn.SUM(ProposalMilestone.amount.cast("INTEGER")))
                       .where(ProposalMilestone.proposal.in_(open_totals))
                       .group_by(ProposalMilestone.proposal)) if cents}
    return {p["id"]: Row(p["id"], p["title"], p["client_name"] or "", p["status"],
                         p["is_invitation"], p["bid_type"], p["fixed_mode"], p["rate"],
                         p["amount"] if p["amount"] is not None else sums.get(p["id"]),
                         p["currency"], p["updated_at"], p["follow_up_on"], int(p["chars"] or 0))
            for p in found}


def _milestone_sum():
    """SQL: the proposal's milestones added up (cents), for sorting milestone-only bids."""
    inner = ProposalMilestone.alias()
    return (inner.select(fn.SUM(inner.amount)).where(inner.proposal == Proposal.id))


def counts() -> dict[str, int]:
    """How many proposals are in each status."""
    query = Proposal.select(Proposal.status, fn.COUNT(Proposal.id)).group_by(Proposal.status)
    return dict(tuples(query))


# -- copying out --------------------------------------------------------------------------
def text_for_upwork(proposal_id: int) -> str:
    """The cover letter and the screening answers, ready to paste into Upwork's form."""
    proposal = get(proposal_id)
    letter = proposal.sent_cover_letter if proposal.status != ProposalStatus.DRAFT and \
        proposal.sent_cover_letter is not None else proposal.cover_letter
    items = (proposal.sent_answers if proposal.status != ProposalStatus.DRAFT
             and proposal.sent_answers
             is not None else [{"question": a.question, "answer": a.answer}
                               for a in answers(proposal_id)])
    parts = [letter.strip()]
    for item in items:
        parts.append(f"{item['question']}\n{item['answer'].strip()}")
    return "\n\n".join(p for p in parts if p) + "\n"


# -- figures -----------------------------------------------------------------------------
@dataclass
class Figures:
    label: str
    key: int | str | None = "all"  # "all", or the profile/template id (None: without one)
    sent: int = 0
    viewed: int = 0
    interviewed: int = 0
    hired: int = 0
    connects: int = 0
    money: Decimal = field(default_factory=lambda: Decimal("0.00"))

    @property
    def win_rate(self) -> Decimal | None:
        """Hires per proposal sent, as a percent (one decimal)."""
        if not self.sent:
            return None
        return (Decimal(self.hired) * 100 / self.sent).quantize(Decimal("0.1"))

    @property
    def connects_per_hire(self) -> Decimal | None:
        return (Decimal(self.connects) / self.hired).quantize(Decimal("0.1")) if self.hired \
            else None

    @property
    def money_per_hire(self) -> Decimal | None:
        return round_cents(self.money / self.hired) if self.hired else None

    def as_dict(self) -> dict:
        return {"label": self.label, "sent": self.sent, "viewed": self.viewed,
                "interviewed": self.interviewed, "hired": self.hired,
                "win_rate": str(self.win_rate) if self.win_rate is not None else None,
                "connects": self.connects, "money": str(self.money),
                "connects_per_hire": None if self.connects_per_hire is None
                else str(self.connects_per_hire),
                "money_per_hire": None if self.money_per_hire is None
                else str(self.money_per_hire)}


_VIEWED = ("viewed", "interviewing", "offer", "hired")
_INTERVIEWED = ("interviewing", "offer", "hired")


def figures(group_by: str | None = None) -> list[Figures]:
    """Sent, viewed, interviewed, hired, win rate, Connects and money spent per hire.

    ``group_by``: None (one overall row), "profile" or "template". A proposal counts as
    viewed/interviewed/hired if it ever reached that stage (its status history says so).
    """
    if group_by not in (None, "profile", "template"):
        raise ProposalError(Code.PROPOSAL_GROUP_BY, value=str(group_by))
    reached: dict[int, set[str]] = {}
    for change in tuples(ProposalStatusChange.select(ProposalStatusChange.proposal,
                                                     ProposalStatusChange.to_status)
                         .where(ProposalStatusChange.to_status.in_(_VIEWED))):
        reached.setdefault(change[0], set()).add(change[1])
    spent: dict[int, tuple[int, Decimal]] = {}
    for pid, delta, cost in tuples(ConnectsEntry.select(ConnectsEntry.proposal,
                                                        ConnectsEntry.delta, ConnectsEntry.cost)
                                   .where(ConnectsEntry.proposal.is_null(False),
                                          ConnectsEntry.reason.in_(("spent", "boost",
                                                                    "refund")))):
        count, money = spent.get(pid, (0, Decimal(0)))
        cost = Decimal(cost or 0)  # tuples() still converts through MoneyField: dollars
        spent[pid] = (count - delta, round_cents(money + (cost if delta < 0 else -cost)))
    labels: dict[int | str | None, str] = {
        None: "Without a profile" if group_by == "profile" else "No template"}
    if group_by == "profile":
        labels |= {p.id: p.label or p.title or p.name or f"Profile {p.id}"
                   for p in Profile.select()}
    elif group_by == "template":
        labels |= {t.id: t.name for t in ProposalTemplate.select()}
    groups: dict = {}
    key_field = (Proposal.profile if group_by == "profile"
                 else Proposal.template if group_by == "template" else Proposal.id)
    for pid, key in tuples(Proposal.select(Proposal.id, key_field)
                           .where(Proposal.submitted_at.is_null(False))):
        key = key if group_by else "all"
        figure = groups.setdefault(key, Figures(labels.get(key, "All proposals")
                                                if group_by else "All proposals", key))
        figure.sent += 1
        stages = reached.get(pid, set())
        figure.viewed += bool(stages)
        figure.interviewed += bool(stages & set(_INTERVIEWED))
        figure.hired += "hired" in stages
        count, money = spent.get(pid, (0, Decimal(0)))
        figure.connects += count
        figure.money += money
    if not group_by and not groups:
        return [Figures("All proposals")]
    return sorted(groups.values(), key=lambda f: (-f.sent, f.label))


def contract_for(proposal_id: int) -> Contract | None:
    return (Contract.select().where(Contract.proposal == proposal_id)
            .order_by(Contract.id.desc()).first())


def sent_answers(proposal: Proposal) -> list[dict]:
    value = proposal.sent_answers
    return json.loads(value) if isinstance(value, str) else (value or [])


def attachment(attachment_id: int) -> ProposalAttachment:
    return ProposalAttachment.get_by_id(attachment_id)


def profile_choices() -> list[tuple[int, str, str]]:
    """(id, kind, label) of every profile, the general one first: the editor's profile list."""
    return [(p.id, p.kind, p.label or p.title) for p in
            Profile.select().order_by(Profile.kind != ProfileKind.GENERAL, Profile.position)]

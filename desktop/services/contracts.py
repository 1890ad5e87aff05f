"""Contracts: create (from a hired proposal or by hand), offers, pause/end, milestones through
escrow, bonuses, refunds, feedback, notes, and the periodic sweep that bills closed weeks and
auto-approves milestones.

Every action runs in one transaction and then announces ``changed("contracts", ids)``. Earnings
go to the Payments ledger through ``desktop.services.payments.record_earning`` inside the same
transaction, so a milestone is never approved without its earning (or the reverse).
Each function takes ``now`` (an aware datetime) so tests and the sweep are deterministic.
"""
from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from peewee import JOIN, Case, fn

from desktop import clock, events
from desktop.errors import Code, ServiceError, error_data
from desktop.services import db
from models.clients import Client
from models.contracts import AMOUNT_FIELD_LABELS as AMOUNT_FIELD_LABELS  # re-exported for ui/
from models.contracts import END_REASON_LABELS as END_REASON_LABELS
from models.contracts import MILESTONE_ACTION_LABELS as MILESTONE_ACTION_LABELS
from models.contracts import STATE_LABELS as STATE_LABELS
from models.contracts import STATUS_LABELS as STATUS_LABELS
from models.contracts import (
    Contract,
    ContractMilestone,
    ContractStatus,
    ContractType,
    EndReason,
    Feedback,
    FeedbackDirection,
    Interaction,
    InteractionKind,
    MilestoneState,
    TimeEntry,
    WorkLogCode,
)
from models.payments import EARNING_KINDS, LEDGER_REMAINDER_OF, LedgerCode, TransactionKind
from models.proposals import BidType, Proposal, ProposalMilestone, ProposalStatus
from models.query import dicts, tuples
from models.rules import fees as fee_rules
from models.rules import payout, states
from models.rules.limits import limit
from models.rules.money import amount_for_minutes, format_money, round_cents
from models.rules.rates import RateIncrease, rate_on
from models.rules.weeks import WEEK, split_by_week, to_utc, utc_date, week_start

log = logging.getLogger(__name__)

STATUSES = ("offer", "active", "paused", "ended", "declined")
TYPES = ("hourly", "fixed")
# the reasons the End dialog offers (EndReason codes; END_REASON_LABELS names them)
END_REASONS = (EndReason.COMPLETED, EndReason.CLIENT_ENDED, EndReason.BUDGET,
               EndReason.UNRESPONSIVE, EndReason.SCOPE, EndReason.OTHER)
_END_REASON_OF_NAME = {name.lower(): code for code, name in END_REASON_LABELS.items()}
SUB_RATINGS = ("skills", "quality", "availability", "deadlines", "communication", "cooperation")
ZERO = Decimal(0)

# the escrow state machine: models/rules/states.py
MILESTONE_ACTIONS = states.MILESTONE_ACTIONS


class ContractError(ServiceError):
    """A request the contract rules refuse; the message is shown to the user as is."""


def _now(now: datetime | None) -> datetime:
    return to_utc(now) if now is not None else clock.now()


def _money(value, name: str, *, minimum: Decimal | int | None = None, n: int | None = None
           ) -> Decimal | None:
    """An amount typed for the field `name` (an AMOUNT_FIELD_LABELS key; `n`: the milestone's
    number when a list of milestones is entered)."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise TypeError(f"{name}: money must not be float")
    try:
        amount = round_cents(Decimal(str(value).replace(",", "").replace("$", "").strip()))
    except InvalidOperation:
        raise ContractError(Code.MONEY_NOT_AMOUNT, amount_field=name, value=str(value)) from None
    if minimum is not None and amount < minimum:
        if n is not None:
            raise ContractError(Code.MILESTONE_N_MINIMUM, n=n, minimum=minimum, amount=amount)
        raise ContractError(Code.MONEY_MINIMUM, amount_field=name, minimum=minimum,
                            amount=amount)
    return amount


def _get(contract_id: int) -> Contract:
    contract = Contract.get_or_none(Contract.id == contract_id)
    if contract is None:
        raise ContractError(Code.CONTRACT_NOT_FOUND, id=contract_id)
    return contract


def _milestone(milestone_id: int) -> ContractMilestone:
    row = ContractMilestone.get_or_none(ContractMilestone.id == milestone_id)
    if row is None:
        raise ContractError(Code.MILESTONE_NOT_FOUND, id=milestone_id)
    return row


def _touch(contract: Contract, now: datetime) -> None:
    contract.updated_at = now
    contract.save()


def _log(contract: Contract, code: WorkLogCode, now: datetime, **params) -> None:
    """A line in the contract's work log (an interaction of kind 'note'), kept as its code and
    parameters (models.contracts.WorkLogCode) for the window to say in the user's language.
    Empty optional parameters (no note typed, nothing rolled over) are left out."""
    Interaction.create(contract=contract, client=contract.client_id, kind="note", at=now,
                       body="", note_code=code,
                       note_params={k: v for k, v in params.items() if v not in (None, "")},
                       created_at=now)


def _amount(value: Decimal) -> str:
    """An amount as a work-log parameter: the decimal string of its cents ("1250.00")."""
    return str(round_cents(value))


def _record_earning(**kwargs):
    # Payments owns the ledger and its fee/availability rules; imported late so the
    # contracts service loads even where the payments area is not installed.
    from desktop.services import payments

    return payments.record_earning(**kwargs)


def _fee(contract: Contract | ContractRow) -> Decimal | None:
    return Decimal(contract.fee_percent) if contract.fee_percent else None


# -- terms text ---------------------------------------------------------------------------------
def terms_summary(contract: Contract | ContractRow) -> str:
    """One line a user reads to know the deal: "$45.00/h, 30 h/week limit, +5% every 6 months"."""
    parts = []
    if contract.contract_type == ContractType.HOURLY:
        parts.append(f"{format_money(contract.rate, contract.currency)}/h" if contract.rate
                     is not None else "hourly, rate not set")
        if contract.weekly_limit_minutes:
            parts.append(f"{hours_text(contract.weekly_limit_minutes)} h/week limit")
        else:
            parts.append("no weekly limit")
        if not contract.manual_time_allowed:
            parts.append("manual time not allowed")
        if contract.rate_increase_months and contract.rate_increase_percent:
            parts.append(f"+{contract.rate_increase_percent}% every "
                         f"{contract.rate_increase_months} months")
    else:
        parts.append(f"{format_money(contract.amount, contract.currency)} total"
                     if contract.amount is not None else "amount not set")
    if contract.fee_percent:
        parts.append(f"{contract.fee_percent}% service fee")
    elif contract.id is not None and fee_assumed(contract):
        parts.append(f"{fee_rules.ASSUMED_RATE}% service fee assumed (not recorded)")
    return ", ".join(parts)


def hours_text(minutes: int) -> str:
    """Minutes as h:mm ("37:30"), the way a work diary shows them."""
    sign = "-" if minutes < 0 else ""
    minutes = abs(int(minutes))
    return f"{sign}{minutes // 60}:{minutes % 60:02d}"


def current_rate(contract: Contract, on: date | datetime) -> Decimal | None:
    """The hourly rate on a day, with the contract's scheduled increases applied."""
    if contract.rate is None:
        return None
    increase = None
    if contract.rate_increase_months and contract.rate_increase_percent:
        increase = RateIncrease(contract.rate_increase_months,
                                Decimal(contract.rate_increase_percent))
    start = utc_date(contract.start_at or contract.created_at)
    day = utc_date(on)
    if day < start:
        return round_cents(contract.rate)
    return rate_on(contract.rate, start=start, on=day, increase=increase)


# -- create -------------------------------------------------------------------------------------
def create_from_proposal(proposal_id: int, *, now: datetime | None = None) -> Contract:
    """The contract for a hired proposal, terms carried over (idempotent: a second call returns
    the contract already made from that proposal)."""
    now = _now(now)
    with db.atomic():
        proposal = Proposal.get_or_none(Proposal.id == proposal_id)
        if proposal is None:
            raise ContractError(Code.CONTRACT_PROPOSAL_NOT_FOUND, id=proposal_id)
        existing = Contract.get_or_none(Contract.proposal == proposal)
        if existing is not None:
            return existing
        title = proposal.title.strip()
        job = proposal.job if proposal.job_id is not None else None
        if not title and job is not None:
            title = job.title
        client_id = proposal.client_id
        if client_id is None and job is not None:
            client_id = job.client_id
        hourly = proposal.bid_type == BidType.HOURLY
        offer = proposal.status == ProposalStatus.OFFER
        contract = Contract.create(
            proposal=proposal, client=client_id, title=title or "Untitled contract",
            contract_type="hourly" if hourly else "fixed",
            status="offer" if offer else "active",
            rate=proposal.rate if hourly else None,
            rate_increase_months=proposal.rate_increase_months if hourly else None,
            rate_increase_percent=proposal.rate_increase_percent if hourly else None,
            amount=None if hourly else proposal.amount,
            currency=proposal.currency, fee_percent=proposal.fee_percent,
            start_at=None if offer else now, created_at=now, updated_at=now,
        )
        if not hourly:
            rows = list(proposal.milestones.order_by(ProposalMilestone.position,
                                                     ProposalMilestone.id))
            if rows:
                for position, row in enumerate(rows):
                    ContractMilestone.create(contract=contract, position=position,
                                             description=row.description, amount=row.amount,
                                             due_on=row.due_on)
                if contract.amount is None:
                    contract.amount = sum((r.amount for r in rows), ZERO)
            elif proposal.amount is not None:
                ContractMilestone.create(contract=contract, position=0,
                                         description=contract.title, amount=proposal.amount)
        contract.save()
        # the terms carried over are the contract's fields (the header says them); the terms
        # text stays the user's to write
        sent = proposal.submitted_at
        _log(contract, WorkLogCode.CREATED_FROM_OFFER if offer
             else WorkLogCode.CREATED_FROM_PROPOSAL, now,
             proposal_sent=to_utc(sent).isoformat() if sent else None)
    events.changed("contracts", [contract.id])
    return contract


@dataclass
class MilestoneInput:
    description: str
    amount: Decimal | str
    due_on: date | None = None


def create(*, title: str, contract_type: str, client_name: str = "", status: str = "active",
           rate=None, weekly_limit_minutes: int | None = None, manual_time_allowed: bool = True,
           rate_increase_months: int | None = None, rate_increase_percent: str | None = None,
           amount=None, fee_percent: str | None = None, terms: str = "",
           start_at: datetime | None = None, milestones: Sequence[MilestoneInput] = (),
           ext_id: str | None = None, imported_from: tuple[str, date, date] | None = None,
           now: datetime | None = None) -> Contract:
    """A contract entered by hand, or added by an import: `imported_from` is (the files'
    names, the first and the last day they pay on it)."""
    now = _now(now)
    fields = _validated(title=title, contract_type=contract_type, rate=rate,
                        weekly_limit_minutes=weekly_limit_minutes, amount=amount,
                        fee_percent=fee_percent, rate_increase_months=rate_increase_months,
                        rate_increase_percent=rate_increase_percent)
    if status not in (ContractStatus.OFFER, ContractStatus.ACTIVE):
        raise ContractError(Code.CONTRACT_NEW_STATUS, value=repr(status))
    with db.atomic():
        client = _client(client_name)
        contract = Contract.create(
            client=client, status=status, manual_time_allowed=bool(manual_time_allowed),
            terms=terms.strip(), ext_id=(ext_id or "").strip() or None,
            start_at=None if status == ContractStatus.OFFER else (to_utc(start_at) if start_at
                                                                  else now),
            created_at=now, updated_at=now, **fields)
        total = ZERO
        for position, item in enumerate(milestones):
            money = _money(item.amount, "milestone_amount", n=position + 1,
                           minimum=limit("fixed_price_min"))
            if money is None:
                raise ContractError(Code.MILESTONE_NO_AMOUNT)
            ContractMilestone.create(contract=contract, position=position,
                                     description=item.description.strip(), amount=money,
                                     due_on=item.due_on)
            total += money
        if contract.contract_type == ContractType.FIXED and contract.amount is None and milestones:
            contract.amount = total
            contract.save()
        if imported_from:
            files, first_day, last_day = imported_from
            _log(contract, WorkLogCode.ADDED_BY_IMPORT, now, file=files,
                 first_day=first_day.isoformat(), last_day=last_day.isoformat())
        else:
            _log(contract, WorkLogCode.ADDED_BY_HAND, now)
    events.changed("contracts", [contract.id])
    return contract


def _client(name: str) -> Client | None:
    from desktop.services import clients

    return clients.get_or_create(name) if (name or "").strip() else None


def _validated(*, title, contract_type, rate, weekly_limit_minutes, amount, fee_percent,
               rate_increase_months, rate_increase_percent) -> dict:
    title = (title or "").strip()
    if not title:
        raise ContractError(Code.CONTRACT_NO_TITLE)
    if contract_type not in TYPES:
        raise ContractError(Code.CONTRACT_TYPE, value=repr(contract_type))
    hourly = contract_type == ContractType.HOURLY
    rate = _money(rate, "hourly_rate", minimum=limit("hourly_rate_min")) if hourly else None
    if hourly and rate is None:
        raise ContractError(Code.CONTRACT_NO_RATE)
    if weekly_limit_minutes is not None and not 0 < weekly_limit_minutes <= 7 * 24 * 60:
        raise ContractError(Code.CONTRACT_WEEKLY_LIMIT, hours=7 * 24)
    fee = None
    if fee_percent not in (None, ""):
        try:
            fee = Decimal(str(fee_percent).rstrip("%").strip())
        except InvalidOperation:
            raise ContractError(Code.CONTRACT_FEE_NOT_PERCENT, value=str(fee_percent)) from None
        try:
            fee = fee_rules.check_contract_rate(fee)
        except fee_rules.FeeError:
            raise ContractError(
                Code.CONTRACT_FEE_RANGE, low=str(fee_rules.PER_CONTRACT_MIN),
                high=str(fee_rules.PER_CONTRACT_MAX), value=f"{fee.normalize():f}") from None
    increase_pct = None
    if hourly and rate_increase_months:
        try:
            increase_pct = Decimal(str(rate_increase_percent or "").rstrip("%").strip())
        except InvalidOperation:
            raise ContractError(Code.CONTRACT_INCREASE_NO_PERCENT) from None
        if increase_pct <= 0:
            raise ContractError(Code.CONTRACT_INCREASE_NOT_POSITIVE)
    return dict(
        title=title, contract_type=contract_type, rate=rate,
        weekly_limit_minutes=weekly_limit_minutes if hourly else None,
        amount=None if hourly else _money(amount, "fixed_price", minimum=limit("fixed_price_min")),
        fee_percent=None if fee is None else f"{fee.normalize():f}",
        rate_increase_months=int(rate_increase_months) if increase_pct else None,
        rate_increase_percent=f"{increase_pct.normalize():f}" if increase_pct else None,
    )


def update_terms(contract_id: int, *, title: str, client_name: str = "", rate=None,
                 weekly_limit_minutes: int | None = None, manual_time_allowed: bool = True,
                 rate_increase_months: int | None = None, rate_increase_percent=None,
                 amount=None, fee_percent=None, terms: str = "", ext_id: str | None = None,
                 now: datetime | None = None) -> Contract:
    """Edit a contract's terms (the type cannot change once work is recorded)."""
    now = _now(now)
    with db.atomic():
        contract = _get(contract_id)
        fields = _validated(title=title, contract_type=contract.contract_type, rate=rate,
                            weekly_limit_minutes=weekly_limit_minutes, amount=amount,
                            fee_percent=fee_percent, rate_increase_months=rate_increase_months,
                            rate_increase_percent=rate_increase_percent)
        for key, value in fields.items():
            setattr(contract, key, value)
        contract.client = _client(client_name)
        contract.manual_time_allowed = bool(manual_time_allowed)
        contract.terms = terms.strip()
        contract.ext_id = (ext_id or "").strip() or None
        _touch(contract, now)
    events.changed("contracts", [contract.id])
    return contract


TERMS_FIELDS = ("title", "client_name", "rate", "weekly_limit_minutes", "manual_time_allowed",
                "rate_increase_months", "rate_increase_percent", "amount", "fee_percent",
                "terms", "ext_id")


def terms_changes(values: dict, contract_type: str | None = None) -> dict:
    """An edit of the terms (update_terms' keywords) as plain JSON, the way `terms_values`
    gives them, so the outbox can keep it and a merge compare it field by field. With the
    contract's type the values are checked first, as update_terms checks them (no read)."""
    if contract_type is not None:
        _validated(title=values.get("title"), contract_type=contract_type,
                   rate=values.get("rate"), weekly_limit_minutes=values.get("weekly_limit_minutes"),
                   amount=values.get("amount"), fee_percent=values.get("fee_percent"),
                   rate_increase_months=values.get("rate_increase_months"),
                   rate_increase_percent=values.get("rate_increase_percent"))
    out = {}
    for name in TERMS_FIELDS:
        if name not in values:
            continue
        value = values[name]
        if name in ("rate", "amount", "fee_percent", "rate_increase_percent"):
            value = None if value in (None, "") else \
                f"{Decimal(str(value).rstrip('%').strip()).normalize():f}"
        elif name in ("title", "client_name", "terms", "ext_id"):
            value = (value or "").strip()
        elif name == "manual_time_allowed":
            value = bool(value)
        out[name] = value
    return out


def terms_values_of(c: ContractRow) -> dict:
    """The terms of a contract as read (no read of its own), plain JSON."""
    return terms_changes({name: getattr(c, name) for name in TERMS_FIELDS})


def terms_values(contract_id: int) -> tuple[int, dict]:
    """The contract's version and its terms as plain JSON (the outbox's merge compares them)."""
    row = find(contract_id)
    if row is None:
        raise ContractError(Code.CONTRACT_NOT_FOUND, id=contract_id)
    return row.version, terms_values_of(row)


def save_terms_fields(contract_id: int, changes: dict, *, version: int | None = None,
                      now: datetime | None = None) -> int:
    """`update_terms` with `changes` (plain JSON, as `terms_values` gives) over the contract's
    `version`: refused with EditConflictError when someone else saved it since. Returns the
    new version."""
    with Contract.edited_over(contract_id, version):
        values = terms_values(contract_id)[1]
        values.update(changes)
        update_terms(contract_id, now=now, **values)
    return terms_values(contract_id)[0]


def set_fee_percent(contract_id: int, fee_percent, *, now: datetime | None = None) -> Contract:
    """Record the contract's own service fee (0–15%, or None/"" to clear it) — the correction
    of an assumed 10% — and work the fee out again on the earnings the app computed for it."""
    from desktop.services import payments

    now = _now(now)
    with db.atomic():
        contract = _get(contract_id)
        fee = _validated(title=contract.title, contract_type="fixed", rate=None,
                         weekly_limit_minutes=None, amount=None, fee_percent=fee_percent,
                         rate_increase_months=None, rate_increase_percent=None)["fee_percent"]
        contract.fee_percent = fee
        _touch(contract, now)
        if fee:
            _log(contract, WorkLogCode.FEE_SET, now, percent=str(fee))
        else:
            _log(contract, WorkLogCode.FEE_CLEARED, now)
        payments.reprice_contract(contract.id)
    events.changed("contracts", [contract.id])
    return contract


def fee_assumed(contract: Contract | ContractRow, now: datetime | None = None) -> bool:
    """True when this contract's fee is the assumed 10% (a 2025+ contract, fee not recorded)."""
    from desktop.services import payments

    return payments.fee_assumed(contract, contract.start_at or _now(now))


# -- status -------------------------------------------------------------------------------------
def _set_status(contract_id: int, allowed_from: tuple[str, ...], to: str, note: WorkLogCode,
                now: datetime, words: str = "", reason: str | None = None, **extra
                ) -> Contract:
    with db.atomic():
        contract = _get(contract_id)
        if contract.status not in allowed_from:
            raise ContractError(Code.CONTRACT_TRANSITION, title=contract.title,
                                contract_status=contract.status, to_contract_status=to)
        if to in ("paused", "ended", "declined"):
            _stop_timer_of(contract, now)
        contract.status = to
        for key, value in extra.items():
            setattr(contract, key, value)
        _touch(contract, now)
        _log(contract, note, now, end_reason=reason, words=words)
    events.changed("contracts", [contract.id])
    return contract


def _stop_timer_of(contract: Contract, now: datetime) -> None:
    from desktop.services import timer

    running = timer.running()
    if running is not None and running.contract_id == contract.id:
        timer.stop(now=now, announce=False)


def accept_offer(contract_id: int, *, now: datetime | None = None) -> Contract:
    now = _now(now)
    return _set_status(contract_id, ("offer",), "active", WorkLogCode.OFFER_ACCEPTED, now,
                       start_at=now)


def decline_offer(contract_id: int, *, reason: str = "", now: datetime | None = None) -> Contract:
    now = _now(now)
    return _set_status(contract_id, ("offer",), "declined", WorkLogCode.OFFER_DECLINED, now,
                       words=reason, end_at=now, end_reason=reason or None)


def pause(contract_id: int, *, now: datetime | None = None) -> Contract:
    return _set_status(contract_id, ("active",), "paused", WorkLogCode.PAUSED, _now(now))


def resume(contract_id: int, *, now: datetime | None = None) -> Contract:
    return _set_status(contract_id, ("paused",), "active", WorkLogCode.RESUMED, _now(now))


def end(contract_id: int, *, reason: str, details: str = "",
        now: datetime | None = None) -> Contract:
    """End a contract with the reason — an EndReason (or its English name), or the user's own
    words — and any details; a running timer on it is stopped first. The 14-day feedback
    window and the 365-day bonus window open from ``now``. ``end_reason`` keeps the reason's
    English name and the details ("Work completed: handed over"), the work log its code."""
    reason, details = (reason or "").strip(), (details or "").strip()
    if not reason:
        raise ContractError(Code.CONTRACT_END_REASON)
    code = reason if reason in END_REASON_LABELS else _END_REASON_OF_NAME.get(reason.lower())
    if code is None:  # the user's own words
        reason, details, code = "", ": ".join(filter(None, (reason, details))), None
    text = ": ".join(filter(None, (END_REASON_LABELS.get(code or ""), details)))
    now = _now(now)
    return _set_status(contract_id, ("active", "paused"), "ended", WorkLogCode.ENDED, now,
                       reason=code, words=details, end_at=now, end_reason=text)


# -- milestones ---------------------------------------------------------------------------------
def add_milestone(contract_id: int, *, description: str, amount, due_on: date | None = None,
                  now: datetime | None = None) -> ContractMilestone:
    now = _now(now)
    with db.atomic():
        contract = _get(contract_id)
        if contract.contract_type != ContractType.FIXED:
            raise ContractError(Code.MILESTONE_FIXED_ONLY)
        if contract.status in (ContractStatus.ENDED, ContractStatus.DECLINED):
            raise ContractError(Code.CONTRACT_CLOSED, title=contract.title,
                                contract_status=contract.status)
        money = _money(amount, "milestone_amount", minimum=limit("fixed_price_min"))
        if money is None:
            raise ContractError(Code.MILESTONE_NO_AMOUNT)
        last = (ContractMilestone.select().where(ContractMilestone.contract == contract)
                .order_by(ContractMilestone.position.desc()).first())
        row = ContractMilestone.create(contract=contract, description=description.strip(),
                                       amount=money, due_on=due_on,
                                       position=0 if last is None else last.position + 1)
        _touch(contract, now)
    events.changed("contracts", [contract.id])
    return row


def update_milestone(milestone_id: int, *, description: str, amount, due_on: date | None,
                     now: datetime | None = None) -> ContractMilestone:
    """Edit a milestone; the amount is fixed once the client has funded it."""
    now = _now(now)
    with db.atomic():
        row = _milestone(milestone_id)
        money = _money(amount, "milestone_amount", minimum=limit("fixed_price_min"))
        if money is None:
            raise ContractError(Code.MILESTONE_NO_AMOUNT)
        if money != row.amount and row.state != MilestoneState.NOT_FUNDED:
            raise ContractError(Code.MILESTONE_FUNDED_AMOUNT)
        if description.strip() != row.description:  # the user's own words now
            row.description, row.remainder_of = description.strip(), None
        row.amount = money
        row.due_on = due_on
        row.save()
        _touch(row.contract, now)
    events.changed("contracts", [row.contract_id])
    return row


def delete_milestone(milestone_id: int, *, now: datetime | None = None) -> None:
    now = _now(now)
    with db.atomic():
        row = _milestone(milestone_id)
        if row.state != MilestoneState.NOT_FUNDED:
            raise ContractError(Code.MILESTONE_REMOVE_FUNDED)
        contract = row.contract
        row.delete_instance()
        _touch(contract, now)
    events.changed("contracts", [contract.id])


def allowed_actions(milestone: ContractMilestone) -> tuple[str, ...]:
    return states.milestone_actions(milestone.state)


def _step(milestone_id: int, action: str, now: datetime) -> ContractMilestone:
    row = _milestone(milestone_id)
    if action not in allowed_actions(row):
        raise ContractError(Code.MILESTONE_STEP, name=row.description or str(row.position + 1),
                            milestone_state=row.state, milestone_action=action)
    if row.contract.status in (ContractStatus.OFFER, ContractStatus.DECLINED):
        raise ContractError(Code.MILESTONE_CONTRACT_CLOSED, contract_status=row.contract.status)
    return row


def fund_milestone(milestone_id: int, *, now: datetime | None = None) -> ContractMilestone:
    """The client put the milestone's amount in escrow."""
    now = _now(now)
    with db.atomic():
        row = _step(milestone_id, "fund", now)
        row.state, row.funded_at = "funded", now
        row.save()
        _log(row.contract, WorkLogCode.MILESTONE_FUNDED, now, milestone=row.description,
             remainder_of=row.remainder_of,
             amount=_amount(row.amount), currency=row.contract.currency)
    events.changed("contracts", [row.contract_id])
    return row


def submit_milestone(milestone_id: int, *, note: str = "",
                     now: datetime | None = None) -> ContractMilestone:
    """Work submitted; the client has 14 days to answer before it is approved automatically."""
    now = _now(now)
    with db.atomic():
        row = _step(milestone_id, "submit", now)
        row.state, row.submitted_at = "submitted", now
        row.save()
        auto = payout.milestone_auto_approve_at(now)
        _log(row.contract, WorkLogCode.WORK_SUBMITTED, now, milestone=row.description,
             remainder_of=row.remainder_of,
             approves_at=to_utc(auto).isoformat(), words=note.strip())
    events.changed("contracts", [row.contract_id])
    return row


def request_changes(milestone_id: int, *, note: str = "",
                    now: datetime | None = None) -> ContractMilestone:
    now = _now(now)
    with db.atomic():
        row = _step(milestone_id, "request_changes", now)
        row.state = "changes_requested"
        row.save()
        _log(row.contract, WorkLogCode.CHANGES_REQUESTED, now, milestone=row.description,
             remainder_of=row.remainder_of,
             words=note.strip())
    events.changed("contracts", [row.contract_id])
    return row


def approve_milestone(milestone_id: int, *, amount=None, auto: bool = False,
                      now: datetime | None = None) -> ContractMilestone:
    """The client releases the escrow (all of it, or ``amount`` for a partial release).

    A partial release rolls the remainder into the next milestone (made if there is none), so
    the contract's total is conserved. The release becomes a fixed-price earning in the ledger,
    available 5 days after it is processed.
    """
    now = _now(now)
    with db.atomic():
        row = _step(milestone_id, "approve", now)
        contract = row.contract
        released = row.amount if amount is None else _money(amount, "released_amount")
        if released is None or not ZERO < released <= row.amount:
            raise ContractError(Code.MILESTONE_RELEASE_RANGE, amount=row.amount)
        remainder = row.amount - released
        row.state, row.approved_at, row.released = "approved", now, released
        row.save()
        if remainder:
            _roll_remainder(row, remainder)
        _record_earning(kind="fixed_price", gross=released, occurred_at=now, now=now,
                        contract_id=contract.id, client_id=contract.client_id,
                        milestone_id=row.id, fee_percent=_fee(contract),
                        description_code=LedgerCode.MILESTONE,
                        description_params=_milestone_line(contract, row))
        days = payout.rules_on(row.submitted_at or now).milestone_auto_approve.days
        _log(contract, WorkLogCode.AUTO_APPROVED if auto else WorkLogCode.CLIENT_APPROVED, now,
             days=days if auto else None, milestone=row.description,
             remainder_of=row.remainder_of,
             amount=_amount(released), currency=contract.currency,
             remainder=_amount(remainder) if remainder else None)
        _touch(contract, now)
    events.changed("contracts", [contract.id])
    events.changed("payments")
    return row


def _roll_remainder(row: ContractMilestone, remainder: Decimal) -> None:
    following = (ContractMilestone.select()
                 .where((ContractMilestone.contract == row.contract_id)
                        & (ContractMilestone.position > row.position)
                        & (ContractMilestone.state.in_((MilestoneState.NOT_FUNDED,
                                                        MilestoneState.FUNDED))))
                 .order_by(ContractMilestone.position).first())
    if following is not None:
        following.amount = following.amount + remainder
        following.save()
        return
    last = (ContractMilestone.select().where(ContractMilestone.contract == row.contract_id)
            .order_by(ContractMilestone.position.desc()).first())
    # The rest stays in escrow with the client's money, so the new milestone is funded.
    # Its description is the English (what the export and the search read); remainder_of lets
    # the window say it in the user's language.
    ContractMilestone.create(contract=row.contract_id, position=last.position + 1,
                             description=LEDGER_REMAINDER_OF.format(milestone=row.description),
                             remainder_of=row.description,
                             amount=remainder, state="funded", funded_at=row.approved_at)


def _milestone_line(contract: Contract, row: ContractMilestone) -> dict:
    """The ledger's parameters for a milestone's release (models.payments.LedgerCode)."""
    if row.remainder_of is not None:
        return {"contract": contract.title, "remainder_of": row.remainder_of}
    return {"contract": contract.title, "milestone": row.description}


def mark_milestone_paid(milestone_id: int, *, now: datetime | None = None) -> ContractMilestone:
    """The released money reached the balance (normally 5 days after approval)."""
    now = _now(now)
    with db.atomic():
        row = _step(milestone_id, "mark_paid", now)
        row.state, row.paid_at = "paid", now
        row.save()
    events.changed("contracts", [row.contract_id])
    return row


def milestone_total(contract_id: int) -> tuple[Decimal, Decimal]:
    """(contract value as the milestones now stand, released so far). Released milestones count
    at what was released, so a partial release does not double-count its remainder."""
    value = released = ZERO
    for row in ContractMilestone.select().where(ContractMilestone.contract == contract_id):
        if row.state in (MilestoneState.APPROVED, MilestoneState.PAID):
            value += row.released
            released += row.released
        else:
            value += row.amount
    return value, released


# -- bonus, refund ------------------------------------------------------------------------------
def pay_bonus(contract_id: int, *, amount, note: str = "", now: datetime | None = None):
    """A bonus from the client: allowed while the contract runs and 365 days after it ends;
    available 5 days after it is processed."""
    now = _now(now)
    with db.atomic():
        contract = _get(contract_id)
        money = _money(amount, "bonus", minimum=Decimal("0.01"))
        if money is None:
            raise ContractError(Code.BONUS_NO_AMOUNT)
        if contract.status in (ContractStatus.OFFER, ContractStatus.DECLINED):
            raise ContractError(Code.BONUS_NOT_POSSIBLE, title=contract.title,
                                contract_status=contract.status)
        if contract.end_at is not None:
            last = payout.bonus_deadline(contract.end_at)
            if utc_date(now) > last:
                raise ContractError(Code.BONUS_TOO_LATE, day=last,
                                    days=payout.rules_on(contract.end_at).bonus_days_after_end)
        txn = _record_earning(kind="bonus", gross=money, occurred_at=now, now=now,
                              contract_id=contract.id, client_id=contract.client_id,
                              fee_percent=_fee(contract),
                              description_code=LedgerCode.BONUS,
                              description_params={"contract": contract.title,
                                                  "words": (note or "").strip()})
        _log(contract, WorkLogCode.BONUS_RECEIVED, now, amount=_amount(money),
             currency=contract.currency, words=(note or "").strip())
    events.changed("contracts", [contract.id])
    events.changed("payments")
    return txn


@dataclass(frozen=True)
class RefundRoom:
    refundable: Decimal  # earned on the contract minus refunds so far
    deadline: date | None  # 180 days after the latest payment


def refund_room(contract_id: int) -> RefundRoom:
    from models.payments import Transaction

    earned, refunded, latest = ZERO, ZERO, None
    for txn in Transaction.select().where(
            (Transaction.contract == contract_id)
            & Transaction.kind.in_(EARNING_KINDS)):
        if txn.kind == TransactionKind.REFUND:
            refunded += -txn.gross
        else:
            earned += txn.gross
            latest = txn.occurred_at if latest is None else max(latest, txn.occurred_at)
    return RefundRoom(earned - refunded, payout.refund_deadline(latest) if latest else None)


def refund(contract_id: int, *, amount, reason: str = "", now: datetime | None = None):
    """Give money back to the client: at most what the contract earned, within 180 days of the
    latest payment. Recorded as a negative earning (the fee on it comes back)."""
    now = _now(now)
    with db.atomic():
        contract = _get(contract_id)
        money = _money(amount, "refund", minimum=Decimal("0.01"))
        if money is None:
            raise ContractError(Code.REFUND_NO_AMOUNT)
        room = refund_room(contract.id)
        if room.deadline is None:
            raise ContractError(Code.REFUND_NOTHING_PAID)
        if utc_date(now) > room.deadline:
            raise ContractError(Code.REFUND_TOO_LATE, day=room.deadline,
                                days=payout.rules_on(now).refund_days)
        if money > room.refundable:
            raise ContractError(Code.REFUND_TOO_MUCH, amount=room.refundable)
        txn = _record_earning(kind="refund", gross=-money, occurred_at=now, now=now,
                              contract_id=contract.id, client_id=contract.client_id,
                              fee_percent=_fee(contract),
                              description_code=LedgerCode.REFUND,
                              description_params={"contract": contract.title,
                                                  "words": (reason or "").strip()})
        _log(contract, WorkLogCode.REFUNDED, now, amount=_amount(money),
             currency=contract.currency, words=(reason or "").strip())
    events.changed("contracts", [contract.id])
    events.changed("payments")
    return txn


# -- feedback -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FeedbackWindow:
    closes_on: date | None  # last day to leave feedback (14 days after the end)
    open: bool


def feedback_window(contract: Contract | ContractRow, now: datetime | None = None
                    ) -> FeedbackWindow:
    if contract.end_at is None:
        return FeedbackWindow(None, False)
    closes = payout.feedback_deadline(contract.end_at)
    return FeedbackWindow(closes, utc_date(_now(now)) <= closes)


def save_feedback(contract_id: int, *, direction: str, ratings: dict[str, int],
                  text: str = "", score: Decimal | str | None = None,
                  now: datetime | None = None) -> Feedback:
    """Feedback given to or received from the client on an ended contract. Given feedback is
    only possible within the 14-day window; the overall score defaults to the sub-ratings'
    average (two decimals), as the marketplace shows it."""
    now = _now(now)
    if direction not in (FeedbackDirection.GIVEN, FeedbackDirection.RECEIVED):
        raise ContractError(Code.FEEDBACK_DIRECTION, value=repr(direction))
    top = int(limit("feedback_stars_max"))
    clean = {}
    for key in SUB_RATINGS:
        value = ratings.get(key)
        if value is None:
            continue
        if not 1 <= int(value) <= top:
            raise ContractError(Code.FEEDBACK_STARS, rating=key, top=top, value=value)
        clean[key] = int(value)
    if score in (None, ""):
        if not clean:
            raise ContractError(Code.FEEDBACK_NO_RATING, ratings=", ".join(SUB_RATINGS))
        overall = round_cents(Decimal(sum(clean.values())) / len(clean))
    else:
        overall = round_cents(Decimal(str(score)))
        if not 1 <= overall <= top:
            raise ContractError(Code.FEEDBACK_SCORE, top=top, value=str(overall))
    with db.atomic():
        contract = _get(contract_id)
        if contract.status != ContractStatus.ENDED:
            raise ContractError(Code.FEEDBACK_NOT_ENDED)
        window = feedback_window(contract, now)
        if direction == FeedbackDirection.GIVEN and not window.open:
            raise ContractError(Code.FEEDBACK_WINDOW_CLOSED, day=window.closes_on)
        row = Feedback.get_or_none((Feedback.contract == contract)
                                   & (Feedback.direction == direction))
        if row is None:
            row = Feedback(contract=contract, direction=direction)
        for key in SUB_RATINGS:
            setattr(row, key, clean.get(key))
        row.score, row.text, row.at = f"{overall:.2f}", text.strip(), now
        row.save()
    events.changed("contracts", [contract.id])
    return row


def feedback_of(contract_id: int) -> dict[str, FeedbackRow]:
    return {row.direction: _feedback_row(row) for row in
            Feedback.select().where(Feedback.contract == contract_id)}


# -- hourly weeks -------------------------------------------------------------------------------
@dataclass
class EntrySplit:
    entry: TimeEntry
    minutes: int
    billable: int
    running: bool = False

    @property
    def over(self) -> int:
        return self.minutes - self.billable


@dataclass
class WeekView:
    """One Monday–Sunday UTC week of an hourly contract, as the week view shows it."""

    contract_id: int
    week_start: datetime
    limit_minutes: int | None
    entries: list[EntrySplit] = field(default_factory=list)
    day_minutes: list[int] = field(default_factory=lambda: [0] * 7)
    day_over: list[int] = field(default_factory=lambda: [0] * 7)
    diary_deadline: datetime | None = None
    diary_open: bool = True
    rate: Decimal | None = None
    amount: Decimal = ZERO
    billed: bool = False

    @property
    def total(self) -> int:
        return sum(e.minutes for e in self.entries)

    @property
    def billable(self) -> int:
        return sum(e.billable for e in self.entries)

    @property
    def over(self) -> int:
        return self.total - self.billable

    @property
    def remaining(self) -> int | None:
        return None if self.limit_minutes is None else max(0, self.limit_minutes - self.total)

    @property
    def near_limit(self) -> bool:
        return self.limit_minutes is not None and self.total >= near_limit_at(self.limit_minutes)


def near_limit_at(limit_minutes: int) -> int:
    """Warn when 90% of the weekly limit is used, or 2 hours before it, whichever is later."""
    return max(limit_minutes * 9 // 10, limit_minutes - 120)


def week_view(contract_id: int, week_of: datetime | date, *,
              now: datetime | None = None) -> WeekView:
    """The entries of one week with billable / over-limit minutes (the earliest work is billed
    first), the running timer counted up to ``now``."""
    from models.payments import Transaction

    now = _now(now)
    contract = _get(contract_id)
    start = week_start(week_of)
    stop = start + WEEK
    rows = list(TimeEntry.select().where(
        (TimeEntry.contract == contract) & (TimeEntry.started_at >= start)
        & (TimeEntry.started_at < stop)).order_by(TimeEntry.started_at, TimeEntry.id))
    sched = payout.hourly_week(start)
    view = WeekView(contract.id, start, contract.weekly_limit_minutes,
                    diary_deadline=sched.diary_edit_deadline,
                    diary_open=payout.is_open(sched.diary_edit_deadline, now),
                    rate=current_rate(contract, start))
    counts = []
    for row in rows:
        if row.ended_at is None:
            seconds = (min(now, stop) - row.started_at).total_seconds()
            counts.append(max(0, int(seconds // 60)))
        else:
            counts.append(row.minutes or 0)
    splits = split_by_week([(r.started_at, c) for r, c in zip(rows, counts, strict=True)],
                           contract.weekly_limit_minutes)
    for row, count, split in zip(rows, counts, splits, strict=True):
        view.entries.append(EntrySplit(row, count, split.billable, row.ended_at is None))
        day = (row.started_at.date() - start.date()).days
        view.day_minutes[day] += count
        view.day_over[day] += split.over
    view.amount = _week_amount(contract, view.entries)
    view.billed = Transaction.select().where(
        (Transaction.contract == contract) & (Transaction.kind == TransactionKind.HOURLY)
        & (Transaction.week_start_on == start.date())).exists()
    return view


def _week_amount(contract: Contract, entries: list[EntrySplit]) -> Decimal:
    """Billable minutes priced at the rate of their day, rounded once per rate."""
    by_rate: dict[Decimal, int] = defaultdict(int)
    for item in entries:
        rate = current_rate(contract, item.entry.started_at)
        if rate is not None:
            by_rate[rate] += item.billable
    return sum((amount_for_minutes(rate, minutes) for rate, minutes in by_rate.items()), ZERO)


def bill_closed_weeks(*, now: datetime | None = None,
                      failures: list[SweepFailure] | None = None) -> list[int]:
    """Turn every hourly week whose diary is locked (Monday 11:59 UTC after it) into one hourly
    earning — billed minutes only, over-limit time excluded. Idempotent: a billed week is never
    billed again. Returns the new transaction ids.

    Each contract is billed in its own transaction: when ``failures`` is given, a contract whose
    billing fails is rolled back, recorded there and the others are still billed; without it
    the error propagates."""
    now = _now(now)
    made, touched = [], set()
    weeks = (TimeEntry.select(TimeEntry.contract, TimeEntry.started_at)
             .join(Contract).where((Contract.contract_type == ContractType.HOURLY)
                                   & TimeEntry.ended_at.is_null(False)))
    pending: dict[int, set[datetime]] = defaultdict(set)
    for row in weeks:
        pending[row.contract_id].add(week_start(row.started_at))
    for contract_id, starts in sorted(pending.items()):
        try:
            with db.atomic():
                ids = _bill_contract_weeks(contract_id, starts, now)
        except (ContractError, ValueError) as exc:
            if failures is None:
                raise
            failures.append(SweepFailure(contract_id, "weekly billing", str(exc),
                                         exc if isinstance(exc, ServiceError) else None))
            continue
        made += ids
        if ids:
            touched.add(contract_id)
    if touched:
        events.changed("contracts", sorted(touched))
        events.changed("payments", made)
    return made


def _bill_contract_weeks(contract_id: int, starts: set[datetime], now: datetime) -> list[int]:
    """Bill one contract's locked weeks (inside the caller's transaction)."""
    from models.payments import Transaction

    made = []
    contract = Contract.get_by_id(contract_id)
    billed = {t.week_start_on for t in Transaction.select(Transaction.week_start_on)
              .where((Transaction.contract == contract_id)
                     & (Transaction.kind == TransactionKind.HOURLY))}
    for start in sorted(starts):
        sched = payout.hourly_week(start)
        if start.date() in billed or payout.is_open(sched.diary_edit_deadline, now):
            continue
        view = week_view(contract_id, start, now=now)
        if view.billable <= 0 or view.amount <= 0:
            continue
        billed_at = sched.diary_edit_deadline + timedelta(minutes=1)
        txn = _record_earning(
            kind="hourly", gross=view.amount, occurred_at=billed_at,
            contract_id=contract_id, client_id=contract.client_id,
            week_start_on=start.date(), minutes=view.billable,
            fee_percent=_fee(contract), now=now,
            description_code=LedgerCode.HOURLY_WEEK,
            description_params={"contract": contract.title, "minutes": view.billable,
                                "week": start.date().isoformat()})
        made.append(txn.id)
    return made


# -- the periodic sweep -------------------------------------------------------------------------
@dataclass(frozen=True)
class SweepFailure:
    """One contract the sweep could not process; the others went on."""
    contract_id: int
    step: str      # "auto-approval" | "weekly billing" (models.contracts.SWEEP_STEP_LABELS)
    message: str   # English, for the log
    problem: ServiceError | None = None  # the refusal behind it (None: a bug's ValueError)


@dataclass
class SweepResult:
    auto_approved: list[int] = field(default_factory=list)
    marked_paid: list[int] = field(default_factory=list)
    billed: list[int] = field(default_factory=list)
    timer_split: bool = False
    failed: list[SweepFailure] = field(default_factory=list)


def process_due(*, now: datetime | None = None) -> SweepResult:
    """What time alone changes: submitted milestones past 14 days are approved, approved ones
    whose money is available are marked paid, a timer running across Monday 00:00 UTC is cut at
    the week boundary, and locked weeks are billed. Safe to run any number of times. Takes the
    write lock only when something is due (models.db.read_mostly)."""
    from models.db import read_mostly

    return read_mostly(_process_due, now=now)


def _process_due(*, now: datetime | None = None) -> SweepResult:
    from desktop.services import timer

    now = _now(now)
    result = SweepResult()
    result.timer_split = timer.split_at_week_boundary(now=now)
    due = (ContractMilestone.select(ContractMilestone.id, ContractMilestone.submitted_at)
           .where(ContractMilestone.state == MilestoneState.SUBMITTED))
    for row in list(due):
        if row.submitted_at is None:  # a submitted milestone always has its time
            continue
        at = payout.milestone_auto_approve_at(row.submitted_at)
        if at <= now:
            try:
                approve_milestone(row.id, auto=True, now=at)
            except (ContractError, ValueError) as exc:  # rolled back; the others go on
                contract_id = ContractMilestone.get_by_id(row.id).contract_id
                result.failed.append(SweepFailure(
                    contract_id, "auto-approval", str(exc),
                    exc if isinstance(exc, ServiceError) else None))
                continue
            result.auto_approved.append(row.id)
    approved = ContractMilestone.state == MilestoneState.APPROVED
    for row in list(ContractMilestone.select().where(approved)):
        if row.approved_at is None:  # an approved milestone always has its time
            continue
        available_on = payout.manual_available_on(row.approved_at)
        if available_on <= utc_date(now):
            with db.atomic():
                row.state = "paid"
                row.paid_at = to_utc(available_on)
                row.save()
            result.marked_paid.append(row.id)
    if result.marked_paid:
        events.changed("contracts")
    result.billed = bill_closed_weeks(now=now, failures=result.failed)
    for failure in result.failed:
        _flag_failure(failure, now)
    return result


def _flag_failure(failure: SweepFailure, now: datetime) -> None:
    """Log a sweep failure and flag the contract in its work log (once per distinct problem,
    not on every sweep), so the user sees which contract needs attention and why."""
    log.warning("process_due: contract %s, %s failed: %s", failure.contract_id, failure.step,
                failure.message)
    params = {"step": failure.step,
              "problem": error_data(failure.problem) if failure.problem is not None
              else {"text": failure.message}}
    params = json.loads(json.dumps(params, sort_keys=True))  # as it reads back
    with db.atomic():
        contract = Contract.get_or_none(Contract.id == failure.contract_id)
        if contract is None:
            return
        last = (Interaction.select(Interaction.note_code, Interaction.note_params)
                .where((Interaction.contract == contract.id)
                       & (Interaction.kind == InteractionKind.NOTE))
                .order_by(Interaction.at.desc(), Interaction.id.desc()).first())
        if (last is None or last.note_code != WorkLogCode.SWEEP_STOPPED
                or last.note_params != params):
            _log(contract, WorkLogCode.SWEEP_STOPPED, now, **params)
    events.changed("contracts", [failure.contract_id])


# -- typed rows: what ui/ and the CLI read (never the models) ----------------------------------
@dataclass(frozen=True)
class ContractRow:
    """A contract as read for display, with its client's name."""

    id: int
    title: str
    client_id: int | None
    client_name: str  # "" without a client
    proposal_id: int | None
    ext_id: str | None
    terms: str
    contract_type: str  # ContractType
    status: str  # ContractStatus
    rate: Decimal | None
    weekly_limit_minutes: int | None
    manual_time_allowed: bool
    rate_increase_months: int | None
    rate_increase_percent: str | None
    amount: Decimal | None
    currency: str
    fee_percent: str | None
    start_at: datetime | None
    end_at: datetime | None
    end_reason: str | None
    created_at: datetime
    updated_at: datetime
    version: int = 1  # optimistic locking: what an edit of the terms was made against


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    contract_id: int
    position: int
    description: str
    amount: Decimal
    due_on: date | None
    state: str  # MilestoneState
    released: Decimal
    funded_at: datetime | None
    submitted_at: datetime | None
    approved_at: datetime | None
    paid_at: datetime | None
    remainder_of: str | None = None  # holds what this milestone did not release (its words)


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    contract_id: int
    direction: str  # FeedbackDirection
    score: str | None
    skills: int | None
    quality: int | None
    availability: int | None
    deadlines: int | None
    communication: int | None
    cooperation: int | None
    text: str
    at: datetime


def _contract_rows(query) -> list[ContractRow]:
    """Rows of a Contract query (joined here with its client's name)."""
    query = (query.select(Contract, Client.name.alias("client_name"))
             .join(Client, JOIN.LEFT_OUTER, on=(Contract.client == Client.id)))
    return [ContractRow(
        id=d["id"], title=d["title"], client_id=d["client"], client_name=d["client_name"] or "",
        proposal_id=d["proposal"], ext_id=d["ext_id"], terms=d["terms"],
        contract_type=d["contract_type"], status=d["status"], rate=d["rate"],
        weekly_limit_minutes=d["weekly_limit_minutes"],
        manual_time_allowed=d["manual_time_allowed"],
        rate_increase_months=d["rate_increase_months"],
        rate_increase_percent=d["rate_increase_percent"], amount=d["amount"],
        currency=d["currency"], fee_percent=d["fee_percent"], start_at=d["start_at"],
        end_at=d["end_at"], end_reason=d["end_reason"], created_at=d["created_at"],
        updated_at=d["updated_at"], version=d["version"]) for d in dicts(query)]


def _milestone_row(m: ContractMilestone) -> MilestoneRow:
    return MilestoneRow(m.id, m.contract_id, m.position, m.description, m.amount, m.due_on,
                        m.state, m.released, m.funded_at, m.submitted_at, m.approved_at,
                        m.paid_at, m.remainder_of)


def _feedback_row(f: Feedback) -> FeedbackRow:
    return FeedbackRow(f.id, f.contract_id, f.direction, f.score, f.skills, f.quality,
                       f.availability, f.deadlines, f.communication, f.cooperation, f.text, f.at)


# -- queries for lists --------------------------------------------------------------------------
def list_contracts(status: str | None = None) -> list[ContractRow]:
    query = Contract.select()
    if status:
        query = query.where(Contract.status == status)
    return _contract_rows(query.order_by(Contract.updated_at.desc()))


def get(contract_id: int) -> Contract:
    return _get(contract_id)


def why_closed(contract_id: int) -> tuple[str | None, str] | None:
    """Why the contract ended or its offer was declined, from its work log: (the EndReason, or
    None for the user's own words; what the user wrote with it). None when the log does not
    say (closed by an older version: ``end_reason`` has it in English)."""
    row = (Interaction.select(Interaction.note_params)
           .where((Interaction.contract == contract_id)
                  & Interaction.note_code.in_((WorkLogCode.ENDED, WorkLogCode.OFFER_DECLINED)))
           .order_by(Interaction.at.desc(), Interaction.id.desc()).first())
    if row is None:
        return None
    params = row.note_params or {}
    return params.get("end_reason"), str(params.get("words", ""))


@dataclass(frozen=True)
class WorkInProgress:
    """This week's hourly work across every active hourly contract, not billed yet."""

    week_start: datetime
    minutes: int
    billable_minutes: int
    amount: Decimal
    contracts: int


def week_views(week_of: datetime | date, *, now: datetime | None = None) -> list[WeekView]:
    """One WeekView per active or paused hourly contract (and any other hourly contract that
    has time that week), ordered by title: the rows of a weekly timesheet."""
    now = _now(now)
    start = week_start(week_of)
    with_time = TimeEntry.select(TimeEntry.contract).where(
        (TimeEntry.started_at >= start) & (TimeEntry.started_at < start + WEEK))
    contracts = Contract.select().where(
        (Contract.contract_type == "hourly")
        & (Contract.status.in_(("active", "paused")) | Contract.id.in_(with_time))
    ).order_by(fn.LOWER(Contract.title), Contract.id)
    return [week_view(c.id, start, now=now) for c in contracts]


def work_in_progress(*, now: datetime | None = None) -> WorkInProgress:
    """The Payments tab's "this week" card: hours so far and what they will bill."""
    now = _now(now)
    views = [v for v in week_views(now, now=now) if v.entries]
    return WorkInProgress(week_start(now), sum(v.total for v in views),
                          sum(v.billable for v in views), sum((v.amount for v in views), ZERO),
                          len(views))


# -- the Contracts tab's list --------------------------------------------------------------------
_C = ContractStatus
LIST_FILTERS: dict[str, tuple[str, ...]] = {
    "open": (_C.OFFER, _C.ACTIVE, _C.PAUSED), "active": (_C.ACTIVE,), "paused": (_C.PAUSED,),
    "offer": (_C.OFFER,), "ended": (_C.ENDED, _C.DECLINED), "all": ()}
# Status order a user works by: running first, then offers, paused, ended.
_STATUS_ORDER = ("active", "offer", "paused", "ended", "declined")
LIST_SORTS = {
    "title": fn.lower(Contract.title), "client": fn.lower(fn.coalesce(Client.name, "")),
    # a CASE, not SQLite's instr(): the same sort on a PostgreSQL workspace
    "status": Case(Contract.status, [(s, i) for i, s in enumerate(_STATUS_ORDER)],
                   len(_STATUS_ORDER)), "type": Contract.contract_type,
    "value": fn.coalesce(Contract.amount, Contract.rate),
}


def list_ids(filter_key: str = "open", search: str = "", sort: str = "status",
             descending: bool = False) -> list[int]:
    """Ids of the contracts a LIST_FILTERS key and a search show, in the order of a LIST_SORTS
    key (the most recently updated first among equals)."""
    query = Contract.select(Contract.id).join(Client, JOIN.LEFT_OUTER,
                                              on=(Contract.client == Client.id))
    statuses = LIST_FILTERS.get(filter_key, ())
    if statuses:
        query = query.where(Contract.status.in_(statuses))
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(Contract.title ** pattern | Client.name ** pattern
                            | Contract.terms ** pattern)
    key = LIST_SORTS.get(sort, Contract.id)
    query = query.order_by(key.desc() if descending else key, Contract.updated_at.desc())
    return [cid for (cid,) in tuples(query)]


def find(contract_id: int) -> ContractRow | None:
    """The contract, or None when it was deleted meanwhile."""
    found = _contract_rows(Contract.select().where(Contract.id == contract_id))
    return found[0] if found else None


def milestones_of(contract_id: int) -> list[MilestoneRow]:
    return [_milestone_row(m) for m in
            ContractMilestone.select().where(ContractMilestone.contract == contract_id)
            .order_by(ContractMilestone.position, ContractMilestone.id)]


def any_contract() -> bool:
    """True once any contract exists (the tab shows its empty state until then)."""
    return Contract.select().exists()

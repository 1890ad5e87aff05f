"""The agency's money and work (issue 18): who sent a proposal, who a contract is assigned to,
what the agency pays its members, and the Connects pool they spend.

The client's payment minus Upwork's fee is the agency's (``agency_net``: the row's net, less any
service-fee rows a statement import linked to it). Against it the agency records the pay of the
member the contract is assigned to, on the terms it set for them (:func:`set_pay`): an hourly
rate times the minutes the payment covers, or a share of the agency's net. Money is Decimal,
stored in minor units; dates come from desktop.clock.

Owners set pay and record payouts; owners and managers assign work; everyone may read the
Connects pool. On a workspace the server enforces the same (models/members.py).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from desktop import clock, events
from desktop.errors import Code
from desktop.services import db
from desktop.services import members as member_service
from desktop.services.members import MemberError, refused_by_server
from desktop.services.payments import linked_fee
from models.agency import MemberPayout
from models.contracts import Contract
from models.members import MemberPay, PayBasis, WorkspaceMember
from models.payments import Transaction, TransactionKind
from models.proposals import ConnectsEntry, ConnectsReason, Proposal
from models.rules.money import amount_for_minutes, parse_money, round_cents

AREA = "agency"
PAID_KINDS = (TransactionKind.HOURLY, TransactionKind.FIXED_PRICE, TransactionKind.BONUS)


@dataclass(frozen=True)
class PayTerms:
    email: str
    basis: str  # hourly | share
    rate: Decimal | None  # per hour, hourly basis
    share_percent: Decimal | None  # of the agency's net, share basis
    currency: str


@dataclass(frozen=True)
class PayoutRow:
    id: int
    transaction_id: int
    email: str
    contract_id: int | None
    contract_title: str
    basis: str
    agency_net: Decimal  # the client's payment minus Upwork's fee
    amount: Decimal  # the member's pay
    agency_keeps: Decimal
    minutes: int | None
    rate: Decimal | None
    share_percent: Decimal | None
    currency: str
    recorded_on: date

    def as_dict(self) -> dict:
        return {k: (str(v) if isinstance(v, Decimal | date) else v)
                for k, v in self.__dict__.items()}


# -- work -------------------------------------------------------------------------------------

def assign(contract_id: int, email: str | None) -> None:
    """Assign a contract to a member (None: back to the agency). Owners and managers."""
    member_service.require_manager()
    with db.atomic(), refused_by_server(Code.MEMBER_MANAGERS_ONLY):
        member = member_service.find(email) if email else None
        changed = Contract.update(member=member).where(Contract.id == contract_id).execute()
        if not changed:
            raise MemberError(Code.CONTRACT_NOT_FOUND, id=contract_id)
    events.changed("contracts", [contract_id])


def send_as(proposal_id: int, email: str) -> None:
    """Record which member sends a proposal on the agency's behalf. Owners and managers (on a
    workspace a member's own proposals carry them already)."""
    member_service.require_manager()
    with db.atomic(), refused_by_server(Code.MEMBER_MANAGERS_ONLY):
        member = member_service.find(email)
        changed = Proposal.update(member=member).where(Proposal.id == proposal_id).execute()
        if not changed:
            raise MemberError(Code.PROPOSAL_NOT_FOUND, id=proposal_id)
    events.changed("proposals", [proposal_id])


def connects_spent() -> dict[str | None, int]:
    """Connects each member spent from the agency's pool, net of refunds ({email: count};
    None for spending no member is named on). Everyone may read the pool."""
    spent: dict[str | None, int] = defaultdict(int)
    reasons = (ConnectsReason.SPENT, ConnectsReason.BOOST, ConnectsReason.REFUND)
    emails = {m.id: m.email for m in WorkspaceMember.select()}
    for entry in ConnectsEntry.select(ConnectsEntry.member_id, ConnectsEntry.delta).where(
            ConnectsEntry.reason.in_(reasons)):
        spent[emails.get(entry.member_id) if entry.member_id else None] -= entry.delta
    return dict(spent)


# -- pay --------------------------------------------------------------------------------------

def _percent(value: Decimal | str) -> Decimal:
    text = str(value).strip().rstrip("%").strip()
    try:
        percent = Decimal(text)
    except InvalidOperation:
        raise MemberError(Code.PAY_SHARE_RANGE, value=str(value)) from None
    if not percent.is_finite() or not Decimal(0) < percent <= 100:
        raise MemberError(Code.PAY_SHARE_RANGE, value=str(value))
    return percent


def _terms(pay: MemberPay, email: str) -> PayTerms:
    share = Decimal(pay.share_percent) if pay.share_percent else None
    return PayTerms(email, pay.basis, pay.rate, share, pay.currency)


def set_pay(email: str, *, hourly: Decimal | str | None = None,
            share: Decimal | str | None = None) -> PayTerms:
    """Set what the agency pays a member: `hourly` (per hour worked) or `share` (percent of the
    agency's net on their contracts). Owners only."""
    if (hourly is None) == (share is None):
        raise MemberError(Code.PAY_ONE_BASIS)
    rate = percent = None
    if hourly is not None:
        rate = parse_money(hourly, allow_suffix=False)
        if rate <= 0:
            raise MemberError(Code.PAY_BAD_RATE, value=str(hourly))
    else:
        percent = _percent(share)  # type: ignore[arg-type]  # one of the two is given
    member_service.require_owner()
    with db.atomic(), refused_by_server():
        member = member_service.find(email)
        pay = MemberPay.get_or_none(MemberPay.member == member) or MemberPay(member=member)
        pay.basis = PayBasis.HOURLY if rate is not None else PayBasis.SHARE
        pay.rate = round_cents(rate) if rate is not None else None
        pay.share_percent = None if percent is None else f"{percent.normalize():f}"
        pay.updated_at = clock.now()
        pay.save()
    events.changed(AREA, [member.id])
    return _terms(pay, member.email)


def pay_terms(email: str) -> PayTerms | None:
    member_service.require_owner()
    with refused_by_server():
        member = member_service.find(email)
        pay = MemberPay.get_or_none(MemberPay.member == member)
    return None if pay is None else _terms(pay, member.email)


def agency_net(tx: Transaction) -> Decimal:
    """What the agency got from a client payment: its net, less service-fee rows linked to it."""
    return tx.net - linked_fee(tx.id)


def _payout_row(p: MemberPayout, email: str, title: str) -> PayoutRow:
    share = Decimal(p.share_percent) if p.share_percent else None
    return PayoutRow(p.id, p.transaction_id, email, p.contract_id, title, p.basis, p.agency_net,
                     p.amount, p.agency_net - p.amount, p.minutes, p.rate, share, p.currency,
                     p.recorded_on)


def record_payout(transaction_id: int, *, minutes: int | None = None) -> PayoutRow:
    """Record the pay of the member a client payment's contract is assigned to, against that
    payment (once per payment). `minutes` gives the time worked when the payment does not
    record it (a fixed-price milestone paid by the hour). Owners only."""
    member_service.require_owner()
    with db.atomic(), refused_by_server():
        tx = Transaction.get_or_none(Transaction.id == transaction_id)
        if tx is None:
            raise MemberError(Code.PAYOUT_NO_TRANSACTION, id=transaction_id)
        if tx.kind not in PAID_KINDS:
            raise MemberError(Code.PAYOUT_NOT_EARNING, id=tx.id, payment_kind=tx.kind)
        contract = Contract.get_or_none(Contract.id == tx.contract_id) if tx.contract_id \
            else None
        if contract is None:
            raise MemberError(Code.PAYOUT_NO_CONTRACT, id=tx.id)
        if contract.member_id is None:
            raise MemberError(Code.PAYOUT_NO_MEMBER, id=tx.id)
        member = WorkspaceMember.get_by_id(contract.member_id)
        done = MemberPayout.get_or_none(MemberPayout.transaction == tx.id)
        if done is not None:
            raise MemberError(Code.PAYOUT_RECORDED, id=tx.id, amount=done.amount,
                              email=WorkspaceMember.get_by_id(done.member_id).email)
        pay = MemberPay.get_or_none(MemberPay.member == member)
        if pay is None:
            raise MemberError(Code.PAY_NOT_SET, email=member.email)
        net = agency_net(tx)
        worked = minutes if minutes is not None else tx.minutes
        if pay.basis == PayBasis.HOURLY:
            if not worked or worked <= 0 or pay.rate is None:
                raise MemberError(Code.PAYOUT_NO_MINUTES, id=tx.id, email=member.email)
            amount = amount_for_minutes(pay.rate, worked)
        else:
            amount = round_cents(net * Decimal(pay.share_percent or 0) / 100)
        row = MemberPayout.create(
            member=member, transaction=tx.id, contract=contract.id, basis=pay.basis,
            agency_net=net, amount=amount, minutes=worked, rate=pay.rate,
            share_percent=pay.share_percent, currency=tx.currency,
            recorded_on=clock.today(), created_at=clock.now())
    events.changed(AREA, [row.id])
    return _payout_row(row, member.email, contract.title)


def payouts() -> list[PayoutRow]:
    """Every member's pay recorded so far, oldest first. Owners only."""
    member_service.require_owner()
    with refused_by_server():
        emails = {m.id: m.email for m in WorkspaceMember.select()}
        titles = {c.id: c.title for c in Contract.select(Contract.id, Contract.title)}
        return [_payout_row(p, emails.get(p.member_id, ""), titles.get(p.contract_id or 0, ""))
                for p in MemberPayout.select().order_by(MemberPayout.recorded_on,
                                                        MemberPayout.id)]


@dataclass(frozen=True)
class DueRow:
    """A client payment on a contract assigned to a member, with no pay recorded against it."""

    transaction_id: int
    occurred_on: date
    kind: str
    contract_title: str
    email: str
    agency_net: Decimal
    currency: str

    def as_dict(self) -> dict:
        return {k: (str(v) if isinstance(v, Decimal | date) else v)
                for k, v in self.__dict__.items()}


def due() -> list[DueRow]:
    """Client payments whose member's pay is not recorded yet, oldest first. Owners only."""
    member_service.require_owner()
    with refused_by_server():
        emails = {m.id: m.email for m in WorkspaceMember.select()}
        assigned = {c.id: (c.title, c.member_id) for c in Contract.select(
            Contract.id, Contract.title, Contract.member_id).where(
            Contract.member_id.is_null(False))}
        recorded = MemberPayout.select(MemberPayout.transaction_id)
        query = (Transaction.select()
                 .where(Transaction.kind.in_(PAID_KINDS),
                        Transaction.contract_id.in_(list(assigned)),
                        Transaction.id.not_in(recorded))
                 .order_by(Transaction.occurred_at, Transaction.id))
        out = []
        for tx in query:
            title, member_id = assigned[tx.contract_id or 0]
            out.append(DueRow(tx.id, tx.occurred_at.date(), tx.kind, title,
                              emails.get(member_id or 0, ""), agency_net(tx), tx.currency))
        return out

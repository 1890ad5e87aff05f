"""One row per client across proposals, contracts, payments and conversation; a detail history."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from peewee import fn

from desktop import clock
from desktop.errors import Code, ServiceError
from desktop.services.insights import Basis, basis
from models.clients import Client
from models.contracts import Contract, Interaction, InteractionKind, english_work_log
from models.payments import EARNING_KINDS, Transaction
from models.proposals import Proposal, ProposalStatus
from models.query import tuples
from models.rules.insights import clients as rules

OPEN_PROPOSALS = ("submitted", "viewed", "interviewing", "offer")
OPEN_CONTRACTS = ("offer", "active", "paused")
MIN_CLIENTS = 1


class UnknownClientError(ServiceError, LookupError):
    """No client of that name (the message names it)."""


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    country: str | None
    proposals: int
    contracts: int
    open_proposals: int
    open_contracts: int
    billed: Decimal
    fee_regime: str
    fee_rate: Decimal
    fee_rate_assumed: bool
    last_contact: datetime | None
    average_reply: timedelta | None
    replies: int


@dataclass(frozen=True)
class ClientsView:
    rows: tuple[ClientRow, ...]
    basis: Basis


@dataclass(frozen=True)
class HistoryEvent:
    at: datetime
    kind: str  # proposal | contract_start | contract_end | payment | message | call | interview…
    direction: str | None  # in | out for conversation
    title: str
    amount: Decimal | None
    status: str | None
    # a line the app wrote in a contract's work log or the Payments ledger: its code and
    # parameters (the UI says it in the user's language; ``title`` has it in English, for the
    # CLI)
    note_code: str | None = None
    note_params: dict | None = None


@dataclass(frozen=True)
class ClientDetail:
    row: ClientRow
    events: tuple[HistoryEvent, ...]


def _counts(model, field, where=None) -> dict[int, int]:
    query = model.select(field, fn.COUNT(model.id)).where(field.is_null(False))
    if where is not None:
        query = query.where(where)
    return dict(tuples(query.group_by(field)))


def _conversation(client_id: int | None = None) -> dict[int, list[tuple[datetime, str]]]:
    by_client: dict[int, list[tuple[datetime, str]]] = {}
    # Contact is a message, call or interview; notes the app or the user wrote are not.
    query = (Interaction.select(Interaction.client, Interaction.at, Interaction.direction)
             .where(Interaction.client.is_null(False) & (Interaction.kind != InteractionKind.NOTE))
             .order_by(Interaction.at))
    if client_id is not None:
        query = query.where(Interaction.client == client_id)
    for cid, at, direction in tuples(query):
        by_client.setdefault(cid, []).append((at, direction or ""))
    return by_client


def _rows(today: date, client_id: int | None = None) -> list[ClientRow]:
    proposals = _counts(Proposal, Proposal.client, Proposal.status != ProposalStatus.DRAFT)
    open_proposals = _counts(Proposal, Proposal.client, Proposal.status.in_(OPEN_PROPOSALS))
    contracts = _counts(Contract, Contract.client)
    open_contracts = _counts(Contract, Contract.client, Contract.status.in_(OPEN_CONTRACTS))
    billed: dict[int, int] = dict(tuples(
        Transaction.select(Transaction.client, fn.SUM(Transaction.gross))
        .where(Transaction.client.is_null(False) & Transaction.kind.in_(EARNING_KINDS))
        .group_by(Transaction.client)))
    talk = _conversation(client_id)
    query = Client.select().order_by(fn.lower(Client.name))
    if client_id is not None:
        query = query.where(Client.id == client_id)
    rows = []
    for client in query:
        lifetime = max(Decimal(billed.get(client.id) or 0) / 100, Decimal(0))
        tier = rules.fee_tier(lifetime, today)
        messages = talk.get(client.id, [])
        waits = rules.reply_times(messages)
        rows.append(ClientRow(
            client.id, client.name, client.country, proposals.get(client.id, 0),
            contracts.get(client.id, 0), open_proposals.get(client.id, 0),
            open_contracts.get(client.id, 0), lifetime, tier.regime, tier.rate, tier.assumed,
            messages[-1][0] if messages else None, rules.average(waits), len(waits)))
    return rows


def clients(*, today: date | None = None) -> ClientsView:
    rows = _rows(today or clock.today())
    return ClientsView(tuple(rows), basis("clients", len(rows), None, None, MIN_CLIENTS))


def client_detail(name: str, *, today: date | None = None) -> ClientDetail:
    client = Client.get_or_none(fn.lower(Client.name) == (name or "").strip().lower())
    if client is None:
        raise UnknownClientError(Code.INSIGHTS_NO_CLIENT, name=name)
    (row,) = _rows(today or clock.today(), client.id)
    events: list[HistoryEvent] = []
    for p in Proposal.select().where((Proposal.client == client.id)
                                     & (Proposal.status != ProposalStatus.DRAFT)):
        at = p.submitted_at or p.created_at
        events.append(HistoryEvent(at, "proposal", None, p.title, p.rate or p.amount, p.status))
    for c in Contract.select().where(Contract.client == client.id):
        if c.start_at:
            events.append(HistoryEvent(c.start_at, "contract_start", None, c.title,
                                       c.rate or c.amount, c.status))
        if c.end_at:
            events.append(HistoryEvent(c.end_at, "contract_end", None, c.title, None, c.status))
    for t in Transaction.select().where(Transaction.client == client.id):
        events.append(HistoryEvent(t.occurred_at, "payment", None, t.description or t.kind,
                                   t.gross if t.kind in EARNING_KINDS else t.net, t.kind,
                                   t.description_code, t.description_params))
    for i in Interaction.select().where(Interaction.client == client.id):
        events.append(HistoryEvent(i.at, i.kind, i.direction,
                                   english_work_log(i.body, i.note_code, i.note_params)[:200],
                                   None, None, i.note_code, i.note_params))
    events.sort(key=lambda e: e.at)
    return ClientDetail(row, tuple(events))

"""Payments: the ledger of gross, fee and net.

Each money movement is one ``Transaction``. Its ``net`` is what it did to the Upwork balance,
``fee`` what Upwork kept and ``gross`` what was billed, so ``net + fee == gross`` on every row:

* an earning recorded here (hourly week, milestone, bonus, refund) carries its own service fee:
  gross 266.64, fee 26.66, net 239.98;
* a statement import keeps Upwork's own rows: the payment (gross = net = 36.00) and, linked to it
  through ``parent``, the service-fee row (gross 0, fee 7.20, net -7.20). Totals over either shape
  agree, which is what reports rely on;
* expenses and withdrawals have a negative gross and net.

Statuses follow the payout rules: hourly pay is *in review* until the client's review closes
(Friday 23:59 UTC after the week), then *pending* until it is available (the Wednesday 10 days after
the week); manual payments are *pending* for 5 days. ``refresh_statuses`` moves rows forward as
time passes (run on start-up and when the tab is shown). Withdrawals are *withdrawn*.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Protocol

from peewee import JOIN, Case, DateField, Field, fn

from desktop import clock, events
from desktop.errors import Code, ServiceError
from desktop.services import db
from models.clients import Client
from models.contracts import Contract, ContractMilestone
from models.fields import MoneyField, UtcDateTimeField
from models.payments import (
    EARNING_KINDS,
    EXPENSE_KINDS,
    STATUSES,
    Transaction,
    TransactionKind,
    english_description,
)
from models.payments import (
    FEE_KINDS as FEE_KINDS,  # re-exported for ui/ (and the English names below)
)
from models.payments import (
    KIND_LABELS as KIND_LABELS,
)
from models.payments import LEDGER_REMAINDER_OF as LEDGER_REMAINDER_OF  # re-exported for ui/
from models.payments import LEDGER_TEMPLATES as LEDGER_TEMPLATES
from models.payments import LEDGER_WORDS as LEDGER_WORDS
from models.payments import (
    METHOD_LABELS as METHOD_LABELS,
)
from models.payments import (
    STATUS_LABELS as STATUS_LABELS,
)
from models.payments import LedgerCode as LedgerCode
from models.payments import (
    TransactionStatus as TransactionStatus,  # re-exported for ui/
)
from models.query import dicts, first_tuple, tuples
from models.rules import fees as fee_rules
from models.rules import payout
from models.rules.money import from_cents, round_cents
from models.rules.weeks import to_utc, utc_date

AREA = "payments"
ZERO = Decimal(0)


class PaymentError(ServiceError):
    """An action the ledger refuses, with a message for the user."""


def today_utc() -> date:
    return clock.today()


def noon_utc(day: date) -> datetime:
    """A date-only event (a statement row) stored at noon UTC, so local time shows the same day
    almost everywhere."""
    return datetime.combine(day, time(12), tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# Rules applied to rows

def _money(value, name: str) -> Decimal:
    if isinstance(value, float):
        raise TypeError(f"{name} must not be float; use Decimal or str")
    return round_cents(Decimal(value))


def schedule(kind: str, occurred_at: datetime, week_start_on: date | None = None
             ) -> tuple[date, date | None]:
    """(available_on, review_ends_on) for an earning; review only applies to hourly weeks."""
    if kind == TransactionKind.HOURLY:
        week = payout.hourly_week(week_start_on or occurred_at)
        return week.available_on, week.review_ends.date()
    if kind in payout.MANUAL_KINDS:
        return payout.manual_available_on(occurred_at), None
    return utc_date(occurred_at), None  # refunds, expenses: settled at once


def status_on(kind: str, available_on: date | None, today: date,
              review_ends_on: date | None = None) -> str:
    """Where a row stands on ``today`` (UTC day)."""
    if kind == TransactionKind.WITHDRAWAL:
        return "withdrawn"
    if review_ends_on is not None and today <= review_ends_on:
        return "in_review"
    if available_on is not None and today < available_on:
        return "pending"
    return "available"


def prior_billings(client_id: int | None, before: datetime, *, exclude_id: int | None = None,
                   contract_id: int | None = None) -> Decimal:
    """Lifetime billings with a client up to ``before`` (refunds reduce them), all contracts.

    Without a client, the contract's own billings stand in for them (a lower bound: the tiers
    count at least what was billed on this contract); with neither, nothing is known: 0.
    """
    if client_id is not None:
        whose = Transaction.client == client_id
    elif contract_id is not None:
        whose = Transaction.contract == contract_id
    else:
        return ZERO
    query = Transaction.select(fn.COALESCE(fn.SUM(Transaction.gross), 0)).where(
        whose & Transaction.kind.in_(EARNING_KINDS) & (Transaction.occurred_at <= before))
    if exclude_id is not None:
        query = query.where(Transaction.id != exclude_id)
    cents = query.scalar() or 0
    return max(Decimal(cents) / 100, ZERO)


class FeeTerms(Protocol):
    """What a contract's fee depends on: a Contract, or a contracts.ContractRow."""

    @property
    def fee_percent(self) -> str | None: ...
    @property
    def start_at(self) -> datetime | None: ...


def contract_rate(contract: FeeTerms | None) -> Decimal | None:
    if contract is None or not contract.fee_percent:
        return None
    return Decimal(contract.fee_percent)


def contract_start(contract: FeeTerms | None) -> datetime | None:
    """When the contract started (its fee regime depends on it); None when unknown."""
    return contract.start_at if contract is not None else None


def fee_assumed(contract: FeeTerms | None, on: date | datetime) -> bool:
    """True when the fee on a payment of this contract on ``on`` rests on the assumed 10%
    (a 2025+ per-contract fee nobody recorded): show it as an assumption, never as a fact."""
    if contract is not None and contract.fee_percent:
        return False
    regime = fee_rules.regime_on(on, contract_start=contract_start(contract))
    return regime.kind == "variable"


# ---------------------------------------------------------------------------------------------
# Writing

def _description(text: str, code: LedgerCode | None, params: dict | None) -> dict:
    """A row's description columns: the user's text as typed, or a code with its parameters
    and its English sentence (what the export, the CLI and the text search read)."""
    if code is None:
        return {"description": (text or "").strip()}
    params = {name: value for name, value in (params or {}).items()
              if value is not None and value != ""}
    return {"description": english_description(code, params).strip(),
            "description_code": str(code), "description_params": params}


def check_earning(kind: str, gross: Decimal) -> Decimal:
    """The refusals of record_earning that need no database (the kind, the sign of the
    amount): the dialog checks an earning kept while the workspace server is away with them
    too. Returns the gross rounded to the cent."""
    if kind not in EARNING_KINDS:
        raise PaymentError(Code.PAYMENT_EARNING_KIND, value=str(kind),
                           choices=", ".join(EARNING_KINDS))
    gross = _money(gross, "gross")
    if kind == TransactionKind.REFUND and gross >= 0:
        raise PaymentError(Code.PAYMENT_REFUND_POSITIVE)
    if kind != TransactionKind.REFUND and gross < 0:
        raise PaymentError(Code.PAYMENT_NEGATIVE, payment_kind=kind)
    return gross


def record_earning(*, kind: str, gross: Decimal, occurred_at: datetime,
                   contract_id: int | None = None, client_id: int | None = None,
                   milestone_id: int | None = None, week_start_on: date | None = None,
                   minutes: int | None = None, description: str = "",
                   description_code: LedgerCode | None = None,
                   description_params: dict | None = None,
                   fee_percent: Decimal | None = None,
                   now: datetime | None = None) -> Transaction:
    """Book money a client paid (or took back): fee, net, availability and status computed.

    ``kind``: 'hourly' (``occurred_at`` in the work week, or pass ``week_start_on``),
    'fixed_price', 'bonus', or 'refund' (negative ``gross``). The service fee follows the regime
    of the occurred date, the client's lifetime billings before it and the contract's own rate
    (2025+), unless ``fee_percent`` overrides the contract's. Runs inside the caller's
    transaction if there is one. The status (in review, pending, available) is as of ``now``
    (the app's clock when not given). A line the app words itself is ``description_code`` with
    its parameters (models.payments.LedgerCode); ``description`` is then its English.
    """
    gross = check_earning(kind, gross)
    occurred_at = to_utc(occurred_at)
    with db.atomic():
        contract = Contract.get_or_none(Contract.id == contract_id) if contract_id else None
        if contract_id and contract is None:
            raise PaymentError(Code.CONTRACT_NOT_FOUND, id=contract_id)
        if client_id is None and contract is not None:
            client_id = contract.client_id
        if milestone_id and not ContractMilestone.get_or_none(ContractMilestone.id == milestone_id):
            raise PaymentError(Code.MILESTONE_NOT_FOUND, id=milestone_id)
        rate = fee_percent if fee_percent is not None else contract_rate(contract)
        try:
            breakdown = fee_rules.service_fee(
                gross, on=occurred_at,
                prior_billings=prior_billings(client_id, occurred_at, contract_id=contract_id),
                contract_rate=rate, contract_start=contract_start(contract))
        except fee_rules.FeeError as exc:
            raise PaymentError(exc.code, **exc.params) from None
        if kind == TransactionKind.HOURLY and week_start_on is None:
            week_start_on = payout.hourly_week(occurred_at).week_start.date()
        available, review_ends = schedule(kind, occurred_at, week_start_on)
        row = Transaction.create(
            kind=kind, occurred_at=occurred_at, available_on=available,
            status=status_on(kind, available, to_utc(now or clock.now()).date(), review_ends),
            gross=breakdown.gross, fee=breakdown.fee, net=breakdown.net,
            **_description(description, description_code, description_params),
            contract=contract_id, client=client_id,
            milestone=milestone_id, week_start_on=week_start_on, minutes=minutes,
            source="contract" if contract_id else "manual")
    events.changed(AREA, [row.id])
    return row


def client_for(client_id: int | None, name: str = "") -> int | None:
    """The client an earning kept while the workspace server was away names: the id the window
    had read, while that client exists; else the client of that name (made when new)."""
    from desktop.services import clients

    if client_id is not None and Client.get_or_none(Client.id == client_id) is not None:
        return client_id
    return clients.get_or_create(name).id if (name or "").strip() else None


def reprice_contract(contract_id: int) -> int:
    """Work the service fee out again on the earnings of a contract whose fee the app computed
    (entered here, billed from the timer, or from a Weekly Summary), after the user recorded the
    contract's real fee or start. A statement's fee rows are Upwork's own and stay as they are.
    Runs inside the caller's transaction if there is one; returns how many rows changed."""
    changed: list[int] = []
    with db.atomic():
        contract = Contract.get_by_id(contract_id)
        rate, start = contract_rate(contract), contract_start(contract)
        rows = (Transaction.select()
                .where((Transaction.contract == contract_id)
                       & Transaction.kind.in_(EARNING_KINDS)
                       & ((Transaction.source != "import")
                          | Transaction.ext_ref.startswith("ws:")))
                .order_by(Transaction.occurred_at, Transaction.id))
        weeks: dict[date, tuple[Decimal, Decimal]] = {}  # week -> (billed before, so far)
        for row in rows:
            if (row.kind == TransactionKind.HOURLY and row.week_start_on
                    and (row.ext_ref or "").startswith("ws:")):
                # A Weekly Summary day: its share of the week's one invoice (see statement_import).
                week_begins = datetime.combine(row.week_start_on, time(0), tzinfo=UTC)
                prior, so_far = weeks.get(row.week_start_on, (prior_billings(
                    row.client_id, week_begins - _ONE_SECOND, contract_id=contract_id), ZERO))
                billed_on = noon_utc(row.week_start_on + _ONE_WEEK)

                def invoice(total: Decimal, prior=prior, billed_on=billed_on) -> Decimal:
                    return fee_rules.service_fee(total, on=billed_on, prior_billings=prior,
                                                 contract_rate=rate, contract_start=start).fee

                fee = invoice(so_far + row.gross) - invoice(so_far)
                weeks[row.week_start_on] = (prior, so_far + row.gross)
            else:
                prior = prior_billings(row.client_id, row.occurred_at, exclude_id=row.id,
                                       contract_id=contract_id)
                if row.gross < 0:  # a refund: the billings before it include what it takes back
                    prior = max(prior, -row.gross)
                fee = fee_rules.service_fee(row.gross, on=row.occurred_at, prior_billings=prior,
                                            contract_rate=rate, contract_start=start).fee
            if fee != row.fee:
                row.fee, row.net = fee, row.gross - fee
                row.save(only=[Transaction.fee, Transaction.net])
                changed.append(row.id)
    if changed:
        events.changed(AREA, changed)
    return len(changed)


def check_expense(kind: str, amount: Decimal) -> Decimal:
    """The refusals of record_expense that need no database; the amount rounded to the cent."""
    if kind not in EXPENSE_KINDS:
        raise PaymentError(Code.PAYMENT_EXPENSE_KIND, value=str(kind),
                           choices=", ".join(EXPENSE_KINDS))
    amount = _money(amount, "amount")
    if amount <= 0:
        raise PaymentError(Code.EXPENSE_NOT_POSITIVE)
    return amount


def record_expense(*, kind: str, amount: Decimal, occurred_at: datetime,
                   description: str = "", description_code: LedgerCode | None = None,
                   description_params: dict | None = None) -> Transaction:
    """Book a business cost (Connects bought, membership…): ``amount`` is the positive price;
    the row's gross and net are its negative."""
    amount = check_expense(kind, amount)
    occurred_at = to_utc(occurred_at)
    with db.atomic():
        row = Transaction.create(
            kind=kind, occurred_at=occurred_at, available_on=utc_date(occurred_at),
            status="available", gross=-amount, fee=ZERO, net=-amount,
            **_description(description, description_code, description_params),
            source="manual")
    events.changed(AREA, [row.id])
    return row


def _waiting():
    return (Transaction.select()
            .where(Transaction.status.in_(("in_review", "pending"))
                   & (Transaction.parent.is_null()))
            .order_by(Transaction.id))


def _next_status(row: Transaction, today: date) -> str | None:
    """The status `row` has moved on to by `today`, or None if it has not moved."""
    review_ends = None
    if row.kind == "hourly" and row.source != "import":
        review_ends = payout.hourly_week(row.week_start_on or row.occurred_at).review_ends.date()
    status = status_on(row.kind, row.available_on, today, review_ends)
    return status if STATUSES.index(status) > STATUSES.index(row.status) else None


def refresh_statuses(today: date | None = None) -> int:
    """Move in-review and pending rows forward as their dates pass; returns how many moved.

    Looks first without a write transaction: usually nothing moves, and then it takes no lock
    (an import in another process may be writing)."""
    today = today or today_utc()
    if not any(_next_status(row, today) for row in _waiting()):
        return 0
    moved: list[int] = []
    with db.atomic():
        for row in _waiting():
            status = _next_status(row, today)
            if status is not None:
                row.status = status
                row.save(only=[Transaction.status])
                moved.append(row.id)
                # A linked service fee leaves the balance with its payment.
                children = Transaction.update(status=status).where(
                    (Transaction.parent == row.id)
                    & (Transaction.kind == TransactionKind.SERVICE_FEE))
                children.execute()
    if moved:
        events.changed(AREA, moved)
    return len(moved)


def update_transaction(tx_id: int, **changes) -> Transaction:
    """Edit a row's description, client, contract or date-free details (amounts of imported
    rows are the statement's and stay as they are)."""
    allowed = {"description", "client_id", "contract_id"}
    unknown = set(changes) - allowed
    if unknown:
        raise PaymentError(Code.PAYMENT_CANNOT_CHANGE, fields=", ".join(sorted(unknown)))
    with db.atomic():
        row = Transaction.get_or_none(Transaction.id == tx_id)
        if row is None:  # deleted meanwhile (an edit kept while the workspace server was away)
            raise PaymentError(Code.PAYMENT_GONE, id=tx_id)
        contract_id = changes.get("contract_id")
        if contract_id and Contract.get_or_none(Contract.id == contract_id) is None:
            raise PaymentError(Code.CONTRACT_NOT_FOUND, id=contract_id)
        if "description" in changes:
            text = (changes["description"] or "").strip()
            if text != row.description:  # the user's own words now
                row.description = text
                row.description_code = row.description_params = None
        if "client_id" in changes:
            row.client_id = changes["client_id"]
        if "contract_id" in changes:
            row.contract_id = changes["contract_id"]
            if changes["contract_id"] and row.client_id is None:
                row.client_id = Contract.get_by_id(changes["contract_id"]).client_id
        row.save()
        # A service fee belongs to the same client and contract as its payment.
        Transaction.update(client=row.client_id, contract=row.contract_id).where(
            Transaction.parent == row.id).execute()
    events.changed(AREA, [tx_id])
    return row


def delete_transactions(ids: list[int]) -> list[dict]:
    """Delete rows (and the fee rows that hang off them); returns snapshots for undo."""
    with db.atomic():
        query = Transaction.select().where(Transaction.id.in_(ids) | Transaction.parent.in_(ids))
        snapshots = list(dicts(query.order_by(Transaction.id)))
        gone = [snap["id"] for snap in snapshots]
        Transaction.delete().where(Transaction.id.in_(gone)).execute()
    events.changed(AREA, gone)
    return snapshots


_LINKS = {"contract": Contract, "client": Client, "milestone": ContractMilestone}


def restore_transactions(snapshots: list[dict]) -> None:
    """Put deleted rows back with their ids (the undo of ``delete_transactions``), all or
    none. Refused (PAYMENT_BACK_ALREADY) when one of them is in the ledger again: put back
    meanwhile (another window's undo), or imported again from a statement (the same ref)."""
    from models.payments import WithdrawalMethod

    links = {**_LINKS, "withdrawal_method": WithdrawalMethod}
    ids = [snap["id"] for snap in snapshots]
    refs = [snap["ext_ref"] for snap in snapshots if snap.get("ext_ref")]
    with db.atomic():
        there = Transaction.id.in_(ids)
        if refs:
            there |= Transaction.ext_ref.in_(refs)
        found = Transaction.select(Transaction.id).where(there).order_by(Transaction.id).first()
        if found is not None:
            raise PaymentError(Code.PAYMENT_BACK_ALREADY, id=found.id)
        # Payments before their fee rows, so a fee's parent exists when it is inserted.
        for snap in sorted(snapshots, key=lambda s: (s["parent"] is not None, s["id"])):
            data = dict(snap)
            for name, model in links.items():
                if data[name] is not None and model.get_or_none(model.id == data[name]) is None:
                    data[name] = None  # removed meanwhile: keep the money, drop the link
            Transaction.insert(**data).execute()
    events.changed(AREA, [snap["id"] for snap in snapshots])


def snapshots_plain(snapshots: list[dict]) -> list[dict]:
    """Deleted rows' snapshots (``delete_transactions``) as plain JSON, to be kept in the
    outbox until the server is back (``snapshots_from_plain`` reads them back)."""
    def plain(value):
        if isinstance(value, date | datetime):
            return value.isoformat()
        return str(value) if isinstance(value, Decimal) else value

    return [{name: plain(value) for name, value in snap.items()} for snap in snapshots]


def snapshots_from_plain(rows: list[dict]) -> list[dict]:
    """Snapshots kept as plain JSON, as ``restore_transactions`` takes them."""
    fields = Transaction._meta.fields

    def typed(name: str, value):
        field = fields.get(name)
        if value is None or field is None:
            return value
        if isinstance(field, UtcDateTimeField):
            return datetime.fromisoformat(value)
        if isinstance(field, DateField):
            return date.fromisoformat(value)
        return Decimal(value) if isinstance(field, MoneyField) else value

    return [{name: typed(name, value) for name, value in row.items()} for row in rows]


# ---------------------------------------------------------------------------------------------
# Reading (the ledger view, CSV export and reports share one filter)

@dataclass(frozen=True)
class LedgerFilter:
    start: date | None = None        # first UTC day (inclusive)
    end: date | None = None          # last UTC day (inclusive)
    client_id: int | None = None
    contract_id: int | None = None
    kinds: tuple[str, ...] = ()      # empty: every kind
    statuses: tuple[str, ...] = ()
    text: str = ""                   # matches description, client, contract, ref
    # per word of ``text``: the LedgerCodes whose line, as the user reads it, holds that word
    # (the description column holds the English; ui/ finds the codes for the user's language)
    text_codes: tuple[tuple[str, ...], ...] = ()


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def ledger_query(flt: LedgerFilter | None = None):
    """A SELECT over Transaction (joined to client and contract) with the filter applied in SQL."""
    flt = flt or LedgerFilter()
    query = (Transaction.select(Transaction.id)
             .join(Client, JOIN.LEFT_OUTER, on=(Transaction.client == Client.id))
             .switch(Transaction)
             .join(Contract, JOIN.LEFT_OUTER, on=(Transaction.contract == Contract.id))
             .switch(Transaction))
    if flt.start:
        query = query.where(Transaction.occurred_at >= _day_start(flt.start))
    if flt.end:
        query = query.where(Transaction.occurred_at < _day_start(flt.end) + _ONE_DAY)
    if flt.client_id:
        query = query.where(Transaction.client == flt.client_id)
    if flt.contract_id:
        query = query.where(Transaction.contract == flt.contract_id)
    if flt.kinds:
        query = query.where(Transaction.kind.in_(flt.kinds))
    if flt.statuses:
        query = query.where(Transaction.status.in_(flt.statuses))
    for n, word in enumerate(flt.text.split()):
        like = f"%{word}%"
        match = (Transaction.description ** like | Client.name ** like
                 | Contract.title ** like | Transaction.ext_ref ** like)
        codes = flt.text_codes[n] if n < len(flt.text_codes) else ()
        if codes:
            match = match | Transaction.description_code.in_(codes)
        query = query.where(match)
    return query


_ONE_DAY = datetime(2000, 1, 2) - datetime(2000, 1, 1)
_ONE_WEEK = 7 * _ONE_DAY
_ONE_SECOND = _ONE_DAY / 86400


def totals(flt: LedgerFilter | None = None) -> tuple[int, Decimal, Decimal, Decimal]:
    """(count, billed, fees, net) of the filtered rows, summed in SQL: ``billed`` is the gross
    of earnings only (withdrawals and costs are not billings), ``fees`` every fee, ``net`` the
    change to the balance."""
    sub = ledger_query(flt)
    billed = fn.SUM(Case(None, [(Transaction.kind.in_(EARNING_KINDS), Transaction.gross)], 0))
    row = first_tuple(Transaction.select(fn.COUNT(Transaction.id), fn.COALESCE(billed, 0),
                                         fn.COALESCE(fn.SUM(Transaction.fee), 0),
                                         fn.COALESCE(fn.SUM(Transaction.net), 0))
                      .where(Transaction.id.in_(sub)))
    count, gross, fee, net = row
    return count, Decimal(gross) / 100, Decimal(fee) / 100, Decimal(net) / 100


def linked_fee(tx_id: int) -> Decimal:
    """Service fees booked as separate rows against a payment (statement imports)."""
    cents = (Transaction.select(fn.COALESCE(fn.SUM(Transaction.fee), 0))
             .where((Transaction.parent == tx_id)
                    & (Transaction.kind == TransactionKind.SERVICE_FEE))
             .scalar())
    return Decimal(cents or 0) / 100


# -- the ledger as the Payments tab reads it --------------------------------------------------
@dataclass(frozen=True)
class LedgerRow:
    """One transaction as the ledger shows it, with the names it points at (a typed row: ui/
    reads the ledger through these, never through the model)."""

    id: int
    kind: str
    status: str
    occurred_at: datetime
    available_on: date | None
    gross: Decimal
    fee: Decimal
    net: Decimal
    local_amount: Decimal | None
    local_currency: str | None
    exchange_rate: str | None
    description: str  # English when the app worded it (then description_code says it)
    ext_ref: str | None
    minutes: int | None
    client_id: int | None
    contract_id: int | None
    client: str  # the client's name, "" without one
    contract: str  # the contract's title, "" without one
    parent_ref: str | None  # the payment a fee row was taken from
    parent_kind: str | None
    linked_fee: Decimal  # service fees booked on their own rows against this one
    currency: str = "USD"
    description_code: str | None = None  # LedgerCode: ui/messages.ledger() says it
    description_params: dict | None = None
    parent_id: int | None = None  # the payment a fee row hangs off (deleted with it)


# sort keys of ledger_ids() -> the column they sort by
LEDGER_SORTS: dict[str, Field] = {
    "date": Transaction.occurred_at, "kind": Transaction.kind,
    "description": Transaction.description, "client": Client.name, "contract": Contract.title,
    "status": Transaction.status, "available_on": Transaction.available_on,
    "gross": Transaction.gross, "fee": Transaction.fee, "net": Transaction.net,
    "local": Transaction.local_amount,
}


def ledger_ids(flt: LedgerFilter | None, sort: str = "date", descending: bool = True, *,
               says: Callable[[str, str | None, dict | None], str] | None = None
               ) -> list[int]:
    """Ids of the transactions matching `flt`, in the order of `sort` (a LEDGER_SORTS key);
    ties fall back to the id so the order is stable. `says` (description, code, params) → the
    line as the user reads it (ui's messages.ledger, in a language other than English): the
    lines the app worded are stored in English with a code, so sorting by Description in
    that language orders by what `says` gives them, not by the stored English."""
    if sort == "description" and says is not None:
        rows = tuples(ledger_query(flt).select(
            Transaction.id, Transaction.description, Transaction.description_code,
            Transaction.description_params))
        keyed = sorted(((says(text or "", code, params) if code else (text or ""), tx_id)
                        for tx_id, text, code, params in rows), reverse=descending)
        return [tx_id for _, tx_id in keyed]
    key = LEDGER_SORTS[sort]
    query = ledger_query(flt).order_by(
        key.desc(nulls="LAST") if descending else key.asc(nulls="LAST"),
        Transaction.id.desc() if descending else Transaction.id.asc())
    return [tx_id for (tx_id,) in tuples(query)]


def ledger_rows(ids: list[int]) -> dict[int, LedgerRow]:
    """The ledger rows of these ids (two queries, whatever their number up to SQLite's limit:
    the rows, and the service fees booked on rows of their own against them, added up in one
    pass — a subquery per row scanned the whole ledger once per row, as parent_id has no index:
    14 s for a page of 200 rows of a 100,000-row ledger)."""
    parent = Transaction.alias()
    child = Transaction.alias()
    linked: dict[int, int] = dict(tuples(
        child.select(child.parent, fn.SUM(child.fee).coerce(False))
        .where(child.parent.in_(ids) & (child.kind == TransactionKind.SERVICE_FEE))
        .group_by(child.parent)))
    query = (Transaction
             .select(Transaction, Client.name.alias("client_name"),
                     Contract.title.alias("contract_title"),
                     parent.ext_ref.alias("parent_ref"), parent.kind.alias("parent_kind"))
             .join(Client, JOIN.LEFT_OUTER, on=(Transaction.client == Client.id))
             .switch(Transaction)
             .join(Contract, JOIN.LEFT_OUTER, on=(Transaction.contract == Contract.id))
             .switch(Transaction)
             .join(parent, JOIN.LEFT_OUTER, on=(Transaction.parent == parent.id))
             .where(Transaction.id.in_(ids)))
    return {tx["id"]: LedgerRow(
        id=tx["id"], kind=tx["kind"], status=tx["status"], occurred_at=tx["occurred_at"],
        available_on=tx["available_on"], gross=tx["gross"], fee=tx["fee"], net=tx["net"],
        local_amount=tx["local_amount"], local_currency=tx["local_currency"],
        exchange_rate=tx["exchange_rate"], description=tx["description"],
        ext_ref=tx["ext_ref"], minutes=tx["minutes"], client_id=tx["client"],
        contract_id=tx["contract"], client=tx["client_name"] or "",
        contract=tx["contract_title"] or "", parent_ref=tx["parent_ref"],
        parent_kind=tx["parent_kind"],
        linked_fee=from_cents(linked.get(tx["id"]) or 0), currency=tx["currency"],
        description_code=tx["description_code"], description_params=tx["description_params"],
        parent_id=tx["parent"])
        for tx in dicts(query)}


def has_transactions() -> bool:
    """True once the ledger holds any row (the Payments tab shows its empty state until then)."""
    return Transaction.select().exists()


def contract_transactions(contract_id: int) -> list[LedgerRow]:
    """A contract's ledger rows, newest first (its Payments page)."""
    ids = [tx_id for (tx_id,) in tuples(
        Transaction.select(Transaction.id).where(Transaction.contract == contract_id)
        .order_by(Transaction.occurred_at.desc()))]
    rows = ledger_rows(ids)
    return [rows[tx_id] for tx_id in ids]


# -- what the earning, cost and withdrawal dialogs work from ----------------------------------
@dataclass(frozen=True)
class ContractTerms:
    """A contract as the earning dialog needs it: its client, hourly rate and fee terms."""

    id: int
    title: str
    client_id: int | None
    rate: Decimal | None
    fee_percent: str | None
    start_at: datetime | None


@dataclass(frozen=True)
class Marks:
    """Running totals, oldest first: ``total[i]`` is the sum of everything at or before
    ``at[i]`` (cents). ``upto(key)`` is the total at or before `key`: a lookup, no query."""

    at: tuple = ()
    total: tuple[int, ...] = ()

    @classmethod
    def of(cls, items) -> Marks:
        """From (key, cents) pairs in any order (keys may repeat)."""
        summed: dict = {}
        for key, cents in items:
            summed[key] = summed.get(key, 0) + int(cents or 0)
        keys = sorted(summed)
        running, totals = 0, []
        for key in keys:
            running += summed[key]
            totals.append(running)
        return cls(tuple(keys), tuple(totals))

    def upto(self, key) -> int:
        index = bisect_right(self.at, key)
        return self.total[index - 1] if index else 0


@dataclass(frozen=True)
class EntryContext:
    """What recording an earning, a cost or a withdrawal needs to know, read once (by the
    Payments tab's refresh, on the database worker): the client and contract pickers, each
    contract's fee terms, the active withdrawal methods, the billings with each client (and
    contract) and the available balance, both as running totals by moment. The dialogs work
    the fee preview and the balance check out of it with the dated rules — no query as the
    user types, and they keep working while a workspace's server is away (what they record
    then goes to the outbox; the service checks it again against the server when it is sent).
    """

    clients: tuple[tuple[str, int], ...] = ()
    contracts: tuple[ContractTerms, ...] = ()
    methods: tuple = ()  # withdrawals.MethodRow, active ones, by name
    by_client: dict[int, Marks] | None = None  # earnings' gross by occurred_at
    by_contract: dict[int, Marks] | None = None
    settled: Marks = Marks()  # net by available_on

    def contract(self, contract_id: int | None) -> ContractTerms | None:
        return next((c for c in self.contracts if c.id == contract_id), None) \
            if contract_id else None

    def method(self, method_id: int | None):
        return next((m for m in self.methods if m.id == method_id), None) \
            if method_id else None

    def prior_billings(self, client_id: int | None, before: datetime, *,
                       contract_id: int | None = None) -> Decimal:
        """:func:`prior_billings` as of the read, as the fee rules read them: the client's
        lifetime billings up to `before` (the contract's without a client). Only a tiered fee
        reads them, so the read keeps the billings up to the last day one was in force
        (BILLINGS_READ_UNTIL): exact up to then; after it, the billings up to that day."""
        if client_id is not None:
            marks = (self.by_client or {}).get(client_id)
        elif contract_id is not None:
            marks = (self.by_contract or {}).get(contract_id)
        else:
            return ZERO
        cents = marks.upto(to_utc(before)) if marks is not None else 0
        return max(from_cents(cents), ZERO)

    def available_on(self, day: date) -> Decimal:
        """The available balance on `day` as of the read (reports.balances(day).available)."""
        return from_cents(self.settled.upto(day))


def _billings_read_until() -> datetime | None:
    """The end of the last day a fee that reads lifetime billings (a tiered one) was in force;
    None when one still is (then every billing counts)."""
    ends = [regime.end for regime in fee_rules.FEE_REGIMES if regime.kind == "tiered"]
    if not ends or None in ends:
        return None
    return _day_start(max(end for end in ends if end is not None)) + _ONE_DAY


# Billings after this moment change no fee the rules work out (see EntryContext.prior_billings):
# a ledger of today's payments reads none of them for the dialogs.
BILLINGS_READ_UNTIL = _billings_read_until()


def entry_context() -> EntryContext:
    """Read what the dialogs work from (see EntryContext): four grouped queries."""
    from desktop.services import withdrawals

    clients = tuple((name, cid) for cid, name in tuples(
        Client.select(Client.id, Client.name).order_by(fn.lower(Client.name))))
    contracts = tuple(ContractTerms(*row) for row in tuples(
        Contract.select(Contract.id, Contract.title, Contract.client, Contract.rate,
                        Contract.fee_percent, Contract.start_at).order_by(Contract.title)))
    earnings = Transaction.kind.in_(EARNING_KINDS)
    if BILLINGS_READ_UNTIL is not None:
        earnings &= Transaction.occurred_at < BILLINGS_READ_UNTIL
    billed = list(tuples(
        Transaction.select(Transaction.client, Transaction.contract, Transaction.occurred_at,
                           fn.SUM(Transaction.gross).coerce(False))
        .where(earnings)
        .group_by(Transaction.client, Transaction.contract, Transaction.occurred_at)))
    by_client: dict[int, list] = {}
    by_contract: dict[int, list] = {}
    for client_id, contract_id, occurred_at, cents in billed:
        if client_id is not None:
            by_client.setdefault(client_id, []).append((occurred_at, cents))
        if contract_id is not None:
            by_contract.setdefault(contract_id, []).append((occurred_at, cents))
    settled = Marks.of(tuples(
        Transaction.select(Transaction.available_on, fn.SUM(Transaction.net).coerce(False))
        .where(Transaction.available_on.is_null(False))
        .group_by(Transaction.available_on)))
    return EntryContext(
        clients=clients, contracts=contracts, methods=tuple(withdrawals.methods()),
        by_client={key: Marks.of(items) for key, items in by_client.items()},
        by_contract={key: Marks.of(items) for key, items in by_contract.items()},
        settled=settled)

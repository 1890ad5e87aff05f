"""Withdrawal methods (with editable fee rules) and withdrawals from the Upwork balance.

A method's fee is ``fee_fixed + amount × fee_percent``, kept within ``fee_min``/``fee_max`` and
rounded to the cent. A new method can be used ``activation_days`` after it is added (Upwork's
security hold); withdrawals dated before the method was added are history and allowed.
Account numbers go to the keyring (desktop.secrets); the database keeps the last four digits.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop import clock, events, secrets
from desktop.errors import Code
from desktop.services import db
from desktop.services.payments import AREA, PaymentError
from models.payments import (
    METHOD_KINDS,
    METHOD_LABELS,
    LedgerCode,
    Transaction,
    WithdrawalMethod,
    english_description,
)
from models.rules.money import format_money, round_cents
from models.rules.weeks import to_utc, utc_date

ZERO = Decimal(0)


@dataclass(frozen=True)
class MethodPreset:
    """Upwork's published fee for a method kind; a starting point the user can edit."""

    fee_fixed: Decimal
    fee_percent: Decimal = ZERO
    fee_min: Decimal | None = None
    fee_max: Decimal | None = None
    activation_days: int = 3
    currency: str = "USD"
    note: str = ""


# Upwork help centre ("Withdrawal methods and fees"), as summarised in DESIGN.md. The wire fee was
# $30 and later $50; PayPal and Payoneer add their own charges on their side.
PRESETS: dict[str, MethodPreset] = {
    "ach": MethodPreset(ZERO, note="free to US bank accounts"),
    "local_bank": MethodPreset(Decimal("0.99"), note="$0.99 per withdrawal"),
    "wire": MethodPreset(Decimal("50"), note="$50 per wire (was $30); intermediary banks may "
                         "charge more"),
    "instant": MethodPreset(Decimal("2"), activation_days=3, note="$2 per instant withdrawal"),
    "paypal": MethodPreset(Decimal("2"), note="$2 per withdrawal; PayPal may charge on top"),
    "payoneer": MethodPreset(Decimal("2"), note="$2 per withdrawal; Payoneer may charge on top"),
    "other": MethodPreset(ZERO),
}


@dataclass(frozen=True)
class MethodRow:
    """A withdrawal method as read for display and fee estimates (a typed row, not the model)."""

    id: int
    name: str
    kind: str  # MethodKind
    currency: str
    fee_fixed: Decimal
    fee_percent: str
    fee_min: Decimal | None
    fee_max: Decimal | None
    activation_days: int
    added_at: datetime
    last4: str | None
    active: bool


def _method_row(m: WithdrawalMethod) -> MethodRow:
    return MethodRow(m.id, m.name, m.kind, m.currency, m.fee_fixed, m.fee_percent, m.fee_min,
                     m.fee_max, m.activation_days, m.added_at, m.last4, m.active)


Method = WithdrawalMethod | MethodRow  # the fee rules read either


def fee_for(method: Method, amount: Decimal) -> Decimal:
    """Upwork's fee for withdrawing ``amount`` with ``method``."""
    fee = method.fee_fixed + amount * Decimal(method.fee_percent or "0") / 100
    if method.fee_min is not None:
        fee = max(fee, method.fee_min)
    if method.fee_max is not None:
        fee = min(fee, method.fee_max)
    return round_cents(max(fee, ZERO))


def usable_from(method: Method) -> datetime:
    return method.added_at + timedelta(days=method.activation_days)


def describe_fee(method: Method) -> str:
    parts = []
    if method.fee_fixed:
        parts.append(format_money(method.fee_fixed))
    percent = Decimal(method.fee_percent or "0")
    if percent:
        parts.append(f"{percent.normalize():f}%")
    text = " + ".join(parts) or "free"
    if method.fee_min is not None:
        text += f", at least {format_money(method.fee_min)}"
    if method.fee_max is not None:
        text += f", at most {format_money(method.fee_max)}"
    return text


def _check(kind: str, name: str, fee_percent: Decimal, activation_days: int) -> None:
    if kind not in METHOD_KINDS:
        raise PaymentError(Code.METHOD_UNKNOWN_KIND, value=str(kind))
    if not name.strip():
        raise PaymentError(Code.METHOD_NO_NAME)
    if not ZERO <= fee_percent <= 100:
        raise PaymentError(Code.METHOD_FEE_PERCENT)
    if activation_days < 0:
        raise PaymentError(Code.METHOD_ACTIVATION_NEGATIVE)


def add_method(*, name: str, kind: str, currency: str = "USD",
               fee_fixed: Decimal | None = None, fee_percent: Decimal | None = None,
               fee_min: Decimal | None = None, fee_max: Decimal | None = None,
               activation_days: int | None = None, details: dict[str, str] | None = None,
               added_at: datetime | None = None) -> WithdrawalMethod:
    """Add a method; fees default to Upwork's for its kind. ``details`` (account number…) go to
    the keyring only."""
    preset = PRESETS.get(kind, PRESETS["other"])
    fee_fixed = preset.fee_fixed if fee_fixed is None else round_cents(fee_fixed)
    fee_percent = preset.fee_percent if fee_percent is None else Decimal(fee_percent)
    activation_days = preset.activation_days if activation_days is None else activation_days
    _check(kind, name, fee_percent, activation_days)
    details = details or {}
    with db.atomic():
        method = WithdrawalMethod.create(
            name=name.strip(), kind=kind, currency=(currency or "USD").upper(),
            fee_fixed=fee_fixed, fee_percent=str(fee_percent),
            fee_min=fee_min if fee_min is None else round_cents(fee_min),
            fee_max=fee_max if fee_max is None else round_cents(fee_max),
            activation_days=activation_days, added_at=to_utc(added_at) if added_at else clock.now(),
            last4=secrets.last_four(details.get("account_number", "")) or None)
        # Inside the transaction: if the keyring refuses, the method is not added either.
        secrets.store_payout_details(method.id, details)
    events.changed(AREA, [])
    return method


def update_method(method_id: int, *, details: dict[str, str] | None = None,
                  **fields) -> WithdrawalMethod:
    """Change a method's name, fees, currency or activation; ``details`` replaces the keyring
    entry when given (None leaves it as it is)."""
    allowed = {"name", "kind", "currency", "fee_fixed", "fee_percent", "fee_min", "fee_max",
               "activation_days", "active"}
    unknown = set(fields) - allowed
    if unknown:
        raise PaymentError(Code.METHOD_CANNOT_CHANGE, fields=", ".join(sorted(unknown)))
    with db.atomic():
        method = WithdrawalMethod.get_by_id(method_id)
        for key, value in fields.items():
            if key == "fee_percent":
                value = str(Decimal(value))
            elif key in {"fee_fixed", "fee_min", "fee_max"} and value is not None:
                value = round_cents(value)
            elif key == "currency":
                value = (value or "USD").upper()
            setattr(method, key, value)
        _check(method.kind, method.name, Decimal(method.fee_percent), method.activation_days)
        if details is not None:
            method.last4 = secrets.last_four(details.get("account_number", "")) or None
            secrets.store_payout_details(method.id, details)
        method.save()
    events.changed(AREA, [])
    return method


def set_active(method_id: int, active: bool) -> None:
    """Retire a method (its withdrawals keep pointing at it) or bring it back."""
    with db.atomic():
        WithdrawalMethod.update(active=active).where(WithdrawalMethod.id == method_id).execute()
    events.changed(AREA, [])


def methods(*, include_retired: bool = False) -> list[MethodRow]:
    query = WithdrawalMethod.select().order_by(WithdrawalMethod.name)
    if not include_retired:
        query = query.where(WithdrawalMethod.active == True)  # noqa: E712 - peewee expression
    return [_method_row(m) for m in query]


def label(method: Method) -> str:
    tail = f" {secrets.mask(method.last4)}" if method.last4 else ""
    return f"{method.name} ({METHOD_LABELS.get(method.kind, method.kind)}){tail}"


def _coded(code: LedgerCode, params: dict) -> dict:
    """A ledger line the app words itself: code, parameters and its English."""
    params = {name: value for name, value in params.items() if value}
    return {"description": english_description(code, params), "description_code": str(code),
            "description_params": params}


def _described(text: str, method: Method) -> dict:
    """A withdrawal's description: the user's words, or the method it went to."""
    if text.strip():
        return {"description": text.strip()}
    return _coded(LedgerCode.WITHDRAWAL, {"method": method.name, "method_kind": method.kind,
                                          "last4": method.last4})


def check_withdrawal(method: Method, amount: Decimal, occurred_at: datetime, *,
                     fee: Decimal | None = None, available: Decimal | None = None
                     ) -> tuple[Decimal, Decimal]:
    """The refusals of record_withdrawal, given the method and (to check the balance) the
    available balance on the day: no database. The dialog checks a withdrawal kept while the
    workspace server is away with them too. Returns the amount and the fee, to the cent."""
    amount = round_cents(Decimal(amount))
    if amount <= 0:
        raise PaymentError(Code.WITHDRAWAL_NOT_POSITIVE)
    occurred_at = to_utc(occurred_at)
    if method.added_at <= occurred_at < usable_from(method):
        raise PaymentError(
            Code.WITHDRAWAL_HOLD, name=method.name, added=method.added_at.date(),
            usable=usable_from(method).date(), days=method.activation_days)
    fee = fee_for(method, amount) if fee is None else round_cents(Decimal(fee))
    if fee < 0:
        raise PaymentError(Code.WITHDRAWAL_FEE_NEGATIVE)
    if available is not None and amount + fee > available:
        raise PaymentError(Code.WITHDRAWAL_OVER_BALANCE, total=amount + fee, fee=fee,
                           available=available)
    return amount, fee


def record_withdrawal(*, method_id: int, amount: Decimal, occurred_at: datetime,
                      fee: Decimal | None = None, local_amount: Decimal | None = None,
                      local_currency: str | None = None, exchange_rate: Decimal | None = None,
                      description: str = "", check_balance: bool = True) -> Transaction:
    """Book a withdrawal of ``amount`` USD (positive) and its fee as a linked row.

    ``fee`` defaults to the method's rule. Give the local-currency amount or the exchange rate
    (local per USD) and the other is worked out. With ``check_balance`` the amount plus fee may
    not exceed the available balance.
    """
    from desktop.services import reports

    amount = round_cents(Decimal(amount))
    if amount <= 0:
        raise PaymentError(Code.WITHDRAWAL_NOT_POSITIVE)
    occurred_at = to_utc(occurred_at)
    with db.atomic():
        method = WithdrawalMethod.get_or_none(WithdrawalMethod.id == method_id)
        if method is None:
            raise PaymentError(Code.METHOD_NOT_FOUND, id=method_id)
        available = reports.balances(today=utc_date(occurred_at)).available \
            if check_balance else None
        amount, fee = check_withdrawal(method, amount, occurred_at, fee=fee,
                                       available=available)
        local_currency = (local_currency or method.currency or "USD").upper()
        if local_currency == "USD":
            local_amount, exchange_rate = None, None
            local_currency = None
        elif local_amount is not None:
            local_amount = round_cents(Decimal(local_amount))
            exchange_rate = exchange_rate or (local_amount / amount).quantize(
                Decimal("0.000001"), ROUND_HALF_UP)
        elif exchange_rate is not None:
            local_amount = round_cents(amount * Decimal(exchange_rate))
        described = _described(description, method)
        row = Transaction.create(
            kind="withdrawal", status="withdrawn", occurred_at=occurred_at,
            available_on=utc_date(occurred_at), gross=-amount, fee=ZERO, net=-amount,
            local_amount=local_amount,  # received, as a positive amount (as statements show)
            local_currency=local_currency,
            exchange_rate=str(exchange_rate) if exchange_rate is not None else None,
            **described, withdrawal_method=method.id, source="manual")
        ids = [row.id]
        if fee:
            charge = Transaction.create(
                kind="withdrawal_fee", status="withdrawn", occurred_at=occurred_at,
                available_on=utc_date(occurred_at), gross=ZERO, fee=fee, net=-fee,
                **_coded(LedgerCode.WITHDRAWAL_FEE, {"method": method.name}),
                withdrawal_method=method.id,
                parent=row.id, source="manual")
            ids.append(charge.id)
    events.changed(AREA, ids)
    return row


def find_method(method_id: int) -> MethodRow | None:
    """The withdrawal method, or None when it was deleted meanwhile."""
    found = WithdrawalMethod.get_or_none(WithdrawalMethod.id == method_id)
    return None if found is None else _method_row(found)

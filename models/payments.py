"""The money ledger, withdrawal methods and the import log."""
from __future__ import annotations

from enum import StrEnum

from peewee import BooleanField, ForeignKeyField, IntegerField, ModelSelect, TextField

from models.base import BaseModel, VersionedModel
from models.clients import Client
from models.contracts import Contract, ContractMilestone
from models.errors import QT_TRANSLATE_NOOP, english_labels
from models.fields import DateField, JSONField, MoneyField, UtcDateTimeField, utcnow


class TransactionKind(StrEnum):
    HOURLY = "hourly"
    FIXED_PRICE = "fixed_price"
    BONUS = "bonus"
    SERVICE_FEE = "service_fee"
    REFUND = "refund"
    WITHDRAWAL = "withdrawal"
    WITHDRAWAL_FEE = "withdrawal_fee"
    CONNECTS = "connects"
    MEMBERSHIP_FEE = "membership_fee"
    PAYMENT = "payment"
    MISC = "misc"


class TransactionStatus(StrEnum):
    IN_REVIEW = "in_review"
    PENDING = "pending"
    AVAILABLE = "available"
    WITHDRAWN = "withdrawn"


class MethodKind(StrEnum):
    ACH = "ach"
    LOCAL_BANK = "local_bank"
    WIRE = "wire"
    INSTANT = "instant"
    PAYPAL = "paypal"
    PAYONEER = "payoneer"
    OTHER = "other"


KINDS = tuple(TransactionKind)
STATUSES = tuple(TransactionStatus)

_K = TransactionKind
# What the client paid for work: these build up lifetime billings with a client (fee tiers).
# Declared here only; everything else imports it.
EARNING_KINDS = (_K.HOURLY, _K.FIXED_PRICE, _K.BONUS, _K.REFUND)
# Money spent to run the business from the Upwork balance or a card.
EXPENSE_KINDS = (_K.CONNECTS, _K.MEMBERSHIP_FEE, _K.MISC)
FEE_KINDS = (_K.SERVICE_FEE, _K.WITHDRAWAL_FEE)

KIND_LABELS = {
    "hourly": QT_TRANSLATE_NOOP("PaymentKind", "Hourly"),
    "fixed_price": QT_TRANSLATE_NOOP("PaymentKind", "Fixed price"),
    "bonus": QT_TRANSLATE_NOOP("PaymentKind", "Bonus"),
    "service_fee": QT_TRANSLATE_NOOP("PaymentKind", "Service fee"),
    "refund": QT_TRANSLATE_NOOP("PaymentKind", "Refund"),
    "withdrawal": QT_TRANSLATE_NOOP("PaymentKind", "Withdrawal"),
    "withdrawal_fee": QT_TRANSLATE_NOOP("PaymentKind", "Withdrawal fee"),
    "connects": QT_TRANSLATE_NOOP("PaymentKind", "Connects"),
    "membership_fee": QT_TRANSLATE_NOOP("PaymentKind", "Membership fee"),
    "payment": QT_TRANSLATE_NOOP("PaymentKind", "Card payment"),
    "misc": QT_TRANSLATE_NOOP("PaymentKind", "Miscellaneous"),
}
english_labels("payment_kind", {k: v.lower() for k, v in KIND_LABELS.items()})
STATUS_LABELS = {
    "in_review": QT_TRANSLATE_NOOP("PaymentStatus", "In review"),
    "pending": QT_TRANSLATE_NOOP("PaymentStatus", "Pending"),
    "available": QT_TRANSLATE_NOOP("PaymentStatus", "Available"),
    "withdrawn": QT_TRANSLATE_NOOP("PaymentStatus", "Withdrawn"),
}

METHOD_KINDS = tuple(MethodKind)
METHOD_LABELS = {
    "ach": QT_TRANSLATE_NOOP("PaymentMethod", "US bank (ACH)"),
    "local_bank": QT_TRANSLATE_NOOP("PaymentMethod", "Direct to local bank"),
    "wire": QT_TRANSLATE_NOOP("PaymentMethod", "US dollar wire"),
    "instant": QT_TRANSLATE_NOOP("PaymentMethod", "Instant pay"),
    "paypal": QT_TRANSLATE_NOOP("PaymentMethod", "PayPal"),
    "payoneer": QT_TRANSLATE_NOOP("PaymentMethod", "Payoneer"),
    "other": QT_TRANSLATE_NOOP("PaymentMethod", "Other"),
}


class LedgerCode(StrEnum):
    """The ledger lines the services write themselves (a bonus, a refund, a week of hourly
    work, a withdrawal and its fee, Connects bought), stored as a code plus parameters in
    ``description_code``/``description_params`` (migration 0016) so the Payments tab says them
    in the user's language (ui/messages.ledger()). ``description`` keeps the English sentence
    (english_description) for the CSV export, the PDF, the CLI and the ledger's text search; a
    description the user typed, or a statement's text, has no code. Parameters, never
    pre-formatted: ``contract`` (its title then) and ``milestone`` (its description), the
    user's own words; ``words`` (a note or reason the user typed with the action); ``minutes``
    (billed, an int); ``week`` (the week's Monday, an ISO day); ``method`` (a withdrawal
    method's name, the user's words), ``method_kind`` (a MethodKind), ``last4`` (the account's
    last digits); ``count`` (Connects, an int); ``remainder_of`` (the milestone a rolled-over
    remainder came from)."""

    HOURLY_WEEK = "ledger.hourly_week"  # contract, minutes, week
    MILESTONE = "ledger.milestone"  # contract, milestone | remainder_of
    BONUS = "ledger.bonus"  # contract, [words]
    REFUND = "ledger.refund"  # contract, [words]
    WITHDRAWAL = "ledger.withdrawal"  # method, method_kind, [last4]
    WITHDRAWAL_FEE = "ledger.withdrawal_fee"  # method
    CONNECTS = "ledger.connects"  # count


# English, marked for lupdate (context "StoredNote"; ui/messages.ledger() shows them translated)
LEDGER_TEMPLATES = {
    LedgerCode.HOURLY_WEEK: QT_TRANSLATE_NOOP("StoredNote",
                                              "{contract}: {hours} h, week of {week}"),
    LedgerCode.MILESTONE: QT_TRANSLATE_NOOP("StoredNote", "{contract}: {milestone}"),
    LedgerCode.BONUS: QT_TRANSLATE_NOOP("StoredNote", "Bonus: {contract}"),
    LedgerCode.REFUND: QT_TRANSLATE_NOOP("StoredNote", "Refund: {contract}"),
    LedgerCode.WITHDRAWAL: QT_TRANSLATE_NOOP("StoredNote", "{method} ({method_kind})"),
    LedgerCode.WITHDRAWAL_FEE: QT_TRANSLATE_NOOP("StoredNote", "Withdrawal fee – {method}"),
    LedgerCode.CONNECTS: QT_TRANSLATE_NOOP("StoredNote", "{count} Connects"),
}
# a milestone that holds what an earlier one did not release (contracts.approve_milestone)
LEDGER_REMAINDER_OF = QT_TRANSLATE_NOOP("StoredNote", "Remainder of “{milestone}”")
# what the user typed with the action, after the line (the same words as the work log's)
LEDGER_WORDS = QT_TRANSLATE_NOOP("StoredNote", "{line} — {words}")


def masked_last4(last4: str | None) -> str:
    """An account's last digits as the app shows them ("•••• 1234"; desktop.secrets.mask)."""
    return f"•••• {last4}" if last4 else ""


def english_description(code: str | None, params: dict | None, text: str = "") -> str:
    """A ledger line in English, as the CSV export, the PDF and the CLI show it (and as an
    older version wrote it): ``text`` when the row has no code."""
    if not code or code not in LEDGER_TEMPLATES:
        return text
    shown = {name: str(value) for name, value in (params or {}).items()}
    if code == LedgerCode.HOURLY_WEEK:
        minutes = int((params or {}).get("minutes") or 0)
        sign = "-" if minutes < 0 else ""
        shown["hours"] = f"{sign}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"
    elif code == LedgerCode.WITHDRAWAL:
        kind = shown.get("method_kind", "")
        shown["method_kind"] = METHOD_LABELS.get(kind, kind)
    elif code == LedgerCode.MILESTONE and shown.get("remainder_of") is not None:
        shown["milestone"] = LEDGER_REMAINDER_OF.format(milestone=shown["remainder_of"])
    line = LEDGER_TEMPLATES[LedgerCode(code)].format_map(_Blank(shown))
    if code == LedgerCode.MILESTONE:
        line = line.strip(": ")  # no milestone name: the contract's title alone
    if code == LedgerCode.WITHDRAWAL and shown.get("last4"):
        line = f"{line} {masked_last4(shown['last4'])}"
    if shown.get("words"):
        line = LEDGER_WORDS.format(line=line, words=shown["words"])
    return line


class _Blank(dict):
    """Template values; a parameter a line lacks shows as nothing rather than failing."""

    def __missing__(self, key: str) -> str:
        return ""


class WithdrawalMethod(VersionedModel):
    name = TextField()
    kind = TextField()  # ach | local_bank | wire | instant | paypal | payoneer | other
    currency = TextField(default="USD")
    fee_fixed = MoneyField(column_name="fee_fixed_cents", default=0)
    fee_percent = TextField(default="0")
    fee_min = MoneyField(column_name="fee_min_cents", null=True)
    fee_max = MoneyField(column_name="fee_max_cents", null=True)
    activation_days = IntegerField(default=3)
    added_at = UtcDateTimeField(default=utcnow)
    last4 = TextField(null=True)
    active = BooleanField(default=True)


class Transaction(BaseModel):
    # back-references peewee adds (the rows pointing here)
    children: ModelSelect[Transaction]
    kind = TextField()
    status = TextField(default="pending")
    occurred_at = UtcDateTimeField()
    available_on = DateField(null=True)
    gross = MoneyField(column_name="gross_cents", default=0)
    fee = MoneyField(column_name="fee_cents", default=0)
    net = MoneyField(column_name="net_cents", default=0)
    currency = TextField(default="USD")
    local_amount = MoneyField(column_name="local_amount_cents", null=True)
    local_currency = TextField(null=True)
    exchange_rate = TextField(null=True)
    description = TextField(default="")  # English for a coded line (english_description)
    description_code = TextField(null=True)  # LedgerCode (migration 0016)
    description_params = JSONField(null=True)
    contract = ForeignKeyField(Contract, null=True, backref="transactions", on_delete="SET NULL")
    contract_id: ForeignKeyField[int | None]
    client = ForeignKeyField(Client, null=True, backref="transactions", on_delete="SET NULL")
    client_id: ForeignKeyField[int | None]
    milestone = ForeignKeyField(ContractMilestone, null=True, on_delete="SET NULL")
    milestone_id: ForeignKeyField[int | None]
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")
    parent_id: ForeignKeyField[int | None]
    withdrawal_method = ForeignKeyField(WithdrawalMethod, null=True, on_delete="SET NULL")
    withdrawal_method_id: ForeignKeyField[int | None]
    week_start_on = DateField(null=True)
    minutes = IntegerField(null=True)
    ext_ref = TextField(null=True, unique=True)
    balance = MoneyField(column_name="balance_cents", null=True)
    source = TextField(default="manual")
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        table_name = "money_transaction"


class ImportLog(BaseModel):
    kind = TextField()
    file_name = TextField()
    sha256 = TextField(null=True)
    at = UtcDateTimeField(default=utcnow)
    added = IntegerField(default=0)
    updated = IntegerField(default=0)
    skipped = IntegerField(default=0)
    rejected = IntegerField(default=0)
    summary = TextField(default="")


class PlannedWithdrawal(BaseModel):
    """A withdrawal the freelancer means to make (Insights ▸ Cash flow counts it, with its fee,
    against the balance of that day). Not money moved: recording the real one is Payments'."""

    planned_on = DateField()
    amount = MoneyField(column_name="amount_cents")
    method = ForeignKeyField(WithdrawalMethod, null=True, on_delete="SET NULL")
    method_id: ForeignKeyField[int | None]
    note = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        table_name = "planned_withdrawal"

"""The agency's money: a member's pay recorded against one client payment (migration 0008)."""
from __future__ import annotations

from peewee import ForeignKeyField, IntegerField, TextField

from models.base import BaseModel
from models.contracts import Contract
from models.fields import DateField, MoneyField, UtcDateTimeField, utcnow
from models.members import WorkspaceMember
from models.payments import Transaction


class MemberPayout(BaseModel):
    member = ForeignKeyField(WorkspaceMember, backref="payouts", on_delete="RESTRICT")
    member_id: ForeignKeyField[int]
    transaction = ForeignKeyField(Transaction, unique=True, on_delete="CASCADE")
    transaction_id: ForeignKeyField[int]
    contract = ForeignKeyField(Contract, null=True, on_delete="SET NULL")
    contract_id: ForeignKeyField[int | None]
    basis = TextField()  # hourly | share (models.members.PayBasis)
    agency_net = MoneyField(column_name="agency_net_cents")  # the payment minus Upwork's fee
    amount = MoneyField(column_name="amount_cents")  # the member's pay
    minutes = IntegerField(null=True)
    rate = MoneyField(column_name="rate_cents", null=True)
    share_percent = TextField(null=True)
    currency = TextField(default="USD")
    recorded_on = DateField()
    created_at = UtcDateTimeField(default=utcnow)

"""Clients: the people and companies the freelancer bids for and works with."""
from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import ModelSelect, TextField

from models.base import VersionedModel
from models.fields import UtcDateTimeField, utcnow

if TYPE_CHECKING:
    from models.contracts import Contract
    from models.jobs import Job
    from models.payments import Transaction
    from models.proposals import Proposal


class Client(VersionedModel):
    # back-references peewee adds (the rows pointing here)
    jobs: ModelSelect[Job]
    proposals: ModelSelect[Proposal]
    contracts: ModelSelect[Contract]
    transactions: ModelSelect[Transaction]
    name = TextField()
    company = TextField(null=True)
    country = TextField(null=True)
    timezone = TextField(null=True)
    notes = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)

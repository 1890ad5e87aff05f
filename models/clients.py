"""Clients: the people and companies the freelancer bids for and works with."""
from __future__ import annotations

from peewee import TextField

from models.base import BaseModel
from models.fields import UtcDateTimeField, utcnow


class Client(BaseModel):
    name = TextField()
    company = TextField(null=True)
    country = TextField(null=True)
    timezone = TextField(null=True)
    notes = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)

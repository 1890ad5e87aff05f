"""Domain settings (key → JSON value). Window state lives in QSettings instead."""
from __future__ import annotations

from peewee import TextField

from models.base import BaseModel
from models.fields import JSONField


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = JSONField(null=True)

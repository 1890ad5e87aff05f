"""The base model every table inherits; bound to the deferred database."""
from __future__ import annotations

from typing import ClassVar

import peewee
from peewee import AutoField, Model

from models.db import database


class BaseModel(Model):
    # What peewee adds at run time, declared for the type checker (peewee's stubs type the
    # fields a model declares; see [tool.mypy] in pyproject.toml). Every table has the implicit
    # integer ``id`` key except ``Setting`` (keyed by ``key``) and ``ProfilePortfolio``
    # (profile, item). A foreign key ``x`` also gives ``x_id``; each model declares those next
    # to its keys (``ForeignKeyField[int]``: the id on a row, the column in a query).
    id: AutoField[int]
    DoesNotExist: ClassVar[type[peewee.DoesNotExist]]  # each model gets its own subclass

    class Meta:
        database = database
        legacy_table_names = False

"""Typed row shapes for peewee queries that select columns rather than models.

peewee's stubs type ``query.tuples()`` and ``query.dicts()`` as the query itself (``Self``), so
iterating one still claims to yield model objects. These helpers run the same query and say what
its rows are; the values are converted by the fields as usual (a MoneyField column reads as
Decimal). Use them wherever a service picks columns: ``for pid, cents in tuples(query)``.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import BaseQuery, SelectBase


def tuples(query: BaseQuery) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as tuples, in the order the columns were selected (streamed: one
    pass, the rows are not cached on the query)."""
    return query.tuples().iterator()


def dicts(query: BaseQuery) -> Iterator[dict[str, Any]]:
    """The rows of ``query`` as dicts keyed by column name or alias (a foreign key under its
    field's name, holding the id); streamed like :func:`tuples`."""
    return query.dicts().iterator()


def first_tuple(query: SelectBase) -> tuple[Any, ...]:
    """The first row of ``query`` as a tuple (the query must return one, as an aggregate does)."""
    return query.tuples().get()

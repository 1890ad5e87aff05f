"""The base model every table inherits; bound to the deferred database."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar

import peewee
from peewee import AutoField, IntegerField, Model, ModelUpdate

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


class VersionedModel(BaseModel):
    """A row people edit, with optimistic locking (migration 0009).

    ``version`` starts at 1 and every write of the row adds one: ``save()`` of a loaded row is
    ``UPDATE … SET version = version + 1 WHERE id = ? AND version = <the version read>``, and a
    bulk ``Model.update(…)`` bumps it too. When the row was saved by someone else in between
    (another window, another member of a workspace), no row matches and the save raises
    EditConflictError (EDIT_GONE when the row was deleted): nothing is overwritten. Works the
    same on SQLite and PostgreSQL. An editor that keeps a row open for a while passes the
    version it showed to ``checked_update`` (the services take ``version=``).
    """

    version = IntegerField(default=1)

    @classmethod
    def update(cls, __data=None, **update):
        data = cls._normalize_data(__data, update)  # type: ignore[attr-defined]
        if cls.version not in data and "version" not in data:
            data[cls.version] = cls.version + 1
        return ModelUpdate(cls, data)

    @classmethod
    @contextmanager
    def edited_over(cls, pk: int, version: int | None) -> Iterator[None]:
        """``with Model.edited_over(pk, version): <write the row>``: one transaction that saves
        over the version an editor showed (None: whatever the row has). Refused with
        EditConflictError, nothing written, when the row has another version by now. The check
        is an UPDATE, so it also takes the row's write lock (SQLite's database lock,
        PostgreSQL's row lock) until the transaction ends: nobody saves between the check and
        the write. The one way the services' ``save_*_fields`` save an editor's fields."""
        with cls._meta.database.atomic():
            if version is not None:
                # SET version = version: the check and the lock, the version left to the write
                where = (cls._meta.primary_key == pk) & (cls.version == version)
                if not cls.update(version=cls.version).where(where).execute():
                    raise _conflict(cls, pk, version)
            yield

    @classmethod
    def checked_update(cls, pk: int, version: int | None, **fields) -> int:
        """Write `fields` to row `pk` if it still has `version` (None: whatever it has);
        returns the row's new version. Refused with EditConflictError, nothing written."""
        where = cls._meta.primary_key == pk
        if version is not None:
            where &= cls.version == version
        if not cls.update(**fields).where(where).execute():
            raise _conflict(cls, pk, version)
        if version is not None:
            return version + 1
        return cls.select(cls.version).where(
            cls._meta.primary_key == pk).scalar()

    def save(self, force_insert: bool = False, only=None):
        pk = self._pk  # type: ignore[attr-defined]
        if force_insert or pk is None:
            return super().save(force_insert=force_insert, only=only)
        fields = dict(self.__data__)
        if only is not None:
            fields = self._prune_fields(fields, only)  # type: ignore[attr-defined]
        self._populate_unsaved_relations(fields)  # type: ignore[attr-defined]
        fields.pop("id", None)
        fields.pop("version", None)
        expected = self.__data__.get("version")
        self.__data__["version"] = type(self).checked_update(pk, expected, **fields)
        self._dirty -= set(fields) | {"version"}  # type: ignore[attr-defined]
        return 1


def _conflict(model: type[VersionedModel], pk: int, version: int | None) -> Exception:
    from models.errors import Code, EditConflictError

    table = model._meta.table_name
    exists = model.select().where(model._meta.primary_key == pk).exists()
    return EditConflictError(Code.EDIT_CONFLICT if exists else Code.EDIT_GONE, record=table,
                             id=pk, version=version)

"""What the app can read back: one checker per stored column, used by `check` and by Import all.

Every value is checked against its model field (money in range, times and dates parseable and
plausible, JSON parseable, codes known, numbers where the column holds a number as text), so a
folder that passes `check` opens in the window, and an archive that would store something the
window cannot show is refused before anything is written. The ranges are those of the
importers (desktop/io/limits.py).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from peewee import AutoField, BooleanField, DateField, ForeignKeyField, IntegerField, TextField

from desktop.errors import Code, ServiceError
from desktop.io import limits
from desktop.io.jobs import codes as job_codes
from models import db as dbmod
from models.contracts import MILESTONE_STATES
from models.fields import JSONField, MoneyField, UtcDateTimeField, parse_utc
from models.payments import KINDS as MONEY_KINDS
from models.payments import METHOD_KINDS
from models.payments import STATUSES as MONEY_STATUSES
from models.proposals import STATUSES as PROPOSAL_STATUSES
from models.registry import ALL_MODELS

MAX_INTEGER = 2**53  # plain integers (ids, sizes, minutes): exact in every consumer
MAX_STORED_TEXT = 16 * 1024 * 1024  # characters; cover letters are ~5,000

Checker = Callable[[object], ServiceError | None]


def _codes() -> dict[tuple[str, str], frozenset[str]]:
    from desktop.services.contracts import STATUSES as CONTRACT_STATUSES
    from desktop.services.jobs import STATUSES as JOB_STATUSES

    return {
        ("job", "status"): frozenset(JOB_STATUSES),
        ("job", "job_type"): frozenset(job_codes.JOB_TYPES),
        ("job", "experience_level"): frozenset(job_codes.EXPERIENCE_LEVELS),
        ("job", "duration"): frozenset(job_codes.DURATIONS),
        ("job", "workload"): frozenset(job_codes.WORKLOADS),
        ("job", "proposals_band"): frozenset(job_codes.PROPOSAL_BANDS),
        ("proposal", "status"): frozenset(PROPOSAL_STATUSES),
        ("proposal_status_change", "to_status"): frozenset(PROPOSAL_STATUSES),
        ("contract", "status"): frozenset(CONTRACT_STATUSES),
        ("contract_milestone", "state"): frozenset(MILESTONE_STATES),
        ("money_transaction", "kind"): frozenset(MONEY_KINDS),
        ("money_transaction", "status"): frozenset(MONEY_STATUSES),
        ("withdrawal_method", "kind"): frozenset(METHOD_KINDS),
    }


# Text columns that hold a decimal number ("4.9", "10", "0.8532").
_NUMERIC_TEXT = frozenset({
    ("job", "client_rating"), ("proposal", "rate_increase_percent"), ("proposal", "fee_percent"),
    ("contract", "rate_increase_percent"), ("contract", "fee_percent"),
    ("withdrawal_method", "fee_percent"), ("money_transaction", "exchange_rate"),
    ("feedback", "score"),
})


def _integer(limit: int) -> Checker:
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int):
            return ServiceError(Code.VALUE_NOT_WHOLE, value=_shown(value))
        if not -limit < value < limit:
            return ServiceError(Code.VALUE_OUT_OF_RANGE, value=str(value))
        return None
    return check


def _money(value):
    if isinstance(value, bool) or not isinstance(value, int):
        return ServiceError(Code.VALUE_NOT_CENTS, value=_shown(value))
    if not -limits.MAX_CENTS < value < limits.MAX_CENTS:
        return ServiceError(Code.VALUE_TOO_MUCH_MONEY, value=str(value),
                            most=Decimal(limits.MAX_AMOUNT))
    return None


def _boolean(value):
    return None if value in (0, 1) and not isinstance(value, float) else \
        ServiceError(Code.VALUE_NOT_BOOLEAN, value=_shown(value))


def _datetime(value):
    if not isinstance(value, str):
        return ServiceError(Code.VALUE_NOT_TIME, value=_shown(value))
    try:
        moment = parse_utc(value)
    except (ValueError, OverflowError):
        return ServiceError(Code.VALUE_NOT_TIME, value=_shown(value))
    return limits.year_problem(moment)


def _date(value):
    if not isinstance(value, str):
        return ServiceError(Code.VALUE_NOT_DATE, value=_shown(value))
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return ServiceError(Code.VALUE_NOT_ISO_DATE, value=_shown(value))
    return limits.year_problem(day)


def _json(value):
    if not isinstance(value, str):
        return ServiceError(Code.VALUE_NOT_JSON_TEXT, value=_shown(value))
    try:
        json.loads(value)
    except (ValueError, RecursionError):
        return ServiceError(Code.VALUE_BAD_JSON, value=_shown(value))
    return None


def _text(value):
    if not isinstance(value, str):
        return ServiceError(Code.VALUE_NOT_TEXT, value=_shown(value))
    if len(value) > MAX_STORED_TEXT:
        return ServiceError(Code.VALUE_TEXT_TOO_LONG, n=len(value))
    return None


def _number_text(value):
    if problem := _text(value):
        return problem
    try:
        number = Decimal(value)
    except InvalidOperation:
        return ServiceError(Code.VALUE_NOT_NUMBER, value=_shown(value))
    if not number.is_finite() or abs(number) > 10**9:
        return ServiceError(Code.VALUE_IMPLAUSIBLE, value=_shown(value))
    return None


def _code(allowed: frozenset[str]) -> Checker:
    def check(value):
        if value not in allowed:
            return ServiceError(Code.VALUE_NOT_ONE_OF, value=_shown(value),
                                choices=", ".join(sorted(allowed)))
        return None
    return check


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _checker(table: str, field) -> Checker | None:
    codes = _codes()
    if (table, field.column_name) in codes:
        return _code(codes[(table, field.column_name)])
    if (table, field.column_name) in _NUMERIC_TEXT:
        return _number_text
    if isinstance(field, MoneyField):
        return _money
    if isinstance(field, BooleanField):
        return _boolean
    if isinstance(field, UtcDateTimeField):
        return _datetime
    if isinstance(field, DateField):
        return _date
    if isinstance(field, JSONField):
        return _json
    if isinstance(field, ForeignKeyField):
        target = field.rel_field
        return _text if isinstance(target, TextField) else _integer(2**63)
    if isinstance(field, AutoField | IntegerField):
        return _integer(MAX_INTEGER)
    if isinstance(field, TextField):
        return _text
    return None


@cache
def column_checkers(table: str) -> dict[str, tuple[Checker, bool]]:
    """column -> (checker, nullable) for a model's table; {} for a table without a model."""
    model = next((m for m in ALL_MODELS if m._meta.table_name == table), None)
    if model is None:
        return {}
    out = {}
    for field in model._meta.sorted_fields:
        checker = _checker(table, field)
        if checker is not None:
            out[field.column_name] = (checker, field.null)
    return out


def value_problem(table: str, column: str, value: object) -> ServiceError | None:
    """Why `value` (as stored: cents, ISO text, JSON text) cannot be read back, or None."""
    rule = column_checkers(table).get(column)
    if rule is None or value is None:
        return None  # NOT NULL is the database's to enforce
    checker, _nullable = rule
    return checker(value)


def _row_key(model) -> str:
    """How a workspace (no rowid) names a row: its key, or its columns joined ("1/4")."""
    meta = model._meta
    names = ([meta.fields[f].column_name for f in meta.primary_key.field_names]
             if meta.composite_key else [meta.primary_key.column_name])
    return " || '/' || ".join(f'CAST("{n}" AS TEXT)' for n in names)


def stored_problems(db, limit: int = 20) -> Iterator[ServiceError]:
    """Values in the database the window could not show: "table job, row id 7, field
    posted_at: 'garbage' is not a time" (DATA_CHECK_VALUE, the problem its own code). Streams
    every checked column once."""
    found = 0
    for model in ALL_MODELS:
        table = model._meta.table_name
        checkers = column_checkers(table)
        if not checkers:
            continue
        columns = list(checkers)
        quoted = ", ".join(f'"{c}"' for c in columns)
        key = "rowid" if not dbmod.is_postgres(db) else _row_key(model)
        cursor = db.execute_sql(f'SELECT {key}, {quoted} FROM "{table}"')
        for rowid, *values in cursor:
            for column, value in zip(columns, values, strict=True):
                if value is not None and (problem := checkers[column][0](value)):
                    yield ServiceError(Code.DATA_CHECK_VALUE, table=table, row=rowid,
                                       column=column, problem=problem)
                    found += 1
                    if found >= limit:
                        return


def invariant_problems(db, limit: int = 20) -> list[ServiceError]:
    """The ledger's own rules, which every writer keeps (services/payments, the statement
    import) and an archive or a hand-edited database may break: ``net + fee == gross``
    on every money row (reports and totals rely on it), and no row is its own parent. (At most
    one running timer is the schema's own unique index.) One line per problem, naming table,
    row and field."""
    mark = db.param
    problems = [
        ServiceError(Code.DATA_CHECK_VALUE, table="money_transaction", row=row_id,
                     column="fee_cents", problem=ServiceError(
                         Code.DATA_NET_FEE_GROSS, net=net, fee=fee, gross=gross))
        for row_id, gross, fee, net in db.execute_sql(
            "SELECT id, gross_cents, fee_cents, net_cents FROM money_transaction "
            f"WHERE net_cents + fee_cents <> gross_cents ORDER BY id LIMIT {mark}", (limit,))]
    problems += [
        ServiceError(Code.DATA_CHECK_VALUE, table="money_transaction", row=row_id,
                     column="parent_id", problem=ServiceError(Code.DATA_OWN_PARENT))
        for (row_id,) in db.execute_sql(
            "SELECT id FROM money_transaction WHERE parent_id = id ORDER BY id "
            f"LIMIT {mark}", (limit,))]
    return problems[:limit]


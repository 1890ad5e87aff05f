"""Decimal separators: read "1.234,56" as the file means it, or refuse it — never as $1.23.

A file has one convention. Upwork and most exports write a decimal point ("1,234.56"); a CSV
saved by a European spreadsheet (semicolon-delimited) writes a decimal comma ("1.234,56").
`normalise` rewrites every number in a money cell to plain dot-decimal without grouping, and
raises NumberError (a ServiceError: a code and the number) for a number that the file's
convention cannot read, or reads two ways ("1.234" in a dot file: one dollar and change, or 1234
with a thousands dot?).
"""
from __future__ import annotations

import re

from desktop.errors import Code, ServiceError


class NumberError(ServiceError):
    """A number in a money cell this file's decimal convention cannot read (``value``)."""


_TOKEN = re.compile(r"\d[\d.,]*\d|\d")
_GROUPS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _grouped(number: str, sep: str) -> bool:
    return bool(_GROUPS.fullmatch(number)) and set(re.sub(r"\d", "", number)) == {sep}


def _read(token: str, decimal_comma: bool, probe: bool = False) -> str:
    point, group = (",", ".") if decimal_comma else (".", ",")
    has_point, has_group = point in token, group in token
    if has_point and has_group:
        whole, _, frac = token.rpartition(point)
        if group in frac or (not _grouped(whole, group) and not whole.isdigit()):
            raise _mixed(token, decimal_comma, probe)
        return whole.replace(group, "") + "." + frac
    if has_group:
        if _grouped(token, group):
            return token.replace(group, "")
        raise _mixed(token, decimal_comma, probe)
    if has_point:
        whole, _, frac = token.partition(point)
        if point in frac:
            raise _mixed(token, decimal_comma, probe)
        if len(frac) == 3 and len(whole) <= 3:
            raise NumberError(Code.NUMBER_AMBIGUOUS, value=repr(token), group=repr(group))
        return whole + "." + frac
    return token


def _mixed(token: str, decimal_comma: bool, probe: bool = False) -> NumberError:
    if probe:
        return NumberError(Code.NOT_AN_AMOUNT, value=repr(token))
    try:
        _read(token, not decimal_comma, probe=True)
    except NumberError:
        return NumberError(Code.NOT_AN_AMOUNT, value=repr(token))
    if decimal_comma:
        return NumberError(Code.NUMBER_DECIMAL_POINT, value=repr(token))
    return NumberError(Code.NUMBER_DECIMAL_COMMA, value=repr(token))


def normalise(text: str, *, decimal_comma: bool = False) -> str:
    """`text` with each number rewritten dot-decimal, ungrouped; NumberError when unreadable."""
    return _TOKEN.sub(lambda m: _read(m.group(), decimal_comma), text)

"""Merging two people's edits of one record (issue 18, "concurrency without loss").

When a save is refused because someone else saved first, three versions exist: the *base*
(what this editor loaded), *theirs* (what is saved now) and *yours* (what this editor holds).
A field only one side changed takes that side's value; a field both changed to different
values is a conflict the user decides (the merge dialog shows both). Text (a cover letter) is
merged line by line the same way: lines only one side changed take that side, and a stretch
both changed differently is a conflict, kept in the merged text between markers so nothing is
lost and the user edits it down.

Pure: no database, no Qt.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

YOURS_MARK = "<<<<<<< yours"
SPLIT_MARK = "======="
THEIRS_MARK = ">>>>>>> theirs"


@dataclass(frozen=True)
class FieldMerge:
    """The merge of a record's fields: `merged` values, and the fields both sides changed
    differently (`conflicts`: their value and yours; `merged` holds yours for those)."""

    merged: dict[str, Any]
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_fields(base: Mapping[str, Any], theirs: Mapping[str, Any],
                 yours: Mapping[str, Any]) -> FieldMerge:
    """Three-way merge of flat records with the same keys."""
    merged: dict[str, Any] = {}
    conflicts: dict[str, tuple[Any, Any]] = {}
    for name in yours:
        old, their, your = base.get(name), theirs.get(name), yours[name]
        if your == their or their == old:
            merged[name] = your
        elif your == old:
            merged[name] = their
        else:
            merged[name] = your
            conflicts[name] = (their, your)
    return FieldMerge(merged, conflicts)


@dataclass(frozen=True)
class TextMerge:
    text: str  # the merged text; each conflict shows yours then theirs between markers
    conflicts: int  # how many stretches both sides changed differently

    @property
    def clean(self) -> bool:
        return self.conflicts == 0


def _changes(base: Sequence[str], other: Sequence[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, replacement) for each stretch of `base` that `other` changed."""
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [(i1, i2, list(other[j1:j2]))
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def merge_text(base: str, theirs: str, yours: str) -> TextMerge:
    """Three-way, line-by-line merge of a text."""
    if yours == theirs or theirs == base:
        return TextMerge(yours, 0)
    if yours == base:
        return TextMerge(theirs, 0)
    b = base.split("\n")
    their_changes, your_changes = _changes(b, theirs.split("\n")), _changes(b, yours.split("\n"))
    out: list[str] = []
    conflicts = 0
    pos = 0
    ti = yi = 0
    while ti < len(their_changes) or yi < len(your_changes):
        t = their_changes[ti] if ti < len(their_changes) else None
        y = your_changes[yi] if yi < len(your_changes) else None
        # the next stretch: the earliest change, grown while the other side's changes touch it
        first = min((c for c in (t, y) if c is not None), key=lambda c: (c[0], c[1]))
        start, end = first[0], first[1]
        group_t: list[tuple[int, int, list[str]]] = []
        group_y: list[tuple[int, int, list[str]]] = []
        grew = True
        while grew:
            grew = False
            while ti < len(their_changes) and _touches(their_changes[ti], start, end):
                group_t.append(their_changes[ti])
                end = max(end, their_changes[ti][1])
                ti += 1
                grew = True
            while yi < len(your_changes) and _touches(your_changes[yi], start, end):
                group_y.append(your_changes[yi])
                end = max(end, your_changes[yi][1])
                yi += 1
                grew = True
        out.extend(b[pos:start])
        their_part = _apply(b, start, end, group_t)
        your_part = _apply(b, start, end, group_y)
        if not group_t:
            out.extend(your_part)
        elif not group_y or their_part == your_part:
            out.extend(their_part)
        else:
            conflicts += 1
            out.extend([YOURS_MARK, *your_part, SPLIT_MARK, *their_part, THEIRS_MARK])
        pos = end
    out.extend(b[pos:])
    return TextMerge("\n".join(out), conflicts)


def _touches(change: tuple[int, int, list[str]], start: int, end: int) -> bool:
    """A change overlaps the stretch [start, end) or sits at its edge (an insertion there)."""
    c_start, c_end, _ = change
    return c_start <= end and c_end >= start


def _apply(base: list[str], start: int, end: int,
           changes: list[tuple[int, int, list[str]]]) -> list[str]:
    """base[start:end] with `changes` (all inside it, in order) applied."""
    out: list[str] = []
    pos = start
    for c_start, c_end, lines in changes:
        out.extend(base[pos:c_start])
        out.extend(lines)
        pos = c_end
    out.extend(base[pos:end])
    return out

"""Carry finished translations from other copies of a .ts into ours (for merges).

Two branches that each add Hindi strings always conflict in freelance_desk_hi.ts (lupdate writes
relative line numbers). Resolve such a merge without hand-editing XML:

    git checkout --theirs resources/translations/freelance_desk_hi.ts   # or --ours: either side
    .venv/bin/python resources/translations/update.py                    # extract from merged code
    git show BRANCH:resources/translations/freelance_desk_hi.ts > /tmp/other.ts
    .venv/bin/python resources/translations/carry.py /tmp/other.ts       # fill from the other side
    .venv/bin/python resources/translations/update.py                    # tidy + compile .qm

An entry of ours that is unfinished (or empty) takes the finished translation of the same
(context, source, comment) from the given files; plural entries carry all their forms. It prints
how many it filled and how many stay unfinished.
"""
from __future__ import annotations

import argparse
import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "freelance_desk_hi.ts"


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> ET.Element | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    if not (translation.text or "").strip() and not list(translation):
        return None
    return translation


def finished_entries(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = _finished(message)
            if translation is not None:
                found[_key(name, message)] = translation
    return found


def carry(target: Path, sources: list[Path]) -> tuple[int, int]:
    known: dict[tuple[str, str, str], ET.Element] = {}
    for source in sources:
        known.update(finished_entries(source))
    tree = ET.parse(target)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _finished(message) is not None:
                continue
            donor = known.get(_key(name, message))
            old = message.find("translation")
            if donor is None:
                left += 1
                continue
            index = list(message).index(old) if old is not None else len(message)
            if old is not None:
                message.remove(old)
            message.insert(index, copy.deepcopy(donor))
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return filled, left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=Path, help=".ts files to take translations from")
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    filled, left = carry(args.target, args.sources)
    print(f"filled {filled} entries from {len(args.sources)} file(s); {left} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())

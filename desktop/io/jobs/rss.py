"""Job postings from RSS 2.0, RSS 1.0 and Atom feeds (files or fetched bytes).

Upwork's feed puts the job's facts in the description HTML (see markup.split_feed_meta); other
job boards' feeds give title, link, description and a date, which is all a record then holds.

Feeds come from the network, so the parser refuses any document with a DOCTYPE: without one
there are no entity declarations, hence no "billion laughs" expansion and no external entities.
Real feeds (all eight in ../shared/data/rss) have none.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.parsers import expat

from desktop.errors import Code
from desktop.io.jobs.mapping import apply_feed_meta
from desktop.io.jobs.markup import html_to_text, looks_like_html, split_feed_meta, tidy
from desktop.io.jobs.record import (
    FieldError,
    ImportFileError,
    JobRecord,
    RowError,
    clean_title,
    clean_url,
    extract_ext_id,
    parse_datetime,
)

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"


class _RefusedError(Exception):
    pass


def _refuse(*_args: object) -> None:
    raise _RefusedError


def check_safe(data: bytes, name: str) -> None:
    """Refuse DTDs: a DOCTYPE is where entity bombs and external entities live.

    Expat itself spots the declaration whatever the document's encoding (a byte search would
    miss a UTF-16 feed), and stops at it before any entity is expanded.
    """
    guard = _Guard(name)
    guard.feed(data)
    guard.close()


class _Guard:
    """An expat parser fed the same bytes just before the tree parser: it stops at a DOCTYPE
    (or an entity declaration) before the tree parser ever sees it."""

    def __init__(self, name: str):
        self.name = name
        self.parser = expat.ParserCreate()
        self.parser.StartDoctypeDeclHandler = _refuse
        self.parser.EntityDeclHandler = _refuse
        self.broken = False

    def feed(self, chunk: bytes, final: bool = False) -> None:
        if self.broken:
            return
        try:
            self.parser.Parse(chunk, final)
        except _RefusedError:
            raise ImportFileError(Code.RSS_DOCTYPE, name=self.name) from None
        except expat.ExpatError:
            self.broken = True  # not well-formed: the tree parser reports it with its position
        except LookupError:  # <?xml encoding="ttf-8"?>: expat asks Python for a codec it lacks
            raise ImportFileError(Code.RSS_ENCODING, name=self.name,
                                  encoding=_declared_encoding(chunk)) from None

    def close(self) -> None:
        self.feed(b"", True)


def _declared_encoding(head: bytes) -> str:
    """The encoding named in the XML declaration, for the refusal (short, printable)."""
    start = head.find(b"encoding=")
    if start < 0:
        return "?"
    quoted = head[start + 9:start + 60]
    value = quoted[1:].split(quoted[:1], 1)[0] if quoted[:1] in (b'"', b"'") else quoted
    return value.decode("ascii", "replace")[:40] or "?"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(item: ET.Element, *names: str) -> str:
    for name in names:
        node = item.find(name)
        if node is not None and (node.text or "").strip():
            return node.text or ""
    return ""


_CHUNK = 1 << 16


def _events(source, name: str) -> Iterator:
    """Stream a feed: first the root's kind ("feed", "rss", "RDF"), then (item element, the
    channel's capture date so far) for each item, each element dropped once read. Memory stays
    at one item however long the feed. ImportFileError for an unsafe, malformed or non-feed
    document."""
    close = None
    if isinstance(source, bytes | bytearray):
        source = io.BytesIO(source)
    elif isinstance(source, Path):
        source = close = source.open("rb")
    try:
        guard = _Guard(name)
        pull = ET.XMLPullParser(events=("start", "end"))
        stack: list[ET.Element] = []
        kind = None
        captured = ""
        while True:
            chunk = source.read(_CHUNK)
            guard.feed(chunk, final=not chunk)
            try:
                if chunk:
                    pull.feed(chunk)
                else:
                    pull.close()
                events = list(pull.read_events())
            except ET.ParseError as exc:
                raise ImportFileError(Code.RSS_NOT_XML, name=name, detail=str(exc)) from None
            for event, element in events:
                if event == "start":
                    if kind is None:
                        kind = _local(element.tag)
                        if kind not in ("feed", "rss", "RDF"):
                            raise ImportFileError(Code.RSS_NOT_A_FEED, name=name, root=kind)
                        yield kind
                    stack.append(element)
                    continue
                stack.pop()
                parent = stack[-1] if stack else None
                local = _local(element.tag)
                if kind == "feed":
                    is_item = element.tag == f"{ATOM}entry" and len(stack) == 1
                    if element.tag == f"{ATOM}updated" and len(stack) == 1:
                        captured = captured or (element.text or "")
                else:
                    is_item = local == "item"
                    if local in ("lastBuildDate", "pubDate", "date") and parent is not None \
                            and _local(parent.tag) == "channel":
                        captured = captured or (element.text or "")
                if is_item:
                    yield element, captured
                    parent.remove(element)  # read: let it go
                elif parent is not None and len(stack) <= 2 and local != "channel" and not any(
                        _local(e.tag) in ("item", "entry") for e in stack):
                    parent.remove(element)  # feed-level detail, already noted
            if not chunk:
                break
        if kind is None:
            raise ImportFileError(Code.RSS_NO_ROOT, name=name)
    finally:
        if close is not None:
            close.close()


def parse_feed(data: bytes | str, name: str = "feed") -> Iterator[JobRecord | RowError]:
    """Items of a feed document as JobRecord or RowError (row = item number).

    Raises ImportFileError at once for a document that is unsafe or not a feed (the first
    bytes up to the root element are read here); a fault further in is raised as the items
    are read, so an import stops there and stores nothing.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return _open_feed(raw, name)


def _open_feed(source, name: str) -> Iterator[JobRecord | RowError]:
    events = _events(source, name)
    kind = next(events, None)
    if kind is None:  # pragma: no cover - _events raises first
        raise ImportFileError(Code.RSS_BROKEN, name=name)
    read_item = _atom_entry if kind == "feed" else _rss_item
    return _records(events, read_item, name)


def _records(events: Iterator, read_item, name: str) -> Iterator[JobRecord | RowError]:
    for number, (item, captured) in enumerate(events, start=1):
        try:
            record = read_item(item)
            record.source, record.source_ref = "rss", f"{name}:{number}"
            record.captured_at = _date(captured)
            if not record.title and not record.description:
                raise FieldError("title", Code.JOB_ROW_NOTHING)
            yield record.finish()
        except FieldError as exc:
            yield RowError.of(name, number, exc)


def read_rss(path: str | Path) -> Iterator[JobRecord | RowError]:
    """A feed file, read as it streams (a 200 MB feed never sits in memory)."""
    path = Path(path)
    return _open_feed(path, path.name)


def count_items(path: str | Path) -> int:
    """Items in a feed file (one streaming pass, no records built); ImportFileError as read."""
    path = Path(path)
    events = _events(path, path.name)
    next(events, None)
    return sum(1 for _ in events)


def _rss_item(item: ET.Element) -> JobRecord:
    def text(*names: str) -> str:
        for name in names:
            node = next((e for e in item if _local(e.tag) == name
                         and (e.text or "").strip()), None)
            if node is not None:
                return node.text or ""
        return ""

    html = text("description") or _child_text(item, f"{CONTENT}encoded")
    link = text("link").strip()
    guid = text("guid").strip()
    categories = [(e.text or "").strip() for e in item if _local(e.tag) == "category"]
    return _record(
        title=text("title"), link=link or (guid if guid.startswith("http") else ""),
        html=html, date=text("pubDate", "date", "published", "updated"),
        ids=(link, guid), category=next((c for c in categories if c), None),
    )


def _atom_entry(entry: ET.Element) -> JobRecord:
    link = ""
    for node in entry.findall(f"{ATOM}link"):
        if node.get("rel", "alternate") == "alternate" and node.get("href"):
            link = node.get("href", "")
            break
    content = entry.find(f"{ATOM}content")
    if content is None or not (content.text or "").strip():
        content = entry.find(f"{ATOM}summary")
    html = ""
    if content is not None:
        if content.get("type") == "xhtml":
            html = "".join(ET.tostring(child, encoding="unicode") for child in content)
        else:
            html = content.text or ""
    category = entry.find(f"{ATOM}category")
    entry_id = _child_text(entry, f"{ATOM}id")
    return _record(
        title=_child_text(entry, f"{ATOM}title"), link=link, html=html,
        date=_child_text(entry, f"{ATOM}published", f"{ATOM}updated"), ids=(link, entry_id),
        category=(category.get("term") or category.get("label")) if category is not None else None,
    )


def _record(*, title: str, link: str, html: str, date: str, ids: tuple[str, ...],
            category: str | None) -> JobRecord:
    record = JobRecord(raw_text=html)
    record.title = clean_title(html_to_text(title) if looks_like_html(title) else title)
    record.url = clean_url(link) if link else None
    record.ext_id = next((e for e in map(extract_ext_id, ids) if e), None)
    body = html_to_text(html) if looks_like_html(html) else tidy(html)
    record.description, meta = split_feed_meta(body)
    record.posted_at = _date(date)
    record.category = category or None
    if meta:
        apply_feed_meta(record, meta)
    return record


def _date(text: str) -> datetime | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return parse_datetime(parsedate_to_datetime(text), "posted_at")
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return parse_datetime(text, "posted_at")
    except FieldError:
        return None

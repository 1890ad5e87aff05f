"""Job postings from RSS 2.0, RSS 1.0 and Atom feeds (files or fetched bytes).

Upwork's feed puts the job's facts in the description HTML (see markup.split_feed_meta); other
job boards' feeds give title, link, description and a date, which is all a record then holds.

Feeds come from the network, so the parser refuses any document with a DOCTYPE: without one
there are no entity declarations, hence no "billion laughs" expansion and no external entities.
Real feeds (all eight in ../shared/data/rss) have none.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.parsers import expat

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
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    try:
        parser.Parse(data, True)
    except _RefusedError:
        raise ImportFileError(f"{name}: feeds with a DOCTYPE are refused (entity expansion "
                              "could exhaust memory)") from None
    except expat.ExpatError:
        pass  # not well-formed: ElementTree reports it with its position


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(item: ET.Element, *names: str) -> str:
    for name in names:
        node = item.find(name)
        if node is not None and (node.text or "").strip():
            return node.text or ""
    return ""


def parse_feed(data: bytes | str, name: str = "feed") -> Iterator[JobRecord | RowError]:
    """Items of a feed document as JobRecord or RowError (row = item number).

    Raises ImportFileError at once for a document that is unsafe, not XML, or not a feed.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    check_safe(raw, name)
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ImportFileError(f"{name}: not well-formed XML ({exc})") from exc
    kind = _local(root.tag)
    if kind == "feed":
        items = root.findall(f"{ATOM}entry")
        captured = _child_text(root, f"{ATOM}updated")
        read_item = _atom_entry
    elif kind in ("rss", "RDF"):
        channel = root.find("channel")
        if channel is None:
            channel = next((e for e in root if _local(e.tag) == "channel"), root)
        items = [e for e in root.iter() if _local(e.tag) == "item"]
        captured = _child_text(channel, "lastBuildDate", "pubDate", f"{DC}date")
        read_item = _rss_item
    else:
        raise ImportFileError(f"{name}: not an RSS or Atom feed (root element <{kind}>)")
    captured_at = _date(captured)
    return _records(items, read_item, name, captured_at)


def _records(items: list[ET.Element], read_item, name: str,
             captured_at: datetime | None) -> Iterator[JobRecord | RowError]:
    for number, item in enumerate(items, start=1):
        try:
            record = read_item(item)
            record.source, record.source_ref = "rss", f"{name}:{number}"
            record.captured_at = captured_at
            if not record.title and not record.description:
                raise FieldError("title", "item has no title and no description")
            yield record.finish()
        except FieldError as exc:
            yield RowError(name, number, exc.field, exc.message)


def read_rss(path: str | Path) -> Iterator[JobRecord | RowError]:
    path = Path(path)
    return parse_feed(path.read_bytes(), path.name)


def count_items(path: str | Path) -> int:
    return sum(1 for _ in read_rss(path))


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

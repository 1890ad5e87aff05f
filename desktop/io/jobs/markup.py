"""HTML to readable text, and the metadata block Upwork appends to every feed description.

Upwork's RSS description is the job text in HTML followed by lines like::

    <b>Hourly Range</b>: $25.00-$50.00
    <br /><b>Posted On</b>: May 13, 2024 09:46 UTC<br /><b>Category</b>: Data Visualization
    <br /><b>Skills</b>:SQL,     Dashboard    <br /><b>Country</b>: United Kingdom
    <br /><a href="…">click to apply</a>

The same block shows up as plain text in CSV exports built from those feeds (phibrandon writes it
as "Posted On\\n: June 06, 2024 10:55 UTC"). `split_feed_meta` separates it from the job text.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "blockquote", "pre", "section", "article", "header", "footer", "dl", "dt", "dd"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._pre = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCK:
            self.parts.append("\n\n")
            if tag == "pre":
                self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        # Outside <pre>, source line breaks are just spaces, as a browser shows them.
        self.parts.append(data if self._pre else re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """Readable text: <br> and block tags become line breaks, paragraphs stay apart, entities
    are decoded (&amp; &nbsp; &rsquo; …), runs of spaces collapse, at most one blank line."""
    if not html:
        return ""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return tidy("".join(parser.parts))


def tidy(text: str) -> str:
    """Normalise whitespace of plain text without losing paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\t", " ")
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(br|p|div|b|a|li|ul|strong|em|span)\b[^>]*>|&(nbsp|amp|#\d+);",
                          text or "", re.IGNORECASE))


_META_LABELS = ("Hourly Range", "Budget", "Posted On", "Category", "Skills", "Country",
                "Location")
_META_LINE = re.compile(rf"^(?P<label>{'|'.join(_META_LABELS)})\s*:\s*(?P<value>.*)$")
# "Posted On\n: June 06, …" -> "Posted On: June 06, …"
_SPLIT_LABEL = re.compile(rf"^({'|'.join(_META_LABELS)})\s*\n\s*:", re.MULTILINE)


def split_feed_meta(text: str) -> tuple[str, dict[str, str]]:
    """Plain text -> (job text, {"Hourly Range": "$25.00-$50.00", "Posted On": …, …}).

    Only a trailing block in Upwork's order counts: optionally "Hourly Range" or "Budget", then
    "Posted On" (always present), then Category / Skills / Country. So a client's own "Budget:
    open to offers" line above the block stays in the description. Repeated labels (Upwork
    prints Skills twice) keep the first value.
    """
    text = _SPLIT_LABEL.sub(r"\1:", text)
    lines = text.split("\n")
    meta: dict[str, str] = {}
    end = len(lines)
    while end > 0:
        line = lines[end - 1].strip()
        match = _META_LINE.match(line)
        if match:
            label = match.group("label")
            before_posted = label in ("Hourly Range", "Budget")
            if "Posted On" in meta and not before_posted:
                break  # a Category/Skills line above "Posted On" is the client's text
            if "Posted On" not in meta and before_posted:
                break  # a budget line below the block's start: not Upwork's block
            # Walking backwards, so overwriting keeps the first value in reading order.
            meta[label] = match.group("value").strip()
            end -= 1
            if before_posted:
                break  # the block starts here
            continue
        if line and line.lower() != "click to apply":
            break
        end -= 1
    if "Posted On" not in meta:
        return tidy(text), {}
    return tidy("\n".join(lines[:end])), meta

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
from html import unescape

_BLOCK = frozenset({"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                    "blockquote", "pre", "section", "article", "header", "footer", "dl", "dt",
                    "dd"})
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")


def _tag_break(match: re.Match[str]) -> str:
    closing, tag = match.group(1), match.group(2).lower()
    if tag == "br":
        return "\n"
    if tag == "li":
        return "" if closing else "\n- "
    return "\n\n" if tag in _BLOCK else ""


def html_to_text(html: str) -> str:
    """Readable text: <br> and block tags become line breaks, list items "- " lines, paragraphs
    stay apart, entities are decoded (&amp; &nbsp; &rsquo; …), at most one blank line.

    Tags are handled with regular expressions rather than html.parser: job descriptions are
    simple, already-sanitised markup, and this is several times faster on a big import.
    Source line breaks are spaces, as a browser shows them (<pre> is not kept verbatim).
    """
    if not html:
        return ""
    text = " ".join(_HIDDEN.sub("", html).split())
    text = _TAG.sub(_tag_break, text)
    text = unescape(text)
    if _DOUBLE_ESCAPED.search(text):
        # Upwork's feeds escape some client text twice ("&amp;quot;"): after one pass a
        # client's quotes would still read "&quot;reference.jpeg&quot;".
        text = _DOUBLE_ESCAPED.sub(lambda m: unescape(m.group()), text)
    return tidy(text)


_DOUBLE_ESCAPED = re.compile(r"&(?:quot|amp|apos|lt|gt|nbsp|#0*39|#0*34);")


_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Normalise whitespace of plain text without losing paragraphs: spaces collapse, lines are
    trimmed, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "")
    # str.split() without arguments splits on every kind of space, &nbsp; included.
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip() if "\n\n\n" in text else text.strip()


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(br|p|div|b|a|li|ul|strong|em|span)\b[^>]*>|&(nbsp|amp|#\d+);",
                          text or "", re.IGNORECASE))


_META_LABELS = ("Hourly Range", "Budget", "Posted On", "Category", "Skills", "Country",
                "Location")
_META_LINE = re.compile(rf"^(?P<label>{'|'.join(_META_LABELS)})\s*:\s*(?P<value>.*)$")
# "Posted On\n: June 06, …" -> "Posted On: June 06, …"
_SPLIT_LABEL = re.compile(rf"^({'|'.join(_META_LABELS)})\s*\n\s*:", re.MULTILINE)


def split_feed_meta(text: str) -> tuple[str, dict[str, str]]:
    """Tidied plain text -> (job text, {"Hourly Range": "$25.00-$50.00", "Posted On": …}).

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
        return text.strip(), {}
    return "\n".join(lines[:end]).strip(), meta

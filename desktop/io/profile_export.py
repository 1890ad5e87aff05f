"""Export a profile to paste into the marketplace: plain text, Markdown, JSON, HTML (for PDF).

Works on the plain-data `desktop.services.profile.snapshot(profile_id)`, so it needs no
database and no Qt. The marketplace's forms take one field at a time, so the text export is
a list of sections, each ready to paste on its own (the UI gives each a copy button).
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from models.rules.money import format_money

FORMATS = ("text", "markdown", "json", "html")
SUFFIXES = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    text: str  # plain text, exactly what goes into the marketplace field
    markdown: str


def _rate(profile: dict[str, Any]) -> str:
    if not profile.get("hourly_rate"):
        return ""
    return f"{format_money(Decimal(profile['hourly_rate']), profile.get('currency', 'USD'))}/hr"


def _span(start: str | int | None, end: str | int | None, current: bool = False) -> str:
    start = str(start)[:7] if start else ""
    end = "present" if current else (str(end)[:7] if end else "")
    if start and end:
        return f"{start} – {end}"
    return start or end


def sections(profile: dict[str, Any]) -> list[Section]:
    """The non-empty sections of a profile, in the order the marketplace asks for them."""
    out: list[Section] = []

    def add(key: str, title: str, lines: list[str], md: list[str] | None = None) -> None:
        text = "\n".join(lines).strip()
        if text:
            out.append(Section(key, title, text, "\n".join(md if md is not None else lines)
                               .strip()))

    add("title", "Title", [profile.get("title") or ""])
    add("overview", "Overview", [profile.get("overview") or ""])
    add("skills", "Skills", [", ".join(profile.get("skills") or [])])
    facts = [
        ("Hourly rate", _rate(profile)),
        ("Categories", ", ".join(profile.get("categories") or [])),
        ("Availability", profile.get("availability_text") or ""),
        ("Location", ", ".join(x for x in (profile.get("location"), profile.get("timezone"))
                               if x)),
        ("Languages", ", ".join(f"{lang['language']} ({lang['proficiency_text']})"
                                for lang in profile.get("languages") or [])),
    ]
    facts = [(k, v) for k, v in facts if v]
    add("details", "Rate and details", [f"{k}: {v}" for k, v in facts],
        [f"- **{k}:** {v}" for k, v in facts])

    lines: list[str] = []
    md: list[str] = []
    for item in profile.get("portfolio") or []:
        head = item["title"] + (f" ({item['completed_on'][:7]})" if item.get("completed_on")
                                else "")
        lines.append(head)
        md.append(f"### {head}")
        for label, value in (("Role", item.get("role")),
                             ("Skills", ", ".join(item.get("skills") or [])),
                             ("Link", item.get("url"))):
            if value:
                lines.append(f"{label}: {value}")
                md.append(f"- **{label}:** {value}")
        if item.get("description"):
            lines.append(item["description"])
            md.extend(["", item["description"]])
        lines.append("")
        md.append("")
    add("portfolio", "Portfolio", lines, md)

    lines, md = [], []
    for cert in profile.get("certifications") or []:
        bits = [cert["name"], cert.get("issuer") or ""]
        dates = ", ".join(x for x in (
            f"issued {cert['issued_on']}" if cert.get("issued_on") else "",
            f"expires {cert['expires_on']}" if cert.get("expires_on") else "") if x)
        extra = "; ".join(x for x in (dates, f"ID {cert['credential_id']}"
                                       if cert.get("credential_id") else "",
                                       cert.get("url") or "") if x)
        line = " — ".join(b for b in bits if b) + (f" ({extra})" if extra else "")
        lines.append(line)
        md.append(f"- {line}")
    add("certifications", "Certifications", lines, md)

    lines, md = [], []
    for job in profile.get("employment") or []:
        head = " at ".join(x for x in (job.get("role"), job["company"]) if x)
        span = _span(job.get("start_on"), job.get("end_on"), job.get("current"))
        where = job.get("location") or ""
        meta = ", ".join(x for x in (span, where) if x)
        lines.append(head + (f" ({meta})" if meta else ""))
        md.append(f"- **{head}**" + (f" ({meta})" if meta else ""))
        if job.get("description"):
            lines.append(f"  {job['description']}")
            md.append(f"  {job['description']}")
    add("employment", "Employment history", lines, md)

    lines, md = [], []
    for school in profile.get("education") or []:
        study = ", ".join(x for x in (school.get("degree"), school.get("field")) if x)
        span = _span(school.get("start_year"), school.get("end_year"))
        line = " — ".join(x for x in (school["school"], study) if x) + (
            f" ({span})" if span else "")
        lines.append(line)
        md.append(f"- {line}")
        if school.get("description"):
            lines.append(f"  {school['description']}")
            md.append(f"  {school['description']}")
    add("education", "Education", lines, md)
    return out


def _heading(profile: dict[str, Any]) -> str:
    return profile.get("name") or profile.get("display_name") or "Profile"


def to_text(profile: dict[str, Any]) -> str:
    parts = [_heading(profile).upper(), ""]
    for section in sections(profile):
        parts += [section.title.upper(), "-" * len(section.title), section.text, ""]
    return "\n".join(parts).rstrip() + "\n"


def to_markdown(profile: dict[str, Any]) -> str:
    parts = [f"# {_heading(profile)}", ""]
    for section in sections(profile):
        parts += [f"## {section.title}", "", section.markdown, ""]
    return "\n".join(parts).rstrip() + "\n"


def to_json(profile: dict[str, Any]) -> str:
    return json.dumps(profile, indent=2, ensure_ascii=False, sort_keys=True, default=str) + "\n"


def to_html(profile: dict[str, Any], *, photo_uri: str | None = None) -> str:
    """A compact one-page layout for the PDF export (rendered by Qt's QTextDocument)."""
    esc = html.escape
    head = [f"<h1>{esc(_heading(profile))}</h1>"]
    if profile.get("title"):
        head.append(f"<p class='title'>{esc(profile['title'])}</p>")
    facts = [x for x in (_rate(profile), profile.get("location"), profile.get("timezone"),
                         profile.get("availability_text")) if x]
    if facts:
        head.append(f"<p class='facts'>{esc('  ·  '.join(facts))}</p>")
    if photo_uri:
        top = (f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
               f"<td width='92'><img src='{esc(photo_uri)}' width='80' height='80'></td>"
               f"<td>{''.join(head)}</td></tr></table>")
    else:
        top = "".join(head)
    body = [top]
    for section in sections(profile):
        if section.key == "title":
            continue
        body.append(f"<h2>{esc(section.title)}</h2>")
        if section.key == "overview":
            paragraphs = [p for p in section.text.split("\n") if p.strip()]
            body.extend(f"<p>{esc(p)}</p>" for p in paragraphs)
        elif section.key == "skills":
            body.append(f"<p>{esc(section.text)}</p>")
        elif section.key == "portfolio":
            for item in profile.get("portfolio") or []:
                meta = " · ".join(x for x in (item.get("role"), item.get("completed_on"),
                                              item.get("url")) if x)
                body.append(f"<p><b>{esc(item['title'])}</b>"
                            + (f" <span class='meta'>{esc(meta)}</span>" if meta else "")
                            + (f"<br>{esc(item['description'])}" if item.get("description")
                               else "") + "</p>")
        elif section.key == "employment":
            for job in profile.get("employment") or []:
                head = " at ".join(x for x in (job.get("role"), job["company"]) if x)
                meta = ", ".join(x for x in (_span(job.get("start_on"), job.get("end_on"),
                                                   job.get("current")), job.get("location"))
                                 if x)
                body.append(_entry_html(head, meta, job.get("description")))
        elif section.key == "education":
            for school in profile.get("education") or []:
                study = ", ".join(x for x in (school.get("degree"), school.get("field")) if x)
                head = " — ".join(x for x in (school["school"], study) if x)
                body.append(_entry_html(head, _span(school.get("start_year"),
                                                    school.get("end_year")),
                                        school.get("description")))
        else:
            body.append("<ul>" + "".join(f"<li>{esc(line.strip())}</li>"
                                         for line in section.text.split("\n") if line.strip())
                        + "</ul>")
    style = ("body{font-family:sans-serif;font-size:9pt;color:#222}"
             "h1{font-size:17pt;margin:0}h2{font-size:11pt;color:#14532d;margin-top:8px;"
             "margin-bottom:3px}p{margin:0 0 4px 0}"
             ".title{font-size:11pt;color:#444}.facts,.meta{color:#666}ul{margin:0}")
    return (f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"
            + "".join(body) + "</body></html>")


def _entry_html(head: str, meta: str, description: str | None) -> str:
    esc = html.escape
    return (f"<p><b>{esc(head)}</b>" + (f" <span class='meta'>{esc(meta)}</span>" if meta
                                        else "")
            + (f"<br>{esc(description)}" if description else "") + "</p>")


def render(profile: dict[str, Any], fmt: str) -> str:
    if fmt == "text":
        return to_text(profile)
    if fmt == "markdown":
        return to_markdown(profile)
    if fmt == "json":
        return to_json(profile)
    if fmt == "html":
        return to_html(profile)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def write(profile: dict[str, Any], path: str | Path, fmt: str | None = None) -> Path:
    """Write the profile to `path` (format from `fmt` or the file's suffix)."""
    path = Path(path)
    if fmt is None:
        fmt = next((f for f, s in SUFFIXES.items() if path.suffix.lower() == s), None)
        if path.suffix.lower() == ".markdown":
            fmt = "markdown"
        if fmt is None:
            raise ValueError(f"{path.name}: cannot tell the format from the suffix; "
                             f"use one of {', '.join(SUFFIXES.values())}")
    text = render(profile, fmt)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path

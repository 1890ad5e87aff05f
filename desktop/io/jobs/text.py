"""Job postings pasted as text: Upwork search-result cards and full job pages.

Two layouts are understood:

* a search card, as copied from the results page (the layout of the real
  asaniczka_search_page_text_200.csv)::

      App developer to build a web scraper
      Hourly: $15-$35 - Intermediate - Est. Time: Less than 1 month, Less than 30 hrs/week <text>
      Data ScrapingAutomation                                   <- skill chips, glued
      Payment verified Rating is 4.98 out of 5. $10K+ spent Canada Proposals: 10 to 15
      Connects to apply: 8 Connects Posted yesterday

  The skills line or the client line may be missing or run into the description line.

* a job page, as copied from the browser: title, "Posted 2 hours ago", the description, then the
  facts ("Less than 30 hrs/week", "1-3 months / Duration", "$25.00-$50.00 / Hourly"), "Skills and
  Expertise", "Activity on this job" and "About the client".

Several postings pasted at once are split: at every card header, at separator lines ("---"), or
at each "Title / Posted …" pair when several job pages were pasted. Whatever the parser does not
understand stays in the record's raw_text, which is always the posting's full original text.
"""
from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from itertools import pairwise

from desktop import clock
from desktop.errors import Code
from desktop.io.jobs import codes
from desktop.io.jobs.countries import normalize_country
from desktop.io.jobs.markup import tidy
from desktop.io.jobs.record import (
    FieldError,
    JobRecord,
    clean_title,
    clean_url,
    extract_ext_id,
    parse_amount,
    parse_date,
    parse_relative,
    unique,
)
from desktop.io.jobs.skills import split_glued
from models.jobs import JobType

_MONEY = r"\$\s?[\d,]+(?:\.\d+)?[KkMm]?"
_LEVEL = r"Entry level|Entry|Intermediate|Expert"
_DURATION = (r"Less than (?:1|a) month|1 to 3 months|3 to 6 months|More than 6 months"
             r"|1-3 months|3-6 months|6\+ months|< ?1 month")
_WORKLOAD = (r"Less than 30 hrs/week|More than 30 hrs/week|30\+ hrs/week|Hours to be determined"
             r"|not_sure|As needed")
_SEP = r"\s*(?:-|\u2013|\n)\s*"

# "Hourly: $15-$35 - Intermediate - Est. Time: Less than 1 month, Less than 30 hrs/week"
# "Fixed-price - Expert - Est. Budget: $200"; the pieces may also sit on separate lines.
CARD_HEAD = re.compile(
    rf"(?P<type>Hourly|Fixed[- ]price)"
    rf"(?:\s*:\s*(?P<low>{_MONEY})(?:\s*-\s*(?P<high>{_MONEY}))?)?"
    rf"{_SEP}(?P<level>{_LEVEL})\b(?!(?: level)?\s*Experience level)"  # a job page's facts
    rf"(?:{_SEP}Est\.?\s*(?:time:\s*(?P<duration>{_DURATION})(?:\s*,\s*(?P<workload>{_WORKLOAD}))?"
    rf"|budget:\s*(?P<budget>{_MONEY})))?",
    re.IGNORECASE,
)
_POSTED = re.compile(
    r"^(?:Posted|Renewed)\s+(?P<when>.+?ago|yesterday|today|just now|last (?:week|month|year)"
    r"|[A-Z][a-z]{2,8} \d{1,2}, \d{4}(?: \d\d:\d\d(?: UTC)?)?)\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|={3,}|\*{3,}|_{3,})\s*$")
_CLIENT_START = re.compile(r"Payment (?:method )?(?:un|not )?verified", re.IGNORECASE)
_PROPOSALS = re.compile(r"Proposals:\s*(Less than 5|5 to 10|10 to 15|15 to 20|20 to 50|50\+)",
                        re.IGNORECASE)
_CONNECTS = re.compile(
    r"(?:Connects to apply|Send a proposal for|Required Connects to submit a proposal"
    r"|Connects required)\s*:?\s*(\d+)\s*Connects?", re.IGNORECASE)


@dataclass
class _Block:
    lines: list[str]
    start: int  # index of the block's first line in the pasted text


def parse_pasted(text: str, now: datetime | None = None) -> list[JobRecord]:
    """Postings in `text` -> records. "Posted 19 hours ago" is resolved against `now`
    (an aware datetime; default: the current time).

    Raises FieldError only when no posting at all can be read; a block that is not understood
    still becomes a record holding its raw text, so nothing pasted is dropped.
    """
    return [record for _, _, record in parse_blocks(text, now)]


def parse_blocks(text: str, now: datetime | None = None,
                 errors: list[tuple[int, FieldError]] | None = None
                 ) -> list[tuple[int, int, JobRecord]]:
    """Like parse_pasted, with each record's first and last line number (0-based) in `text`.

    With `errors`, a posting that cannot be read is listed there (its first line, the problem)
    and the others are still read; without it the first such problem is raised."""
    now = _check_now(now)
    lines = _normalise(text).split("\n")
    out = []
    for index, block in enumerate(_split(lines), start=1):
        raw = "\n".join(block.lines).strip("\n")
        if not raw.strip():
            continue
        try:
            record = _parse_block(block.lines, now)
        except FieldError as exc:
            if errors is None:
                raise
            errors.append((block.start, exc))
            continue
        record.raw_text = raw
        record.source = "paste"
        record.source_ref = f"paste:{index}"
        record.captured_at = now
        out.append((block.start, block.start + len(block.lines) - 1, _finish(record)))
    if not out and not errors:
        raise FieldError("text", Code.JOB_PASTE_EMPTY)
    return out


def _finish(record: JobRecord) -> JobRecord:
    """finish(), dropping a figure that breaks a rule rather than the posting: the user sees
    what was understood, and the raw text still holds the figure."""
    for _ in range(len(RULE_FIELDS)):
        try:
            return record.finish()
        except FieldError as exc:
            for name in RULE_FIELDS.get(exc.field, (exc.field,)):
                setattr(record, name, None)
    return record.finish()


# A broken rule names one field; these are the fields to forget with it.
RULE_FIELDS = {"hourly_max": ("hourly_min", "hourly_max"), "client_rating": ("client_rating",),
               "client_hire_rate": ("client_hire_rate",), "budget": ("budget",),
               "client_total_spent": ("client_total_spent",)}


def _check_now(now: datetime | None) -> datetime:
    if now is None:
        return clock.now()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for space in ("\xa0", "\u202f", "\u2009", "\t"):
        text = text.replace(space, " ")
    return text.replace("\u200b", "").replace("\ufeff", "")


# ---------------------------------------------------------------- splitting

def _is_head(lines: list[str], i: int) -> bool:
    """A card header starts at line i (its pieces may continue on the next two lines)."""
    if not re.match(r"\s*(?:Hourly|Fixed[- ]price)\b", lines[i], re.IGNORECASE):
        return False
    return bool(CARD_HEAD.match("\n".join(line.strip() for line in lines[i:i + 3])))


def _split(lines: list[str]) -> list[_Block]:
    blocks: list[_Block] = []
    start = 0
    for i, line in enumerate([*lines, "---"]):
        if _SEPARATOR.match(line):
            if any(s.strip() for s in lines[start:i]):
                blocks.extend(_split_unseparated(lines[start:i], start))
            start = i + 1
    return blocks


def _split_unseparated(lines: list[str], offset: int) -> list[_Block]:
    starts = _card_starts(lines) or _page_starts(lines)
    if not starts:
        return [_Block(lines, offset)]
    starts[0] = 0  # anything before the first posting belongs to it: nothing is dropped
    bounds = [*starts, len(lines)]
    return [_Block(lines[a:b], offset + a) for a, b in pairwise(bounds)]


def _card_starts(lines: list[str]) -> list[int]:
    """Each card starts at its title, the non-empty line above its header line (and at a
    "Posted …" line just above the title, where newer layouts put it)."""
    starts = []
    for i in range(len(lines)):
        if not _is_head(lines, i):
            continue
        title = _previous_filled(lines, i)
        if title is None:
            start = i
        else:
            start = title
            above = _previous_filled(lines, title)
            if above is not None and _POSTED.match(lines[above].strip()):
                start = above
        if not starts or start > starts[-1]:
            starts.append(start)
    return starts


def _page_starts(lines: list[str]) -> list[int]:
    """Several job pages pasted together: each starts with a title followed by "Posted …"."""
    if sum(1 for line in lines if line.strip().lower() == "about the client") < 2:
        return []
    starts = []
    for i, line in enumerate(lines):
        if _POSTED.match(line.strip()):
            title = _previous_filled(lines, i)
            if title is not None:
                starts.append(title)
    return starts if len(starts) >= 2 else []


def _previous_filled(lines: list[str], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if lines[j].strip():
            return j
    return None


# ---------------------------------------------------------------- one block

def _parse_block(lines: list[str], now: datetime) -> JobRecord:
    head = next((i for i in range(len(lines)) if _is_head(lines, i)), None)
    if head is not None:
        return _parse_card(lines, head, now)
    return _parse_page(lines, now)


def _parse_card(lines: list[str], head: int, now: datetime) -> JobRecord:
    record = JobRecord()
    above = [line.strip() for line in lines[:head] if line.strip()]
    for line in above:
        match = _POSTED.match(line)
        if match:
            _set_posted(record, match.group("when"), now)
    titles = [line for line in above if not _POSTED.match(line)]
    record.title = clean_title(titles[-1]) if titles else ""

    text = "\n".join(line.strip() for line in lines[head:])
    match = CARD_HEAD.match(text)
    assert match is not None  # head was found by the same pattern
    _read_head(record, match)
    rest = text[match.end():]
    client_at = _CLIENT_START.search(rest)
    if client_at is None:
        client_at = _PROPOSALS.search(rest)
    body = rest[:client_at.start()] if client_at else rest
    client = rest[client_at.start():] if client_at else ""

    body_lines = body.split("\n")
    if body_lines[0].strip():
        # One-line card: the description shares the header's line; lines below are skill chips.
        record.description = tidy(body_lines[0])
        chips = [line for line in body_lines[1:] if line.strip()]
    else:
        description, chips = _trailing_chips(body_lines[1:])
        record.description = tidy("\n".join(description))
    record.skills = unique([skill for line in chips for skill in split_glued(line)])
    _read_client(record, " ".join(client.split()), now)
    _read_link(record, text)
    return record


def _read_head(record: JobRecord, match: re.Match[str]) -> None:
    record.job_type = codes.job_type_code(match.group("type"))
    low, high = match.group("low"), match.group("high")
    if record.job_type == JobType.HOURLY:
        record.hourly_min = parse_amount(low, "hourly_min") if low else None
        record.hourly_max = parse_amount(high, "hourly_max") if high else None
    if match.group("budget"):
        record.budget = parse_amount(match.group("budget"), "budget")
    record.experience_level = codes.experience_code(match.group("level"))
    if match.group("duration"):
        record.duration = codes.duration_code(match.group("duration"))
    if match.group("workload"):
        record.workload = codes.workload_code(match.group("workload"))


def _trailing_chips(lines: list[str]) -> tuple[list[str], list[str]]:
    """Multi-line card: skill chips are the short label-like lines closing the body."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and _chip_like(lines[start - 1]):
        start -= 1
    if start == 0:  # every line looks like a chip: it is a description, not chips
        return lines[:end], []
    chips = [line for line in lines[start:end] if line.strip() and not _NOT_CHIPS.match(line)]
    return lines[:start], chips


def _chip_like(line: str) -> bool:
    line = line.strip()
    return (0 < len(line) <= 60 and not re.search(r"[.!?:;]$", line)
            and not re.match(r"^(?:[-•*]|\d+[.)])\s", line) and "thank" not in line.lower())


_NOT_CHIPS = re.compile(r"^(?:more|less|show more|show less|\+\s*\d+(?: more)?)$", re.I)
_COUNTRY_END = r"(?=\s+(?:Proposals:|Connects to apply|Posted\b|Featured\b|Applied\b)|\s*$)"


def _read_client(record: JobRecord, flat: str, now: datetime) -> None:
    """Client facts from a card's tail or a page's "About the client" (whitespace flattened)."""
    verified = re.search(r"Payment (?:method )?(verified|unverified|not verified)", flat, re.I)
    if verified:
        record.client_payment_verified = verified.group(1).lower() == "verified"
    rating = re.search(r"Rating is ([\d.]+) out of 5", flat)
    of_reviews = re.search(r"\b([\d.]+) of (\d+) reviews?\b", flat)
    if of_reviews:
        rating_text = of_reviews.group(1)
        record.client_reviews = int(of_reviews.group(2))
    else:
        rating_text = rating.group(1) if rating else None
        reviews = re.search(r"\b(\d+) reviews?\b", flat)
        record.client_reviews = int(reviews.group(1)) if reviews else None
    if rating_text is not None:
        value = Decimal(rating_text.rstrip("."))
        # "Rating is 0 out of 5" is how a card shows a client nobody has reviewed yet.
        record.client_rating = value if value > 0 else None
    spent = re.search(rf"({_MONEY})\+?\s*(?:total\s+)?spent", flat, re.I)
    if spent:
        record.client_total_spent = parse_amount(spent.group(1), "client_total_spent")
        country = re.search(rf"spent\s+([A-Z][A-Za-z .,'()&-]*?){_COUNTRY_END}", flat)
        if country:
            record.client_country = normalize_country(country.group(1))
    proposals = _PROPOSALS.search(flat)
    if proposals:
        record.proposals_band = codes.proposals_code(proposals.group(1))
    connects = _CONNECTS.search(flat)
    if connects:
        record.connects_required = int(connects.group(1))
    hires = re.search(r"\b(\d+) hires?\b", flat)
    if hires:
        record.client_hires = int(hires.group(1))
    hire_rate = re.search(r"\b(\d{1,3})% hire rate", flat, re.I)
    if hire_rate:
        record.client_hire_rate = int(hire_rate.group(1))
    open_jobs = re.search(r"\b(\d+) open jobs?\b", flat, re.I)
    if open_jobs:
        record.client_open_jobs = int(open_jobs.group(1))
    since = re.search(r"Member since ([A-Z][a-z]+ \d{1,2}, \d{4}|[A-Z][a-z]+ \d{4})", flat)
    if since:
        with suppress(FieldError):  # an odd month spelling ("Sept"): the raw text keeps it
            record.client_member_since = parse_date(since.group(1), "client_member_since")
    posted = re.search(r"\bPosted\s+(\d+\s+\w+\s+ago|an?\s+\w+\s+ago|yesterday|today|just now"
                       r"|last (?:week|month|year))", flat, re.I)
    if posted and record.posted_at is None:
        _set_posted(record, posted.group(1), now)


def _set_posted(record: JobRecord, text: str, now: datetime) -> None:
    """Posted time from "19 hours ago" (an estimate against ``now``, flagged) or a date."""
    record.posted_at = _when(text, now)
    record.posted_at_approx = record.posted_at is not None and parse_relative(text, now) is not None


def _when(text: str, now: datetime) -> datetime | None:
    relative = parse_relative(text, now)
    if relative is not None:
        return relative
    try:
        day = parse_date(text.replace(" UTC", ""), "posted_at")
    except FieldError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC) if day else None


def _read_link(record: JobRecord, text: str) -> None:
    url = re.search(r"https?://(?:www\.)?upwork\.com/\S*?(?:~|%7[Ee])0[12][0-9a-fA-F]+\S*", text)
    if url:
        record.url = clean_url(url.group(0).rstrip(").,"))
        record.ext_id = extract_ext_id(record.url)


# ---------------------------------------------------------------- job page

_FACT_LINE = re.compile(
    rf"^(?:{_WORKLOAD}|Hourly|Fixed[- ]price|{_DURATION}|Duration|Experience level|{_LEVEL}"
    r"|Skills and Expertise|Activity on this job|About the client|Project Type|Remote Job"
    rf"|Est\.? budget:?.*|{_MONEY}(?:\s*-\s*{_MONEY})?(?:\s*(?:/hr|Hourly|Fixed[- ]price))?"
    r"|Contract-to-hire.*"
    r"|You will be asked to answer.*|Attachment.*|Apply now|Save job)\s*$",
    re.IGNORECASE,
)
_SKILL_STOP = re.compile(
    r"^(?:Activity on this job|About the client|Preferred qualifications|Apply now|Save job"
    r"|Flag as inappropriate|Send a proposal for.*|Required Connects.*|Available Connects.*"
    r"|Proposals:.*|Attachments?.*|You will be asked.*|Client's recent history.*|Job link"
    r"|Other open jobs by this Client.*|Similar jobs.*)\s*$", re.IGNORECASE)
_SKILL_HEADINGS = re.compile(
    r"^(?:Skills and Expertise|Mandatory skills|Nice-to-have skills|Other skills|Skills"
    r"|Show more|Show less|more|\+\s*\d+(?: more)?|Tools|Deliverables)\s*:?\s*$", re.IGNORECASE)
_LOCATION = re.compile(r"^(?:Worldwide|.*\bmay apply\.?|.*\bonly\b.*|Summary)$", re.IGNORECASE)


def _parse_page(lines: list[str], now: datetime) -> JobRecord:
    record = JobRecord()
    stripped = [line.strip() for line in lines]
    filled = [i for i, line in enumerate(stripped) if line]
    if not filled:
        return record
    i = filled[0]
    posted = _POSTED.match(stripped[i])
    if posted:  # newer layouts put "Posted …" first
        _set_posted(record, posted.group("when"), now)
        i = _next_filled(stripped, i)
    if i is not None:
        record.title = clean_title(stripped[i])
        i = _next_filled(stripped, i)
    # Header lines under the title: "Posted 2 hours ago", "Worldwide", "Summary".
    while i is not None and (_POSTED.match(stripped[i]) or _LOCATION.match(stripped[i])):
        match = _POSTED.match(stripped[i])
        if match and record.posted_at is None:
            _set_posted(record, match.group("when"), now)
        i = _next_filled(stripped, i)
    start = i if i is not None else len(stripped)
    end = next((k for k in range(start, len(stripped)) if _FACT_LINE.match(stripped[k])),
               len(stripped))
    record.description = tidy("\n".join(stripped[start:end]))

    facts = stripped[end:]
    flat = " ".join(line for line in facts if line)
    _read_page_facts(record, facts, flat)
    client_at = next((k for k, line in enumerate(facts) if line.lower() == "about the client"),
                     None)
    activity = flat if client_at is None else " ".join(facts[:client_at])
    proposals = _PROPOSALS.search(activity.replace("Proposals: ", "Proposals:"))
    if proposals:
        record.proposals_band = codes.proposals_code(proposals.group(1))
    if client_at is not None:
        client_lines = [line for line in facts[client_at + 1:] if line]
        _read_client(record, " ".join(client_lines), now)
        record.client_country = _page_country(client_lines) or record.client_country
    connects = _CONNECTS.search(flat)
    if connects:
        record.connects_required = int(connects.group(1))
    _read_link(record, "\n".join(stripped))
    return record


def _next_filled(lines: list[str], i: int) -> int | None:
    return next((k for k in range(i + 1, len(lines)) if lines[k]), None)


def _read_page_facts(record: JobRecord, facts: list[str], flat: str) -> None:
    workload = re.search(_WORKLOAD, flat, re.IGNORECASE)
    if workload:
        record.workload = codes.workload_code(workload.group(0))
    duration = re.search(rf"({_DURATION})\s*(?:Duration|Project length)", flat, re.IGNORECASE)
    if duration:
        record.duration = codes.duration_code(duration.group(1))
    level = re.search(rf"({_LEVEL})\s*(?:Experience level)", flat, re.IGNORECASE)
    if level:
        record.experience_level = codes.experience_code(level.group(1))
    hourly = re.search(rf"({_MONEY})\s*(?:-\s*({_MONEY}))?\s*(?:/hr\s*)?Hourly", flat)
    fixed = re.search(rf"({_MONEY})\s*Fixed[- ]price|Est\.? budget:?\s*({_MONEY})", flat, re.I)
    if hourly:
        record.job_type = "hourly"
        record.hourly_min = parse_amount(hourly.group(1), "hourly_min")
        if hourly.group(2):
            record.hourly_max = parse_amount(hourly.group(2), "hourly_max")
    elif fixed:
        record.job_type = "fixed"
        record.budget = parse_amount(fixed.group(1) or fixed.group(2), "budget")
    elif re.search(r"\bHourly\b", flat):
        record.job_type = "hourly"
    elif re.search(r"\bFixed[- ]price\b", flat, re.IGNORECASE):
        record.job_type = "fixed"
    record.skills = _page_skills(facts)


def _page_skills(facts: list[str]) -> list[str]:
    at = next((k for k, line in enumerate(facts) if line.lower() == "skills and expertise"), None)
    if at is None:
        return []
    skills: list[str] = []
    for line in facts[at + 1:]:
        if _SKILL_STOP.match(line):
            break
        if not line or _SKILL_HEADINGS.match(line):
            continue
        skills.extend(split_glued(line) if len(line) > 40 else [line])
    return unique(skills)


_CLIENT_LABEL = re.compile(
    r"^(?:Payment method.*|Payment (?:un)?verified|Phone number verified|Rating is.*|[\d.]+ of \d+"
    r" reviews?|\d+ reviews?|No reviews yet.*|[\d.]+)$", re.IGNORECASE)


def _page_country(lines: list[str]) -> str | None:
    """The country is the first plain name after the verification and rating lines."""
    for line in lines[:8]:
        if _CLIENT_LABEL.match(line):
            continue
        if re.fullmatch(r"[A-Z][A-Za-z .,'()&-]{1,60}", line):
            return normalize_country(line)
        return None
    return None

"""Columns/keys of tabular job exports -> JobRecord fields, and building a record from one row.

CSV and JSON exports name the same things differently ("client_location" vs "country",
"Hourly/Fixed" vs "job_type", "min_budget" meaning an hourly rate on an hourly job and the budget
on a fixed-price one). `guess_mapping` matches headers loosely against the names seen in the real
exports; the UI shows the guess in its column-mapping step and passes back the user's choice.

Besides JobRecord fields a column may map to one of the PSEUDO_FIELDS below, whose meaning depends
on the row (the job type) or which feed a code into a field (one-hot workload columns).
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import fields as dc_fields
from datetime import UTC, datetime, tzinfo

from desktop.errors import Code, english_labels
from desktop.io.jobs import codes
from desktop.io.jobs.countries import normalize_country
from desktop.io.jobs.markup import html_to_text, looks_like_html, split_feed_meta, tidy
from desktop.io.jobs.record import (
    FieldError,
    ImportFileError,
    JobRecord,
    clean_title,
    clean_url,
    currency_of,
    extract_ext_id,
    is_relative,
    parse_amount,
    parse_amount_range,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_int,
    parse_percent,
    parse_skills,
)
from models.jobs import JobType

FIELD_LABELS: dict[str, str] = {
    "title": "Title",
    "description": "Description",
    "ext_id": "Job id (~01…)",
    "url": "Job link",
    "category": "Category",
    "subcategory": "Subcategory",
    "skills": "Skills",
    "job_type": "Hourly or fixed",
    "hourly_min": "Hourly rate from",
    "hourly_max": "Hourly rate to",
    "budget": "Fixed budget",
    "currency": "Currency",
    "experience_level": "Experience level",
    "duration": "Project length",
    "workload": "Hours per week",
    "proposals_band": "Proposals",
    "connects_required": "Connects to apply",
    "posted_at": "Posted",
    "client_payment_verified": "Client payment verified",
    "client_country": "Client country",
    "client_rating": "Client rating",
    "client_reviews": "Client reviews",
    "client_total_spent": "Client total spent",
    "client_hires": "Client hires",
    "client_hire_rate": "Client hire rate (%)",
    "client_open_jobs": "Client open jobs",
    "client_member_since": "Client member since",
    "captured_at": "Captured on",
}
english_labels("job_field", FIELD_LABELS)  # how str() of a row error names a field

PSEUDO_FIELDS: dict[str, str] = {
    "is_hourly": "Is hourly (yes/no)",
    "amount_min": "Lower amount (hourly rate from, or fixed budget)",
    "amount_max": "Upper amount (hourly rate to)",
    "amount_list": "Amounts as a list (hourly range or fixed budget)",
    "amount_avg": "Average amount (fixed budget; ignored for hourly jobs)",
    "workload=lt30": "Less than 30 hrs/week (1/0)",
    "workload=gt30": "More than 30 hrs/week (1/0)",
    "workload=as_needed": "Hours as needed (1/0)",
}

MAPPABLE_FIELDS: dict[str, str] = {**FIELD_LABELS, **PSEUDO_FIELDS}

_RECORD_FIELDS = {f.name for f in dc_fields(JobRecord)}
assert set(FIELD_LABELS) <= _RECORD_FIELDS

# Normalised header -> field; None = known column that is deliberately not imported (it is
# still kept in raw_text). Names come from the real exports in ../shared/data/jobs.
KNOWN_HEADERS: dict[str, str | None] = {
    # title / text / links
    "title": "title", "job_title": "title", "name": "title", "job_name": "title",
    "position": "title", "heading": "title", "subject": "title",
    "description": "description", "job_description": "description", "desc": "description",
    "raw_description": "description", "details": "description", "body": "description",
    "content": "description", "snippet": "description", "summary": "description",
    "text": "description", "job_text": "description",
    "url": "url", "link": "url", "job_url": "url", "job_link": "url", "href": "url",
    "ext_id": "ext_id", "ciphertext": "ext_id", "job_ciphertext": "ext_id", "job_key": "ext_id",
    "upwork_id": "ext_id", "job_id": "ext_id",
    "category": "category", "job_category": "category", "category_name": "category",
    "subcategory": "subcategory", "sub_category": "subcategory", "category2": "subcategory",
    "specialty": "subcategory",
    "skills": "skills", "skill": "skills", "tags": "skills", "required_skills": "skills",
    "skills_list": "skills", "job_skills": "skills",
    # type and money
    "job_type": "job_type", "type": "job_type", "hourly_fixed": "job_type",
    "payment_type": "job_type", "contract_type": "job_type", "budget_type": "job_type",
    "is_hourly": "is_hourly", "hourly": "is_hourly",
    "min_rate": "hourly_min", "hourly_min": "hourly_min", "hourly_range_min": "hourly_min",
    "rate_min": "hourly_min", "hourly_low": "hourly_min", "min_hourly_rate": "hourly_min",
    "hourly_rate_min": "hourly_min",
    "max_rate": "hourly_max", "hourly_max": "hourly_max", "hourly_range_max": "hourly_max",
    "rate_max": "hourly_max", "hourly_high": "hourly_max", "max_hourly_rate": "hourly_max",
    "hourly_rate_max": "hourly_max",
    "budget": "budget", "fixed_budget": "budget", "est_budget": "budget",
    "fixed_price_budget": "budget", "amount": "budget", "price": "budget",
    "min_budget": "amount_min", "budget_min": "amount_min",
    "max_budget": "amount_max", "budget_max": "amount_max",
    "fixed_price": "amount_list",
    "average_budget": "amount_avg", "avg_budget": "amount_avg",
    "currency": "currency",
    # bands
    "experience_level": "experience_level", "level": "experience_level",
    "experience": "experience_level", "expertise": "experience_level",
    "contractor_tier": "experience_level", "tier": "experience_level",
    "duration": "duration", "project_length": "duration", "length": "duration",
    "est_time": "duration", "job_duration": "duration",
    "work_hours": "workload", "workload": "workload", "hours_per_week": "workload",
    "weekly_hours": "workload", "engagement": "workload", "hours": "workload",
    "less_than_30": "workload=lt30", "more_than_30": "workload=gt30",
    "flexible": "workload=as_needed",
    "proposals": "proposals_band", "proposals_band": "proposals_band",
    "proposal_count": "proposals_band", "applicants": "proposals_band",
    "connects": "connects_required", "connects_required": "connects_required",
    "connects_to_apply": "connects_required", "required_connects": "connects_required",
    # times
    "posted_at": "posted_at", "posted": "posted_at", "posted_date": "posted_at",
    "posted_on": "posted_at", "published": "posted_at", "pubdate": "posted_at",
    "published_at": "posted_at", "date_posted": "posted_at", "created_at": "posted_at",
    "created": "posted_at", "publish_date": "posted_at", "date": "posted_at",
    "collection_date": "captured_at", "captured_at": "captured_at", "scraped_at": "captured_at",
    "fetched_at": "captured_at", "collected_at": "captured_at",
    # client
    "payment_verified": "client_payment_verified",
    "client_payment_verified": "client_payment_verified",
    "payment_method_verified": "client_payment_verified", "verified": "client_payment_verified",
    "country": "client_country", "client_country": "client_country",
    "client_location": "client_country",
    "rating": "client_rating", "client_rating": "client_rating",
    "client_feedback": "client_rating", "feedback": "client_rating",
    "reviews": "client_reviews", "client_reviews": "client_reviews",
    "reviews_count": "client_reviews", "feedback_count": "client_reviews",
    "client_total_spent": "client_total_spent", "total_spent": "client_total_spent",
    "client_spent": "client_total_spent", "spent": "client_total_spent",
    "hires": "client_hires", "hire": "client_hires", "client_hires": "client_hires",
    "total_hires": "client_hires",
    "hire_rate": "client_hire_rate", "client_hire_rate": "client_hire_rate",
    "open_jobs": "client_open_jobs", "client_open_jobs": "client_open_jobs",
    "client_jobs_open": "client_open_jobs",
    "member_since": "client_member_since", "client_member_since": "client_member_since",
    "client_since": "client_member_since",
    # known and deliberately not imported (kept in raw_text)
    "track_name": None, "interviewing": None, "invites_sent": None, "unanswered_invites": None,
    "active": None, "client_industry": None, "client_type": None, "location": None,
    "reversed_log_client_total_spent": None, "source_file": None, "rss_url": None,
    "application": None, "cover_letter": None, "attachment": None, "interview": None, "won": None,
    "": None, "unnamed_0": None, "index": None,
}

# Fallback for headers not in the table: a word inside the header, first match wins.
_HINTS: tuple[tuple[str, str], ...] = (
    ("title", "title"), ("descr", "description"), ("skill", "skills"), ("url", "url"),
    ("link", "url"), ("categor", "category"), ("country", "client_country"),
    ("spent", "client_total_spent"), ("budget", "budget"), ("proposal", "proposals_band"),
    ("connects", "connects_required"), ("posted", "posted_at"), ("publish", "posted_at"),
    ("level", "experience_level"), ("duration", "duration"), ("hire_rate", "client_hire_rate"),
    ("hires", "client_hires"), ("rating", "client_rating"), ("verified", "client_payment_verified"),
)


def normalize_header(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.replace("\ufeff", "").strip().lower()).strip("_")


def guess_mapping(headers: Iterable[str]) -> dict[str, str | None]:
    """Header -> field name (or a PSEUDO_FIELDS key), None for columns not imported.

    Exact known names win; a header that only contains a hint word gets the field only if no
    other column already claimed it.
    """
    headers = list(headers)
    result: dict[str, str | None] = {}
    taken: set[str] = set()
    for header in headers:
        key = normalize_header(header)
        if key in KNOWN_HEADERS:
            result[header] = KNOWN_HEADERS[key]
            if KNOWN_HEADERS[key]:
                taken.add(KNOWN_HEADERS[key])
    for header in headers:
        if header in result:
            continue
        key = normalize_header(header)
        guess = next((f for word, f in _HINTS if word in key and f not in taken), None)
        result[header] = guess
        if guess:
            taken.add(guess)
    return result


def check_mapping(mapping: dict[str, str | None]) -> None:
    """Raise ImportFileError (a code) for a mapping the importer cannot use (the UI says it)."""
    unknown = sorted({f for f in mapping.values() if f and f not in MAPPABLE_FIELDS})
    if unknown:
        raise ImportFileError(Code.MAPPING_UNKNOWN_FIELD, fields=", ".join(unknown))
    if not any(f in ("title", "description") for f in mapping.values()):
        raise ImportFileError(Code.MAPPING_NO_TITLE)


# ---------------------------------------------------------------- one row -> JobRecord

class CellError(FieldError):
    """FieldError that knows the column it came from (`field`) and the field it was read as."""

    def __init__(self, column: str, cause: FieldError, read_as: str):
        super().__init__(column, cause.code, **cause.params)
        self.read_as = read_as


_PARSERS = {
    "hourly_min": parse_amount, "hourly_max": parse_amount, "budget": parse_amount,
    "client_total_spent": parse_amount,
    "connects_required": parse_int, "client_reviews": parse_int, "client_hires": parse_int,
    "client_open_jobs": parse_int,
    "client_hire_rate": parse_percent, "client_rating": parse_decimal,
    "client_payment_verified": parse_bool, "client_member_since": parse_date,
}
_CODES = {
    "experience_level": codes.experience_code, "duration": codes.duration_code,
    "workload": codes.workload_code, "proposals_band": codes.proposals_code,
}


def build_record(cells: Iterable[tuple[str, str | None, object]], *, source: str,
                 source_ref: str | None, raw_text: str, now: datetime | None = None,
                 naive_tz: tzinfo = UTC) -> JobRecord:
    """cells: (column, target field or None, raw value) in column order.

    Raises CellError naming the column for a value that cannot be read, and FieldError for a
    row that is not a job (no title and no description) or breaks an invariant.
    """
    first: dict[str, tuple[str, object]] = {}
    for column, target, value in cells:
        if target and not codes.is_blank(value) and target not in first:
            first[target] = (column, value)

    def read(target: str, parser):
        if target not in first:
            return None
        column, value = first[target]
        try:
            return parser(value, target)
        except FieldError as exc:
            raise CellError(column, exc, target) from exc

    record = JobRecord(source=source, source_ref=source_ref, raw_text=raw_text)
    record.title = clean_title(_text(first.get("title")))
    url = _text(first.get("url"))
    record.url = clean_url(url)
    record.ext_id = extract_ext_id(_text(first.get("ext_id"))) or extract_ext_id(url)
    record.category = _text(first.get("category")) or None
    record.subcategory = _text(first.get("subcategory")) or None
    record.skills = read("skills", lambda v, _f: parse_skills(_unescape(v)))
    record.skills = [html.unescape(s) for s in record.skills or []]
    record.currency = (_text(first.get("currency")) or _amount_currency(first) or "USD").upper()
    country = read("client_country", lambda v, _f: normalize_country(_unescape(v)))
    record.client_country = country
    for target, parser in _PARSERS.items():
        setattr(record, target, read(target, parser))
    for target, to_code in _CODES.items():
        setattr(record, target, read(target, lambda v, _f, c=to_code: _code(c, v, _f)))
    if record.client_rating is not None and record.client_rating == 0:
        record.client_rating = None  # "0 out of 5" is Upwork's way of saying "no feedback yet"
    if record.workload is None:
        for code in codes.WORKLOADS:
            if read(f"workload={code}", parse_bool):
                record.workload = code
                break
    record.posted_at = read("posted_at", lambda v, f: parse_datetime(v, f, now=now,
                                                                      naive_tz=naive_tz))
    if record.posted_at is not None and "posted_at" in first:
        record.posted_at_approx = is_relative(first["posted_at"][1])
    record.captured_at = read("captured_at", lambda v, f: parse_datetime(v, f, naive_tz=naive_tz))
    _read_type_and_amounts(record, first, read)

    description = _text(first.get("description"), keep_lines=True)
    description = html_to_text(description) if looks_like_html(description) else tidy(description)
    record.description, meta = split_feed_meta(description)
    if meta:
        posted_naive = "posted_at" in first and not _has_zone(first["posted_at"][1])
        apply_feed_meta(record, meta, prefer_posted=posted_naive)
    if not record.title and not record.description:
        raise FieldError("title", Code.JOB_ROW_NOTHING)
    return record.finish()


def _read_type_and_amounts(record: JobRecord, first: dict[str, tuple[str, object]],
                           read) -> None:
    """Job type, then the row-dependent amount columns (raoina's min/max_budget, fixed_price)."""
    if "job_type" in first:
        column, value = first["job_type"]
        try:
            record.job_type = codes.job_type_code(str(value))
        except codes.CodeError as exc:
            raise CellError(column, FieldError("job_type", exc.code, **exc.params),
                            "job_type") from exc
        # "Hourly: $25.00 - $35.00" (kadiroruc search cards) carries the range too.
        text = str(value)
        if "$" in text:
            low, high = read("job_type", lambda v, f: parse_amount_range(
                str(v).split(":", 1)[-1], f))
            if record.job_type == JobType.HOURLY:
                record.hourly_min = record.hourly_min or low
                record.hourly_max = record.hourly_max or high
            elif record.job_type == JobType.FIXED and record.budget is None:
                record.budget = low
    elif "is_hourly" in first:
        hourly = read("is_hourly", parse_bool)
        record.job_type = "hourly" if hourly else None  # not hourly != known to be fixed

    low = read("amount_min", parse_amount)
    high = read("amount_max", parse_amount)
    if low is None and high is None:
        low, high = read("amount_list", parse_amount_range) or (None, None)
    if record.job_type == JobType.HOURLY:
        record.hourly_min = record.hourly_min if record.hourly_min is not None else low
        record.hourly_max = record.hourly_max if record.hourly_max is not None else high
    elif record.job_type == JobType.FIXED:
        if record.budget is None:
            record.budget = low if low is not None else read("amount_avg", parse_amount)
    elif low is not None and high is not None:
        record.hourly_min, record.hourly_max = low, high  # only hourly jobs show a range


def apply_feed_meta(record: JobRecord, meta: dict[str, str], *,
                    prefer_posted: bool = False) -> None:
    """Fill fields the record lacks from an Upwork feed block ("Hourly Range", "Budget", …).

    `prefer_posted`: the record's posted time came without a zone, and "Posted On … UTC" is
    exact, so it replaces it (phibrandon's CSV wrote feed times in the exporter's local time).
    A value in the block that cannot be read is left alone: it is derived data, and the raw text
    keeps it.
    """
    if "Hourly Range" in meta:
        low, high = _lenient(parse_amount_range, meta["Hourly Range"]) or (None, None)
        if low is not None:
            record.job_type = record.job_type or "hourly"
        if record.hourly_min is None:
            record.hourly_min = low
        if record.hourly_max is None:
            record.hourly_max = high
    if "Budget" in meta and record.budget is None:
        record.budget = _lenient(parse_amount, meta["Budget"])
        if record.budget is not None:
            record.job_type = record.job_type or "fixed"
    if "Posted On" in meta and (record.posted_at is None or prefer_posted):
        record.posted_at = _lenient(parse_datetime, meta["Posted On"]) or record.posted_at
    if "Category" in meta and not record.category:
        record.category = html.unescape(meta["Category"]) or None
    if "Skills" in meta and not record.skills:
        record.skills = parse_skills(html.unescape(meta["Skills"]))
    country = meta.get("Country") or meta.get("Location")
    if country and not record.client_country:
        record.client_country = normalize_country(html.unescape(country))


def _amount_currency(first: dict[str, tuple[str, object]]) -> str | None:
    """A currency sign on the amounts ("£250") when no currency column says otherwise."""
    for target in ("budget", "hourly_min", "hourly_max", "amount_min", "amount_max",
                   "amount_list", "job_type"):
        if target in first:
            found = currency_of(first[target][1])
            if found:
                return found
    return None


def _lenient(parser, value: str):
    try:
        return parser(value, "feed")
    except FieldError:
        return None


def _code(to_code, value: object, target: str) -> str | None:
    try:
        return to_code(str(value))
    except codes.CodeError as exc:
        raise FieldError(target, exc.code, **exc.params) from exc


def _text(cell: tuple[str, object] | None, *, keep_lines: bool = False) -> str:
    if cell is None:
        return ""
    value = cell[1]
    text = str(value) if not isinstance(value, list) else ", ".join(map(str, value))
    text = html.unescape(text) if not keep_lines else text
    return text.strip()


def _unescape(value: object) -> object:
    return html.unescape(value) if isinstance(value, str) else value


def _has_zone(value: object) -> bool:
    if isinstance(value, datetime):
        return value.tzinfo is not None
    return bool(re.search(r"(Z|[+-]\d\d:?\d\d|UTC|GMT)\s*$", str(value).strip()))

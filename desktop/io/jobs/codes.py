"""Band and level codes for job postings, with their display labels.

The database stores these short codes, never the marketplace's display strings, so a filter or a
sort does not depend on how Upwork (or a scraper) happened to spell a value that day. Each
`*_code()` function reads the spellings found in real exports and pasted pages and returns the
code, None for an empty value, or raises CodeError for text it does not recognise (the importers
turn that into a row error naming the field).

The dicts are ordered from low to high so the UI can offer them in that order.
"""
from __future__ import annotations

import re

from desktop.errors import Code, ServiceError


class CodeError(ServiceError):
    """A value that is not one of the known spellings of a band or level."""


def _shown(text: str) -> str:
    """A value for a message: its repr, cut to a line."""
    shown = repr(text)
    return shown if len(shown) <= 60 else shown[:57] + "..."


JOB_TYPES = {"hourly": "Hourly", "fixed": "Fixed price"}

EXPERIENCE_LEVELS = {"entry": "Entry level", "intermediate": "Intermediate", "expert": "Expert"}

DURATIONS = {
    "lt1m": "Less than 1 month",
    "1to3m": "1 to 3 months",
    "3to6m": "3 to 6 months",
    "gt6m": "More than 6 months",
}

WORKLOADS = {
    "lt30": "Less than 30 hrs/week",
    "gt30": "More than 30 hrs/week",
    "as_needed": "As needed",
}

PROPOSAL_BANDS = {
    "lt5": "Less than 5",
    "5to10": "5 to 10",
    "10to15": "10 to 15",
    "15to20": "15 to 20",
    "20to50": "20 to 50",
    "50plus": "50+",
}

# Values that mean "nothing here" in the real files (pandas writes "nan", scrapers "N/A").
BLANKS = frozenset({"", "n/a", "na", "nan", "none", "null", "-", "—", "[]", "['']"})


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in BLANKS)


def _key(text: str) -> str:
    """Lower-case, unify dashes and spaces: "Less than 30 hrs/week" -> "less than 30 hrs/week"."""
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def job_type_code(text: str | bool | None) -> str | None:
    if isinstance(text, bool):  # an "is_hourly" column
        return "hourly" if text else None
    if is_blank(text):
        return None
    key = _key(str(text))
    if key.startswith("hourly"):
        return "hourly"
    if re.match(r"fixed([- ]?price)?\b", key) or key in {"fixed", "contract", "budget"}:
        return "fixed"
    raise CodeError(Code.JOB_ROW_UNKNOWN_JOB_TYPE, value=_shown(text))


def experience_code(text: str | None) -> str | None:
    if is_blank(text):
        return None
    key = _key(str(text)).replace("experience level", "").strip(" -:")
    for code, words in (
        ("entry", ("entry", "entry level", "beginner", "$")),
        ("intermediate", ("intermediate", "$$")),
        ("expert", ("expert", "$$$")),
    ):
        if key in words:
            return code
    raise CodeError(Code.JOB_ROW_NOT_LEVEL, value=_shown(text))


# Durations: Upwork's words, raoina's short forms, and raoina Data_Analyst's ordinals 1..4
# (checked against the same jobs in raoina_combined_preprocessed: 1 = "< 1 month" … 4 = "6+").
_DURATIONS = {
    "lt1m": ("less than 1 month", "less than a month", "< 1 month", "<1 month", "1"),
    "1to3m": ("1 to 3 months", "1-3 months", "1 - 3 months", "2"),
    "3to6m": ("3 to 6 months", "3-6 months", "3 - 6 months", "3"),
    "gt6m": ("more than 6 months", "6+ months", "> 6 months", "over 6 months", "4"),
}
# "Contract" (raoina) and 0 mean a fixed-price job, which has no duration band.
_NO_DURATION = {"contract", "0", "not specified", "not_sure"}


def duration_code(text: str | None) -> str | None:
    if is_blank(text):
        return None
    key = _key(str(text)).replace("duration", "").strip(" -:")
    if key.endswith(".0"):  # "2.0" from a float column
        key = key[:-2]
    if key in _NO_DURATION:
        return None
    for code, words in _DURATIONS.items():
        if key in words:
            return code
    raise CodeError(Code.JOB_ROW_NOT_DURATION, value=_shown(text))


_WORKLOADS = {
    "lt30": ("less than 30 hrs/week", "less than 30 hours/week", "less than 30 hours per week",
             "< 30 hrs/week", "<30", "part-time", "part time"),
    "gt30": ("more than 30 hrs/week", "30+ hrs/week", "more than 30 hours/week", "> 30 hrs/week",
             "full-time", "full time", ">30"),
    "as_needed": ("as needed", "as_needed", "hours to be determined", "not_sure", "not sure",
                  "flexible", "i'm not sure", "open to offers"),
}


def workload_code(text: str | None) -> str | None:
    if is_blank(text):
        return None
    key = _key(str(text))
    for code, words in _WORKLOADS.items():
        if key in words:
            return code
    raise CodeError(Code.JOB_ROW_NOT_WORKLOAD, value=_shown(text))


_BANDS = {
    "lt5": ("less than 5", "< 5", "<5", "0 to 5", "0-5", "0", "1", "2", "3", "4"),
    "5to10": ("5 to 10", "5-10"),
    "10to15": ("10 to 15", "10-15"),
    "15to20": ("15 to 20", "15-20"),
    "20to50": ("20 to 50", "20-50"),
    "50plus": ("50+", "50 +", "more than 50", "50 or more"),
}


def proposals_code(text: str | int | None) -> str | None:
    """"10 to 15" -> "10to15"; a plain count (e.g. 7) goes to the band that holds it."""
    if is_blank(text):
        return None
    key = _key(str(text)).removeprefix("proposals:").strip()
    for code, words in _BANDS.items():
        if key in words:
            return code
    if re.fullmatch(r"\d+(\.0)?", key):
        n = int(float(key))
        for limit, code in ((5, "lt5"), (10, "5to10"), (15, "10to15"), (20, "15to20"),
                            (50, "20to50")):
            if n < limit:
                return code
        return "50plus"
    raise CodeError(Code.JOB_ROW_NOT_PROPOSALS, value=_shown(text))


LABELS = {
    "job_type": JOB_TYPES,
    "experience_level": EXPERIENCE_LEVELS,
    "duration": DURATIONS,
    "workload": WORKLOADS,
    "proposals_band": PROPOSAL_BANDS,
}


def label(field: str, code: str | None) -> str:
    """Display label of a stored code ("1to3m" -> "1 to 3 months"); "" for None."""
    if code is None:
        return ""
    return LABELS[field].get(code, code)

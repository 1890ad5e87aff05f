"""How strong is a profile? A weighted checklist of concrete hints, as pure functions.

The advice freelancers get first: a professional photo, a specific title, an overview that
speaks to the client and ends with a call to action, enough skills, portfolio samples,
current certifications, and a rate in line with what clients already pay them. Each check
becomes a `Hint` naming the editor field it is about, so the UI can jump there.

Thresholds are module constants here (one place); marketplace limits come from
`models.rules.limits`.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from models.rules.limits import limit
from models.rules.money import format_money

MIN_OVERVIEW_WORDS = 120  # guides agree on 150–300 words; below ~120 reads as thin
MIN_SKILLS = 6
RATE_GAP = Decimal("0.75")  # warn when the rate is under 75% of the median won hourly rate
EXPIRY_WARNING_DAYS = 60

# Words that say nothing specific on their own: a title made only of these is generic.
_GENERIC_TEXT = """
a an the and or of in for with to at on i am im i'm my your you & | - / + top rated best
freelance freelancer developer development designer design writer writing expert experts
professional specialist consultant engineer programmer coder web website graphic content
virtual assistant va senior junior experienced skilled creative reliable hardworking
hard working quality fast services service solutions it tech full stack fullstack software
"""
GENERIC_WORDS = frozenset(_GENERIC_TEXT.split())

_CTA = re.compile(
    r"\b(contact me|message me|send me|reach out|get in touch|let'?s (talk|chat|discuss|"
    r"work|build|get|start|connect)|invite me|hire me|drop me|feel free to|book a|schedule a|"
    r"click|i'?d love to hear|looking forward to (hearing|working)|write to me|ping me)\b",
    re.IGNORECASE)
_GREETING = re.compile(r"^\W*(hi|hello|hey|dear|greetings|my name is|i am a|i'?m a)\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class ProfileFacts:
    """What the checklist looks at; built by the profile service from the database."""

    has_photo: bool = False
    title: str = ""
    overview: str = ""
    skills: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    portfolio_count: int = 0
    certifications: tuple[tuple[str, date | None], ...] = ()  # (name, expires_on)
    hourly_rate: Decimal | None = None
    contract_rates: tuple[Decimal, ...] = ()  # hourly rates of the user's own contracts
    languages: int = 0
    history_entries: int = 0  # employment + education
    currency: str = "USD"


@dataclass(frozen=True)
class Hint:
    key: str  # stable id of the check
    field: str  # the editor field it is about (photo, title, overview, skills, …)
    weight: int
    passed: bool
    message: str
    detail: str = ""
    severity: str = field(default="")  # "" | "warning" (passed but worth a look)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'+#.-]+", text or "")


def is_generic_title(title: str) -> bool:
    """True when the title says nothing a client could search for ("Web Developer")."""
    tokens = [w.lower().strip(".-") for w in words(title)]
    tokens = [t for t in tokens if t]
    if len(tokens) < 3:
        return True
    return all(t in GENERIC_WORDS for t in tokens)


def has_call_to_action(overview: str) -> bool:
    return bool(_CTA.search(overview or ""))


def opens_with_greeting(overview: str) -> bool:
    return bool(_GREETING.search(overview or ""))


def _title_hint(title: str) -> Hint:
    title = title.strip()
    most = limit("profile_title_chars")
    if not title:
        return Hint("title", "title", 14, False, "Add a title",
                    "A short, specific headline: what you do and for whom.")
    if len(title) > most:
        return Hint("title", "title", 14, False,
                    f"Title is too long ({len(title)} of {most} characters)",
                    "Clients see a cut-off headline; keep the specific part.")
    if is_generic_title(title):
        return Hint("title", "title", 14, False, "Title is too generic",
                    "Name a niche, tool or result, e.g. “Shopify developer for fast, "
                    "conversion-focused stores”.")
    return Hint("title", "title", 14, True, "Specific title")


def _overview_hints(overview: str) -> list[Hint]:
    text = overview.strip()
    count = len(words(text))
    most = limit("overview_chars")
    preview = limit("overview_preview_chars")
    if not text:
        length = Hint("overview_length", "overview", 14, False, "Write an overview",
                      f"At least {MIN_OVERVIEW_WORDS} words on the problems you solve.")
    elif len(text) > most:
        length = Hint("overview_length", "overview", 14, False,
                      f"Overview is over the limit ({len(text):,} of {most:,} characters)")
    elif count < MIN_OVERVIEW_WORDS:
        length = Hint("overview_length", "overview", 14, False,
                      f"Overview is short ({count} of {MIN_OVERVIEW_WORDS}+ words)",
                      "Add results, tools and how you work.")
    else:
        length = Hint("overview_length", "overview", 14, True,
                      f"Overview is substantial ({count} words)")
    cta = has_call_to_action(text)
    call = Hint("overview_cta", "overview", 6, bool(text) and cta,
                "Overview ends with a call to action" if cta else
                "Add a call to action",
                "" if cta else "Close with an invitation, e.g. “Message me with your goals "
                               "and I’ll reply within a day”.")
    greeting = opens_with_greeting(text)
    opening = Hint("overview_opening", "overview", 5, bool(text) and not greeting,
                   "Strong opening" if text and not greeting else
                   "Open with what you do for the client",
                   "" if text and not greeting else
                   f"Only the first {preview} characters show before “more”; "
                   "skip the greeting and lead with the result you deliver.")
    return [length, call, opening]


def _certification_hint(certs: tuple[tuple[str, date | None], ...], today: date) -> Hint:
    expired = [(n, d) for n, d in certs if d is not None and d < today]
    if expired:
        name, when = expired[0]
        more = f" (+{len(expired) - 1} more)" if len(expired) > 1 else ""
        return Hint("certifications", "certifications", 5, False,
                    f"Certification expired: {name}{more}",
                    f"Expired on {when.isoformat()}; renew it or remove it.")
    if not certs:
        return Hint("certifications", "certifications", 5, False, "Add a certification",
                    "A current certificate backs up the skills you list.")
    soon = [(n, d) for n, d in certs
            if d is not None and d <= today + timedelta(days=EXPIRY_WARNING_DAYS)]
    if soon:
        name, when = soon[0]
        return Hint("certifications", "certifications", 5, True,
                    f"Certification expires soon: {name}", f"Expires on {when.isoformat()}.",
                    severity="warning")
    return Hint("certifications", "certifications", 5, True, "Certifications are current")


def _rate_hints(facts: ProfileFacts) -> list[Hint]:
    rate = facts.hourly_rate
    hints = [Hint("rate_set", "hourly_rate", 6, rate is not None,
                  "Hourly rate set" if rate is not None else "Set an hourly rate",
                  "" if rate is not None else "Clients filter by rate; leaving it empty "
                                              "hides you from those searches.")]
    if facts.contract_rates and rate is not None:
        median = Decimal(statistics.median(facts.contract_rates))
        low = rate < median * RATE_GAP
        shown = format_money(median, facts.currency)
        hints.append(Hint(
            "rate_vs_contracts", "hourly_rate", 6, not low,
            f"Rate is far below what your contracts pay ({shown}/h median)" if low else
            "Rate is in line with your contracts",
            f"{format_money(rate, facts.currency)}/h is under {int(RATE_GAP * 100)}% of the "
            f"median rate of your {len(facts.contract_rates)} hourly contract(s)." if low else ""))
    return hints


def evaluate(facts: ProfileFacts, today: date) -> list[Hint]:
    """Every check, in the order a user should work through them."""
    skills = len(facts.skills)
    hints = [
        Hint("photo", "photo", 12, facts.has_photo,
             "Photo added" if facts.has_photo else "Add a professional photo",
             "" if facts.has_photo else "A clear, friendly head-and-shoulders shot."),
        _title_hint(facts.title),
        *_overview_hints(facts.overview),
        Hint("skills", "skills", 10, skills >= MIN_SKILLS,
             f"{skills} skills listed" if skills >= MIN_SKILLS else
             f"Add skills ({skills} of at least {MIN_SKILLS})",
             "" if skills >= MIN_SKILLS else
             f"List up to {limit('profile_skills')} skills clients search for."),
        Hint("category", "category", 3, bool(facts.categories),
             "Category chosen" if facts.categories else "Choose a category"),
        Hint("portfolio", "portfolio", 12, facts.portfolio_count > 0,
             f"{facts.portfolio_count} portfolio item(s)" if facts.portfolio_count else
             "Add a portfolio item",
             "" if facts.portfolio_count else "Show one finished project with your role "
                                              "and the result."),
        _certification_hint(facts.certifications, today),
        *_rate_hints(facts),
        Hint("languages", "languages", 4, facts.languages > 0,
             "Languages listed" if facts.languages else "Add your languages",
             "" if facts.languages else "Most clients check your English level."),
        Hint("history", "employment", 3, facts.history_entries > 0,
             "Employment or education listed" if facts.history_entries else
             "Add employment or education",
             "" if facts.history_entries else "Past roles make your experience concrete."),
    ]
    return hints


def score(hints: list[Hint]) -> int:
    """0–100: the weighted share of checks passed."""
    total = sum(h.weight for h in hints)
    if not total:
        return 0
    return round(100 * sum(h.weight for h in hints if h.passed) / total)


def grade(value: int) -> str:
    if value >= 90:
        return "Excellent"
    if value >= 70:
        return "Strong"
    if value >= 40:
        return "Getting there"
    return "Needs work"

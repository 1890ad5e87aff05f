"""How strong is a profile? A weighted checklist of concrete hints, as pure functions.

The advice freelancers get first: a professional photo, a specific title, an overview that
speaks to the client and ends with a call to action, enough skills, portfolio samples,
current certifications, and a rate in line with what clients already pay them. Each check
becomes a `Hint` naming the editor field it is about, so the UI can jump there.

Thresholds are module constants here (one place); marketplace limits come from
`models.rules.limits`.
"""
from __future__ import annotations

import dataclasses
import re
import statistics
from dataclasses import dataclass
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
    code: str  # which text of MESSAGES describes the outcome
    params: dict = dataclasses.field(default_factory=dict, compare=False)  # raw values for the text
    severity: str = ""  # "" | "warning" (passed but worth a look)

    @property
    def message(self) -> str:
        return MESSAGES[self.code][0].format(**english(self.params))

    @property
    def detail(self) -> str:
        return MESSAGES[self.code][1].format(**english(self.params))


# code -> (message, detail), English. The UI shows translated copies of these texts with the
# same {placeholders} (ui/profile/strength.py; a test keeps the two in step). Params are raw
# values: dates as date, money as Decimal (with {currency}), counts as int.
MESSAGES: dict[str, tuple[str, str]] = {
    "photo_ok": ("Photo added", ""),
    "photo_missing": ("Add a professional photo", "A clear, friendly head-and-shoulders shot."),
    "title_missing": ("Add a title", "A short, specific headline: what you do and for whom."),
    "title_too_long": ("Title is too long ({length} of {most} characters)",
                       "Clients see a cut-off headline; keep the specific part."),
    "title_generic": ("Title is too generic",
                      "Name a niche, tool or result, e.g. “Shopify developer for fast, "
                      "conversion-focused stores”."),
    "title_ok": ("Specific title", ""),
    "overview_missing": ("Write an overview",
                         "At least {min_words} words on the problems you solve."),
    "overview_too_long": ("Overview is over the limit ({chars} of {most} characters)", ""),
    "overview_short": ("Overview is short ({words} of {min_words}+ words)",
                       "Add results, tools and how you work."),
    "overview_ok": ("Overview is substantial ({words} words)", ""),
    "cta_ok": ("Overview ends with a call to action", ""),
    "cta_missing": ("Add a call to action",
                    "Close with an invitation, e.g. “Message me with your goals and I’ll reply "
                    "within a day”."),
    "opening_ok": ("Strong opening", ""),
    "opening_weak": ("Open with what you do for the client",
                     "Only the first {preview} characters show before “more”; skip the "
                     "greeting and lead with the result you deliver."),
    "skills_ok": ("{count} skills listed", ""),
    "skills_few": ("Add skills ({count} of at least {min})",
                   "List up to {most} skills clients search for."),
    "category_ok": ("Category chosen", ""),
    "category_missing": ("Choose a category", ""),
    "portfolio_ok": ("{count} portfolio item(s)", ""),
    "portfolio_missing": ("Add a portfolio item",
                          "Show one finished project with your role and the result."),
    "cert_expired": ("Certification expired: {name}", "Expired on {date}; renew it or remove it."),
    "cert_expired_more": ("Certification expired: {name} (+{more} more)",
                          "Expired on {date}; renew it or remove it."),
    "cert_missing": ("Add a certification", "A current certificate backs up the skills you list."),
    "cert_expiring": ("Certification expires soon: {name}", "Expires on {date}."),
    "cert_ok": ("Certifications are current", ""),
    "rate_ok": ("Hourly rate set", ""),
    "rate_missing": ("Set an hourly rate",
                     "Clients filter by rate; leaving it empty hides you from those searches."),
    "rate_low": ("Rate is far below what your contracts pay ({median}/h median)",
                 "{rate}/h is under {percent}% of the median rate of your {contracts} hourly "
                 "contract(s)."),
    "rate_in_line": ("Rate is in line with your contracts", ""),
    "languages_ok": ("Languages listed", ""),
    "languages_missing": ("Add your languages", "Most clients check your English level."),
    "history_ok": ("Employment or education listed", ""),
    "history_missing": ("Add employment or education",
                        "Past roles make your experience concrete."),
}
MONEY_PARAMS = ("median", "rate")  # formatted with the {currency} param


def english(params: dict) -> dict:
    """Params as the English texts show them (ISO dates, $-formatted money, 1,234)."""
    shown = {}
    for name, value in params.items():
        if name in MONEY_PARAMS:
            value = format_money(value, params.get("currency", "USD"))
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:,}"
        shown[name] = value
    return shown


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
        return Hint("title", "title", 14, False, "title_missing")
    if len(title) > most:
        return Hint("title", "title", 14, False, "title_too_long",
                    {"length": len(title), "most": most})
    if is_generic_title(title):
        return Hint("title", "title", 14, False, "title_generic")
    return Hint("title", "title", 14, True, "title_ok")


def _overview_hints(overview: str) -> list[Hint]:
    text = overview.strip()
    count = len(words(text))
    most = limit("overview_chars")
    if not text:
        length = Hint("overview_length", "overview", 14, False, "overview_missing",
                      {"min_words": MIN_OVERVIEW_WORDS})
    elif len(text) > most:
        length = Hint("overview_length", "overview", 14, False, "overview_too_long",
                      {"chars": len(text), "most": most})
    elif count < MIN_OVERVIEW_WORDS:
        length = Hint("overview_length", "overview", 14, False, "overview_short",
                      {"words": count, "min_words": MIN_OVERVIEW_WORDS})
    else:
        length = Hint("overview_length", "overview", 14, True, "overview_ok", {"words": count})
    cta = bool(text) and has_call_to_action(text)
    call = Hint("overview_cta", "overview", 6, cta, "cta_ok" if cta else "cta_missing")
    strong = bool(text) and not opens_with_greeting(text)
    opening = Hint("overview_opening", "overview", 5, strong,
                   "opening_ok" if strong else "opening_weak",
                   {"preview": limit("overview_preview_chars")})
    return [length, call, opening]


def _certification_hint(certs: tuple[tuple[str, date | None], ...], today: date) -> Hint:
    expired = [(n, d) for n, d in certs if d is not None and d < today]
    if expired:
        name, when = expired[0]
        more = len(expired) - 1
        return Hint("certifications", "certifications", 5, False,
                    "cert_expired_more" if more else "cert_expired",
                    {"name": name, "date": when, "more": more})
    if not certs:
        return Hint("certifications", "certifications", 5, False, "cert_missing")
    soon = [(n, d) for n, d in certs
            if d is not None and d <= today + timedelta(days=EXPIRY_WARNING_DAYS)]
    if soon:
        name, when = soon[0]
        return Hint("certifications", "certifications", 5, True, "cert_expiring",
                    {"name": name, "date": when}, severity="warning")
    return Hint("certifications", "certifications", 5, True, "cert_ok")


def _rate_hints(facts: ProfileFacts) -> list[Hint]:
    rate = facts.hourly_rate
    hints = [Hint("rate_set", "hourly_rate", 6, rate is not None,
                  "rate_ok" if rate is not None else "rate_missing")]
    if facts.contract_rates and rate is not None:
        median = Decimal(statistics.median(facts.contract_rates))
        low = rate < median * RATE_GAP
        hints.append(Hint("rate_vs_contracts", "hourly_rate", 6, not low,
                          "rate_low" if low else "rate_in_line",
                          {"median": median, "rate": rate, "currency": facts.currency,
                           "percent": int(RATE_GAP * 100),
                           "contracts": len(facts.contract_rates)}))
    return hints


def evaluate(facts: ProfileFacts, today: date) -> list[Hint]:
    """Every check, in the order a user should work through them."""
    skills = len(facts.skills)
    enough = skills >= MIN_SKILLS
    portfolio = facts.portfolio_count
    return [
        Hint("photo", "photo", 12, facts.has_photo,
             "photo_ok" if facts.has_photo else "photo_missing"),
        _title_hint(facts.title),
        *_overview_hints(facts.overview),
        Hint("skills", "skills", 10, enough, "skills_ok" if enough else "skills_few",
             {"count": skills, "min": MIN_SKILLS, "most": limit("profile_skills")}),
        Hint("category", "category", 3, bool(facts.categories),
             "category_ok" if facts.categories else "category_missing"),
        Hint("portfolio", "portfolio", 12, portfolio > 0,
             "portfolio_ok" if portfolio else "portfolio_missing", {"count": portfolio}),
        _certification_hint(facts.certifications, today),
        *_rate_hints(facts),
        Hint("languages", "languages", 4, facts.languages > 0,
             "languages_ok" if facts.languages else "languages_missing"),
        Hint("history", "employment", 3, facts.history_entries > 0,
             "history_ok" if facts.history_entries else "history_missing"),
    ]


def score(hints: list[Hint]) -> int:
    """0–100: the weighted share of checks passed."""
    total = sum(h.weight for h in hints)
    if not total:
        return 0
    return round(100 * sum(h.weight for h in hints if h.passed) / total)


GRADES = {"excellent": "Excellent", "strong": "Strong", "getting_there": "Getting there",
          "needs_work": "Needs work"}


def grade_code(value: int) -> str:
    if value >= 90:
        return "excellent"
    if value >= 70:
        return "strong"
    if value >= 40:
        return "getting_there"
    return "needs_work"


def grade(value: int) -> str:
    return GRADES[grade_code(value)]

"""The one table of marketplace limits, with where each figure comes from.

Sources disagree on several of these (Upwork's own help articles contradict each other, guides
repeat older figures). ``value`` is what the app enforces or warns at: where sources conflict we
take the safe (smaller) ceiling and list the other figures in ``alternatives``. Look a value up
with ``limit("overview_chars")``; show ``limit_info(key).note`` in tooltips.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.errors import QT_TRANSLATE_NOOP, Code, ServiceError, english_labels


@dataclass(frozen=True)
class Limit:
    key: str
    value: int | Decimal
    unit: str  # "chars", "items", "USD", ...
    note: str  # where the figure comes from and who disagrees
    alternatives: tuple[int | Decimal, ...] = ()
    minimum: bool = False  # True: a floor ("at least"), False: a ceiling ("at most")


_LIMITS = (
    Limit("profile_title_chars", 70, "chars",
          "Short headline; Upwork's 'Build your profile' article gives no figure. 70 is the "
          "common figure; a 2026 guide (snipework.com) says 160. We warn at the smaller.", (160,)),
    Limit("overview_chars", 5000, "chars",
          "DESIGN.md ≈5,000; guides (e.g. snipework.com 2026) agree on 5,000."),
    Limit("overview_preview_chars", 250, "chars",
          "Upwork 'Build your profile': keep the first 250 characters concise, they show before "
          "'more'; guides say 200–250.", (200,)),
    Limit("profile_skills", 15, "items", "Upwork 'Build your profile': list up to 15 skills."),
    Limit("specialized_profiles", 2, "items",
          "DESIGN.md: up to 2 specialized profiles besides the general one."),
    Limit("custom_url_min_chars", 4, "chars",
          "Upwork help: Plus-plan custom profile URL is 4–20 letters/digits.", minimum=True),
    Limit("custom_url_max_chars", 20, "chars", "Upwork help: custom profile URL 4–20 characters."),
    Limit("cover_letter_chars", 5000, "chars", "DESIGN.md ≈5,000 characters for a cover letter."),
    Limit("hourly_rate_min", Decimal(3), "USD",
          "DESIGN.md: minimum hourly bid $3/h.", minimum=True),
    Limit("fixed_price_min", Decimal(5), "USD",
          "DESIGN.md: minimum fixed-price bid or milestone $5.", minimum=True),
    Limit("proposal_milestones", 15, "items",
          "DESIGN.md: a fixed-price proposal takes ≈ up to 15 milestones."),
    Limit("portfolio_title_chars", 40, "chars",
          "Upwork Portfolio Guide: 40; the 'Enhance your profile' article says 70.", (70,)),
    Limit("portfolio_description_chars", 300, "chars",
          "Upwork Portfolio Guide: 300; the 'Enhance your profile' article says 600.", (600,)),
    Limit("portfolio_role_chars", 100, "chars", "Upwork 'Enhance your profile': role 100."),
    Limit("portfolio_caption_chars", 300, "chars", "Upwork Portfolio Guide: image caption 300."),
    Limit("feedback_stars_max", 5, "stars", "Public feedback is 1–5 stars (DESIGN.md)."),
    Limit("job_connects_max", 16, "connects",
          "DESIGN.md: a job costs 0–16 Connects (see rules.connects for the dated rule)."),
)

LIMITS: dict[str, Limit] = {item.key: item for item in _LIMITS}

# What each limit is called in a message (ui/labels.LIMIT translates them, context "Limit").
LIMIT_LABELS: dict[str, str] = {
    "profile_title_chars": QT_TRANSLATE_NOOP("Limit", "profile title (characters)"),
    "overview_chars": QT_TRANSLATE_NOOP("Limit", "overview (characters)"),
    "overview_preview_chars": QT_TRANSLATE_NOOP("Limit", "overview preview (characters)"),
    "profile_skills": QT_TRANSLATE_NOOP("Limit", "profile skills"),
    "specialized_profiles": QT_TRANSLATE_NOOP("Limit", "specialized profiles"),
    "custom_url_min_chars": QT_TRANSLATE_NOOP("Limit", "custom profile address (characters)"),
    "custom_url_max_chars": QT_TRANSLATE_NOOP("Limit", "custom profile address (characters)"),
    "cover_letter_chars": QT_TRANSLATE_NOOP("Limit", "cover letter (characters)"),
    "hourly_rate_min": QT_TRANSLATE_NOOP("Limit", "hourly rate"),
    "fixed_price_min": QT_TRANSLATE_NOOP("Limit", "fixed price"),
    "proposal_milestones": QT_TRANSLATE_NOOP("Limit", "milestones in a proposal"),
    "portfolio_title_chars": QT_TRANSLATE_NOOP("Limit", "portfolio title (characters)"),
    "portfolio_description_chars": QT_TRANSLATE_NOOP(
        "Limit", "portfolio description (characters)"),
    "portfolio_role_chars": QT_TRANSLATE_NOOP("Limit", "portfolio role (characters)"),
    "portfolio_caption_chars": QT_TRANSLATE_NOOP("Limit", "portfolio caption (characters)"),
    "feedback_stars_max": QT_TRANSLATE_NOOP("Limit", "feedback stars"),
    "job_connects_max": QT_TRANSLATE_NOOP("Limit", "Connects for a job"),
}
english_labels("limit_key", LIMIT_LABELS)


def limit_info(key: str) -> Limit:
    """The full entry (value, unit, source note, other figures) for a limit."""
    try:
        return LIMITS[key]
    except KeyError:
        raise KeyError(f"unknown limit {key!r}; known: {', '.join(sorted(LIMITS))}") from None


def limit(key: str) -> int | Decimal:
    """The value the app uses for a limit, e.g. ``limit("overview_chars") == 5000``."""
    return limit_info(key).value


def check(key: str, value: int | Decimal) -> ServiceError | None:
    """The problem (a code with the rule's figure) if ``value`` (a length, count or amount)
    breaks the limit, else None. ui/messages.py words it; ``str()`` is the CLI's English.

    >>> str(check("profile_skills", 16))
    'profile skills: at most 15 allowed, got 16'
    """
    item = limit_info(key)
    if item.minimum and value < item.value:
        return ServiceError(Code.LIMIT_AT_LEAST, limit_key=key, least=item.value, value=value)
    if not item.minimum and value > item.value:
        return ServiceError(Code.LIMIT_AT_MOST, limit_key=key, most=item.value, value=value)
    return None

"""Judging a job posting: how good is the client, how well does the job fit the freelancer.

Pure functions over plain facts (no database, no Qt), so the Jobs tab, the CLI and the search's
"sort by fit" (a SQLite function calling `fit_score`) all judge a job the same way. Every score
comes with the reasons that made it, worded for the user, so a number is never unexplained.

The weights below are this app's judgement, not marketplace rules; they live here, in one place.

Client quality (0-100) starts from a neutral 50 and moves with what the posting shows: payment
verified, money spent on the marketplace, rating, how often the client actually hires.

Reasons are codes with parameters (`Reason.code`, `Reason.params`) and an English `text`
from MESSAGES, so the UI can word them in the user's language (ui/jobs/reasons.py mirrors the
table) while the CLI prints the English.

Fit (0-100) = skills (up to 50) + pay against the profile's rate (up to 25) + client quality
(up to 25), nudged by competition (few proposals +5, 50+ proposals -5).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

GOOD, BAD, NEUTRAL = "good", "bad", "neutral"

# -- client quality weights ------------------------------------------------------------------
CLIENT_BASE = 50
VERIFIED_POINTS = 15
UNVERIFIED_POINTS = -25
SPENT_STEPS = ((Decimal(100_000), 20), (Decimal(10_000), 15), (Decimal(1_000), 8),
               (Decimal("0.01"), 3))
NO_SPEND_POINTS = -10
RATING_GREAT, RATING_GOOD, RATING_POOR = Decimal("4.8"), Decimal("4.5"), Decimal("4.0")
HIRE_RATE_HIGH, HIRE_RATE_LOW = 70, 30
NEW_MEMBER_DAYS = 90

# -- fit weights -----------------------------------------------------------------------------
SKILL_POINTS = 50
PAY_POINTS = 25
CLIENT_POINTS = 25
FEW_PROPOSALS = {"lt5": 5, "5to10": 2, "20to50": -2, "50plus": -5}
FIXED_GOOD_HOURS = Decimal(20)  # a fixed budget paying 20+ hours at your rate is healthy
FIXED_MIN_HOURS = Decimal(5)


# Every reason's English wording, by code. {names} are skill lists; money params are Money.
MESSAGES = {
    "client_unknown": "The posting showed nothing about the client",
    "verified": "Payment method verified",
    "unverified": "Payment method not verified",
    "no_spend": "Has not spent anything yet",
    "spent_over": "Spent {amount}+",
    "spent": "Has spent {amount}",
    "rated": "Rated {rating}",
    "rated_reviews": "Rated {rating} from {n} reviews",
    "rated_one_review": "Rated {rating} from 1 review",
    "rated_poor": "Rated {rating} — freelancers were unhappy",
    "rated_poor_reviews": "Rated {rating} from {n} reviews — freelancers were unhappy",
    "rated_poor_one_review": "Rated {rating} from 1 review — freelancers were unhappy",
    "hire_rate": "Hires on {rate}% of posts",
    "hire_rate_low": "Hires on only {rate}% of posts",
    "hires": "{n} hires so far",
    "one_hire": "1 hire so far",
    "no_hires": "No hires yet",
    "new_member": "New to the marketplace ({days} days)",
    "add_skills": "Add skills to your profile to judge the fit",
    "skills_matched": "Matches {matched} of {wanted} skills: {names}",
    "skills_none": "None of the job's skills are on your profile",
    "skills_missing": "Missing: {names}",
    "title_mentions": "Title mentions {names}",
    "no_skills_listed": "The job lists no skills and its title names none of yours",
    "set_rate": "Set your hourly rate in Profile to judge the pay",
    "hourly_unstated": "Hourly, rate not stated",
    "pays_up_to": "Pays up to {top}/h; your rate is {rate}/h",
    "tops_out": "Tops out at {top}/h, below your {rate}/h",
    "budget_hours": "Budget {budget} pays {hours} h at your {rate}/h",
    "budget_under_hour": "Budget {budget} pays less than an hour at your {rate}/h",
    "budget_unstated": "Budget not stated",
    "fit_client_unknown": "Client unknown",
    "client_strong": "Client quality {value}/100 (strong)",
    "client_fair": "Client quality {value}/100 (fair)",
    "client_weak": "Client quality {value}/100 (weak)",
    "few_proposals": "Few proposals so far",
    "many_proposals": "Many proposals already",
}


class Money(Decimal):
    """A reason parameter that is an amount of money (shown "$1,500" or "$12.50")."""


def _english(value: object) -> str:
    if isinstance(value, Money):
        return _money(value)
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


@dataclass(frozen=True)
class Reason:
    code: str  # a key of MESSAGES
    tone: str = NEUTRAL  # good | bad | neutral
    params: tuple[tuple[str, object], ...] = ()  # (name, int | Decimal | Money | names | str)

    @property
    def text(self) -> str:
        """The reason in English (the CLI's wording; the UI translates `code` instead)."""
        return MESSAGES[self.code].format(**{k: _english(v) for k, v in self.params})

    def __str__(self) -> str:
        return self.text


def _reason(code: str, tone: str = NEUTRAL, **params: object) -> Reason:
    return Reason(code, tone, tuple(params.items()))


@dataclass(frozen=True)
class Score:
    value: int | None  # 0-100; None when nothing is known
    reasons: tuple[Reason, ...] = ()

    @property
    def level(self) -> str:
        """"strong" | "fair" | "weak" | "unknown", for colour and wording."""
        if self.value is None:
            return "unknown"
        if self.value >= 70:
            return "strong"
        if self.value >= 45:
            return "fair"
        return "weak"


@dataclass(frozen=True)
class ClientFacts:
    payment_verified: bool | None = None
    rating: Decimal | None = None
    reviews: int | None = None
    total_spent: Decimal | None = None
    hires: int | None = None
    hire_rate: int | None = None  # percent
    open_jobs: int | None = None
    member_since: date | None = None

    def known(self) -> bool:
        return any(v is not None for v in (self.payment_verified, self.rating, self.total_spent,
                                            self.hires, self.hire_rate, self.member_since))


@dataclass(frozen=True)
class JobFacts:
    title: str = ""
    skills: tuple[str, ...] = ()
    job_type: str | None = None  # hourly | fixed
    hourly_min: Decimal | None = None
    hourly_max: Decimal | None = None
    budget: Decimal | None = None
    proposals_band: str | None = None
    client: ClientFacts = field(default_factory=ClientFacts)


@dataclass(frozen=True)
class ProfileFacts:
    skills: tuple[str, ...] = ()
    hourly_rate: Decimal | None = None
    name: str = ""  # "": the general profile (the window names it in the user's language)


def _money(value: Decimal) -> str:
    return f"${value:,.0f}" if value == value.to_integral_value() else f"${value:,.2f}"


def client_quality(client: ClientFacts, *, today: date | None = None) -> Score:
    """How likely this client is to hire and pay, from the figures the posting showed."""
    if not client.known():
        return Score(None, (_reason("client_unknown"),))
    points = CLIENT_BASE
    reasons: list[Reason] = []
    if client.payment_verified is True:
        points += VERIFIED_POINTS
        reasons.append(_reason("verified", GOOD))
    elif client.payment_verified is False:
        points += UNVERIFIED_POINTS
        reasons.append(_reason("unverified", BAD))
    spent = client.total_spent
    if spent is not None:
        if spent <= 0:
            points += NO_SPEND_POINTS
            reasons.append(_reason("no_spend", BAD))
        else:
            for floor, bonus in SPENT_STEPS:
                if spent >= floor:
                    points += bonus
                    reasons.append(_reason("spent_over", GOOD, amount=Money(floor))
                                   if floor >= 1000 else
                                   _reason("spent", GOOD, amount=Money(spent.quantize(1))))
                    break
    if client.rating is not None and (client.reviews is None or client.reviews > 0):
        rating = client.rating.quantize(Decimal("0.01"))
        poor = client.rating < RATING_POOR
        code = ("rated_poor" if poor else "rated") + (
            "" if client.reviews is None else "_one_review" if client.reviews == 1
            else "_reviews")
        params = {"rating": rating} if client.reviews in (None, 1) else \
            {"rating": rating, "n": client.reviews}
        if client.rating >= RATING_GREAT:
            points += 10
            reasons.append(_reason(code, GOOD, **params))
        elif client.rating >= RATING_GOOD:
            points += 5
            reasons.append(_reason(code, GOOD, **params))
        elif poor:
            points -= 15
            reasons.append(_reason(code, BAD, **params))
        else:
            reasons.append(_reason(code, **params))
    if client.hire_rate is not None:
        if client.hire_rate >= HIRE_RATE_HIGH:
            points += 10
            reasons.append(_reason("hire_rate", GOOD, rate=client.hire_rate))
        elif client.hire_rate < HIRE_RATE_LOW:
            points -= 10
            reasons.append(_reason("hire_rate_low", BAD, rate=client.hire_rate))
        else:
            reasons.append(_reason("hire_rate", rate=client.hire_rate))
    elif client.hires is not None:
        if client.hires > 0:
            points += 5
            reasons.append(_reason("one_hire", GOOD) if client.hires == 1
                           else _reason("hires", GOOD, n=client.hires))
        else:
            reasons.append(_reason("no_hires"))
    if client.member_since is not None and today is not None:
        days = (today - client.member_since).days
        if 0 <= days < NEW_MEMBER_DAYS:
            reasons.append(_reason("new_member", days=days))
    return Score(max(0, min(100, points)), tuple(reasons))


_WORD = re.compile(r"[a-z0-9][a-z0-9+#.]*")


def skill_key(name: str) -> str:
    """Case and spacing never decide a match: "Node.js" == "node.js", "React Native" ==
    "react-native"."""
    return re.sub(r"[\s_\-]+", " ", name.casefold()).strip()


def skill_matches(skill: str, mine: dict[str, str] | set[str]) -> bool:
    """A job's skill is yours when the names agree, or one names the other in whole words:
    "Microsoft Power BI" is your "Power BI", "Excel" covers "Microsoft Excel"."""
    key = skill_key(skill)
    if key in mine:
        return True
    padded = f" {key} "
    return any(len(m) > 2 and (f" {m} " in padded or (len(key) > 2 and padded in f" {m} "))
               for m in mine)


def _skill_fit(job: JobFacts, profile: ProfileFacts) -> tuple[int, Reason | None, Reason | None]:
    mine = {skill_key(s): s for s in profile.skills if s.strip()}
    if not mine:
        return SKILL_POINTS // 2, _reason("add_skills"), None
    wanted = [s for s in job.skills if s.strip()]
    if wanted:
        matched = [s for s in wanted if skill_matches(s, mine)]
        missing = [s for s in wanted if not skill_matches(s, mine)]
        share = Decimal(len(matched)) / len(wanted)
        points = int((share * SKILL_POINTS).to_integral_value())
        if matched:
            good = _reason("skills_matched", GOOD if share >= Decimal("0.5") else NEUTRAL,
                           matched=len(matched), wanted=len(wanted), names=tuple(matched[:6]))
        else:
            good = _reason("skills_none", BAD)
        bad = _reason("skills_missing", BAD if not matched else NEUTRAL,
                      names=tuple(missing[:6])) if missing else None
        return points, good, bad
    # No skills listed (search cards, plain feeds): look for the profile's skills in the title.
    title = " ".join(_WORD.findall(job.title.casefold()))
    found = [s for key, s in mine.items() if key and f" {key} " in f" {title} "]
    if found:
        points = min(SKILL_POINTS, 20 + 10 * len(found))
        return points, _reason("title_mentions", GOOD, names=tuple(found[:4])), None
    return SKILL_POINTS // 5, _reason("no_skills_listed"), None


def _pay_fit(job: JobFacts, rate: Decimal | None) -> tuple[int, Reason | None]:
    if rate is None or rate <= 0:
        return PAY_POINTS // 2, _reason("set_rate")
    if job.job_type == "hourly" or (job.job_type is None and (job.hourly_max or job.hourly_min)):
        top = job.hourly_max or job.hourly_min
        if top is None:
            return PAY_POINTS // 2, _reason("hourly_unstated")
        if top >= rate:
            return PAY_POINTS, _reason("pays_up_to", GOOD, top=Money(top), rate=Money(rate))
        share = top / rate
        points = int((share * share * PAY_POINTS).to_integral_value())
        tone = BAD if share < Decimal("0.8") else NEUTRAL
        return points, _reason("tops_out", tone, top=Money(top), rate=Money(rate))
    if job.budget is not None and job.budget > 0:
        hours = job.budget / rate
        budget, per_hour = Money(job.budget), Money(rate)
        # "pays 0.0 h" read as nothing at all; under an hour is said in words
        reason = (_reason("budget_hours", hours=int(hours.to_integral_value()), budget=budget,
                          rate=per_hour)
                  if hours >= 1 else _reason("budget_under_hour", budget=budget, rate=per_hour))
        if hours >= FIXED_GOOD_HOURS:
            return PAY_POINTS, replace(reason, tone=GOOD)
        if hours >= FIXED_MIN_HOURS:
            return (PAY_POINTS * 3) // 5, reason
        return PAY_POINTS // 5, replace(reason, tone=BAD)
    return PAY_POINTS // 2, _reason("budget_unstated")


def fit_score(job: JobFacts, profile: ProfileFacts, *, today: date | None = None) -> Score:
    """How well `job` suits the freelancer described by `profile`, with the reasons."""
    skill_points, skill_reason, missing = _skill_fit(job, profile)
    pay_points, pay_reason = _pay_fit(job, profile.hourly_rate)
    quality = client_quality(job.client, today=today)
    client_points = CLIENT_POINTS // 2 if quality.value is None else \
        (quality.value * CLIENT_POINTS) // 100
    reasons = [r for r in (skill_reason, missing, pay_reason) if r is not None]
    if quality.value is None:
        reasons.append(_reason("fit_client_unknown"))
    else:
        tone = {"strong": GOOD, "weak": BAD}.get(quality.level, NEUTRAL)
        reasons.append(_reason(f"client_{quality.level}", tone, value=quality.value))
    nudge = FEW_PROPOSALS.get(job.proposals_band or "", 0)
    if nudge > 0:
        reasons.append(_reason("few_proposals", GOOD))
    elif nudge < 0:
        reasons.append(_reason("many_proposals", BAD))
    total = skill_points + pay_points + client_points + nudge
    return Score(max(0, min(100, total)), tuple(reasons))


def fit_from_columns(profile: ProfileFacts, title: str | None, skills: str | None,
                     job_type: str | None, hourly_min_cents: int | None,
                     hourly_max_cents: int | None, budget_cents: int | None,
                     proposals_band: str | None, verified: int | None, rating: str | None,
                     reviews: int | None, spent_cents: int | None, hires: int | None,
                     hire_rate: int | None) -> int:
    """`fit_score(...).value` from a job row's stored columns: what "sort by fit" calls in SQL."""
    def money(cents):
        return None if cents is None else Decimal(cents) / 100

    client = ClientFacts(
        payment_verified=None if verified is None else bool(verified),
        rating=Decimal(rating) if rating else None, reviews=reviews,
        total_spent=money(spent_cents), hires=hires, hire_rate=hire_rate)
    names = tuple(s.strip() for s in (skills or "").split(",") if s.strip())
    job = JobFacts(title=title or "", skills=names,
                   job_type=job_type, hourly_min=money(hourly_min_cents),
                   hourly_max=money(hourly_max_cents), budget=money(budget_cents),
                   proposals_band=proposals_band, client=client)
    return fit_score(job, profile).value or 0

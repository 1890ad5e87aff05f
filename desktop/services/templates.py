"""Cover-letter templates and reusable snippets, and filling their {placeholders}.

A template is a whole letter; a snippet is a paragraph inserted where the cursor is. Both may use
placeholders such as ``{client_name}``; :func:`fill` replaces the ones it knows a value for and
leaves the rest untouched so :func:`unfilled` can warn about them before the letter is sent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from peewee import IntegrityError, fn

from desktop import clock, events
from desktop.errors import Code, ServiceError
from desktop.services import db
from models.jobs import Job
from models.profile import Profile, ProfileSkill
from models.proposals import TEMPLATE_KIND_LABELS as TEMPLATE_KIND_LABELS  # re-exported for ui/
from models.proposals import BidType, FixedMode, Proposal, ProposalTemplate, TemplateKind
from models.rules.money import format_money

KINDS = tuple(TemplateKind)
PLACEHOLDERS: dict[str, str] = {
    "client_name": "the client's first name (a company's whole name), or “there”",
    "job_title": "the job post's title",
    "job_skills": "the skills the job asks for",
    "job_url": "the job post's link",
    "my_name": "your name from the profile",
    "my_title": "your profile title",
    "my_skills": "your profile's top skills",
    "rate": "your bid: hourly rate or fixed price",
}
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_WORD = re.compile(r"[a-z0-9][a-z0-9+#.\-]*[a-z0-9+#]|[a-z0-9]")
# Words too common in job titles to show that a letter was written for this job.
_STOPWORDS = frozenset(str.split(
    "a an and the for to of in on with at by from or is are be we our your you i need needed "
    "looking seeking want wanted help expert developer freelancer specialist project job task "
    "work long term short quick simple small new build create fix update website app required "
    "urgent urgently asap ongoing experienced senior junior professional us it as do go my me "
    "so up no if"))
# A skill named with its vendor is usually written without it ("Microsoft Power BI" → "Power BI").
_VENDORS = ("microsoft ", "google ", "adobe ", "amazon ", "apple ", "salesforce ", "autodesk ",
            "oracle ", "ibm ", "sap ", "meta ")


class TemplateError(ServiceError):
    """A template that cannot be saved (empty name, duplicate name, unknown kind)."""


def all_items(kind: str = "template") -> list[ProposalTemplate]:
    return list(ProposalTemplate.select().where(ProposalTemplate.kind == kind)
                .order_by(fn.lower(ProposalTemplate.name)))


def _checked(kind: str, name: str) -> str:
    if kind not in KINDS:
        raise TemplateError(Code.TEMPLATE_KIND, value=str(kind))
    name = (name or "").strip()
    if not name:
        raise TemplateError(Code.TEMPLATE_NO_NAME, template_kind=kind)
    return name


def create(kind: str, name: str, body: str = "") -> ProposalTemplate:
    name = _checked(kind, name)
    try:
        with db.atomic():
            item = ProposalTemplate.create(kind=kind, name=name, body=body)
    except IntegrityError:
        raise TemplateError(Code.TEMPLATE_NAME_TAKEN, template_kind=kind, name=name) from None
    events.changed("templates", [item.id])
    return item


def update(item_id: int, *, name: str | None = None, body: str | None = None) -> ProposalTemplate:
    item = ProposalTemplate.get_by_id(item_id)
    if name is not None:
        item.name = _checked(item.kind, name)
    if body is not None:
        item.body = body
    item.updated_at = clock.now()
    try:
        with db.atomic():
            item.save()
    except IntegrityError:
        raise TemplateError(Code.TEMPLATE_NAME_TAKEN, template_kind=item.kind,
                            name=item.name) from None
    events.changed("templates", [item.id])
    return item


def delete(item_id: int) -> dict:
    """Delete a template or snippet; returns what :func:`restore` needs (for Undo).

    Proposals that started from a deleted template keep their text; the link is restored too.
    """
    item = ProposalTemplate.get_by_id(item_id)
    snapshot = {
        "row": {k: getattr(item, k) for k in ("id", "kind", "name", "body", "created_at",
                                              "updated_at")},
        "proposals": [p.id for p in Proposal.select(Proposal.id)
                      .where(Proposal.template == item_id)],
    }
    with db.atomic():
        item.delete_instance()
    events.changed("templates", [item_id])
    return snapshot


def restore(snapshot: dict) -> ProposalTemplate:
    with db.atomic():
        item = ProposalTemplate.create(**snapshot["row"])
        if snapshot["proposals"]:
            (Proposal.update(template=item.id)
             .where(Proposal.id.in_(snapshot["proposals"])).execute())
    events.changed("templates", [item.id])
    return item


# -- placeholders ---------------------------------------------------------------
@dataclass(frozen=True)
class Filled:
    text: str
    missing: tuple[str, ...]  # known placeholders with no value yet (left in the text)
    unknown: tuple[str, ...]  # {words} that are not placeholders we know


def _bid_text(proposal: Proposal | None) -> str:
    if proposal is None:
        return ""
    if proposal.bid_type == BidType.HOURLY:
        return f"{format_money(proposal.rate)}/hr" if proposal.rate else ""
    if proposal.fixed_mode == FixedMode.MILESTONES:
        total = sum((m.amount for m in proposal.milestones), Decimal(0))
        return format_money(total) if total else ""
    return format_money(proposal.amount) if proposal.amount else ""


# Words that make a client's name a business, not a person ("Acme Billing" → "Hi Acme Billing,").
_BUSINESS_WORDS = frozenset(str.split(
    "inc inc. llc l.l.c. ltd ltd. limited corp corp. corporation co co. company gmbh ag sa s.a. "
    "srl bv b.v. pty plc oy ab as kft sp. spa pvt group holdings agency studio studios labs lab "
    "media digital marketing consulting consultants partners systems software solutions services "
    "technologies technology tech team billing finance capital ventures global international "
    "enterprises industries network networks shop store academy foundation university school "
    "clinic health hospital hotel restaurant cafe bank insurance realty properties homes "
    "logistics design designs creative productions publishing records games apps cloud data "
    "analytics ai io hq"))
_TITLES = frozenset(str.split("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir madam"))


def greeting_name(name: str, company: str | None = None) -> str:
    """What to call a client after "Hi": a person's first name ("Maria Lopez" → "Maria"),
    else the whole name — a company ("Acme Billing", "ACME", "Blue Fox LLC"), a titled name
    ("Dr. Lee") or anything that does not look like a person's given and family names."""
    name = " ".join((name or "").split())
    if not name:
        return ""
    words = name.split(" ")
    if len(words) == 1 or len(words) > 3:
        return name
    lowered = [w.lower() for w in words]
    looks_personal = all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and not (len(w) > 1 and w.isupper())  # ACME, IBM: an acronym, not a given name
        for w in words)
    if (not looks_personal or _BUSINESS_WORDS.intersection(lowered) or lowered[0] in _TITLES
            or (company and company.strip().lower() == name.lower())):
        return name
    return words[0]


def context_for(proposal: Proposal | None = None, *, job: Job | None = None,
                profile: Profile | None = None) -> dict[str, str]:
    """Placeholder values from the proposal's job, client and profile ("" when unknown)."""
    if proposal is not None:
        job = job or proposal.job
        profile = profile or proposal.profile
    client = None
    if proposal is not None and proposal.client_id:
        client = proposal.client
    elif job is not None and job.client_id:
        client = job.client
    skills = []
    if profile is not None:
        skills = [s.name for s in ProfileSkill.select().where(ProfileSkill.profile == profile)
                  .order_by(ProfileSkill.position).limit(5)]
    return {
        "client_name": greeting_name(client.name if client else "",
                                     client.company if client else None) or "there",
        "job_title": job.title if job else (proposal.title if proposal else ""),
        "job_skills": ", ".join(s.strip() for s in (job.skills if job else "").split(",")
                                if s.strip()),
        "job_url": (job.url or "") if job else "",
        "my_name": profile.name if profile else "",
        "my_title": profile.title if profile else "",
        "my_skills": ", ".join(skills),
        "rate": _bid_text(proposal),
    }


def fill(body: str, context: dict[str, str]) -> Filled:
    """Replace known placeholders that have a value; report the rest."""
    missing, unknown = [], []

    def replace(match: re.Match) -> str:
        key = match.group(1)
        if key not in PLACEHOLDERS:
            unknown.append(key)
            return match.group(0)
        value = context.get(key, "")
        if not value:
            missing.append(key)
            return match.group(0)
        return value

    text = _PLACEHOLDER.sub(replace, body)
    return Filled(text, tuple(dict.fromkeys(missing)), tuple(dict.fromkeys(unknown)))


def unfilled(text: str) -> list[str]:
    """Placeholders still in a letter, in order of first appearance ("{client_name}")."""
    return list(dict.fromkeys(f"{{{m.group(1)}}}" for m in _PLACEHOLDER.finditer(text)))


def job_keywords(job: Job | None) -> set[str]:
    """Words that show a letter was written for this job: its skills and title words."""
    if job is None:
        return set()
    words = {s.strip().lower() for s in job.skills.split(",") if s.strip()}
    # two letters are enough for "BI", "UI", "QA", "3D" (the stop words weed out "of", "to"…)
    words |= {w for w in _WORD.findall(job.title.lower()) if w not in _STOPWORDS and len(w) > 1}
    return words


def _mentioned(keyword: str, text: str) -> bool:
    variants = [keyword] + [keyword[len(v):] for v in _VENDORS
                            if keyword.startswith(v) and len(keyword) > len(v) + 1]
    return any(re.search(r"(?<![a-z0-9])" + re.escape(k) + r"(?![a-z0-9])", text)
               for k in variants)


def job_mentions(letter: str, job: Job | None) -> tuple[list[str], int]:
    """(keywords of the job found in the letter, how many keywords the job has)."""
    keywords = job_keywords(job)
    text = letter.lower()
    found = sorted(k for k in keywords if _mentioned(k, text))
    return found, len(keywords)


def find(item_id: int | None) -> ProposalTemplate | None:
    """The template or snippet, or None when there is none with that id."""
    return ProposalTemplate.get_or_none(ProposalTemplate.id == item_id) if item_id else None

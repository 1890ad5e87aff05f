"""Realistic proposals data for tests, screenshots and the benchmark (through the services)."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "proposals"
NOW = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)


def fixture_letters() -> list[dict]:
    lines = (FIXTURES / "letters.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_templates() -> dict[str, int]:
    from desktop.services import templates

    data = json.loads((FIXTURES / "templates.json").read_text(encoding="utf-8"))
    ids = {}
    for item in data["templates"]:
        ids[item["name"]] = templates.create("template", item["name"], item["body"]).id
    for item in data["snippets"]:
        ids[item["name"]] = templates.create("snippet", item["name"], item["body"]).id
    return ids


def make_profile(name: str = "Anna Kowalska", title: str = "Python & Django developer",
                 rate: str = "55"):
    from models.profile import Profile, ProfileSkill

    profile = Profile.get_or_none(Profile.kind == "general") or Profile(kind="general")
    profile.label, profile.name, profile.title = "General", name, title
    profile.hourly_rate = Decimal(rate)
    profile.save()  # the first open made the General profile; fill it in
    have = {s.name for s in ProfileSkill.select().where(ProfileSkill.profile == profile)}
    for position, skill in enumerate(("Python", "Django", "PostgreSQL", "REST API")):
        if skill not in have:  # a profile filled in before (render_look's sample) keeps its own
            ProfileSkill.create(profile=profile, position=len(have) + position, name=skill)
    return profile


def make_job(title: str, *, skills: str = "", job_type: str = "hourly", connects: int = 16,
             client: str | None = None, country: str = "United States",
             budget: str | None = None, url: str | None = None, description: str = ""):
    from desktop.services import clients
    from models.jobs import Job

    owner = clients.get_or_create(client, country=country) if client else None
    return Job.create(
        title=title, skills=skills, job_type=job_type, connects_required=connects,
        client=owner, client_country=country, client_rating="4.9", client_reviews=23,
        client_spent=Decimal("12000"), client_payment_verified=True,
        client_snapshot_at=NOW - timedelta(days=2),
        budget=Decimal(budget) if budget else None,
        hourly_min=Decimal("40") if job_type == "hourly" else None,
        hourly_max=Decimal("70") if job_type == "hourly" else None,
        url=url or f"https://www.upwork.com/jobs/~01{abs(hash(title)) % 10**16:016d}",
        description=description or f"We are looking for help with {title.lower()}.",
        posted_at=NOW - timedelta(days=3))


def seed_realistic(*, half_written: bool = True) -> dict:
    """A freelancer mid-season: several proposals in different states, a ledger, templates."""
    from desktop.services import connects, interactions
    from desktop.services import proposals as service

    make_profile()
    ids = load_templates()
    connects.adjust(60, note="Balance when I started using Freelance Desk",
                    at=NOW - timedelta(days=20))
    letters = fixture_letters()

    booking = make_job(letters[0]["title"], skills=letters[0]["skills"], client="Maria Lopez",
                       description="Our booking app needs a REST API: availability, bookings, "
                                   "Stripe payments. Django + PostgreSQL preferred.")
    sent = service.create_draft(booking.id)
    service.save_letter(sent.id, letters[0]["letter"])
    service.set_answers(sent.id, [("Describe a similar API you built",
                                   "A clinic scheduling API, 40k bookings a month.")])
    service.submit(sent.id, at=NOW - timedelta(days=6))
    service.set_status(sent.id, "viewed", at=NOW - timedelta(days=5))
    service.set_status(sent.id, "interviewing", at=NOW - timedelta(days=4))
    interactions.add(proposal_id=sent.id, kind="message", direction="in",
                     body="Hi Anna, thanks — can you do a call on Thursday?",
                     at=NOW - timedelta(days=4, hours=2))
    interactions.add(proposal_id=sent.id, kind="interview", direction="out",
                     body="30 min video call: walked through the data model; they want a "
                          "fixed-price first milestone.", at=NOW - timedelta(days=2))

    shop = make_job(letters[1]["title"], skills=letters[1]["skills"], job_type="fixed",
                    budget="300", connects=8, client="Tom's Outdoor Gear")
    milestones = service.create_draft(shop.id)
    service.update(milestones.id, bid_type="fixed", fixed_mode="milestones", amount="450")
    service.set_milestones(milestones.id, [
        ("Audit and cleaning rules", Decimal("150"), (NOW + timedelta(days=5)).date()),
        ("Clean CSV, re-import and check", Decimal("300"), (NOW + timedelta(days=12)).date()),
    ])
    service.save_letter(milestones.id, letters[1]["letter"])
    service.submit(milestones.id, at=NOW - timedelta(days=10))
    service.set_status(milestones.id, "declined", at=NOW - timedelta(days=3))

    landing = make_job(letters[2]["title"], skills=letters[2]["skills"], connects=12,
                       client="Brightside Labs", country="Germany")
    generic = service.create_draft(landing.id)
    service.save_letter(generic.id, letters[2]["letter"])
    service.update(generic.id, boost_connects=4)
    service.submit(generic.id, at=NOW - timedelta(days=9))
    service.set_status(generic.id, "job_cancelled", at=NOW - timedelta(days=1))

    hired_job = make_job("Fix slow PostgreSQL queries in a Django admin",
                         skills="PostgreSQL, Django", connects=10, client="Northwind Ltd")
    hired = service.create_draft(hired_job.id)
    service.save_letter(hired.id, "Hi, I speed up slow Django admin pages on PostgreSQL by "
                                  "fixing N+1 queries and adding the right indexes.")
    service.update(hired.id, rate="60", fee_percent="10")
    service.submit(hired.id, at=NOW - timedelta(days=15))
    service.set_status(hired.id, "hired", at=NOW - timedelta(days=12))

    draft_job = make_job("Senior Django developer for a SaaS billing module",
                         skills="Python, Django, Stripe, Celery", client="Acme Billing",
                         connects=16, description="Build subscription billing with Stripe.")
    draft = service.create_draft(draft_job.id)
    service.update(draft.id, rate="65", rate_increase_months=6, rate_increase_percent="5",
                   boost_connects=6, follow_up_on=(NOW + timedelta(days=2)).date())
    service.apply_template(draft.id, ids["Web app — short"])
    if half_written:
        text = service.get(draft.id).cover_letter
        service.save_letter(draft.id, text.replace("What does success look like for you in "
                                                   "the first month?", "{question_for_them}"))
    service.set_answers(draft.id, [("Which Stripe features have you used?", ""),
                                   ("Your availability?", "30+ hours a week")])
    interactions.add(proposal_id=draft.id, kind="note", body="Client replied fast to others "
                     "— send today.", at=NOW - timedelta(hours=3))
    blank = service.create_draft(None)
    service.update(blank.id, title="Invitation: WordPress plugin bug", is_invitation=True,
                   client_name="Jane Cooper", rate="50")
    return {"sent": sent.id, "milestones": milestones.id, "cancelled": generic.id,
            "hired": hired.id, "draft": draft.id, "invitation": blank.id, "templates": ids}

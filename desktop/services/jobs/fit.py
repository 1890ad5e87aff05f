"""Signals: a job's fit and its client's quality, judged against a profile (read only)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop import clock
from models.jobs import Job
from models.profile import Profile, ProfileKind, ProfileSkill
from models.query import tuples
from models.rules import job_signals


def profile_choices() -> list[tuple[int, str]]:
    """(id, name) of the profiles a fit can be judged against, general first. The general
    profile's name is "" (the window says "General profile" in the user's language)."""
    out = []
    for profile in Profile.select().order_by(Profile.kind != ProfileKind.GENERAL, Profile.position):
        name = "" if profile.kind == ProfileKind.GENERAL else \
            (profile.label or profile.title or f"#{profile.position}")
        out.append((profile.id, name))
    return out


def profile_facts(profile_id: int | None = None) -> job_signals.ProfileFacts:
    """Skills and rate of a profile (the general one by default); empty facts without one."""
    query = Profile.select()
    profile = (query.where(Profile.id == profile_id).first() if profile_id is not None
               else query.where(Profile.kind == ProfileKind.GENERAL).first())
    if profile is None:
        return job_signals.ProfileFacts()
    skills = [str(s) for (s,) in tuples(ProfileSkill.select(ProfileSkill.name)
                                        .where(ProfileSkill.profile == profile.id)
                                        .order_by(ProfileSkill.position))]
    name = "" if profile.kind == ProfileKind.GENERAL else (profile.label or profile.title
                                                          or f"#{profile.position}")
    return job_signals.ProfileFacts(tuple(skills), profile.hourly_rate, name)


def client_facts(job: Job) -> job_signals.ClientFacts:
    since = None
    if job.client_member_since:
        try:
            since = date.fromisoformat(job.client_member_since[:10])
        except ValueError:
            since = None
    return job_signals.ClientFacts(
        payment_verified=job.client_payment_verified,
        rating=Decimal(job.client_rating) if job.client_rating else None,
        reviews=job.client_reviews, total_spent=job.client_spent, hires=job.client_hires,
        hire_rate=job.client_hire_rate, open_jobs=job.client_open_jobs, member_since=since)


def job_facts(job: Job) -> job_signals.JobFacts:
    return job_signals.JobFacts(
        title=job.title, skills=tuple(skill_list(job.skills)), job_type=job.job_type,
        hourly_min=job.hourly_min, hourly_max=job.hourly_max, budget=job.budget,
        proposals_band=job.proposals_band, client=client_facts(job))


def skill_list(text: str | None) -> list[str]:
    return [s.strip() for s in (text or "").split(",") if s.strip()]


def signals(job: Job, profile: job_signals.ProfileFacts | None = None
            ) -> tuple[job_signals.Score, job_signals.Score]:
    """(fit, client quality) of a job, each with its reasons."""
    profile = profile if profile is not None else profile_facts()
    today = clock.today()
    return (job_signals.fit_score(job_facts(job), profile, today=today),
            job_signals.client_quality(client_facts(job), today=today))



"""Profile: one general profile, up to two specialized ones, and the lists they show.

Like on the marketplace, some things belong to the freelancer, not to one profile: name,
photo, availability, location, time zone, languages, certifications, employment,
education and the portfolio itself. They live on the general profile. A specialized
profile has its own label, title, overview, categories, hourly rate, skills and a choice
of portfolio items (profile_portfolio). Every write is one transaction followed by
`events.changed("profile", ids)`. Validation errors name the field and the limit.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from peewee import fn

from desktop import clock, events, files
from desktop.errors import Code, ServiceError, english_labels
from desktop.services import db
from models.contracts import ContractStatus, ContractType
from models.errors import QT_TRANSLATE_NOOP
from models.profile import (
    Certification,
    Education,
    Employment,
    PortfolioFile,
    PortfolioItem,
    Profile,
    ProfileKind,
    ProfileLanguage,
    ProfilePortfolio,
    ProfileSkill,
)
from models.rules import profile_strength
from models.rules.limits import limit, limit_info
from models.rules.money import MoneyError, parse_money

AREA = "profile"
CATEGORIES = (
    "Web Development", "Mobile Development", "Programming & IT", "Data Science & Analytics",
    "Graphic Design", "Video Editing", "Content Writing", "Translation", "Digital Marketing",
    "Sales & Lead Generation", "Customer Support", "Data Entry", "Admin Support",
    "Accounting & Consulting", "Engineering & Architecture", "Legal",
)
AVAILABILITY = {
    "more_than_30": "More than 30 hrs/week",
    "less_than_30": "Less than 30 hrs/week",
    "as_needed": "As needed – open to offers",
    "not_available": "Not available for new work",
}
PROFICIENCY = {
    "basic": "Basic",
    "conversational": "Conversational",
    "fluent": "Fluent",
    "native": "Native or bilingual",
}
# Account-wide: shown on every profile, stored on the general one.
SHARED_FIELDS = ("name", "availability", "location", "timezone", "video_url")
OWN_FIELDS = ("label", "title", "overview", "categories", "hourly_rate", "currency")
NAME_MAX = 100
LABEL_MAX = 40
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


class ProfileError(ServiceError):
    """A value the profile cannot take; the code names the field and the limit."""


# What a refusal names (params "profile_field", "list_kind", "list_field"), translated in ui/.
FIELD_LABELS = {
    "specialized_profiles": QT_TRANSLATE_NOOP("ProfileField", "Specialized profiles"),
    "title": QT_TRANSLATE_NOOP("ProfileField", "Title"),
    "overview": QT_TRANSLATE_NOOP("ProfileField", "Overview"),
    "skills": QT_TRANSLATE_NOOP("ProfileField", "Skills"),
    "video_url": QT_TRANSLATE_NOOP("ProfileField", "Video URL"),
    "portfolio_link": QT_TRANSLATE_NOOP("ProfileField", "Portfolio item link"),
    "certification_link": QT_TRANSLATE_NOOP("ProfileField", "Certification link"),
}
LIST_LABELS = {
    "portfolio": QT_TRANSLATE_NOOP("ProfileList", "Portfolio item"),
    "certification": QT_TRANSLATE_NOOP("ProfileList", "Certification"),
    "employment": QT_TRANSLATE_NOOP("ProfileList", "Employment"),
    "education": QT_TRANSLATE_NOOP("ProfileList", "Education"),
    "language": QT_TRANSLATE_NOOP("ProfileList", "Language"),
}
LIST_FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("ProfileListField", "title"),
    "description": QT_TRANSLATE_NOOP("ProfileListField", "description"),
    "role": QT_TRANSLATE_NOOP("ProfileListField", "role"),
    "completed_on": QT_TRANSLATE_NOOP("ProfileListField", "completed on"),
    "name": QT_TRANSLATE_NOOP("ProfileListField", "name"),
    "issued_on": QT_TRANSLATE_NOOP("ProfileListField", "issued on"),
    "expires_on": QT_TRANSLATE_NOOP("ProfileListField", "expires on"),
    "company": QT_TRANSLATE_NOOP("ProfileListField", "company"),
    "start_on": QT_TRANSLATE_NOOP("ProfileListField", "start on"),
    "end_on": QT_TRANSLATE_NOOP("ProfileListField", "end on"),
    "school": QT_TRANSLATE_NOOP("ProfileListField", "school"),
    "start_year": QT_TRANSLATE_NOOP("ProfileListField", "start year"),
    "end_year": QT_TRANSLATE_NOOP("ProfileListField", "end year"),
    "language": QT_TRANSLATE_NOOP("ProfileListField", "language"),
}
english_labels("profile_field", FIELD_LABELS)
english_labels("list_kind", LIST_LABELS)
english_labels("list_field", LIST_FIELD_LABELS)


def _refuse_over(key: str, value: int, field: str, list_kind: str | None = None) -> None:
    """ProfileError when `value` (a length or a count) breaks the limit `key` (models.rules)."""
    item = limit_info(key)
    if value <= item.value:
        return
    if list_kind is not None:
        raise ProfileError(Code.PROFILE_ENTRY_TOO_LONG, list_kind=list_kind, list_field=field,
                           max=item.value, n=value)
    raise ProfileError(Code.PROFILE_TOO_LONG if item.unit == "chars" else Code.PROFILE_TOO_MANY,
                       profile_field=field, max=item.value, n=value)


# -- profiles ------------------------------------------------------------------------------
def general_profile() -> Profile:
    """The general profile, created empty on first use."""
    profile = Profile.get_or_none(Profile.kind == ProfileKind.GENERAL)
    if profile is not None:
        return profile
    with db.atomic():
        profile = Profile.get_or_none(Profile.kind == ProfileKind.GENERAL)
        if profile is None:
            profile = Profile.create(kind="general", position=0, label="General")
            created = True
        else:  # pragma: no cover - another writer raced us inside the lock
            created = False
    if created:
        events.changed(AREA, [profile.id])
    return profile


def profiles() -> list[Profile]:
    """The general profile first, then the specialized ones in their order."""
    general_profile()
    return list(Profile.select().order_by(
        (Profile.kind != ProfileKind.GENERAL), Profile.position, Profile.id))


def get(profile_id: int) -> Profile:
    profile = Profile.get_or_none(Profile.id == profile_id)
    if profile is None:
        raise ProfileError(Code.PROFILE_NOT_FOUND, id=profile_id)
    return profile


def display_name(profile: Profile) -> str:
    if profile.kind == ProfileKind.GENERAL:
        return "General profile"
    return profile.label or profile.title or f"Specialized profile {profile.position}"


def categories(profile: Profile) -> list[str]:
    return [c.strip() for c in (profile.category or "").split(";") if c.strip()]


def can_add_specialized() -> bool:
    count = Profile.select().where(Profile.kind == ProfileKind.SPECIALIZED).count()
    return count < limit("specialized_profiles")


def create_specialized(label: str = "", *, copy_from: int | None = None) -> Profile:
    """A new specialized profile (empty, or a copy of `copy_from`'s own fields)."""
    label = _clean_label(label)
    with db.atomic():
        count = Profile.select().where(Profile.kind == ProfileKind.SPECIALIZED).count()
        _refuse_over("specialized_profiles", count + 1, "specialized_profiles")
        general = general_profile()
        position = (Profile.select(fn.MAX(Profile.position))
                    .where(Profile.kind == ProfileKind.SPECIALIZED).scalar() or 0) + 1
        profile = Profile.create(kind="specialized", position=position, label=label,
                                 name=general.name)
        if copy_from is not None:
            source = get(copy_from)
            profile.title = source.title
            profile.overview = source.overview
            profile.category = source.category
            profile.hourly_rate = source.hourly_rate
            profile.currency = source.currency
            if not label:
                profile.label = _clean_label(f"Copy of {display_name(source)}")
            profile.save()
            _write_skills(profile, skills(source.id))
            chosen = [i.id for i in portfolio(source.id)]
            _write_selection(profile, chosen)
    events.changed(AREA, [profile.id])
    return profile


def duplicate(profile_id: int) -> Profile:
    """A specialized profile starting as a copy of `profile_id` (title, overview, rate…)."""
    return create_specialized(copy_from=profile_id)


def delete_profile(profile_id: int) -> dict[str, Any]:
    """Delete a specialized profile; returns what `restore_profile` needs to bring it back."""
    profile = get(profile_id)
    if profile.kind == ProfileKind.GENERAL:
        raise ProfileError(Code.PROFILE_GENERAL_UNDELETABLE)
    snapshot = {
        "row": _row(profile),
        "skills": skills(profile_id),
        "portfolio": [i.id for i in portfolio(profile_id)],
    }
    with db.atomic():
        profile.delete_instance(recursive=False)  # skills and selections cascade
    events.changed(AREA, [profile_id])
    return snapshot


def restore_profile(snapshot: dict[str, Any]) -> Profile:
    with db.atomic():
        Profile.insert(**snapshot["row"]).execute()
        profile = get(snapshot["row"]["id"])
        _write_skills(profile, snapshot["skills"])
        existing = {i.id for i in PortfolioItem.select(PortfolioItem.id)}
        _write_selection(profile, [i for i in snapshot["portfolio"] if i in existing])
    events.changed(AREA, [profile.id])
    return profile


# -- fields --------------------------------------------------------------------------------
def fields_of(profile: Profile) -> dict[str, Any]:
    """The editable fields as the editor shows them (shared ones from the general profile)."""
    general = profile if profile.kind == ProfileKind.GENERAL else general_profile()
    values = {name: getattr(general, name) for name in SHARED_FIELDS}
    values.update({
        "label": profile.label,
        "title": profile.title,
        "overview": profile.overview,
        "categories": categories(profile),
        "hourly_rate": profile.hourly_rate,
        "currency": profile.currency,
    })
    return values


def validate(field: str, value: Any) -> Any:
    """The cleaned value for `field`, or ProfileError naming the field and the limit."""
    if field in ("title", "name", "label", "location", "timezone"):
        value = " ".join(str(value or "").split())
    if field == "title":
        _refuse_over("profile_title_chars", len(value), "title")
        return value
    if field == "overview":
        value = str(value or "").strip()
        _refuse_over("overview_chars", len(value), "overview")
        return value
    if field == "name":
        if len(value) > NAME_MAX:
            raise ProfileError(Code.PROFILE_NAME_TOO_LONG, max=NAME_MAX, n=len(value))
        return value
    if field == "label":
        return _clean_label(value)
    if field in ("location", "timezone"):
        return value or None
    if field == "hourly_rate":
        return parse_rate(value)
    if field == "currency":
        value = str(value or "USD").strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", value):
            raise ProfileError(Code.PROFILE_CURRENCY, value=str(value))
        return value
    if field == "availability":
        if value in (None, ""):
            return None
        if value not in AVAILABILITY:
            raise ProfileError(Code.PROFILE_AVAILABILITY, choices=", ".join(AVAILABILITY),
                               value=str(value))
        return value
    if field == "video_url":
        return _url("video_url", value)
    if field == "categories":
        if isinstance(value, str):
            value = value.split(";")
        chosen = []
        for name in value or ():
            name = str(name).strip()
            if not name:
                continue
            known = next((c for c in CATEGORIES if c.lower() == name.lower()), None)
            if known is None:
                raise ProfileError(Code.PROFILE_CATEGORY, name=str(name))
            if known not in chosen:
                chosen.append(known)
        return chosen
    raise ProfileError(Code.PROFILE_UNKNOWN_FIELD, value=str(field))


def parse_rate(value: Any) -> Decimal | None:
    """An hourly rate from text or Decimal; None when blank. Refuses float and the sub-minimum."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        raise ProfileError(Code.PROFILE_RATE_FLOAT)
    try:
        rate = parse_money(value, allow_suffix=False)
    except MoneyError:
        raise ProfileError(Code.PROFILE_RATE_NOT_MONEY, value=str(value)) from None
    if rate < limit("hourly_rate_min"):
        raise ProfileError(Code.PROFILE_RATE_MINIMUM, minimum=limit("hourly_rate_min"),
                           amount=rate)
    if rate >= Decimal(100000):
        raise ProfileError(Code.PROFILE_RATE_TYPO, amount=rate)
    return rate


def update(profile_id: int, **values: Any) -> Profile:
    """Set profile fields; shared fields go to the general profile. All or nothing."""
    profile = get(profile_id)
    cleaned = {name: validate(name, value) for name, value in values.items()}
    general = profile if profile.kind == ProfileKind.GENERAL else general_profile()
    now = clock.now()
    with db.atomic():
        touched = {profile.id}
        for name, value in cleaned.items():
            target = general if name in SHARED_FIELDS else profile
            if name == "categories":
                target.category = "; ".join(value) or None
            else:
                setattr(target, name, value)
            touched.add(target.id)
        for target in {profile, general}:
            if target.id in touched:
                target.updated_at = now
                target.save()
        if "name" in cleaned and profile.kind == ProfileKind.GENERAL:
            # keep specialized copies of the account name in step (exports read it)
            (Profile.update(name=cleaned["name"])
             .where(Profile.kind == ProfileKind.SPECIALIZED).execute())
    events.changed(AREA, sorted(touched))
    return get(profile_id)


def comparable(name: str, value: Any) -> Any:
    """A field's value as plain JSON (what `field_values` gives and `save_fields` takes)."""
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, tuple):
        return list(value)
    return value


def field_values(profile_id: int) -> tuple[int, dict[str, Any]]:
    """The profile's version and its editable fields as plain JSON (a merge compares them)."""
    profile = get(profile_id)
    return profile.version, {name: comparable(name, value)
                             for name, value in fields_of(profile).items()}


def save_fields(profile_id: int, changes: dict[str, Any], *,
                version: int | None = None) -> int:
    """`update` over the profile's `version` (the one the editor showed): refused with
    EditConflictError when someone else saved the profile since. Returns the new version."""
    with Profile.edited_over(profile_id, version):
        update(profile_id, **changes)
    return get(profile_id).version


# -- photo ---------------------------------------------------------------------------------
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif")


def set_photo(source: str | Path) -> Profile:
    """Store an image as the (account-wide) photo; returns the general profile."""
    source = Path(source)
    if source.suffix.lower() not in PHOTO_SUFFIXES:
        raise ProfileError(Code.PROFILE_PHOTO_NOT_IMAGE, name=source.name,
                           suffixes=", ".join(PHOTO_SUFFIXES))
    stored = files.store(source)
    return set_photo_hash(stored.sha256, stored.name)


def set_photo_hash(sha256: str | None, name: str | None) -> Profile:
    """Point the photo at an already stored file (or clear it); used by undo."""
    general = general_profile()
    with db.atomic():
        general.photo_sha256 = sha256
        general.photo_name = name
        general.updated_at = clock.now()
        general.save()
    events.changed(AREA, [general.id])
    return general


def photo_path(profile: Profile | None = None) -> Path | None:
    general = (general_profile() if profile is None or profile.kind != ProfileKind.GENERAL
               else profile)
    if not general.photo_sha256:
        return None
    path = files.stored_path(general.photo_sha256, general.photo_name or "")
    if not path.exists():
        return None
    return files.readable_path(general.photo_sha256, general.photo_name or "")


# -- skills --------------------------------------------------------------------------------
def skills(profile_id: int) -> list[str]:
    return [s.name for s in ProfileSkill.select(ProfileSkill.name)
            .where(ProfileSkill.profile == profile_id)
            .order_by(ProfileSkill.position, ProfileSkill.id)]


def clean_skills(names: Iterable[str]) -> list[str]:
    """Trimmed, de-duplicated (case-insensitive), order kept; ProfileError above the limit."""
    result: list[str] = []
    seen: set[str] = set()
    for name in names:
        name = " ".join(str(name).split())
        if name and name.lower() not in seen:
            if len(name) > 60:
                raise ProfileError(Code.PROFILE_SKILL_TOO_LONG, name=name[:30], max=60)
            seen.add(name.lower())
            result.append(name)
    _refuse_over("profile_skills", len(result), "skills")
    return result


def set_skills(profile_id: int, names: Iterable[str]) -> list[str]:
    """Replace the profile's skills with `names`, in that order."""
    profile = get(profile_id)
    cleaned = clean_skills(names)
    with db.atomic():
        _write_skills(profile, cleaned)
        profile.updated_at = clock.now()
        profile.save()
    events.changed(AREA, [profile.id])
    return cleaned


def _write_skills(profile: Profile, names: list[str]) -> None:
    ProfileSkill.delete().where(ProfileSkill.profile == profile.id).execute()
    if names:
        ProfileSkill.insert_many([{"profile": profile.id, "position": i, "name": n}
                                  for i, n in enumerate(names)]).execute()


def skill_suggestions() -> list[str]:
    """Completion list: the shipped skills plus every skill seen in the user's saved jobs."""
    from models.jobs import Job

    found: dict[str, str] = {}
    for name in shipped_skills():
        found.setdefault(name.lower(), name)
    # DISTINCT in SQL: a large library repeats the same skill lists; Python sees each once
    for (text,) in Job.select(Job.skills).distinct().where(Job.skills != "").tuples().iterator():
        for name in text.split(","):
            name = " ".join(name.split())
            if name and len(name) <= 60:
                found.setdefault(name.lower(), name)
    return sorted(found.values(), key=str.lower)


_SHIPPED: list[str] | None = None


def shipped_skills() -> list[str]:
    global _SHIPPED
    if _SHIPPED is None:
        from resources import path

        text = path("profile", "skills.txt").read_text(encoding="utf-8")
        _SHIPPED = [line.strip() for line in text.splitlines()
                    if line.strip() and not line.startswith("#")]
    return list(_SHIPPED)


# -- lists: portfolio, certifications, employment, education, languages ---------------------
# The tables of the lists: each row belongs to the general profile (``profile``) and has a
# ``position`` in the user's order.
ListModel = (type[PortfolioItem] | type[Certification] | type[Employment] | type[Education]
             | type[ProfileLanguage])


@dataclass(frozen=True)
class ListKind:
    name: str
    model: ListModel
    label: str  # for messages: "Certification"
    required: str  # the field that must not be empty


KINDS = {
    "portfolio": ListKind("portfolio", PortfolioItem, "Portfolio item", "title"),
    "certification": ListKind("certification", Certification, "Certification", "name"),
    "employment": ListKind("employment", Employment, "Employment", "company"),
    "education": ListKind("education", Education, "Education", "school"),
    "language": ListKind("language", ProfileLanguage, "Language", "language"),
}
_FIELDS = {
    "portfolio": ("title", "description", "role", "skills", "url", "completed_on"),
    "certification": ("name", "issuer", "issued_on", "expires_on", "credential_id", "url"),
    "employment": ("company", "role", "location", "start_on", "end_on", "current",
                   "description"),
    "education": ("school", "degree", "field", "start_year", "end_year", "description"),
    "language": ("language", "proficiency"),
}


def _kind(kind: str) -> ListKind:
    try:
        return KINDS[kind]
    except KeyError:
        raise ProfileError(Code.PROFILE_UNKNOWN_LIST, value=str(kind),
                           choices=", ".join(KINDS)) from None


def entries(kind: str, profile_id: int | None = None) -> list:
    """The rows of one list in the user's order (shared lists live on the general profile)."""
    if kind == "portfolio" and profile_id is not None:
        return portfolio(profile_id)
    model = _kind(kind).model
    owner = general_profile().id
    return list(model.select().where(model.profile == owner).order_by(model.position, model.id))


def entry(kind: str, entry_id: int):
    model = _kind(kind).model
    row = model.get_or_none(model.id == entry_id)
    if row is None:
        raise ProfileError(Code.PROFILE_ENTRY_GONE, list_kind=kind, id=entry_id)
    return row


def clean_entry(kind: str, values: dict[str, Any], *, new: bool = True) -> dict[str, Any]:
    """Validated values for one list row; ProfileError names the field and the limit."""
    spec = _kind(kind)
    unknown = set(values) - set(_FIELDS[kind])
    if unknown:
        raise ProfileError(Code.PROFILE_ENTRY_FIELDS, list_kind=kind,
                           fields=", ".join(sorted(unknown)))
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, str):
            value = value.strip()
        if name in ("url", "credential_id", "location"):
            value = value or None
        out[name] = value
    if (new or spec.required in out) and not out.get(spec.required):
        raise ProfileError(Code.PROFILE_ENTRY_REQUIRED, list_kind=kind, list_field=spec.required)
    if "url" in out:
        out["url"] = _url(f"{kind}_link", out["url"])
    if kind == "portfolio":
        for name, key in (("title", "portfolio_title_chars"),
                          ("description", "portfolio_description_chars"),
                          ("role", "portfolio_role_chars")):
            if name in out:
                _refuse_over(key, len(out[name] or ""), name, list_kind=kind)
        if "skills" in out:
            value = out["skills"]
            names = value.split(",") if isinstance(value, str) else list(value or ())
            out["skills"] = ", ".join(n.strip() for n in names if n.strip())
        out = _dates(out, kind, ("completed_on",))
    elif kind == "certification":
        out = _dates(out, kind, ("issued_on", "expires_on"))
        if out.get("issued_on") and out.get("expires_on") and \
                out["expires_on"] < out["issued_on"]:
            raise ProfileError(Code.PROFILE_EXPIRY_BEFORE_ISSUE, list_kind=kind)
    elif kind == "employment":
        out = _dates(out, kind, ("start_on", "end_on"))
        if "current" in out:
            out["current"] = bool(out["current"])
            if out["current"]:
                out["end_on"] = None
        if out.get("start_on") and out.get("end_on") and out["end_on"] < out["start_on"]:
            raise ProfileError(Code.PROFILE_END_BEFORE_START, list_kind=kind)
    elif kind == "education":
        for name in ("start_year", "end_year"):
            if name in out:
                value = out[name]
                if value in ("", None):
                    out[name] = None
                    continue
                try:
                    year = int(value)
                except (TypeError, ValueError):
                    raise ProfileError(Code.PROFILE_NOT_YEAR, list_kind=kind, list_field=name,
                                       value=str(value)) from None
                if not 1940 <= year <= 2100:
                    raise ProfileError(Code.PROFILE_YEAR_IMPLAUSIBLE, list_kind=kind,
                                       list_field=name, year=str(year))
                out[name] = year
        if out.get("start_year") and out.get("end_year") and out["end_year"] < out["start_year"]:
            raise ProfileError(Code.PROFILE_END_YEAR_BEFORE_START, list_kind=kind)
    elif kind == "language":
        proficiency = out.get("proficiency", "conversational")
        if proficiency not in PROFICIENCY:
            raise ProfileError(Code.PROFILE_PROFICIENCY, list_kind=kind,
                               choices=", ".join(PROFICIENCY))
    return out


def add_entry(kind: str, values: dict[str, Any], *, profile_id: int | None = None):
    """Append a row to a list. A portfolio item added from a specialized profile is also
    chosen for that profile."""
    spec = _kind(kind)
    cleaned = clean_entry(kind, values)
    owner = general_profile()
    with db.atomic():
        _check_unique_language(kind, owner.id, cleaned)
        position = (spec.model.select(fn.MAX(spec.model.position))
                    .where(spec.model.profile == owner.id).scalar() or 0) + 1
        row = spec.model.create(profile=owner.id, position=position, **cleaned)
        if kind == "portfolio" and profile_id is not None and profile_id != owner.id:
            selected = _selection(profile_id)
            _write_selection(get(profile_id), [*selected, row.id])
    events.changed(AREA, [owner.id])
    return row


def update_entry(kind: str, entry_id: int, values: dict[str, Any]):
    spec = _kind(kind)
    row = entry(kind, entry_id)
    cleaned = clean_entry(kind, values, new=False)
    with db.atomic():
        _check_unique_language(kind, row.profile_id, cleaned, exclude=row.id)
        for name, value in cleaned.items():
            setattr(row, name, value)
        if hasattr(spec.model, "updated_at"):
            row.updated_at = clock.now()
        row.save()
    events.changed(AREA, [row.profile_id])
    return row


def delete_entry(kind: str, entry_id: int) -> dict[str, Any]:
    """Delete one row; returns the snapshot `restore_entry` brings it back from."""
    row = entry(kind, entry_id)
    snapshot: dict[str, Any] = {"kind": kind, "row": _row(row)}
    if kind == "portfolio":
        snapshot["files"] = [_row(f) for f in row.files.order_by(PortfolioFile.position)]
        snapshot["chosen_by"] = [
            {"profile": link.profile_id, "item": link.item_id, "position": link.position}
            for link in ProfilePortfolio.select().where(ProfilePortfolio.item == row.id)]
    with db.atomic():
        row.delete_instance()  # files and selections cascade
    events.changed(AREA, [row.profile_id])
    return snapshot


def restore_entry(snapshot: dict[str, Any]):
    spec = _kind(snapshot["kind"])
    with db.atomic():
        spec.model.insert(**snapshot["row"]).execute()
        if snapshot["kind"] == "portfolio":
            if snapshot.get("files"):
                PortfolioFile.insert_many(snapshot["files"]).execute()
            live = {p.id for p in Profile.select(Profile.id)}
            links = [link for link in snapshot.get("chosen_by", []) if link["profile"] in live]
            if links:
                ProfilePortfolio.insert_many(links).on_conflict_ignore().execute()
    row = entry(snapshot["kind"], snapshot["row"]["id"])
    events.changed(AREA, [row.profile_id])
    return row


def move_entry(kind: str, entry_id: int, delta: int, *, profile_id: int | None = None) -> None:
    """Move a row up (-1) or down (+1). On a specialized profile's portfolio this moves the
    item within that profile's choice."""
    row = entry(kind, entry_id)
    if kind == "portfolio" and profile_id is not None and get(profile_id).kind != "general":
        ids = _selection(profile_id)
        if entry_id in ids:
            index = ids.index(entry_id)
            target = max(0, min(len(ids) - 1, index + delta))
            ids.insert(target, ids.pop(index))
            with db.atomic():
                _write_selection(get(profile_id), ids)
        events.changed(AREA, [profile_id])
        return
    ids = [r.id for r in entries(kind)]
    _reorder(_kind(kind).model, ids, row.id, delta)
    events.changed(AREA, [row.profile_id])


def _check_unique_language(kind: str, owner: int, cleaned: dict, exclude: int | None = None):
    if kind != "language" or "language" not in cleaned:
        return
    query = ProfileLanguage.select().where(
        (ProfileLanguage.profile == owner)
        & (fn.lower(ProfileLanguage.language) == cleaned["language"].lower()))
    if exclude is not None:
        query = query.where(ProfileLanguage.id != exclude)
    if query.exists():
        raise ProfileError(Code.PROFILE_LANGUAGE_LISTED, language=cleaned["language"])


# -- portfolio -----------------------------------------------------------------------------
def portfolio(profile_id: int) -> list[PortfolioItem]:
    """The items a profile shows: all of them on the general profile, the chosen ones (in
    their chosen order) on a specialized profile."""
    profile = get(profile_id)
    if profile.kind == ProfileKind.GENERAL:
        return list(PortfolioItem.select().where(PortfolioItem.profile == profile.id)
                    .order_by(PortfolioItem.position, PortfolioItem.id))
    return list(PortfolioItem.select().join(
        ProfilePortfolio, on=(ProfilePortfolio.item == PortfolioItem.id))
        .where(ProfilePortfolio.profile == profile.id)
        .order_by(ProfilePortfolio.position, PortfolioItem.id))


def _selection(profile_id: int) -> list[int]:
    return [link.item_id for link in ProfilePortfolio.select()
            .where(ProfilePortfolio.profile == profile_id)
            .order_by(ProfilePortfolio.position, ProfilePortfolio.item)]


def set_portfolio_choice(profile_id: int, item_ids: Iterable[int]) -> list[int]:
    """Which portfolio items a specialized profile shows, in order."""
    profile = get(profile_id)
    if profile.kind == ProfileKind.GENERAL:
        raise ProfileError(Code.PROFILE_GENERAL_ALL_ITEMS)
    ids = list(dict.fromkeys(int(i) for i in item_ids))
    known = {i.id for i in PortfolioItem.select(PortfolioItem.id)
             .where(PortfolioItem.id.in_(ids))} if ids else set()
    missing = [i for i in ids if i not in known]
    if missing:
        raise ProfileError(Code.PROFILE_ITEMS_GONE, ids=str(missing))
    with db.atomic():
        _write_selection(profile, ids)
    events.changed(AREA, [profile.id])
    return ids


def _write_selection(profile: Profile, ids: list[int]) -> None:
    ProfilePortfolio.delete().where(ProfilePortfolio.profile == profile.id).execute()
    if ids:
        ProfilePortfolio.insert_many([{"profile": profile.id, "item": i, "position": n}
                                      for n, i in enumerate(ids)]).execute()


def portfolio_files(item_id: int) -> list[PortfolioFile]:
    return list(PortfolioFile.select().where(PortfolioFile.item == item_id)
                .order_by(PortfolioFile.position, PortfolioFile.id))


def add_portfolio_file(item_id: int, source: str | Path) -> PortfolioFile:
    item = entry("portfolio", item_id)
    stored = files.store(source)
    with db.atomic():
        position = (PortfolioFile.select(fn.MAX(PortfolioFile.position))
                    .where(PortfolioFile.item == item.id).scalar() or 0) + 1
        row = PortfolioFile.create(item=item.id, position=position, name=stored.name,
                                   sha256=stored.sha256, size=stored.size)
        item.updated_at = clock.now()
        item.save()
    events.changed(AREA, [item.profile_id])
    return row


def remove_portfolio_file(file_id: int) -> dict[str, Any]:
    row = PortfolioFile.get_or_none(PortfolioFile.id == file_id)
    if row is None:
        raise ProfileError(Code.PROFILE_FILE_GONE, id=file_id)
    snapshot = _row(row)
    with db.atomic():
        row.delete_instance()
    events.changed(AREA, [])
    return snapshot


def restore_portfolio_file(snapshot: dict[str, Any]) -> PortfolioFile:
    with db.atomic():
        PortfolioFile.insert(**snapshot).execute()
    events.changed(AREA, [])
    return PortfolioFile.get_by_id(snapshot["id"])


def file_path(row: PortfolioFile) -> Path:
    """A path holding the file's content (decrypted privately when the data is)."""
    return files.readable_path(row.sha256, row.name)


# -- reading it all ------------------------------------------------------------------------
def contract_rates() -> list[Decimal]:
    """Hourly rates of the user's own contracts (won work), for the rate check."""
    from models.contracts import Contract

    query = (Contract.select(Contract.rate)
             .where((Contract.contract_type == ContractType.HOURLY) & Contract.rate.is_null(False)
                    & (Contract.status.in_((ContractStatus.ACTIVE, ContractStatus.PAUSED,
                                            ContractStatus.ENDED)))))
    return [c.rate for c in query if c.rate and c.rate > 0]


def facts(profile_id: int) -> profile_strength.ProfileFacts:
    profile = get(profile_id)
    general = general_profile()
    history = (Employment.select().where(Employment.profile == general.id).count()
               + Education.select().where(Education.profile == general.id).count())
    return profile_strength.ProfileFacts(
        has_photo=photo_path(general) is not None,
        title=profile.title,
        overview=profile.overview,
        skills=tuple(skills(profile.id)),
        categories=tuple(categories(profile)),
        portfolio_count=len(portfolio(profile.id)),
        certifications=tuple((c.name, c.expires_on) for c in entries("certification")),
        hourly_rate=profile.hourly_rate,
        contract_rates=tuple(contract_rates()),
        languages=len(entries("language")),
        history_entries=history,
        currency=profile.currency,
    )


def strength(profile_id: int, today: date | None = None):
    """(score 0–100, hints) for one profile."""
    hints = profile_strength.evaluate(facts(profile_id), today or clock.today())
    return profile_strength.score(hints), hints


def snapshot(profile_id: int) -> dict[str, Any]:
    """Everything one profile shows, shared sections resolved, as plain data (for export)."""
    profile = get(profile_id)
    values = fields_of(profile)
    values["hourly_rate"] = (str(values["hourly_rate"])
                             if values["hourly_rate"] is not None else None)
    return {
        "kind": profile.kind,
        "display_name": display_name(profile),
        **values,
        "availability_text": AVAILABILITY.get(values["availability"] or "", ""),
        "skills": skills(profile.id),
        "languages": [{"language": r.language, "proficiency": r.proficiency,
                       "proficiency_text": PROFICIENCY.get(r.proficiency, r.proficiency)}
                      for r in entries("language")],
        "portfolio": [{
            "title": i.title, "description": i.description, "role": i.role,
            "skills": [s.strip() for s in i.skills.split(",") if s.strip()],
            "url": i.url, "completed_on": _iso(i.completed_on),
            "files": [f.name for f in portfolio_files(i.id)],
        } for i in portfolio(profile.id)],
        "certifications": [{
            "name": c.name, "issuer": c.issuer, "issued_on": _iso(c.issued_on),
            "expires_on": _iso(c.expires_on), "credential_id": c.credential_id, "url": c.url,
        } for c in entries("certification")],
        "employment": [{
            "company": e.company, "role": e.role, "location": e.location,
            "start_on": _iso(e.start_on), "end_on": _iso(e.end_on), "current": e.current,
            "description": e.description,
        } for e in entries("employment")],
        "education": [{
            "school": e.school, "degree": e.degree, "field": e.field,
            "start_year": e.start_year, "end_year": e.end_year, "description": e.description,
        } for e in entries("education")],
    }


# -- helpers -------------------------------------------------------------------------------
def _clean_label(value: Any) -> str:
    value = " ".join(str(value or "").split())
    if len(value) > LABEL_MAX:
        raise ProfileError(Code.PROFILE_LABEL_TOO_LONG, max=LABEL_MAX, n=len(value))
    return value


def _url(field: str, value: Any) -> str | None:
    value = str(value or "").strip()
    if not value:
        return None
    if not re.match(r"^[a-z][a-z0-9+.-]*://", value, re.IGNORECASE):
        value = "https://" + value
    if not _URL.match(value):
        raise ProfileError(Code.PROFILE_NOT_URL, profile_field=field, value=value)
    return value


def _dates(out: dict, kind: str, names: tuple[str, ...]) -> dict:
    for name in names:
        if name not in out:
            continue
        value = out[name]
        if value in ("", None) or isinstance(value, date):
            out[name] = value or None
            continue
        try:
            out[name] = date.fromisoformat(str(value))
        except ValueError:
            raise ProfileError(Code.PROFILE_NOT_DATE, list_kind=kind, list_field=name,
                               value=str(value)) from None
    return out


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _row(instance) -> dict[str, Any]:
    """Column values of a row by field name (foreign keys as ids), for undo snapshots."""
    data = {}
    for f in instance._meta.sorted_fields:
        data[f.name] = instance.__data__.get(f.name)
    return data


def _reorder(model, ids: list[int], moving: int, delta: int, offset: int = 0) -> None:
    if moving not in ids:
        return
    index = ids.index(moving)
    target = max(0, min(len(ids) - 1, index + delta))
    if target == index:
        return
    ids.insert(target, ids.pop(index))
    with db.atomic():
        for position, row_id in enumerate(ids):
            model.update(position=position + offset).where(model.id == row_id).execute()


def account_name() -> str:
    """The freelancer's name as the first profile holds it ("" before one is written)."""
    profile = Profile.select().order_by(Profile.position).first()
    return profile.name if profile and profile.name else ""

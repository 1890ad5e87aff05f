"""The freelancer's profile: one general profile and up to two specialized ones."""
from __future__ import annotations

from enum import StrEnum

from peewee import BooleanField, CompositeKey, ForeignKeyField, IntegerField, ModelSelect, TextField

from models.base import BaseModel, VersionedModel
from models.fields import DateField, MoneyField, UtcDateTimeField, utcnow


class ProfileKind(StrEnum):
    GENERAL = "general"
    SPECIALIZED = "specialized"


class Profile(VersionedModel):
    # back-references peewee adds (the rows pointing here)
    skills: ModelSelect[ProfileSkill]
    languages: ModelSelect[ProfileLanguage]
    portfolio: ModelSelect[PortfolioItem]
    certifications: ModelSelect[Certification]
    employment: ModelSelect[Employment]
    education: ModelSelect[Education]
    kind = TextField(default="general")  # general | specialized
    position = IntegerField(default=0)
    label = TextField(default="")
    name = TextField(default="")
    title = TextField(default="")
    overview = TextField(default="")
    category = TextField(null=True)
    hourly_rate = MoneyField(column_name="hourly_rate_cents", null=True)
    currency = TextField(default="USD")
    availability = TextField(null=True)
    hours_per_week = TextField(null=True)
    location = TextField(null=True)
    timezone = TextField(null=True)
    photo_sha256 = TextField(null=True)
    photo_name = TextField(null=True)
    video_url = TextField(null=True)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class ProfileSkill(BaseModel):
    profile = ForeignKeyField(Profile, backref="skills", on_delete="CASCADE")
    profile_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    name = TextField()


class ProfileLanguage(BaseModel):
    profile = ForeignKeyField(Profile, backref="languages", on_delete="CASCADE")
    profile_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    language = TextField()
    proficiency = TextField(default="conversational")  # basic | conversational | fluent | native


class PortfolioItem(VersionedModel):
    # back-references peewee adds (the rows pointing here)
    files: ModelSelect[PortfolioFile]
    profile = ForeignKeyField(Profile, backref="portfolio", on_delete="CASCADE")
    profile_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    title = TextField()
    description = TextField(default="")
    role = TextField(default="")
    skills = TextField(default="")
    url = TextField(null=True)
    completed_on = DateField(null=True)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class PortfolioFile(BaseModel):
    item = ForeignKeyField(PortfolioItem, backref="files", on_delete="CASCADE")
    item_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    name = TextField()
    sha256 = TextField()
    size = IntegerField(default=0)
    added_at = UtcDateTimeField(default=utcnow)


class ProfilePortfolio(BaseModel):
    profile = ForeignKeyField(Profile, on_delete="CASCADE")
    profile_id: ForeignKeyField[int]
    item = ForeignKeyField(PortfolioItem, on_delete="CASCADE")
    item_id: ForeignKeyField[int]
    position = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("profile", "item")


class Certification(VersionedModel):
    profile = ForeignKeyField(Profile, backref="certifications", on_delete="CASCADE")
    profile_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    name = TextField()
    issuer = TextField(default="")
    issued_on = DateField(null=True)
    expires_on = DateField(null=True)
    credential_id = TextField(null=True)
    url = TextField(null=True)


class Employment(VersionedModel):
    profile = ForeignKeyField(Profile, backref="employment", on_delete="CASCADE")
    profile_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    company = TextField()
    role = TextField(default="")
    location = TextField(null=True)
    start_on = DateField(null=True)
    end_on = DateField(null=True)
    current = BooleanField(default=False)
    description = TextField(default="")


class Education(VersionedModel):
    profile = ForeignKeyField(Profile, backref="education", on_delete="CASCADE")
    profile_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    school = TextField()
    degree = TextField(default="")
    field = TextField(default="")
    start_year = IntegerField(null=True)
    end_year = IntegerField(null=True)
    description = TextField(default="")

"""The profile service against a real SQLite file: profiles, fields, limits, lists, undo."""
import json
from datetime import date
from decimal import Decimal

import pytest

from desktop import events
from desktop.errors import Code
from desktop.services import profile as service
from models.contracts import Contract
from models.profile import PortfolioFile, Profile
from tests.unit.profile.sample import fill_profile, make_portrait


def test_general_profile_is_created_once_and_listed_first(data_dir):
    seen = []
    unsubscribe = events.subscribe(lambda area, ids: seen.append(area))
    try:
        general = service.general_profile()  # made with the schema: reading it writes nothing
        assert general.kind == "general" and seen == []
        general.delete_instance()  # a folder from before that: made on first use, once
        general = service.general_profile()
    finally:
        unsubscribe()
    assert general.kind == "general" and seen == ["profile"]
    assert service.general_profile().id == general.id
    special = service.create_specialized("Data work")
    assert [p.id for p in service.profiles()] == [general.id, special.id]
    assert Profile.select().where(Profile.kind == "general").count() == 1


def test_fields_are_validated_with_the_field_and_limit_named(data_dir):
    pid = service.general_profile().id
    with pytest.raises(service.ProfileError, match=r"Title: at most 70 characters allowed, "
                       "got 71") as refused:
        service.update(pid, title="x" * 71)
    assert refused.value.code is Code.PROFILE_TOO_LONG and \
        refused.value.params == {"profile_field": "title", "max": 70, "n": 71}
    with pytest.raises(service.ProfileError, match=r"Overview: at most 5000"):
        service.update(pid, overview="y" * 5001)
    with pytest.raises(service.ProfileError, match=r"Hourly rate: at least \$3.00/h, got \$2.50"):
        service.update(pid, hourly_rate="2.50")
    with pytest.raises(service.ProfileError, match="must not be float"):
        service.update(pid, hourly_rate=12.5)
    with pytest.raises(service.ProfileError, match="unknown category"):
        service.update(pid, categories=["Basket weaving"])
    # all or nothing: a bad field leaves the good one unwritten
    with pytest.raises(service.ProfileError):
        service.update(pid, name="Ana", title="x" * 71)
    assert service.get(pid).name == ""
    profile = service.update(pid, hourly_rate="$45.5", categories=["translation", "Legal"])
    assert profile.hourly_rate == Decimal("45.50")
    assert service.categories(profile) == ["Translation", "Legal"]


def test_specialized_profiles_share_account_fields_and_are_limited_to_two(data_dir):
    general = service.general_profile()
    first = service.create_specialized("Shopify")
    service.update(first.id, name="Ana Sousa", title="Shopify speed fixes for coffee brands",
                   hourly_rate="80")
    assert service.get(general.id).name == "Ana Sousa"  # name lives on the general profile
    assert service.get(general.id).title == ""  # title is the specialized profile's own
    assert service.fields_of(service.get(first.id))["name"] == "Ana Sousa"
    service.set_skills(first.id, ["Shopify", "Liquid"])
    copy = service.duplicate(first.id)
    assert copy.label == "Copy of Shopify" and service.skills(copy.id) == ["Shopify", "Liquid"]
    assert service.get(copy.id).hourly_rate == Decimal("80")
    assert not service.can_add_specialized()
    with pytest.raises(service.ProfileError,
                       match="Specialized profiles: at most 2 allowed, got 3") as refused:
        service.create_specialized("Third")
    assert refused.value.code is Code.PROFILE_TOO_MANY
    with pytest.raises(service.ProfileError, match="general profile cannot be deleted"):
        service.delete_profile(general.id)


def test_deleting_a_specialized_profile_can_be_restored_exactly(data_dir):
    fill_profile()
    special = service.create_specialized("Django")
    service.set_skills(special.id, ["Django", "Python"])
    items = service.entries("portfolio")
    service.set_portfolio_choice(special.id, [items[1].id])
    before = service.snapshot(special.id)
    snapshot = service.delete_profile(special.id)
    assert len(service.profiles()) == 1
    service.restore_profile(snapshot)
    assert service.snapshot(special.id) == before


def test_skills_are_ordered_deduplicated_and_capped_at_15(data_dir):
    pid = service.general_profile().id
    assert service.set_skills(pid, [" Python ", "Django", "python", "SQL"]) == \
        ["Python", "Django", "SQL"]
    with pytest.raises(service.ProfileError, match=r"Skills: at most 15 allowed, got 16"):
        service.set_skills(pid, [f"Skill {i}" for i in range(16)])
    assert service.skills(pid) == ["Python", "Django", "SQL"]


def test_skill_suggestions_include_the_shipped_list_and_skills_from_saved_jobs(data_dir):
    from models.jobs import Job

    Job.create(title="Build a scraper", skills="Scrapy, Web Scraping ,Zyte API")
    names = service.skill_suggestions()
    assert {"Django", "Shopify", "Scrapy", "Zyte API"} <= set(names)
    assert names.count("Web Scraping") == 1  # in both lists, once


def test_list_entries_validate_reorder_and_delete_with_restore(data_dir):
    with pytest.raises(service.ProfileError,
                       match="Portfolio item title: at most 40 characters") as refused:
        service.add_entry("portfolio", {"title": "t" * 41})
    assert refused.value.params == {"list_kind": "portfolio", "list_field": "title",
                                    "max": 40, "n": 41}
    with pytest.raises(service.ProfileError, match="Certification: expiry date is before"):
        service.add_entry("certification", {"name": "AWS", "issued_on": "2024-01-01",
                                            "expires_on": "2023-01-01"})
    with pytest.raises(service.ProfileError, match="Education: end year is before"):
        service.add_entry("education", {"school": "MIT", "start_year": 2020, "end_year": 2019})
    with pytest.raises(service.ProfileError, match="Employment: company is required"):
        service.add_entry("employment", {"role": "Dev"})
    a = service.add_entry("language", {"language": "English", "proficiency": "fluent"})
    b = service.add_entry("language", {"language": "Portuguese", "proficiency": "native"})
    with pytest.raises(service.ProfileError, match="english is already listed"):
        service.add_entry("language", {"language": "english"})
    service.move_entry("language", b.id, -1)
    assert [r.language for r in service.entries("language")] == ["Portuguese", "English"]
    snapshot = service.delete_entry("language", a.id)
    assert [r.language for r in service.entries("language")] == ["Portuguese"]
    service.restore_entry(snapshot)
    assert [(r.id, r.language) for r in service.entries("language")] == \
        [(b.id, "Portuguese"), (a.id, "English")]
    job = service.add_entry("employment", {"company": "Acme", "start_on": "2020-01-01",
                                           "end_on": "2021-01-01", "current": True})
    assert job.end_on is None and job.current


def test_portfolio_files_and_choice_survive_delete_and_restore(data_dir, tmp_path):
    special = service.create_specialized("Design")
    item = service.add_entry("portfolio", {"title": "Logo for a bakery",
                                           "url": "example.com/bakery"},
                             profile_id=special.id)
    assert item.url == "https://example.com/bakery"
    assert [i.id for i in service.portfolio(special.id)] == [item.id]
    stored = service.add_portfolio_file(item.id, make_portrait(tmp_path / "logo.png"))
    assert service.file_path(stored).read_bytes()[:4] == b"\x89PNG"
    snapshot = service.delete_entry("portfolio", item.id)
    assert PortfolioFile.select().count() == 0 and service.portfolio(special.id) == []
    service.restore_entry(snapshot)
    assert [f.name for f in service.portfolio_files(item.id)] == ["logo.png"]
    assert [i.id for i in service.portfolio(special.id)] == [item.id]


def test_photo_is_stored_by_content_hash_and_shared(data_dir, tmp_path):
    special = service.create_specialized()
    with pytest.raises(service.ProfileError, match="not an image"):
        service.set_photo(tmp_path / "notes.txt")
    service.set_photo(make_portrait(tmp_path / "me.png"))
    path = service.photo_path(special)
    assert path is not None and path.is_relative_to(data_dir.data_dir)
    assert path.read_bytes()[:4] == b"\x89PNG"  # readable, though stored encrypted
    assert service.strength(special.id)[1][0].passed  # "Photo added"


def test_strength_reads_rates_from_own_hourly_contracts(data_dir):
    pid = fill_profile()
    for rate in ("100", "110", "120"):
        Contract.create(title="Work", contract_type="hourly", rate=Decimal(rate),
                        status="ended")
    score, hints = service.strength(pid, today=date(2026, 1, 1))
    low = {h.key: h for h in hints}["rate_vs_contracts"]
    assert not low.passed and "$110.00/h median" in low.message
    assert 0 < score < 100


def test_data_survives_reopening(tmp_path):
    from desktop import runtime

    runtime.open_data_dir(tmp_path / "d")
    try:
        pid = fill_profile()
        before = service.snapshot(pid)
    finally:
        runtime.close()
    runtime.open_data_dir(tmp_path / "d")
    try:
        assert service.snapshot(pid) == before
        json.dumps(before)  # plain data all the way down
    finally:
        runtime.close()

"""The outbox (issue 18, "offline"): letters typed while the workspace server is away are kept
in a private file in the data folder and sent when it is back, over the version they were
written against — an entry someone else's save overtook is kept as a conflict, not written."""
from __future__ import annotations

import stat
from decimal import Decimal

import pytest

from desktop import outbox, runtime, workspace
from desktop.errors import WorkspaceOfflineError
from desktop.services import proposals as service
from tests.helpers.members import member
from tests.helpers.postgres import PostgresServer, ServerUnavailableError


@pytest.fixture
def own_server():
    try:
        server = PostgresServer().start()
    except ServerUnavailableError as exc:
        pytest.skip(str(exc))
    yield server
    runtime.close()
    server.stop()


@pytest.mark.slow
def test_letters_written_offline_are_sent_when_the_server_is_back(own_server, tmp_path):
    url = own_server.fresh_database() + "?connect_timeout=2"
    here = tmp_path / "here"
    workspace.open_workspace(url, here)
    quiet, contested = service.create_draft(), service.create_draft()
    loaded = {p.id: (service.save_letter(p.id, f"Letter {p.id}"), f"Letter {p.id}")
              for p in (quiet, contested)}
    own_server.halt()
    for proposal_id, (version, base) in loaded.items():
        with pytest.raises(WorkspaceOfflineError):
            service.save_letter(proposal_id, base + " offline", version=version)
        outbox.keep(here, proposal_id, base + " offline", version=version, base=base)
    # typing goes on: the newer text replaces the entry, which keeps the version it started from
    outbox.keep(here, quiet.id, f"Letter {quiet.id} offline, more", version=99, base="x")
    path = outbox.path_in(here)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [(d.proposal_id, d.version) for d in outbox.drafts(here)] == \
        [(quiet.id, loaded[quiet.id][0]), (contested.id, loaded[contested.id][0])]
    assert outbox.send(here).offline  # still away: nothing sent, nothing dropped
    assert len(outbox.drafts(here)) == 2
    own_server.resume()
    # someone else saved the contested letter before this computer came back
    member(url, """
        from desktop.services import proposals
        proposals.save_letter(int(sys.argv[3]), "Their letter")
        """, tmp_path / "other", str(contested.id))
    result = outbox.send(here)
    assert result.sent == [quiet.id] and not result.offline
    assert [d.proposal_id for d in result.conflicts] == [contested.id]
    assert service.get(quiet.id).cover_letter == f"Letter {quiet.id} offline, more"
    assert service.get(contested.id).cover_letter == "Their letter"
    kept = outbox.find(here, contested.id)
    assert kept is not None and kept.conflict
    assert (kept.text, kept.base) == (f"Letter {contested.id} offline", f"Letter {contested.id}")
    # sending again does not write over theirs; merged and saved, the entry goes
    assert outbox.send(here).conflicts == [kept]
    outbox.drop(here, contested.id)
    assert not path.exists()


@pytest.mark.slow
def test_field_edits_made_offline_are_sent_and_merged_when_the_server_is_back(
        own_server, tmp_path):
    from desktop.services import profile

    url = own_server.fresh_database() + "?connect_timeout=2"
    here = tmp_path / "here"
    workspace.open_workspace(url, here)
    draft = service.create_draft()
    service.save_fields(draft.id, {"bid_type": "hourly", "rate": "50"})
    general = profile.general_profile()
    from datetime import timedelta

    from desktop import clock
    from desktop.services import contracts, timer

    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=clock.now() - timedelta(days=1))
    hour = (clock.now() - timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
    entry = timer.add_manual(contract.id, started_at=hour, minutes=30, memo="spec")[0]
    loaded = {"proposal": service.field_values(draft.id),
              "profile": profile.field_values(general.id),
              "time_entry": timer.entry_values(entry.id)}
    own_server.halt()
    with pytest.raises(WorkspaceOfflineError):
        service.save_fields(draft.id, {"boost_connects": 3}, version=loaded["proposal"][0])
    # the editors keep what they could not save, with the version and fields they started from
    outbox.keep_edit(here, "proposal", draft.id, {"boost_connects": 3},
                     version=loaded["proposal"][0], base=loaded["proposal"][1])
    outbox.keep_edit(here, "profile", general.id, {"title": "Power BI developer",
                                                   "hourly_rate": "70.00"},
                     version=loaded["profile"][0], base=loaded["profile"][1])
    outbox.keep_edit(here, "time_entry", entry.id, {"minutes": 45},
                     version=loaded["time_entry"][0], base=loaded["time_entry"][1])
    assert stat.S_IMODE(outbox.path_in(here).stat().st_mode) == 0o600
    assert outbox.send(here).offline and len(outbox.edits(here)) == 3
    own_server.resume()
    # meanwhile someone else changed the rate (not my field) and the profile's title (mine too)
    member(url, """
        from desktop.services import proposals, profile
        proposals.save_fields(int(sys.argv[3]), {"rate": "55"})
        profile.update(profile.general_profile().id, title="Dashboards in Power BI")
        from desktop.services import timer
        timer.save_entry_fields(int(sys.argv[4]), {"memo": "spec and tests"})
        """, tmp_path / "other", str(draft.id), str(entry.id))
    result = outbox.send(here)
    assert sorted(result.edits_sent) == [("proposal", draft.id), ("time_entry", entry.id)]
    assert not result.offline
    saved = service.get(draft.id)
    assert (saved.rate, saved.boost_connects) == (Decimal("55.00"), 3)  # both kept
    assert timer.entry_values(entry.id)[1] | {"started_at": None} == \
        {"started_at": None, "minutes": 45, "memo": "spec and tests"}
    assert [(e.kind, e.key) for e in result.edit_conflicts] == [("profile", general.id)]
    assert profile.get(general.id).title == "Dashboards in Power BI"  # not overwritten
    kept = outbox.find_edit(here, "profile", general.id)
    assert kept.conflict and kept.changes["title"] == "Power BI developer"  # nor lost
    assert result.waiting == 1
    # a later send leaves it for the merge dialog
    assert outbox.send(here).edit_conflicts == [kept]


@pytest.mark.slow
def test_job_notes_written_offline_are_sent_and_a_contested_field_waits(own_server, tmp_path):
    """Job edits go through the outbox as other field edits do: sent over the version they
    were made against, others' changes to other fields merged in, a field both changed kept."""
    from desktop.services import jobs

    url = own_server.fresh_database() + "?connect_timeout=2"
    workspace.open_workspace(url, tmp_path / "here")
    here = tmp_path / "here"
    quiet = jobs.add_job({"title": "Shopify store", "url": "https://example.com/a"})
    contested = jobs.add_job({"title": "Django API", "url": "https://example.com/b"})
    loaded = {job.id: (jobs.get(job.id).version, jobs.field_values_of(jobs.get(job.id)))
              for job in (quiet, contested)}
    member(url, """
        from desktop.services import jobs
        jobs.update_job(int(sys.argv[3]), {"notes": "Maria: budget is firm", "title": "API"})
        jobs.update_job(int(sys.argv[4]), {"category": "Web"})
        """, tmp_path / "maria", str(contested.id), str(quiet.id))
    own_server.halt()
    for job_id, (version, base) in loaded.items():
        with pytest.raises(WorkspaceOfflineError):
            jobs.update_job(job_id, {"notes": "Ask about the deadline"})
        mine = jobs.field_changes({"notes": "Ask about the deadline"})
        outbox.keep_edit(here, "job", job_id, mine, version=version, base=base)
    own_server.resume()
    sent = outbox.send(here)
    assert sent.edits_sent == [("job", quiet.id)]
    assert [(e.key, e.conflict) for e in sent.edit_conflicts] == [(contested.id, True)]
    assert (jobs.get(quiet.id).notes, jobs.get(quiet.id).category) == \
        ("Ask about the deadline", "Web")  # hers kept, mine written over it
    assert jobs.get(contested.id).notes == "Maria: budget is firm"  # nothing overwritten
    assert outbox.find_edit(here, "job", contested.id).changes == \
        {"notes": "Ask about the deadline"}  # mine waits for the merge

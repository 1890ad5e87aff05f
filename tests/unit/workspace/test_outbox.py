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


SEND = """
    import json
    from desktop import outbox
    sent = outbox.send(sys.argv[2])
    print(json.dumps({"sent": sent.sent, "edits_sent": sent.edits_sent,
                      "calls_sent": sent.calls_sent, "waiting": sent.waiting,
                      "offline": sent.offline}))
    """


@pytest.mark.slow
def test_an_outbox_killed_between_the_server_commit_and_its_own_record_applies_nothing_twice(
        pg_server, tmp_path, monkeypatch):
    """The outbox is sent by a process killed with SIGKILL right after the server committed
    an entry and before outbox.json records it as sent (desktop/faults, step
    outbox.KILL_STEP), once per entry. Each next send finds the entry's id in
    outbox_applied (written in the same transaction), drops it and goes on: the manual time,
    the timer's start and stop, the time edit and the letter each reach the server once."""
    import json
    from datetime import timedelta

    from desktop import clock, faults
    from desktop.services import contracts, timer
    from models.rules.weeks import week_start
    from tests.helpers.members import other_connection, start_member

    url = pg_server.fresh_database() + "?connect_timeout=2"
    here = tmp_path / "here"
    paths = workspace.open_workspace(url, here)
    draft = service.create_draft()
    letter_version = service.save_letter(draft.id, "Dear client")
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=clock.now() - timedelta(days=2))
    start = (clock.now() - timedelta(hours=4)).replace(minute=0, second=0, microsecond=0)
    if week_start(start) != week_start(start + timedelta(minutes=135)):
        start -= timedelta(hours=3)  # all in one week: each span is one row
    entry = timer.add_manual(contract.id, started_at=start, minutes=30, memo="spec")[0]
    entry_version, entry_fields = timer.entry_values(entry.id)
    # what the window kept while the server was away, in the order it was made
    kept = [outbox.keep_edit(here, "time_entry", entry.id, {"minutes": 45},
                             version=entry_version, base=entry_fields).id,
            outbox.keep_call(here, "time_entry.add", {
                "contract_id": contract.id, "minutes": 20, "memo": "review",
                "started_at": (start + timedelta(minutes=60)).isoformat()}).id,
            outbox.keep_call(here, "timer.start", {
                "contract_id": contract.id, "memo": "calls", "title": "API work",
                "at": (start + timedelta(minutes=90)).isoformat()}).id,
            outbox.keep_call(here, "timer.stop", {
                "at": (start + timedelta(minutes=135)).isoformat()}).id,
            outbox.keep(here, draft.id, "Dear client, offline", version=letter_version,
                        base="Dear client").id]
    assert len(set(kept)) == 5 and all(kept)

    def entries():
        return len(outbox.drafts(here)) + len(outbox.edits(here)) + len(outbox.calls(here))

    with other_connection(url, paths) as sql:
        def rows():
            return sql.run("SELECT started_at, ended_at, minutes, memo, manual FROM time_entry "
                           "WHERE contract_id = ? ORDER BY started_at", contract.id)

        def applied():
            return [r[0] for r in sql.run("SELECT id FROM outbox_applied ORDER BY applied_at")]

        # each run applies one entry on the server and dies before the outbox knows it
        expected_rows = [1, 2, 3, 3, 3]
        for done in range(1, 6):
            monkeypatch.setenv(faults.ENV, outbox.KILL_STEP)
            process = start_member(url, SEND, here)
            out, err = process.communicate(timeout=120)
            monkeypatch.delenv(faults.ENV)
            assert process.returncode == -9, (out, err)
            # the server holds the record of the entry it just took: the next send needs it.
            # The ones this run found applied and dropped from the file are forgotten
            assert applied() == [kept[done - 1]]
            assert len(rows()) == expected_rows[done - 1]
            # the outbox still holds the entry the server applied (and those after it)
            assert entries() == 5 - (done - 1)
        # the running timer the 3rd run started was stopped once, by the 4th
        process = start_member(url, SEND, here)
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        # the letter the last killed run committed is recognised: dropped as sent, not
        # written again (it would be refused as a conflict with itself)
        assert json.loads(out) == {"sent": [draft.id], "edits_sent": [], "calls_sent": [],
                                   "waiting": 0, "offline": False}
        assert not outbox.path_in(here).exists()
        assert applied() == []  # no outbox holds any of them: their records went too
        utc = "%Y-%m-%dT%H:%M:%S"
        assert [(r[0][:19], (r[1] or "")[:19], r[2], r[3], r[4]) for r in rows()] == [
            (start.strftime(utc), (start + timedelta(minutes=45)).strftime(utc), 45, "spec",
             True),
            ((start + timedelta(minutes=60)).strftime(utc),
             (start + timedelta(minutes=80)).strftime(utc), 20, "review", True),
            ((start + timedelta(minutes=90)).strftime(utc),
             (start + timedelta(minutes=135)).strftime(utc), 45, "calls", False)]
        assert sql.run("SELECT version FROM time_entry WHERE id = ?", entry.id) == \
            [(entry_version + 1,)]  # edited once
        assert sql.run("SELECT cover_letter, version FROM proposal WHERE id = ?", draft.id) \
            == [("Dear client, offline", letter_version + 1)]  # saved once
        assert sql.run("SELECT count(*) FROM time_entry") == [(3,)]
        # sending again finds nothing to send
        assert json.loads(member(url, SEND, here)) == {
            "sent": [], "edits_sent": [], "calls_sent": [], "waiting": 0, "offline": False}
        assert applied() == [] and len(rows()) == 3


@pytest.mark.slow
def test_a_member_sends_an_outbox_on_a_workspace_upgraded_under_them(pg_server, tmp_path):
    """Migration 0017 grants outbox_applied to the members' logins that exist when it runs: a
    member invited before it sends their outbox before the owner's next `workspace init`."""
    import psycopg

    from desktop.services import jobs, members

    url = pg_server.fresh_database()
    workspace.open_workspace(url, tmp_path / "boss")
    try:
        members.claim_owner("boss@agency.test")
        anna = members.invite("anna@agency.test", "member")
        job = jobs.add_job({"title": "Shopify store", "url": "https://example.com/a"})
    finally:
        runtime.close()
    with psycopg.connect(url, autocommit=True) as conn:  # the workspace as it was before 0017
        conn.execute("DROP TABLE outbox_applied")
        conn.execute("DELETE FROM schema_migration WHERE name LIKE '0017%'")
    workspace.open_workspace(url, tmp_path / "boss")  # the maker's newer app migrates it
    runtime.close()
    dbname = url.rsplit("/", 1)[1]
    here = tmp_path / "anna"
    workspace.open_workspace(pg_server.url(dbname, user=anna.login), here)
    try:
        version, fields = jobs.get(job.id).version, jobs.field_values_of(jobs.get(job.id))
        kept = outbox.keep_edit(here, "job", job.id,
                                jobs.field_changes({"notes": "Ask about the deadline"}),
                                version=version, base=fields)
        assert outbox.send(here).edits_sent == [("job", job.id)]
    finally:
        runtime.close()
    with psycopg.connect(url, autocommit=True) as conn:
        # recorded with the write, and forgotten once the file no longer held it: the
        # member's login may do both
        assert kept.id and conn.execute("SELECT id FROM outbox_applied").fetchall() == []
        assert conn.execute("SELECT notes FROM job WHERE id = %s", (job.id,)).fetchall() \
            == [("Ask about the deadline",)]
        assert conn.execute("SELECT has_table_privilege(%s, 'outbox_applied', 'INSERT'), "
                            "has_table_privilege(%s, 'outbox_applied', 'DELETE')",
                            (anna.login, anna.login)).fetchone() == (True, True)


def test_an_outbox_kept_before_entries_had_ids_gets_them_before_it_is_sent(data_dir):
    """An outbox.json written by an earlier version (entries without ids) is given ids, and
    they are written down, before anything is sent: the write is then recorded as usual."""
    import json

    proposal = service.create_draft()
    version = service.save_letter(proposal.id, "Dear client")
    path = outbox.path_in(data_dir.data_dir)
    path.write_text(json.dumps({"format": 1, "calls": [], "edits": [], "drafts": [
        {"proposal_id": proposal.id, "text": "Dear client, offline", "version": version,
         "base": "Dear client", "saved_at": "2026-12-01T10:00:00+00:00", "conflict": False,
         "problem": ""}]}), encoding="utf-8")
    assert [d.id for d in outbox.drafts(data_dir.data_dir)] == [""]
    sent = outbox.send(data_dir.data_dir)
    assert sent.sent == [proposal.id]
    assert service.get(proposal.id).cover_letter == "Dear client, offline"
    (entry_id,) = sent.done  # the id it was sent with (recorded, then forgotten once sent)
    assert len(entry_id) == 32 and not outbox.applied(entry_id)


@pytest.mark.slow
def test_what_the_outbox_sends_is_announced_once_the_server_has_it(pg_server, tmp_path):
    """A sent entry is written in one transaction with its record in outbox_applied; the
    change is announced after that commits, so a tab that reads on another connection when
    told (the database worker's) sees it."""
    from desktop import events
    from tests.helpers.members import other_connection

    url = pg_server.fresh_database()
    here = tmp_path / "here"
    paths = workspace.open_workspace(url, here)
    draft = service.create_draft()
    version = service.save_letter(draft.id, "Dear client")
    outbox.keep(here, draft.id, "Dear client, offline", version=version, base="Dear client")
    seen = []
    with other_connection(url, paths) as other:
        def told(area, ids):
            if area == "proposals":
                seen.append(other.run("SELECT cover_letter FROM proposal WHERE id = ?",
                                      draft.id)[0][0])

        unsubscribe = events.subscribe(told)
        try:
            assert outbox.send(here).sent == [draft.id]
        finally:
            unsubscribe()
    assert seen and set(seen) == {"Dear client, offline"}


def _killed_send(url, here, monkeypatch):
    from desktop import faults
    from tests.helpers.members import start_member

    monkeypatch.setenv(faults.ENV, outbox.KILL_STEP)
    try:
        process = start_member(url, SEND, here)
        out, err = process.communicate(timeout=120)
    finally:
        monkeypatch.delenv(faults.ENV)
    assert process.returncode == -9, (out, err)


@pytest.mark.slow
def test_typing_on_after_a_send_cut_off_continues_what_the_server_got(
        pg_server, tmp_path, monkeypatch):
    """A send killed after the server committed, then more typing before the next send (the
    server away at the next start): the new text and the same field changed again are sent
    as continuing what the server got — not as a conflict with the user's own earlier
    text — and another member's change of another field meanwhile is merged, not lost."""
    import json
    from datetime import timedelta

    from desktop import clock
    from desktop.services import contracts, timer
    from tests.helpers.members import other_connection

    url = pg_server.fresh_database() + "?connect_timeout=2"
    here = tmp_path / "here"
    paths = workspace.open_workspace(url, here)
    draft = service.create_draft()
    letter_version = service.save_letter(draft.id, "Dear client")
    contract = contracts.create(title="API work", contract_type="hourly", rate="40",
                                client_name="Acme", now=clock.now() - timedelta(days=2))
    start = (clock.now() - timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
    entry = timer.add_manual(contract.id, started_at=start, minutes=30, memo="spec")[0]
    entry_version, entry_fields = timer.entry_values(entry.id)
    first_edit = outbox.keep_edit(here, "time_entry", entry.id, {"minutes": 45},
                                  version=entry_version, base=entry_fields)
    first_letter = outbox.keep(here, draft.id, "Dear client, I can start", version=letter_version,
                               base="Dear client", conflict=False)
    _killed_send(url, here, monkeypatch)  # the server has the 45 minutes; the outbox not
    # the user changes the minutes again, as the window joins a later edit to the kept one
    kept = outbox.find_edit(here, "time_entry", entry.id)
    assert kept.id == first_edit.id and kept.tried
    outbox.keep_edit(here, "time_entry", entry.id, {**kept.changes, "minutes": 50},
                     version=kept.version, base=kept.base)
    with other_connection(url, paths) as sql:  # someone else writes the memo meanwhile
        sql.run("UPDATE time_entry SET memo = 'spec and tests', version = version + 1 "
                "WHERE id = ?", entry.id)
        _killed_send(url, here, monkeypatch)  # the 50 minutes reach the server
        _killed_send(url, here, monkeypatch)  # then the letter
        assert outbox.find(here, draft.id).id == first_letter.id
        # the letter editor, still offline, saves more text over the version it loaded
        outbox.keep(here, draft.id, "Dear client, I can start today.",
                    version=letter_version, base="Dear client", conflict=False)
        sent = json.loads(member(url, SEND, here))
        assert sent == {"sent": [draft.id], "edits_sent": [], "calls_sent": [], "waiting": 0,
                        "offline": False}
        assert sql.run("SELECT cover_letter, version FROM proposal WHERE id = ?", draft.id) \
            == [("Dear client, I can start today.", letter_version + 2)]
        assert sql.run("SELECT minutes, memo FROM time_entry WHERE id = ?", entry.id) == \
            [(50, "spec and tests")]
        # each record was forgotten once the file no longer held its entry (nor a later
        # entry continuing it)
        assert sql.run("SELECT id FROM outbox_applied") == []
    assert not outbox.path_in(here).exists()

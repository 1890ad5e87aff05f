"""The outbox (issue 18, "offline"): letters typed while the workspace server is away are kept
in a private file in the data folder and sent when it is back, over the version they were
written against — an entry someone else's save overtook is kept as a conflict, not written."""
from __future__ import annotations

import stat

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

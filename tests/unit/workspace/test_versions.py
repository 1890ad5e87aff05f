"""Concurrency without loss (issue 18): a save over someone else's save is refused and writes
nothing, on SQLite and on a real PostgreSQL server, with the other writer a real process or a
second connection of its own."""
from __future__ import annotations

import pytest

from desktop.errors import Code, EditConflictError
from desktop.services import contracts, profile
from desktop.services import proposals as service
from models.contracts import Contract
from models.jobs import Job
from tests.helpers.members import member, other_connection, start_member, target_of

pytestmark = [pytest.mark.usefixtures("clock"), pytest.mark.both_backends]


def test_the_second_save_of_a_proposal_is_refused_and_nothing_is_lost(data_dir, tmp_path):
    draft = service.create_draft()
    shown = service.save_letter(draft.id, "Hello, I build shops.")
    # another member (a real process of its own) saves the letter they opened at `shown`
    out = member(target_of(data_dir), """
        from desktop.services import proposals
        print(proposals.save_letter(int(sys.argv[3]), "Hi! Their letter.",
                                    version=int(sys.argv[4])))
        """, tmp_path / "other", str(draft.id), str(shown))
    theirs = int(out)
    assert theirs == shown + 1
    # this window still shows `shown`: its save is refused, theirs stays
    with pytest.raises(EditConflictError) as refused:
        service.save_letter(draft.id, "Hello, I build Django shops.", version=shown)
    assert refused.value.code == Code.EDIT_CONFLICT
    assert refused.value.params["record"] == "proposal"
    assert "Someone else saved this proposal" in str(refused.value)
    with pytest.raises(EditConflictError):
        service.update(draft.id, version=shown, title="My title", rate="55")
    now = service.get(draft.id)
    assert (now.cover_letter, now.version, now.rate) == ("Hi! Their letter.", theirs, None)
    assert now.title == draft.title
    # after merging, the save over their version goes through
    assert service.save_letter(draft.id, "Hi! Their letter. I build Django shops.",
                               version=theirs) == theirs + 1
    assert service.update(draft.id, version=theirs + 1, title="Shops").version == theirs + 2


def test_a_row_read_before_another_write_is_not_saved_over_it(data_dir):
    contract = contracts.create(title="Shop API", contract_type="hourly", rate="40")
    stale = Contract.get_by_id(contract.id)
    with other_connection(target_of(data_dir), data_dir) as other:
        other.run("UPDATE contract SET terms = ?, version = version + 1 WHERE id = ?",
                  "Their terms", contract.id)
        stale.terms = "My terms"
        with pytest.raises(EditConflictError) as refused:
            stale.save()
        assert refused.value.code == Code.EDIT_CONFLICT
        assert other.run("SELECT terms, version FROM contract WHERE id = ?", contract.id) == \
            [("Their terms", 2)]
        # a row deleted by someone else is said to be gone
        fresh = Contract.get_by_id(contract.id)
        other.run("DELETE FROM contract WHERE id = ?", contract.id)
        fresh.terms = "Mine again"
        with pytest.raises(EditConflictError) as gone:
            fresh.save()
        assert gone.value.code == Code.EDIT_GONE
        assert "was deleted by someone else" in str(gone.value)


def test_every_write_moves_the_version_on(data_dir):
    general = profile.general_profile()
    before = general.version
    profile.update(general.id, title="Django developer")
    assert profile.general_profile().version == before + 1
    job = Job.create(title="Logo", description="", created_at=general.created_at,
                     updated_at=general.created_at)
    assert job.version == 1
    Job.update(status="hidden").where(Job.id == job.id).execute()  # a bulk write too
    assert Job.get_by_id(job.id).version == 2


@pytest.mark.slow
def test_two_processes_adding_to_one_proposal_lose_no_update(data_dir, tmp_path):
    """Two real processes each add 1 to the same proposal 25 times, read-modify-write with
    the version; a refused save reads again and retries. Every addition arrives."""
    draft = service.create_draft()
    code = """
        from desktop.errors import EditConflictError
        from desktop.services import proposals
        pid, refused = int(sys.argv[3]), 0
        for _ in range(25):
            while True:
                row = proposals.get(pid)
                try:
                    proposals.update(pid, version=row.version,
                                     boost_connects=row.boost_connects + 1)
                    break
                except EditConflictError:
                    refused += 1
        print(refused)
        """
    target = target_of(data_dir)
    writers = [start_member(target, code, tmp_path / f"m{i}", str(draft.id)) for i in (1, 2)]
    for process in writers:
        _, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
    row = service.get(draft.id)
    assert row.boost_connects == 50
    assert row.version == draft.version + 50

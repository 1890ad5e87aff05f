"""The proposal and milestone state machines (models/rules/states.py) against the stored codes,
and the moves a freelancer makes through them."""
from __future__ import annotations

from itertools import pairwise

from models.contracts import MilestoneState
from models.proposals import ProposalStatus
from models.rules import states


def test_every_stored_status_and_state_has_its_moves_and_every_move_lands_on_one():
    assert set(states.PROPOSAL_MOVES) == set(ProposalStatus)
    assert all(to in set(ProposalStatus) for moves in states.PROPOSAL_MOVES.values()
               for to in moves)
    assert set(states.PROPOSAL_OPEN) | set(states.PROPOSAL_CLOSED) | {"draft", "hired"} == \
        set(ProposalStatus)
    assert set(states.MILESTONE_ACTIONS) == set(MilestoneState)


def test_a_proposal_goes_forward_and_is_archived_but_never_back():
    path = ["draft", "submitted", "viewed", "interviewing", "offer", "hired", "archived"]
    assert all(states.proposal_may_move(a, b) for a, b in pairwise(path))
    assert not states.proposal_may_move("viewed", "submitted")  # the client saw it
    assert not states.proposal_may_move("draft", "hired")  # not sent yet
    assert not states.proposal_may_move("declined", "interviewing")
    assert states.PROPOSAL_MOVES["archived"] == ()  # left only by undoing the archive
    assert not states.proposal_may_move("nonsense", "submitted")


def test_a_milestone_is_funded_submitted_revised_approved_and_paid_in_that_order():
    state_after = {"fund": "funded", "submit": "submitted", "request_changes":
                   "changes_requested", "approve": "approved", "mark_paid": "paid"}
    state = "not_funded"
    for action in ("fund", "submit", "request_changes", "submit", "approve", "mark_paid"):
        assert action in states.milestone_actions(state), (state, action)
        state = state_after[action]
    assert state == "paid" and states.milestone_actions(state) == ()
    assert "approve" not in states.milestone_actions("funded")  # submit the work first
    assert states.milestone_actions("unknown") == ()

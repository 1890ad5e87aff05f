"""The two state machines of the work: a proposal's status, and a fixed-price milestone's escrow.

Pure data (no database): the services refuse a move these tables do not allow
(desktop/services/proposals.set_status, desktop/services/contracts' milestone steps), and the
window offers only the moves they allow (the proposal board's drop targets, the editor's status
menu, the milestone buttons). The states are the stored strings of models.proposals'
ProposalStatus and models.contracts' MilestoneState (StrEnums, equal to these strings).
"""
from __future__ import annotations

# -- proposals ----------------------------------------------------------------------------------
# Sent and waiting for the client's answer; closed without a contract (archived: put away).
PROPOSAL_OPEN = ("submitted", "viewed", "interviewing", "offer")
PROPOSAL_CLOSED = ("declined", "withdrawn", "archived", "job_cancelled")
# Which way a proposal may move; "archived" is left only by undoing the archive.
PROPOSAL_MOVES: dict[str, tuple[str, ...]] = {
    "draft": ("submitted", "archived"),
    "submitted": ("viewed", "interviewing", "offer", "hired", "declined", "withdrawn",
                  "job_cancelled", "archived"),
    "viewed": ("interviewing", "offer", "hired", "declined", "withdrawn", "job_cancelled",
               "archived"),
    "interviewing": ("offer", "hired", "declined", "withdrawn", "job_cancelled", "archived"),
    "offer": ("hired", "declined", "withdrawn", "archived"),
    "hired": ("archived",),
    "declined": ("archived",),
    "withdrawn": ("archived",),
    "job_cancelled": ("archived",),
    "archived": (),
}


def proposal_may_move(status: str, to: str) -> bool:
    return to in PROPOSAL_MOVES.get(status, ())


# -- milestones (escrow) --------------------------------------------------------------------------
# Which milestone actions are allowed from which state: the client funds the escrow, the
# freelancer submits, the client asks for changes or approves (releasing all or part), and the
# money reaches the balance.
MILESTONE_ACTIONS: dict[str, tuple[str, ...]] = {
    "not_funded": ("fund",),
    "funded": ("submit",),
    "submitted": ("request_changes", "approve"),
    "changes_requested": ("submit",),
    "approved": ("mark_paid",),
    "paid": (),
}


def milestone_actions(state: str) -> tuple[str, ...]:
    return MILESTONE_ACTIONS.get(state, ())

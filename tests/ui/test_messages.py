"""A service's refusal reaches the user in their language: ui/messages.py renders the code."""
from __future__ import annotations

from desktop.errors import Code
from desktop.services.proposals import ProposalError
from ui import i18n, messages


def test_a_refusal_is_hindi_under_the_hindi_translation_with_its_labels(qapp):
    error = ProposalError(Code.PROPOSAL_TRANSITION, proposal_status="declined",
                          to_proposal_status="hired")
    assert messages.text(error) == "A proposal that is declined cannot become hired."
    try:
        i18n.install("hi")
        assert messages.text(error) == "जो प्रस्ताव अस्वीकार है, वह हायर हुए नहीं बन सकता।"
        assert messages.text(ProposalError(Code.PROPOSAL_NEGATIVE, field="boost_connects")) \
            == "बूस्ट Connects ऋणात्मक नहीं हो सकता।"
    finally:
        i18n.install("en")

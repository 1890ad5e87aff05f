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


def test_a_contract_refusal_with_a_status_a_day_and_an_amount_is_hindi(qapp):
    from datetime import date
    from decimal import Decimal

    from desktop.services.contracts import ContractError
    from desktop.services.timer import TimerError

    paused = TimerError(Code.TIMER_NOT_ACTIVE, title="Logo", contract_status="paused")
    late = ContractError(Code.BONUS_TOO_LATE, day=date(2027, 11, 17), days=365)
    refund = ContractError(Code.REFUND_TOO_MUCH, amount=Decimal("350.00"))
    assert str(paused) == "“Logo” is paused; time can only be logged on an active contract"
    assert str(late) == "bonuses are possible until 2027-11-17 (365 days after the contract ended)"
    assert str(refund) == "at most $350.00 can be refunded on this contract"
    try:
        i18n.install("hi")
        said = [messages.text(e) for e in (paused, late, refund)]
        assert said[0] == "“Logo” रुका हुआ है; समय सिर्फ़ चालू कॉन्ट्रैक्ट पर दर्ज हो सकता है"
        assert all("contract" not in s and "bonus" not in s and "refund" not in s
                   for s in said), said
        assert "365" in messages.text(late)
    finally:
        i18n.install("en")

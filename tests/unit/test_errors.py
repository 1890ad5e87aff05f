"""The one error family: codes with parameters, English for the CLI from the one table."""
from __future__ import annotations

import string

import pytest

from desktop.errors import TEMPLATES, Code, ServiceError
from desktop.services import proposals as service  # noqa: F401 - registers English labels
from desktop.services.proposals import ProposalError


def test_every_code_has_a_template_whose_fields_are_parameters():
    assert set(TEMPLATES) == set(Code)
    for code, template in TEMPLATES.items():
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name]
        assert all(name.isidentifier() for name in fields), code


def test_a_coded_error_renders_english_with_labels_and_keeps_its_parameters():
    error = ProposalError(Code.PROPOSAL_TRANSITION, proposal_status="job_cancelled",
                          to_proposal_status="hired")
    assert isinstance(error, ServiceError) and isinstance(error, ValueError)
    assert error.code is Code.PROPOSAL_TRANSITION
    assert error.params == {"proposal_status": "job_cancelled", "to_proposal_status": "hired"}
    assert str(error) == "A proposal that is job cancelled cannot become hired."


def test_an_unconverted_sentence_is_kept_as_written():
    error = ServiceError("the feed is offline")
    assert error.code is Code.TEXT and str(error) == "the feed is offline"
    with pytest.raises(KeyError):
        ServiceError(Code.PROPOSAL_NOT_FOUND)  # a coded error needs its parameters

"""The UI's translated label tables (ui/labels.py) cover every code the lower layers store,
with the same English text, and show Hindi when the Hindi translation is installed."""
from __future__ import annotations

import pytest

from desktop import security
from desktop.io.jobs import codes, mapping
from desktop.services import contracts, interactions, jobs, profile, proposals
from models.contracts import (
    ContractStatus,
    EndReason,
    InteractionDirection,
    InteractionKind,
    MilestoneState,
)
from models.errors import RECORD_LABELS
from models.jobs import JobStatus
from models.payments import MethodKind, TransactionKind, TransactionStatus
from models.proposals import ConnectsReason, ProposalStatus, TemplateKind
from ui import i18n, labels

# ui.labels context -> the lower layer's English table it mirrors (job-posting codes: twins)
MIRRORS = {
    "JobSort": jobs.SORTS, "JobType": codes.JOB_TYPES,
    "Experience": codes.EXPERIENCE_LEVELS, "Duration": codes.DURATIONS,
    "Workload": codes.WORKLOADS, "ProposalsBand": codes.PROPOSAL_BANDS,
    "JobField": {**mapping.MAPPABLE_FIELDS, "notes": "Notes"},
    "ProposalField": proposals.FIELD_NAMES, "ProposalFilter": proposals.FILTERS,
    # declared once in models/contracts.py (no enum: the keys are the service's own)
    "ContractAmountField": contracts.AMOUNT_FIELD_LABELS,
    "MilestoneAction": contracts.MILESTONE_ACTION_LABELS,
    # the step the contracts sweep stopped at (a work-log parameter)
    "SweepStep": interactions.SWEEP_STEP_LABELS,
    # the records an edit conflict names (models/errors.py)
    "Record": RECORD_LABELS,
    # the secrets and profile fields a refusal names (desktop/security.py, services/profile.py)
    "Secret": security.SECRET_LABELS, "ProfileField": profile.FIELD_LABELS,
    "ProfileList": profile.LIST_LABELS, "ProfileListField": profile.LIST_FIELD_LABELS,
}
# ui.labels context -> the StrEnum whose English names are declared once next to it (models/)
DECLARED = {
    "JobStatus": JobStatus, "ProposalStatus": ProposalStatus, "ConnectsReason": ConnectsReason,
    "PaymentKind": TransactionKind, "PaymentStatus": TransactionStatus,
    "PaymentMethod": MethodKind, "InteractionKind": InteractionKind,
    "InteractionDirection": InteractionDirection, "ContractStatus": ContractStatus,
    "MilestoneState": MilestoneState, "TemplateKind": TemplateKind, "EndReason": EndReason,
}


def test_every_label_table_is_checked():
    assert set(MIRRORS) | set(DECLARED) == set(labels.CONTEXTS)


@pytest.mark.parametrize("context", sorted(MIRRORS))
def test_label_tables_mirror_the_lower_layers(context):
    assert labels.CONTEXTS[context] == MIRRORS[context]


@pytest.mark.parametrize("context", sorted(DECLARED))
def test_every_code_of_an_enum_has_a_name(context):
    assert list(labels.CONTEXTS[context]) == list(DECLARED[context])


def test_labels_are_hindi_under_the_hindi_translation(qapp):
    try:
        i18n.install("hi")
        assert labels.label(labels.PROPOSAL_STATUS, "withdrawn") == "वापस लिया"
        assert labels.label(labels.PAYMENT_STATUS, "withdrawn") == "निकाला गया"
        assert labels.job_code("duration", "1to3m") == "1 से 3 महीने"
        assert labels.label(labels.JOB_STATUS, "mystery") == "mystery"  # unknown code: as is
        assert labels.label(labels.JOB_FIELD, "odd", "Odd field") == "Odd field"
    finally:
        i18n.install("en")
    assert labels.label(labels.PROPOSAL_STATUS, "withdrawn") == "Withdrawn"


def test_every_milestone_step_has_a_name():
    steps = {a for actions in contracts.MILESTONE_ACTIONS.values() for a in actions}
    assert steps == set(labels.MILESTONE_ACTION)

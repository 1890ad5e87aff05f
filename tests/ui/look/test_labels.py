"""The UI's translated label tables (ui/labels.py) cover every code the lower layers store,
with the same English text, and show Hindi when the Hindi translation is installed."""
from __future__ import annotations

import pytest

from desktop.io.jobs import codes, mapping
from desktop.services import connects, interactions, jobs, proposals
from models import payments
from ui import i18n, labels

# ui.labels context -> the lower layer's English table it mirrors
MIRRORS = {
    "JobStatus": jobs.STATUSES, "JobSort": jobs.SORTS, "JobType": codes.JOB_TYPES,
    "Experience": codes.EXPERIENCE_LEVELS, "Duration": codes.DURATIONS,
    "Workload": codes.WORKLOADS, "ProposalsBand": codes.PROPOSAL_BANDS,
    "JobField": {**mapping.MAPPABLE_FIELDS, "notes": "Notes"},
    "ProposalStatus": proposals.STATUS_LABELS, "ProposalField": proposals.FIELD_NAMES,
    "ProposalFilter": proposals.FILTERS,
    "ConnectsReason": connects.REASON_LABELS, "PaymentKind": payments.KIND_LABELS,
    "PaymentStatus": payments.STATUS_LABELS, "PaymentMethod": payments.METHOD_LABELS,
    "InteractionKind": interactions.KINDS, "InteractionDirection": interactions.DIRECTIONS,
}


def test_every_label_table_is_checked():
    assert set(MIRRORS) == set(labels.CONTEXTS)


@pytest.mark.parametrize("context", sorted(MIRRORS))
def test_label_tables_mirror_the_lower_layers(context):
    assert labels.CONTEXTS[context] == MIRRORS[context]


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

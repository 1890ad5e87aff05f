"""Translated names for the codes the lower layers store (statuses, kinds, bands…).

The status and kind tables are declared ONCE, next to their StrEnums in models/ (e.g.
models.proposals.STATUS_LABELS), in English marked with a Qt-free QT_TRANSLATE_NOOP so lupdate
puts them in the .ts, one context per table because the same English word can mean different
things ("Withdrawn" proposal vs "Withdrawn" money); they reach ui/ re-exported by the services.
The job-posting codes (desktop/io/jobs/codes.py) still have their translated twins here;
tests/ui/look/test_labels.py keeps those in step.
"""
from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.errors import RECORD_LABELS
from models.rules.limits import LIMIT_LABELS

# The tables declared below ui/ reach it through the services, and importing those (the job
# readers and their patterns, contracts, payments…) cost ~100 ms before the window's first
# paint. So each is imported the first time it is used: `labels.PROPOSAL_STATUS` (module
# __getattr__ below) loads desktop.services.proposals then, and label() knows its context.
_ELSEWHERE = {  # name here -> (module, name there)
    "JOB_STATUS": ("desktop.services.jobs", "STATUSES"),
    "PROPOSAL_STATUS": ("desktop.services.proposals", "STATUS_LABELS"),
    "CONNECTS_REASON": ("desktop.services.connects", "REASON_LABELS"),
    "PAYMENT_KIND": ("desktop.services.payments", "KIND_LABELS"),
    "PAYMENT_STATUS": ("desktop.services.payments", "STATUS_LABELS"),
    "PAYMENT_METHOD": ("desktop.services.payments", "METHOD_LABELS"),
    "INTERACTION_KIND": ("desktop.services.interactions", "KINDS"),
    "INTERACTION_DIRECTION": ("desktop.services.interactions", "DIRECTIONS"),
    "CONTRACT_STATUS": ("desktop.services.contracts", "STATUS_LABELS"),
    "MILESTONE_STATE": ("desktop.services.contracts", "STATE_LABELS"),
    "CONTRACT_AMOUNT_FIELD": ("desktop.services.contracts", "AMOUNT_FIELD_LABELS"),
    "MILESTONE_ACTION": ("desktop.services.contracts", "MILESTONE_ACTION_LABELS"),
    "END_REASON": ("desktop.services.contracts", "END_REASON_LABELS"),
    "SWEEP_STEP": ("desktop.services.interactions", "SWEEP_STEP_LABELS"),  # where a sweep stopped
    "TEMPLATE_KIND": ("desktop.services.templates", "TEMPLATE_KIND_LABELS"),
    "SECRET": ("desktop.security", "SECRET_LABELS"),
    "PROFILE_FIELD": ("desktop.services.profile", "FIELD_LABELS"),
    "PROFILE_LIST": ("desktop.services.profile", "LIST_LABELS"),
    "PROFILE_LIST_FIELD": ("desktop.services.profile", "LIST_FIELD_LABELS"),
}
JOB_SORT = {
    "relevance": QT_TRANSLATE_NOOP("JobSort", "Relevance"),
    "newest": QT_TRANSLATE_NOOP("JobSort", "Newest"),
    "budget": QT_TRANSLATE_NOOP("JobSort", "Budget / rate"),
    "fit": QT_TRANSLATE_NOOP("JobSort", "Fit"),
}
JOB_TYPE = {
    "hourly": QT_TRANSLATE_NOOP("JobType", "Hourly"),
    "fixed": QT_TRANSLATE_NOOP("JobType", "Fixed price"),
}
EXPERIENCE = {
    "entry": QT_TRANSLATE_NOOP("Experience", "Entry level"),
    "intermediate": QT_TRANSLATE_NOOP("Experience", "Intermediate"),
    "expert": QT_TRANSLATE_NOOP("Experience", "Expert"),
}
DURATION = {
    "lt1m": QT_TRANSLATE_NOOP("Duration", "Less than 1 month"),
    "1to3m": QT_TRANSLATE_NOOP("Duration", "1 to 3 months"),
    "3to6m": QT_TRANSLATE_NOOP("Duration", "3 to 6 months"),
    "gt6m": QT_TRANSLATE_NOOP("Duration", "More than 6 months"),
}
WORKLOAD = {
    "lt30": QT_TRANSLATE_NOOP("Workload", "Less than 30 hrs/week"),
    "gt30": QT_TRANSLATE_NOOP("Workload", "More than 30 hrs/week"),
    "as_needed": QT_TRANSLATE_NOOP("Workload", "As needed"),
}
PROPOSALS_BAND = {
    "lt5": QT_TRANSLATE_NOOP("ProposalsBand", "Less than 5"),
    "5to10": QT_TRANSLATE_NOOP("ProposalsBand", "5 to 10"),
    "10to15": QT_TRANSLATE_NOOP("ProposalsBand", "10 to 15"),
    "15to20": QT_TRANSLATE_NOOP("ProposalsBand", "15 to 20"),
    "20to50": QT_TRANSLATE_NOOP("ProposalsBand", "20 to 50"),
    "50plus": QT_TRANSLATE_NOOP("ProposalsBand", "50+"),
}
JOB_FIELD = {
    "title": QT_TRANSLATE_NOOP("JobField", "Title"),
    "description": QT_TRANSLATE_NOOP("JobField", "Description"),
    "ext_id": QT_TRANSLATE_NOOP("JobField", "Job id (~01…)"),
    "url": QT_TRANSLATE_NOOP("JobField", "Job link"),
    "category": QT_TRANSLATE_NOOP("JobField", "Category"),
    "subcategory": QT_TRANSLATE_NOOP("JobField", "Subcategory"),
    "skills": QT_TRANSLATE_NOOP("JobField", "Skills"),
    "job_type": QT_TRANSLATE_NOOP("JobField", "Hourly or fixed"),
    "hourly_min": QT_TRANSLATE_NOOP("JobField", "Hourly rate from"),
    "hourly_max": QT_TRANSLATE_NOOP("JobField", "Hourly rate to"),
    "budget": QT_TRANSLATE_NOOP("JobField", "Fixed budget"),
    "currency": QT_TRANSLATE_NOOP("JobField", "Currency"),
    "experience_level": QT_TRANSLATE_NOOP("JobField", "Experience level"),
    "duration": QT_TRANSLATE_NOOP("JobField", "Project length"),
    "workload": QT_TRANSLATE_NOOP("JobField", "Hours per week"),
    "proposals_band": QT_TRANSLATE_NOOP("JobField", "Proposals"),
    "connects_required": QT_TRANSLATE_NOOP("JobField", "Connects to apply"),
    "posted_at": QT_TRANSLATE_NOOP("JobField", "Posted"),
    "client_payment_verified": QT_TRANSLATE_NOOP("JobField", "Client payment verified"),
    "client_country": QT_TRANSLATE_NOOP("JobField", "Client country"),
    "client_rating": QT_TRANSLATE_NOOP("JobField", "Client rating"),
    "client_reviews": QT_TRANSLATE_NOOP("JobField", "Client reviews"),
    "client_total_spent": QT_TRANSLATE_NOOP("JobField", "Client total spent"),
    "client_hires": QT_TRANSLATE_NOOP("JobField", "Client hires"),
    "client_hire_rate": QT_TRANSLATE_NOOP("JobField", "Client hire rate (%)"),
    "client_open_jobs": QT_TRANSLATE_NOOP("JobField", "Client open jobs"),
    "client_member_since": QT_TRANSLATE_NOOP("JobField", "Client member since"),
    "captured_at": QT_TRANSLATE_NOOP("JobField", "Captured on"),
    "notes": QT_TRANSLATE_NOOP("JobField", "Notes"),
    # pseudo fields of the column-mapping step
    "is_hourly": QT_TRANSLATE_NOOP("JobField", "Is hourly (yes/no)"),
    "amount_min": QT_TRANSLATE_NOOP("JobField",
                                    "Lower amount (hourly rate from, or fixed budget)"),
    "amount_max": QT_TRANSLATE_NOOP("JobField", "Upper amount (hourly rate to)"),
    "amount_list": QT_TRANSLATE_NOOP("JobField",
                                     "Amounts as a list (hourly range or fixed budget)"),
    "amount_avg": QT_TRANSLATE_NOOP("JobField",
                                    "Average amount (fixed budget; ignored for hourly jobs)"),
    "workload=lt30": QT_TRANSLATE_NOOP("JobField", "Less than 30 hrs/week (1/0)"),
    "workload=gt30": QT_TRANSLATE_NOOP("JobField", "More than 30 hrs/week (1/0)"),
    "workload=as_needed": QT_TRANSLATE_NOOP("JobField", "Hours as needed (1/0)"),
}
# the bid fields a ServiceError may name (desktop.services.proposals.FIELD_NAMES)
PROPOSAL_FIELD = {
    "rate": QT_TRANSLATE_NOOP("ProposalField", "Rate"),
    "amount": QT_TRANSLATE_NOOP("ProposalField", "Amount"),
    "rate_increase_percent": QT_TRANSLATE_NOOP("ProposalField", "Rate increase percent"),
    "fee_percent": QT_TRANSLATE_NOOP("ProposalField", "Fee percent"),
    "rate_increase_months": QT_TRANSLATE_NOOP("ProposalField", "Rate increase months"),
    "connects_required": QT_TRANSLATE_NOOP("ProposalField", "Connects required"),
    "boost_connects": QT_TRANSLATE_NOOP("ProposalField", "Boost Connects"),
}
PROPOSAL_FILTER = {
    "active": QT_TRANSLATE_NOOP("ProposalFilter", "Active (drafts and open)"),
    "follow_up": QT_TRANSLATE_NOOP("ProposalFilter", "Follow-up due"),
    "draft": QT_TRANSLATE_NOOP("ProposalFilter", "Drafts"),
    "open": QT_TRANSLATE_NOOP("ProposalFilter", "Submitted, waiting"),
    "won": QT_TRANSLATE_NOOP("ProposalFilter", "Hired"),
    "closed": QT_TRANSLATE_NOOP("ProposalFilter", "Closed"),
    "invitations": QT_TRANSLATE_NOOP("ProposalFilter", "Invitations"),
    "all": QT_TRANSLATE_NOOP("ProposalFilter", "All proposals"),
}
RECORD = RECORD_LABELS  # what an edit conflict names ("proposal", "contract"…)
LIMIT = LIMIT_LABELS  # what a marketplace limit is called (models.rules.limits.check)

# translation context -> the table's name here, in the order CONTEXTS lists them
_CONTEXT_NAMES = {
    "JobStatus": "JOB_STATUS", "JobSort": "JOB_SORT", "JobType": "JOB_TYPE",
    "Experience": "EXPERIENCE", "Duration": "DURATION", "Workload": "WORKLOAD",
    "ProposalsBand": "PROPOSALS_BAND", "JobField": "JOB_FIELD",
    "ProposalStatus": "PROPOSAL_STATUS", "ProposalField": "PROPOSAL_FIELD",
    "ConnectsReason": "CONNECTS_REASON",
    "PaymentKind": "PAYMENT_KIND", "PaymentStatus": "PAYMENT_STATUS",
    "PaymentMethod": "PAYMENT_METHOD", "ProposalFilter": "PROPOSAL_FILTER",
    "InteractionKind": "INTERACTION_KIND", "InteractionDirection": "INTERACTION_DIRECTION",
    "ContractStatus": "CONTRACT_STATUS", "MilestoneState": "MILESTONE_STATE",
    "ContractAmountField": "CONTRACT_AMOUNT_FIELD", "MilestoneAction": "MILESTONE_ACTION",
    "EndReason": "END_REASON", "SweepStep": "SWEEP_STEP",
    "TemplateKind": "TEMPLATE_KIND", "Secret": "SECRET",
    "ProfileField": "PROFILE_FIELD", "ProfileList": "PROFILE_LIST",
    "ProfileListField": "PROFILE_LIST_FIELD", "Record": "RECORD", "Limit": "LIMIT",
}
_CONTEXT_OF_NAME = {name: context for context, name in _CONTEXT_NAMES.items()}
# id(table) -> its context, for the tables at hand (the others join when first used)
_CONTEXT_OF = {id(globals()[name]): context for context, name in _CONTEXT_NAMES.items()
               if name not in _ELSEWHERE}
# codes.label()'s field names -> the table for that field
JOB_CODE_FIELDS = {"job_type": JOB_TYPE, "experience_level": EXPERIENCE,
                   "duration": DURATION, "workload": WORKLOAD,
                   "proposals_band": PROPOSALS_BAND}


def _load(name: str) -> dict[str, str]:
    module, there = _ELSEWHERE[name]
    table = getattr(importlib.import_module(module), there)
    globals()[name] = table  # from now on a plain module attribute
    _CONTEXT_OF[id(table)] = _CONTEXT_OF_NAME[name]
    return table


def __getattr__(name: str) -> Any:
    """A table declared below ui/ (_ELSEWHERE), imported when first used; CONTEXTS: every
    table by its translation context (all of them loaded)."""
    if name in _ELSEWHERE:
        return _load(name)
    if name == "CONTEXTS":
        return {context: globals()[table] if table in globals() else _load(table)
                for context, table in _CONTEXT_NAMES.items()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _context(table: dict[str, str]) -> str:
    context = _CONTEXT_OF.get(id(table))
    if context is None:  # a table taken from below ui/ before it was first used here
        for name in _ELSEWHERE:
            if name not in globals():
                _load(name)
        context = _CONTEXT_OF[id(table)]
    return context


def label(table: dict[str, str], code: str | None, fallback: str | None = None) -> str:
    """The translated name of `code` in `table`; an unknown code shows `fallback` or itself."""
    if code is None:
        return ""
    text = table.get(code)
    if text is None:
        return fallback if fallback is not None else code
    return QCoreApplication.translate(_context(table), text)


def labels(table: dict[str, str]) -> dict[str, str]:
    """Every code of `table` with its translated name, in the table's order."""
    return {code: label(table, code) for code in table}


def payment_method(method) -> str:
    """A withdrawal method as the choosers show it, like withdrawals.label (the CLI's English)
    with its kind translated: "Payoneer (Payoneer) •••• 1234"."""
    from desktop import secrets

    tail = f" {secrets.mask(method.last4)}" if method.last4 else ""
    return f"{method.name} ({label(__getattr__('PAYMENT_METHOD'), method.kind)}){tail}"


def job_code(field: str, code: str | None) -> str:
    """Like desktop.io.jobs.codes.label(field, code), translated ("1to3m" -> "1 से 3 महीने")."""
    return label(JOB_CODE_FIELDS[field], code)

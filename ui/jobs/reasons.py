"""Fit and client-quality reasons in the user's language.

models/rules/job_signals.py gives each reason a code and parameters; this table is its
translated mirror (kept in step by tests/ui/jobs/test_reasons.py), and the parameters are
shown with the user's locale: money, numbers, skill names.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.rules import job_signals
from ui import formatting

CONTEXT = "FitReason"
REASONS = {
    "client_unknown": QT_TRANSLATE_NOOP("FitReason", "The posting showed nothing about the client"),
    "verified": QT_TRANSLATE_NOOP("FitReason", "Payment method verified"),
    "unverified": QT_TRANSLATE_NOOP("FitReason", "Payment method not verified"),
    "no_spend": QT_TRANSLATE_NOOP("FitReason", "Has not spent anything yet"),
    "spent_over": QT_TRANSLATE_NOOP("FitReason", "Spent {amount}+"),
    "spent": QT_TRANSLATE_NOOP("FitReason", "Has spent {amount}"),
    "rated": QT_TRANSLATE_NOOP("FitReason", "Rated {rating}"),
    "rated_reviews": QT_TRANSLATE_NOOP("FitReason", "Rated {rating} from {n} reviews"),
    "rated_one_review": QT_TRANSLATE_NOOP("FitReason", "Rated {rating} from 1 review"),
    "rated_poor": QT_TRANSLATE_NOOP("FitReason", "Rated {rating} — freelancers were unhappy"),
    "rated_poor_reviews": QT_TRANSLATE_NOOP(
        "FitReason", "Rated {rating} from {n} reviews — freelancers were unhappy"),
    "rated_poor_one_review": QT_TRANSLATE_NOOP(
        "FitReason", "Rated {rating} from 1 review — freelancers were unhappy"),
    "hire_rate": QT_TRANSLATE_NOOP("FitReason", "Hires on {rate}% of posts"),
    "hire_rate_low": QT_TRANSLATE_NOOP("FitReason", "Hires on only {rate}% of posts"),
    "hires": QT_TRANSLATE_NOOP("FitReason", "{n} hires so far"),
    "one_hire": QT_TRANSLATE_NOOP("FitReason", "1 hire so far"),
    "no_hires": QT_TRANSLATE_NOOP("FitReason", "No hires yet"),
    "new_member": QT_TRANSLATE_NOOP("FitReason", "New to the marketplace ({days} days)"),
    "add_skills": QT_TRANSLATE_NOOP("FitReason", "Add skills to your profile to judge the fit"),
    "skills_matched": QT_TRANSLATE_NOOP(
        "FitReason", "Matches {matched} of {wanted} skills: {names}"),
    "skills_none": QT_TRANSLATE_NOOP("FitReason", "None of the job's skills are on your profile"),
    "skills_missing": QT_TRANSLATE_NOOP("FitReason", "Missing: {names}"),
    "title_mentions": QT_TRANSLATE_NOOP("FitReason", "Title mentions {names}"),
    "no_skills_listed": QT_TRANSLATE_NOOP(
        "FitReason", "The job lists no skills and its title names none of yours"),
    "set_rate": QT_TRANSLATE_NOOP("FitReason", "Set your hourly rate in Profile to judge the pay"),
    "hourly_unstated": QT_TRANSLATE_NOOP("FitReason", "Hourly, rate not stated"),
    "pays_up_to": QT_TRANSLATE_NOOP("FitReason", "Pays up to {top}/h; your rate is {rate}/h"),
    "tops_out": QT_TRANSLATE_NOOP("FitReason", "Tops out at {top}/h, below your {rate}/h"),
    "budget_hours": QT_TRANSLATE_NOOP(
        "FitReason", "Budget {budget} pays {hours} h at your {rate}/h"),
    "budget_under_hour": QT_TRANSLATE_NOOP(
        "FitReason", "Budget {budget} pays less than an hour at your {rate}/h"),
    "budget_unstated": QT_TRANSLATE_NOOP("FitReason", "Budget not stated"),
    "fit_client_unknown": QT_TRANSLATE_NOOP("FitReason", "Client unknown"),
    "client_strong": QT_TRANSLATE_NOOP("FitReason", "Client quality {value}/100 (strong)"),
    "client_fair": QT_TRANSLATE_NOOP("FitReason", "Client quality {value}/100 (fair)"),
    "client_weak": QT_TRANSLATE_NOOP("FitReason", "Client quality {value}/100 (weak)"),
    "few_proposals": QT_TRANSLATE_NOOP("FitReason", "Few proposals so far"),
    "many_proposals": QT_TRANSLATE_NOOP("FitReason", "Many proposals already"),
}


def _shown(value: object) -> str:
    if isinstance(value, job_signals.Money):
        whole = value == value.to_integral_value()
        return "$" + formatting.number(Decimal(value), 0 if whole else 2)
    if isinstance(value, tuple):
        return ", ".join(value)  # skill names are the marketplace's own, not translated
    if isinstance(value, Decimal):
        return formatting.number(value, 2)
    if isinstance(value, int):
        return formatting.number(value)
    return str(value)


def reason_text(reason: job_signals.Reason) -> str:
    """One reason, worded in the user's language with locale numbers and money."""
    template = REASONS.get(reason.code)
    if template is None:  # a reason newer than this table: the English beats nothing
        return reason.text
    return QCoreApplication.translate(CONTEXT, template).format(
        **{name: _shown(value) for name, value in reason.params})

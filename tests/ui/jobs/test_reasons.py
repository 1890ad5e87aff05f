"""Fit and client reasons reach the screen through ui/jobs/reasons.py, in the user's words."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from models.rules import job_signals
from ui.jobs.reasons import REASONS, reason_text


def test_every_reason_the_rules_give_has_a_translatable_wording():
    # the same codes, and the same English with the same placeholders, as the rules
    assert REASONS == job_signals.MESSAGES


def test_reasons_show_locale_money_and_numbers(qapp):
    client = job_signals.ClientFacts(payment_verified=True, total_spent=Decimal(250_000),
                                     rating=Decimal("4.9"), reviews=1234)
    job = job_signals.JobFacts("Report", ("SQL", "DAX"), "fixed", budget=Decimal("12000.5"),
                               client=client)
    me = job_signals.ProfileFacts(("SQL",), Decimal(45))
    reasons = (*job_signals.fit_score(job, me).reasons,
               *job_signals.client_quality(client).reasons)
    english = [r.text for r in reasons]  # the CLI's wording
    assert "Budget $12,000.50 pays 267 h at your $45/h" in english
    assert "Spent $100,000+" in english and "Rated 4.90 from 1,234 reviews" in english
    previous = QLocale()
    QLocale.setDefault(QLocale("en_IN"))  # Indian digit grouping
    try:
        shown = [reason_text(r) for r in reasons]
    finally:
        QLocale.setDefault(previous)
    assert "Spent $1,00,000+" in shown and "Matches 1 of 2 skills: SQL" in shown
    assert "Budget $12,000.50 pays 267 h at your $45/h" in shown

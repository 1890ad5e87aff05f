"""Every ledger line the app words itself, made through the services as a user's actions make
them (the pinned clock's Thursday 26 Nov 2026): a week of hourly work billed, a milestone
released in part and its remainder, a bonus, a refund, a withdrawal with its fee, Connects
bought. The tests of the Payments ledger (English, Hindi, the export, the migration) share it."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.services import connects, contracts, timer, withdrawals

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # tests.helpers.clock.PINNED_DEFAULT

# what the user typed (titles, names, notes): shown as written in every language
USER_WORDS = ("Logo Sprint", "Brand kit", "Asha Design", "for the logo", "typo fix",
              "Sparkasse", "Logo")
# the English each line reads, as an older version wrote it (and the CSV export still does)
ENGLISH = {
    "hourly": "Logo Sprint: 2:30 h, week of 2026-11-16",
    "milestone": "Brand kit: Logo",
    "remainder": "Brand kit: Remainder of “Logo”",
    "bonus": "Bonus: Brand kit — for the logo",
    "refund": "Refund: Brand kit — typo fix",
    "withdrawal": "Sparkasse (Direct to local bank) •••• 6789",
    "withdrawal_fee": "Withdrawal fee – Sparkasse",
    "connects": "10 Connects",
}


def make_app_lines() -> dict[str, int]:
    """Make the lines; returns their transaction ids by ENGLISH's keys."""
    from models.payments import Transaction

    ids: dict[str, int] = {}
    week = contracts.create(title="Logo Sprint", contract_type="hourly", rate="30",
                            client_name="Asha Design", now=NOW - timedelta(days=60))
    timer.add_manual(week.id, started_at=datetime(2026, 11, 16, 9, 0, tzinfo=UTC), minutes=150,
                     now=datetime(2026, 11, 20, tzinfo=UTC))
    (ids["hourly"],) = contracts.bill_closed_weeks(now=NOW)

    kit = contracts.create(title="Brand kit", contract_type="fixed", client_name="Asha Design",
                           now=NOW - timedelta(days=30))
    logo = contracts.add_milestone(kit.id, description="Logo", amount="1000",
                                   now=NOW - timedelta(days=29))
    contracts.fund_milestone(logo.id, now=NOW - timedelta(days=28))
    contracts.submit_milestone(logo.id, now=NOW - timedelta(days=20))
    contracts.approve_milestone(logo.id, amount="600", now=NOW - timedelta(days=19))
    rest = next(m for m in contracts.milestones_of(kit.id) if m.id != logo.id)
    contracts.submit_milestone(rest.id, now=NOW - timedelta(days=10))
    contracts.approve_milestone(rest.id, now=NOW - timedelta(days=9))
    for key, milestone_id in (("milestone", logo.id), ("remainder", rest.id)):
        ids[key] = Transaction.get(Transaction.milestone == milestone_id).id
    ids["bonus"] = contracts.pay_bonus(kit.id, amount="50", note="for the logo",
                                       now=NOW - timedelta(days=8)).id
    ids["refund"] = contracts.refund(kit.id, amount="20", reason="typo fix",
                                     now=NOW - timedelta(days=7)).id

    method = withdrawals.add_method(name="Sparkasse", kind="local_bank",
                                    details={"account_number": "DE000123456789"},
                                    added_at=datetime(2023, 1, 1, tzinfo=UTC))
    withdrawal = withdrawals.record_withdrawal(method_id=method.id, amount="100", fee="0.99",
                                               occurred_at=NOW - timedelta(days=2),
                                               check_balance=False)
    ids["withdrawal"] = withdrawal.id
    ids["withdrawal_fee"] = Transaction.get(Transaction.parent == withdrawal.id).id
    purchase = connects.buy(10, at=NOW - timedelta(days=1))
    assert purchase.expense_recorded
    ids["connects"] = Transaction.get(Transaction.kind == "connects").id
    return ids

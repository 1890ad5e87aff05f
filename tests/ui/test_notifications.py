"""Desktop notifications: follow-ups, the diary lock, auto-approval, expiring Connects and
saved searches with new jobs — each once, each with its switch in Settings."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.services import connects, contracts, jobs, notices
from desktop.services import proposals as proposal_service
from desktop.services.contracts import MilestoneInput
from models.contracts import ContractMilestone
from tests.helpers.clock import pinned
from ui.settings.dialog import SettingsDialog

SUNDAY = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)  # the diary locks Monday 11:59 UTC
JOBS = Path(__file__).resolve().parents[1] / "fixtures" / "jobs" / "jobs_export.csv"


def seed() -> None:
    contracts.create(title="API work", contract_type="hourly", rate="40", client_name="Acme",
                     now=SUNDAY - timedelta(days=30))
    contracts.create(title="Landing page", contract_type="fixed", client_name="Beta",
                     milestones=[MilestoneInput("Design", "300", date(2026, 11, 20))],
                     now=SUNDAY - timedelta(days=40))
    design = ContractMilestone.get(ContractMilestone.description == "Design")
    contracts.fund_milestone(design.id, now=SUNDAY - timedelta(days=30))
    contracts.submit_milestone(design.id, now=SUNDAY - timedelta(days=13))  # 14 days to review
    draft = proposal_service.create_draft()
    proposal_service.update(draft.id, follow_up_on=SUNDAY.date())
    connects.adjust(20, note="a year ago", at=SUNDAY - timedelta(days=362))
    jobs.save_search("Flutter", "flutter")


def test_due_notices_are_shown_once_and_switches_turn_them_off(main_window, qtbot):
    with pinned(SUNDAY):
        seed()
        jobs.import_files([JOBS], skip_bad=True)  # new matches for the saved search
        qtbot.waitUntil(lambda: main_window.notifier is not None)
        notifier = main_window.notifier
        with qtbot.waitSignal(notifier.shown) as shown:
            notifier.check()
        messages = dict(shown.args[0])
        assert list(messages) == ["Follow-ups due", "Work diary locks soon",
                                  "A milestone approves itself soon",
                                  "Connects about to expire", "New jobs for a saved search"]
        assert messages["Follow-ups due"] == "1 proposal to follow up on today."
        assert messages["Connects about to expire"].endswith(": 20 Connects.")
        assert "“Design” on Landing page" in messages["A milestone approves itself soon"]
        assert messages["New jobs for a saved search"] == "1 new job for “Flutter”."
        assert "Flutter" in main_window.statusBar().currentMessage() or \
            main_window.tray.icon.isVisible()  # no tray offscreen: the status bar says it
        with qtbot.waitSignal(notifier.shown) as again:
            notifier.check()
        assert again.args[0] == []  # each one once
        dialog = SettingsDialog(main_window.data_actions, main_window)
        qtbot.addWidget(dialog)
        page = dialog.notifications_page
        assert set(page.switches) == set(notices.KINDS)
        page.switches["follow_up"].setChecked(False)
        page.switches["saved_search"].setChecked(False)
        assert {n.kind for n in notices.due(SUNDAY)} == {"diary_lock", "auto_approve",
                                                         "connects_expiry"}
    # a Tuesday: the diary lock has passed, nothing to say about it
    assert "diary_lock" not in {n.kind for n in notices.due(SUNDAY + timedelta(days=2))}

"""A member of an agency workspace opens the window (issue 18): the server hides the money from
them (row-level security and grants), so the window must not fail on it — Payments and the money
views of Insights say they are for the workspace's owners, and the rest works."""
from __future__ import annotations

import pytest

from desktop import runtime, workspace
from desktop.services import members
from desktop.services.insights import VIEWS
from ui.insights.tab import MONEY_VIEWS


@pytest.fixture
def member_paths(pg_server, tmp_path):
    url = pg_server.fresh_database()
    workspace.open_workspace(url, tmp_path / "maker")
    try:
        members.claim_owner("boss@agency.test")
        invitation = members.invite("anna@agency.test", "member")
    finally:
        runtime.close()
    dbname = url.rsplit("/", 1)[1]
    # the test server trusts local logins: anna connects as her own login, no password
    paths = workspace.open_workspace(pg_server.url(dbname, user=invitation.login),
                                     tmp_path / "anna")
    yield paths
    runtime.close()


def test_a_member_sees_their_tabs_and_is_told_money_is_for_owners(member_paths, qtbot):
    from PySide6.QtCore import QCoreApplication

    from desktop.app import build_window

    assert members.current_role() == members.Role.MEMBER
    window = build_window(member_paths, lazy=True)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    try:
        for name in ("profileTab", "jobsTab", "proposalsTab", "contractsTab", "paymentsTab",
                     "insightsTab"):
            window.navigate(name)
            QCoreApplication.processEvents()
        window.navigate("paymentsTab")
        payments = window.tab("paymentsTab")
        assert payments.owners_only and payments.owners_only_state.isVisible()
        assert not [a for a in window.menus["Edit"].actions()
                    if a.objectName() == "recordEarningAction"]
        insights = window.tab("insightsTab")
        for row, code in enumerate(VIEWS):  # every view answers; the ledger's say "owners"
            insights.views.setCurrentRow(row)
            qtbot.waitUntil(lambda: not insights.basis_label.text().startswith("Working"),
                            timeout=10000)
            text = insights.basis_label.text()
            assert "Could not" not in text, (code, text)
            assert ("owners" in text) == (code in MONEY_VIEWS), (code, text)
            if code in MONEY_VIEWS:
                assert insights.model.rowCount() == 0
    finally:
        window.close()

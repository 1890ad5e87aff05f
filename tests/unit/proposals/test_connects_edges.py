"""Connects edges: a boost refunded as outbid then the job cancelled; the monthly grant booked
on read so the CLI and the window show the same balance."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from desktop.services import connects
from desktop.services import proposals as service
from models.proposals import ConnectsEntry
from tests.unit.proposals.helpers import make_job

REPO = Path(__file__).resolve().parents[3]
T0 = datetime(2025, 1, 15, 12, 0, tzinfo=UTC)


def test_outbid_boost_then_cancelled_job_refunds_each_connect_once_at_its_price(data_dir):
    connects.adjust(50, at=T0)
    job = make_job("Scraper", connects=10)
    draft = service.create_draft(job.id)
    service.save_letter(draft.id, "I have built this before.")
    service.update(draft.id, rate="30", boost_connects=5)
    service.submit(draft.id, at=T0 + timedelta(hours=1))
    # 10 + 5 Connects at $0.15 = $1.50 + $0.75 = $2.25
    assert (connects.spent_on(draft.id), connects.money_spent_on(draft.id)) == (15, Decimal("2.25"))
    assert service.boost_outbid(draft.id, at=T0 + timedelta(days=1)) == 5
    assert (connects.spent_on(draft.id), connects.money_spent_on(draft.id)) == (10, Decimal("1.50"))
    service.set_status(draft.id, "job_cancelled", at=T0 + timedelta(days=2))
    refunds = [(e.delta, e.cost) for e in ConnectsEntry.select().where(
        ConnectsEntry.reason == "refund").order_by(ConnectsEntry.id)]
    assert refunds == [(5, Decimal("0.75")), (10, Decimal("1.50"))]
    assert (connects.spent_on(draft.id), connects.money_spent_on(draft.id)) == (0, Decimal("0.00"))
    assert connects.available(T0 + timedelta(days=2)) == 50


def test_cli_in_a_subprocess_and_the_service_agree_on_the_balance(tmp_path, test_keyring):
    from desktop import clock, runtime

    xdg = tmp_path / "xdg"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(xdg),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    env.pop("FREELANCE_DESK_PASSPHRASE", None)
    test_keyring.file_path = str(xdg / "python_keyring" / "keyring_pass.cfg")
    data = tmp_path / "data"
    # Two months ago: the month's grant (Basic, 10) and 32 bought; nothing since, and no window
    # has opened the Proposals tab to book last month's and this month's grants.
    two_ago = ((clock.today().replace(day=1) - timedelta(days=1)).replace(day=1)
               - timedelta(days=1)).replace(day=1)
    runtime.open_data_dir(data)
    try:
        connects.grant_monthly(two_ago)
        connects.adjust(32, at=datetime.combine(two_ago, time(12), tzinfo=UTC))
    finally:
        runtime.close()
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "proposals",
                          "connects", "--json"], capture_output=True, text=True, env=env,
                         cwd=REPO, timeout=60)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["available"] == 10 + 32 + 10 + 10
    runtime.open_data_dir(data)
    try:
        assert connects.available() == 62  # what the window shows, read through the service
        assert ConnectsEntry.select().where(ConnectsEntry.reason == "monthly").count() == 3
    finally:
        runtime.close()
    again = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data),
                            "proposals", "connects"], capture_output=True, text=True, env=env,
                           cwd=REPO, timeout=60)
    assert again.stdout.startswith("62 Connects available (basic plan)"), again.stderr

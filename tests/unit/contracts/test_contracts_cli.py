"""`freelance-desk contracts list` and `time start|stop|status` on a real data dir."""
from __future__ import annotations

import json

from desktop.__main__ import main


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir.data_dir), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_time_start_status_stop_and_list(capsys, data_dir):
    from desktop.services import contracts

    contracts.create(title="Support retainer", contract_type="hourly", rate="35",
                     weekly_limit_minutes=600, client_name="Acme")
    contracts.create(title="Logo", contract_type="fixed", amount="200")
    code, out, _ = run(capsys, data_dir, "time", "start", "retainer", "--memo", "tickets")
    assert code == 0 and "timer started on “Support retainer”" in out
    code, _, err = run(capsys, data_dir, "time", "start", "Logo")
    assert code == 1 and "fixed price" in err
    code, out, _ = run(capsys, data_dir, "time", "status", "--json")
    status = json.loads(out)
    assert status["running"]["memo"] == "tickets" and status["week"]["limit_minutes"] == 600
    code, out, _ = run(capsys, data_dir, "time", "stop")
    assert code == 0 and "timer stopped" in out
    code, _, err = run(capsys, data_dir, "time", "stop")
    assert code == 1 and "not running" in err
    code, out, _ = run(capsys, data_dir, "contracts", "list", "--json")
    rows = json.loads(out)
    assert [(r["title"], r["type"]) for r in rows] == [("Logo", "fixed"),
                                                       ("Support retainer", "hourly")]
    code, _, err = run(capsys, data_dir, "time", "start", "nothing-like-this")
    assert code == 1 and "no contract matches" in err

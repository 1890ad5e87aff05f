"""`freelance-desk proposals list/figures/connects` over a real data dir."""
from __future__ import annotations

import json

from desktop.__main__ import main
from tests.unit.proposals.helpers import seed_realistic


def test_proposals_list_filters_by_status_and_prints_json(data_dir, capsys):
    ids = seed_realistic()
    from desktop import runtime

    runtime.close()  # the CLI opens the data dir itself
    folder = str(data_dir.data_dir)
    assert main(["--data-dir", folder, "proposals", "list", "--status", "draft", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in rows} == {ids["draft"], ids["invitation"]}
    assert {r["status"] for r in rows} == {"draft"}
    assert {(r["bid_type"], r["bid"]) for r in rows} == {("hourly", "65.00"), ("hourly", "50.00")}
    assert main(["--data-dir", folder, "proposals", "list"]) == 0
    text = capsys.readouterr().out
    assert "$65.00/h" in text
    assert "Interviewing" in text and "Django REST API for a booking app — Maria Lopez" in text
    assert text.rstrip().endswith("6 proposals")
    assert main(["--data-dir", folder, "proposals", "list", "--status", "won"]) == 0
    assert "Fix slow PostgreSQL" in capsys.readouterr().out
    assert main(["--data-dir", folder, "proposals", "list", "--status", "bogus"]) == 1
    assert "unknown status 'bogus'" in capsys.readouterr().err
    assert main(["--data-dir", folder, "proposals", "figures", "--json"]) == 0
    overall = json.loads(capsys.readouterr().out)[0]
    assert (overall["sent"], overall["hired"], overall["win_rate"]) == (4, 1, "25.0")
    assert main(["--data-dir", folder, "proposals", "connects"]) == 0
    assert "Connects available (basic plan)" in capsys.readouterr().out
    runtime.open_data_dir(folder)  # the fixture closes it

"""The insights CLI as a real process on the real Upwork exports in ../shared/data."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
       "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}


def _run(data, *args, check=True):
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), *args],
                         capture_output=True, text=True, env=ENV, timeout=240)
    if check:
        assert run.returncode == 0, run.stderr
    return run


def _json(data, *args):
    return json.loads(_run(data, "insights", *args, "--json").stdout)


def test_market_rate_and_skills_gap_from_the_job_exports(tmp_path, shared_data):
    data = tmp_path / "data"
    jobs = shared_data / "jobs"
    _run(data, "import", "jobs", str(jobs / "lougse_powerbi_rss_extracted_jobs.csv"))
    view = _json(data, "market-rate", "--skill", "microsoft power bi")
    rows = {(r["kind"], r["level"]): r for r in view["rows"]}
    hourly, fixed = rows[("hourly", "all")], rows[("fixed", "all")]
    assert hourly["count"] > 100 and fixed["count"] > 50 and hourly["enough"]
    assert Decimal(hourly["p25"]) <= Decimal(hourly["p50"]) <= Decimal(hourly["p75"])
    assert view["basis"]["unit"] == "jobs" and view["basis"]["first"].startswith("2024-")
    text = _run(data, "insights", "market-rate", "--skill", "Microsoft Power BI").stdout
    assert "Microsoft Power BI · hourly · all" in text and "Based on" in text
    # No skills anywhere: a clear message, exit 1
    empty = _run(data, "insights", "market-rate", check=False)
    assert empty.returncode == 1 and "no skills" in empty.stderr

    _run(data, "import", "jobs",
         str(shared_data / "jobs" / "kadiroruc_upwork_jobs_search_cards.csv"))
    gap = _json(data, "skills-gap", "--skills", "Python", "--limit", "5")
    assert gap["basis"]["count"] > 100
    assert len(gap["rows"]) == 5
    demand = [r["jobs"] for r in gap["rows"]]
    assert demand == sorted(demand, reverse=True)
    assert all(r["skill"].casefold() != "python" for r in gap["rows"])


def test_cashflow_effective_rate_and_clients_from_the_statements(tmp_path, shared_data):
    data = tmp_path / "data"
    statements = shared_data / "transactions"
    _run(data, "import", "transactions", str(statements / "gauzy_upwork_statement_Alish.csv"),
         str(statements / "naodalemu_weekly_summary_export.csv"))
    balance = json.loads(_run(data, "payments", "balance", "--json").stdout)
    flow = _json(data, "cashflow", "--weeks", "3")
    assert len(flow["weeks"]) == 3
    assert flow["available_now"] == balance["available"]
    assert flow["weeks"][-1]["available_after"] == balance["available"]  # nothing on its way
    rates = _json(data, "effective-rate")
    billed = [r for r in rates["rows"] if r["contract"] and r["billed_minutes"]]
    assert len(billed) >= 5
    for row in billed:  # every billed contract: fees come off, never on
        assert Decimal(row["after_fees"]) < Decimal(row["gross_per_hour"])
    people = _json(data, "clients")
    assert people["basis"]["count"] == len(people["rows"]) >= 1
    name = people["rows"][0]["name"]
    detail = _json(data, "clients", "--client", name)
    assert detail["row"]["name"] == name and detail["events"]
    assert _run(data, "insights", "clients", "--client", "Nobody Ltd", check=False).returncode == 1
    past = _run(data, "insights", "cashflow", "--withdraw-on", "2001-01-01", check=False)
    assert past.returncode == 1 and "in the past" in past.stderr
    jss = _json(data, "jss")
    assert jss["estimate"] is True

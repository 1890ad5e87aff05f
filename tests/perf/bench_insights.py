"""Each Insights view on a big library: 100,000 jobs, 10,000 proposals, 5,000 transactions.

Target: every view computes in under 300 ms (it runs off the GUI thread, but the user waits for
it). Quick form: a tenth of the sizes, to prove the benchmark works.
"""
from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta

from tests.perf.common import Result, median_ms

SKILLS = ["Python", "Django", "SQL", "Power BI", "Excel", "React", "JavaScript", "API",
          "PostgreSQL", "AWS", "Docker", "Data Analysis", "Tableau", "Flask", "Pandas",
          "Machine Learning", "Figma", "WordPress", "PHP", "Node.js"]
NOW = datetime(2026, 3, 18, 12, tzinfo=UTC)


def _fill(jobs: int, proposals: int, transactions: int) -> None:
    from peewee import chunked

    from desktop.services import clients, profile
    from models.contracts import Contract, Interaction
    from models.db import database
    from models.jobs import Job
    from models.payments import Transaction
    from models.profile import ProfileSkill
    from models.proposals import ConnectsEntry, Proposal, ProposalStatusChange, ProposalTemplate

    rnd = random.Random(17)
    levels = ("entry", "intermediate", "expert", None)
    with database.atomic():
        rows = []
        for i in range(jobs):
            hourly = rnd.random() < 0.6
            low = rnd.randint(10, 80) * 100 if hourly else None
            rows.append({
                "title": f"Job {i}", "skills": ", ".join(rnd.sample(SKILLS, rnd.randint(2, 6))),
                "job_type": "hourly" if hourly else "fixed", "hourly_min": low,
                "hourly_max": low + rnd.randint(0, 40) * 100 if hourly else None,
                "budget": None if hourly else rnd.randint(5, 5000) * 100,
                "experience_level": levels[i % 4], "ext_id": f"~01{i:016d}",
                "posted_at": (NOW - timedelta(hours=rnd.randint(0, 24 * 365))).strftime(
                    "%Y-%m-%dT%H:%M:%S.%fZ"),
                "first_seen_at": "2026-01-01T00:00:00.000000Z",
                "updated_at": "2026-01-01T00:00:00.000000Z"})
        for batch in chunked(rows, 2000):
            Job.insert_many(batch).execute()
        general = profile.general_profile()
        ProfileSkill.insert_many([{"profile": general.id, "position": k, "name": s}
                                  for k, s in enumerate(SKILLS[:5])]).execute()
        general.hourly_rate = 45
        general.save()
        names = [clients.get_or_create(f"Client {k}").id for k in range(200)]
        template = ProposalTemplate.create(name="Short")
        statuses = ("submitted", "viewed", "declined", "interviewing", "hired", "withdrawn")
        prop_rows = []
        for i in range(proposals):
            at = NOW - timedelta(hours=rnd.randint(0, 24 * 365))
            prop_rows.append({"job": rnd.randint(1, jobs), "client": names[i % len(names)],
                              "status": statuses[i % len(statuses)], "rate": 4000,
                              "submitted_at": at, "template": template.id if i % 3 else None,
                              "boost_connects": 5 if i % 7 == 0 else 0,
                              "created_at": at, "updated_at": at})
        for batch in chunked(prop_rows, 1000):
            Proposal.insert_many(batch).execute()
        ProposalStatusChange.insert_many(
            [{"proposal": i, "from_status": "submitted", "to_status": "viewed", "at": NOW}
             for i in range(1, proposals + 1, 2)]).execute()
        for batch in chunked([{"at": NOW - timedelta(days=i % 365), "delta": -8,
                               "reason": "spent", "proposal": i}
                              for i in range(1, proposals + 1)], 1000):
            ConnectsEntry.insert_many(batch).execute()
        contract_ids = []
        for k in range(max(10, proposals // 50)):
            contract_ids.append(Contract.create(
                title=f"Contract {k}", contract_type="hourly" if k % 2 else "fixed",
                status="ended" if k % 3 else "active", rate=40 if k % 2 else None,
                proposal=k * 6 + 5, client=names[k % len(names)],
                start_at=NOW - timedelta(days=300), end_at=NOW - timedelta(days=k % 200),
                weekly_limit_minutes=1200).id)
        tx = []
        for i in range(transactions):
            at = NOW - timedelta(days=rnd.randint(0, 700))
            tx.append({"kind": "hourly", "status": "available", "occurred_at": at,
                       "available_on": (at + timedelta(days=10)).date(), "gross": 40000,
                       "fee": 4000, "net": 36000, "minutes": 600,
                       "contract": contract_ids[i % len(contract_ids)],
                       "client": names[i % len(names)], "ext_ref": f"r{i}"})
        for batch in chunked(tx, 1000):
            Transaction.insert_many(batch).execute()
        Interaction.insert_many([{"client": names[i % len(names)], "kind": "message",
                                  "direction": "in" if i % 2 else "out",
                                  "at": NOW - timedelta(minutes=i * 37), "body": "hi",
                                  "created_at": NOW} for i in range(5000)]).execute()


def run(quick: bool) -> list[Result]:
    from desktop import runtime
    from desktop.services.insights import (
        cashflow,
        clients,
        connects_roi,
        effective_rate,
        funnel,
        jss,
        market_rate,
        skills_gap,
    )
    from tests.helpers.clock import pinned

    scale = 10 if quick else 1
    sizes = (100_000 // scale, 10_000 // scale, 5_000 // scale)
    runs = 3 if quick else 5
    results = []
    with tempfile.TemporaryDirectory() as folder, pinned(NOW):
        runtime.open_data_dir(folder)
        try:
            started = time.perf_counter()
            _fill(*sizes)
            fill_s = time.perf_counter() - started
            note = (f"{sizes[0]:,} jobs, {sizes[1]:,} proposals, {sizes[2]:,} transactions "
                    f"(filled in {fill_s:.1f} s)")
            views = {
                "market-rate (profile's 5 skills)": lambda: market_rate.market_rate(),
                "skills-gap (profile's skills)": lambda: skills_gap.skills_gap(),
                "funnel by month": lambda: funnel.funnel("month"),
                "connects-roi by template": lambda: connects_roi.connects_roi("template"),
                "cashflow, 8 weeks": lambda: cashflow.cashflow(
                    weeks=8, withdraw_on=NOW.date() + timedelta(days=20)),
                "effective-rate": lambda: effective_rate.effective_rate(),
                "jss": lambda: jss.jss(),
                "clients": lambda: clients.clients(),
            }
            for name, fn in views.items():
                results.append(Result(f"insights: {name}", median_ms(fn, runs), "ms",
                                      "< 300 ms", runs, note))
        finally:
            runtime.close()
    return results

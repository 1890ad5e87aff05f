"""Members writing at once to one workspace (issue 18, "concurrency without loss").

A real PostgreSQL server (tests/helpers/postgres.py; FREELANCE_DESK_BENCH_URL points at another
empty database instead) gets a workspace with a few drafts, contracts and templates. Then 10
member processes — each its own `python -m tests.perf.bench_writers --member …`, opening the
workspace as the CLI does — make mixed edits for 60 s through the real services and models:

- add a line to a proposal's cover letter (`proposals.save_letter(version=…)`),
- add one to a proposal's boosted Connects (`proposals.update(version=…)`),
- add a line to a contract's terms or a template's body (a model read and `save()`).

Every edit reads the row with its version and writes over that version only; a refused save
(EditConflictError) reads again and retries, as the merge in the window does. Each member
reports the lines and additions it saved. Afterwards every reported line must be in its row
and the Connects must add up: anything missing is a lost update. Any exception other than an
edit conflict is an unexplained error.

Targets: 0 lost updates, 0 unexplained errors. `--quick`: 3 members for 5 s.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.perf.common import REPO, Result, workspace_database

PROPOSALS, CONTRACTS, TEMPLATES = 6, 3, 3


def seed(url: str, folder: Path) -> dict[str, list[int]]:
    from desktop import runtime, workspace
    from desktop.services import contracts, proposals, templates

    workspace.open_workspace(url, folder)
    try:
        ids = {
            "proposal": [proposals.create_draft().id for _ in range(PROPOSALS)],
            "contract": [contracts.create(title=f"Contract {i}", contract_type="hourly",
                                          rate="40").id for i in range(CONTRACTS)],
            "template": [templates.create("template", f"Template {i}", "Hello").id
                         for i in range(TEMPLATES)],
        }
    finally:
        runtime.close()
    return ids


def member(url: str, folder: str, seconds: float, number: int, ids: dict) -> dict:
    """One member's edits for `seconds`; what it saved, its refusals and unexplained errors."""
    from desktop import workspace
    from desktop.errors import EditConflictError
    from desktop.services import proposals
    from models.contracts import Contract
    from models.proposals import ProposalTemplate

    workspace.open_workspace(url, folder)
    rng = random.Random(number)
    saved: dict[str, list[str]] = {}
    added: dict[str, int] = {}
    report = {"saves": 0, "refused": 0, "errors": [], "saved": saved, "added": added}
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        line = f"m{number}-{n}"
        kind = rng.choice(("letter", "letter", "connects", "contract", "template"))
        table = {"contract": "contract", "template": "template"}.get(kind, "proposal")
        row_id = rng.choice(ids[table])
        while True:  # until this edit is saved over the version it read
            try:
                if kind == "letter":
                    row = proposals.get(row_id)
                    proposals.save_letter(row_id, f"{row.cover_letter}\n{line}".lstrip(),
                                          version=row.version)
                elif kind == "connects":
                    row = proposals.get(row_id)
                    proposals.update(row_id, version=row.version,
                                     boost_connects=row.boost_connects + 1)
                elif kind == "contract":
                    contract = Contract.get_by_id(row_id)
                    contract.terms = f"{contract.terms}\n{line}".lstrip()
                    contract.save()
                else:
                    template = ProposalTemplate.get_by_id(row_id)
                    template.body = f"{template.body}\n{line}"
                    template.save()
            except EditConflictError:
                report["refused"] += 1
                continue
            except Exception as exc:  # counted and shown: the target is none
                report["errors"].append(f"{type(exc).__name__}: {exc}"[:300])
                break
            report["saves"] += 1
            if kind == "connects":
                added[str(row_id)] = added.get(str(row_id), 0) + 1
            else:
                saved.setdefault(f"{table}:{row_id}", []).append(line)
            break
    return report


def check(url: str, folder: Path, reports: list[dict]) -> int:
    """Lost updates: saved lines missing from their row, Connects additions not there."""
    from desktop import runtime, workspace
    from models.contracts import Contract
    from models.proposals import Proposal, ProposalTemplate

    workspace.open_workspace(url, folder)
    try:
        texts = {f"proposal:{p.id}": p.cover_letter for p in Proposal.select()}
        texts |= {f"contract:{c.id}": c.terms for c in Contract.select()}
        texts |= {f"template:{t.id}": t.body for t in ProposalTemplate.select()}
        boosts = {str(p.id): p.boost_connects for p in Proposal.select()}
    finally:
        runtime.close()
    lost = 0
    for key, text in texts.items():
        present = set(text.split("\n"))
        lost += sum(1 for r in reports for line in r["saved"].get(key, [])
                    if line not in present)
    for row_id, boost in boosts.items():
        lost += abs(sum(r["added"].get(row_id, 0) for r in reports) - boost)
    return lost


def run(quick: bool = False) -> list[Result]:
    members, seconds = (3, 5.0) if quick else (10, 60.0)
    from tests.helpers.postgres import ServerUnavailableError

    try:
        url, stop = workspace_database()
    except ServerUnavailableError as exc:
        return [Result("writers: skipped", 0, "", note=str(exc)[:120])]
    try:
        with tempfile.TemporaryDirectory(prefix="bench-writers-") as tmp:
            root = Path(tmp)
            ids = seed(url, root / "seed")
            started = time.perf_counter()
            processes = [
                subprocess.Popen([sys.executable, "-m", "tests.perf.bench_writers", "--member",
                                  url, str(root / f"m{i}"), str(seconds), str(i),
                                  json.dumps(ids)],
                                 cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
                for i in range(members)]
            reports = []
            crashed = 0
            for process in processes:
                out, err = process.communicate(timeout=seconds + 120)
                if process.returncode != 0:
                    crashed += 1
                    print(err[-2000:], file=sys.stderr)
                    continue
                reports.append(json.loads(out.strip().splitlines()[-1]))
            elapsed = time.perf_counter() - started
            lost = check(url, root / "check", reports)
    finally:
        stop()
    saves = sum(r["saves"] for r in reports)
    refused = sum(r["refused"] for r in reports)
    errors = [e for r in reports for e in r["errors"]]
    label = f"{members} members x {seconds:.0f} s"
    return [
        Result(f"writers: saves/s ({label})", saves / elapsed, "/s",
               note=f"{saves} saves, {refused} refused and retried"),
        Result("writers: lost updates", lost, "", "0"),
        Result("writers: unexplained errors", len(errors) + crashed, "", "0",
               note="; ".join(errors[:3])),
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_writers")
    parser.add_argument("--member", nargs=5, metavar=("URL", "DIR", "SECONDS", "N", "IDS"))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    if args.member:
        url, folder, seconds, number, ids = args.member
        print(json.dumps(member(url, folder, float(seconds), int(number), json.loads(ids))))
        return 0
    for result in run(quick=args.quick):
        print(result.as_dict())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Run every benchmark module in tests/perf; print a table and a JSON document."""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf")
    parser.add_argument("--quick", action="store_true", help="small sizes, to prove they work")
    parser.add_argument("--only", help="run only benchmarks whose module name contains this")
    parser.add_argument("--json", metavar="FILE", help="also write the JSON to FILE")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    results = []
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (args.only and args.only not in info.name):
            continue
        module = importlib.import_module(f"tests.perf.{info.name}")
        for result in module.run(quick=args.quick):
            results.append(result.as_dict() | {"module": info.name})
    width = max((len(r["name"]) for r in results), default=10)
    print(f"{'benchmark':<{width}}  {'value':>10}  unit  target")
    for r in results:
        print(f"{r['name']:<{width}}  {r['value']:>10.1f}  {r['unit']:<4}  {r['target']}"
              + (f"  ({r['note']})" if r["note"] else ""))
    document = json.dumps({"quick": args.quick, "results": results}, indent=2)
    print(document)
    if args.json:
        Path(args.json).write_text(document)
    return 0


if __name__ == "__main__":
    sys.exit(main())

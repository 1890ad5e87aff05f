"""Benchmarks (not timed tests). `make bench` runs them all; `--quick` is CI's small form.

Each module `bench_*.py` here defines `run(quick: bool) -> list[Result]`.
"""

"""`python -m desktop` / `freelance-desk`: GUI by default, CLI subcommands otherwise."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.cli import build_parser, run_command, window_only

    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(commands=not window_only(argv)).parse_args(argv)
    if args.self_test:
        from desktop.app import self_test

        return self_test(args.data_dir)
    if getattr(args, "handler", None) is None:
        from desktop.app import run_gui

        return run_gui(args.data_dir, database_url=getattr(args, "database_url", None))
    return run_command(args)


def gui_main() -> int:
    return main(sys.argv[1:] or ["gui"])


if __name__ == "__main__":
    sys.exit(main())

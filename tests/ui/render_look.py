"""Render every tab of the main window in each theme and language, to PNGs you look at.

    QT_QPA_PLATFORM="offscreen:configfile=tests/offscreen_screen.json" \
        .venv/bin/python -m tests.ui.render_look [--out /tmp/look] [--scale 1.5]
        [--themes light,dark] [--languages en,hi] [--size 1200x780]

The data dir is seeded with a realistic profile, proposals and a year of contracts and
payments, made through the real services. --scale sets QT_SCALE_FACTOR (text scaling check).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

JOBS_FILE = (Path(__file__).resolve().parents[2].parent / "shared" / "data" / "jobs"
             / "lougse_powerbi_rss_extracted_jobs.csv")


def seed() -> None:
    from desktop import clock
    from desktop.services import jobs
    from tests.ui.payments.seed import seed_year
    from tests.unit.profile.sample import fill_profile
    from tests.unit.proposals.helpers import seed_realistic

    fill_profile()
    seed_realistic()
    seed_year(clock.today())
    if JOBS_FILE.exists():  # real postings (../shared/data), when the checkout has them
        jobs.import_files([JOBS_FILE], skip_bad=True)


def open_seeded(out: str):
    """The render scripts' common start: offscreen screen, the application, a throwaway data
    folder seeded with realistic data, and the output folder. Returns (app, out, paths)."""
    # sample data in a throwaway folder: its made-up payout number may go to a plaintext keyring
    os.environ.setdefault("FREELANCE_DESK_ALLOW_PLAINTEXT_KEYRING", "1")
    screen = Path(__file__).resolve().parent.parent / "offscreen_screen.json"
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screen}")

    from desktop import runtime
    from desktop.app import make_application

    app = make_application()
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    paths = runtime.open_data_dir(Path(tempfile.mkdtemp(prefix="look-")) / "data")
    seed()
    return app, folder, paths


def windows(app, paths, themes: str, languages: str, size: tuple[int, int], *,
            lazy: bool = False):
    """A shown main window for each language × theme: yields (window, theme, language);
    `lazy`: only the shown tab built, as the app starts."""
    from desktop.app import build_window, window_settings
    from desktop.services import settings as domain_settings

    for language in languages.split(","):
        domain_settings.put("language", language)
        for theme_name in themes.split(","):
            window_settings(paths).setValue("appearance/theme", theme_name)
            window = build_window(paths, lazy=lazy)
            window.resize(*size)
            window.show()
            yield window, theme_name, language
            window.close()
            window.deleteLater()
            app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/look")
    parser.add_argument("--scale", default="")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--languages", default="en,hi")
    parser.add_argument("--size", default="1200x780")
    parser.add_argument("--tabs", default="")
    args = parser.parse_args(argv)
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    app, out, paths = open_seeded(args.out)
    from desktop import runtime

    width, height = (int(v) for v in args.size.split("x"))
    suffix = f"@{args.scale}" if args.scale else ""
    for window, theme_name, language in windows(app, paths, args.themes, args.languages,
                                                (width, height)):
        for index in range(window.tabs.count()):
            page = window.tabs.widget(index)
            if args.tabs and page.objectName() not in args.tabs.split(","):
                continue
            window.tabs.setCurrentIndex(index)
            for _ in range(3):
                app.processEvents()
            searcher = getattr(page, "searcher", None)  # the Jobs tab searches off-thread
            while searcher is not None and searcher.busy():
                app.processEvents()
            busy = getattr(page, "busy", None)  # a tab that refreshes off-thread (Payments)
            while busy is not None and busy():
                app.processEvents()
            app.processEvents()
            name = f"{page.objectName()}-{theme_name}-{language}{suffix}.png"
            window.grab().save(str(out / name))
            print(out / name)
    runtime.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

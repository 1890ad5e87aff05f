"""Render Insights ▸ Skills gap, Cash flow (with a planned withdrawal) and the Planned
withdrawals dialog, in each theme and language, to PNGs you look at.

    .venv/bin/python -m tests.ui.render_insights [--out /tmp/look] [--themes light,dark]
        [--languages en,hi]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/look")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--languages", default="en,hi")
    args = parser.parse_args(argv)
    os.environ.setdefault("FREELANCE_DESK_ALLOW_PLAINTEXT_KEYRING", "1")
    screen = Path(__file__).resolve().parent.parent / "offscreen_screen.json"
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screen}")

    from desktop import clock, runtime
    from desktop.app import build_window, make_application, window_settings
    from desktop.services import jobs, planned_withdrawals, withdrawals
    from desktop.services import settings as domain_settings
    from desktop.services.insights import VIEWS
    from tests.ui.render_look import seed

    app = make_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    paths = runtime.open_data_dir(Path(tempfile.mkdtemp(prefix="look-")) / "data")
    seed()
    jobs.save_search("Power BI dashboards", "power bi dashboard")
    method = withdrawals.methods()[0].id if withdrawals.methods() else None
    planned_withdrawals.plan(day=clock.today() + timedelta(days=9), amount=Decimal(400),
                             method_id=method, note="rent")

    def settle(tab) -> None:
        for _ in range(200):
            app.processEvents()
            if not tab.basis_label.text().startswith(tab.tr("Working")):
                break
            import time
            time.sleep(0.02)
        app.processEvents()

    for language in args.languages.split(","):
        domain_settings.put("language", language)
        for theme_name in args.themes.split(","):
            window_settings(paths).setValue("appearance/theme", theme_name)
            window = build_window(paths)
            window.resize(1280, 800)
            window.show()
            tab = window.tab("insightsTab")
            window.tabs.setCurrentWidget(tab)
            for code in ("skills_gap", "cashflow"):
                tab.views.setCurrentRow(VIEWS.index(code))
                settle(tab)
                name = f"insights-{code}-{theme_name}-{language}.png"
                window.grab().save(str(out / name))
                print(out / name)
            dialog = tab.open_plans()
            dialog.amount.setText("250")
            app.processEvents()
            name = f"insights-plan-dialog-{theme_name}-{language}.png"
            dialog.grab().save(str(out / name))
            print(out / name)
            dialog.close()
            window.close()
            window.deleteLater()
            app.processEvents()
    runtime.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

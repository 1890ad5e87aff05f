"""Render Insights ▸ Skills gap, Cash flow (with a planned withdrawal) and the Planned
withdrawals dialog, in each theme and language, to PNGs you look at.

    .venv/bin/python -m tests.ui.render_insights [--out /tmp/look] [--themes light,dark]
        [--languages en,hi]
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import timedelta
from decimal import Decimal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/look")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--languages", default="en,hi")
    args = parser.parse_args(argv)
    from tests.ui.render_look import open_seeded, windows

    app, out, paths = open_seeded(args.out)
    from desktop import clock, runtime
    from desktop.services import jobs, planned_withdrawals, withdrawals
    from desktop.services.insights import VIEWS

    jobs.save_search("Power BI dashboards", "power bi dashboard")
    method = withdrawals.methods()[0].id if withdrawals.methods() else None
    planned_withdrawals.plan(day=clock.today() + timedelta(days=9), amount=Decimal(400),
                             method_id=method, note="rent")

    def settle(tab) -> None:  # the view is computed off the GUI thread
        for _ in range(200):
            app.processEvents()
            if not tab.basis_label.text().startswith(tab.tr("Working")):
                break
            time.sleep(0.02)
        app.processEvents()

    for window, theme_name, language in windows(app, paths, args.themes, args.languages,
                                                (1280, 800)):
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
    runtime.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render what a workspace adds to the window (issue 18) in each theme and language, to PNGs
you look at: Settings ▸ Workspace (a refused Connect), the merge dialog with a conflict, and
the window with the "server unreachable" banner and a letter kept on this computer.

    .venv/bin/python -m tests.ui.render_workspace [--out /tmp/look] [--themes light,dark]
        [--languages en,hi]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

BASE = ("Hi there,\n\nI have built booking dashboards in Power BI for three clinics.\n"
        "I can start on Monday.\n\nBest,\nAnna")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/look")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--languages", default="en,hi")
    args = parser.parse_args(argv)
    os.environ.setdefault("FREELANCE_DESK_ALLOW_PLAINTEXT_KEYRING", "1")
    screen = Path(__file__).resolve().parent.parent / "offscreen_screen.json"
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screen}")

    from desktop import runtime
    from desktop.app import build_window, make_application, window_settings
    from desktop.services import proposals
    from desktop.services import settings as domain_settings
    from tests.helpers.postgres import free_port
    from ui.proposals.merge import FieldChoice, MergeDialog
    from ui.workspace_live import Banner

    app = make_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    paths = runtime.open_data_dir(Path(tempfile.mkdtemp(prefix="look-")) / "data")
    draft = proposals.create_draft()
    proposals.save_letter(draft.id, BASE)

    def save(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(out / name))
        print(out / name)

    for language in args.languages.split(","):
        domain_settings.put("language", language)
        for theme_name in args.themes.split(","):
            window_settings(paths).setValue("appearance/theme", theme_name)
            window = build_window(paths)
            window.resize(1200, 780)
            window.show()
            # Settings ▸ Workspace, after a Connect to a server that is not there
            dialog = window.data_actions.show_settings()
            page = dialog.workspace_page
            dialog.show_page(page.title)
            page.url.setText(f"postgresql://anna@127.0.0.1:{free_port()}/desk")
            page.connect_workspace()
            save(dialog, f"workspace-settings-{theme_name}-{language}.png")
            dialog.close()
            # the merge dialog: the same line changed on both sides, and one field
            theirs = BASE.replace("three clinics", "five clinics").replace("Hi there",
                                                                             "Hi Maria")
            yours = BASE.replace("three clinics", "three dental clinics") \
                .replace("Monday", "Wednesday")
            merge = MergeDialog(window, base=BASE, theirs=theirs, yours=yours, fields=[
                FieldChoice("rate", window.tr("Rate"), "$45.00", "$50.00")])
            merge.show()
            save(merge, f"workspace-merge-{theme_name}-{language}.png")
            merge.close()
            # the window with the banner, and a letter kept on this computer
            banner = Banner(window)
            window.addToolBar(banner)
            banner.show_status(False, "connection refused")
            window.navigate("proposalsTab", draft.id)
            letter = window.tab("proposalsTab").editor.letter
            letter._show_unsent()
            save(window, f"workspace-offline-{theme_name}-{language}.png")
            window.close()
            window.deleteLater()
            app.processEvents()
    runtime.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

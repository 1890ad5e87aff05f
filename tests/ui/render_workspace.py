"""Render what a workspace adds to the window (issue 18) in each theme and language, to PNGs
you look at: Settings ▸ Workspace (a refused Connect), the merge dialog with a conflict, and
the window with the "server unreachable" banner and a letter kept on this computer.

    .venv/bin/python -m tests.ui.render_workspace [--out /tmp/look] [--themes light,dark]
        [--languages en,hi]
"""
from __future__ import annotations

import argparse
import sys

BASE = ("Hi there,\n\nI have built booking dashboards in Power BI for three clinics.\n"
        "I can start on Monday.\n\nBest,\nAnna")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/look")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--languages", default="en,hi")
    args = parser.parse_args(argv)
    from tests.ui.render_look import open_seeded, windows

    app, out, paths = open_seeded(args.out)
    from desktop import runtime
    from desktop.services import proposals
    from tests.helpers.postgres import free_port
    from ui.proposals.merge import FieldChoice, MergeDialog
    from ui.workspace_live import Banner

    draft = proposals.create_draft()
    proposals.save_letter(draft.id, BASE)

    def save(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(out / name))
        print(out / name)

    for window, theme_name, language in windows(app, paths, args.themes, args.languages,
                                                (1200, 780)):
        # Settings ▸ Workspace, after a Connect to a server that is not there
        dialog = window.data_actions.show_settings()
        page = dialog.workspace_page
        dialog.show_page(page.title)
        page.url.setText(f"postgresql://anna@127.0.0.1:{free_port()}/desk")
        page.connect_workspace()
        save(dialog, f"workspace-settings-{theme_name}-{language}.png")
        dialog.close()
        # the merge dialog: the same line changed on both sides, and one field
        theirs = BASE.replace("three clinics", "five clinics").replace("Hi there", "Hi Maria")
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
    runtime.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

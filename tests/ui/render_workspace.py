"""Render what a workspace adds to the window (issue 18) in each theme and language, to PNGs
you look at: Settings ▸ Workspace (a refused Connect), the merge dialog with a conflict (the
letter and a field; the bid's fields only), and the window with the "server unreachable"
banner, a letter kept on this computer and the editor's "Merge fields…" button.

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
    from desktop.app import window_settings
    from desktop.services import proposals
    from tests.helpers.postgres import PostgresServer, ServerUnavailableError, free_port
    from ui.proposals.merge import FieldChoice, MergeDialog
    from ui.workspace_live import Banner

    try:  # a real server for Settings ▸ Workspace after a Connect (skipped if none starts)
        server: PostgresServer | None = PostgresServer().start()
    except ServerUnavailableError as exc:
        print(f"no PostgreSQL server ({exc}): the connected page is not rendered")
        server = None
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
        if server is not None:  # Connect swaps the window onto the workspace at once
            page.url.setText(server.fresh_database())
            page.connect_workspace()
            save(dialog, f"workspace-settings-connected-{theme_name}-{language}.png")
            page.use_local()
            window_settings(paths).remove("workspace/url")
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
        # the bid's merge: fields only, as a stale save of the bid shows it
        from ui.proposals.fields import label, shown

        rows = [("rate", "45.00", "50.00"), ("boost_connects", 4, 8),
                ("answers", [["Why you?", "Five clinics so far."]],
                 [["Why you?", "Three dental clinics, on time."]])]
        fields = MergeDialog(window, fields=[
            FieldChoice(name, label(name), shown(name, theirs_value),
                        shown(name, yours_value))
            for name, theirs_value, yours_value in rows])
        fields.show()
        save(fields, f"workspace-merge-fields-{theme_name}-{language}.png")
        fields.close()
        # the window with the banner, and a letter kept on this computer
        banner = Banner(window)
        window.addToolBar(banner)
        banner.show_status(False, "connection refused")
        window.navigate("proposalsTab", draft.id)
        editor = window.tab("proposalsTab").editor
        editor.letter._show_unsent()
        editor.fields_merge_button.show()
        save(window, f"workspace-offline-{theme_name}-{language}.png")
        # the Profile tab with fields refused by someone else's save, waiting for the merge
        from desktop import outbox
        from desktop.services import profile as profile_service

        window.navigate("profileTab", None)
        profile_tab = window.tab("profileTab")
        version, base = profile_service.field_values(profile_tab.profile_id)
        outbox.keep_edit(paths.data_dir, "profile", profile_tab.profile_id,
                         {"title": "Power BI developer"}, version=version, base=base,
                         conflict=True)
        profile_tab.reload(profile_tab.profile_id)
        from PySide6.QtCore import QEvent

        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the rebuilt lists' old rows
        save(window, f"workspace-profile-merge-{theme_name}-{language}.png")
        outbox.drop_edit(paths.data_dir, "profile", profile_tab.profile_id)
    # a tab that could not be built, its reads finding the server away (ui/main_window.py)
    from ui.main_window import TAB_SPECS

    at = next(i for i, spec in enumerate(TAB_SPECS) if spec[2] == "contractsTab")
    window_settings(paths).setValue("window/tab", 0)  # opens on Profile: Contracts not built
    for window, theme_name, language in windows(app, paths, args.themes, args.languages,
                                                (1200, 780), lazy=True):
        from ui import workspace_live

        # the server known to be away: the idle build waits for it, as in the app
        away = workspace_live.WorkspaceLive(f"postgresql://anna@127.0.0.1:{free_port()}/desk",
                                            paths.data_dir, window)
        away.online = False
        workspace_live._current = away
        banner = Banner(window)
        window.addToolBar(banner)
        banner.show_status(False, "connection refused")
        blocked = window.tabs.blockSignals(True)  # not built: as when its reads failed
        window.tabs.setCurrentIndex(at)
        window.tabs.blockSignals(blocked)
        assert not window.is_built(at)
        window._unreachable(at)
        save(window, f"workspace-tab-unreachable-{theme_name}-{language}.png")
        window.tabs.setCurrentIndex(0)  # remembered as the next window's tab
        workspace_live._current = None
    runtime.close()
    if server is not None:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

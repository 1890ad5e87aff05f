"""Staged start-up of the GUI (qutebrowser's app.py is the model).

paths → logging → QApplication → Qt messages into logging → crash handler →
single instance → database (open, version guard, migrate) → main window with
its remembered layout. The only module outside ui/ that imports Qt.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from desktop import APP_ID, APP_NAME, ORG_NAME, __version__, runtime
from desktop.logs import setup_logging
from desktop.paths import AppPaths

log = logging.getLogger(__name__)
# Set to 1, the GUI prints "shown" after the first event-loop turn with the window up, and
# "ready" once the remembered tab is built after it, then quits: tests/perf times start-up
# this way, the same for `python -m desktop` and the frozen app.
EXIT_WHEN_SHOWN = "FREELANCE_DESK_EXIT_WHEN_SHOWN"
_QT_LOG = logging.getLogger("qt")


def _qt_message_handler(mode, context, message) -> None:
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    where = f" ({context.file}:{context.line})" if context.file else ""
    _QT_LOG.log(level, "%s%s", message, where)


def make_application(argv: list[str] | None = None):
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_ID)
        QCoreApplication.setApplicationVersion(__version__)
        QGuiApplication.setApplicationDisplayName(APP_NAME)
        QGuiApplication.setDesktopFileName(APP_ID)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setStyle("Fusion")  # one look on every OS; the themes' QSS is written for it
        try:
            from resources import path

            app.setWindowIcon(QIcon(str(path("icons", "app.svg"))))
        except FileNotFoundError:
            log.warning("application icon missing")
    qInstallMessageHandler(_qt_message_handler)
    return app


def window_settings(paths: AppPaths):
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.data_dir / "window.ini"), QSettings.Format.IniFormat)


def apply_look(settings, language: str | None = None) -> None:
    """Language (translators, locale) and theme, before any widget is made."""
    from ui import i18n, theme

    i18n.install(language or str(settings.value(i18n.WINDOW_KEY, "system")))
    theme.install(str(settings.value(theme.SETTINGS_KEY, "system")))


def build_window(paths: AppPaths, lazy: bool = False, paint_first: bool = False):
    """The main window; `lazy` builds only the visible tab now and the rest when idle;
    `paint_first` builds even the visible tab only after the window has first painted."""
    from desktop.services import settings as domain_settings
    from ui.bus import DataBus
    from ui.context import AppContext
    from ui.main_window import MainWindow

    settings = window_settings(paths)
    apply_look(settings, domain_settings.get("language"))
    ctx = AppContext(paths=paths, bus=DataBus(), settings=settings)
    window = MainWindow(ctx, lazy=lazy, paint_first=paint_first)
    ctx.bus.setParent(window)
    return window


def run_gui(data_dir: str | Path | None = None, *, database_url: str | None = None) -> int:
    started = time.perf_counter()
    paths = AppPaths.create(data_dir)
    setup_logging(paths.log_file)
    log.info("starting %s %s, data dir %s", APP_NAME, __version__, paths.data_dir)
    app = make_application()

    from ui.crash import CrashHandler
    from ui.single_instance import SingleInstance

    crash = CrashHandler(paths.log_file)
    crash.install()
    from desktop import crashlog

    crash_report = crashlog.enable(paths.logs_dir)  # a hard crash last time left this
    instance = SingleInstance(paths.data_dir)
    if instance.notify_running():
        log.info("already running on %s; asked it to come forward", paths.data_dir)
        print(f"{APP_NAME} is already running with {paths.data_dir}; "
              "its window was brought to the front.")
        return 0
    if not instance.listen():
        log.warning("could not listen for a second instance: %s", instance.error)

    from ui.data_actions import backup_on_exit, open_at_start, show_recovery_notice

    apply_look(window_settings(paths))  # the passphrase prompt comes before the database
    from desktop import workspace
    from desktop.errors import ServiceError

    try:  # --database-url, FREELANCE_DESK_DATABASE_URL, else Settings ▸ Workspace's choice
        url = workspace.url_from(database_url) or \
            workspace.url_from(str(window_settings(paths).value(workspace.SETTING_KEY, "")))
        if url:
            workspace.open_workspace(url, paths.data_dir)
    except ServiceError as exc:
        print(f"freelance-desk: {exc}", file=sys.stderr)
        return 2
    if not url and not open_at_start(paths):  # passphrase; damaged data → the last good backup
        return 2

    recovered = list(runtime.recovery_notes)  # what this start cleaned up, said once shown
    window = build_window(paths, paint_first=True)  # "Opening…", then the tab
    if url:  # live refresh, the unreachable-server banner and the outbox
        from ui.workspace_live import attach

        attach(window, url, paths.data_dir)
    instance.activate_requested.connect(window.bring_to_front)
    window.show()
    show_recovery_notice(window, recovered)
    log.info("window shown after %.0f ms", (time.perf_counter() - started) * 1000)
    window.opened.connect(lambda: log.info(
        "first tab built after %.0f ms", (time.perf_counter() - started) * 1000))
    if crash_report is not None:
        from ui.crash import offer_crash_report

        offer_crash_report(window, crash_report)
    if os.environ.get(EXIT_WHEN_SHOWN) == "1":  # tests/perf: time to the first paint, and
        from PySide6.QtCore import QTimer  # to the first tab built after it

        QTimer.singleShot(0, window, lambda: print("shown", flush=True))
        window.opened.connect(lambda: QTimer.singleShot(
            0, window, lambda: (print("ready", flush=True), app.quit())))
    try:
        return app.exec()
    finally:
        instance.close()
        from ui import tasks

        tasks.drain()  # the worker's last reads and writes, before the backup reads the data
        backup_on_exit(paths)  # rolling, at most daily, verified
        runtime.close()
        crash.uninstall()
        crashlog.disable()


def self_test(data_dir: str | Path | None = None) -> int:
    """Open the database, migrate, render the main window offscreen, load resources."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    try:
        paths = AppPaths.create(data_dir)
        setup_logging(paths.log_file, console=False)
        app = make_application()
        runtime.open_data_dir(paths.data_dir)
        from models import db as dbmod

        version = dbmod.schema_version(dbmod.database.obj)
        problems = dbmod.integrity_problems(dbmod.database.obj)
        if problems:
            raise RuntimeError("integrity check failed: " + "; ".join(problems))
        from PySide6.QtGui import QIcon

        from resources import path

        if QIcon(str(path("icons", "app.svg"))).pixmap(64, 64).isNull():
            raise RuntimeError("bundled icon failed to load")
        from desktop.diagnostics import bundle_report  # keyring backend, SQLCipher

        bundle = bundle_report()
        window = build_window(paths)
        window.resize(1200, 780)
        image = window.grab()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("main window did not render")
        tabs = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
        window.close()
        window.deleteLater()
        app.processEvents()
    except Exception as exc:  # the self-test's boundary: any failure is its verdict (exit 1)
        print(f"SELF-TEST FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        if "ui.tasks" in sys.modules:  # the tabs' reads queued on the database worker (the
            # Payments refresh, Insights) end before the data closes and the process exits: a
            # worker thread still running Python at exit can take the process down (SIGSEGV).
            # While another process writes (a long import), a read may wait out busy_timeout
            # more than once: give them minutes, not the quit path's 10 s
            sys.modules["ui.tasks"].drain(120_000)
        runtime.close()
    elapsed = (time.perf_counter() - started) * 1000
    print(f"OK {APP_NAME} {__version__}: schema {version}, {len(tabs)} tabs rendered, "
          f"data dir {paths.data_dir}, {elapsed:.0f} ms")
    print("\n".join(f"  {line}" for line in bundle))
    return 0

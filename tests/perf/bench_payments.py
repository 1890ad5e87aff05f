"""The Payments tab on a long ledger: balances, the period picker's years and the report
figures over a 100,000-row statement (``--quick``: 10,000), side by side with raw sqlite3
adding up the same rows in one naive GROUP BY on a plain, unencrypted table.

    python -m tests.perf.bench_payments [--quick]

What the tab does on open and on every ledger change: ``balances()``, ``years_with_data()``,
``figures(all time)`` (months, summary, fees, effective rate) and one per-client table.

Then the window itself on that ledger: the Payments tab's refresh (after an import, an undo, on
switching to the tab) and the ledger's filter, search and column sort, with a 1 ms-timer
watchdog on the GUI thread, as bench_jobs' ``_typing_stalls``: the longest gap between its
ticks, less the 1 ms, is the worst stall; beside it, the same watchdog with nothing refreshing
(what the shared machine alone does to a timer).
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.perf.bench_import_lock import (
    child_env,
    cli,
    prepare,
    use_child_keyring,
    write_statement_csv,
)
from tests.perf.common import Result, median_ms

RAW_SUMS = ("SELECT substr(occurred_at, 1, 7), kind, sum(gross_cents), sum(fee_cents), "
            "sum(net_cents), sum(minutes), count(*) FROM money_transaction GROUP BY 1, 2")


def _raw_copy(path: Path) -> sqlite3.Connection:
    """The app's ledger rows in a plain sqlite3 table of the same columns (the reference)."""
    from models.payments import Transaction

    columns = ("occurred_at", "kind", "gross_cents", "fee_cents", "net_cents", "minutes",
               "client_id", "contract_id", "parent_id", "description")
    raw = sqlite3.connect(path)
    raw.execute(f"CREATE TABLE money_transaction ({', '.join(columns)})")
    cursor = Transaction._meta.database.execute_sql(
        f"SELECT {', '.join(columns)} FROM money_transaction")
    raw.executemany(f"INSERT INTO money_transaction VALUES ({', '.join('?' * len(columns))})",
                    cursor.fetchall())
    raw.commit()
    return raw


def _refresh_stalls(paths, rows: int, runs: int = 3) -> list[Result]:
    """The longest GUI-thread stall while the Payments tab refreshes, worst of ``runs``
    refreshes on the Reports page (the figures are read too) and on the Ledger page (its first
    page of rows is shown), and the same watchdog idle as long."""
    import time

    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_window

    app = QApplication.instance() or QApplication([])
    window = build_window(paths, lazy=True)
    window.resize(1280, 800)
    window.show()
    window.navigate("paymentsTab")
    tab = window.tab("paymentsTab")

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def busy() -> bool:  # the tab's refresh off the GUI thread (a synchronous one: never)
        return bool(getattr(tab, "busy", lambda: False)())

    def until_idle() -> None:
        settle(20)
        while busy():
            settle(20)

    settle(1500)
    while not all(window.is_built(i) for i in range(window.tabs.count())):
        settle(100)
    tab.pages.setCurrentIndex(1)  # Reports: a refresh reads the figures too
    until_idle()
    settle(500)
    clock = QElapsedTimer()
    gaps: list[int] = []
    busy_ns: list[int] = []  # the GUI thread's own CPU time in each gap
    last = [0, 0]

    def tick() -> None:
        now, cpu = clock.nsecsElapsed(), time.thread_time_ns()
        gaps.append(now - last[0])
        busy_ns.append(cpu - last[1])
        last[0], last[1] = now, cpu

    watchdog = QTimer()
    watchdog.setTimerType(Qt.TimerType.PreciseTimer)
    watchdog.setInterval(1)
    watchdog.timeout.connect(tick)

    def watched(act) -> tuple[float, int, int, float]:
        """(worst stall ms, ticks, ticks over 16 ms, the most CPU the GUI thread spent in one
        gap, ms: the stall less what other processes and threads took from it)"""
        gaps.clear()
        busy_ns.clear()
        clock.start()
        last[0], last[1] = 0, time.thread_time_ns()
        watchdog.start()
        act()
        watchdog.stop()
        late = [g / 1e6 - 1 for g in gaps[1:]] or [0.0]
        return max(late), len(gaps), sum(1 for g in late if g > 16), \
            max(busy_ns[1:] or [0]) / 1e6

    def refreshing() -> None:
        QTimer.singleShot(5, tab.refresh)
        settle(10)
        until_idle()
        settle(50)

    results: list[Result] = []
    seconds = 0.0
    for page, name in ((1, "Reports"), (0, "Ledger")):
        tab.pages.setCurrentIndex(page)
        until_idle()
        settle(300)
        worst, ticks, over, spent, cpu = 0.0, 0, 0, 0.0, 0.0
        for _ in range(runs):
            began = time.perf_counter()
            stall, n, late, most = watched(refreshing)
            spent += time.perf_counter() - began
            worst, ticks, over, cpu = max(worst, stall), ticks + n, over + late, max(cpu, most)
        seconds += spent
        results.append(Result(
            f"payments: tab refresh ({name}), longest GUI-thread stall", worst, "ms",
            "≤ 16 ms", runs, note=f"{rows:,}-row ledger; {runs} refreshes in {spent:.1f} s; "
                                 f"{ticks:,} ticks, {over} over 16 ms; most GUI-thread CPU "
                                 f"in one gap {cpu:.1f} ms"))
    # The ledger's own changes on the Ledger page: a filter, a search typed (its 250 ms pause
    # included), a column sort, and switching to the tab (pending rows move forward).
    def waited(act) -> None:
        QTimer.singleShot(5, act)
        settle(10)
        until_idle()
        settle(50)

    fees = tab.type_combo.findText("Fees")
    steps = (
        ("ledger filter", lambda: (waited(lambda: tab.type_combo.setCurrentIndex(fees)),
                                   waited(lambda: tab.type_combo.setCurrentIndex(0)))),
        ("ledger search", lambda: (tab.search.setText("Client 7"), settle(300), until_idle(),
                                   settle(50), tab.search.setText(""), settle(300),
                                   until_idle(), settle(50))),
        ("ledger column sort", lambda: (
            waited(lambda: tab.ledger.sortByColumn(9, Qt.SortOrder.AscendingOrder)),
            waited(lambda: tab.ledger.sortByColumn(0, Qt.SortOrder.DescendingOrder)))),
        ("switching to the tab", lambda: waited(tab.activated)),
    )
    tab.pages.setCurrentIndex(0)
    until_idle()
    for name, act in steps:
        worst, ticks, over, spent, cpu = 0.0, 0, 0, 0.0, 0.0
        for _ in range(runs):
            began = time.perf_counter()
            stall, n, late, most = watched(act)
            spent += time.perf_counter() - began
            worst, ticks, over, cpu = max(worst, stall), ticks + n, over + late, max(cpu, most)
        seconds += spent
        results.append(Result(
            f"payments: {name}, longest GUI-thread stall", worst, "ms", "≤ 16 ms", runs,
            note=f"{rows:,}-row ledger; {runs} rounds in {spent:.1f} s; {ticks:,} ticks, "
                 f"{over} over 16 ms; most GUI-thread CPU in one gap {cpu:.1f} ms"))
    idle, idle_ticks, idle_over, idle_cpu = watched(lambda: settle(round(seconds * 1000)))
    window.close()
    window.deleteLater()
    app.processEvents()
    return [*results,
            Result("same window, not refreshing (the machine's own): longest stall", idle,
                   "ms", "", note=f"{seconds:.1f} s; {idle_ticks:,} ticks, {idle_over} over "
                                  f"16 ms; most GUI-thread CPU in one gap {idle_cpu:.1f} ms")]


def run(quick: bool) -> list[Result]:
    from desktop import runtime
    from desktop.services import payments, reports

    rows = 10_000 if quick else 100_000
    runs = 5
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = child_env(tmp / "xdg")
        previous = use_child_keyring(tmp / "xdg")
        try:
            prepare(tmp / "data")
            runtime.close()
            source = write_statement_csv(tmp / "statement.csv", rows)
            done = cli(env, tmp / "data", "import", "transactions", str(source),
                       stdin=subprocess.DEVNULL)
            _, err = done.communicate()
            if done.returncode:
                raise RuntimeError(f"statement import failed: {err[-300:]}")
            paths = runtime.open_data_dir(tmp / "data")
            try:
                everything = reports.Period()
                raw = _raw_copy(tmp / "raw.sqlite3")
                reference = median_ms(lambda: raw.execute(RAW_SUMS).fetchall(), runs)
                figures = median_ms(lambda: reports.figures(everything), runs)
                by_client = median_ms(lambda: reports.by_client(everything), runs)
                balances = median_ms(reports.balances, runs)
                years = median_ms(reports.years_with_data, runs)
                # what the recording dialogs work from (read in the same refresh, issue 18)
                entry = median_ms(payments.entry_context, runs)
                raw.close()
                stalls = _refresh_stalls(paths, rows)
                exports = _exports(tmp)
            finally:
                runtime.close()
        finally:
            import keyring

            keyring.set_keyring(previous)
    note = f"{rows:,}-row ledger; raw sqlite3 GROUP BY month, kind: {reference:.1f} ms"
    return [
        Result("payments: report figures, all time", figures, "ms", "", runs, note),
        Result("payments: report figures vs raw sqlite3", figures / reference, "x", "<= 2x",
               runs, note),
        Result("payments: by client, all time", by_client, "ms", "", runs, note),
        Result("payments: balances", balances, "ms", "< 50 ms", runs, note),
        Result("payments: years in the period picker", years, "ms", "< 50 ms", runs, note),
        Result("payments: the dialogs' figures (entry_context)", entry, "ms", "", runs, note),
        Result("payments: tab refresh (all five)",
               figures + by_client + balances + years + entry, "ms", "", runs, note),
        *stalls,
        *exports,
    ]


def _exports(tmp: Path) -> list[Result]:
    """What File ▸ Export writes on the GUI thread today: the whole ledger as CSV, the all-time
    report as CSV, and the all-time earnings statement as PDF (one each: they write files)."""
    import time

    from desktop.services import reports, reports_export
    from desktop.services.payments import LedgerFilter
    from ui.payments.pdf import write_statement_pdf

    def timed(act) -> float:
        began = time.perf_counter()
        act()
        return (time.perf_counter() - began) * 1000

    everything = reports.Period()
    return [
        Result("payments: export ledger CSV, all rows", timed(lambda: reports_export.export_ledger(
            tmp / "ledger.csv", LedgerFilter())), "ms", "", 1),
        Result("payments: export report CSV, by client, all time", timed(
            lambda: reports_export.export_report(tmp / "report.csv", "client", everything)),
            "ms", "", 1),
        Result("payments: export earnings statement PDF, all time", timed(
            lambda: write_statement_pdf(tmp / "statement.pdf", everything)), "ms", "", 1),
    ]


if __name__ == "__main__":
    for result in run(quick="--quick" in sys.argv):
        print(f"{result.name:<45} {result.value:>10.1f} {result.unit:<3} {result.target}"
              f"  ({result.note})")

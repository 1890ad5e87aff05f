"""The Jobs tab with pytest-qt, on real imported postings: lazy model, search as you type,
filters, detail and fit, paste, import with the mapping step, form, feeds, saved searches,
undo, Draft proposal, and the layout at 1200x780 and 1000x700."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.services import jobs
from desktop.services import profile as profile_service
from models.jobs import Job
from ui import theme
from ui.jobs.model import JobTableModel, SearchRequest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "jobs"


@pytest.fixture
def window(main_window):
    return main_window


@pytest.fixture
def tab(window, qtbot):
    window.show()
    window.navigate("jobsTab")
    page = window.tab("jobsTab")
    qtbot.waitExposed(page)
    return page


def search(tab, qtbot, text: str) -> None:
    """Type into the search box and wait for the (background) result of these words: a search
    already running when the text changes (the library's first load) may finish first, and its
    result is shown until the typed one arrives."""
    with qtbot.waitSignal(tab.searcher.results, timeout=10_000,
                          check_params_cb=lambda request, _found: request.query == text):
        tab.search_box.setText(text)


def refreshed(tab, qtbot, action) -> None:
    with qtbot.waitSignal(tab.searcher.results, timeout=10_000):
        action()


@pytest.fixture
def real_library(data_dir, shared_data):
    general = profile_service.general_profile()
    profile_service.update(general.id, hourly_rate="45")
    profile_service.set_skills(general.id, ["Power BI", "DAX", "SQL", "Excel"])
    jobs.import_files([shared_data / "jobs" / "lougse_powerbi_rss_extracted_jobs.csv",
                       shared_data / "jobs" / "raoina_combined_preprocessed.csv"])
    return Job.select().count()


def test_model_passes_the_tester_and_pages_lazily(real_library, qtmodeltester):
    model = JobTableModel()
    request = SearchRequest("", jobs.JobFilters(), "newest")
    model.set_result(request, request.run(100))
    assert model.rowCount() == 100 and model.total == real_library > 3000
    assert model.canFetchMore()
    qtmodeltester.check(model)  # (the tester itself fetches more)
    shown = model.rowCount()
    model.fetchMore()
    assert model.rowCount() == shown + 100
    assert len(set(model.ids())) == shown + 100
    qtmodeltester.check(model)
    assert model.data(model.index(0, JobTableModel.TITLE))
    model.set_result(request, jobs.SearchResult([], 0))
    qtmodeltester.check(model)


def test_empty_library_says_what_to_do(tab, qtbot):

    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty)
    assert "Ctrl+Shift+V" in tab.empty.message.text()
    buttons = {b.text() for b in tab.empty.findChildren(QPushButton)}
    assert buttons == {"Paste Job Posting…", "Import Jobs…", "Job Feeds…", "Add Job by Hand…"}


def test_search_as_you_type_with_filters_and_detail(real_library, tab, qtbot):
    search(tab, qtbot, "power bi dashboard")
    assert tab.stack.currentWidget() is tab.library_page
    total = tab.model.total
    assert 100 < total < real_library
    assert "matching “power bi dashboard”" in tab.count_label.text()
    # the first job is selected and shown (drawn just after the table), with its fit for the
    # general profile
    assert tab.detail.job is not None and tab.detail.job.id == tab.current_job_id()
    qtbot.waitUntil(lambda: tab.detail.shown_id == tab.current_job_id())
    assert tab.detail.isVisible()
    assert tab.detail.fit_title.text().startswith("Fit ")
    assert "General profile" in tab.detail.fit_title.text()
    assert tab.detail.title.text()
    with qtbot.waitSignal(tab.searcher.results, timeout=10_000):
        tab.filter_panel.types.boxes["fixed"].setChecked(True)
    fixed = tab.model.total
    assert 0 < fixed < total
    assert tab.filters_button.text() == "Filters (1)"
    assert all(Job.get_by_id(i).job_type == "fixed" for i in tab.model.ids()[:50])
    with qtbot.waitSignal(tab.searcher.results, timeout=10_000):
        tab.filter_panel.min_budget.setValue(500)
    assert all(Job.get_by_id(i).budget >= Decimal(500) for i in tab.model.ids()[:50])
    search(tab, qtbot, "zzqqxx nothing like this")
    assert tab.no_results.isVisible() and not tab.table.isVisible()
    refreshed(tab, qtbot, lambda: qtbot.mouseClick(
        tab.no_results.findChild(type(tab.saved.save_button), "clearSearchButton"),
        Qt.MouseButton.LeftButton))
    assert tab.count_label.text().startswith("more than 100 jobs")  # then counted
    qtbot.waitUntil(lambda: tab.model.total == real_library)
    assert tab.count_label.text().startswith(f"{real_library:,} jobs")
    assert tab.search_box.text() == ""


def test_a_newer_query_supersedes_an_older_one(real_library, tab, qtbot):
    delivered = []
    tab.searcher.results.connect(lambda request, _result: delivered.append(request.query))
    with qtbot.waitSignal(tab.searcher.results, timeout=10_000) as blocker:
        for text in ("p", "po", "pow", "powe", "power", "power b", "power bi"):
            tab.search_box.setText(text)
            tab.run_search()  # no debounce: every keystroke is submitted
    assert blocker.args[0].query == "power bi"
    # Every search has finished and every queued result has reached the GUI thread: the six
    # stale ones were dropped, not shown after the newest.
    assert tab.searcher.pool.waitForDone(10_000)
    QCoreApplication.sendPostedEvents()
    assert delivered == ["power bi"]
    assert tab.model.request.query == "power bi"


def test_hide_save_and_undo(real_library, tab, qtbot):
    search(tab, qtbot, "dashboard")
    job_id = tab.current_job_id()
    before = tab.model.total
    refreshed(tab, qtbot, lambda: qtbot.mouseClick(tab.detail.hide_button,
                                                   Qt.MouseButton.LeftButton))
    assert Job.get_by_id(job_id).status == "hidden"
    assert job_id not in tab.model.ids() and tab.model.total == before - 1
    refreshed(tab, qtbot, tab.undo_stack.undo)
    assert Job.get_by_id(job_id).status == "new" and tab.model.total == before
    tab.show_item(job_id)
    qtbot.waitUntil(lambda: tab.current_job_id() == job_id, timeout=10_000)
    qtbot.mouseClick(tab.detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.detail.save_button.text() == "Saved ✓")
    assert Job.get_by_id(job_id).status == "saved"


def test_star_a_job_and_ctrl_z_unstars_it(real_library, tab, window, qtbot):
    """Starring is a step in Edit ▸ Undo, named in the menu, undone by Ctrl+Z and redone."""
    search(tab, qtbot, "dashboard")
    job_id = tab.current_job_id()
    refreshed(tab, qtbot, tab.detail.star_action.trigger)
    assert Job.get_by_id(job_id).starred
    undo = next(a for a in window.menus["Edit"].actions() if a.objectName() == "undoAction")
    assert undo.text() == "&Undo Star job"
    window.activateWindow()
    qtbot.waitActive(window)
    tab.table.setFocus()
    refreshed(tab, qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key.Key_Z,
                                                 Qt.KeyboardModifier.ControlModifier))
    assert not Job.get_by_id(job_id).starred
    qtbot.waitUntil(lambda: not tab.detail.star_action.isChecked())  # drawn after the table
    refreshed(tab, qtbot, tab.undo_stack.redo)
    assert Job.get_by_id(job_id).starred
    qtbot.waitUntil(tab.detail.star_action.isChecked)


def test_the_table_shows_each_jobs_own_texts_fitted_and_a_change_at_once(real_library, tab,
                                                                          qtbot):
    """The cells' texts, tooltips and colours are made once per row (the first page's on the
    search thread): each is what its column says of that job, on pages read while scrolling
    too; a changed job shows its change; the columns fit the cells in view."""
    from ui import labels

    search(tab, qtbot, "dashboard")
    model = tab.model
    model.fetchMore()  # a page read on the GUI thread as the table scrolls
    assert model.rowCount() > JobTableModel.PAGE
    for row in range(model.rowCount()):
        item = model.row(row)
        for number, column in enumerate(model.columns):
            index = model.index(row, number)
            assert model.data(index) == column.display(item)
            assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == column.display(item)
            assert model.data(index, Qt.ItemDataRole.ToolTipRole) == (
                column.tooltip(item) if column.tooltip is not None else None)
            tone = column.tone(item) if column.tone is not None else None
            brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
            assert (brush.color().name() if brush else None) == (
                theme.color(tone).name() if tone else None)
    header = tab.table.horizontalHeader()

    def fitted() -> bool:  # every cell in view fits its user-sized column (up to 160 px)
        grid = 1 if tab.table.showGrid() else 0
        rows = range(max(0, tab.table.rowAt(0)), model.rowCount())
        return all(
            min(tab.table.sizeHintForIndex(model.index(r, c)).width() + grid, 160)
            <= tab.table.columnWidth(c)
            for c in range(model.columnCount()) for r in rows
            if not header.isSectionHidden(c)
            and header.sectionResizeMode(c) == header.ResizeMode.Interactive
            and tab.table.visualRect(model.index(r, c)).intersects(tab.table.viewport().rect()))

    qtbot.waitUntil(fitted)
    job_id = tab.current_job_id()
    refreshed(tab, qtbot, lambda: tab.set_status([job_id], "saved"))
    row = model.row_of(job_id)
    assert model.data(model.index(row, JobTableModel.STATUS)) == \
        labels.label(labels.JOB_STATUS, "saved")


def test_notes_are_saved_as_you_type(real_library, tab, qtbot):
    search(tab, qtbot, "dashboard")
    job_id = tab.current_job_id()
    tab.detail.notes.setPlainText("Ask which Power BI licence they have")
    qtbot.waitUntil(lambda: Job.get_by_id(job_id).notes.startswith("Ask which"), timeout=3000)


def test_draft_proposal_opens_the_proposals_tab(real_library, tab, window, qtbot):
    from models.proposals import Proposal

    search(tab, qtbot, "power bi")
    job_id = tab.current_job_id()
    qtbot.mouseClick(tab.detail.draft_button, Qt.MouseButton.LeftButton)
    proposal = Proposal.get(Proposal.job == job_id)
    assert proposal.status == "draft"
    assert window.tabs.currentWidget() is window.tab("proposalsTab")


def test_paste_shows_what_was_understood_and_adds_the_postings(data_dir, tab, window, qtbot):
    text = (FIXTURES / "search_cards.txt").read_text(encoding="utf-8")
    QGuiApplication.clipboard().setText(text)
    window.activateWindow()
    qtbot.waitActive(window)
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(d.objectName() == "pasteJobsDialog" and d.isVisible()
                                for d in tab._dialogs))
    paste = next(d for d in tab._dialogs if d.objectName() == "pasteJobsDialog")
    count = len(paste.records)
    assert count >= 3
    assert paste.add_button.text() == f"Add {count} jobs"
    assert "Shopify theme speed fixes" in paste.preview.toPlainText()
    assert "Expert" in paste.preview.toPlainText()
    refreshed(tab, qtbot, paste.add_button.click)
    assert Job.select().count() == count
    assert tab.stack.currentWidget() is tab.library_page
    assert Job.select().where(Job.source == "paste").count() == count


def test_import_dialog_asks_for_the_columns_when_it_cannot_guess_them(data_dir, tab, qtbot):
    dialog = tab.open_import_dialog([str(FIXTURES / "custom_columns.csv")])
    assert not dialog.import_button.isEnabled()
    mapping = next(d for d in dialog.findChildren(type(dialog).__bases__[0])
                   if d.objectName() == "columnMappingDialog")
    combos = mapping.combos
    # the preview reads the file as the import will (this one is Windows-1252)
    preview = {mapping.table.item(r, 0).text(): mapping.table.item(r, 1).text()
               for r in range(mapping.table.rowCount())}
    assert preview["Job Headline"] == "Café menu redesign"
    combos["Job Headline"].setCurrentIndex(combos["Job Headline"].findData("title"))
    combos["Notes"].setCurrentIndex(combos["Notes"].findData("description"))
    combos["Link"].setCurrentIndex(combos["Link"].findData("url"))
    mapping._accept()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(tab.searcher.results, timeout=10_000):
        dialog.import_button.click()
        qtbot.waitUntil(lambda: hasattr(tab, "last_summary_dialog"), timeout=10_000)
    summary = tab.last_summary_dialog
    assert "2 added" in summary.findChild(type(tab.count_label), "summaryHeadline").text()
    assert {j.title for j in Job.select()} == {"Café menu redesign", "Translate a price list"}


def test_bad_rows_are_asked_about_before_anything_goes_in_and_a_bad_file_changes_nothing(
        data_dir, tab, qtbot, tmp_path):
    dialog = tab.open_import_dialog([str(FIXTURES / "library_bad_row.csv")])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: getattr(tab, "bad_rows_question", None) is not None, timeout=10_000)
    question = tab.bad_rows_question
    assert question.text().startswith("1 row cannot be read (first: library_bad_row.csv, row 4, "
                                      "Hourly rate to: hourly range is upside down")
    assert "Import the other 2 rows?" in question.text()
    assert Job.select().count() == 0  # nothing until the user says so
    question.findChild(QPushButton, "importGoodRowsButton").click()
    qtbot.waitUntil(lambda: hasattr(tab, "last_summary_dialog"), timeout=10_000)
    assert Job.select().count() == 2
    rejected = tab.last_summary_dialog.findChild(type(tab.detail.notes), "rejectedRows")
    assert "row 4, Hourly rate to: hourly range is upside down" in rejected.toPlainText()
    bad = tmp_path / "sheet.csv"
    bad.write_bytes(b"PK\x03\x04")
    dialog = tab.open_import_dialog([str(FIXTURES / "jobs_export.csv"), str(bad)])
    assert not dialog.import_button.isEnabled()
    assert "Excel" in dialog.error.text()
    assert Job.select().count() == 2


def test_manual_form_adds_and_edits_with_undo(data_dir, tab, qtbot):
    form = tab.open_job_form(None)
    form.save()
    assert "Title" in form.error.text()
    form.title.setText("Tune a slow Postgres query")
    form.rate_low.setText("60")
    form.rate_high.setText("40")
    form.save()
    assert "lower rate" in form.error.text()
    form.rate_high.setText("90")
    form.skills.setText("PostgreSQL, SQL")
    refreshed(tab, qtbot, form.save)
    job = Job.get()
    assert (job.job_type, job.hourly_max, job.source) == ("hourly", Decimal("90.00"), "manual")
    qtbot.waitUntil(lambda: tab.current_job_id() == job.id, timeout=10_000)
    edit = tab.open_job_form(job.id)
    edit.title.setText("Tune two slow Postgres queries")
    edit.save()
    assert Job.get_by_id(job.id).title == "Tune two slow Postgres queries"
    tab.undo_stack.undo()
    assert Job.get_by_id(job.id).title == "Tune a slow Postgres query"
    tab.undo_stack.undo()  # the job added by hand goes, and comes back as it was
    assert Job.select().count() == 0
    tab.undo_stack.redo()
    assert Job.get_by_id(job.id).title == "Tune a slow Postgres query"


def test_saved_search_remembers_words_and_filters(real_library, tab, qtbot):
    search(tab, qtbot, "power bi")
    with qtbot.waitSignal(tab.searcher.results, timeout=10_000):
        tab.filter_panel.verified.setChecked(True)
    expected = jobs.count("power bi", tab.filter_panel.filters())
    qtbot.waitUntil(lambda: tab.model.total == expected)
    dialog = tab.ask_save_search()
    dialog.name.setText("Power BI, verified")
    dialog._save()
    assert [s.name for s in jobs.saved_searches()] == ["Power BI, verified"]
    tab.undo_stack.undo()
    assert jobs.saved_searches() == []
    tab.undo_stack.redo()
    assert [s.name for s in jobs.saved_searches()] == ["Power BI, verified"]
    qtbot.waitUntil(lambda: tab.saved.list.count() == 1)
    refreshed(tab, qtbot, tab.clear_search)
    qtbot.waitUntil(lambda: tab.model.total == real_library)  # counted after the first page
    item = tab.saved.list.item(0)
    search_id = item.data(Qt.ItemDataRole.UserRole)
    refreshed(tab, qtbot, lambda: tab.saved.list.itemClicked.emit(item))
    assert tab.search_box.text() == "power bi"
    assert tab.filter_panel.verified.isChecked()
    qtbot.waitUntil(lambda: tab.model.total == expected)
    tab.delete_saved_search(search_id)
    assert jobs.saved_searches() == []
    tab.undo_stack.undo()
    assert len(jobs.saved_searches()) == 1


def test_feeds_dialog_adds_and_removes_with_undo(data_dir, tab, qtbot):
    dialog = tab.open_feeds()
    dialog.url.setText("not an address")
    dialog.add()
    assert "https://" in dialog.error.text()
    dialog.url.setText("https://example.com/jobs.rss")
    dialog.add()
    assert dialog.table.rowCount() == 1
    dialog.url.setText("https://example.com/jobs.rss")
    dialog.add()  # refused: said above the list, no step on the undo stack
    assert dialog.error.isVisible() and tab.undo_stack.count() == 1
    dialog.table.setCurrentCell(0, 1)
    dialog.remove()
    assert dialog.table.rowCount() == 0
    tab.undo_stack.undo()
    dialog.reload()
    assert dialog.table.rowCount() == 1


def test_shortcut_focuses_the_search_box_and_actions_are_in_the_menus(tab, window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search_box.hasFocus()
    names = {a.objectName() for a in window.menus["File"].actions()}
    assert {"importJobsAction", "refreshFeedsAction"} <= names
    shortcuts = dict(window.shortcut_list())
    assert shortcuts["Paste Job Posting…"] == "Ctrl+Shift+V"


@pytest.mark.parametrize("size", [(1440, 900), (1280, 800), (1024, 700)])
def test_layout_fits_the_window(real_library, tab, window, qtbot, size):
    window.resize(*size)
    search(tab, qtbot, "power bi dashboard")
    qtbot.waitUntil(lambda: tab.detail.isVisible())
    # nothing important is pushed out of sight: the detail's body fits its viewport (once the
    # splitter and the table's columns have settled after the result)
    qtbot.waitUntil(lambda: tab.detail.body.width() <= tab.detail.viewport().width(),
                    timeout=3000)
    # the filters fold away until there is room for them beside a readable table
    assert tab.filters_button.isChecked() == (size[0] >= 1360)
    # a title column with room to read a title: counted in characters of the first title in
    # the table's own font, so the promise holds whatever font the system gives (Noto, DejaVu…)
    title = tab.model.data(tab.model.index(0, JobTableModel.TITLE)).lstrip("★ ")
    per_character = tab.table.fontMetrics().horizontalAdvance(title) / len(title)
    readable = tab.table.columnWidth(JobTableModel.TITLE) / per_character
    assert readable >= (40 if size[0] >= 1280 else 30), readable
    header = tab.table.horizontalHeader()
    for column in range(tab.model.columnCount()):  # no header is clipped ("udget / rate")
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
    # the toolbar's buttons get the room their text and menu arrow need, inside the window
    for name in ("jobSortCombo", "pasteJobButton", "importJobsButton", "jobsMoreButton"):
        widget = tab.findChild(QWidget, name)
        assert widget.width() >= widget.sizeHint().width(), name
    add = tab.more_button
    assert add.mapTo(window, QPoint(add.width(), 0)).x() <= window.width() - 4
    window.grab().save(f"/tmp/jobs_{size[0]}x{size[1]}.png")


def test_elided_cells_show_their_full_text_and_the_filters_choice_is_remembered(
        real_library, data_dir, tab, window, qtbot):
    from desktop.app import build_window
    from ui.widgets.tables import is_elided, tooltip_for

    window.resize(1024, 700)
    search(tab, qtbot, "power bi dashboard")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    title = next(tab.model.index(r, JobTableModel.TITLE) for r in range(tab.model.rowCount())
                 if is_elided(tab.table, tab.model.index(r, JobTableModel.TITLE)))
    assert tooltip_for(tab.table, title) == tab.model.data(title).lstrip("★ ")
    tab.table.setColumnWidth(JobTableModel.POSTED, 30)
    posted = tab.model.index(0, JobTableModel.POSTED)
    assert is_elided(tab.table, posted) and tooltip_for(tab.table, posted)
    tab.filters_button.click()  # the user opens the filters on a small window: remembered
    assert tab.filters_button.isChecked()
    window.close()
    again = build_window(data_dir)
    qtbot.addWidget(again)
    again.resize(1024, 700)
    again.show()
    assert again.tab("jobsTab").filters_button.isChecked()


def test_the_chosen_sort_survives_a_restart(data_dir, tab, window, qtbot):
    """The combo and the table agree: a header click names its column in the combo, and the
    sort the user left is the one the next start shows (restoring the header's widths used
    to re-sort by Title under a combo still saying Relevance)."""
    refreshed(tab, qtbot, lambda: jobs.import_files([FIXTURES / "jobs_export.csv",
                                                     FIXTURES / "jobs.json"], skip_bad=True))
    header = tab.table.horizontalHeader()
    refreshed(tab, qtbot, lambda: header.setSortIndicator(JobTableModel.TITLE,
                                                          Qt.SortOrder.AscendingOrder))
    titles = [tab.model.row(r).job.title for r in range(tab.model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    assert tab.sort_combo.currentText() == "Sort: Title" and header.isSortIndicatorShown()

    newest = tab.sort_combo.findData("newest")
    refreshed(tab, qtbot, lambda: tab.sort_combo.setCurrentIndex(newest))
    assert not header.isSortIndicatorShown()
    assert tab.sort_combo.findData("title") == -1  # the column's entry went with its sort
    shown = tab.model.ids()
    window.save_layout()
    window.close()

    from desktop.app import build_window

    again = build_window(data_dir)
    qtbot.addWidget(again)
    again.show()
    page = again.tab("jobsTab")
    qtbot.waitUntil(lambda: page.model.ids() == shown, timeout=10_000)
    assert page.request().sort == "newest" and page.model.request.sort == "newest"
    assert page.sort_combo.currentData() == "newest"
    assert not page.table.horizontalHeader().isSortIndicatorShown()
    again.close()


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_a_workspace_that_counts_only_some_matches_says_more_than_and_scrolls_to_all(
        backend, data_dir, main_window, qtbot, monkeypatch):
    """A big workspace ranks and counts only its newest matches (search_pg.RANKED, made 10
    here): with a first page of 100 and more after it, the count says "more than 100 jobs",
    never a number that is not true, and scrolling still reaches every match."""
    from desktop.io.jobs import JobRecord
    from desktop.services import search_pg

    jobs.store_records([
        JobRecord(title=f"Python developer {n}" if n % 3 else f"Posting {n}",
                  ext_id=f"~01c{n:017x}", source="csv", description="A short task.",
                  job_type="hourly") for n in range(360)], name="many")
    monkeypatch.setattr(search_pg, "RANKED", 10)
    monkeypatch.setattr(search_pg, "_FIRST_WINDOW", 12)
    main_window.show()
    main_window.navigate("jobsTab")
    page = main_window.tab("jobsTab")
    page.search_box.setText("python ")
    qtbot.waitUntil(lambda: "python" in page.count_label.text(), timeout=10_000)
    assert page.count_label.text().startswith("more than 100 jobs matching “python”")
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 240
    assert page.model.total == 240  # the last, short page made it exact


def test_a_big_librarys_result_shows_its_first_page_then_the_exact_count(
        data_dir, main_window, qtbot, monkeypatch):
    """On a library with more matches than it ranks (query.RANKED, made 100 here) the first
    page is shown with a floor that is true ("more than 100 jobs"); the worker then counts,
    and the line says the number and scrolling reaches every match."""
    from desktop.io.jobs import JobRecord
    from desktop.services.jobs import query

    jobs.store_records([
        JobRecord(title=f"Python developer {n}" if n % 4 else f"Posting {n}",
                  ext_id=f"~01d{n:017x}", source="csv", description="A short task.",
                  job_type="hourly") for n in range(200)], name="many")
    monkeypatch.setattr(query, "RANKED", 100)
    main_window.show()
    main_window.navigate("jobsTab")
    page = main_window.tab("jobsTab")
    shown: list[str] = []
    page.searcher.results.connect(
        lambda request, _found: shown.append(page.count_label.text()))
    with qtbot.waitSignal(page.searcher.counted, timeout=10_000,
                          check_params_cb=lambda request, total: request.query == "python "):
        page.search_box.setText("python ")
    assert shown[-1].startswith("more than 100 jobs matching “python”")
    assert page.count_label.text().startswith("150 jobs matching “python”")
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == page.model.total == 150
    # a newer search's result is not given an older search's count
    with qtbot.waitSignal(page.searcher.results, timeout=10_000,
                          check_params_cb=lambda request, _found: request.query == "posting "):
        page.search_box.setText("posting ")
    assert page.count_label.text().startswith("50 jobs matching “posting”")

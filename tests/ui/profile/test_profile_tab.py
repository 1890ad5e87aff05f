"""The Profile tab through its widgets: edit, autosave, limits, checklist, profiles, undo,
export — against a real database in a temp data dir."""
from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from desktop import clock, runtime
from desktop.app import build_window
from desktop.services import profile as service
from tests.unit.profile.sample import fill_profile, make_portrait


def profile_tab(window):
    window.navigate("profileTab")
    return window.tab("profileTab")


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_fill_in_through_the_widgets_restart_and_see_it_back(qtbot, main_window, data_dir,
                                                              tmp_path):
    tab = profile_tab(main_window)
    type_into(qtbot, tab.basics.name_edit, "Ana Sousa")
    type_into(qtbot, tab.basics.title_edit, "Shopify developer for coffee brands")
    type_into(qtbot, tab.basics.rate_edit, "65")
    qtbot.waitUntil(lambda: service.general_profile().title != "", timeout=3000)  # autosave
    qtbot.mouseClick(tab.basics.category_checks["Web Development"], Qt.MouseButton.LeftButton)
    tab.overview.editor.setPlainText("I build fast Shopify stores. Message me today.")
    tab.skills.input.setText("Django")
    qtbot.keyClick(tab.skills.input, Qt.Key.Key_Return)
    assert tab.set_photo(make_portrait(tmp_path / "me.png"))
    dialog = tab.add_entry("certification")
    dialog.set_values({"name": "AWS Developer", "issuer": "Amazon"})
    dialog.try_accept()
    assert tab.lists["certification"].list.count() == 1
    assert tab.can_close()  # flushes the overview typed a moment ago

    main_window.close()
    runtime.close()
    runtime.open_data_dir(data_dir.data_dir)
    window = build_window(data_dir)
    qtbot.addWidget(window)
    tab = profile_tab(window)
    assert tab.basics.name_edit.text() == "Ana Sousa"
    assert tab.basics.title_edit.text() == "Shopify developer for coffee brands"
    assert tab.basics.rate_edit.text() == "65.00"
    assert tab.basics.categories() == ["Web Development"]
    assert tab.overview.text() == "I build fast Shopify stores. Message me today."
    assert tab.skills.skills() == ["Django"]
    assert tab.basics.photo.has_photo()
    assert "AWS Developer" in tab.lists["certification"].list.item(0).text()


def test_limits_are_enforced_and_refused_values_are_never_silently_lost(qtbot, main_window):
    tab = profile_tab(main_window)
    tab.ask = lambda title, text: True  # a failed assert must not leave a modal at teardown
    type_into(qtbot, tab.basics.title_edit, "x" * 80)
    assert len(tab.basics.title_edit.text()) == 70
    assert tab.basics.title_counter.text() == "70 / 70"
    type_into(qtbot, tab.basics.rate_edit, "2")
    tab.overview.editor.setPlainText("y" * 5001)
    assert not tab.flush()
    assert tab.basics.errors["hourly_rate"].text() == \
        "Hourly rate: at least $3.00/h, got $2.00"
    assert tab.overview.error.text() == "Overview: at most 5,000 characters allowed, got 5,001"
    tab.overview.editor.setPlainText("Fast Shopify stores. " * 20)  # 420 characters
    preview = tab.overview.preview.text()  # what clients see before "more"
    assert preview.count("Fast Shopify stores.") == 11 and preview.endswith("more</span>")
    tab.overview.editor.setPlainText("y" * 5001)
    assert tab.save_status.text().startswith("⚠ Not saved")
    assert service.general_profile().title == "x" * 70  # the valid edit was saved

    questions = []
    tab.ask = lambda title, text: questions.append(text) or False
    assert not tab.can_close()  # the user chose to keep editing
    assert "Hourly rate: at least $3.00/h" in questions[0]
    tab.ask = lambda title, text: True
    assert tab.can_close()

    for n in range(15):
        tab.change_skills([*tab.skills.skills(), f"Skill {n}"], "add")
    assert not tab.skills.input.isEnabled() and not tab.skills.add_button.isEnabled()
    assert "at most 15" in tab.skills.input.placeholderText()


def test_checklist_reacts_to_edits_and_jumps_to_the_field(qtbot, main_window):
    tab = profile_tab(main_window)
    assert not next(h for h in tab.strength.hints if h.key == "title").passed
    start = tab.strength.bar.value()
    type_into(qtbot, tab.basics.title_edit, "Shopify developer for coffee brands")
    qtbot.waitUntil(lambda: next(h for h in tab.strength.hints if h.key == "title").passed,
                    timeout=3000)
    assert tab.strength.bar.value() > start
    assert "✓" in tab.strength.item_for("title").text()

    main_window.show()
    qtbot.waitExposed(main_window)
    tab.strength.item_for("overview_length").linkActivated.emit("overview")
    assert tab.pages.currentWidget() is tab.overview
    qtbot.waitUntil(lambda: tab.overview.editor.hasFocus(), timeout=3000)
    tab.strength.activate("portfolio")
    assert tab.pages.currentWidget() is tab.lists["portfolio"]


def test_switching_profiles_keeps_each_profiles_own_fields(qtbot, main_window):
    fill_profile()
    tab = profile_tab(main_window)
    tab.reload()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    special = tab.profile_id
    assert service.get(special).kind == "specialized"
    assert tab.basics.label_edit.isVisibleTo(main_window)  # a specialized profile has a label
    type_into(qtbot, tab.basics.label_edit, "Data")
    type_into(qtbot, tab.basics.title_edit, "Python data pipelines for online shops")
    tab.overview.editor.setPlainText("z" * 5001)  # cannot be saved: asks before switching
    general = service.general_profile().id
    tab.ask = lambda title, text: False
    assert not tab.switch_to(general)
    assert tab.profile_id == special
    tab.overview.editor.setPlainText("Pipelines that keep stock in sync.")
    assert tab.switch_to(general)
    assert tab.basics.title_edit.text() == \
        "Shopify & Django developer for growing e-commerce brands"
    assert tab.basics.name_edit.text() == "Ana Sousa"
    assert tab.switch_to(special)
    assert tab.basics.title_edit.text() == "Python data pipelines for online shops"
    assert tab.basics.name_edit.text() == "Ana Sousa"  # shared
    assert tab.selector.currentText() == "Data — Python data pipelines for online shops"
    # the specialized profile picks which portfolio items it shows
    page = tab.lists["portfolio"]
    assert page.list.count() == 2 and page.list.item(0).checkState() == Qt.CheckState.Unchecked
    page.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert [i.title for i in service.portfolio(special)] == \
        ["Wholesale portal with tiered pricing"]


def test_edits_deletes_and_profiles_are_undoable(qtbot, main_window):
    fill_profile()
    tab = profile_tab(main_window)
    tab.reload()
    stack = tab.undo_stack
    type_into(qtbot, tab.basics.title_edit, "Headless Shopify builds on Next.js")
    assert tab.flush()
    stack.undo()
    assert tab.basics.title_edit.text() == \
        "Shopify & Django developer for growing e-commerce brands"
    assert service.general_profile().title == tab.basics.title_edit.text()
    stack.redo()
    assert service.general_profile().title == "Headless Shopify builds on Next.js"

    page = tab.lists["certification"]
    page.list.setCurrentRow(1)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in service.entries("certification")] == ["Shopify Theme Development"]
    assert "Delete certification" in stack.undoText()
    stack.undo()
    assert len(service.entries("certification")) == 2 and page.list.count() == 2

    skills = service.skills(tab.profile_id)
    tab.skills.list.setCurrentRow(0)
    qtbot.mouseClick(tab.skills.remove_button, Qt.MouseButton.LeftButton)
    assert tab.skills.skills() == skills[1:]
    stack.undo()
    assert tab.skills.skills() == skills

    qtbot.mouseClick(tab.duplicate_button, Qt.MouseButton.LeftButton)
    copy = tab.profile_id
    assert service.skills(copy) == skills
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(service.profiles()) == 1 and tab.profile_id == service.general_profile().id
    stack.undo()  # the delete
    assert tab.profile_id == copy and service.skills(copy) == skills
    stack.undo()  # the duplicate
    assert len(service.profiles()) == 1


def test_portfolio_item_with_an_image_through_the_dialog(qtbot, main_window, tmp_path):
    tab = profile_tab(main_window)
    dialog = tab.add_entry("portfolio")
    dialog.set_values({"title": "t" * 30, "url": "not a url"})
    dialog.try_accept()
    assert dialog.error.text() == "Portfolio item link: not a web address: “https://not a url”"
    dialog.set_values({"title": "Bakery logo", "url": "", "role": "Designer",
                       "description": "A warm, hand-drawn logo."})
    dialog.add_files([make_portrait(tmp_path / "logo.png")])
    dialog.try_accept()
    page = tab.lists["portfolio"]
    assert page.list.count() == 1 and not page.list.item(0).icon().isNull()
    item = service.entries("portfolio")[0]
    assert [f.name for f in service.portfolio_files(item.id)] == ["logo.png"]
    tab.undo_stack.undo()
    assert service.entries("portfolio") == [] and page.stack.currentWidget() is page.empty


def test_export_copies_sections_and_writes_a_one_page_pdf(qtbot, main_window, tmp_path):
    fill_profile(make_portrait(tmp_path / "me.png"))
    tab = profile_tab(main_window)
    tab.reload()
    dialog = tab.open_export()
    assert set(dialog.copy_buttons) >= {"title", "overview", "skills", "portfolio"}
    qtbot.waitExposed(dialog)
    title = dialog.findChild(QWidget, "profileExportTitleText")
    qtbot.waitUntil(lambda: not title.verticalScrollBar().isVisible()
                    and title.height() < 3 * title.fontMetrics().lineSpacing())
    qtbot.mouseClick(dialog.copy_buttons["title"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == \
        "Shopify & Django developer for growing e-commerce brands"
    qtbot.mouseClick(tab.strength.copy_buttons["skills"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("Shopify, Django, Python")
    written = dialog.save(str(tmp_path / "ana.md"))
    assert written.read_text(encoding="utf-8").startswith("# Ana Sousa")
    pdf = dialog.save_pdf(str(tmp_path / "ana"))
    data = pdf.read_bytes()
    assert pdf.name == "ana.pdf" and data.startswith(b"%PDF-") and b"%%EOF" in data[-32:]
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1  # one page
    assert b"/Subtype /Image" in data  # the photo made it in
    dialog.close()


def test_photo_crop_keeps_the_square_the_user_chose_and_is_undoable(qtbot, main_window,
                                                                      tmp_path):
    tab = profile_tab(main_window)
    wide = make_portrait(tmp_path / "wide.png", 320, 200)  # figure in the middle, sky at sides
    dialog = tab.crop_photo(wide)
    view = dialog.view
    assert view.crop.width() == 200  # starts as the largest centred square
    dialog.zoom.setValue(200)  # zoom in: half the side
    assert view.crop.width() == 100
    view.move_by(-1000, -1000)  # dragged into the top-left corner: only backdrop there
    assert (view.crop.left(), view.crop.top()) == (0, 0)
    dialog.accept()
    stored = service.photo_path()
    image = QImage(str(stored))
    assert image.width() == image.height() == 100
    corner, source = image.pixelColor(50, 50), QImage(str(wide)).pixelColor(50, 50)
    assert abs(corner.red() - source.red()) < 8 and abs(corner.blue() - source.blue()) < 8
    assert tab.basics.photo.has_photo()
    tab.undo_stack.undo()
    assert service.photo_path() is None and not tab.basics.photo.has_photo()


def test_list_rows_reorder_by_dragging_and_undo(qtbot, main_window):
    fill_profile()
    tab = profile_tab(main_window)
    tab.reload()
    names = [c.name for c in service.entries("certification")]
    page = tab.lists["certification"]
    # what the view does on a drop: move row 1 above row 0
    assert page.list.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)
    qtbot.waitUntil(lambda: [c.name for c in service.entries("certification")]
                    == names[::-1], timeout=3000)
    assert names[1] in page.list.item(0).text()
    tab.undo_stack.undo()
    assert [c.name for c in service.entries("certification")] == names


def test_checklist_is_translatable_and_follows_a_theme_switch(qtbot, main_window):
    from models.rules.profile_strength import MESSAGES, ProfileFacts, evaluate
    from ui import theme
    from ui.profile.strength import TEXTS

    def holes(text):
        return sorted(re.findall(r"\{(\w+)\}", text))

    assert set(TEXTS) == set(MESSAGES)  # the UI mirror names every text the rules use
    for code, (message, detail) in MESSAGES.items():
        assert (holes(TEXTS[code][0]), holes(TEXTS[code][1])) == \
            (holes(message), holes(detail)), code
    assert {h.code for h in evaluate(ProfileFacts(), clock.today())} <= set(MESSAGES)

    tab = profile_tab(main_window)
    mode = theme.manager().mode
    try:
        for name in ("dark", "light"):
            main_window.set_theme(name)
            link = theme.colors(name)["link"]
            assert link in tab.strength.item_for("title").text()
    finally:
        main_window.set_theme(mode)


def test_time_zone_and_skill_inputs_complete_from_zone_names_and_saved_jobs(qtbot, main_window):
    """Both lists are read when the input is first used (not when the tab is made), and a
    zone loaded into the field before the list is read stays shown."""
    from models.jobs import Job

    tab = profile_tab(main_window)
    service.update(tab.profile_id, timezone="Asia/Kolkata")
    tab.reload()
    main_window.show()
    qtbot.waitExposed(main_window)
    zone = tab.basics.timezone
    zone.setFocus()
    qtbot.waitUntil(lambda: zone.count() > 400)
    assert zone.currentText() == "Asia/Kolkata"
    assert zone.findText("Europe/Lisbon") > 0
    zone.lineEdit().selectAll()
    qtbot.keyClicks(zone.lineEdit(), "lisb")
    assert zone.completer().currentCompletion() == "Europe/Lisbon"
    assert tab.basics.timezone.currentText() == "lisb"  # typed, not yet chosen

    Job.create(title="Build a scraper", skills="Scrapy, Zyte API")  # saved after the tab
    tab.refresh_from_db()
    type_into(qtbot, tab.skills.input, "zyt")
    assert tab.skills.input.completer().currentCompletion() == "Zyte API"

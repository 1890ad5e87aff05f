"""Light and dark themes: contrast, switching, persistence, focus rings, tinted icons."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui import icons, theme

# (foreground, background) pairs a user reads; WCAG AA for normal text is 4.5:1
TEXT_PAIRS = [
    ("window_text", "window"), ("text", "base"), ("text", "alternate_base"),
    ("button_text", "button"), ("highlighted_text", "highlight"), ("link", "base"),
    ("link", "window"), ("muted", "window"), ("muted", "base"), ("placeholder", "base"),
    ("error", "base"), ("error", "window"), ("warning", "base"), ("warning", "window"),
    ("success", "base"), ("success", "window"), ("tooltip_text", "tooltip_base"),
    ("window_text", "header"), ("error", "error_soft"), ("text", "hover"),
]


@pytest.mark.parametrize("name", theme.THEMES)
@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_text_colours_meet_wcag_aa(name, fg, bg):
    named = theme.colors(name)
    ratio = theme.contrast(named[fg], named[bg])
    assert ratio >= 4.5, f"{name}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", theme.THEMES)
def test_focus_ring_stands_out_from_the_fields(name):
    named = theme.colors(name)
    # WCAG 1.4.11: a focus indicator needs 3:1 against what surrounds it
    assert theme.contrast(named["focus"], named["base"]) >= 3
    assert theme.contrast(named["focus"], named["window"]) >= 3
    sheet = theme.stylesheet(name)
    assert "QLineEdit:focus" in sheet and "QPushButton:focus" in sheet
    assert f"2px solid {named['focus']}" in sheet
    assert "@" not in sheet.replace("@media", "")  # every placeholder filled


def test_view_menu_switches_theme_and_remembers_it(main_window, data_dir, qtbot):
    app = QApplication.instance()
    main_window.theme_actions["dark"].trigger()
    assert theme.current() == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.colors("dark")["window"]
    assert main_window.ctx.settings.value(theme.SETTINGS_KEY) == "dark"
    assert main_window.theme_actions["dark"].isChecked()
    main_window.close()

    from desktop.app import build_window

    again = build_window(data_dir)  # next start: the choice comes back
    qtbot.addWidget(again)
    assert theme.manager().mode == "dark" and again.theme_actions["dark"].isChecked()
    again.theme_actions["light"].trigger()
    assert app.palette().color(QPalette.ColorRole.Base).name() == theme.colors("light")["base"]


def test_following_the_system_tracks_its_colour_scheme(main_window, monkeypatch):
    main_window.theme_actions["system"].trigger()
    assert theme.manager().mode == "system"
    monkeypatch.setattr(theme, "system_theme", lambda: "dark")
    theme.manager()._system_changed(None)  # what QStyleHints.colorSchemeChanged calls
    assert theme.current() == "dark"
    main_window.theme_actions["light"].trigger()  # an explicit choice wins over the system
    monkeypatch.setattr(theme, "system_theme", lambda: "dark")
    theme.manager()._system_changed(None)
    assert theme.current() == "light"


def test_icons_are_tinted_for_the_theme_and_follow_a_switch(main_window):
    assert len(icons.names()) >= 40
    for name in icons.names():
        assert not icons.icon(name).isNull(), name
    action = main_window.findChild(type(main_window.menus["File"].actions()[0]), "backupNowAction")

    def ink() -> str:
        image = action.icon().pixmap(24, 24).toImage()
        pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
        return max(pixels, key=lambda c: c.alpha()).name()

    main_window.set_theme("light")
    light = ink()
    main_window.set_theme("dark")
    assert ink() != light
    assert ink() == theme.colors("dark")["icon"]


def test_every_look_comes_from_the_theme(main_window, qtbot):
    """No widget carries a stylesheet of its own (they broke in the other theme): the theme's
    base.qss styles them by object name and dynamic property, and a switch restyles them."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "ui"
    inline = [f"{path.relative_to(root.parent)}:{number}"
              for path in root.rglob("*.py") if path.name != "theme.py"
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if "setStyleSheet(" in line]
    assert inline == []
    # and every gap and margin comes from the one spacing scale (theme.SPACE_*), not a number
    spelled = re.compile(r"(setContentsMargins|setSpacing|setHorizontalSpacing|"
                         r"setVerticalSpacing|addSpacing)\([^)]*\b[1-9]\d*\b")
    numbers = [f"{path.relative_to(root.parent)}:{number}"
               for path in root.rglob("*.py") if path.name != "theme.py"
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if spelled.search(line)]
    assert numbers == []
    # and every widget and dialog size from the named sizes beside it (theme.DIALOG_*, PANE_*,
    # FIELD_WIDTH_*, EDITOR_HEIGHT_*…): a number in a size call, or in the statement that
    # computes it, is a size nobody else will keep in step
    sized = re.compile(r"\.(set(Fixed|Minimum|Maximum)(Width|Height|Size)|resize)\(")
    spelled_size = re.compile(r"(?<![\w\[.])[1-9]\d*(?![\w\]]|\s*\*)")  # not a factor: 2 * frame
    sizes = []
    for path in root.rglob("*.py"):
        if path.name == "theme.py":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if sized.search(line):
                # the call with its continuation lines (up to its closing parenthesis)
                statement, depth, index = "", 0, number - 1
                while True:
                    statement += re.sub(r'"[^"]*"', '""', lines[index].split("#")[0])
                    depth = statement.count("(") - statement.count(")")
                    if depth <= 0 or index + 1 >= len(lines):
                        break
                    index += 1
                if spelled_size.search(statement.split(sized.search(statement).group(0), 1)[1]):
                    sizes.append(f"{path.relative_to(root.parent)}:{number}")
    assert sizes == []
    from PySide6.QtWidgets import QLabel

    chip = QLabel("Power BI", main_window)
    chip.setObjectName("skillChip")
    main_window.show()
    for matched, tone in (("true", "success_soft"), ("false", "accent_soft")):
        theme.set_state(chip, "matched", matched)
        chip.grab()  # polished and painted with the theme's rule for that state
        image = chip.grab().toImage()
        assert image.pixelColor(image.width() // 2, 2).name() == theme.color(tone).name()


def test_starts_reuse_one_folder_of_tinted_icons_and_leave_no_temporary_ones(
        qapp, tmp_path, monkeypatch):
    """The stylesheet's arrows are tinted SVG files on disk: each start used to leave a new
    temporary folder behind (hundreds piled up in /tmp). Now a start reuses the one in the
    user's cache folder, named after its contents."""
    import tempfile

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    folders = []
    for _start in range(2):
        monkeypatch.setattr(theme, "_icon_dirs", {})  # a new process
        sheet = theme.stylesheet("dark")
        folders.append(theme._qss_icon_dir("dark"))
        assert f"url({folders[-1].as_posix()}/chevron-down-icon.svg)" in sheet
    assert folders[0] == folders[1] and folders[0].is_relative_to(tmp_path / "cache")
    assert "#" in (folders[0] / "chevron-down-icon.svg").read_text(encoding="utf-8")
    assert list((tmp_path / "tmp").iterdir()) == []

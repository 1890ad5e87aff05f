"""Settings ▸ Appearance: language (applied at the next start) and theme (applied now)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.services import settings
from ui import i18n, theme
from ui.operations.settings import put_setting
from ui.theme import set_tone


class AppearancePage(QWidget):
    def __init__(self, window_settings, parent: QWidget | None = None):
        """window_settings: the QSettings of the window (theme, and a copy of the language
        for the passphrase prompt, which comes before the database is open)."""
        super().__init__(parent)
        self.title = self.tr("Appearance")
        self.window_settings = window_settings
        self.setObjectName("appearancePage")
        self.setAccessibleName(self.title)
        heading = QLabel("<h3>" + self.tr("Appearance and language") + "</h3>", self)

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language of menus, buttons and messages, after a restart"))
        for code in i18n.CHOICES:
            self.language.addItem(i18n.label(code), code)
        current = settings.get(i18n.SETTING)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.restart_note = QLabel(self)
        self.restart_note.setObjectName("languageRestartNote")
        self.restart_note.setWordWrap(True)
        set_tone(self.restart_note, "muted")

        self.theme = QComboBox(self)
        self.theme.setObjectName("themeCombo")
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(
            self.tr("Light, dark, or follow the operating system's colour scheme"))
        labels = {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                  "dark": self.tr("Dark")}
        for mode in theme.MODES:
            self.theme.addItem(labels[mode], mode)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme.manager().mode)))
        self.theme.currentIndexChanged.connect(self._theme_chosen)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("&Theme:"), self.theme)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addStretch(1)

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        put_setting(self, i18n.SETTING, code, on_done=lambda _: self._language_stored(code))

    def _language_stored(self, code: str) -> None:
        self.window_settings.setValue(i18n.WINDOW_KEY, code)
        self.restart_note.setText(self.tr("The new language is used the next time you start "
                                          "Freelance Desk."))

    def _theme_chosen(self, _index: int) -> None:
        mode = self.theme.currentData()
        window = self.window()
        parent = window.parentWidget() if window is not None else None
        if parent is not None and hasattr(parent, "set_theme"):
            parent.set_theme(mode)  # keeps View ▸ Theme in step
        else:
            theme.install(mode)
            self.window_settings.setValue(theme.SETTINGS_KEY, mode)

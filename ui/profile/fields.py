"""The profile's own fields: the Basics page and the Overview page.

Pages only show values and report edits (`edited(field, value)`); the tab saves them
through the service and shows errors with `show_error(field, text)`.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services import profile as service
from models.rules.limits import limit, limit_info
from models.rules.profile_strength import MIN_OVERVIEW_WORDS, words
from ui import theme
from ui.formatting import money
from ui.profile.photo import PhotoView
from ui.theme import FIELD_WIDTH_M, SPACE_S, set_tone
from ui.widgets.naming import named as _named

# Translated mirror of desktop.services.profile.AVAILABILITY (the service keeps the CLI's English;
# tests/ui/profile keep the two in step)
AVAILABILITY_TEXT = {
    "more_than_30": QT_TRANSLATE_NOOP("ProfileFields", "More than 30 hrs/week"),
    "less_than_30": QT_TRANSLATE_NOOP("ProfileFields", "Less than 30 hrs/week"),
    "as_needed": QT_TRANSLATE_NOOP("ProfileFields", "As needed – open to offers"),
    "not_available": QT_TRANSLATE_NOOP("ProfileFields", "Not available for new work"),
}


def counter_text(count: int, most: int) -> str:
    return f"{count:,} / {most:,}"


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    set_tone(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


class ZoneCombo(QComboBox):
    """The time zone: typed (completed from the zone names) or picked. The ~600 names are
    listed when the combo is first used (focus, its list, the wheel), not when it is made:
    finding them reads every file of the system's zone database (10-60 ms before the first
    paint, on the Profile tab that shows first)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("")
        self.zone_names = QStringListModel(self)
        completer = QCompleter(self.zone_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._listed = False

    def list_zones(self) -> None:
        if self._listed:
            return
        self._listed = True
        from zoneinfo import available_timezones

        zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc"))
        text = self.currentText()
        blocked = self.blockSignals(True)  # the text shown stays; nothing was edited
        try:
            self.addItems(zones)
            self.setCurrentText(text)
        finally:
            self.blockSignals(blocked)
        self.zone_names.setStringList(zones)

    def focusInEvent(self, event) -> None:
        self.list_zones()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.list_zones()
        super().showPopup()

    def wheelEvent(self, event) -> None:
        self.list_zones()
        super().wheelEvent(event)


class BasicsPage(QScrollArea):
    """Photo, names, title, rate, availability, location, categories."""

    edited = Signal(str, object)
    choose_photo = Signal()
    remove_photo = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileBasicsPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("profileBasicsBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(theme.SPACE_XXL, theme.SPACE_XL, theme.SPACE_XXL, theme.SPACE_XXL)
        self.errors: dict[str, QLabel] = {}

        # photo + name + title head block, the details below, then the categories
        head = QHBoxLayout()
        head.setSpacing(theme.SPACE_XXL)
        head.addLayout(self._build_photo(body), 0)
        head.addLayout(self._build_identity(body), 1)
        outer.addLayout(head)

        self.shared_note = QLabel(body)
        self.shared_note.setObjectName("profileSharedNote")
        self.shared_note.setWordWrap(True)
        set_tone(self.shared_note, "muted")
        outer.addSpacing(theme.SPACE_M)
        outer.addWidget(self.shared_note)

        outer.addLayout(self._build_details(body))
        outer.addSpacing(theme.SPACE_L)
        outer.addWidget(self._categories_heading(body))
        outer.addWidget(self.categories_box)
        outer.addStretch(1)
        self.focus_widgets = {
            "photo": self.choose_photo_button, "label": self.label_edit,
            "name": self.name_edit, "title": self.title_edit, "hourly_rate": self.rate_edit,
            "availability": self.availability, "location": self.location_edit,
            "timezone": self.timezone, "video_url": self.video_edit,
            "category": self.category_checks[service.CATEGORIES[0]],
            "categories": self.category_checks[service.CATEGORIES[0]],
        }
        self._loading = False

    def _build_photo(self, body: QWidget) -> QVBoxLayout:
        """The photo with Choose… and Remove under it."""
        self.photo = PhotoView(112, body)
        self.photo.setObjectName("profilePhoto")
        self.photo.setAccessibleName(self.tr("Profile photo"))
        photo_box = QVBoxLayout()
        photo_box.setSpacing(theme.SPACE_M)
        photo_box.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.choose_photo_button = _named(QPushButton(self.tr("Choose photo…"), body),
                                          "profileChoosePhotoButton", self.tr("Choose photo"))
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = _named(QPushButton(self.tr("Remove"), body),
                                          "profileRemovePhotoButton", self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_box.addWidget(self.choose_photo_button)
        photo_box.addWidget(self.remove_photo_button)
        photo_box.addStretch(1)
        return photo_box


    def _build_identity(self, body: QWidget) -> QFormLayout:
        """Profile name, name, title (with its counter) and hourly rate."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(theme.SPACE_XL)
        form.setVerticalSpacing(theme.SPACE_L)
        self.label_edit = self._line(body, "label", "profileLabelEdit", self.tr("Profile name"),
                                     self.tr("e.g. Shopify stores"))
        self.label_edit.setMaxLength(service.LABEL_MAX)
        self.label_row_label = QLabel(self.tr("Profile name:"), body)
        form.addRow(self.label_row_label, self._with_error(body, self.label_edit, "label"))
        self.name_edit = self._line(body, "name", "profileNameEdit", self.tr("Your name"),
                                    self.tr("First and last name"))
        self.name_edit.setMaxLength(service.NAME_MAX)
        form.addRow(self.tr("Name:"), self.name_edit)

        most = limit("profile_title_chars")
        self.title_edit = self._line(body, "title", "profileTitleEdit", self.tr("Title"),
                                     self.tr("e.g. Shopify developer for fast, "
                                             "conversion-focused stores"))
        self.title_edit.setMaxLength(most)
        self.title_edit.setToolTip(limit_info("profile_title_chars").note)
        self.title_counter = QLabel(counter_text(0, most), body)
        self.title_counter.setObjectName("profileTitleCounter")
        self.title_counter.setMinimumWidth(self.title_counter.fontMetrics()
                                           .horizontalAdvance("000 / 000") + SPACE_S)
        self.title_edit.textChanged.connect(
            lambda text: self.title_counter.setText(counter_text(len(text), most)))
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.title_counter)
        form.addRow(self.tr("Title:"), self._with_error(body, title_row, "title"))

        rate_row = QHBoxLayout()
        self.rate_edit = _named(QLineEdit(body), "profileRateEdit", self.tr("Hourly rate"))
        self.rate_edit.setPlaceholderText("45.00")
        self.rate_edit.setMaximumWidth(FIELD_WIDTH_M)
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rate_edit.textEdited.connect(lambda text: self.edited.emit("hourly_rate", text))
        self.rate_edit.editingFinished.connect(self._tidy_rate)
        self.currency_label = QLabel(self.tr("{currency} / hr").format(currency="USD"), body)
        minimum = money(limit("hourly_rate_min"))
        self.rate_note = QLabel(self.tr("min. {m}").format(m=minimum), body)
        set_tone(self.rate_note, "muted")
        rate_row.addWidget(QLabel("$", body))
        rate_row.addWidget(self.rate_edit)
        rate_row.addWidget(self.currency_label)
        rate_row.addSpacing(theme.SPACE_XL)
        rate_row.addWidget(self.rate_note)
        rate_row.addStretch(1)
        form.addRow(self.tr("Hourly rate:"), self._with_error(body, rate_row, "hourly_rate"))
        return form

    def _build_details(self, body: QWidget) -> QFormLayout:
        """Availability, location, time zone and the introduction video."""
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        details.setHorizontalSpacing(theme.SPACE_XL)
        details.setVerticalSpacing(theme.SPACE_L)
        self.availability = _named(QComboBox(body), "profileAvailabilityCombo",
                                   self.tr("Availability"))
        self.availability.addItem(self.tr("Not set"), None)
        for code in service.AVAILABILITY:
            self.availability.addItem(QCoreApplication.translate(
                "ProfileFields", AVAILABILITY_TEXT[code]), code)
        self.availability.activated.connect(
            lambda _: self.edited.emit("availability", self.availability.currentData()))
        details.addRow(self.tr("Availability:"), self.availability)
        self.location_edit = self._line(body, "location", "profileLocationEdit",
                                        self.tr("Location"), self.tr("City, country"))
        details.addRow(self.tr("Location:"), self.location_edit)
        self.timezone = _named(ZoneCombo(body), "profileTimezoneCombo", self.tr("Time zone"))
        self.timezone.lineEdit().setPlaceholderText(self.tr("e.g. Europe/Lisbon"))
        self.timezone.currentTextChanged.connect(self._timezone_changed)
        details.addRow(self.tr("Time zone:"), self.timezone)
        self.video_edit = self._line(body, "video_url", "profileVideoEdit",
                                     self.tr("Introduction video link"),
                                     self.tr("https://youtu.be/… (optional)"))
        details.addRow(self.tr("Video:"), self._with_error(body, self.video_edit, "video_url"))
        return details

    def _categories_heading(self, body: QWidget) -> QLabel:
        """The Categories heading; builds the check boxes (self.categories_box) too."""
        heading = QLabel(self.tr("Categories"), body)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.categories_box = QWidget(body)
        self.categories_box.setObjectName("profileCategories")
        self.categories_box.setAccessibleName(self.tr("Categories"))
        grid = QGridLayout(self.categories_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.category_checks: dict[str, QCheckBox] = {}
        columns = 2
        for index, name in enumerate(service.CATEGORIES):
            box = _named(QCheckBox(name.replace("&", "&&"), self.categories_box),
                         "profileCategory" + "".join(c for c in name if c.isalnum()), name)
            box.toggled.connect(self._categories_changed)
            grid.addWidget(box, index // columns, index % columns)
            self.category_checks[name] = box
        return heading

    def _line(self, parent, field: str, name: str, accessible: str, placeholder: str):
        edit = _named(QLineEdit(parent), name, accessible)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda text: self.edited.emit(field, text))
        return edit

    def _with_error(self, parent, widget_or_layout, field: str) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE_XS)
        if isinstance(widget_or_layout, QWidget):
            layout.addWidget(widget_or_layout)
        else:
            layout.addLayout(widget_or_layout)
        self.errors[field] = error_label(box, f"profile{field.title().replace('_', '')}Error")
        layout.addWidget(self.errors[field])
        return box

    def _tidy_rate(self) -> None:
        try:
            rate = service.parse_rate(self.rate_edit.text())
        except service.ProfileError:
            return
        if rate is not None:
            self.rate_edit.setText(f"{rate:.2f}")

    def _timezone_changed(self, text: str) -> None:
        if not self._loading:
            self.edited.emit("timezone", text)

    def _categories_changed(self) -> None:
        if not self._loading:
            self.edited.emit("categories", self.categories())

    def categories(self) -> list[str]:
        return [name for name, box in self.category_checks.items() if box.isChecked()]

    def show_error(self, field: str, text: str | None) -> None:
        label = self.errors.get(field)
        if label is not None:
            label.setText(text or "")
            label.setVisible(bool(text))

    def load(self, values: dict, *, specialized: bool, photo: Path | None) -> None:
        self._loading = True
        try:
            self.label_edit.setVisible(specialized)
            self.label_row_label.setVisible(specialized)
            self.errors["label"].parentWidget().setVisible(specialized)
            self.label_edit.setText(values.get("label") or "")
            self.name_edit.setText(values.get("name") or "")
            self.title_edit.setText(values.get("title") or "")
            rate = values.get("hourly_rate")
            self.rate_edit.setText(f"{rate:.2f}" if rate is not None else "")
            self.currency_label.setText(self.tr("{currency} / hr").format(
                currency=values.get("currency") or "USD"))
            index = self.availability.findData(values.get("availability"))
            self.availability.setCurrentIndex(max(index, 0))
            self.location_edit.setText(values.get("location") or "")
            self.timezone.setCurrentText(values.get("timezone") or "")
            self.video_edit.setText(values.get("video_url") or "")
            for edit in (self.label_edit, self.name_edit, self.title_edit, self.location_edit,
                         self.video_edit):
                edit.setCursorPosition(0)  # show the start of a long title, not its tail
            chosen = set(values.get("categories") or ())
            for name, box in self.category_checks.items():
                box.setChecked(name in chosen)
            initials = "".join(part[0] for part in (values.get("name") or "").split()[:2])
            self.photo.set_photo(photo, initials.upper())
            self.remove_photo_button.setEnabled(photo is not None)
            self.shared_note.setText(
                self.tr("Photo, name, availability, location, time zone and video are shared "
                        "by all your profiles; title, rate, categories, overview, skills and "
                        "the portfolio items shown are this profile’s own.")
                if specialized else
                self.tr("Photo, name, availability, location, time zone, languages, "
                        "certifications, employment and education are shared with your "
                        "specialized profiles."))
            for field in self.errors:
                self.show_error(field, None)
        finally:
            self._loading = False


class OverviewPage(QWidget):
    """The overview with a live counter and the preview clients see before “more”."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileOverviewPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_XXL, theme.SPACE_XL, theme.SPACE_XXL, theme.SPACE_XXL)
        intro = QLabel(self.tr("Say what you do for clients, the results you deliver and how you "
                               "work. Lead with the outcome: only the first {n} characters show "
                               "before “more”. End with an invitation to get in touch.")
                       .format(n=limit("overview_preview_chars")), self)
        intro.setWordWrap(True)
        set_tone(intro, "muted")
        layout.addWidget(intro)
        self.editor = _named(QPlainTextEdit(self), "profileOverviewEdit", self.tr("Overview"))
        self.editor.setPlaceholderText(self.tr(
            "I help early-stage SaaS teams ship reliable Django back ends…"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._changed)
        from ui.spelling import attach

        self.spelling = attach(self.editor)
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.counter = QLabel(self)
        self.counter.setObjectName("profileOverviewCounter")
        self.error = error_label(self, "profileOverviewError")
        row.addWidget(self.error, 1)
        row.addStretch(0)
        row.addWidget(self.counter)
        layout.addLayout(row)
        preview_title = QLabel(self.tr("What clients see before “more”"), self)
        font = preview_title.font()
        font.setBold(True)
        preview_title.setFont(font)
        layout.addWidget(preview_title)
        self.preview = QLabel(self)
        self.preview.setObjectName("profileOverviewPreview")
        self.preview.setAccessibleName(self.tr("Overview preview"))
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(10)
        self.preview.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        preview_font = QFont(self.preview.font())
        self.preview.setFont(preview_font)
        layout.addWidget(self.preview)
        self._loading = False
        self._update_counter()

    def text(self) -> str:
        return self.editor.toPlainText()

    def refresh_colors(self) -> None:
        """The preview is rich text with the theme's colours in it: redraw after a switch."""
        self._update_counter()

    def _changed(self) -> None:
        self._update_counter()
        if not self._loading:
            self.edited.emit("overview", self.text())

    def _update_counter(self) -> None:
        text = self.text()
        most = limit("overview_chars")
        count = len(text.strip())
        n_words = len(words(text))
        over = count > most
        self.counter.setText(self.tr("{chars} characters · {words} words (aim for {aim}+)")
                             .format(chars=counter_text(count, most), words=n_words,
                                     aim=MIN_OVERVIEW_WORDS))
        set_tone(self.counter, "strong-error" if over else None)
        cut = limit("overview_preview_chars")
        shown = " ".join(text.split())
        if not shown:
            self.preview.setText(f"<i style='color:{theme.color('muted').name()}'>"
                                 + html.escape(self.tr(
                                     "Your first {n} characters will appear here.")
                                     .format(n=cut)) + "</i>")
            return
        head = shown[:cut]
        if len(shown) > cut:
            head = head.rsplit(" ", 1)[0] if " " in head[cut // 2:] else head
        word = html.escape(self.tr("more"))
        more = (f"… <span style='color:{theme.color('success').name()}; "
                f"text-decoration: underline'>{word}</span>"
                if len(shown) > len(head) else "")
        self.preview.setText(html.escape(head) + more)

    def show_error(self, field: str, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def load(self, text: str) -> None:
        self._loading = True
        try:
            self.editor.setPlainText(text or "")
        finally:
            self._loading = False
        self.show_error("overview", None)
        self._update_counter()

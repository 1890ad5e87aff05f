"""The profile's lists (portfolio, certifications, employment, education, languages): a page
with add / edit / reorder / delete, and the dialog that edits one entry.

Pages report what the user asked for; the tab runs it through the service as an undoable
command. The dialog validates with the service before it closes, so errors name the field.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.services import profile as service
from models.rules.limits import limit
from models.rules.profile_strength import EXPIRY_WARNING_DAYS
from ui import formatting, messages, plurals, theme
from ui.profile.photo import load_image
from ui.theme import EDITOR_HEIGHT_M, FORM_WIDTH_WIDE, LIST_HEIGHT_M, MESSAGE_WIDTH_NARROW, set_tone
from ui.widgets.empty_state import EmptyState
from ui.widgets.note_label import note_label

CONTEXT = "ProfileFields"  # translation context of the texts in FIELDS and PAGE_TEXT


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")
NO_DATE = QDate(1900, 1, 1)
NO_YEAR = 1939
LANGUAGES = ("English", "Spanish", "French", "German", "Portuguese", "Italian", "Dutch",
             "Polish", "Ukrainian", "Russian", "Turkish", "Arabic", "Hindi", "Urdu", "Bengali",
             "Chinese (Mandarin)", "Cantonese", "Japanese", "Korean", "Vietnamese", "Thai",
             "Indonesian", "Filipino", "Swahili", "Greek", "Romanian", "Swedish", "Hebrew")


# Translated mirrors of desktop.services.profile.PROFICIENCY / KINDS labels (context
# "ProfileFields"); tests keep them in step.
PROFICIENCY_TEXT = {
    "basic": QT_TRANSLATE_NOOP("ProfileFields", "Basic"),
    "conversational": QT_TRANSLATE_NOOP("ProfileFields", "Conversational"),
    "fluent": QT_TRANSLATE_NOOP("ProfileFields", "Fluent"),
    "native": QT_TRANSLATE_NOOP("ProfileFields", "Native or bilingual"),
}
KIND_TEXT = {  # "Add {what}…", "Edit {what}"
    "portfolio": QT_TRANSLATE_NOOP("ProfileFields", "portfolio item"),
    "certification": QT_TRANSLATE_NOOP("ProfileFields", "certification"),
    "employment": QT_TRANSLATE_NOOP("ProfileFields", "employment"),
    "education": QT_TRANSLATE_NOOP("ProfileFields", "education"),
    "language": QT_TRANSLATE_NOOP("ProfileFields", "language"),
}


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    widget: str = "line"  # line | text | date | year | check | choice | language
    limit_key: str | None = None
    placeholder: str = ""


# Texts are marked for lupdate here (context "ProfileFields") and translated where shown.
FIELDS: dict[str, tuple[Field, ...]] = {
    "portfolio": (
        Field("title", QT_TRANSLATE_NOOP("ProfileFields", "Title"),
              limit_key="portfolio_title_chars", placeholder=QT_TRANSLATE_NOOP(
                  "ProfileFields", "e.g. Checkout redesign for a coffee brand")),
        Field("role", QT_TRANSLATE_NOOP("ProfileFields", "Your role"),
              limit_key="portfolio_role_chars",
              placeholder=QT_TRANSLATE_NOOP("ProfileFields", "e.g. Lead developer")),
        Field("completed_on", QT_TRANSLATE_NOOP("ProfileFields", "Completed"), "date"),
        Field("url", QT_TRANSLATE_NOOP("ProfileFields", "Link"), placeholder="https://…"),
        Field("skills", QT_TRANSLATE_NOOP("ProfileFields", "Skills"), placeholder=(
            QT_TRANSLATE_NOOP("ProfileFields", "Comma-separated, e.g. Shopify, Liquid"))),
        Field("description", QT_TRANSLATE_NOOP("ProfileFields", "Description"), "text",
              "portfolio_description_chars", QT_TRANSLATE_NOOP(
                  "ProfileFields", "The problem, what you did, and the result.")),
    ),
    "certification": (
        Field("name", QT_TRANSLATE_NOOP("ProfileFields", "Certificate"), placeholder=(
            QT_TRANSLATE_NOOP("ProfileFields", "e.g. AWS Certified Developer – Associate"))),
        Field("issuer", QT_TRANSLATE_NOOP("ProfileFields", "Issued by"), placeholder=(
            QT_TRANSLATE_NOOP("ProfileFields", "e.g. Amazon Web Services"))),
        Field("issued_on", QT_TRANSLATE_NOOP("ProfileFields", "Issued"), "date"),
        Field("expires_on", QT_TRANSLATE_NOOP("ProfileFields", "Expires"), "date"),
        Field("credential_id", QT_TRANSLATE_NOOP("ProfileFields", "Credential ID")),
        Field("url", QT_TRANSLATE_NOOP("ProfileFields", "Credential link"),
              placeholder="https://…"),
    ),
    "employment": (
        Field("company", QT_TRANSLATE_NOOP("ProfileFields", "Company")),
        Field("role", QT_TRANSLATE_NOOP("ProfileFields", "Role"), placeholder=(
            QT_TRANSLATE_NOOP("ProfileFields", "e.g. Senior backend engineer"))),
        Field("location", QT_TRANSLATE_NOOP("ProfileFields", "Location"), placeholder=(
            QT_TRANSLATE_NOOP("ProfileFields", "City, country or Remote"))),
        Field("start_on", QT_TRANSLATE_NOOP("ProfileFields", "From"), "date"),
        Field("end_on", QT_TRANSLATE_NOOP("ProfileFields", "To"), "date"),
        Field("current", QT_TRANSLATE_NOOP("ProfileFields", "I currently work here"), "check"),
        Field("description", QT_TRANSLATE_NOOP("ProfileFields", "Description"), "text"),
    ),
    "education": (
        Field("school", QT_TRANSLATE_NOOP("ProfileFields", "School")),
        Field("degree", QT_TRANSLATE_NOOP("ProfileFields", "Degree"), placeholder=(
            QT_TRANSLATE_NOOP("ProfileFields", "e.g. BSc"))),
        Field("field", QT_TRANSLATE_NOOP("ProfileFields", "Field of study")),
        Field("start_year", QT_TRANSLATE_NOOP("ProfileFields", "From (year)"), "year"),
        Field("end_year", QT_TRANSLATE_NOOP("ProfileFields", "To (year)"), "year"),
        Field("description", QT_TRANSLATE_NOOP("ProfileFields", "Description"), "text"),
    ),
    "language": (
        Field("language", QT_TRANSLATE_NOOP("ProfileFields", "Language"), "language"),
        Field("proficiency", QT_TRANSLATE_NOOP("ProfileFields", "Proficiency"), "choice"),
    ),
}

PAGE_TEXT = {  # title, intro, empty-state title, empty-state text
    "portfolio": (
        QT_TRANSLATE_NOOP("ProfileFields", "Portfolio"),
        QT_TRANSLATE_NOOP("ProfileFields", "Show finished work: what the client needed, your "
                                           "role and the result. Images show as thumbnails."),
        QT_TRANSLATE_NOOP("ProfileFields", "No portfolio items yet"),
        QT_TRANSLATE_NOOP("ProfileFields", "Add one finished project with your role and the "
                                           "result — profiles with work samples win more "
                                           "interviews.")),
    "certification": (
        QT_TRANSLATE_NOOP("ProfileFields", "Certifications"),
        QT_TRANSLATE_NOOP("ProfileFields", "Current certificates back up the skills you list. "
                                           "You are warned {days} days before one expires."),
        QT_TRANSLATE_NOOP("ProfileFields", "No certifications yet"),
        QT_TRANSLATE_NOOP("ProfileFields", "Add a certificate with its issuer, dates and "
                                           "credential link.")),
    "employment": (
        QT_TRANSLATE_NOOP("ProfileFields", "Employment history"),
        QT_TRANSLATE_NOOP("ProfileFields", "Past and current roles, most relevant first."),
        QT_TRANSLATE_NOOP("ProfileFields", "No employment history yet"),
        QT_TRANSLATE_NOOP("ProfileFields", "Add the roles that show the experience clients "
                                           "hire you for.")),
    "education": (
        QT_TRANSLATE_NOOP("ProfileFields", "Education"),
        QT_TRANSLATE_NOOP("ProfileFields", "Schools, degrees and courses."),
        QT_TRANSLATE_NOOP("ProfileFields", "No education yet"),
        QT_TRANSLATE_NOOP("ProfileFields", "Add a degree, course or bootcamp.")),
    "language": (
        QT_TRANSLATE_NOOP("ProfileFields", "Languages"),
        QT_TRANSLATE_NOOP("ProfileFields", "Most clients check your English level first."),
        QT_TRANSLATE_NOOP("ProfileFields", "No languages yet"),
        QT_TRANSLATE_NOOP("ProfileFields", "Add the languages you work in and how well you "
                                           "speak them.")),
}


def _month(value) -> str:
    """A month and year in the user's language ("Mar 2025"); years stay as they are."""
    if isinstance(value, date):
        return formatting.month(value.year, value.month)
    return str(value) if value else ""


def _span(start, end, current=False) -> str:
    first = _month(start)
    last = QCoreApplication.translate("ProfileFields", "present") if current else _month(end)
    return f"{first} – {last}" if first and last else first or last


def describe(kind: str, row, today: date | None = None) -> tuple[str, str, str]:
    """(headline, details, state) for a row; state is "", "warning" or "error"."""
    today = today or clock.local_today()
    if kind == "portfolio":
        bits = [row.role, _month(row.completed_on), row.skills]
        return row.title, " · ".join(b for b in bits if b), ""
    if kind == "certification":
        bits = [row.issuer, QCoreApplication.translate("ProfileFields", "issued {date}")
                .format(date=formatting.date(row.issued_on)) if row.issued_on else ""]
        state = ""
        if row.expires_on:
            shown = formatting.date(row.expires_on)
            if row.expires_on < today:
                bits.append(QCoreApplication.translate("ProfileFields", "EXPIRED on {date}")
                            .format(date=shown))
                state = "error"
            elif row.expires_on <= today + timedelta(days=EXPIRY_WARNING_DAYS):
                days = (row.expires_on - today).days
                bits.append(QCoreApplication.translate(
                    "ProfileFields", "expires in {days} ({date})")
                    .format(days=plurals.days(days), date=shown))
                state = "warning"
            else:
                bits.append(QCoreApplication.translate("ProfileFields", "valid until {date}")
                            .format(date=shown))
        return row.name, " · ".join(b for b in bits if b), state
    if kind == "employment":
        head = row.role or row.company
        if row.role and row.company:
            head = QCoreApplication.translate("ProfileFields", "{role} at {company}").format(
                role=row.role, company=row.company)
        return head, " · ".join(b for b in (_span(row.start_on, row.end_on, row.current),
                                             row.location or "") if b), ""
    if kind == "education":
        study = ", ".join(x for x in (row.degree, row.field) if x)
        return row.school, " · ".join(b for b in (study, _span(row.start_year, row.end_year))
                                      if b), ""
    return row.language, _t(PROFICIENCY_TEXT.get(row.proficiency, row.proficiency)), ""


def thumbnail(path: Path, size: int = 48) -> QIcon | None:
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    pixmap = load_image(path, max_side=size * 2)
    if pixmap is None:
        return None
    return QIcon(pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation))


class EntryListPage(QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    move_requested = Signal(int, int)
    choice_changed = Signal(list)  # specialized profile: chosen portfolio item ids, in order

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        name = kind.title()
        self.setObjectName(f"profile{name}Page")
        title, intro_text, empty_title, empty_text = PAGE_TEXT[kind]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_XXL, theme.SPACE_XL, theme.SPACE_XXL, theme.SPACE_XXL)
        self.intro = QLabel(_t(intro_text).format(days=EXPIRY_WARNING_DAYS), self)
        self.intro.setWordWrap(True)
        set_tone(self.intro, "muted")
        layout.addWidget(self.intro)
        self.stack = QStackedWidget(self)
        add_text = self.tr("Add {what}…").format(what=_t(KIND_TEXT[kind]))
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName(f"profileAdd{name}Button")
        self.add_button.setAccessibleName(add_text.rstrip("…"))
        self.add_button.setToolTip(add_text)
        self.add_button.clicked.connect(self.add_requested)
        self.empty = EmptyState(_t(empty_title), _t(empty_text),
                                object_name=f"profile{name}Empty", parent=self.stack)
        empty_add = QPushButton(add_text, self.empty)
        empty_add.setObjectName(f"profileAdd{name}EmptyButton")
        empty_add.setAccessibleName(self.add_button.accessibleName())
        empty_add.clicked.connect(self.add_requested)
        self.empty.layout().insertWidget(3, empty_add, 0, Qt.AlignmentFlag.AlignHCenter)
        # a centred, word-wrapped label gets its one-line height unless its width is fixed
        self.empty.message.setFixedWidth(MESSAGE_WIDTH_NARROW)
        self.empty.message.setMinimumHeight(
            self.empty.message.heightForWidth(MESSAGE_WIDTH_NARROW))
        self.list = QListWidget(self.stack)
        self.list.setObjectName(f"profile{name}List")
        self.list.setAccessibleName(_t(title))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        theme.set_state(self.list, "rows", "roomy")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if kind == "portfolio":
            self.list.setIconSize(QSize(48, 48))
        self.list.itemDoubleClicked.connect(lambda item: self.edit_requested.emit(self._id(item)))
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemChanged.connect(self._item_checked)
        # drag a row to reorder it (the arrow buttons and Alt+Up/Down do the same)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._dropped)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        self.edit_button = self._button(self.tr("Edit…"), f"profileEdit{name}Button",
                                        self.tr("Edit"), self._edit)
        self.delete_button = self._button(self.tr("Delete"), f"profileDelete{name}Button",
                                          self.tr("Delete"), self._delete)
        self.up_button = self._arrow(Qt.ArrowType.UpArrow, f"profile{name}UpButton",
                                     self.tr("Move up"), lambda: self._move(-1), "Alt+Up")
        self.down_button = self._arrow(Qt.ArrowType.DownArrow, f"profile{name}DownButton",
                                       self.tr("Move down"), lambda: self._move(1), "Alt+Down")
        for button in (self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout.addLayout(buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete)
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            move = QShortcut(QKeySequence(keys), self.list)
            move.setContext(Qt.ShortcutContext.WidgetShortcut)
            move.activated.connect(lambda d=delta: self._move(d))
        self._chosen: list[int] | None = None
        self._loading = False
        self._update_buttons()

    def _button(self, text, name, accessible, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _arrow(self, arrow, name, accessible, slot, keys: str) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(arrow)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{accessible} ({shown})")
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _id(item: QListWidgetItem) -> int:
        return int(item.data(Qt.ItemDataRole.UserRole))

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return self._id(item) if item is not None else None

    def select(self, row_id: int | None) -> None:
        for index in range(self.list.count()):
            if self._id(self.list.item(index)) == row_id:
                self.list.setCurrentRow(index)
                return

    def load(self, rows: list, *, chosen: list[int] | None = None,
             thumbs: dict[int, QIcon] | None = None) -> None:
        """Show rows; with `chosen` (a specialized profile's portfolio), every item gets a
        checkbox and the chosen ones come first, in their chosen order."""
        keep = self.current_id()
        self._chosen = chosen
        self._loading = True
        try:
            self.list.clear()
            if chosen is not None:
                order = {item_id: n for n, item_id in enumerate(chosen)}
                rows = sorted(rows, key=lambda r: (order.get(r.id, len(order)), r.position))
            palette_warning = QBrush(theme.color("warning"))
            palette_error = QBrush(theme.color("error"))
            for row in rows:
                head, details, state = describe(self.kind, row)
                item = QListWidgetItem(f"{head}\n{details}" if details else head)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             f"{head}. {details}" if details else head)
                if state == "error":
                    item.setForeground(palette_error)
                    item.setIcon(self.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxCritical))
                elif state == "warning":
                    item.setForeground(palette_warning)
                    item.setIcon(self.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning))
                if thumbs and row.id in thumbs:
                    item.setIcon(thumbs[row.id])
                if chosen is not None:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if row.id in chosen
                                       else Qt.CheckState.Unchecked)
                    item.setToolTip(self.tr("Tick to show this item on this profile."))
                self.list.addItem(item)
        finally:
            self._loading = False
        self.stack.setCurrentWidget(self.list if rows else self.empty)
        self.select(keep)
        if self.list.currentRow() < 0 and rows:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _item_checked(self, item: QListWidgetItem) -> None:
        if self._loading or self._chosen is None:
            return
        item_id = self._id(item)
        chosen = [i for i in self._chosen if i != item_id]
        if item.checkState() == Qt.CheckState.Checked:
            chosen.append(item_id)
        if chosen != self._chosen:
            self.choice_changed.emit(chosen)

    def _edit(self) -> None:
        if self.current_id() is not None:
            self.edit_requested.emit(self.current_id())

    def _delete(self) -> None:
        if self.current_id() is not None:
            self.delete_requested.emit(self.current_id())

    def _move(self, delta: int) -> None:
        if self.current_id() is not None:
            self.move_requested.emit(self.current_id(), delta)

    def _dropped(self, _parent, start: int, _end: int, _dest, row: int) -> None:
        """A row was dragged to a new place: report it as a move (or, on a specialized
        profile, as the new order of its chosen items). Deferred: the tab reloads the list,
        which must not happen inside the view's drop handling."""
        if self._loading:
            return
        target = row if row < start else row - 1
        moved = self._id(self.list.item(target))
        if self._chosen is not None:
            order = [self._id(self.list.item(i)) for i in range(self.list.count())]
            chosen = [i for i in order if i in self._chosen]
            # unchanged (an unticked item was dragged): the tab just redraws the list
            QTimer.singleShot(0, lambda: self.choice_changed.emit(chosen))
            return
        if target != start:
            QTimer.singleShot(0, lambda: self.move_requested.emit(moved, target - start))

    def _update_buttons(self, *args) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        has = 0 <= row < count
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if self._chosen is not None:  # moves apply within the chosen items only
            chosen_row = has and self.current_id() in self._chosen
            index = self._chosen.index(self.current_id()) if chosen_row else -1
            self.up_button.setEnabled(index > 0)
            self.down_button.setEnabled(0 <= index < len(self._chosen) - 1)
        else:
            self.up_button.setEnabled(has and row > 0)
            self.down_button.setEnabled(has and row < count - 1)


class EntryDialog(QDialog):
    """Add or edit one list entry. `submit(values, new_files, removed_file_ids)` returns an
    error message (the dialog stays open and shows it) or None (the dialog closes)."""

    def __init__(self, kind: str, row=None, *, submit: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.row, self.submit = kind, row, submit
        name = kind.title()
        self.setObjectName(f"profile{name}Dialog")
        self.setWindowTitle((self.tr("Edit {what}") if row is not None else
                             self.tr("Add {what}")).format(what=_t(KIND_TEXT[kind])))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(FORM_WIDTH_WIDE)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.counters: dict[str, QLabel] = {}
        for field in FIELDS[kind]:
            widget = self._make(field, getattr(row, field.name, None) if row is not None
                                else None)
            widget.setObjectName(f"profile{name}{field.name.title().replace('_', '')}Field")
            widget.setAccessibleName(_t(field.label))
            self.widgets[field.name] = widget
            if field.widget == "check":
                form.addRow("", widget)
            elif field.limit_key:
                box = QWidget(self)
                row_layout = QVBoxLayout(box)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.setSpacing(theme.SPACE_XS)
                row_layout.addWidget(widget)
                counter = QLabel(box)
                counter.setAlignment(Qt.AlignmentFlag.AlignRight)
                set_tone(counter, "muted")
                row_layout.addWidget(counter)
                self.counters[field.name] = counter
                form.addRow(_t(field.label) + ":", box)
                self._count(field)
            else:
                form.addRow(_t(field.label) + ":", widget)
        layout.addLayout(form)
        if kind == "employment":
            current = self.widgets["current"]
            current.toggled.connect(lambda on: self.widgets["end_on"].setEnabled(not on))
            self.widgets["end_on"].setEnabled(not current.isChecked())
        self.new_files: list[Path] = []
        self.removed_files: list[int] = []
        if kind == "portfolio":
            layout.addWidget(self._files_box(row))
        self.error = note_label(self, "profileEntryError", "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("profileEntryButtons")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.widgets[FIELDS[kind][0].name]
        first.setFocus()

    # -- widgets ---------------------------------------------------------------------------
    def _make(self, field: Field, value) -> QWidget:
        if field.widget == "text":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(_t(field.placeholder))
            edit.setPlainText(value or "")
            edit.setMinimumHeight(EDITOR_HEIGHT_M)
            edit.textChanged.connect(lambda: self._count(field))
            return edit
        if field.widget == "date":
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.edit_format())
            edit.setMinimumDate(NO_DATE)
            edit.setMaximumDate(QDate(2100, 12, 31))
            edit.setSpecialValueText(self.tr("not set"))
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            return edit
        if field.widget == "year":
            spin = QSpinBox(self)
            spin.setRange(NO_YEAR, 2100)
            spin.setSpecialValueText(self.tr("not set"))
            spin.setValue(int(value) if value else NO_YEAR)
            return spin
        if field.widget == "check":
            box = QCheckBox(_t(field.label), self)
            box.setChecked(bool(value))
            return box
        if field.widget == "choice":
            combo = QComboBox(self)
            for code, text in PROFICIENCY_TEXT.items():
                combo.addItem(_t(text), code)
            combo.setCurrentIndex(max(0, combo.findData(value or "conversational")))
            return combo
        if field.widget == "language":
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(LANGUAGES)
            combo.setCurrentText(value or "English")
            return combo
        edit = QLineEdit(self)
        edit.setPlaceholderText(_t(field.placeholder))
        edit.setText(str(value) if value else "")
        if field.limit_key:
            edit.setMaxLength(int(limit(field.limit_key)))
            edit.textChanged.connect(lambda _: self._count(field))
        return edit

    def _count(self, field: Field) -> None:
        counter = self.counters.get(field.name)
        widget = self.widgets.get(field.name)
        if counter is None or widget is None:
            return
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        most = int(limit(field.limit_key))
        counter.setText(f"{len(text.strip()):,} / {most:,}")
        set_tone(counter, "strong-error" if len(text.strip()) > most else "muted")

    def _files_box(self, row) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Files and images:"), box))
        self.files = QListWidget(box)
        self.files.setObjectName("profilePortfolioFiles")
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setViewMode(QListWidget.ViewMode.IconMode)
        self.files.setIconSize(QSize(72, 72))
        self.files.setGridSize(QSize(110, 104))
        self.files.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.files.setWordWrap(True)
        self.files.setMaximumHeight(LIST_HEIGHT_M)
        self.files.setMovement(QListWidget.Movement.Static)
        if row is not None:
            for stored in service.portfolio_files(row.id):
                self._add_file_item(service.file_path(stored), stored.name, stored.id)
        layout.addWidget(self.files)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Attach files…"), box)
        add.setObjectName("profileAttachFilesButton")
        add.setAccessibleName(self.tr("Attach files"))
        add.clicked.connect(self._pick_files)
        remove = QPushButton(self.tr("Remove file"), box)
        remove.setObjectName("profileRemoveFileButton")
        remove.setAccessibleName(self.tr("Remove file"))
        remove.clicked.connect(self._remove_file)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _add_file_item(self, path: Path, name: str, stored_id: int | None) -> None:
        icon = thumbnail(path, 72) or self.style().standardIcon(
            QStyle.StandardPixmap.SP_FileIcon)
        item = QListWidgetItem(icon, name)
        item.setToolTip(name)
        item.setData(Qt.ItemDataRole.UserRole, stored_id)
        item.setData(Qt.ItemDataRole.UserRole + 1, str(path))
        self.files.addItem(item)

    def add_files(self, paths: list[str | Path]) -> None:
        for path in paths:
            path = Path(path)
            if path.is_file():
                self.new_files.append(path)
                self._add_file_item(path, path.name, None)

    def _pick_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setObjectName("profileAttachFilesDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.add_files)
        dialog.open()

    def _remove_file(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        stored_id = item.data(Qt.ItemDataRole.UserRole)
        if stored_id is not None:
            self.removed_files.append(int(stored_id))
        else:
            path = Path(item.data(Qt.ItemDataRole.UserRole + 1))
            if path in self.new_files:
                self.new_files.remove(path)
        self.files.takeItem(self.files.row(item))

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict:
        out = {}
        for field in FIELDS[self.kind]:
            widget = self.widgets[field.name]
            if isinstance(widget, QPlainTextEdit):
                out[field.name] = widget.toPlainText()
            elif isinstance(widget, QDateEdit):
                value = widget.date()
                out[field.name] = None if value == NO_DATE else value.toPython()
            elif isinstance(widget, QSpinBox):
                out[field.name] = None if widget.value() == NO_YEAR else widget.value()
            elif isinstance(widget, QCheckBox):
                out[field.name] = widget.isChecked()
            elif isinstance(widget, QComboBox) and field.widget == "choice":
                out[field.name] = widget.currentData()
            elif isinstance(widget, QComboBox):
                out[field.name] = widget.currentText()
            else:
                out[field.name] = widget.text()
        return out

    def set_values(self, values: dict) -> None:
        """Fill the form (used by tests and by 'duplicate')."""
        for name, value in values.items():
            widget = self.widgets[name]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QDateEdit):
                widget.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value) if value else NO_YEAR)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox) and widget.isEditable():
                widget.setCurrentText(value or "")
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(str(value) if value else "")

    def try_accept(self) -> None:
        try:
            values = service.clean_entry(self.kind, self.values())
        except service.ProfileError as exc:
            self.show_error(messages.text(exc))
            return
        problem = self.submit(values, list(self.new_files), list(self.removed_files))
        if problem:
            self.show_error(problem)
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


"""Dialogs of the Jobs tab: paste confirmation, file import with column mapping, the job form,
feeds, saving a search, and the import summary. All open with .open() (never a blocking exec),
so they stay testable."""
from __future__ import annotations

import csv
import html
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.errors import ServiceError, WorkspaceOfflineError
from desktop.io import jobs as jobio
from desktop.services import feeds as feed_service
from desktop.services import jobs
from ui import formatting, icons, labels, messages, theme
from ui.operations import jobs as commands
from ui.theme import DIALOG_LARGE, DIALOG_MEDIUM, DIALOG_WIDE, MESSAGE_WIDTH_NARROW
from ui.widgets.naming import named as _named

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")



def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    theme.set_tone(label, "error")
    label.hide()
    return label


# ---------------------------------------------------------------------------------------------
# Paste

_SHOWN = ("title", "job_type", "hourly_min", "hourly_max", "budget", "experience_level",
          "duration", "workload", "proposals_band", "connects_required", "posted_at",
          "skills", "client_payment_verified", "client_rating", "client_total_spent",
          "client_country", "client_hires", "url")


def understood_html(record) -> str:
    """What the parser understood of one posting, as a small table for the confirmation."""
    data = record.understood()
    rows = []
    for name in _SHOWN:
        if name not in data:
            continue
        value = data[name]
        if name in labels.JOB_CODE_FIELDS:
            value = labels.job_code(name, value)
        elif isinstance(value, list):
            value = ", ".join(value)
        elif isinstance(value, bool):
            value = translate("PasteDialog", "yes") if value else translate("PasteDialog", "no")
        elif isinstance(value, datetime):
            value = formatting.datetime(value)
        elif isinstance(value, Decimal):
            value = "$" + formatting.number(value, 2) if name != "client_rating" else str(value)
        label = labels.label(labels.JOB_FIELD, name, jobio.FIELD_LABELS.get(name, name))
        rows.append(f"<tr><td style='padding-right:10px'><i>{html.escape(label)}</i></td>"
                    f"<td>{html.escape(str(value))}</td></tr>")
    words = len((record.description or "").split())
    rows.append("<tr><td><i>" + html.escape(labels.label(labels.JOB_FIELD, "description"))
                + "</i></td><td>" + translate("PasteDialog", "{n} words").format(n=words)
                + "</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


class PasteDialog(QDialog):
    """Shows what a pasted text holds; Add stores it. The raw text is always kept."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pasteJobsDialog")
        self.setAccessibleName(self.tr("Paste job postings"))
        self.setWindowTitle(self.tr("Paste job postings"))
        self.resize(*DIALOG_WIDE)
        self.records: list = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Paste postings copied from a job page or from search results. "
                               "Several postings are split automatically; check what was "
                               "understood."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.text = _named(QPlainTextEdit(split), "pasteText", self.tr("Pasted text"))
        self.text.setPlainText(text)
        self.preview = _named(QTextBrowser(split), "pastePreview", self.tr("What was understood"))
        split.addWidget(self.text)
        split.addWidget(self.preview)
        split.setSizes([430, 430])
        layout.addWidget(split, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = _named(self.buttons.addButton(
            self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole), "addPastedButton",
            self.tr("Add the postings"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reparse)
        self.text.textChanged.connect(self._timer.start)
        self.reparse()

    def reparse(self) -> None:
        self.records = jobs.paste(self.text.toPlainText(), now=clock.now())
        if not self.records:
            self.preview.setHtml("<p><i>" + self.tr(
                "No job posting found in this text yet. Paste the whole posting, title first.")
                + "</i></p>")
        else:
            parts = []
            for n, record in enumerate(self.records, 1):
                title = record.title or self.tr("(no title)")
                parts.append(f"<h4>{n}. {html.escape(title)}</h4>" + understood_html(record))
            self.preview.setHtml("".join(parts))
        count = len(self.records)
        self.add_button.setText(self.tr("Add") if not count else self.tr("Add 1 job")
                                if count == 1 else self.tr("Add {n} jobs").format(n=count))
        self.add_button.setEnabled(bool(count))


# ---------------------------------------------------------------------------------------------
# Import with the column-mapping step

def _sample_row(path: Path) -> dict[str, str]:
    """The first data row of a CSV, for the mapping step (empty for other formats)."""
    if jobio.detect_format(path) != "csv":
        return {}
    try:
        return jobio.csv_sample_row(path)
    except (OSError, csv.Error):
        return {}


class MappingDialog(QDialog):
    """Which field each column of a file holds: the guess, editable."""

    def __init__(self, path: Path, mapping: dict[str, str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setAccessibleName(self.tr("Map columns"))
        self.setWindowTitle(self.tr("Columns of {file}").format(file=path.name))
        self.resize(*DIALOG_LARGE)
        self.path = path
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose what each column holds. Columns set to “Not imported” "
                               "are skipped; the whole row is kept with every job anyway."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        sample = _sample_row(path)
        self.table = _named(QTableWidget(len(mapping), 3, self), "mappingTable",
                            self.tr("Column mapping"))
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First row"),
                                              self.tr("Holds")])
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        for row, (column, field) in enumerate(mapping.items()):
            self.table.setItem(row, 0, QTableWidgetItem(column or self.tr("(unnamed)")))
            value = " ".join(sample.get(column, "").split())
            item = QTableWidgetItem(value[:80] + ("…" if len(value) > 80 else ""))
            item.setToolTip(value[:500])
            self.table.setItem(row, 1, item)
            combo = _named(QComboBox(self.table), f"mapping_{row}",
                           self.tr("Field for column {column}").format(column=column))
            combo.addItem(self.tr("Not imported"), None)
            for key, label in jobio.MAPPABLE_FIELDS.items():
                combo.addItem(labels.label(labels.JOB_FIELD, key, label), key)
            index = combo.findData(field)
            combo.setCurrentIndex(index if index >= 0 else 0)
            self.table.setCellWidget(row, 2, combo)
            self.combos[column] = combo
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 230)
        layout.addWidget(self.table, 1)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str | None]:
        return {column: combo.currentData() for column, combo in self.combos.items()}

    def _accept(self) -> None:
        try:
            jobio.mapping.check_mapping(self.mapping())
        except ServiceError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self.accept()


class ImportDialog(QDialog):
    """The files to import, their format and size, and their column mapping; then Import."""

    import_requested = Signal(list, dict)  # paths, mappings

    def __init__(self, paths: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importJobsDialog")
        self.setAccessibleName(self.tr("Import jobs"))
        self.setWindowTitle(self.tr("Import jobs"))
        self.resize(*DIALOG_MEDIUM)
        self.paths = [Path(p) for p in paths]
        self.mappings: dict[str, dict[str, str | None]] = {}
        self.problems: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("All files go in together or not at all. Postings already in "
                               "your library are updated and their earlier version is kept."),
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = _named(QTableWidget(len(self.paths), 4, self), "importFilesTable",
                            self.tr("Files to import"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Format"),
                                              self.tr("Postings"), self.tr("Columns")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = _named(self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole), "startImportButton",
            self.tr("Import"))
        icons.set_icon(self.import_button, "import")
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        for row, path in enumerate(self.paths):
            self.table.setItem(row, 0, QTableWidgetItem(path.name))
            try:
                kind = jobio.detect_format(path)
                count = jobio.count_jobs(path)
                columns = jobio.file_columns(path)
            except (jobio.ImportFileError, OSError, ValueError) as exc:
                self.problems[str(path)] = messages.text(exc)
                self.table.setItem(row, 1, QTableWidgetItem("—"))
                self.table.setItem(row, 2, QTableWidgetItem(messages.text(exc)))
                continue
            self.table.setItem(row, 1, QTableWidgetItem(kind.upper()))
            self.table.setItem(row, 2, QTableWidgetItem(formatting.number(count)))
            if len(columns) > 1:
                guess = jobio.guess_mapping(columns)
                self.mappings[str(path)] = guess
                mapped = sum(1 for v in guess.values() if v)
                button = _named(QPushButton(self.tr("{mapped} of {total} mapped…").format(
                    mapped=mapped, total=len(columns)), self.table), f"mapColumnsButton_{row}",
                    self.tr("Map the columns of {file}").format(file=path.name))
                button.clicked.connect(lambda _=False, p=path: self.edit_mapping(p))
                self.table.setCellWidget(row, 3, button)
                if not any(v in ("title", "description") for v in guess.values()):
                    self.problems[str(path)] = self.tr(
                        "{file}: choose which column holds the title (Columns…)").format(
                        file=path.name)
            else:
                self.table.setItem(row, 3, QTableWidgetItem("—"))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._show_problems()

    def _show_problems(self) -> None:
        self.error.setText("\n".join(self.problems.values()))
        self.error.setVisible(bool(self.problems))
        self.import_button.setEnabled(not self.problems and bool(self.paths))

    def edit_mapping(self, path: Path) -> MappingDialog:
        dialog = MappingDialog(path, self.mappings[str(path)], self)

        def chosen() -> None:
            self.mappings[str(path)] = dialog.mapping()
            self.problems.pop(str(path), None)
            row = self.paths.index(path)
            button = self.table.cellWidget(row, 3)
            mapped = sum(1 for v in self.mappings[str(path)].values() if v)
            button.setText(self.tr("{mapped} of {total} mapped…").format(
                mapped=mapped, total=len(self.mappings[str(path)])))
            self._show_problems()

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _import(self) -> None:
        if self.problems:
            return
        self.import_requested.emit([str(p) for p in self.paths], dict(self.mappings))
        self.accept()


def summary_line(name: str, counts) -> str:
    """One file's (or the total's) line of an import summary, in the user's language:
    `counts` is a jobs.FileSummary or the jobs.ImportSummary (same counts)."""
    number = formatting.number
    return translate("SummaryDialog", "{name}: {added} added, {updated} updated, {same} already "
                     "in the library, {rejected} rejected").format(
        name=name, added=number(counts.added), updated=number(counts.updated),
        same=number(counts.duplicates), rejected=number(len(counts.rejected)))


def summary_lines(summary: jobs.ImportSummary) -> list[str]:
    """ImportSummary.text() (the CLI's English) in the user's language: a line per file, and a
    total when there are several."""
    lines = [summary_line(f.name, f) for f in summary.files]
    if len(summary.files) > 1:
        lines.append(summary_line(translate("SummaryDialog", "Total"), summary))
    return lines


class SummaryDialog(QDialog):
    """What an import did, with every rejected row and its reason."""

    def __init__(self, summary: jobs.ImportSummary, title: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        title = title or self.tr("Import finished")
        self.setObjectName("importSummaryDialog")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.resize(*(DIALOG_MEDIUM if summary.rejected
                      else (DIALOG_MEDIUM[0], self.sizeHint().height())))
        layout = QVBoxLayout(self)
        number = formatting.number
        head = QLabel(self.tr("<b>{added} added</b>, {updated} updated, {same} already in the "
                              "library, {rejected} rejected.").format(
            added=number(summary.added), updated=number(summary.updated),
            same=number(summary.duplicates), rejected=number(len(summary.rejected))), self)
        head.setObjectName("summaryHeadline")
        head.setWordWrap(True)
        layout.addWidget(head)
        per_file = QLabel("<br>".join(html.escape(line) for line in summary_lines(summary)),
                          self)
        per_file.setObjectName("summaryPerFile")
        per_file.setWordWrap(True)
        theme.set_tone(per_file, "muted")
        layout.addWidget(per_file)
        if summary.rejected:
            layout.addWidget(QLabel(self.tr("Rejected rows (nothing else was lost):"), self))
            details = _named(QPlainTextEdit(self), "rejectedRows", self.tr("Rejected rows"))
            details.setReadOnly(True)
            details.setPlainText("\n".join(messages.row_error(e) for e in summary.rejected))
            layout.addWidget(details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


# ---------------------------------------------------------------------------------------------
# The job form (add or edit by hand)

def _decimal(text: str, label: str) -> Decimal | None:
    text = text.strip().replace("$", "").replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise jobs.JobError(translate("JobFormDialog", "{field}: {text} is not a number").format(
            field=label, text=repr(text))) from None


class JobFormDialog(QDialog):
    """Add a job by hand or edit one; the service checks every value. Saving is a step on
    `undo_stack` (the Jobs tab's: Edit ▸ Undo takes it back); `report` hears of a later undo
    or redo that is refused."""

    saved = Signal(int)

    def __init__(self, job=None, parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None,
                 report: Callable[[ServiceError], None] | None = None):
        super().__init__(parent)
        self.job = job
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.report = report
        editing = job is not None
        self.setObjectName("jobFormDialog")
        self.setAccessibleName(self.tr("Edit job") if editing else self.tr("Add a job"))
        self.setWindowTitle(self.tr("Edit job") if editing else self.tr("Add a job"))
        self.resize(*DIALOG_LARGE)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(theme.SPACE_XL)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        self._build_posting(left, job)
        self._build_posted(left, job)
        self._build_client(right, job)
        layout.addWidget(QLabel(self.tr("Description"), self))
        self.description = _named(QPlainTextEdit(self), "descriptionEdit",
                                  self.tr("Description"))
        self.description.setPlainText(job.description if job else "")
        layout.addWidget(self.description, 1)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveJobFormButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kept_offline = False  # saved into the outbox (the workspace server is away)

    def _line(self, name: str, label: str, form: QFormLayout, value: object = "") -> QLineEdit:
        edit = _named(QLineEdit(self), name, label)
        edit.setText("" if value is None else str(value))
        form.addRow(label, edit)
        return edit

    def _combo(self, name: str, label: str, form: QFormLayout, options: dict,
               value) -> QComboBox:
        box = _named(QComboBox(self), name, label)
        box.addItem("—", None)
        for code, text in options.items():
            box.addItem(text, code)
        index = box.findData(value)
        box.setCurrentIndex(index if index >= 0 else 0)
        form.addRow(label, box)
        return box

    def _build_posting(self, left: QFormLayout, j) -> None:
        """The posting: title, link, type, pay, level, length, workload, competition."""
        line, combo = self._line, self._combo
        self.title = line("jobTitleEdit", self.tr("Title"), left, j.title if j else "")
        self.url = line("jobUrlEdit", self.tr("Link"), left, j.url if j else "")
        self.url.setPlaceholderText(self.tr("https://www.upwork.com/jobs/~01…"))
        self.job_type = combo("jobTypeEdit", self.tr("Type"), left,
                              labels.labels(labels.JOB_TYPE), j.job_type if j else None)
        self.rate_low = line("rateLowEdit", self.tr("Hourly from ($)"), left,
                             j.hourly_min if j else "")
        self.rate_high = line("rateHighEdit", self.tr("Hourly to ($)"), left,
                              j.hourly_max if j else "")
        self.budget = line("budgetEdit", self.tr("Fixed budget ($)"), left, j.budget if j else "")
        self.level = combo("levelEdit", self.tr("Experience"), left,
                           labels.labels(labels.EXPERIENCE), j.experience_level if j else None)
        self.duration = combo("durationEdit", self.tr("Project length"), left,
                              labels.labels(labels.DURATION), j.duration if j else None)
        self.workload = combo("workloadEdit", self.tr("Hours per week"), left,
                              labels.labels(labels.WORKLOAD), j.workload if j else None)
        self.band = combo("proposalsEdit", self.tr("Proposals"), left,
                          labels.labels(labels.PROPOSALS_BAND), j.proposals_band if j else None)
        self.connects = _named(QSpinBox(self), "connectsEdit", self.tr("Connects to apply"))
        self.connects.setRange(-1, 50)
        self.connects.setSpecialValueText("—")
        self.connects.setValue(j.connects_required if j and j.connects_required is not None
                               else -1)
        left.addRow(self.tr("Connects to apply"), self.connects)

    def _build_posted(self, left: QFormLayout, j) -> None:
        """When it was posted (when known), its category and skills."""
        self.posted_known = _named(QCheckBox(self.tr("Posted on"), self), "postedKnownEdit",
                                   self.tr("Posting time known"))
        self.posted = _named(QDateTimeEdit(self), "postedEdit", self.tr("Posted on"))
        self.posted.setCalendarPopup(True)
        self.posted.setDisplayFormat(formatting.edit_format(time=True))
        moment = j.posted_at if j and j.posted_at else clock.now()
        self.posted.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
        self.posted_known.setChecked(bool(j and j.posted_at))
        self.posted.setEnabled(self.posted_known.isChecked())
        self.posted_known.toggled.connect(self.posted.setEnabled)
        left.addRow(self.posted_known, self.posted)
        self.category = self._line("categoryEdit", self.tr("Category"), left,
                                   j.category if j else "")
        self.skills = self._line("skillsEdit", self.tr("Skills"), left, j.skills if j else "")
        self.skills.setPlaceholderText(self.tr("Python, Django, PostgreSQL"))

    def _build_client(self, right: QFormLayout, j) -> None:
        """The client: payment verified, country, rating, reviews, spent, hires."""
        line = self._line
        right.addRow(QLabel("<b>" + self.tr("Client") + "</b>", self))
        self.verified = _named(QComboBox(self), "verifiedEdit", self.tr("Payment verified"))
        for text, value in ((self.tr("Unknown"), None), (self.tr("Verified"), True),
                            (self.tr("Not verified"), False)):
            self.verified.addItem(text, value)
        self.verified.setCurrentIndex(self.verified.findData(
            j.client_payment_verified if j else None))
        right.addRow(self.tr("Payment"), self.verified)
        self.country = line("countryEdit", self.tr("Country"), right,
                            j.client_country if j else "")
        self.rating = line("ratingEdit", self.tr("Rating (0–5)"), right,
                           j.client_rating if j else "")
        self.reviews = line("reviewsEdit", self.tr("Reviews"), right,
                            j.client_reviews if j else "")
        self.spent = line("spentEdit", self.tr("Total spent ($)"), right,
                          j.client_spent if j else "")
        self.hires = line("hiresEdit", self.tr("Hires"), right, j.client_hires if j else "")
        self.hire_rate = line("hireRateEdit", self.tr("Hire rate (%)"), right,
                              j.client_hire_rate if j else "")

    def values(self) -> dict:
        def whole(edit: QLineEdit, label: str) -> int | None:
            text = edit.text().strip().rstrip("%")
            if not text:
                return None
            if not text.isdigit():
                raise jobs.JobError(self.tr("{field}: {text} is not a whole number").format(
                    field=label, text=repr(text)))
            return int(text)

        posted = None
        if self.posted_known.isChecked():
            posted = datetime.fromtimestamp(self.posted.dateTime().toSecsSinceEpoch(), UTC)
        return {
            "title": self.title.text(), "url": self.url.text(),
            "job_type": self.job_type.currentData(),
            "hourly_min": _decimal(self.rate_low.text(), self.tr("Hourly from")),
            "hourly_max": _decimal(self.rate_high.text(), self.tr("Hourly to")),
            "budget": _decimal(self.budget.text(), self.tr("Fixed budget")),
            "experience_level": self.level.currentData(), "duration": self.duration.currentData(),
            "workload": self.workload.currentData(), "proposals_band": self.band.currentData(),
            "connects_required": None if self.connects.value() < 0 else self.connects.value(),
            "posted_at": posted, "category": self.category.text(),
            "skills": [s for s in self.skills.text().split(",") if s.strip()],
            "client_payment_verified": self.verified.currentData(),
            "client_country": self.country.text(),
            "client_rating": _decimal(self.rating.text(), self.tr("Rating")),
            "client_reviews": whole(self.reviews, self.tr("Reviews")),
            "client_total_spent": _decimal(self.spent.text(), self.tr("Total spent")),
            "client_hires": whole(self.hires, self.tr("Hires")),
            "client_hire_rate": whole(self.hire_rate, self.tr("Hire rate")),
            "description": self.description.toPlainText(),
        }

    def _show_error(self, exc: Exception) -> None:
        self.error.setText(messages.text(exc))
        self.error.show()

    def save(self) -> None:
        try:
            values = self.values()
        except (jobs.JobError, ValueError) as exc:  # a number that is not one
            self._show_error(exc)
            return

        def refused(exc: ServiceError) -> None:
            if isinstance(exc, WorkspaceOfflineError) and self.job is not None:
                try:
                    self.kept_offline = self._keep_offline(values)
                except ServiceError as invalid:
                    exc = invalid
            if self.kept_offline:
                self.accept()  # no undo step: the outbox sends it (merged) when it is back
            else:
                self._show_error(exc)

        op = (commands.AddJob(values, refused) if self.job is None
              else commands.EditJob(self.job.id, values, refused))
        self.undo_stack.push(op)
        if op.failed:
            return
        op.on_error = self.report  # a later undo or redo that is refused
        self.saved.emit(op.state if self.job is None else self.job.id)
        self.accept()

    def _keep_offline(self, values: dict) -> bool:
        """The edit the workspace's server could not take: the fields changed since the form
        opened go to the outbox (checked first, as a save checks them)."""
        from ui.operations import keep_offline

        base = jobs.field_values_of(self.job)
        changes = {name: value for name, value in jobs.field_changes(values).items()
                   if base.get(name) != value}
        return keep_offline("job", self.job.id, changes, version=self.job.version, base=base)


# ---------------------------------------------------------------------------------------------
# Feeds

class FeedsDialog(QDialog):
    """The feeds you follow: add, switch off, remove, refresh. Adding and removing are steps
    on `undo_stack` (the Jobs tab's); `report` hears of a later undo or redo that is refused."""

    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, undo_stack: QUndoStack | None = None,
                 report: Callable[[ServiceError], None] | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.report = report
        self.setObjectName("feedsDialog")
        self.setAccessibleName(self.tr("Job feeds"))
        self.setWindowTitle(self.tr("Job feeds"))
        self.resize(*DIALOG_MEDIUM)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("RSS or Atom feeds of job searches (Upwork's, or any job "
                               "board's). Refresh fetches them when you are online; jobs already "
                               "in your library are recognised by their id."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        add_row = QHBoxLayout()
        self.url = _named(QLineEdit(self), "feedUrlEdit", self.tr("Feed address"))
        self.url.setPlaceholderText(self.tr("https://…/jobs.rss"))
        self.add_button = _named(QPushButton(self.tr("Add"), self), "addFeedButton",
                                 self.tr("Add the feed"))
        icons.set_icon(self.add_button, "add")
        self.add_button.clicked.connect(self.add)
        self.url.returnPressed.connect(self.add)
        add_row.addWidget(self.url, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        self.table = _named(QTableWidget(0, 4, self), "feedsTable", self.tr("Feeds"))
        self.table.setHorizontalHeaderLabels([self.tr("On"), self.tr("Feed"),
                                              self.tr("Last fetched"), self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.remove_button = _named(QPushButton(self.tr("Remove"), self), "removeFeedButton",
                                    self.tr("Stop following the selected feed"))
        icons.set_icon(self.remove_button, "delete")
        self.remove_button.clicked.connect(self.remove)
        self.refresh_button = _named(QPushButton(self.tr("Refresh now"), self),
                                     "refreshFeedsNowButton",
                                     self.tr("Fetch every enabled feed now"))
        icons.set_icon(self.refresh_button, "refresh")
        self.refresh_button.clicked.connect(self.refresh_requested)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        items = feed_service.feeds()
        self.table.setRowCount(len(items))
        for row, feed in enumerate(items):
            box = _named(QCheckBox(self.table), f"feedEnabled_{row}",
                         self.tr("Fetch {url}").format(url=feed.url))
            box.setChecked(feed.enabled)
            box.toggled.connect(
                lambda on, fid=feed.id: commands.set_feed_enabled(self, fid, on))
            self.table.setCellWidget(row, 0, box)
            item = QTableWidgetItem(feed.title or feed.url)
            item.setToolTip(feed.url)
            item.setData(Qt.ItemDataRole.UserRole, feed.id)
            self.table.setItem(row, 1, item)
            fetched = formatting.datetime(feed.last_fetched_at) \
                if feed.last_fetched_at else self.tr("never")
            self.table.setItem(row, 2, QTableWidgetItem(fetched))
            why = feed_service.last_problem(feed)
            problem = QTableWidgetItem(messages.text(why) if why else "")
            problem.setToolTip(problem.text())
            self.table.setItem(row, 3, problem)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.remove_button.setEnabled(bool(items))
        self.refresh_button.setEnabled(bool(items))

    def _push(self, op) -> bool:
        """Run an add or a remove as an undo step; a refusal is said above the list."""
        def refused(exc: ServiceError) -> None:
            self.error.setText(messages.text(exc))
            self.error.show()

        op.on_error = refused
        self.undo_stack.push(op)
        if op.failed:
            return False
        op.on_error = self.report  # a later undo or redo that is refused
        self.error.hide()
        return True

    def add(self) -> None:
        if not self._push(commands.AddFeed(self.url.text())):
            return
        self.url.clear()
        self.reload()

    def remove(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        if item is None:
            return
        if self._push(commands.RemoveFeed(item.data(Qt.ItemDataRole.UserRole))):
            self.reload()


class SaveSearchDialog(QDialog):
    """A name for the current search."""

    chosen = Signal(str)

    def __init__(self, suggestion: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveSearchDialog")
        self.setAccessibleName(self.tr("Save search"))
        self.setWindowTitle(self.tr("Save search"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Name of this search:"), self))
        self.name = _named(QLineEdit(suggestion, self), "savedSearchName",
                           self.tr("Saved search name"))
        self.name.selectAll()
        layout.addWidget(self.name)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(MESSAGE_WIDTH_NARROW)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _save(self) -> None:
        if not self.name.text().strip():
            self.show_error(self.tr("Give the search a name."))
            return
        self.chosen.emit(self.name.text().strip())

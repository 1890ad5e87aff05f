"""Dialogs of the Contracts tab. Each takes an ``on_save(values)`` callback that calls a service;
a refused value (ValueError from the service) is shown in the dialog, which stays open.
Open them with ``.open()`` so nothing blocks (and tests can fill and accept them)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QRegularExpression,
    Qt,
    QTime,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.services import clients as client_service
from desktop.services import contracts as service
from desktop.services.contracts import FeedbackDirection, MilestoneState
from models.rules import payout
from ui import formatting, labels, messages
from ui.focus import add_labelled_row, chain, layout_widgets, tab_leaves_text_edits, takes_tab
from ui.operations import run_op
from ui.theme import (
    EDITOR_HEIGHT_M,
    EDITOR_HEIGHT_S,
    FORM_WIDTH,
    FORM_WIDTH_WIDE,
    LIST_HEIGHT_S,
    set_tone,
)

MONEY_RE = QRegularExpression(r"^\$?\s*\d{0,7}([.,]\d{0,2})?$")

SUB_RATING_LABELS = {  # keys: service.SUB_RATINGS
    "skills": QT_TRANSLATE_NOOP("FeedbackDialog", "Skills"),
    "quality": QT_TRANSLATE_NOOP("FeedbackDialog", "Quality"),
    "availability": QT_TRANSLATE_NOOP("FeedbackDialog", "Availability"),
    "deadlines": QT_TRANSLATE_NOOP("FeedbackDialog", "Deadlines"),
    "communication": QT_TRANSLATE_NOOP("FeedbackDialog", "Communication"),
    "cooperation": QT_TRANSLATE_NOOP("FeedbackDialog", "Cooperation"),
}


def _name(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def money_edit(parent: QWidget, name: str, accessible: str, value: Decimal | None = None
               ) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setValidator(QRegularExpressionValidator(MONEY_RE, edit))
    edit.setPlaceholderText("0.00")
    if value is not None:
        edit.setText(f"{value:.2f}")
    return _name(edit, name, accessible)


def money_of(edit: QLineEdit) -> str | None:
    text = edit.text().replace("$", "").replace(",", ".").strip()
    return text or None


def to_utc(day: QDate, at: QTime) -> datetime:
    """A local date and time from the form as an aware UTC datetime."""
    moment = QDateTime(day, at)  # local time
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), tz=UTC)


def from_utc(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else formatting.today_local()


class FormDialog(QDialog):
    """A form with OK/Cancel and an error line; ``values()`` goes to ``on_save``."""

    def __init__(self, title: str, name: str, on_save: Callable[[dict], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.on_save = on_save
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setObjectName(name + "Error")
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName(name + "Buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        # Tab walks the fields top to bottom, then OK and Cancel (the buttons were made
        # first, so without this they would come first); Tab leaves multi-line fields.
        tab_leaves_text_edits(self)
        fields = layout_widgets(self.form)
        chain(fields + [b for b in self.buttons.buttons() if takes_tab(b)])
        if fields:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict:
        raise NotImplementedError

    def accept(self) -> None:
        # `on_save` runs an operation (ui/operations/contracts.py); a refusal is said on the
        # form, which stays open, and a bug goes on to the crash handler
        run_op(self, self.windowTitle(), lambda: self.on_save(self.values()),
               on_done=lambda _: super(FormDialog, self).accept(),
               on_refused=self._refused)

    def _refused(self, exc) -> None:
        self.error.setText(messages.text(exc))
        self.error.show()


def _client_names() -> list[str]:
    """The clients to choose from; none while the workspace server is away (the name typed, or
    the contract's own, is kept and the edit goes to the outbox)."""
    from desktop.errors import WorkspaceOfflineError

    try:
        return [c.name for c in client_service.all_clients()]
    except WorkspaceOfflineError:
        return []


class ContractDialog(FormDialog):
    """A new contract by hand, or the terms of an existing one."""

    def __init__(self, on_save, contract: service.ContractRow | None = None, parent=None):
        editing = contract is not None
        super().__init__(self.tr("Edit Contract Terms") if editing else self.tr("New Contract"),
                         "contractDialog", on_save, parent)
        self.setMinimumWidth(FORM_WIDTH_WIDE)
        f = self.form
        self.title_edit = _name(QLineEdit(self), "contractTitleEdit", self.tr("Title"))
        self.client_edit = _name(QComboBox(self), "contractClientEdit", self.tr("Client"))
        self.client_edit.setEditable(True)
        self.client_edit.addItems(["", *_client_names()])
        self.type_edit = _name(QComboBox(self), "contractTypeEdit", self.tr("Type"))
        self.type_edit.addItem(self.tr("Hourly"), "hourly")
        self.type_edit.addItem(self.tr("Fixed price"), "fixed")
        self.offer_check = _name(QCheckBox(self.tr("This is an offer I have not accepted yet"),
                                           self), "contractOfferCheck", self.tr("Offer"))
        increase_row = self._build_hourly_fields()
        self.amount_edit = money_edit(self, "contractAmountEdit", self.tr("Fixed price"))
        self.fee_edit = _name(QLineEdit(self), "contractFeeEdit", self.tr("Service fee percent"))
        self.fee_edit.setPlaceholderText(self.tr("e.g. 10 (leave empty if unknown)"))
        self.ext_edit = _name(QLineEdit(self), "contractExtIdEdit",
                              self.tr("Marketplace contract id"))
        self.terms_edit = _name(QPlainTextEdit(self), "contractTermsEdit", self.tr("Terms"))
        self.terms_edit.setPlaceholderText(self.tr("Scope, deliverables, anything agreed"))
        self.terms_edit.setFixedHeight(EDITOR_HEIGHT_S)
        f.addRow(self.tr("&Title"), self.title_edit)
        f.addRow(self.tr("&Client"), self.client_edit)
        f.addRow(self.tr("T&ype"), self.type_edit)
        if not editing:
            f.addRow("", self.offer_check)
        self.hourly_rows = [(self.tr("&Rate ($/h)"), self.rate_edit),
                            (self.tr("Weekly &limit"), self.limit_edit),
                            ("", self.manual_check),
                            (self.tr("Rate &increase"), increase_row)]
        for label, widget in self.hourly_rows:
            if isinstance(widget, QHBoxLayout):
                add_labelled_row(f, label, widget)
            else:
                f.addRow(label, widget)
        f.addRow(self.tr("&Fixed price ($)"), self.amount_edit)
        milestone_box = self._build_milestones()
        self.milestone_box = None
        if not editing:
            add_labelled_row(f, self.tr("&Milestones"), milestone_box)
            self.milestone_box = milestone_box
        f.addRow(self.tr("Service f&ee (%)"), self.fee_edit)
        f.addRow(self.tr("Contract &id"), self.ext_edit)
        f.addRow(self.tr("Ter&ms"), self.terms_edit)
        self.type_edit.currentIndexChanged.connect(self._type_changed)
        self.increase_months.currentIndexChanged.connect(self._type_changed)
        if editing:
            self._load(contract)
            self.type_edit.setEnabled(False)
        self._type_changed()
        self.finish_layout()

    def _build_hourly_fields(self) -> QHBoxLayout:
        """Rate, weekly limit, manual time and the scheduled rate increase (its row)."""
        self.rate_edit = money_edit(self, "contractRateEdit", self.tr("Hourly rate"))
        self.limit_edit = _name(QSpinBox(self), "contractLimitEdit", self.tr("Weekly limit"))
        self.limit_edit.setRange(0, 168)
        self.limit_edit.setSuffix(self.tr(" h/week"))
        self.limit_edit.setSpecialValueText(self.tr("No limit"))
        self.manual_check = _name(QCheckBox(self.tr("Manual time allowed"), self),
                                  "contractManualCheck", self.tr("Manual time allowed"))
        self.manual_check.setChecked(True)
        self.increase_months = _name(QComboBox(self), "contractIncreaseMonths",
                                     self.tr("Rate increase frequency"))
        self.increase_months.addItem(self.tr("No scheduled increase"), 0)
        for months in (3, 6, 12):
            self.increase_months.addItem(self.tr("Every {0} months").format(months), months)
        self.increase_pct = _name(QSpinBox(self), "contractIncreasePercent",
                                  self.tr("Rate increase percent"))
        self.increase_pct.setRange(1, 100)
        self.increase_pct.setSuffix("%")
        self.increase_pct.setValue(5)
        increase_row = QHBoxLayout()
        increase_row.addWidget(self.increase_months, 1)
        increase_row.addWidget(self.increase_pct)
        return increase_row

    def _build_milestones(self) -> QVBoxLayout:
        """A new fixed-price contract's milestones, typed in a small table."""
        self.milestones = QTableWidget(0, 3, self)
        _name(self.milestones, "contractMilestonesTable", self.tr("Milestones"))
        self.milestones.setHorizontalHeaderLabels(
            [self.tr("Milestone"), self.tr("Amount ($)"), self.tr("Due (YYYY-MM-DD)")])
        self.milestones.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.milestones.setFixedHeight(LIST_HEIGHT_S)
        self.add_row = _name(QPushButton(self.tr("Add milestone"), self), "addMilestoneRow",
                             self.tr("Add milestone"))
        self.add_row.clicked.connect(lambda: self.milestones.insertRow(self.milestones.rowCount()))
        milestone_box = QVBoxLayout()
        milestone_box.addWidget(self.milestones)
        milestone_box.addWidget(self.add_row, 0, Qt.AlignmentFlag.AlignLeft)
        return milestone_box

    def _load(self, c: service.ContractRow) -> None:
        self.title_edit.setText(c.title)
        self.client_edit.setCurrentText(c.client_name if c.client_id else "")
        self.type_edit.setCurrentIndex(self.type_edit.findData(c.contract_type))
        if c.rate is not None:
            self.rate_edit.setText(f"{c.rate:.2f}")
        self.limit_edit.setValue((c.weekly_limit_minutes or 0) // 60)
        self.manual_check.setChecked(c.manual_time_allowed)
        if c.rate_increase_months:
            self.increase_months.setCurrentIndex(
                max(0, self.increase_months.findData(c.rate_increase_months)))
            self.increase_pct.setValue(int(Decimal(c.rate_increase_percent or "5")))
        if c.amount is not None:
            self.amount_edit.setText(f"{c.amount:.2f}")
        self.fee_edit.setText(c.fee_percent or "")
        self.ext_edit.setText(c.ext_id or "")
        self.terms_edit.setPlainText(c.terms)

    def _type_changed(self) -> None:
        hourly = self.type_edit.currentData() == "hourly"
        for _label, widget in self.hourly_rows:
            self.form.setRowVisible(widget, hourly)
        self.form.setRowVisible(self.amount_edit, not hourly)
        if self.milestone_box is not None:
            self.form.setRowVisible(self.milestone_box, not hourly)
        self.increase_pct.setEnabled(bool(self.increase_months.currentData()))

    def milestone_inputs(self) -> list[service.MilestoneInput]:
        items = []
        for row in range(self.milestones.rowCount()):
            cells = [self.milestones.item(row, col) for col in range(3)]
            text = [c.text().strip() if c is not None else "" for c in cells]
            if not any(text):
                continue
            due = None
            if text[2]:
                try:
                    due = date.fromisoformat(text[2])
                except ValueError:
                    raise ValueError(f"milestone {row + 1}: due date {text[2]!r} is not "
                                     "YYYY-MM-DD") from None
            items.append(service.MilestoneInput(text[0], text[1].replace("$", ""), due))
        return items

    def set_milestones(self, rows: list[tuple[str, str, str]]) -> None:
        self.milestones.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for col, value in enumerate(values):
                self.milestones.setItem(r, col, QTableWidgetItem(value))

    def values(self) -> dict:
        hourly = self.type_edit.currentData() == "hourly"
        months = self.increase_months.currentData() if hourly else 0
        values = dict(
            title=self.title_edit.text(), client_name=self.client_edit.currentText(),
            rate=money_of(self.rate_edit) if hourly else None,
            weekly_limit_minutes=self.limit_edit.value() * 60 or None,
            manual_time_allowed=self.manual_check.isChecked(),
            rate_increase_months=months or None,
            rate_increase_percent=str(self.increase_pct.value()) if months else None,
            amount=None if hourly else money_of(self.amount_edit),
            fee_percent=self.fee_edit.text().strip() or None,
            terms=self.terms_edit.toPlainText(), ext_id=self.ext_edit.text(),
        )
        if self.type_edit.isEnabled():  # a new contract
            values.update(contract_type=self.type_edit.currentData(),
                          status="offer" if self.offer_check.isChecked() else "active",
                          milestones=[] if hourly else self.milestone_inputs())
        return values


class EntryDialog(FormDialog):
    """Manual time, or an existing entry's start, length and memo (in local time)."""

    def __init__(self, on_save, entry: service.TimeEntry | None = None,
                 start: datetime | None = None,
                 parent=None):
        super().__init__(self.tr("Edit Time Entry") if entry else self.tr("Add Manual Time"),
                         "entryDialog", on_save, parent)
        moment = from_utc(entry.started_at if entry else start or clock.now())
        self.date_edit = _name(QDateEdit(moment.date(), self), "entryDateEdit", self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formatting.edit_format(weekday=True))
        self.start_edit = _name(QTimeEdit(moment.time(), self), "entryStartEdit",
                                self.tr("Start time"))
        self.start_edit.setDisplayFormat("HH:mm")
        minutes = entry.minutes if entry else 60
        self.hours_edit = _name(QSpinBox(self), "entryHoursEdit", self.tr("Hours"))
        self.hours_edit.setRange(0, 24)
        self.hours_edit.setSuffix(" h")
        self.hours_edit.setValue((minutes or 0) // 60)
        self.minutes_edit = _name(QSpinBox(self), "entryMinutesEdit", self.tr("Minutes"))
        self.minutes_edit.setRange(0, 59)
        self.minutes_edit.setSuffix(self.tr(" min"))
        self.minutes_edit.setValue((minutes or 0) % 60)
        self.memo_edit = _name(QLineEdit(entry.memo if entry else "", self), "entryMemoEdit",
                               self.tr("Memo"))
        self.memo_edit.setPlaceholderText(self.tr("What you worked on (the client sees this)"))
        length = QHBoxLayout()
        length.addWidget(self.hours_edit)
        length.addWidget(self.minutes_edit)
        length.addStretch(1)
        self.form.addRow(self.tr("&Date"), self.date_edit)
        self.form.addRow(self.tr("&Start"), self.start_edit)
        add_labelled_row(self.form, self.tr("&Length"), length)
        self.form.addRow(self.tr("&Memo"), self.memo_edit)
        note = QLabel(self.tr("Times are your local time. A week's diary can be changed until "
                              "Monday 11:59 UTC after it."), self)
        note.setWordWrap(True)
        set_tone(note, "muted")  # palette(mid) was near-invisible in the dark theme
        self.form.addRow(note)
        self.finish_layout()

    def values(self) -> dict:
        return dict(started_at=to_utc(self.date_edit.date(), self.start_edit.time()),
                    minutes=self.hours_edit.value() * 60 + self.minutes_edit.value(),
                    memo=self.memo_edit.text())


class MilestoneDialog(FormDialog):
    def __init__(self, on_save, milestone: service.MilestoneRow | None = None, parent=None):
        super().__init__(self.tr("Edit Milestone") if milestone else self.tr("Add Milestone"),
                         "milestoneDialog", on_save, parent)
        # a remainder's name in the user's language; saved unchanged, it stays a remainder
        self.milestone = milestone
        self.shown = messages.milestone(milestone) if milestone else ""
        self.description_edit = _name(QLineEdit(self.shown, self), "milestoneDescriptionEdit",
                                      self.tr("Description"))
        self.amount_edit = money_edit(self, "milestoneAmountEdit", self.tr("Amount"),
                                      milestone.amount if milestone else None)
        if milestone is not None and milestone.state != MilestoneState.NOT_FUNDED:
            self.amount_edit.setEnabled(False)
            self.amount_edit.setToolTip(self.tr("Funded: the amount in escrow is fixed"))
        self.due_check = _name(QCheckBox(self.tr("Due date"), self), "milestoneDueCheck",
                               self.tr("Has a due date"))
        self.due_edit = _name(QDateEdit(qdate(milestone.due_on if milestone else None), self),
                              "milestoneDueEdit", self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(formatting.edit_format())
        self.due_check.setChecked(bool(milestone and milestone.due_on))
        self.due_edit.setEnabled(self.due_check.isChecked())
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit, 1)
        self.form.addRow(self.tr("&Description"), self.description_edit)
        self.form.addRow(self.tr("&Amount ($)"), self.amount_edit)
        add_labelled_row(self.form, self.tr("D&ue"), due)
        self.finish_layout()

    def values(self) -> dict:
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        text = self.description_edit.text()
        if self.milestone is not None and text.strip() == self.shown.strip():
            text = self.milestone.description  # unchanged
        return dict(description=text, amount=money_of(self.amount_edit), due_on=due)


class AmountDialog(FormDialog):
    """One amount and a note: a bonus, a refund, a (partial) release."""

    def __init__(self, title: str, name: str, on_save, *, explain: str,
                 amount: Decimal | None = None, note_label: str = "Note", parent=None):
        super().__init__(title, name, on_save, parent)
        info = QLabel(explain, self)
        info.setWordWrap(True)
        self.form.addRow(info)
        self.amount_edit = money_edit(self, name + "Amount", self.tr("Amount"), amount)
        self.note_edit = _name(QLineEdit(self), name + "Note", note_label)
        self.form.addRow(self.tr("&Amount ($)"), self.amount_edit)
        self.form.addRow(note_label, self.note_edit)
        self.setMinimumWidth(FORM_WIDTH)
        self.finish_layout()

    def values(self) -> dict:
        return dict(amount=money_of(self.amount_edit), note=self.note_edit.text().strip())


class EndDialog(FormDialog):
    def __init__(self, on_save, contract: service.ContractRow, parent=None):
        super().__init__(self.tr("End “{0}”").format(contract.title), "endContractDialog",
                         on_save, parent)
        self.reason_edit = _name(QComboBox(self), "endReasonEdit", self.tr("Reason"))
        for code in service.END_REASONS:
            self.reason_edit.addItem(labels.label(labels.END_REASON, code), code)
        self.details_edit = _name(QLineEdit(self), "endDetailsEdit", self.tr("Details"))
        self.form.addRow(self.tr("&Reason"), self.reason_edit)
        self.form.addRow(self.tr("&Details"), self.details_edit)
        rules = payout.rules_on(clock.now())  # the windows open when the contract ends
        info = QLabel(self.tr("A running timer on this contract is stopped. You then have "
                              "{feedback_days} days to leave feedback; the client can send a "
                              "bonus for {bonus_days} days.").format(
            feedback_days=formatting.number(rules.feedback_days_after_end),
            bonus_days=formatting.number(rules.bonus_days_after_end)), self)
        info.setWordWrap(True)
        self.form.addRow(info)
        self.finish_layout()

    def values(self) -> dict:
        return dict(reason=self.reason_edit.currentData(),
                    details=self.details_edit.text().strip())


class FeedbackDialog(FormDialog):
    """Stars for each sub-rating (or "—"), an optional overall score, and the text."""

    def __init__(self, on_save, direction: str, existing: service.FeedbackRow | None = None,
                 parent=None):
        title = (self.tr("Leave Feedback for the Client") if direction == FeedbackDirection.GIVEN
                 else self.tr("Record the Client's Feedback"))
        super().__init__(title, "feedbackDialog", on_save, parent)
        self.direction = direction
        self.stars: dict[str, QComboBox] = {}
        for key in service.SUB_RATINGS:
            label = SUB_RATING_LABELS.get(key, key.title())
            combo = _name(QComboBox(self), f"feedback{key.title()}Edit",
                          QCoreApplication.translate("FeedbackDialog", label))
            combo.addItem("—", None)
            for n in range(5, 0, -1):
                combo.addItem("★" * n + "☆" * (5 - n) + f"  {n}", n)
            value = getattr(existing, key) if existing else None
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            self.stars[key] = combo
            self.form.addRow(QCoreApplication.translate("FeedbackDialog", label), combo)
        self.score_edit = _name(QLineEdit(existing.score if existing and existing.score else "",
                                          self), "feedbackScoreEdit", self.tr("Overall score"))
        self.score_edit.setPlaceholderText(self.tr("average of the ratings if left empty"))
        self.text_edit = _name(QPlainTextEdit(existing.text if existing else "", self),
                               "feedbackTextEdit", self.tr("Feedback text"))
        self.text_edit.setFixedHeight(EDITOR_HEIGHT_M)
        self.form.addRow(self.tr("&Overall (1–5)"), self.score_edit)
        self.form.addRow(self.tr("&Text"), self.text_edit)
        self.finish_layout()

    def set_rating(self, key: str, stars: int) -> None:
        self.stars[key].setCurrentIndex(self.stars[key].findData(stars))

    def values(self) -> dict:
        return dict(direction=self.direction,
                    ratings={k: c.currentData() for k, c in self.stars.items()
                             if c.currentData() is not None},
                    score=self.score_edit.text().strip() or None,
                    text=self.text_edit.toPlainText())

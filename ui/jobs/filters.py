"""The Jobs tab's left panel: saved searches, then the marketplace's filters."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import jobs
from ui import formatting, icons, labels, theme
from ui.theme import LIST_HEIGHT_S

# The short texts are translated where they are shown (context "FilterPanel").
SHORT_BANDS = {"lt5": "< 5", "5to10": "5–10", "10to15": "10–15", "15to20": "15–20",
               "20to50": "20–50", "50plus": "50+"}
SHORT_DURATIONS = {"lt1m": QT_TRANSLATE_NOOP("FilterPanel", "< 1 month"),
                   "1to3m": QT_TRANSLATE_NOOP("FilterPanel", "1–3 months"),
                   "3to6m": QT_TRANSLATE_NOOP("FilterPanel", "3–6 months"),
                   "gt6m": QT_TRANSLATE_NOOP("FilterPanel", "6+ months")}
SHORT_WORKLOADS = {"lt30": QT_TRANSLATE_NOOP("FilterPanel", "< 30 h/week"),
                   "gt30": QT_TRANSLATE_NOOP("FilterPanel", "30+ h/week"),
                   "as_needed": QT_TRANSLATE_NOOP("FilterPanel", "As needed")}
SPENT_STEPS = ((None, QT_TRANSLATE_NOOP("FilterPanel", "Any")), (Decimal(1), "$1+"),
               (Decimal(1000), "$1K+"), (Decimal(10000), "$10K+"), (Decimal(100000), "$100K+"))
POSTED = ((None, QT_TRANSLATE_NOOP("FilterPanel", "Any time")),
          (1, QT_TRANSLATE_NOOP("FilterPanel", "Last 24 hours")),
          (3, QT_TRANSLATE_NOOP("FilterPanel", "Last 3 days")),
          (7, QT_TRANSLATE_NOOP("FilterPanel", "Last 7 days")),
          (14, QT_TRANSLATE_NOOP("FilterPanel", "Last 14 days")),
          (30, QT_TRANSLATE_NOOP("FilterPanel", "Last 30 days")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilterPanel", text)


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {code: _tr(text) for code, text in table.items()}
ID_ROLE = Qt.ItemDataRole.UserRole


def _name(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class _Group(QWidget):
    """A heading and a grid of checkboxes, one per code."""

    changed = Signal()

    def __init__(self, key: str, title: str, labels: dict[str, str], columns: int = 2,
                 parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE_XS)
        heading = QLabel(title, self)
        heading.setObjectName("filterHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.SPACE_L)
        grid.setVerticalSpacing(0)
        self.boxes: dict[str, QCheckBox] = {}
        for n, (code, label) in enumerate(labels.items()):
            box = _name(QCheckBox(label, self), f"{key}_{code}Filter", f"{title}: {label}")
            box.toggled.connect(self.changed)
            grid.addWidget(box, n // columns, n % columns)
            self.boxes[code] = box
        layout.addLayout(grid)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, chosen: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in chosen)
            box.blockSignals(False)


def _money_spin(name: str, accessible: str, suffix: str, parent: QWidget) -> QSpinBox:
    spin = _name(QSpinBox(parent), name, accessible)
    spin.setRange(0, 1_000_000)
    spin.setSingleStep(5)
    spin.setPrefix("$")
    spin.setSuffix(suffix)
    spin.setSpecialValueText(QCoreApplication.translate("FilterPanel", "Any"))
    spin.setAccelerated(True)
    spin.setKeyboardTracking(False)
    return spin


class FilterPanel(QScrollArea):
    """Every filter of the search, as the marketplace offers them. Emits `changed`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("jobFilters")
        self.setAccessibleName(self.tr("Job filters"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("jobFiltersBody")
        self.body = body
        layout = QVBoxLayout(body)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_S, theme.SPACE_L, theme.SPACE_L)
        layout.setSpacing(theme.SPACE_L)
        layout.addLayout(self._build_title())
        self.status = _Group("status", self.tr("Status"), labels.labels(labels.JOB_STATUS), 2,
                             body)
        self.status.setToolTip(self.tr("None ticked: everything except hidden jobs"))
        self.types = _Group("type", self.tr("Job type"), labels.labels(labels.JOB_TYPE), 2,
                            body)
        layout.addWidget(self.status)
        layout.addWidget(self.types)
        layout.addLayout(self._build_pay())
        self.experience = _Group("experience", self.tr("Experience level"),
                                 {"entry": self.tr("Entry"),
                                  "intermediate": self.tr("Intermediate"),
                                  "expert": self.tr("Expert")}, 2, body)
        self.durations = _Group("duration", self.tr("Project length"),
                                _translated(SHORT_DURATIONS), 2, body)
        self.workloads = _Group("workload", self.tr("Hours per week"),
                                _translated(SHORT_WORKLOADS), 2, body)
        self.proposals = _Group("proposals", self.tr("Proposals"), SHORT_BANDS, 3, body)
        for group in (self.experience, self.durations, self.workloads, self.proposals):
            layout.addWidget(group)
        layout.addLayout(self._build_client())
        layout.addLayout(self._build_other())
        layout.addStretch(1)
        self.setWidget(body)
        self._wire()

    def _build_title(self) -> QHBoxLayout:
        """"Filters", and the button that clears them all."""
        top = QHBoxLayout()
        title = QLabel("<b>" + self.tr("Filters") + "</b>", self.body)
        top.addWidget(title)
        top.addStretch(1)
        self.clear_button = _name(QPushButton(self.tr("Clear"), self.body),
                                  "clearFiltersButton", self.tr("Clear all filters"))
        self.clear_button.setToolTip(self.tr("Show every job again (except hidden ones)"))
        self.clear_button.clicked.connect(self.clear)
        top.addWidget(self.clear_button)
        return top

    def _build_pay(self) -> QVBoxLayout:
        """Hourly rate and fixed budget, each from … to."""
        body = self.body
        money = QVBoxLayout()
        money.setSpacing(theme.SPACE_XS)
        money.addWidget(QLabel("<b>" + self.tr("Pay") + "</b>", body))
        self.min_rate = _money_spin("minRateFilter", self.tr("Hourly rate at least"), "/h", body)
        self.max_rate = _money_spin("maxRateFilter", self.tr("Hourly rate at most"), "/h", body)
        self.min_rate.setRange(0, 999)
        self.max_rate.setRange(0, 999)
        self.min_budget = _money_spin("minBudgetFilter", self.tr("Fixed budget at least"), "",
                                      body)
        self.max_budget = _money_spin("maxBudgetFilter", self.tr("Fixed budget at most"), "",
                                      body)
        for spin in (self.min_budget, self.max_budget):
            spin.setRange(0, 99_999)
            spin.setSingleStep(50)
        for label, low, high in ((self.tr("Hourly rate"), self.min_rate, self.max_rate),
                                 (self.tr("Fixed budget"), self.min_budget, self.max_budget)):
            money.addWidget(QLabel(label, body))
            row = QHBoxLayout()
            row.setSpacing(theme.SPACE_S)
            row.addWidget(low, 1)
            row.addWidget(QLabel(self.tr("to"), body))
            row.addWidget(high, 1)
            money.addLayout(row)
        return money

    def _grid(self, title: str) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.SPACE_M)
        grid.setVerticalSpacing(theme.SPACE_S)
        grid.addWidget(QLabel("<b>" + title + "</b>", self.body), 0, 0, 1, 2)
        return grid

    def _build_client(self) -> QGridLayout:
        """The client: payment verified, spent, hires, country."""
        body = self.body
        client = self._grid(self.tr("Client"))
        self.verified = _name(QCheckBox(self.tr("Payment verified"), body), "verifiedFilter",
                              self.tr("Client payment verified"))
        client.addWidget(self.verified, 1, 0, 1, 2)
        self.spent = _name(QComboBox(body), "clientSpentFilter",
                           self.tr("Client has spent at least"))
        for value, label in SPENT_STEPS:
            self.spent.addItem(_tr(label), value)
        client.addWidget(QLabel(self.tr("Spent"), body), 2, 0)
        client.addWidget(self.spent, 2, 1)
        self.hires = _name(QSpinBox(body), "clientHiresFilter", self.tr("Client hires at least"))
        self.hires.setRange(0, 10_000)
        self.hires.setSpecialValueText(self.tr("Any"))
        self.hires.setKeyboardTracking(False)
        client.addWidget(QLabel(self.tr("Hires"), body), 3, 0)
        client.addWidget(self.hires, 3, 1)
        self.country = _name(QComboBox(body), "clientCountryFilter", self.tr("Client country"))
        self.country.addItem(self.tr("Any country"), None)
        self.country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country.setMinimumContentsLength(10)
        client.addWidget(QLabel(self.tr("Country"), body), 4, 0)
        client.addWidget(self.country, 4, 1)
        client.setColumnStretch(1, 1)
        return client

    def _build_other(self) -> QGridLayout:
        """Posted within, Connects to apply, starred only."""
        body = self.body
        other = self._grid(self.tr("Other"))
        self.posted = _name(QComboBox(body), "postedWithinFilter", self.tr("Posted within"))
        for value, label in POSTED:
            self.posted.addItem(_tr(label), value)
        other.addWidget(QLabel(self.tr("Posted"), body), 1, 0)
        other.addWidget(self.posted, 1, 1)
        self.connects = _name(QSpinBox(body), "maxConnectsFilter",
                              self.tr("Connects to apply at most"))
        self.connects.setRange(0, 50)
        self.connects.setSpecialValueText(self.tr("Any"))
        self.connects.setSuffix(self.tr(" or fewer"))
        self.connects.setKeyboardTracking(False)
        other.addWidget(QLabel("Connects", body), 2, 0)
        other.addWidget(self.connects, 2, 1)
        self.starred = _name(QCheckBox(self.tr("Starred only"), body), "starredFilter",
                             self.tr("Starred only"))
        other.addWidget(self.starred, 3, 0, 1, 2)
        other.setColumnStretch(1, 1)
        return other

    def _wire(self) -> None:
        for group in (self.status, self.types, self.experience, self.durations, self.workloads,
                      self.proposals):
            group.changed.connect(self.changed)
        for spin in (self.min_rate, self.max_rate, self.min_budget, self.max_budget, self.hires,
                     self.connects):
            spin.valueChanged.connect(self.changed)
        for combo in (self.spent, self.country, self.posted):
            combo.currentIndexChanged.connect(self.changed)
        for box in (self.verified, self.starred):
            box.toggled.connect(self.changed)

    # -- values -----------------------------------------------------------------------------
    @staticmethod
    def _amount(spin: QSpinBox) -> Decimal | None:
        return Decimal(spin.value()) if spin.value() else None

    def filters(self) -> jobs.JobFilters:
        return jobs.JobFilters(
            job_types=self.types.codes(), statuses=self.status.codes(),
            min_rate=self._amount(self.min_rate), max_rate=self._amount(self.max_rate),
            min_budget=self._amount(self.min_budget), max_budget=self._amount(self.max_budget),
            experience=self.experience.codes(), durations=self.durations.codes(),
            workloads=self.workloads.codes(), proposals=self.proposals.codes(),
            max_connects=self.connects.value() or None, verified_only=self.verified.isChecked(),
            min_client_spent=self.spent.currentData(),
            min_client_hires=self.hires.value() or None,
            countries=(self.country.currentData(),) if self.country.currentData() else (),
            posted_within_days=self.posted.currentData(), starred_only=self.starred.isChecked())

    def set_filters(self, f: jobs.JobFilters) -> None:
        """Show `f` without emitting a change per widget (one `changed` at the end)."""
        widgets = self.findChildren(QWidget)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.types.set_codes(f.job_types)
            self.status.set_codes(f.statuses)
            self.experience.set_codes(f.experience)
            self.durations.set_codes(f.durations)
            self.workloads.set_codes(f.workloads)
            self.proposals.set_codes(f.proposals)
            for spin, value in ((self.min_rate, f.min_rate), (self.max_rate, f.max_rate),
                                (self.min_budget, f.min_budget), (self.max_budget, f.max_budget)):
                spin.setValue(int(value) if value is not None else 0)
            self.hires.setValue(f.min_client_hires or 0)
            self.connects.setValue(f.max_connects or 0)
            self.verified.setChecked(f.verified_only)
            self.starred.setChecked(f.starred_only)
            self._select(self.spent, f.min_client_spent)
            self._select(self.posted, f.posted_within_days)
            country = f.countries[0] if f.countries else None
            if country is not None and self.country.findData(country) < 0:
                self.country.addItem(country, country)
            self._select(self.country, country)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.changed.emit()

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def clear(self) -> None:
        self.set_filters(jobs.JobFilters())

    def set_countries(self, countries: list[tuple[str, int]]) -> None:
        current = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("Any country"), None)
        for name, n in countries:
            self.country.addItem(f"{name} ({formatting.number(n)})", name)
        self._select(self.country, current)
        self.country.blockSignals(False)


class SavedSearches(QWidget):
    """The saved searches with their count of new matches; open, save, delete."""

    open_requested = Signal(int)
    save_requested = Signal()
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("savedSearches")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_L, theme.SPACE_L, 0)
        layout.setSpacing(theme.SPACE_S)
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>" + self.tr("Saved searches") + "</b>", self))
        head.addStretch(1)
        self.save_button = _name(QPushButton(self.tr("Save…"), self), "saveSearchButton",
                                 self.tr("Save this search"))
        self.save_button.setToolTip(self.tr("Remember the words and filters under a name"))
        icons.set_icon(self.save_button, "save")
        self.save_button.clicked.connect(self.save_requested)
        head.addWidget(self.save_button)
        layout.addLayout(head)
        self.list = _name(QListWidget(self), "savedSearchList", self.tr("Saved searches"))
        self.list.setMaximumHeight(LIST_HEIGHT_S)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.list.itemClicked.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        layout.addWidget(self.list)
        self.delete_button = _name(QPushButton(self.tr("Delete"), self),
                                   "deleteSavedSearchButton",
                                   self.tr("Delete the selected saved search"))
        icons.set_icon(self.delete_button, "delete")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.delete_button.setEnabled(item is not None))
        self.empty = QLabel(self.tr("Save a search to see how many new jobs match it."), self)
        self.empty.setWordWrap(True)
        theme.set_tone(self.empty, "muted")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.delete_requested.emit(item.data(ID_ROLE))

    def set_items(self, items: list[jobs.SavedSearchInfo]) -> None:
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        for info in items:
            text = info.name + ("  " + self.tr("({n} new)").format(n=formatting.number(info.new))
                                if info.new else "")
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, info.id)
            described = info.query or self.tr("all jobs")
            if info.filters.active():
                described += " + " + self.tr("{n} filters").format(n=info.filters.active())
            item.setToolTip(described)
            if info.new:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if info.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(items))
        self.delete_button.setVisible(bool(items))
        self.delete_button.setEnabled(self.list.currentItem() is not None)
        self.empty.setVisible(not items)

"""Insights tab: one view at a time, computed off the GUI thread, numbers in a table.

Each view is a service in desktop.services.insights returning typed rows with codes; this module
turns codes into translated words. The table can be saved as CSV. The basis line says what the
numbers rest on and when they are too few to conclude anything.
"""
from __future__ import annotations

import csv
import html
import importlib
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.services.insights import VIEWS
from ui import formatting, messages, theme
from ui.formatting import money
from ui.tab import Tab
from ui.tasks import TaskError, run_in_background
from ui.theme import FIELD_WIDTH_XL, NAV_MAX, PANE_WIDTH
from ui.widgets.bar_chart import BarChart, ChartBar, Series, percent, short_money
from ui.widgets.naming import named

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
# Views computed from the ledger: in an agency workspace only owners see them (the server
# refuses the money tables to managers and members).
MONEY_VIEWS = frozenset({"cashflow", "effective_rate", "clients", "connects_roi", "jss"})


class InsightsTab(Tab):
    title = "Insights"
    object_name = "insightsTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Insights")
        self.setAccessibleName(self.title)
        self._built = False
        self._generation = 0
        self.view = None
        self.current = VIEWS[0]
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    # -- building (lazily, the first time the tab is shown) ---------------------------------
    def activated(self) -> None:
        if not self._built:
            self._build()
        self.refresh()

    def _view_titles(self) -> dict[str, str]:
        return {"market_rate": self.tr("Market rate"), "skills_gap": self.tr("Skills gap"),
                "funnel": self.tr("Proposal funnel"), "connects_roi": self.tr("Connects return"),
                "cashflow": self.tr("Cash flow"), "effective_rate": self.tr("Effective rate"),
                "jss": self.tr("Job Success (estimate)"), "clients": self.tr("Clients")}

    def _build(self) -> None:
        """The list of views beside the chosen view: heading, parameters, figures, actions."""
        from ui import workspace_live

        self._built = True
        self.sees_money = workspace_live.sees_money()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("insightsSplitter")
        self.layout().addWidget(splitter)
        self._build_view_list(splitter)
        right = QWidget(splitter)
        box = QVBoxLayout(right)
        self.heading = QLabel(right)
        self.heading.setObjectName("insightsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        box.addWidget(self.heading)
        box.addLayout(self._build_params(right))
        self.basis_label = QLabel(right)
        self.basis_label.setObjectName("insightsBasisLabel")
        self.basis_label.setWordWrap(True)
        box.addWidget(self.basis_label)
        self.summary_label = QLabel(right)
        self.summary_label.setObjectName("insightsSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.summary_label)
        box.addWidget(self._build_figures(right), 1)
        box.addLayout(self._build_action_row(right))
        splitter.setStretchFactor(1, 1)
        # Edit ▸ Undo of an Insights operation (a skill added, a withdrawal planned) shows anew
        self.undo_stack.indexChanged.connect(lambda _i: self.refresh())
        self._configure()

    def _build_view_list(self, splitter: QSplitter) -> None:
        self.views = named(QListWidget(splitter), "insightsViewList", self.tr("Insight views"))
        titles = self._view_titles()
        for code in VIEWS:
            self.views.addItem(titles[code])
            self.views.item(self.views.count() - 1).setData(CODE_ROLE, code)
        self.views.setMaximumWidth(NAV_MAX)
        self.views.setSpacing(theme.SPACE_XS)
        # room around each view's name (Devanagari needs it above and below): base.qss
        self.views.setCurrentRow(0)
        self.views.currentRowChanged.connect(self._view_changed)

    def _build_params(self, right: QWidget) -> QHBoxLayout:
        """A view's parameters (skills, grouping, weeks, withdrawal date) and Refresh."""
        params = QHBoxLayout()
        self.skill_edit = named(QLineEdit(right), "insightsSkillEdit", self.tr("Skills"))
        self.skill_edit.setPlaceholderText(self.tr("Skills, comma separated (default: your "
                                                   "profile's)"))
        self.skill_edit.setMinimumWidth(FIELD_WIDTH_XL)
        self.skill_edit.returnPressed.connect(self.refresh)
        self.group_combo = named(QComboBox(right), "insightsGroupCombo", self.tr("Group by"))
        self.group_combo.currentIndexChanged.connect(lambda _i: self._params_changed())
        self.weeks_spin = named(QSpinBox(right), "insightsWeeksSpin", self.tr("Weeks ahead"))
        self.weeks_spin.setRange(1, 52)
        self.weeks_spin.setValue(8)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        self.weeks_spin.valueChanged.connect(lambda _v: self._params_changed())
        self.withdraw_date = named(QDateEdit(right), "insightsWithdrawDate",
                                   self.tr("Withdraw on"))
        self.withdraw_date.setCalendarPopup(True)
        today = clock.today()
        self.withdraw_date.setDate(QDate(today.year, today.month, today.day).addDays(14))
        self.withdraw_date.dateChanged.connect(lambda _d: self._params_changed())
        self.withdraw_label = QLabel(self.tr("Withdraw on:"), right)
        self.refresh_button = named(QPushButton(self.tr("&Refresh"), right),
                                    "insightsRefreshButton", self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        params.addWidget(self.skill_edit, 3)  # grows with the window; the stretch takes less
        for w in (self.group_combo, self.weeks_spin, self.withdraw_label, self.withdraw_date):
            params.addWidget(w)
        params.addStretch(1)
        params.addWidget(self.refresh_button)
        return params

    def _build_figures(self, right: QWidget) -> QSplitter:
        """The chart above the table, and beside the table a client's history."""
        self.model = QStandardItemModel(self)
        self.table = named(QTableView(right), "insightsTable", self.tr("Insight figures"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = BarChart(right, object_name="insightsChart")
        self.chart.setAccessibleName(self.tr("Insight chart"))
        self.figures = QSplitter(Qt.Orientation.Vertical, right)
        self.figures.setObjectName("insightsFigures")
        self.figures.setChildrenCollapsible(False)
        self.figures.addWidget(self.chart)
        beside = QSplitter(Qt.Orientation.Horizontal, self.figures)
        beside.setObjectName("insightsTableSplitter")
        beside.setChildrenCollapsible(False)
        beside.addWidget(self.table)
        self.detail = named(QTextBrowser(beside), "insightsClientDetail",
                            self.tr("Client history"))
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(PANE_WIDTH)
        beside.addWidget(self.detail)
        beside.setStretchFactor(0, 2)
        beside.setStretchFactor(1, 1)
        beside.setSizes([660, 340])
        self.figures.addWidget(beside)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_selected(current.row()))
        self.figures.setSizes([260, 400])
        return self.figures

    def _build_action_row(self, right: QWidget) -> QHBoxLayout:
        """What to do with the figures: add a skill, show jobs, plan, export."""
        actions = QHBoxLayout()
        self.add_skill_button = named(QPushButton(self.tr("&Add to profile"), right),
                                      "insightsAddSkillButton", self.tr("Add skill to profile"))
        self.add_skill_button.clicked.connect(self.add_selected_skill)
        self.show_jobs_button = named(QPushButton(self.tr("Show &jobs"), right),
                                      "insightsShowJobsButton",
                                      self.tr("Show the jobs asking for this skill"))
        self.show_jobs_button.clicked.connect(self.show_jobs)
        self.plan_button = named(QPushButton(self.tr("Planned &withdrawals…"), right),
                                 "insightsPlanButton", self.tr("Planned withdrawals"))
        self.plan_button.clicked.connect(self.open_plans)
        self.export_button = named(QPushButton(self.tr("Export &CSV…"), right),
                                   "insightsExportCsvButton", self.tr("Export CSV"))
        self.export_button.clicked.connect(self.export_csv)
        self.export_png_button = named(QPushButton(self.tr("Export &PNG…"), right),
                                       "insightsExportPngButton", self.tr("Export chart as PNG"))
        self.export_png_button.clicked.connect(self.export_png)
        actions.addWidget(self.add_skill_button)
        actions.addWidget(self.show_jobs_button)
        actions.addWidget(self.plan_button)
        actions.addStretch(1)
        actions.addWidget(self.export_png_button)
        actions.addWidget(self.export_button)
        return actions

    # -- parameters per view ------------------------------------------------------------------
    def _view_changed(self, row: int) -> None:
        self.current = VIEWS[row] if 0 <= row < len(VIEWS) else VIEWS[0]
        self._configure()
        self.refresh()

    def _configure(self) -> None:
        code = self.current
        self.heading.setText(self._view_titles()[code])
        self.skill_edit.setVisible(code in ("market_rate", "skills_gap"))
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        groups = {"funnel": ("month", "template", "bid", "boost", "speed"),
                  "connects_roi": ("month", "template")}.get(code, ())
        names = {"month": self.tr("By month"), "template": self.tr("By template"),
                 "bid": self.tr("By bid against budget"), "boost": self.tr("By boost"),
                 "speed": self.tr("By time after posting")}
        for g in groups:
            self.group_combo.addItem(names[g], g)
        self.group_combo.blockSignals(False)
        self.group_combo.setVisible(bool(groups))
        for w in (self.weeks_spin, self.withdraw_label, self.withdraw_date):
            w.setVisible(code == "cashflow")
        self.add_skill_button.setVisible(code == "skills_gap")
        self.plan_button.setVisible(code == "cashflow")
        self.show_jobs_button.setVisible(code in ("skills_gap", "market_rate"))
        self.detail.setVisible(code == "clients")
        self.detail.clear()
        charted = hasattr(self, f"_chart_{code}")
        self.chart.setVisible(charted)
        self.export_png_button.setVisible(charted)

    def _params_changed(self) -> None:
        if self._built:
            self.refresh()

    def _skills(self) -> list[str]:
        return [s.strip() for s in self.skill_edit.text().split(",") if s.strip()]

    # -- computing off the GUI thread -------------------------------------------------------
    def _job(self):
        """The current view's computation, for the database worker. Its service module is
        imported there too: the first view's imports (the payments service and the ledger's
        models, ~100 ms) would otherwise hold up the first switch to the tab."""
        code, skills, group = self.current, self._skills(), self.group_combo.currentData()
        weeks = self.weeks_spin.value()
        withdraw_on = self.withdraw_date.date().toPython()
        day = withdraw_on if withdraw_on >= clock.today() else None

        def compute(_progress):
            service = importlib.import_module(f"desktop.services.insights.{code}")
            if code == "market_rate":
                if len(skills) > 1:
                    return _merge_market([service.market_rate(s) for s in skills])
                return service.market_rate(skills[0] if skills else None)
            if code == "skills_gap":
                return service.skills_gap(skills or None)
            if code in ("funnel", "connects_roi"):
                return getattr(service, code)(group or "month")
            if code == "cashflow":
                return service.cashflow(weeks=weeks, withdraw_on=day)
            return getattr(service, code)()  # effective_rate, jss, clients

        return compute

    def refresh(self) -> None:
        if not self._built:
            return
        self._generation += 1
        generation, code = self._generation, self.current
        if code in MONEY_VIEWS and not self.sees_money:
            self.view = None
            self.model.clear()
            self.chart.setVisible(False)
            self.export_png_button.setVisible(False)
            self.export_button.setEnabled(False)
            self.summary_label.setText("")
            self.basis_label.setText(self.tr(
                "In this agency workspace only its owners see money figures: this view is "
                "computed from the ledger."))
            return
        self.basis_label.setText(self.tr("Working…"))
        run_in_background(self._job(),
                          on_done=lambda view: self._show(generation, code, view),
                          on_error=lambda error: self._failed(generation, error),
                          owner=self.model)

    def _failed(self, generation: int, error: TaskError) -> None:
        if generation != self._generation or error.bug:  # a bug: the crash handler showed it
            return
        self.basis_label.setText(self.tr("Could not compute this view: %1").replace(
            "%1", error.text))

    # -- showing ----------------------------------------------------------------------------
    def _show(self, generation: int, code: str, view) -> None:
        if generation != self._generation or code != self.current:
            return  # the user moved on; a newer result is coming
        self.view = view
        headers, rows, summary = getattr(self, f"_rows_{code}")(view)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        for values in rows:
            items = []
            for value in values:
                item = QStandardItem("" if value is None else str(value))
                if isinstance(value, str) and value[:1] in "$₹-−+—0123456789" and value != "":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        self.basis_label.setText(self._basis_text(view.basis))
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(summary))
        self.export_button.setEnabled(bool(rows))
        chart = getattr(self, f"_chart_{code}", None)
        if chart is not None:
            chart(view)
            self.export_png_button.setEnabled(not self.chart._empty())

    def _basis_text(self, basis) -> str:
        units = {"jobs": self.tr("jobs"), "proposals": self.tr("proposals"),
                 "contracts": self.tr("contracts"), "payments": self.tr("payments on the way"),
                 "clients": self.tr("clients")}
        text = self.tr("Based on %1 %2").replace("%1", formatting.number(basis.count)).replace(
            "%2", units.get(basis.unit, basis.unit))
        if basis.first and basis.last:
            text += self.tr(", dated %1 – %2").replace("%1", formatting.date(basis.first)).replace(
                "%2", formatting.date(basis.last))
        text += "."
        if not basis.enough:
            text += " " + self.tr("Too little to conclude: fewer than %1.").replace(
                "%1", formatting.number(basis.minimum))
        return text

    def _pct(self, p) -> str:
        if p.share is None:
            return "—"
        return self.tr("%1% (%2–%3%)").replace("%1", f"{p.share * 100:.0f}").replace(
            "%2", f"{p.low * 100:.0f}").replace("%3", f"{p.high * 100:.0f}")

    def _level(self, code: str) -> str:
        return {"all": self.tr("All levels"), "entry": self.tr("Entry"),
                "intermediate": self.tr("Intermediate"), "expert": self.tr("Expert")}[code]

    def _kind(self, code: str) -> str:
        return {"hourly": self.tr("Hourly rate"), "fixed": self.tr("Fixed budget")}[code]

    def _yes(self, enough: bool) -> str:
        return self.tr("yes") if enough else self.tr("too few")

    def _rows_market_rate(self, view):
        headers = [self.tr("Skill"), self.tr("Type"), self.tr("Level"), self.tr("Jobs"),
                   self.tr("25th percentile"), self.tr("Median"), self.tr("75th percentile"),
                   self.tr("Enough to conclude")]
        rows = [[r.skill, self._kind(r.kind), self._level(r.level), formatting.number(r.count),
                 money(r.p25), money(r.p50), money(r.p75), self._yes(r.enough)]
                for r in view.rows if r.count]  # a skill no job asks for shows in the basis only
        lines = []
        for pos in view.positions:
            if pos.percentile is None:
                continue
            lines.append(self.tr("You ask %1 an hour: percentile %2 of %3 hourly jobs asking for "
                                 "%4.").replace("%1", money(pos.rate))
                         .replace("%2", str(pos.percentile))
                         .replace("%3", formatting.number(pos.among)).replace("%4", pos.skill))
        if not view.skills:
            lines.append(self.tr("Add skills to your profile, or type them above."))
        return headers, rows, "\n".join(lines)

    def _rows_skills_gap(self, view):
        headers = [self.tr("Skill"), self.tr("Jobs asking for it"), self.tr("Share"),
                   self.tr("Median rate with it"), self.tr("Median rate without"),
                   self.tr("Rate premium"), self.tr("Enough to conclude")]
        rows = [[r.skill, formatting.number(r.jobs), f"{r.share * 100:.0f}%",
                 money(r.median_with), money(r.median_without), _signed(r.premium),
                 self._yes(r.enough)] for r in view.rows]
        lines = []
        if view.have:
            lines.append(self.tr("Jobs sharing a skill with: %1").replace(
                "%1", ", ".join(view.have)))
        if view.searches:
            lines.append(self.tr("Jobs your saved searches find: %1").replace(
                "%1", ", ".join(view.searches)))
        if not lines:
            lines.append(self.tr("Add skills to your profile or save a search in Jobs, or type "
                                 "skills above."))
        return headers, rows, "\n".join(lines)

    def _group_name(self, by: str, code: str) -> str:
        if by == "template":
            return code or self.tr("(no template)")
        if by == "month":
            return code
        return {"below": self.tr("Below budget"), "within": self.tr("Within budget"),
                "above": self.tr("Above budget"), "unknown": self.tr("Unknown"),
                "boosted": self.tr("Boosted"), "not_boosted": self.tr("Not boosted"),
                "within_1h": self.tr("Within 1 hour"), "within_6h": self.tr("Within 6 hours"),
                "within_24h": self.tr("Within 24 hours"), "later": self.tr("Later")}.get(code, code)

    def _rows_funnel(self, view):
        headers = [self.tr("Group"), self.tr("Sent"), self.tr("Viewed"), self.tr("Interviewed"),
                   self.tr("Hired"), self.tr("View rate"), self.tr("Hire rate (95% range)"),
                   self.tr("Enough to conclude")]
        rows = []
        for r in (*view.rows, view.total):
            name = self.tr("Total") if r is view.total else self._group_name(view.by, r.group)
            rows.append([name, r.sent, r.viewed, r.interviewed, r.hired, self._pct(r.view_rate),
                         self._pct(r.hire_rate), self._yes(r.enough)])
        return headers, [[str(v) if isinstance(v, int) else v for v in row] for row in rows], ""

    def _rows_connects_roi(self, view):
        headers = [self.tr("Group"), self.tr("Proposals"), self.tr("Connects"),
                   self.tr("Spent"), self.tr("Per view"), self.tr("Per interview"),
                   self.tr("Per hire"), self.tr("Earned"), self.tr("Cost per dollar earned")]
        rows = []
        for r in (*view.rows, view.total):
            name = self.tr("Total") if r is view.total else self._group_name(view.by, r.group)
            rows.append([name, str(r.proposals), str(r.connects), money(r.dollars),
                         money(r.per_view), money(r.per_interview), money(r.per_hire),
                         money(r.earned),
                         "—" if r.per_dollar_earned is None else money(r.per_dollar_earned)])
        return headers, rows, ""

    def _rows_cashflow(self, view):
        headers = [self.tr("Week of"), self.tr("Leaves review"), self.tr("Becomes available"),
                   self.tr("Planned withdrawals"), self.tr("Available after"),
                   self.tr("Projected")]
        rows = [[formatting.date(w.week_start), money(w.to_pending), money(w.to_available),
                 _signed(-w.withdrawn) if w.withdrawn else "—", money(w.available_after),
                 self.tr("yes") if w.projected else self.tr("no")]
                for w in view.weeks]
        lines = [self.tr("Available today: %1").replace("%1", money(view.available_now))]
        for p in view.planned:
            line = self.tr("Planned: %1 on %2").replace("%1", money(p.amount)).replace(
                "%2", formatting.date(p.day))
            if p.method:
                line += " " + self.tr("via %1 (fee %2)").replace("%1", p.method).replace(
                    "%2", money(p.fee))
            lines.append(line)
        if view.withdrawable:
            w = view.withdrawable
            lines.append(self.tr("On %1 you can withdraw %2.").replace(
                "%1", formatting.date(w.day)).replace("%2", money(w.amount)))
            for m in w.methods:
                lines.append(self.tr("%1: fee %2, you receive %3").replace("%1", m.method)
                             .replace("%2", money(m.fee)).replace("%3", money(m.received)))
        return headers, rows, "\n".join(lines)

    def _rows_effective_rate(self, view):
        headers = [self.tr("Client"), self.tr("Contract"), self.tr("Hours billed"),
                   self.tr("Hours unbilled"), self.tr("Gross per hour"), self.tr("After fees"),
                   self.tr("After Connects"), self.tr("After unbilled hours")]
        rows = [[r.client or self.tr("(no client)"), r.contract or self.tr("All contracts"),
                 _hours(r.billed_minutes), _hours(r.unbilled_minutes), money(r.gross_per_hour),
                 money(r.after_fees), money(r.after_connects), money(r.after_unbilled)]
                for r in view.rows]
        return headers, rows, ""

    def _rows_jss(self, view):
        classes = {"top_feedback": self.tr("Feedback 4.5 stars or more"),
                   "middling_feedback": self.tr("Feedback 3 to 4.4 stars"),
                   "low_feedback": self.tr("Feedback under 3 stars"),
                   "long_term": self.tr("Long-term or repeat client, no feedback"),
                   "no_feedback_paid": self.tr("No feedback, paid"),
                   "not_counted": self.tr("Not counted (little or no pay, no feedback)")}
        levers = {"one_more_top_feedback": self.tr("One more contract with top feedback"),
                  "one_more_long_term": self.tr("One more long-term client"),
                  "one_more_poor": self.tr("One more contract with poor feedback")}
        headers = [self.tr("Factor"), self.tr("Contracts or points")]
        rows = [[classes[k], str(n)] for k, n in view.factors.items()]
        rows += [[levers[lv.code], self.tr("%1 points").replace("%1", f"{lv.change:+.1f}")]
                 for lv in view.levers]
        if view.low is None:
            summary = self.tr("Estimated Job Success Score: no ended contracts in the last 24 "
                              "months.")
        else:
            summary = self.tr("Estimated Job Success Score: %1–%2% — an estimate, not Upwork's "
                              "score; private feedback is unknown.").replace(
                "%1", str(view.low)).replace("%2", str(view.high))
        return headers, rows, summary

    def _rows_clients(self, view):
        headers = [self.tr("Client"), self.tr("Billed"), self.tr("Fee rate"),
                   self.tr("Open contracts"), self.tr("Open proposals"), self.tr("Last contact"),
                   self.tr("Average reply")]
        rows = []
        for r in view.rows:
            fee = f"{r.fee_rate.normalize():f}%"
            if r.fee_rate_assumed:
                fee = self.tr("%1 assumed").replace("%1", fee)
            rows.append([r.name, money(r.billed), fee, str(r.open_contracts),
                         str(r.open_proposals),
                         formatting.date(r.last_contact.date()) if r.last_contact else "—",
                         self._wait(r.average_reply)])
        return headers, rows, ""

    def _wait(self, delta: timedelta | None) -> str:
        if delta is None:
            return "—"
        hours = delta.total_seconds() / 3600
        if hours < 48:
            return self.tr("%1 h").replace("%1", f"{hours:.1f}")
        return self.tr("%1 days").replace("%1", f"{hours / 24:.1f}")

    # -- the clients view's detail: the whole history of the selected client -------------------
    def _row_selected(self, row: int) -> None:
        if self.current != "clients" or row < 0 or self.view is None:
            return
        if row >= len(self.view.rows):
            return
        from desktop.services.insights import clients

        name, generation = self.view.rows[row].name, self._generation
        self.detail.setHtml(html.escape(self.tr("Working…")))
        run_in_background(lambda _p: clients.client_detail(name),
                          on_done=lambda detail: self._show_detail(generation, detail),
                          on_error=lambda error: self._detail_failed(generation, error),
                          owner=self.model)

    def _detail_failed(self, generation: int, error: TaskError) -> None:
        if generation == self._generation and not error.bug:
            self.detail.setPlainText(self.tr("Could not compute this view: %1").replace(
                "%1", error.text))

    def _show_detail(self, generation: int, detail) -> None:
        if generation != self._generation or self.current != "clients":
            return
        self.detail.setHtml(self.client_history_html(detail))

    def _event_kind(self, kind: str, direction: str | None) -> str:
        words = {"proposal": self.tr("Proposal"), "contract_start": self.tr("Contract started"),
                 "contract_end": self.tr("Contract ended"), "payment": self.tr("Payment"),
                 "message": self.tr("Message"), "call": self.tr("Call"),
                 "interview": self.tr("Interview"), "note": self.tr("Note")}
        word = words.get(kind, kind)
        if direction == "in":
            return self.tr("%1 from the client").replace("%1", word)
        if direction == "out":
            return self.tr("%1 to the client").replace("%1", word)
        return word

    def client_history_html(self, detail) -> str:
        r = detail.row
        esc = html.escape
        facts = [
            self.tr("Billed %1; fee %2%").replace("%1", money(r.billed)).replace(
                "%2", f"{r.fee_rate.normalize():f}"),
            self.tr("%1 proposals (%2 open), %3 contracts (%4 open)")
            .replace("%1", str(r.proposals)).replace("%2", str(r.open_proposals))
            .replace("%3", str(r.contracts)).replace("%4", str(r.open_contracts)),
            self.tr("Average reply: %1").replace("%1", self._wait(r.average_reply)),
        ]
        parts = [f"<h3>{esc(r.name)}</h3>", "<p>" + "<br>".join(esc(f) for f in facts) + "</p>"]
        if not detail.events:
            nothing = self.tr("Nothing recorded with this client yet.")
            parts.append(f"<p>{esc(nothing)}</p>")
        else:
            parts.append("<table cellspacing='0' cellpadding='3'>")
            for e in reversed(detail.events):  # newest first
                amount = money(e.amount) if e.amount is not None else ""
                parts.append(
                    f"<tr><td style='white-space:nowrap'>{esc(formatting.date(e.at.date()))}</td>"
                    f"<td><b>{esc(self._event_kind(e.kind, e.direction))}</b><br>"
                    f"{esc(messages.note(e.title or '', e.note_code, e.note_params))}</td>"
                    f"<td align='right' style='white-space:nowrap'>{esc(amount)}</td></tr>")
            parts.append("</table>")
        return "".join(parts)

    # -- charts (beside the table; the same numbers) -------------------------------------------
    def _chart_market_rate(self, view) -> None:
        bars = []
        for r in view.rows:
            if r.kind != "hourly" or r.level != "all" or not r.count or r.p25 is None:
                continue
            tip = "<br>".join([
                f"<b>{r.skill}</b>",
                self.tr("25th percentile %1").replace("%1", money(r.p25)),
                self.tr("Median %1").replace("%1", money(r.p50)),
                self.tr("75th percentile %1").replace("%1", money(r.p75)),
                self.tr("%1 jobs").replace("%1", formatting.number(r.count))])
            bars.append(ChartBar(r.skill, r.skill, (float(r.p75 - r.p25),), base=float(r.p25),
                                 mark=float(r.p50), tooltip=tip))
        self.chart.set_chart(
            bars, [Series(self.tr("Middle half of hourly rates (line: median)"), "link")],
            title=self.tr("Hourly rates by skill"),
            empty_text=self.tr("No job in the library states an hourly rate for these skills."))

    def _chart_funnel(self, view) -> None:
        bars = []
        for r in view.rows:
            name = self._group_name(view.by, r.group)
            p = r.hire_rate
            bars.append(ChartBar(name, name, (p.share or 0.0,), low=p.low, high=p.high,
                                 tooltip=f"<b>{name}</b><br>" + self.tr(
                                     "Hired %1 of %2: %3").replace("%1", str(p.successes))
                                 .replace("%2", str(p.trials)).replace("%3", self._pct(p))))
        self.chart.set_chart(
            bars, [Series(self.tr("Hire rate (whisker: 95% range)"), "success")],
            title=self.tr("Hire rate by group"), axis_format=percent,
            empty_text=self.tr("No proposals sent yet."))

    def _chart_cashflow(self, view) -> None:
        bars = [ChartBar(formatting.date(w.week_start), formatting.date(w.week_start),
                         (float(w.to_available),),
                         tooltip=f"<b>{formatting.date(w.week_start)}</b><br>"
                         + self.tr("Becomes available %1").replace("%1", money(w.to_available)))
                for w in view.weeks]
        self.chart.set_chart(
            bars, [Series(self.tr("Becomes available"), "success")],
            title=self.tr("Money becoming available, by week"), axis_format=short_money,
            empty_text=self.tr("Nothing becomes available in these weeks."))

    # -- actions ----------------------------------------------------------------------------
    def export_png(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart as PNG"),
                                                  f"{self.current}.png",
                                                  self.tr("PNG images (*.png)"))
        if not path:
            return None
        if not self.chart.export_png(path):
            QMessageBox.warning(self, self.tr("Export chart as PNG"),
                                self.tr("Could not write %1.").replace("%1", path))
            return None
        return path

    def export_csv(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"),
                                                  f"{self.current}.csv",
                                                  self.tr("CSV files (*.csv)"))
        if not path:
            return None
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([self.model.headerData(c, Qt.Orientation.Horizontal)
                             for c in range(self.model.columnCount())])
            for r in range(self.model.rowCount()):
                writer.writerow([self.model.item(r, c).text()
                                 for c in range(self.model.columnCount())])
        return path

    def add_selected_skill(self) -> None:
        """Skills gap ▸ Add to profile: an operation (Edit ▸ Undo takes the skill back off)."""
        from ui.operations.insights import AddSkill
        from ui.proposals.common import show_error

        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.current != "skills_gap":
            return
        skill = self.model.item(rows[0].row(), 0).text()
        op = AddSkill(skill, on_error=lambda exc: show_error(self, self.tr("Add to profile"),
                                                             exc))
        self.undo_stack.push(op)  # the stack's indexChanged refreshes the view
        if op.failed:
            return
        window = self.window()
        if hasattr(window, "show_status"):
            window.show_status(self.tr("Added %1 to your profile").replace("%1", skill))

    def show_jobs(self) -> None:
        """Skills gap / Market rate ▸ Show jobs: the Jobs tab searching the selected skill."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.current not in ("skills_gap", "market_rate"):
            return
        skill = self.model.item(rows[0].row(), 0).text().replace('"', " ")
        self.navigate("jobsTab")
        jobs_tab = self.window().tab("jobsTab") if hasattr(self.window(), "tab") else None
        if jobs_tab is not None:
            jobs_tab.search_box.setText(f'"{skill}"')  # a phrase: "Power BI", not Power OR BI
            jobs_tab.run_search()

    def open_plans(self) -> QDialog:
        """Cash flow ▸ Planned withdrawals…: add or remove plans (operations)."""
        from ui.insights.plan_dialog import PlanDialog

        dialog = PlanDialog(self.undo_stack, self.refresh, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


def _signed(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return ("+" if value >= 0 else "−") + money(abs(value))


def _hours(minutes: int) -> str:
    return formatting.number(Decimal(minutes) / 60, 1)


def _merge_market(views):
    from desktop.services.insights import basis
    from desktop.services.insights.market_rate import MarketRateView

    first = [v.basis.first for v in views if v.basis.first]
    last = [v.basis.last for v in views if v.basis.last]
    count = sum(v.basis.count for v in views)
    return MarketRateView(tuple(s for v in views for s in v.skills),
                          tuple(r for v in views for r in v.rows),
                          tuple(p for v in views for p in v.positions), views[0].profile_rate,
                          basis("jobs", count, min(first, default=None), max(last, default=None),
                                views[0].basis.minimum))

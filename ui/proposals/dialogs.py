"""Proposals dialogs: letter history, templates & snippets, the Connects ledger, figures, and the
job posting as it was saved. All open window-modal with .open() and write through
ui.operations.proposals."""
from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.services import connects
from desktop.services import proposals as service
from desktop.services import templates as template_service
from desktop.services.jobs import JobType
from desktop.services.proposals import ProposalStatus
from desktop.services.templates import TemplateKind
from models.rules import connects as connects_rules
from ui import formatting, labels
from ui.formatting import money
from ui.operations import proposals as ops
from ui.operations import run_op
from ui.proposals.common import (
    MoneyEdit,
    local_time,
    show_error,
    status_message,
    tone_color,
)
from ui.proposals.ledger_model import ConnectsLedgerModel
from ui.theme import DIALOG_LARGE, DIALOG_WIDE, set_tone
from ui.widgets.naming import named

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


def _dialog(dialog: QDialog, name: str, title: str, size: tuple[int, int]) -> None:
    named(dialog, name, title)
    dialog.setWindowTitle(title)
    dialog.resize(*size)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    box.setObjectName("closeButtons")
    box.rejected.connect(dialog.reject)
    return box


# -- revisions ---------------------------------------------------------------------------------
class RevisionsDialog(QDialog):
    """Earlier versions of a letter; pick one to read it, restore it with one click."""

    restored = Signal(int)

    def __init__(self, proposal_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog(self, "revisionsDialog", self.tr("Letter history"), DIALOG_WIDE)
        self.proposal_id = proposal_id
        proposal = service.get(proposal_id)
        self.list = QListWidget(self)
        named(self.list, "revisionList", self.tr("Saved versions"))
        self.preview = QPlainTextEdit(self)
        named(self.preview, "revisionPreview", self.tr("Version text"))
        self.preview.setReadOnly(True)
        self.restore_button = QPushButton(self.tr("Restore this version"), self)
        named(self.restore_button, "restoreRevision", self.tr("Restore this version"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(proposal.status == ProposalStatus.DRAFT)
        current = QListWidgetItem(self.tr("Now — {chars} characters").format(
            chars=formatting.number(len(proposal.cover_letter))), self.list)
        current.setData(Qt.ItemDataRole.UserRole, None)
        current.setData(Qt.ItemDataRole.UserRole + 1, proposal.cover_letter)
        for revision in service.revisions(proposal_id):
            item = QListWidgetItem(self.tr("{day} — {chars} characters").format(
                day=local_time(revision.saved_at),
                chars=formatting.number(len(revision.cover_letter))), self.list)
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, revision.cover_letter)
        if proposal.sent_cover_letter is not None:
            item = QListWidgetItem(self.tr("As sent — {day}").format(
                day=local_time(proposal.submitted_at)), self.list)
            item.setData(Qt.ItemDataRole.UserRole, None)
            item.setData(Qt.ItemDataRole.UserRole + 1, proposal.sent_cover_letter)
        self.list.currentItemChanged.connect(self._show)
        splitter = QSplitter(self)
        splitter.setObjectName("revisionsSplitter")
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 560])
        hint = QLabel(self.tr("A version is kept every few minutes while you type, and before a "
                              "template or a restore replaces the text."), self)
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        buttons = _close_buttons(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.setCurrentRow(min(1, self.list.count() - 1))

    def _show(self, item: QListWidgetItem | None) -> None:
        self.preview.setPlainText(item.data(Qt.ItemDataRole.UserRole + 1) if item else "")
        self.restore_button.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole)))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        revision_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if revision_id is None:
            return
        proposal_id = self.proposal_id

        def restored(_none) -> None:
            self.restored.emit(proposal_id)
            self.accept()

        run_op(self, self.tr("Not restored"),
               lambda: ops.restore_revision(proposal_id, revision_id), on_done=restored)


# -- templates & snippets --------------------------------------------------------------------
class _TemplateEditor(QWidget):
    def __init__(self, kind: str, undo_stack, parent: QWidget):
        super().__init__(parent)
        self.kind = kind
        self.undo_stack = undo_stack
        self.setObjectName(f"{kind}Editor")
        # whole phrases per kind: the kind's code is never spliced into the user's language
        saved, new, save, delete = (
            (self.tr("Saved templates"), self.tr("New template"), self.tr("Save template"),
             self.tr("Delete template")) if kind == TemplateKind.TEMPLATE else
            (self.tr("Saved snippets"), self.tr("New snippet"), self.tr("Save snippet"),
             self.tr("Delete snippet")))
        self.list = QListWidget(self)
        named(self.list, f"{kind}List", saved)
        self.name = QLineEdit(self)
        named(self.name, f"{kind}Name", self.tr("Name"))
        self.body = QPlainTextEdit(self)
        named(self.body, f"{kind}Body", self.tr("Text"))
        self.body.setPlaceholderText(
            self.tr("Hi {client_name},\n\nI read your post about {job_title}…")
            if kind == TemplateKind.TEMPLATE
            else self.tr("A paragraph you reuse, e.g. your process or a "
                         "past result. Placeholders work here too."))
        self.new_button = QPushButton(self.tr("New"), self)
        named(self.new_button, f"new{kind.title()}", new)
        self.save_button = QPushButton(self.tr("Save"), self)
        named(self.save_button, f"save{kind.title()}", save)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        named(self.delete_button, f"delete{kind.title()}", delete)
        placeholders = QLabel(self.tr("Placeholders: ") + ", ".join(
            f"{{{k}}}" for k in template_service.PLACEHOLDERS), self)
        placeholders.setWordWrap(True)
        placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(placeholders, "muted")
        self.new_button.clicked.connect(self.new_item)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.list.currentItemChanged.connect(self._show)
        right = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        right.addLayout(form)
        right.addWidget(self.body, 1)
        right.addWidget(placeholders)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 5)
        self.current_id: int | None = None
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in template_service.all_items(self.kind):
            row = QListWidgetItem(item.name, self.list)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.id == select:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show(self.list.currentItem())

    def _show(self, row: QListWidgetItem | None) -> None:
        self.current_id = row.data(Qt.ItemDataRole.UserRole) if row else None
        item = template_service.find(self.current_id)
        self.name.setText(item.name if item else "")
        self.body.setPlainText(item.body if item else "")
        self.delete_button.setEnabled(item is not None)

    def new_item(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.current_id = None
        self.name.clear()
        self.body.clear()
        self.name.setFocus()

    def save(self) -> None:
        item_id, name, body = self.current_id, self.name.text(), self.body.toPlainText()
        run_op(self, self.tr("Not saved"),
               lambda: ops.save_template(self.kind, item_id, name, body),
               on_done=lambda saved_id: self.reload(select=saved_id))

    def delete(self) -> None:
        if self.current_id is None:
            return
        item_id = self.current_id
        self.undo_stack.push(ops.DeleteTemplate(
            item_id, labels.label(labels.TEMPLATE_KIND, self.kind),
            lambda exc: show_error(self, self.tr("Not deleted"), exc),
            after=self.reload, after_undo=lambda: self.reload(select=item_id)))


class TemplatesDialog(QDialog):
    def __init__(self, undo_stack, kind: str = "template", parent: QWidget | None = None):
        super().__init__(parent)
        _dialog(self, "templatesDialog", self.tr("Templates and snippets"), DIALOG_WIDE)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("templateTabs")
        self.editors = {k: _TemplateEditor(k, undo_stack, self.tabs)
                        for k in template_service.KINDS}
        self.tabs.addTab(self.editors["template"], self.tr("Letter templates"))
        self.tabs.addTab(self.editors["snippet"], self.tr("Snippets"))
        self.tabs.setCurrentWidget(self.editors[kind])
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(_close_buttons(self))


# -- Connects ledger ---------------------------------------------------------------------------
class LedgerDialog(QDialog):
    """Every grant, purchase, spend, boost, refund and expiry, with the balance after each."""

    def __init__(self, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog(self, "ledgerDialog", self.tr("Connects ledger"), DIALOG_WIDE)
        self.undo_stack = undo_stack
        self.summary = QLabel(self)
        named(self.summary, "ledgerSummary", self.tr("Connects balance"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.model = ConnectsLedgerModel(self)
        self.table = QTableView(self)
        named(self.table, "ledgerTable", self.tr("Connects ledger"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            6, QHeaderView.ResizeMode.Stretch)

        self.plan = QComboBox(self)
        named(self.plan, "connectsPlan", self.tr("Membership plan"))
        for code, label in connects_rules.PLANS.items():
            self.plan.addItem(self.tr("{plan} — {n} a month").format(
                plan=label, n=connects_rules.monthly_allowance(code, on=clock.today())), code)
        self.price = MoneyEdit("connectsPrice", self.tr("Price per Connect"), self)
        self.bundle = QComboBox(self)
        named(self.bundle, "connectsBundle", self.tr("Bundle to buy"))
        self.buy_button = QPushButton(self.tr("Buy"), self)
        named(self.buy_button, "buyConnects", self.tr("Buy Connects"))
        self.balance_spin = QSpinBox(self)
        named(self.balance_spin, "balanceValue", self.tr("Actual balance"))
        self.balance_spin.setRange(0, 100000)
        self.set_balance_button = QPushButton(self.tr("Set balance"), self)
        named(self.set_balance_button, "setBalance", self.tr("Set balance"))
        self.set_balance_button.setToolTip(self.tr(
            "Record what Upwork shows as your balance; the difference becomes a correction."))
        self.delete_button = QPushButton(self.tr("Delete row"), self)
        named(self.delete_button, "deleteLedgerRow", self.tr("Delete ledger row"))

        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.price.editingFinished.connect(self._price_changed)
        self.buy_button.clicked.connect(self.buy)
        self.set_balance_button.clicked.connect(self.set_balance)
        self.delete_button.clicked.connect(self.delete_selected)

        settings_box = QGroupBox(self.tr("Plan and price"), self)
        settings_box.setObjectName("ledgerSettings")
        form = QFormLayout(settings_box)
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow(self.tr("Price each"), self.price)
        actions = QGroupBox(self.tr("Record"), self)
        actions.setObjectName("ledgerActions")
        grid = QFormLayout(actions)
        buy_row = QHBoxLayout()
        buy_row.addWidget(self.bundle, 1)
        buy_row.addWidget(self.buy_button)
        grid.addRow(self.tr("Buy"), buy_row)
        balance_row = QHBoxLayout()
        balance_row.addWidget(self.balance_spin, 1)
        balance_row.addWidget(self.set_balance_button)
        grid.addRow(self.tr("Balance is"), balance_row)
        top = QHBoxLayout()
        top.addWidget(settings_box, 1)
        top.addWidget(actions, 1)
        bottom = _close_buttons(self)
        bottom.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(bottom)
        self.reload()

    def reload(self) -> None:
        ops.grant_due_connects()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        balance = connects.balance()
        text = self.tr("<b>{n}</b> Connects available").format(n=balance.available)
        if balance.next_expiry:
            text += self.tr(" · {k} expire on {day}").format(
                k=balance.expiring_next, day=formatting.date(balance.next_expiry))
        if balance.expired:
            text += self.tr(" · {e} expired unused so far").format(e=balance.expired)
        self.summary.setText(text)
        self.plan.blockSignals(True)
        self.plan.setCurrentIndex(max(self.plan.findData(connects.plan()), 0))
        self.plan.blockSignals(False)
        self.price.set_value(connects.price())
        self.bundle.clear()
        for size in connects_rules.rules_on(clock.today()).bundles:
            self.bundle.addItem(self.tr("{n} Connects — {cost}").format(
                n=size, cost=money(connects.cost_of(size))), size)
        self.balance_spin.setValue(balance.available)
        self.available = balance.available

    def _refresh(self) -> None:
        """After an operation, also one undone from Edit ▸ Undo once the dialog is closed."""
        if shiboken6.isValid(self):
            self.reload()

    def _plan_changed(self) -> None:
        old, new = connects.plan(), self.plan.currentData()
        if new == old:
            return
        command = ops.SetConnectsPlan(
            old, new, lambda exc: show_error(self, self.tr("Plan not changed"), exc),
            after=self._refresh)
        self.undo_stack.push(command)
        if command.failed:  # the combo box shows the plan kept
            self.reload()

    def _price_changed(self) -> None:
        value = self.price.value()
        if value is None or value == connects.price():
            return
        run_op(self, self.tr("Price not changed"), lambda: ops.set_connects_price(value))
        self.reload()

    def buy(self) -> None:
        count = self.bundle.currentData()

        def bought(purchase) -> None:
            note = "" if purchase.expense_recorded else self.tr(
                " (the Payments ledger is not available, so the cost was not booked there)")
            status_message(self.parent() or self,
                           self.tr("Bought {n} Connects for {cost}{note}")
                           .format(n=count, cost=money(purchase.entry.cost), note=note))
            self.reload()

        run_op(self, self.tr("Not bought"), lambda: ops.buy_connects(count), on_done=bought)

    def set_balance(self) -> None:
        target = self.balance_spin.value()
        if target == self.available:  # nothing to correct
            return
        command = ops.SetConnectsBalance(
            target, lambda exc: show_error(self, self.tr("Balance not set"), exc),
            after=self._refresh)
        self.undo_stack.push(command)
        if command.failed:
            self.reload()

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is None:
            return
        self.undo_stack.push(ops.DeleteConnectsEntry(
            entry.id, lambda exc: show_error(self, self.tr("Not deleted"), exc),
            after=self._refresh))


# -- figures ----------------------------------------------------------------------------------
class FiguresDialog(QDialog):
    HEADERS = ("", QT_TRANSLATE_NOOP("FiguresDialog", "Sent"),
               QT_TRANSLATE_NOOP("FiguresDialog", "Viewed"),
               QT_TRANSLATE_NOOP("FiguresDialog", "Interviewed"),
               QT_TRANSLATE_NOOP("FiguresDialog", "Hired"),
               QT_TRANSLATE_NOOP("FiguresDialog", "Win rate"),
               QT_TRANSLATE_NOOP("FiguresDialog", "Connects"),
               QT_TRANSLATE_NOOP("FiguresDialog", "Connects / hire"),
               QT_TRANSLATE_NOOP("FiguresDialog", "Money / hire"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog(self, "figuresDialog", self.tr("Proposal figures"), DIALOG_WIDE)
        self.group = QComboBox(self)
        named(self.group, "figuresGroup", self.tr("Group figures by"))
        self.group.addItem(self.tr("Overall"), None)
        self.group.addItem(self.tr("Per profile"), "profile")
        self.group.addItem(self.tr("Per template"), "template")
        self.table = QTableWidget(0, len(self.HEADERS), self)
        named(self.table, "figuresTable", self.tr("Figures"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("FiguresDialog", h) if h else "" for h in self.HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("A proposal counts as viewed, interviewed or hired once it has "
                              "reached that stage. Connects are net of refunds; money is what "
                              "those Connects cost."), self)
        note.setWordWrap(True)
        set_tone(note, "muted")
        self.group.currentIndexChanged.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show"), self))
        row.addWidget(self.group)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(_close_buttons(self))
        self.reload()

    def reload(self) -> None:
        rows = service.figures(self.group.currentData())
        self.table.setRowCount(len(rows))
        for r, figure in enumerate(rows):
            label = figure.label
            if figure.key == "all":
                label = self.tr("All proposals")
            elif figure.key is None:
                label = self.tr("Without a profile") if self.group.currentData() == "profile" \
                    else self.tr("No template")
            values = (label, figure.sent, figure.viewed, figure.interviewed, figure.hired,
                      "—" if figure.win_rate is None else formatting.number(
                          figure.win_rate, 1) + "%",
                      formatting.number(figure.connects),
                      "—" if figure.connects_per_hire is None else formatting.number(
                          figure.connects_per_hire, 1),
                      money(figure.money_per_hire))
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


# -- the posting -------------------------------------------------------------------------------
def posting_html(job) -> str:
    """The job as it was saved, with the client's figures and the day they were taken."""
    e = html.escape
    rows = []
    muted = tone_color("muted")

    def add(label: str, value) -> None:
        if value not in (None, ""):
            rows.append(f"<tr><td style='color:{muted}; padding-right:12px'>{e(label)}</td>"
                        f"<td>{e(str(value))}</td></tr>")

    if job.job_type == JobType.HOURLY:
        add(translate("PostingView", "Budget"),
            f"{money(job.hourly_min)} – {money(job.hourly_max)} /h")
    elif job.job_type == JobType.FIXED:
        add(translate("PostingView", "Budget"),
            translate("PostingView", "{amount} fixed").format(amount=money(job.budget)))
    add(translate("PostingView", "Skills"), job.skills)
    add(translate("PostingView", "Experience"),
        labels.job_code("experience_level", job.experience_level))
    add(translate("PostingView", "Proposals"),
        labels.job_code("proposals_band", job.proposals_band))
    add(translate("PostingView", "Connects to apply"), job.connects_required)
    add(translate("PostingView", "Posted"), local_time(job.posted_at))
    client = []
    if job.client_payment_verified is not None:
        client.append(translate("PostingView", "payment verified")
                      if job.client_payment_verified
                      else translate("PostingView", "payment NOT verified"))
    if job.client_rating:
        client.append(translate("PostingView", "★ {rating} ({n} reviews)").format(
            rating=job.client_rating, n=job.client_reviews or 0))
    if job.client_spent is not None:
        client.append(translate("PostingView", "{amount} spent").format(
            amount=money(job.client_spent)))
    if job.client_hires is not None:
        client.append(translate("PostingView", "{n} hires").format(n=job.client_hires))
    if job.client_hire_rate is not None:
        client.append(translate("PostingView", "{n}% hire rate").format(
            n=job.client_hire_rate))
    if job.client_country:
        client.append(job.client_country)
    if job.client_member_since:
        client.append(translate("PostingView", "member since {day}").format(
            day=job.client_member_since))
    if client:
        add(translate("PostingView", "Client"), " · ".join(client))
    if job.client_snapshot_at:
        add(translate("PostingView", "Client figures as of"),
            local_time(job.client_snapshot_at))
    link = f"<p><a href='{e(job.url)}'>{e(job.url)}</a></p>" if job.url else ""
    description = e(job.description).replace("\n", "<br>") or "<i>" + e(
        translate("PostingView", "No description saved.")) + "</i>"
    return (f"<h3>{e(job.title)}</h3>{link}<table>{''.join(rows)}</table>"
            f"<hr><p>{description}</p>")


class PostingDialog(QDialog):
    def __init__(self, job, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog(self, "postingDialog", self.tr("Job posting"), DIALOG_LARGE)
        self.view = QTextBrowser(self)
        named(self.view, "postingText", self.tr("Job posting"))
        self.view.setOpenExternalLinks(True)
        self.view.setHtml(posting_html(job))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(_close_buttons(self))

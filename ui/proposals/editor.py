"""One proposal: header (job, client, profile, follow-up, pipeline actions), a one-line summary of
what the bid costs and nets, and pages for the letter, the bid, questions & files, the
conversation and the timeline."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.errors import ServiceError
from desktop.services import connects as connects_service
from desktop.services import proposals as service
from desktop.services.profile import ProfileKind
from desktop.services.proposals import ProposalStatus
from models.rules import connects as connects_rules
from ui import formatting, labels, messages, theme
from ui.formatting import money
from ui.operations import proposals as ops
from ui.operations import run_op
from ui.proposals.bid import BidPanel
from ui.proposals.common import (
    STATUS_TONES,
    ask,
    from_qdate,
    local_time,
    menu_button,
    show_error,
    status_message,
    to_qdate,
    tone_color,
)
from ui.proposals.extras import ExtrasPanel
from ui.proposals.fields import FieldSaver, overlay
from ui.proposals.letter import LetterEditor
from ui.theme import FIELD_WIDTH_L
from ui.widgets.conversation import ConversationWidget
from ui.widgets.naming import named

# The natural next step for each status (the big button); the rest sit in "Move to".
# (texts are translated where they are shown, in the "ProposalMove" context)
NEXT_STEP = {
    "draft": ("submitted", QT_TRANSLATE_NOOP("ProposalMove", "Submit…")),
    "submitted": ("viewed", QT_TRANSLATE_NOOP("ProposalMove", "Client viewed it")),
    "viewed": ("interviewing", QT_TRANSLATE_NOOP("ProposalMove", "Interviewing")),
    "interviewing": ("offer", QT_TRANSLATE_NOOP("ProposalMove", "Offer received")),
    "offer": ("hired", QT_TRANSLATE_NOOP("ProposalMove", "Hired")),
}
MOVE_LABELS = {
    "viewed": QT_TRANSLATE_NOOP("ProposalMove", "Viewed"),
    "interviewing": QT_TRANSLATE_NOOP("ProposalMove", "Interviewing"),
    "offer": QT_TRANSLATE_NOOP("ProposalMove", "Offer received"),
    "hired": QT_TRANSLATE_NOOP("ProposalMove", "Hired"),
    "declined": QT_TRANSLATE_NOOP("ProposalMove", "Declined"),
    "withdrawn": QT_TRANSLATE_NOOP("ProposalMove", "Withdrawn"),
    "job_cancelled": QT_TRANSLATE_NOOP("ProposalMove", "Job cancelled by the client"),
    "archived": QT_TRANSLATE_NOOP("ProposalMove", "Archive"),
}


def move_label(status: str) -> str:
    text = MOVE_LABELS.get(status)
    return QCoreApplication.translate("ProposalMove", text) if text else \
        labels.label(labels.PROPOSAL_STATUS, status)


def contracts_available() -> bool:
    """Whether the Contracts area can make a contract from a proposal (else: no button)."""
    try:
        from desktop.services.contracts import create_from_proposal  # noqa: F401
    except ImportError:
        return False
    return True


class ProposalEditor(QWidget):
    status_changed = Signal(int)
    archive_requested = Signal(int)
    unarchive_requested = Signal(int)
    ledger_requested = Signal()
    templates_requested = Signal(str)
    navigate_requested = Signal(str, int)

    def __init__(self, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, "proposalEditor", self.tr("Proposal editor"))
        self.undo_stack = undo_stack
        self.proposal_id: int | None = None
        self.loaded_status: str | None = None
        self._loading = False

        title_row, meta_row = self._build_header()
        action_row = self._build_action_row()
        self._build_pages(undo_stack)
        self._wire_pages()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_S, theme.SPACE_S, theme.SPACE_S)
        layout.addLayout(title_row)
        layout.addLayout(meta_row)
        layout.addLayout(action_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)

    def _build_header(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The title and status, the job, client and profile, and the follow-up day."""
        self.title = QLineEdit(self)
        named(self.title, "proposalTitle", self.tr("Proposal title"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setFrame(False)
        self.title.editingFinished.connect(self._save_title)
        self.status = QLabel(self)
        named(self.status, "proposalStatus", self.tr("Status"))
        self.job_info = QLabel(self)
        named(self.job_info, "jobInfo", self.tr("Job"))
        self.job_info.setTextFormat(Qt.TextFormat.RichText)
        self.job_info.linkActivated.connect(self._link)
        self.job_info.setWordWrap(True)
        self.client = QLineEdit(self)
        named(self.client, "proposalClient", self.tr("Client name"))
        self.client.setPlaceholderText(self.tr("Client name"))
        self.client.setMaximumWidth(FIELD_WIDTH_L)
        self.client.editingFinished.connect(self._save_client)
        self.profile = QComboBox(self)
        named(self.profile, "proposalProfile", self.tr("Profile used"))
        self.profile.currentIndexChanged.connect(self._save_profile)
        self.follow_check = QCheckBox(self.tr("Follow up"), self)
        named(self.follow_check, "followUpEnabled", self.tr("Follow up on a day"))
        self.follow_date = QDateEdit(self)
        named(self.follow_date, "followUpDate", self.tr("Follow-up day"))
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat(formatting.edit_format(weekday=True))
        self.follow_check.toggled.connect(self._save_follow_up)
        self.follow_date.dateChanged.connect(self._save_follow_up)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.status)
        meta_row = QHBoxLayout()
        meta_row.addWidget(self.job_info, 1)
        meta_row.addWidget(self.client)
        meta_row.addWidget(self.profile)
        return title_row, meta_row

    def _build_action_row(self) -> QHBoxLayout:
        """Next step, move to, contract, merge fields; the follow-up and Open job at the end."""
        self.next_button = QPushButton(self)
        named(self.next_button, "nextStep", self.tr("Next step"))
        self.next_button.setDefault(False)
        self.next_button.clicked.connect(self._next_step)
        self.move_button = QToolButton(self)
        named(self.move_button, "moveTo", self.tr("Move to another status"))
        self.move_button.setText(self.tr("Move to"))
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu_button(self.move_button)
        self.move_menu = QMenu(self.move_button)
        self.move_menu.setObjectName("moveMenu")
        self.move_button.setMenu(self.move_menu)
        self.open_job = QPushButton(self.tr("Open job"), self)
        named(self.open_job, "openJob", self.tr("Open the job in the browser"))
        self.open_job.clicked.connect(self._open_job)
        self.contract_button = QPushButton(self)
        named(self.contract_button, "contractButton", self.tr("Contract"))
        self.contract_button.clicked.connect(self._contract)
        self.fields_merge_button = QPushButton(self.tr("Merge fields…"), self)
        named(self.fields_merge_button, "fieldsMergeButton", self.tr("Merge fields"))
        self.fields_merge_button.setToolTip(self.tr(
            "Someone else changed fields you changed too: choose, field by field, what to keep"))
        self.fields_merge_button.clicked.connect(lambda: self.saver.open_merge())
        self.fields_merge_button.hide()
        self.summary = QLabel(self)
        named(self.summary, "bidSummary", self.tr("Bid summary"))
        self.summary.setWordWrap(True)
        action_row = QHBoxLayout()
        action_row.addWidget(self.next_button)
        action_row.addWidget(self.move_button)
        action_row.addWidget(self.contract_button)
        action_row.addWidget(self.fields_merge_button)
        action_row.addStretch(1)
        action_row.addWidget(self.follow_check)
        action_row.addWidget(self.follow_date)
        action_row.addWidget(self.open_job)
        return action_row

    def _build_pages(self, undo_stack) -> None:
        """Cover letter, bid and fees, questions and files, conversation, timeline."""
        self.pages = QTabWidget(self)
        named(self.pages, "proposalPages", self.tr("Proposal pages"))
        self.letter = LetterEditor(self.pages)
        self.bid = BidPanel(self.pages)
        self.extras = ExtrasPanel(undo_stack, self.pages)
        self.conversation = ConversationWidget(undo_stack=undo_stack, parent=self.pages)
        self.timeline = QListWidget(self.pages)
        named(self.timeline, "statusTimeline", self.tr("Status history"))
        self.pages.addTab(self.letter, self.tr("Cover letter"))
        self.pages.addTab(self.bid, self.tr("Bid && fees"))
        self.pages.addTab(self.extras, self.tr("Questions && files"))
        self.pages.addTab(self.conversation, self.tr("Conversation"))
        self.pages.addTab(self.timeline, self.tr("Timeline"))

    def _wire_pages(self) -> None:
        # one saver for the header, the bid and the answers: the version they were loaded at
        self.saver = FieldSaver(self)
        self.bid.saver = self.extras.saver = self.saver
        self.saver.merged.connect(self.reload_fields)
        self.saver.advanced.connect(self.letter.advance)
        self.letter.advanced.connect(self.saver.advance)
        self.saver.pending_changed.connect(self.fields_merge_button.setVisible)
        self.bid.changed.connect(self.refresh)
        self.bid.ledger_requested.connect(self.ledger_requested)
        self.extras.changed.connect(self.refresh)
        self.letter.saved.connect(lambda _: self.refresh_summary())
        self.letter.manage_requested.connect(self.templates_requested)
        self.conversation.entry_added.connect(lambda _: self.refresh())

    # -- loading ------------------------------------------------------------------------
    def flush(self) -> bool:
        ok = self.letter.flush()
        self.extras.flush()
        self.bid.flush()
        return ok

    def load(self, proposal_id: int | None) -> None:
        """Show a proposal (saving whatever the previous one had pending)."""
        self.flush()
        proposal = service.get(proposal_id) if proposal_id is not None else None
        self.proposal_id = proposal.id if proposal else None
        self.loaded_status = proposal.status if proposal else None
        self._loading = True
        self.saver.load(self.proposal_id)
        self.letter.load(proposal)
        if proposal is not None:
            self.conversation.set_owner(proposal_id=proposal.id)
        self._show_fields(proposal)
        self._loading = False
        self.refresh()

    def reload_fields(self) -> None:
        """Show the fields as saved now (after a merge brought in someone else's values)."""
        if self.proposal_id is None:
            return
        self._loading = True
        self._show_fields(service.get(self.proposal_id))
        self._loading = False
        self.refresh()

    def _show_fields(self, proposal) -> None:
        """The header, bid and answers inputs; values waiting in the outbox show over the
        saved ones (they are what this editor has)."""
        pending = self.saver.pending() if proposal is not None else {}
        client = proposal.client.name if proposal is not None and proposal.client_id else ""
        if proposal is not None:
            client = pending.get("client_name", client)
            overlay(proposal, pending)
        self.bid.load(proposal, milestones=pending.get("milestones"))
        self.extras.load(proposal, answers=pending.get("answers"))
        if proposal is None:
            return
        self.title.setText(proposal.title)
        self.client.setText(client)
        self._fill_profiles(proposal)
        self.follow_check.setChecked(proposal.follow_up_on is not None)
        self.follow_date.setDate(to_qdate(proposal.follow_up_on) if proposal.follow_up_on
                                 else formatting.today_local().addDays(3))
        draft = proposal.status == ProposalStatus.DRAFT
        self.client.setReadOnly(not draft)
        self.profile.setEnabled(draft)

    def _fill_profiles(self, proposal) -> None:
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem(self.tr("No profile"), None)
        for profile_id, kind, name in service.profile_choices():
            label = name or (
                self.tr("General profile") if kind == ProfileKind.GENERAL else
                self.tr("Specialized profile"))
            self.profile.addItem(label, profile_id)
        self.profile.setCurrentIndex(max(self.profile.findData(proposal.profile_id), 0))
        self.profile.blockSignals(False)
        self.profile.setVisible(self.profile.count() > 1)

    def refresh(self) -> None:
        """Re-read everything that is not an input: status, job line, actions, summary,
        timeline, page counts."""
        if self.proposal_id is None:
            return
        proposal = service.get(self.proposal_id)
        if proposal.status != self.loaded_status:
            self.load(self.proposal_id)
            return
        self.letter.catch_up(proposal)  # another member's (or editor's) save of the letter
        label = labels.label(labels.PROPOSAL_STATUS, proposal.status)
        if proposal.is_invitation:
            label = self.tr("Invitation · ") + label
        self.status.setText(label)
        # an outlined pill in the status colour: readable on both themes' backgrounds
        theme.set_state(self.status, "tone", STATUS_TONES.get(proposal.status, "muted"))
        self._update_job_info(proposal)
        self._update_actions(proposal)
        self.refresh_summary()
        self._update_timeline()
        draft = proposal.status == ProposalStatus.DRAFT
        questions = len(service.answers(self.proposal_id)) if draft else \
            len(service.sent_answers(proposal))
        files = len(service.attachments(self.proposal_id))
        self.pages.setTabText(2, self.tr("Questions && files ({n})").format(n=questions + files)
                              if questions + files else self.tr("Questions && files"))
        talks = self.conversation.model.rowCount()
        self.pages.setTabText(3, self.tr("Conversation ({n})").format(n=talks) if talks
                              else self.tr("Conversation"))

    def _update_job_info(self, proposal) -> None:
        if proposal.job_id:
            job = proposal.job
            parts = [self.tr("Answers <a href='posting'>{title}</a>").format(
                title=_escape(job.title[:90]))]
            if job.client_country:
                parts.append(_escape(job.client_country))
            if job.client_rating:
                parts.append(f"★ {job.client_rating}")
            if job.client_spent is not None:
                parts.append(self.tr("{spent} spent").format(spent=money(job.client_spent)))
            if job.client_payment_verified is False:
                parts.append(f"<span style='color:{tone_color('error')}'>" +
                             self.tr("payment not verified") + "</span>")
            self.job_info.setText(" · ".join(parts))
        else:
            self.job_info.setText(f"<span style='color:{tone_color('muted')}'>" + self.tr(
                "Not linked to a saved job — enter the client and the Connects by hand.")
                + "</span>")
        self.open_job.setVisible(bool(proposal.job_id and proposal.job.url))

    def _update_actions(self, proposal) -> None:
        step = NEXT_STEP.get(proposal.status)
        self.next_button.setVisible(step is not None)
        if step is not None:
            self.next_button.setText(QCoreApplication.translate("ProposalMove", step[1]))
        self.move_menu.clear()
        for status in service.TRANSITIONS[proposal.status]:
            if step is not None and status == step[0]:
                continue
            action = self.move_menu.addAction(move_label(status))
            action.setObjectName(f"moveTo_{status}")
            action.triggered.connect(lambda _=False, s=status: self.request_status(s))
        if proposal.status == ProposalStatus.SUBMITTED and proposal.boost_connects and \
                proposal.viewed_at is None:
            self.move_menu.addSeparator()
            action = self.move_menu.addAction(self.tr("Boost outbid — refund {n} Connects")
                                              .format(n=proposal.boost_connects))
            action.setObjectName("boostOutbid")
            action.triggered.connect(self._boost_outbid)
        if proposal.status == ProposalStatus.ARCHIVED:
            action = self.move_menu.addAction(self.tr("Restore from the archive"))
            action.setObjectName("unarchive")
            action.triggered.connect(lambda: self.unarchive_requested.emit(proposal.id))
        self.move_button.setVisible(not self.move_menu.isEmpty())
        show_contract = proposal.status == ProposalStatus.HIRED and contracts_available()
        self.contract_button.setVisible(show_contract)
        if show_contract:
            has = service.contract_for(proposal.id) is not None
            self.contract_button.setText(self.tr("Open contract") if has
                                         else self.tr("Create contract"))

    def refresh_summary(self) -> None:
        if self.proposal_id is None:
            return
        proposal = service.get(self.proposal_id)
        quote = service.fee_quote(self.proposal_id)
        parts = []
        if quote.breakdown is not None:
            per = self.tr("/h") if quote.unit == "hour" else ""
            parts.append(self.tr("Bid <b>{gross}{per}</b> → you receive <b>{net}{per}</b> "
                                 "after a {fee} fee").format(
                gross=money(quote.breakdown.gross), net=money(quote.breakdown.net),
                fee=money(quote.breakdown.fee), per=per))
        else:
            parts.append(f"<span style='color:{tone_color('warning')}'>"
                         + self.tr("No bid amount yet") + "</span>")
        connects = service.connects_quote(self.proposal_id)
        if proposal.status == ProposalStatus.DRAFT:
            text = self.tr("{n} Connects ({cost})").format(n=connects.total,
                                                           cost=money(connects.cost))
            balance = self.tr("balance {have} → {after}").format(have=connects.balance,
                                                                 after=connects.after)
            if connects.short:
                balance = (f"<span style='color:{tone_color('error')}'><b>"
                           + self.tr("{balance} — short").format(balance=balance)
                           + "</b></span>")
            parts.append(f"{text} · {balance}")
        else:
            parts.append(self.tr("{n} Connects spent").format(n=connects.spent))
            if proposal.submitted_at:
                parts.append(self.tr("sent {day}").format(
                    day=local_time(proposal.submitted_at, date_only=True)))
        draft = proposal.status == ProposalStatus.DRAFT
        problems = service.check(self.proposal_id) if draft else []
        errors = sum(p.level == "error" for p in problems)
        warnings = len(problems) - errors
        if errors or warnings:
            bits = []
            if errors:
                bits.append(self.tr("{n} to fix").format(n=errors))
            if warnings:
                bits.append(self.tr("{n} to check").format(n=warnings))
            tip = "\n".join(f"• {messages.text(p.error)}" for p in problems)
            self.summary.setToolTip(tip)
            parts.append(f"<span style='color:{tone_color('warning')}'>⚠ {', '.join(bits)}"
                         "</span>")
        elif proposal.status == ProposalStatus.DRAFT:
            self.summary.setToolTip("")
            parts.append(f"<span style='color:{tone_color('success')}'>"
                         + self.tr("✓ ready to submit") +
                         "</span>")
        # each part stays on one line; a narrow window wraps between parts, not inside one
        self.summary.setText(" &nbsp;·&nbsp; ".join(
            f"<span style='white-space:nowrap'>{part}</span>" for part in parts))

    def _update_timeline(self) -> None:
        self.timeline.clear()
        for change in service.history(self.proposal_id):
            label = labels.label(labels.PROPOSAL_STATUS, change.to_status)
            text = f"{local_time(change.at)}   {label}"
            note = messages.note(change.note, change.note_code, change.note_params)
            if note:
                text += f" — {note}"
            QListWidgetItem(text, self.timeline)

    # -- saving header fields ------------------------------------------------------------
    def _update(self, **changes) -> None:
        if self._loading or self.proposal_id is None:
            return
        try:
            saved = self.saver.save(**changes)
        except ServiceError as exc:
            show_error(self, self.tr("Not saved"), exc)
            self.load(self.proposal_id)
            return
        if saved:
            self.refresh()

    def _differs(self, name: str, value) -> bool:
        """The input holds something other than what this editor loaded or last saved."""
        return self.saver.pending().get(name, self.saver.base.get(name)) != \
            service.comparable(name, value)

    def _save_title(self) -> None:
        if self.proposal_id is not None and self._differs("title", self.title.text()):
            self._update(title=self.title.text())

    def _save_client(self) -> None:
        if self.proposal_id is None or self.client.isReadOnly():
            return
        if self._differs("client_name", self.client.text()):
            self._update(client_name=self.client.text())

    def _save_profile(self) -> None:
        self._update(profile_id=self.profile.currentData())

    def _save_follow_up(self) -> None:
        self.follow_date.setEnabled(self.follow_check.isChecked())
        day = from_qdate(self.follow_date.date()) if self.follow_check.isChecked() else None
        if not self._loading and self.proposal_id is not None and \
                self._differs("follow_up_on", day):
            self._update(follow_up_on=day)

    # -- actions ------------------------------------------------------------------------
    def _link(self, href: str) -> None:
        if href == "posting" and self.proposal_id is not None:
            from ui.proposals.dialogs import PostingDialog

            proposal = service.get(self.proposal_id)
            if proposal.job_id:
                dialog = PostingDialog(proposal.job, self)
                dialog.finished.connect(dialog.deleteLater)
                dialog.open()

    def _open_job(self) -> None:
        proposal = service.get(self.proposal_id)
        if proposal.job_id and proposal.job.url:
            QDesktopServices.openUrl(QUrl(proposal.job.url))

    def _next_step(self) -> None:
        proposal = service.get(self.proposal_id)
        step = NEXT_STEP.get(proposal.status)
        if step:
            self.request_status(step[0])

    def request_status(self, status: str) -> None:
        """Ask what needs asking, then move the proposal (Submit, Hired and the closing
        statuses explain their effect on Connects first)."""
        if self.proposal_id is None:
            return
        self.flush()
        proposal = service.get(self.proposal_id)
        spent = connects_service.spent_on(proposal.id)
        if status == ProposalStatus.SUBMITTED:
            self._confirm_submit()
        elif status == ProposalStatus.ARCHIVED:
            self.archive_requested.emit(proposal.id)
        elif status == ProposalStatus.JOB_CANCELLED:
            ask(self, self.tr("Job cancelled"), self.tr(
                "The client cancelled the job without hiring. Upwork refunds the {n} Connects "
                "spent on it; they go back to your balance.").format(n=spent),
                lambda: self.apply_status("job_cancelled"), yes_text=self.tr("Mark cancelled"),
                name="cancelDialog")
        elif status in (ProposalStatus.DECLINED, ProposalStatus.WITHDRAWN):
            name = labels.label(labels.PROPOSAL_STATUS, status)
            ask(self, name, self.tr(
                "Mark this proposal {status}? The {n} Connects spent on it are not refunded "
                "(Upwork refunds only when the client cancels the job).").format(
                    status=name.lower(), n=spent),
                lambda: self.apply_status(status), yes_text=name,
                name="closeDialog")
        elif status == ProposalStatus.HIRED:
            extra = self.tr(" A contract with the bid's terms is created in the Contracts tab.") \
                if contracts_available() else ""
            ask(self, self.tr("Hired"), self.tr("Congratulations! Mark this proposal hired?") +
                extra, self._hire, yes_text=self.tr("Mark hired"), name="hireDialog")
        else:
            self.apply_status(status)

    def apply_status(self, status: str) -> bool:
        """Move the proposal. Pipeline moves (viewed … job cancelled) go on the undo stack, so
        a mis-click on the big button is one Ctrl+Z away; submitting and hiring are confirmed
        instead (they spend Connects or create a contract)."""
        proposal_id = self.proposal_id
        name = labels.label(labels.PROPOSAL_STATUS, status)
        if status in service.UNDOABLE_MOVES:
            command = ops.MoveProposal(
                proposal_id, status, name,
                lambda exc: show_error(self, self.tr("Status not changed"), exc),
                after=lambda: self._moved(proposal_id),
                on_undo_refused=lambda exc: show_error(self, self.tr("Not undone"), exc))
            self.undo_stack.push(command)
            if command.failed:
                return False
            status_message(self, self.tr("Proposal marked {status} — Edit ▸ Undo puts it "
                                         "back.").format(status=name.lower()))
            return True
        done: list[None] = []
        run_op(self, self.tr("Status not changed"), lambda: ops.set_status(proposal_id, status),
               on_done=done.append)
        if not done:
            return False
        self._moved(proposal_id)
        status_message(self, self.tr("Proposal marked {status}.").format(status=name.lower()))
        return True

    def _moved(self, proposal_id: int) -> None:
        if self.proposal_id == proposal_id:
            self.load(proposal_id)
        self.status_changed.emit(proposal_id)

    def _hire(self) -> None:
        proposal_id = self.proposal_id
        if self.apply_status("hired") and contracts_available() and \
                service.contract_for(proposal_id) is None:
            self._create_contract(proposal_id, navigate=False)

    def _confirm_submit(self) -> None:
        problems = service.check(self.proposal_id)
        errors = [messages.text(p.error) for p in problems if p.level == "error"]
        if errors:
            show_error(self, self.tr("Not ready to submit"), "\n".join(f"• {e}" for e in errors))
            return
        quote = service.connects_quote(self.proposal_id)
        if quote.short:
            box = show_error(self, self.tr("Not enough Connects"), self.tr(
                "Submitting needs {n} Connects but you have {have}. Buy at least {buy} in the "
                "Connects ledger, or record your real balance there.").format(
                    n=quote.total, have=quote.balance,
                    buy=connects_rules.connects_to_buy(-quote.after, on=clock.today())))
            box.finished.connect(lambda _: self.ledger_requested.emit())
            return
        lines = [self.tr("Submit this proposal? It spends {n} Connects ({cost}); your balance "
                         "goes from {have} to {after}.").format(
            n=quote.total, cost=money(quote.cost), have=quote.balance, after=quote.after)]
        warnings = [messages.text(p.error) for p in problems if p.level == "warning"]
        if warnings:
            lines.append(self.tr("Worth a look first:") + "\n" +
                         "\n".join(f"• {w}" for w in warnings))
        lines.append(self.tr("The letter and answers are kept exactly as sent."))
        ask(self, self.tr("Submit proposal"), "\n\n".join(lines), self._submit,
            yes_text=self.tr("Submit"), name="submitDialog")

    def _submit(self) -> None:
        if self.apply_status("submitted"):
            self.pages.setCurrentWidget(self.letter)

    def _boost_outbid(self) -> None:
        def refunded(count: int) -> None:
            status_message(self, self.tr("{n} boost Connects back in your balance.")
                           .format(n=count))
            self.refresh()

        proposal_id = self.proposal_id
        run_op(self, self.tr("No refund"), lambda: ops.boost_outbid(proposal_id),
               on_done=refunded)

    def _contract(self) -> None:
        contract = service.contract_for(self.proposal_id)
        if contract is not None:
            self.navigate_requested.emit("contractsTab", contract.id)
        else:
            self._create_contract(self.proposal_id, navigate=True)

    def _create_contract(self, proposal_id: int, *, navigate: bool) -> None:
        def created(contract) -> None:
            self.refresh()
            status_message(self, self.tr("Contract “{title}” created from the proposal.")
                           .format(title=contract.title))
            if navigate:
                self.navigate_requested.emit("contractsTab", contract.id)

        run_op(self, self.tr("Contract not created"), lambda: ops.create_contract(proposal_id),
               on_done=created)


def _escape(text: str) -> str:
    import html

    return html.escape(text)

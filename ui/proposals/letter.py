"""The cover-letter editor: autosave off the typing path, counts, templates, snippets, checks.

Concurrency (issue 18): the editor keeps the proposal's version it loaded and saves over that
version only. When someone else saved the proposal since, the save is refused; if they did not
touch the letter the editor simply saves again over their version, otherwise the merge dialog
(ui/proposals/merge.py) shows both letters. Until merged, the refused text stays in the editor
and in the outbox (desktop/outbox.py), so switching proposals or closing loses nothing. On a
workspace whose server cannot be reached, autosaves go to the outbox and are sent when it is
back (ui/workspace_live.py).

Autosave: a keystroke only marks the text dirty and, if the save timer is idle, starts it
(AUTOSAVE_MS, never restarted by further typing), so every change reaches the database within a
second however fast the user types, and no keystroke waits for SQLite.
"""
from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import clock, outbox
from desktop.errors import EditConflictError, ServiceError, WorkspaceOfflineError
from desktop.services import proposals as service
from desktop.services import templates as template_service
from desktop.services.proposals import ProposalStatus
from desktop.services.templates import TemplateKind
from models.rules.limits import limit
from ui import formatting, messages, theme
from ui.operations import proposals as ops
from ui.operations import run_op
from ui.proposals.common import menu_button, set_tone, show_error
from ui.widgets.naming import named

AUTOSAVE_MS = 750
# What each placeholder becomes (the services fill them; these explain them in the menu).
PLACEHOLDER_MEANINGS = {
    "client_name": QT_TRANSLATE_NOOP("Placeholder", "the client's first name (a company's "
                                                    "whole name), or “there”"),
    "job_title": QT_TRANSLATE_NOOP("Placeholder", "the job post's title"),
    "job_skills": QT_TRANSLATE_NOOP("Placeholder", "the skills the job asks for"),
    "job_url": QT_TRANSLATE_NOOP("Placeholder", "the job post's link"),
    "my_name": QT_TRANSLATE_NOOP("Placeholder", "your name from the profile"),
    "my_title": QT_TRANSLATE_NOOP("Placeholder", "your profile title"),
    "my_skills": QT_TRANSLATE_NOOP("Placeholder", "your profile's top skills"),
    "rate": QT_TRANSLATE_NOOP("Placeholder", "your bid: hourly rate or fixed price"),
}
CHECK_MS = 300
_WORDS = re.compile(r"\S+")



def _clock(moment: datetime) -> str:
    """The local time of day of a UTC moment, with seconds, in the user's locale."""
    locale = QLocale()
    fmt = locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()  # no zone
    return locale.toString(formatting.to_local(moment).time(), fmt)

class LetterEditor(QWidget):
    saved = Signal(int)  # proposal id, after each autosave
    advanced = Signal(int, int)  # a save here took the proposal from this version to that
    manage_requested = Signal(str)  # "template" | "snippet"
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, "letterEditor", self.tr("Cover letter editor"))
        self.proposal_id: int | None = None
        self.job = None
        self._dirty = False
        self._loading = False
        self.version: int | None = None  # the proposal's version the text continues
        self._base = ""  # the letter as saved at that version (a merge starts from it)
        self._conflict = False  # a save was refused: saving waits for the merge
        self.outbox_folder = None  # the data folder (set by the tab): unsent letters live there
        self.merge_dialog = None
        self.save_timer = QTimer(self)
        self.save_timer.setObjectName("autosaveTimer")
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(AUTOSAVE_MS)
        self.save_timer.timeout.connect(self.flush)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_MS)
        self.check_timer.timeout.connect(self._update_checks)

        tools = self._build_tools()
        self._build_text()
        foot = QHBoxLayout()
        foot.addWidget(self.warnings, 1)
        foot.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACE_S, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.text, 1)
        layout.addLayout(foot)

    def _build_tools(self) -> QHBoxLayout:
        """Template, snippet, placeholders, history and copy; merge and the save state."""
        self.template_button = self._tool("templateButton", self.tr("Template"),
                                          self.tr("Start the letter from a template"))
        self.template_menu = QMenu(self.template_button)
        self.template_menu.setObjectName("templateMenu")
        self.template_menu.aboutToShow.connect(lambda: self._fill_menu("template"))
        self.template_button.setMenu(self.template_menu)
        menu_button(self.template_button)
        self.snippet_button = self._tool("snippetButton", self.tr("Insert snippet"),
                                         self.tr("Insert a saved paragraph at the cursor"))
        self.snippet_menu = QMenu(self.snippet_button)
        self.snippet_menu.setObjectName("snippetMenu")
        self.snippet_menu.aboutToShow.connect(lambda: self._fill_menu("snippet"))
        self.snippet_button.setMenu(self.snippet_menu)
        menu_button(self.snippet_button)
        self.placeholder_button = self._tool("placeholderButton", self.tr("Placeholders"),
                                             self.tr("Insert a placeholder filled from the "
                                                     "job and your profile"))
        placeholders = QMenu(self.placeholder_button)
        placeholders.setObjectName("placeholderMenu")
        self.fill_action = placeholders.addAction(self.tr("Fill all from the job and profile"))
        self.fill_action.setObjectName("fillPlaceholdersAction")
        self.fill_action.triggered.connect(self.fill_placeholders)
        placeholders.addSeparator()
        for key in template_service.PLACEHOLDERS:
            meaning = QCoreApplication.translate("Placeholder", PLACEHOLDER_MEANINGS[key])
            action = placeholders.addAction(f"{{{key}}} — {meaning}")
            action.triggered.connect(lambda _=False, k=key: self.insert_text(f"{{{k}}}"))
        self.placeholder_button.setMenu(placeholders)
        menu_button(self.placeholder_button)
        self.history_button = self._tool("revisionsButton", self.tr("History…"),
                                         self.tr("Earlier versions of this letter"))
        self.history_button.clicked.connect(self.history_requested)
        self.copy_button = self._tool("copyForUpworkButton", self.tr("Copy for Upwork"),
                                      self.tr("Copy the letter and the answers to the "
                                              "clipboard (Ctrl+Shift+C)"))
        self.copy_button.clicked.connect(self.copy_for_upwork)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        set_tone(self.save_state, "muted")
        self.merge_button = self._tool("mergeButton", self.tr("Merge…"),
                                       self.tr("Someone else saved this proposal: compare both "
                                               "letters and merge them"))
        self.merge_button.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
        self.merge_button.clicked.connect(self.open_merge)
        self.merge_button.hide()
        tools = QHBoxLayout()
        for button in (self.template_button, self.snippet_button, self.placeholder_button,
                       self.history_button, self.copy_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.merge_button)
        tools.addWidget(self.save_state)
        return tools

    def _build_text(self) -> None:
        """The letter itself (spell-checked), its counts and warnings."""
        self.text = QPlainTextEdit(self)
        named(self.text, "coverLetter", self.tr("Cover letter"))
        self.text.setPlaceholderText(self.tr(
            "Write to the client: open with their problem, show you read the post, say how you "
            "would solve it and what you have done like it, end with a question.\n\n"
            "Tip: start from a template (above); {client_name} and friends fill themselves in."))
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.text.setFont(font)
        from ui.spelling import attach

        self.spelling = attach(self.text)  # underlines misspelt words; suggestions on right-click
        self.text.textChanged.connect(self._changed)

        self.count = QLabel(self)
        named(self.count, "letterCount", self.tr("Character and word count"))
        self.warnings = QLabel(self)
        named(self.warnings, "letterWarnings", self.tr("Letter warnings"))
        self.warnings.setWordWrap(True)

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        named(button, name, text)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(button.toolButtonStyle())
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setAutoRaise(True)
        return button

    # -- loading and saving ------------------------------------------------------------
    def load(self, proposal) -> None:
        """Show a proposal's letter (saving the previous one first)."""
        self.flush()
        self.proposal_id = proposal.id if proposal else None
        self.job = proposal.job if proposal and proposal.job_id else None
        draft = proposal is not None and proposal.status == ProposalStatus.DRAFT
        text = ""
        if proposal is not None:
            text = proposal.cover_letter if draft or proposal.sent_cover_letter is None \
                else proposal.sent_cover_letter
        self.version = proposal.version if proposal is not None else None
        self._base = text
        self._conflict = False
        kept = (outbox.find(self.outbox_folder, proposal.id)
                if proposal is not None and draft and self.outbox_folder is not None else None)
        if kept is not None:  # typed offline or refused earlier: it continues from there
            text, self.version, self._base = kept.text, kept.version, kept.base
            self._conflict = kept.conflict
        self._loading = True
        if self.text.toPlainText() != text:
            self.text.setPlainText(text)
        self._loading = False
        self._dirty = kept is not None
        self.merge_button.setVisible(self._conflict)
        self.text.setReadOnly(not draft)
        for button in (self.template_button, self.snippet_button, self.placeholder_button):
            button.setEnabled(draft)
        self.history_button.setEnabled(proposal is not None)
        self.copy_button.setEnabled(proposal is not None)
        if proposal is None:
            self.save_state.clear()
        elif kept is not None:
            self._show_unsent()
        elif draft:
            set_tone(self.save_state, "muted")
            self.save_state.setToolTip("")
            self.save_state.setText(self.tr("Saved") + " " + _clock(proposal.updated_at))
        else:
            self.save_state.setText(self.tr("As sent on {day}").format(
                day=formatting.datetime(proposal.submitted_at)
                if proposal.submitted_at else "—"))
        self._update_count()
        self._update_checks()

    def _changed(self) -> None:
        if self._loading or self.proposal_id is None or self.text.isReadOnly():
            return
        self._dirty = True
        if not self.save_timer.isActive():
            self.save_timer.start()
        self.save_state.setText(self.tr("Editing…"))
        self._update_count()
        self.check_timer.start()

    def flush(self) -> bool:
        """Write unsaved text now (the timer, switching proposals and closing call this)."""
        self.save_timer.stop()
        if not self._dirty or self.proposal_id is None:
            return True
        text = self.text.toPlainText()
        if self._conflict:  # refused before: kept until merged
            self._keep(text)
            return False
        from ui import workspace_live

        if workspace_live.offline():  # no wait on a server known to be away
            self._keep(text)
            return True
        before = self.version
        try:
            self.version = ops.save_letter(self.proposal_id, text, self.version)
        except EditConflictError:
            self._conflict = True
            self._keep(text)
            self.open_merge()
            return not self._conflict
        except WorkspaceOfflineError:
            self._keep(text)
            return True
        except ServiceError as exc:  # keep the text on screen and dirty; tell the user why
            self.save_state.setText(self.tr("Not saved"))
            set_tone(self.save_state, "error")
            self.save_state.setToolTip(messages.text(exc))
            return False
        self._base = text
        if self.outbox_folder is not None:
            ops.drop_kept_letter(self.outbox_folder, self.proposal_id)
        self.merge_button.hide()
        self._dirty = False
        set_tone(self.save_state, "muted")
        self.save_state.setToolTip("")
        self.save_state.setText(self.tr("Saved") + " " + _clock(clock.now()))
        if before is not None and self.version != before:
            self.advanced.emit(before, self.version)
        self.saved.emit(self.proposal_id)
        return True

    def advance(self, before: int, after: int) -> None:
        """This window saved other fields of the proposal over the version the letter is at:
        the letter continues from that save (it did not change the letter)."""
        if self.version == before and not self._conflict:
            self.version = after

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def in_conflict(self) -> bool:
        return self._conflict

    def _keep(self, text: str) -> None:
        """Keep the unsent text in the outbox (a refused save, or the server away)."""
        if self.proposal_id is None:
            return
        if self.outbox_folder is not None:
            ops.keep_letter(self.outbox_folder, self.proposal_id, text, version=self.version,
                            base=self._base, conflict=self._conflict)
            self._dirty = self._conflict  # in the outbox; sent when the server is back
        self._show_unsent()

    def _show_unsent(self) -> None:
        self.merge_button.setVisible(self._conflict)
        if self._conflict:
            self.save_state.setText(self.tr("Not saved: merge needed"))
            self.save_state.setToolTip(self.tr(
                "Someone else saved this proposal after you opened it. Your text is kept; "
                "press Merge… to combine both letters."))
            set_tone(self.save_state, "error")
        else:
            self.save_state.setText(self.tr("Kept on this computer"))
            self.save_state.setToolTip(self.tr(
                "The workspace server cannot be reached. Your letter is kept on this computer "
                "and sent when the server is back."))
            set_tone(self.save_state, "warning")

    def catch_up(self, proposal) -> None:
        """Someone (this window's other editors, or another member) saved the proposal: take
        their letter when nothing here is unsaved."""
        if proposal is None or proposal.id != self.proposal_id or self._dirty \
                or self._conflict or proposal.version == self.version:
            return
        if proposal.status != ProposalStatus.DRAFT:
            return
        self.version, self._base = proposal.version, proposal.cover_letter
        if self.text.toPlainText() != proposal.cover_letter:
            self._loading = True
            self.text.setPlainText(proposal.cover_letter)
            self._loading = False
            self._update_count()
            self._update_checks()

    def open_merge(self) -> None:
        """Compare the saved letter with the refused one and merge them (window-modal)."""
        if self.proposal_id is None or self.merge_dialog is not None:
            return
        from ui.proposals.merge import MergeDialog, show_merge

        theirs = service.get(self.proposal_id)
        yours = self.text.toPlainText()
        if theirs.cover_letter in (self._base, yours):  # they changed other fields only
            self._conflict = False
            self.version, self._base = theirs.version, theirs.cover_letter
            self._dirty = True
            self.flush()
            return
        dialog = MergeDialog(self, base=self._base, theirs=theirs.cover_letter, yours=yours)

        def accepted() -> None:
            self._conflict = False
            self.version, self._base = theirs.version, theirs.cover_letter
            self._set_text(dialog.merged_text())
            self._dirty = True
            self.flush()

        show_merge(self, dialog, accepted, self._show_unsent)

    # -- counts and checks -------------------------------------------------------------
    def _update_count(self) -> None:
        text = self.text.toPlainText()
        chars, words = len(text), len(_WORDS.findall(text))
        maximum = limit("cover_letter_chars")
        label = self.tr("{chars} / {max} characters · {words} words").format(
            chars=formatting.number(chars), max=formatting.number(maximum),
            words=formatting.number(words))
        if chars > maximum:
            label = self.tr("{over} characters over the limit · ").format(
                over=formatting.number(chars - maximum)) + label
            tone = "strong-error"
        elif chars > maximum * 0.9:
            tone = "warning"
        else:
            tone = None
        self.count.setText(label)
        set_tone(self.count, tone)

    def _update_checks(self) -> None:
        text = self.text.toPlainText()
        notes = []
        left = template_service.unfilled(text)
        if left:
            notes.append(self.tr("Unfilled: {names}").format(names=", ".join(left)))
        if text.strip() and self.job is not None:
            found, total = template_service.job_mentions(text, self.job)
            if total and len(found) < min(2, total):
                notes.append(self.tr("Barely mentions the job — name their need or a skill they "
                                     "asked for"))
        if notes:
            self.warnings.setText("⚠ " + " · ".join(notes))
            set_tone(self.warnings, "warning")
        elif text.strip() and self.job is not None:
            self.warnings.setText(self.tr("✓ Mentions the job"))
            set_tone(self.warnings, "success")
        else:
            self.warnings.clear()

    # -- templates, snippets, placeholders ---------------------------------------------
    def _fill_menu(self, kind: str) -> None:
        menu = self.template_menu if kind == TemplateKind.TEMPLATE else self.snippet_menu
        menu.clear()
        items = template_service.all_items(kind)
        for item in items:
            action = menu.addAction(item.name)
            action.setToolTip(item.body[:200])
            action.triggered.connect(lambda _=False, i=item.id: self.use(kind, i))
        if not items:
            empty = menu.addAction(self.tr("No {kind}s yet").format(kind=kind))
            empty.setEnabled(False)
        menu.addSeparator()
        manage = QAction(self.tr("Manage {kind}s…").format(kind=kind), menu)
        manage.triggered.connect(lambda: self.manage_requested.emit(kind))
        menu.addAction(manage)

    def use(self, kind: str, item_id: int) -> None:
        if self.proposal_id is None:
            return
        if kind == TemplateKind.TEMPLATE:
            self.flush()
            proposal_id = self.proposal_id

            def applied(filled) -> None:
                self._set_text(filled.text)
                self.flush()

            run_op(self, self.tr("Template not applied"),
                   lambda: ops.apply_template(proposal_id, item_id), on_done=applied)
        else:
            snippet = template_service.find(item_id)
            if snippet is None:
                return
            proposal = service.get(self.proposal_id)
            filled = template_service.fill(snippet.body, template_service.context_for(proposal))
            self.insert_text(filled.text)

    def _set_text(self, text: str) -> None:
        """Replace the whole text as one undoable edit in the text box."""
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def insert_text(self, text: str) -> None:
        self.text.textCursor().insertText(text)
        self.text.setFocus()

    def fill_placeholders(self) -> None:
        if self.proposal_id is None:
            return
        proposal = service.get(self.proposal_id)
        filled = template_service.fill(self.text.toPlainText(),
                                       template_service.context_for(proposal))
        if filled.text != self.text.toPlainText():
            self._set_text(filled.text)
        if filled.missing:
            show_error(self, self.tr("Some placeholders are still empty"), self.tr(
                "No value yet for {names}. Fill in the job or your profile, or write them "
                "by hand.").format(names=", ".join("{" + m + "}" for m in filled.missing)))

    def copy_for_upwork(self) -> None:
        if self.proposal_id is None:
            return
        self.flush()
        QGuiApplication.clipboard().setText(service.text_for_upwork(self.proposal_id))
        from ui.proposals.common import status_message

        status_message(self, self.tr("Cover letter and answers copied — paste them into "
                                     "Upwork's proposal form."))

"""The Jobs tab's detail pane: one posting, readable, with its fit and its client judged."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import clock
from desktop.services import jobs
from desktop.services.jobs import JobStatus
from models.rules import job_signals
from ui import formatting, icons, labels, theme
from ui.jobs.model import amount_text, local_date, posted_text
from ui.jobs.reasons import reason_text
from ui.theme import EDITOR_HEIGHT_M


def _stored_time(value):
    """A time kept in a job snapshot ("2024-05-14T05:14:00.000000Z") as an aware datetime."""
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))

TONE_MARKS = {job_signals.GOOD: ("✓", "success"), job_signals.BAD: ("✗", "error"),
              job_signals.NEUTRAL: ("•", "muted")}
LEVEL_WORDS = {"strong": QT_TRANSLATE_NOOP("JobDetail", "strong"),
               "fair": QT_TRANSLATE_NOOP("JobDetail", "fair"),
               "weak": QT_TRANSLATE_NOOP("JobDetail", "weak"),
               "unknown": QT_TRANSLATE_NOOP("JobDetail", "unknown")}
_URL = re.compile(r"(https?://[^\s<>\"]+)")


class FlowLayout(QLayout):
    """Lays widgets left to right and wraps them (skill chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()

    def clear(self) -> None:
        while self._items:
            item = self._items.pop()
            if item.widget() is not None:
                item.widget().hide()  # gone at once, even before the deferred delete
                item.widget().deleteLater()


def text_to_html(text: str) -> str:
    """A posting's plain text as readable HTML: paragraphs, line breaks, clickable links."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for paragraph in paragraphs:
        escaped = html.escape(paragraph)
        escaped = _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)
        out.append("<p>" + escaped.replace("\n", "<br>") + "</p>")
    return "".join(out)


def _section(title: str, parent: QWidget) -> QLabel:
    label = QLabel(title, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.05)
    label.setFont(font)
    return label


def _reasons_html(score: job_signals.Score) -> str:
    rows = []
    for reason in score.reasons:
        mark, tone = TONE_MARKS.get(reason.tone, ("•", "muted"))
        color = theme.color(tone).name()
        text = html.escape(reason_text(reason))
        rows.append(f"<span style='color:{color}'>{mark}</span>&nbsp;{text}")
    return "<br>".join(rows)


class JobDetail(QScrollArea):
    """Shows one job. Emits what the user asks for; the tab does it through the services."""

    status_requested = Signal(int, str)  # job id, status
    star_requested = Signal(int, bool)
    draft_requested = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    notes_changed = Signal(int, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("jobDetail")
        self.setAccessibleName(self.tr("Job details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.job = None
        self._shown: tuple | None = None  # what show_job last showed (to skip a same re-show)
        self._drawn: int | None = None  # the id of the job shown (`job` may be bound ahead)
        self._notes_for: int | None = None  # the job whose notes the notes box holds
        self._client_labels: list[tuple[QLabel, QLabel]] = []  # the client grid's rows
        body = QWidget(self)
        body.setObjectName("jobDetailBody")
        self.body = body
        layout = QVBoxLayout(body)
        layout.setContentsMargins(theme.SPACE_XL, theme.SPACE_L, theme.SPACE_XL, theme.SPACE_XL)
        layout.setSpacing(theme.SPACE_L)
        self._build_heading(layout)
        layout.addWidget(self._build_buttons())
        self._build_fit_and_skills(layout)
        self._build_description(layout)
        self._build_client(layout)
        self._build_notes(layout)
        layout.addStretch(1)
        self.setWidget(body)
        self._wire()
        self._loading = False

    def _build_heading(self, layout: QVBoxLayout) -> None:
        """The title, the facts line (budget, level, posted) and the muted meta line."""
        self.title = QLabel(self.body)
        self.title.setObjectName("jobTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.facts = QLabel(self.body)
        self.facts.setObjectName("jobFacts")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.meta = QLabel(self.body)
        self.meta.setObjectName("jobMeta")
        self.meta.setWordWrap(True)
        self.meta.setOpenExternalLinks(True)
        theme.set_tone(self.meta, "muted")
        layout.addWidget(self.meta)

    def _build_buttons(self) -> QWidget:
        """Draft, Save, Hide and Open as buttons that wrap, then the ⋯ menu."""
        button_box = QWidget(self.body)
        buttons = FlowLayout(button_box, spacing=theme.SPACE_M)
        self.draft_button = self._button(self.tr("Draft proposal"), "draftProposalButton",
                                         "proposals",
                                         self.tr("Start a proposal for this job and open it"))
        self.draft_button.setDefault(True)
        self.save_button = self._button(self.tr("Save"), "saveJobButton", None,
                                        self.tr("Keep this job on your Saved list"))
        self.hide_button = self._button(self.tr("Hide"), "hideJobButton", None,
                                        self.tr("Hide this job from searches (undo with Ctrl+Z)"))
        self.open_button = self._button("", "openJobButton", "link",
                                        self.tr("Open the posting in your browser"))
        self.open_button.setAccessibleName(self.tr("Open in browser"))
        self.more_button = QToolButton(self.body)
        self.more_button.setObjectName("jobMoreButton")
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_button.setText("⋯")
        self.more_button.setToolTip(self.tr("Star, edit, close, copy link, delete"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setMenu(self._build_more_menu())
        for button in (self.draft_button, self.save_button, self.hide_button, self.open_button):
            buttons.addWidget(button)
        buttons.addWidget(self.more_button)
        return button_box

    def _build_more_menu(self) -> QMenu:
        """Star, edit, close, mark new, copy link, delete."""
        menu = QMenu(self.more_button)
        menu.setObjectName("jobMoreMenu")
        self.star_action = menu.addAction(self.tr("Star"))
        self.star_action.setObjectName("starJobAction")
        self.star_action.setCheckable(True)
        self.edit_action = menu.addAction(self.tr("Edit…"))
        self.edit_action.setObjectName("editJobAction")
        icons.set_icon(self.edit_action, "edit")
        self.close_action = menu.addAction(self.tr("Mark as closed"))
        self.close_action.setObjectName("closeJobAction")
        self.new_action = menu.addAction(self.tr("Mark as new"))
        self.new_action.setObjectName("markNewJobAction")
        self.copy_action = menu.addAction(self.tr("Copy link"))
        self.copy_action.setObjectName("copyJobLinkAction")
        icons.set_icon(self.copy_action, "copy")
        menu.addSeparator()
        self.delete_action = menu.addAction(self.tr("Delete…"))
        self.delete_action.setObjectName("deleteJobAction")
        icons.set_icon(self.delete_action, "delete")
        return menu

    def _build_fit_and_skills(self, layout: QVBoxLayout) -> None:
        """Why the job fits (or not), then its skills as chips."""
        self.fit_title = _section("", self.body)
        self.fit_title.setObjectName("fitTitle")
        layout.addWidget(self.fit_title)
        self.fit_reasons = QLabel(self.body)
        self.fit_reasons.setObjectName("fitReasons")
        self.fit_reasons.setWordWrap(True)
        layout.addWidget(self.fit_reasons)
        self.skills_title = _section(self.tr("Skills"), self.body)
        layout.addWidget(self.skills_title)
        self.chips_box = QWidget(self.body)
        self.chips = FlowLayout(self.chips_box)
        self.chips_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.chips_box)

    def _build_description(self, layout: QVBoxLayout) -> None:
        """The posting's text, with clickable links."""
        layout.addWidget(_section(self.tr("Description"), self.body))
        self.description = QLabel(self.body)
        self.description.setObjectName("jobDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setOpenExternalLinks(True)
        self.description.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.description)

    def _build_client(self, layout: QVBoxLayout) -> None:
        """The client's facts and how they are judged, then the posting's earlier versions."""
        self.client_title = _section(self.tr("About the client"), self.body)
        layout.addWidget(self.client_title)
        self.client_grid = QGridLayout()
        self.client_grid.setHorizontalSpacing(theme.SPACE_XL)
        self.client_grid.setVerticalSpacing(theme.SPACE_XS)
        layout.addLayout(self.client_grid)
        self.client_reasons = QLabel(self.body)
        self.client_reasons.setObjectName("clientReasons")
        self.client_reasons.setWordWrap(True)
        layout.addWidget(self.client_reasons)
        self.history_title = _section(self.tr("Earlier versions"), self.body)
        layout.addWidget(self.history_title)
        self.history = QLabel(self.body)
        self.history.setObjectName("jobHistory")
        self.history.setWordWrap(True)
        layout.addWidget(self.history)

    def _build_notes(self, layout: QVBoxLayout) -> None:
        """Private notes, saved a moment after the typing stops."""
        layout.addWidget(_section(self.tr("Your notes"), self.body))
        self.notes = QPlainTextEdit(self.body)
        self.notes.setObjectName("jobNotes")
        self.notes.setAccessibleName(self.tr("Your notes on this job"))
        self.notes.setPlaceholderText(self.tr("Private notes: questions to ask, why it fits…"))
        self.notes.setFixedHeight(EDITOR_HEIGHT_M)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(800)
        self._notes_timer.timeout.connect(self._save_notes)
        self.notes.textChanged.connect(self._notes_edited)
        layout.addWidget(self.notes)

    def _wire(self) -> None:
        self.draft_button.clicked.connect(lambda: self._emit(self.draft_requested))
        self.save_button.clicked.connect(self._toggle_saved)
        self.hide_button.clicked.connect(self._toggle_hidden)
        self.open_button.clicked.connect(self._open)
        self.star_action.triggered.connect(
            lambda checked: self.job and self.star_requested.emit(self.job.id, checked))
        self.edit_action.triggered.connect(lambda: self._emit(self.edit_requested))
        self.delete_action.triggered.connect(lambda: self._emit(self.delete_requested))
        self.close_action.triggered.connect(
            lambda: self.job and self.status_requested.emit(self.job.id, "closed"))
        self.new_action.triggered.connect(
            lambda: self.job and self.status_requested.emit(self.job.id, "new"))
        self.copy_action.triggered.connect(self._copy_link)

    def _button(self, text: str, name: str, icon: str | None, tip: str) -> QPushButton:
        button = QPushButton(text, self.body)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        if icon:
            icons.set_icon(button, icon)
        return button

    def _emit(self, signal) -> None:
        if self.job is not None:
            signal.emit(self.job.id)

    # -- showing --------------------------------------------------------------------------------
    def show_job(self, job, fit: job_signals.Score, quality: job_signals.Score,
                 profile: job_signals.ProfileFacts, history: list) -> None:
        same = self._drawn == job.id
        self._save_notes()
        # The same job as shown, unchanged (a search as you type that keeps the selected job):
        # what the pane shows would be the same, so it is not built again.
        shown = (dict(job.__data__), fit, quality, profile,
                 tuple((s.id, s.taken_at) for s in history), theme.current(),
                 clock.now().replace(second=0, microsecond=0))  # "Posted 3 h ago"
        self.job, self._drawn = job, job.id
        if same and shown == self._shown:
            return
        self._shown = shown
        self.title.setText(html.escape(job.title))
        facts = [amount_text(job), labels.job_code("experience_level", job.experience_level),
                 labels.job_code("duration", job.duration),
                 labels.job_code("workload", job.workload)]
        if job.proposals_band:
            facts.append(self.tr("Proposals: {band}").format(
                band=labels.job_code("proposals_band", job.proposals_band)))
        if job.connects_required is not None:
            facts.append(self.tr("{n} Connects to apply").format(n=job.connects_required))
        self.facts.setText(" · ".join(f for f in facts if f) or self.tr("No terms stated"))
        meta = []
        if job.posted_at and job.posted_at_approx:
            # worked out from "Posted 19 hours ago" and the file's date: an assumption
            meta.append(self.tr("Posted about {when}, relative to the import (the source "
                                "only said how long ago)").format(
                when=formatting.date(formatting.to_local(job.posted_at).date().toPython(),
                                     long=True)))
        elif job.posted_at:
            meta.append(self.tr("Posted {ago} ({when})").format(
                ago=posted_text(job.posted_at), when=formatting.datetime(job.posted_at)))
        meta.append(self.tr("first seen {day}").format(day=local_date(job.first_seen_at)))
        if job.category:
            meta.append(html.escape(job.category + (f" › {job.subcategory}"
                                                    if job.subcategory else "")))
        status = labels.label(labels.JOB_STATUS, job.status)
        meta.append(f"<b>{status}</b>" + (" ★" if job.starred else ""))
        self.meta.setText(" · ".join(meta))

        saved = job.status == JobStatus.SAVED
        self.save_button.setText(self.tr("Saved ✓") if saved else self.tr("Save"))
        self.save_button.setToolTip(self.tr("Take it off your Saved list") if saved
                                    else self.tr("Keep this job on your Saved list"))
        hidden = job.status == JobStatus.HIDDEN
        self.hide_button.setText(self.tr("Unhide") if hidden else self.tr("Hide"))
        self.open_button.setEnabled(bool(job.url))
        self.copy_action.setEnabled(bool(job.url))
        self.star_action.setChecked(bool(job.starred))
        self.close_action.setEnabled(job.status != JobStatus.CLOSED)
        self.new_action.setEnabled(job.status != JobStatus.NEW)

        level = fit.level
        self.fit_title.setText(self.tr("Fit {score}/100 — {level}  (for {profile})").format(
            score=fit.value, level=QCoreApplication.translate("JobDetail", LEVEL_WORDS[level]),
            profile=profile.name or self.tr("General profile")))
        theme.set_tone(self.fit_title, {"strong": "success", "weak": "error"}.get(level))
        self.fit_reasons.setText(_reasons_html(fit))

        self.chips.clear()
        mine = {job_signals.skill_key(s) for s in profile.skills}
        skills = jobs.skill_list(job.skills)
        for name in skills:
            chip = QLabel(name, self.chips_box)
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setObjectName("skillChip")
            matched = job_signals.skill_matches(name, mine)
            theme.set_state(chip, "matched", "true" if matched else "false")
            chip.setToolTip(self.tr("On your profile") if matched
                            else self.tr("Not on your profile"))
            self.chips.addWidget(chip)
        self.skills_title.setVisible(bool(skills))
        self.chips_box.setVisible(bool(skills))

        text = job.description or ""
        self.description.setText(text_to_html(text) if text.strip() else "<i>" + self.tr(
            "No description in this source. The original text is kept and shown below under "
            "Earlier versions when a better source updates it.") + "</i>")

        self._fill_client(job, quality)
        self._fill_history(history)
        if not (same and self.notes.hasFocus()):  # never reset the text under the cursor
            self._loading = True
            self.notes.setPlainText(job.notes or "")
            self._loading = False
            self._notes_for = job.id
        if not same:
            self.verticalScrollBar().setValue(0)

    def _fill_client(self, job, quality: job_signals.Score) -> None:
        rows = []
        if job.client_payment_verified is not None:
            rows.append((self.tr("Payment"), self.tr("Verified ✓") if job.client_payment_verified
                         else self.tr("Not verified ✗")))
        if job.client_rating:
            reviews = (" " + self.tr("({n} reviews)").format(n=job.client_reviews)
                       if job.client_reviews is not None else "")
            rows.append((self.tr("Rating"), f"★ {job.client_rating}{reviews}"))
        if job.client_spent is not None:
            rows.append((self.tr("Spent"), "$" + formatting.number(job.client_spent)))
        if job.client_hires is not None or job.client_hire_rate is not None:
            parts = []
            if job.client_hires is not None:
                parts.append(self.tr("{n} hires").format(n=job.client_hires))
            if job.client_hire_rate is not None:
                parts.append(self.tr("{n}% hire rate").format(n=job.client_hire_rate))
            rows.append((self.tr("Hires"), ", ".join(parts)))
        if job.client_open_jobs is not None:
            rows.append((self.tr("Open jobs"), str(job.client_open_jobs)))
        if job.client_country:
            rows.append((self.tr("Country"), job.client_country))
        if job.client_member_since:
            rows.append((self.tr("Member since"), job.client_member_since))
        # the grid's labels are made once and reused (a new pair per row per job cost more
        # than the rest of the pane)
        labels_ = self._client_labels
        while len(labels_) < len(rows):
            key, value = QLabel(self.body), QLabel(self.body)
            theme.set_tone(key, "muted")
            self.client_grid.addWidget(key, len(labels_), 0)
            self.client_grid.addWidget(value, len(labels_), 1)
            labels_.append((key, value))
        for n, (key, value) in enumerate(labels_):
            if n < len(rows):
                key.setText(rows[n][0])
                value.setText(html.escape(rows[n][1]))
            key.setVisible(n < len(rows))
            value.setVisible(n < len(rows))
        self.client_grid.setColumnStretch(1, 1)
        title = self.tr("About the client")
        if quality.value is not None:
            title = self.tr("About the client — quality {score}/100 ({level})").format(
                score=quality.value,
                level=QCoreApplication.translate("JobDetail", LEVEL_WORDS[quality.level]))
        self.client_title.setText(title)
        when = ""
        if job.client_snapshot_at:
            when = (f"<br><span style='color:{theme.color('muted').name()}'>"
                    + self.tr("Figures as of {day}").format(
                        day=local_date(job.client_snapshot_at)) + "</span>")
        self.client_reasons.setText(_reasons_html(quality) + when)

    def _fill_history(self, history: list) -> None:
        lines = []
        for snap in history[:10]:
            data = snap.data or {}
            changed = [k for k in data if k not in ("source", "source_ref", "updated_at",
                                                    "raw_text", "client_snapshot_at")]
            changed = [k for k in changed if k != "posted_at_approx"]
            names = ", ".join(labels.label(labels.JOB_FIELD, k, jobs.column_label(k)).lower()
                              for k in changed) or self.tr("the original text")
            line = self.tr("{when}: a newer import changed {fields}; the earlier values are "
                           "kept here").format(
                when=f"<b>{formatting.datetime(snap.taken_at)}</b>", fields=html.escape(names))
            if data.get("posted_at"):
                line += " — " + self.tr("posting time was {time}").format(
                    time=html.escape(formatting.datetime(
                        _stored_time(data["posted_at"]))))
            if "title" in data:
                line += " — " + self.tr("title was “{title}”").format(
                    title=html.escape(str(data["title"])))
            lines.append(line)
        self.history_title.setVisible(bool(lines))
        self.history.setVisible(bool(lines))
        self.history.setText("<br>".join(lines))

    # -- actions --------------------------------------------------------------------------------
    def _toggle_saved(self) -> None:
        if self.job is not None:
            self.status_requested.emit(self.job.id,
                                       "new" if self.job.status == JobStatus.SAVED else "saved")

    def _toggle_hidden(self) -> None:
        if self.job is not None:
            self.status_requested.emit(self.job.id,
                                       "new" if self.job.status == JobStatus.HIDDEN else "hidden")

    def _open(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.job is not None and self.job.url:
            QDesktopServices.openUrl(QUrl(self.job.url))

    def _copy_link(self) -> None:
        from PySide6.QtGui import QGuiApplication

        if self.job is not None and self.job.url:
            QGuiApplication.clipboard().setText(self.job.url)

    def _notes_edited(self) -> None:
        if not self._loading and self.job is not None:
            self._notes_for = self.job.id
            self._notes_timer.start()

    def _save_notes(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
        # the notes are the job's they were loaded or typed for (a job bound ahead of its
        # drawing has not got its own yet)
        if self.job is not None and self.job.id == self._notes_for \
                and self.notes.toPlainText() != (self.job.notes or ""):
            text = self.notes.toPlainText()
            self.notes_changed.emit(self.job.id, text)  # the job still has the notes before
            self.job.notes = text

    @property
    def shown_id(self) -> int | None:
        """The id of the job the pane shows (drawn; `job` can be bound a moment ahead)."""
        return self._drawn

    def bind(self, job) -> None:
        """The job the pane's buttons act on from now, before show_job draws it (a search
        result's detail is drawn just after the table); the notes being typed are saved to
        the job they were typed for."""
        self._save_notes()
        self.job = job

    def clear(self) -> None:
        self._save_notes()
        self.job = None
        self._shown = self._drawn = self._notes_for = None


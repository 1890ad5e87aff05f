"""Profile tab: the general and specialized profiles, edited section by section, with a live
strength checklist and export.

Field edits autosave (shortly after typing stops, and before switching profile or closing);
each save is an undoable step on the tab's undo stack, as are list edits, photo and profile
changes. A value the service refuses (over a limit, below the minimum rate) stays in the
editor with its error shown, is marked unsaved, and closing or switching asks first.
"""
from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import outbox
from desktop.errors import EditConflictError, ServiceError, WorkspaceOfflineError
from desktop.services import profile as service
from desktop.services.profile import ProfileKind
from models.rules import profile_strength
from ui import formatting, messages, theme
from ui.offline_reads import keep_last_read
from ui.operations import profile as commands
from ui.profile.fields import BasicsPage, OverviewPage
from ui.profile.lists import FIELDS, EntryDialog, EntryListPage, thumbnail
from ui.profile.photo import PHOTO_SIDE, CropDialog, centred_square, load_image
from ui.profile.skills import SkillsPage
from ui.profile.strength import StrengthPanel
from ui.tab import Tab
from ui.theme import FIELD_WIDTH_XS, NAV_MAX, NAV_MIN, SIDE_PANE_MAX, SIDE_PANE_MIN, set_tone

if TYPE_CHECKING:  # the export code (renderers, PDF) loads when first used, after the paint
    from ui.profile.export import ExportDialog

OUTBOX_KIND = commands.OUTBOX_KIND  # desktop/outbox.py SENDERS
SECTIONS = (
    ("basics", QT_TRANSLATE_NOOP("ProfileTab", "Basics")),
    ("overview", QT_TRANSLATE_NOOP("ProfileTab", "Overview")),
    ("skills", QT_TRANSLATE_NOOP("ProfileTab", "Skills")),
    ("portfolio", QT_TRANSLATE_NOOP("ProfileTab", "Portfolio")),
    ("certification", QT_TRANSLATE_NOOP("ProfileTab", "Certifications")),
    ("employment", QT_TRANSLATE_NOOP("ProfileTab", "Employment")),
    ("education", QT_TRANSLATE_NOOP("ProfileTab", "Education")),
    ("language", QT_TRANSLATE_NOOP("ProfileTab", "Languages")),
)
LIST_KINDS = ("portfolio", "certification", "employment", "education", "language")
FIELD_PAGE = {
    "photo": "basics", "label": "basics", "name": "basics", "title": "basics",
    "hourly_rate": "basics", "availability": "basics", "location": "basics",
    "timezone": "basics", "video_url": "basics", "category": "basics", "categories": "basics",
    "overview": "overview", "skills": "skills", "portfolio": "portfolio",
    "certifications": "certification", "certification": "certification",
    "employment": "employment", "education": "education", "languages": "language",
    "language": "language",
}
SAVE_DELAY_MS = 800
CROP_DECODE_SIDE = 2048  # big photos are decoded at most this large for cropping
IMMEDIATE_FIELDS = ("categories", "availability")


class ProfileTab(Tab):
    title = "Profile"
    object_name = "profileTab"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.title = self.tr("Profile")
        self.profile_id = service.general_profile().id
        self.pending: dict[str, Any] = {}
        self.errors: dict[str, str] = {}
        self._loading = False
        self.dialog: EntryDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.crop_dialog: CropDialog | None = None
        self._build()
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self.strength_timer = QTimer(self, singleShot=True, interval=200)
        self.strength_timer.timeout.connect(self.refresh_strength)
        self.refresh_timer = QTimer(self, singleShot=True, interval=0)
        self.refresh_timer.timeout.connect(keep_last_read(self.refresh_from_db))
        ctx.bus.changed.connect(self._data_changed)
        theme.manager().changed.connect(self._theme_changed)
        self.reload(self.profile_id)
        # made and shown in one go (the window opening on this tab): reload() has just read
        # everything, so that activation need not read it again; one later does
        self._just_read = True
        QTimer.singleShot(0, self, lambda: setattr(self, "_just_read", False))

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_L, theme.SPACE_L, theme.SPACE_L, theme.SPACE_L)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Profile:"), self))
        self.selector = QComboBox(self)
        self.selector.setObjectName("profileSelector")
        self.selector.setAccessibleName(self.tr("Profile being edited"))
        self.selector.setMinimumContentsLength(14)
        self.selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.selector.activated.connect(self._selector_activated)
        top.addWidget(self.selector)
        self.new_button = self._button(self.tr("New specialized"), "profileNewButton",
                                       self.new_specialized, top)
        self.duplicate_button = self._button(self.tr("Duplicate"), "profileDuplicateButton",
                                             self.duplicate_profile, top)
        self.delete_button = self._button(self.tr("Delete profile"), "profileDeleteButton",
                                          self.delete_profile, top)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("profileSaveStatus")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.save_status.setMinimumWidth(FIELD_WIDTH_XS)  # long errors elide into the tooltip
        self.save_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.save_status, 1)
        self.merge_button = self._button(self.tr("Merge…"), "profileMergeButton",
                                         self.open_merge, top)
        self.merge_button.setToolTip(self.tr(
            "Someone else changed fields you changed too: choose, field by field, what to keep"))
        self.merge_button.hide()
        self.merge_dialog = None
        top.addSpacing(theme.SPACE_L)
        self.export_button = self._button(self.tr("Export…"), "profileExportButton",
                                          self.open_export, top)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("profileSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.nav = QListWidget(self.splitter)
        self.nav.setObjectName("profileSections")
        self.nav.setAccessibleName(self.tr("Profile sections"))
        self.nav.setMinimumWidth(NAV_MIN)
        self.nav.setMaximumWidth(NAV_MAX)
        self.nav.setSpacing(theme.SPACE_XS)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName("profilePages")
        self.basics = BasicsPage(self.pages)
        self.basics.edited.connect(self._edited)
        self.basics.choose_photo.connect(self.choose_photo)
        self.basics.remove_photo.connect(self.remove_photo)
        self.overview = OverviewPage(self.pages)
        self.overview.edited.connect(self._edited)
        self.skills = SkillsPage(self.pages)
        self.skills.changed.connect(self.change_skills)
        self.lists: dict[str, EntryListPage] = {}
        self.page_of: dict[str, QWidget] = {"basics": self.basics, "overview": self.overview,
                                            "skills": self.skills}
        for kind in LIST_KINDS:
            page = EntryListPage(kind, self.pages)
            page.add_requested.connect(lambda k=kind: self.add_entry(k))
            page.edit_requested.connect(lambda i, k=kind: self.edit_entry(k, i))
            page.delete_requested.connect(lambda i, k=kind: self.delete_entry(k, i))
            page.move_requested.connect(lambda i, d, k=kind: self.move_entry(k, i, d))
            self.lists[kind] = page
            self.page_of[kind] = page
        self.lists["portfolio"].choice_changed.connect(self.change_choice)
        for key, text in SECTIONS:
            self.pages.addWidget(self.page_of[key])
            self.nav.addItem(QCoreApplication.translate("ProfileTab", text))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.strength = StrengthPanel(self.splitter)
        self.strength.setMinimumWidth(SIDE_PANE_MIN)
        self.strength.setMaximumWidth(SIDE_PANE_MAX)
        self.strength.jump.connect(self.jump_to)
        self.strength.copy_requested.connect(self.copy_section)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.strength)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([140, 760, 270])
        layout.addWidget(self.splitter, 1)

    def _button(self, text: str, name: str, slot, layout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- loading ---------------------------------------------------------------------------
    def current_profile(self):
        return service.get(self.profile_id)

    def reload(self, profile_id: int | None = None, *, focus: str | None = None,
               entry: int | None = None) -> None:
        """Show `profile_id` (or the current one) fresh from the database."""
        if profile_id is not None:
            self.profile_id = profile_id
        try:
            profile = self.current_profile()
        except service.ProfileError:  # deleted underneath us (undo of a new profile…)
            profile = service.general_profile()
            self.profile_id = profile.id
        self.pending.clear()
        self.errors.clear()
        self.save_timer.stop()
        self._loading = True
        try:
            values = service.fields_of(profile)
            # the version and fields these inputs start from (a merge's base), and values saved
            # while the workspace was away or refused, which the inputs show until sent
            self.version: int | None = profile.version
            self.base = {name: service.comparable(name, value) for name, value in values.items()}
            kept = self._kept()
            if kept is not None:
                self.version, self.base = kept.version, dict(kept.base)
                values.update({name: Decimal(value) if name == "hourly_rate" and value
                               else value for name, value in kept.changes.items()})
            self.basics.load(values, specialized=profile.kind != ProfileKind.GENERAL,
                             photo=service.photo_path(profile))
            self.overview.load(values["overview"])
        finally:
            self._loading = False
        self.refresh_from_db()
        self._update_status()
        if focus:
            self.jump_to(focus, entry=entry, take_focus=False)

    def refresh_from_db(self) -> None:
        """Everything but the text fields being edited: selector, lists, skills, strength."""
        try:
            profile = self.current_profile()
        except service.ProfileError:  # gone (restored backup, another window): show general
            self.reload(service.general_profile().id)
            return
        self._fill_selector()
        specialized = profile.kind != ProfileKind.GENERAL
        self.skills.load(service.skills(profile.id))
        self.skills.set_suggestions(service.skill_suggestions)
        for kind, page in self.lists.items():
            if kind == "portfolio":
                rows = service.entries("portfolio")
                chosen = [i.id for i in service.portfolio(profile.id)] if specialized else None
                thumbs = {}
                for row in rows:
                    for stored in service.portfolio_files(row.id):
                        icon = thumbnail(service.file_path(stored))
                        if icon is not None:
                            thumbs[row.id] = icon
                            break
                page.load(rows, chosen=chosen, thumbs=thumbs)
            else:
                page.load(service.entries(kind))
        self._update_nav()
        photo = service.photo_path(profile)
        initials = "".join(p[0] for p in (self.basics.name_edit.text() or "").split()[:2])
        self.basics.photo.set_photo(photo, initials.upper())
        self.basics.remove_photo_button.setEnabled(photo is not None)
        self.delete_button.setEnabled(specialized)
        can_add = service.can_add_specialized()
        for button in (self.new_button, self.duplicate_button):
            button.setEnabled(can_add)
            button.setToolTip("" if can_add else self.tr(
                "You have the most specialized profiles allowed (2); delete one first."))
        self.refresh_strength()
        self._update_status()

    def profile_name(self, profile) -> str:
        """service.display_name in the user's language (the service's is the CLI's English)."""
        if profile.kind == ProfileKind.GENERAL:
            return self.tr("General profile")
        return profile.label or profile.title or \
            self.tr("Specialized profile {n}").format(n=profile.position)

    def _fill_selector(self) -> None:
        self.selector.blockSignals(True)
        self.selector.clear()
        for profile in service.profiles():
            text = self.profile_name(profile)
            if profile.kind == ProfileKind.SPECIALIZED and profile.title and profile.label:
                text = f"{profile.label} — {profile.title}"
            self.selector.addItem(text, profile.id)
        self.selector.setCurrentIndex(max(0, self.selector.findData(self.profile_id)))
        self.selector.blockSignals(False)

    def _update_nav(self) -> None:
        counts = {"skills": f"{len(self.skills.skills())}/{self.skills.most}"}
        for kind, page in self.lists.items():
            counts[kind] = str(page.list.count()) if page.list.count() else ""
        for row, (key, text) in enumerate(SECTIONS):
            count = counts.get(key, "")
            self.nav.item(row).setText(
                f"{QCoreApplication.translate('ProfileTab', text)}   {count}".rstrip())

    # -- fields: autosave + undo -----------------------------------------------------------
    def _edited(self, field: str, value: Any) -> None:
        if self._loading:
            return
        self.pending[field] = value
        if field in IMMEDIATE_FIELDS:
            self.flush()
        else:
            self.save_timer.start()
            self._update_status()
        self.strength_timer.start()

    def flush(self) -> bool:
        """Save pending field edits now. True when nothing is left unsaved."""
        self.save_timer.stop()
        if not self.pending:
            return not self.errors
        from ui import workspace_live

        kept = self._kept()
        away = workspace_live.offline() or kept is not None  # kept ones go first, in order
        current: dict[str, Any]
        if away:  # no read from a server that is away
            current = {**self.base, **(kept.changes if kept is not None else {})}
        else:
            try:
                current = {name: service.comparable(name, value) for name, value
                           in service.fields_of(self.current_profile()).items()}
            except service.ProfileError:  # deleted elsewhere: nothing left to save it to
                self.pending.clear()
                self.errors.clear()
                self.refresh_timer.start()
                return True
            except WorkspaceOfflineError:
                current, away = dict(self.base), True
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for field, raw in list(self.pending.items()):
            try:
                value = service.validate(field, raw)
            except service.ProfileError as exc:
                self.errors[field] = messages.text(exc)
                self._show_error(field, messages.text(exc))
                continue
            self.errors.pop(field, None)
            self._show_error(field, None)
            del self.pending[field]
            if service.comparable(field, value) != current.get(field):
                old[field] = current.get(field)
                new[field] = value
        if new and away:
            self._keep(new)
        elif new:
            changes = {name: service.comparable(name, v) for name, v in new.items()}
            try:  # over the version these inputs were loaded at
                self.version = commands.save_fields(self.profile_id, changes, self.version)
            except WorkspaceOfflineError:
                self._keep(new)
                return True
            except EditConflictError:  # someone else saved the profile since: merge
                self._keep(new, conflict=True)
                self.open_merge()
                return True
            except service.ProfileError as exc:  # pragma: no cover - validated just above
                self._status(messages.text(exc))
                return False
            self.base.update(changes)
            self.undo_stack.push(commands.FieldsCommand(self, self.profile_id, old, new))
            if "label" in new or "title" in new:
                self._fill_selector()
        self._update_status()
        return not self.errors and not self.pending

    # -- the outbox (issue 18): edits kept while the workspace's server is away ------------
    def _kept(self) -> outbox.Edit | None:
        return outbox.find_edit(self.ctx.paths.data_dir, OUTBOX_KIND, self.profile_id)

    def _keep(self, new: dict[str, Any], *, conflict: bool = False) -> outbox.Edit:
        """Keep field edits in the outbox: sent, with the merge, when the server is back; or,
        refused because someone else saved first (`conflict`), until merged."""
        kept = self._kept()
        changes = {**(kept.changes if kept is not None else {}),
                   **{name: service.comparable(name, value) for name, value in new.items()}}
        edit = commands.keep_edit(self.ctx.paths.data_dir, self.profile_id, changes,
                                  version=self.version if kept is None else kept.version,
                                  base=self.base if kept is None else kept.base,
                                  conflict=conflict or (kept is not None and kept.conflict))
        self._update_status()
        return edit

    def open_merge(self) -> None:
        """The merge dialog for fields someone else saved too (what merges by itself is
        written at once); the inputs show the result when it is done."""
        kept = self._kept()
        if kept is None or self.merge_dialog is not None:
            return
        from ui.workspace_live import open_edit_merge

        dialog = open_edit_merge(self, self.ctx.paths.data_dir, kept)
        if dialog is None:
            self.reload(self.profile_id)
            return
        self.merge_dialog = dialog

        def done(_result: int) -> None:
            self.merge_dialog = None
            self.reload(self.profile_id)

        dialog.finished.connect(done)

    def _show_error(self, field: str, text: str | None) -> None:
        if field == "overview":
            self.overview.show_error(field, text)
        else:
            self.basics.show_error(field, text)

    def _update_status(self) -> None:
        kept = self._kept()
        self.merge_button.setVisible(kept is not None and kept.conflict)
        if self.errors:
            first = next(iter(self.errors.values()))
            self.save_status.setText("⚠ " + self.tr("Not saved: {error}").format(error=first))
            set_tone(self.save_status, "error")
        elif self.pending or self.save_timer.isActive():
            self.save_status.setText("● " + self.tr("Unsaved changes"))
            set_tone(self.save_status, "warning")
        elif kept is not None and kept.conflict:
            self.save_status.setText("● " + self.tr("Not saved: merge needed"))
            set_tone(self.save_status, "error")
            self.save_status.setToolTip(self.tr(
                "Someone else saved this profile after you opened it. Your changes are kept; "
                "press Merge… to choose what to keep."))
            return
        elif kept is not None:
            self.save_status.setText("● " + self.tr("Kept on this computer"))
            set_tone(self.save_status, "warning")
            self.save_status.setToolTip(self.tr(
                "Not on the workspace yet: sent when its server can be reached (or, if someone "
                "else changed the same fields meanwhile, when you have merged them)."))
            return
        else:
            self.save_status.setText("✓ " + self.tr("All changes saved"))
            set_tone(self.save_status, "muted")
        self.save_status.setToolTip("\n".join(self.errors.values()))

    def has_unsaved(self) -> bool:
        return bool(self.pending or self.errors)

    def ask(self, title: str, text: str) -> bool:
        """Yes/No question (tests replace this to answer without a modal dialog)."""
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Discard
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def confirm_leave(self) -> bool:
        """Save what can be saved; ask before dropping what cannot."""
        if self.flush():
            return True
        problems = "\n".join(f"• {e}" for e in self.errors.values())
        if self.ask(self.tr("Unsaved profile changes"),
                    self.tr("These changes cannot be saved as they are:\n\n{problems}\n\n"
                            "Discard them?").format(problems=problems)):
            self.pending.clear()
            self.errors.clear()
            return True
        return False

    def can_close(self) -> bool:
        return self.confirm_leave()

    # -- profiles --------------------------------------------------------------------------
    def _selector_activated(self, index: int) -> None:
        profile_id = self.selector.itemData(index)
        if profile_id == self.profile_id:
            return
        if not self.confirm_leave():
            self.selector.setCurrentIndex(self.selector.findData(self.profile_id))
            return
        self.reload(profile_id)

    def switch_to(self, profile_id: int) -> bool:
        index = self.selector.findData(profile_id)
        if index < 0:
            return False
        self.selector.setCurrentIndex(index)
        self._selector_activated(index)
        return self.profile_id == profile_id

    def show_item(self, item_id: int) -> None:
        self.switch_to(item_id)

    def new_specialized(self, *, copy_from: int | None = None) -> None:
        if not self.confirm_leave():
            return
        text = self.tr("Duplicate profile") if copy_from else self.tr("New specialized profile")
        command = commands.NewProfileCommand(self, copy_from, self.profile_id, text,
                                             self._refused)
        self.undo_stack.push(command)
        if command.failed:
            return
        profile = command.profile
        self.reload(profile.id, focus="label")
        self.basics.label_edit.setFocus()
        self._status(self.tr("Created “{name}”. Give it a name and a specific title.")
                     .format(name=self.profile_name(profile)))

    def duplicate_profile(self) -> None:
        self.new_specialized(copy_from=self.profile_id)

    def delete_profile(self) -> None:
        profile = self.current_profile()
        if profile.kind == ProfileKind.GENERAL or not self.confirm_leave():
            return
        name = self.profile_name(profile)
        command = commands.DeleteProfileCommand(self, profile.id, name, self._refused)
        self.undo_stack.push(command)
        if command.failed:
            return
        self.reload(service.general_profile().id)
        self._status(self.tr("Deleted “{name}” — Edit ▸ Undo brings it back.").format(name=name))

    # -- photo -----------------------------------------------------------------------------
    def choose_photo(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a profile photo"))
        dialog.setObjectName("profilePhotoDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Images ({patterns})").format(
            patterns=" ".join("*" + s for s in service.PHOTO_SUFFIXES)))
        dialog.setDirectory(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation))
        dialog.fileSelected.connect(self.crop_photo)
        dialog.open()

    def crop_photo(self, path: str | Path) -> CropDialog | None:
        """Let the user place the square on the picked image; stores it on "Use photo"."""
        pixmap = load_image(Path(path), max_side=CROP_DECODE_SIDE)
        if pixmap is None:
            self._status(self.tr("Photo: {name} is not an image Qt can read.")
                         .format(name=Path(path).name))
            return None
        dialog = CropDialog(Path(path), pixmap, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_photo(dialog.path, dialog.image()))
        self.crop_dialog = dialog
        dialog.open()
        return dialog

    def set_photo(self, path: str | Path, image: QImage | None = None) -> bool:
        """Store `image` (the user's square of `path`), or the centred square of `path`."""
        general = service.general_profile()
        old = (general.photo_sha256, general.photo_name)
        if image is None:
            pixmap = load_image(Path(path), max_side=CROP_DECODE_SIDE)
            if pixmap is None:
                self._status(self.tr("Photo: {name} is not an image Qt can read.")
                             .format(name=Path(path).name))
                return False
            square = centred_square(pixmap.width(), pixmap.height())
            side = min(PHOTO_SIDE, square.width())
            image = pixmap.copy(square).toImage().scaled(
                side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
        try:
            with tempfile.TemporaryDirectory() as folder:
                cropped = Path(folder) / (Path(path).stem + ".png")
                if not image.save(str(cropped), "PNG"):
                    raise OSError(f"could not write the cropped photo {cropped.name}")
                new = commands.store_photo(cropped)
        except (service.ProfileError, OSError) as exc:  # a file that cannot be read: no bug
            self._status(messages.text(exc))
            return False
        self.undo_stack.push(commands.PhotoCommand(self, old, new))
        self.refresh_from_db()
        return True

    def remove_photo(self) -> None:
        general = service.general_profile()
        if not general.photo_sha256:
            return
        old = (general.photo_sha256, general.photo_name)
        command = commands.PhotoCommand(self, old, (None, None), self._refused)
        self.undo_stack.push(command)
        if not command.failed:
            self.refresh_from_db()

    # -- skills ----------------------------------------------------------------------------
    def change_skills(self, names: list[str], text: str) -> None:
        old = service.skills(self.profile_id)
        try:
            new = commands.set_skills(self.profile_id, names)
        except service.ProfileError as exc:
            self.skills.status.setText(messages.text(exc))
            self.skills.load(old)
            return
        if new != old:
            self.undo_stack.push(commands.SkillsCommand(self, self.profile_id, old, new, text))
        self.refresh_from_db()
        if len(new) == len(old) + 1:
            self.skills.select(new[-1])

    # -- lists -----------------------------------------------------------------------------
    def add_entry(self, kind: str) -> EntryDialog:
        self.jump_to(kind, take_focus=False)
        return self._open_dialog(EntryDialog(
            kind, None, parent=self,
            submit=lambda values, new_files, removed: self._submit_new(kind, values, new_files)))

    def edit_entry(self, kind: str, entry_id: int) -> EntryDialog | None:
        try:
            row = service.entry(kind, entry_id)
        except service.ProfileError as exc:
            self._status(messages.text(exc))
            return None
        return self._open_dialog(EntryDialog(
            kind, row, parent=self,
            submit=lambda values, new_files, removed: self._submit_edit(
                kind, entry_id, values, new_files, removed)))

    def _open_dialog(self, dialog: EntryDialog) -> EntryDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _submit_new(self, kind: str, values: dict, new_files: list[Path]) -> str | None:
        try:  # said in the dialog, which stays open
            row_id = commands.add_entry(kind, values, new_files, self.profile_id)
        except (service.ProfileError, OSError) as exc:
            return messages.text(exc)
        self.undo_stack.push(commands.AddEntryCommand(self, kind, row_id, self.profile_id))
        self.reload_lists(kind, row_id)
        return None

    def _submit_edit(self, kind: str, entry_id: int, values: dict, new_files: list[Path],
                     removed: list[int]) -> str | None:
        row = service.entry(kind, entry_id)
        old = {f.name: getattr(row, f.name) for f in FIELDS[kind]}
        changed_old = {k: v for k, v in old.items() if values.get(k) != v}
        changed_new = {k: values[k] for k in changed_old}
        try:  # said in the dialog, which stays open
            added, gone = commands.edit_entry(kind, entry_id, changed_new, new_files, removed)
        except (service.ProfileError, OSError) as exc:
            return messages.text(exc)
        if changed_new or added or gone:
            self.undo_stack.push(commands.EditEntryCommand(
                self, kind, entry_id, self.profile_id, changed_old, changed_new, added, gone))
        self.reload_lists(kind, entry_id)
        return None

    def delete_entry(self, kind: str, entry_id: int) -> None:
        try:
            row = service.entry(kind, entry_id)
        except service.ProfileError as exc:  # gone meanwhile (another window)
            self._status(messages.text(exc))
            return
        title = getattr(row, service.KINDS[kind].required)
        command = commands.DeleteEntryCommand(self, kind, entry_id, self.profile_id, title,
                                              self._refused)
        self.undo_stack.push(command)
        if command.failed:
            return
        self.reload_lists(kind)
        self._status(self.tr("Deleted “{title}” — Edit ▸ Undo brings it back.")
                     .format(title=title))

    def move_entry(self, kind: str, entry_id: int, delta: int) -> None:
        command = commands.MoveEntryCommand(self, kind, entry_id, delta, self.profile_id,
                                            self._refused)
        self.undo_stack.push(command)
        if not command.failed:
            self.reload_lists(kind, entry_id)

    def change_choice(self, ids: list[int]) -> None:
        old = [i.id for i in service.portfolio(self.profile_id)]
        if list(ids) == old:  # e.g. an unticked item was dragged: just redraw
            self.reload_lists("portfolio")
            return
        command = commands.ChoiceCommand(self, self.profile_id, old, list(ids), self._refused)
        self.undo_stack.push(command)
        if not command.failed:
            self.reload_lists("portfolio")

    def reload_lists(self, kind: str, entry_id: int | None = None) -> None:
        self.refresh_from_db()
        if entry_id is not None:
            self.lists[kind].select(entry_id)

    # -- strength + navigation -------------------------------------------------------------
    def live_facts(self) -> profile_strength.ProfileFacts:
        """Facts from the database, with what is typed but not yet saved laid over them."""
        facts = service.facts(self.profile_id)
        live: dict[str, Any] = {"title": self.basics.title_edit.text(),
                                "overview": self.overview.text()}
        if "hourly_rate" in self.pending:
            with contextlib.suppress(service.ProfileError):
                live["hourly_rate"] = service.parse_rate(self.pending["hourly_rate"])
        live["categories"] = tuple(self.basics.categories())
        return dataclasses.replace(facts, **live)

    def refresh_strength(self) -> None:
        try:
            facts = self.live_facts()
        except WorkspaceOfflineError:  # the hints stay as they were; the banner says why
            return
        except service.ProfileError:  # the profile went away underneath us
            self.refresh_timer.start()
            return
        hints = profile_strength.evaluate(facts, self.ctx.clock.local_today())
        self.strength.show_hints(profile_strength.score(hints), hints)

    def jump_to(self, field: str, *, entry: int | None = None, take_focus: bool = True) -> None:
        key = FIELD_PAGE.get(field, field)
        if key not in self.page_of:
            return
        row = [k for k, _ in SECTIONS].index(key)
        self.nav.setCurrentRow(row)
        if not take_focus:
            if entry is not None and key in self.lists:
                self.lists[key].select(entry)
            return
        if key == "basics":
            widget = self.basics.focus_widgets.get(field, self.basics.title_edit)
            self.basics.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif key == "overview":
            self.overview.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        elif key == "skills":
            self.skills.input.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            page = self.lists[key]
            if entry is not None:
                page.select(entry)
            elif key == "certification":  # go straight to the expired one
                expired = [c.id for c in service.entries("certification")
                           if c.expires_on and c.expires_on < self.ctx.clock.local_today()]
                if expired:
                    page.select(expired[0])
            target = page.list if page.list.count() else page.add_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- export ----------------------------------------------------------------------------
    def open_export(self) -> ExportDialog:
        from ui.profile.export import ExportDialog

        self.flush()
        profile = self.current_profile()
        dialog = ExportDialog(service.snapshot(profile.id), service.photo_path(profile), self,
                              start_dir=QStandardPaths.writableLocation(
                                  QStandardPaths.StandardLocation.DocumentsLocation))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def copy_section(self, key: str) -> str:
        """Put one ready-to-paste section (or the whole profile as text) on the clipboard."""
        from desktop.io import profile_export

        self.flush()
        data = service.snapshot(self.profile_id)
        if key == "all":
            text = profile_export.to_text(data)
        else:
            text = next((s.text for s in profile_export.sections(data) if s.key == key), "")
        what = {"title": self.tr("title"), "overview": self.tr("overview"),
                "skills": self.tr("skills"), "all": self.tr("profile")}.get(key, key)
        if not text:
            self._status(self.tr("Nothing to copy yet — the {what} is empty.").format(what=what))
            return ""
        QGuiApplication.clipboard().setText(text)
        self._status(self.tr("Copied the {what} ({n} characters) — paste it into the "
                             "marketplace.").format(what=what, n=formatting.number(len(text))))
        return text

    def export_pdf(self, path: str | Path) -> Path:
        from ui.profile.export import write_pdf

        self.flush()
        profile = self.current_profile()
        return write_pdf(service.snapshot(profile.id), path, service.photo_path(profile))

    def _choose_pdf(self) -> None:
        self.open_export().choose_pdf()

    # -- window hooks ----------------------------------------------------------------------
    def menu_actions(self) -> dict[str, list[QAction]]:
        export = QAction(self.tr("Export Profile…"), self)
        export.setObjectName("profileExportAction")
        export.setShortcut(QKeySequence("Ctrl+Alt+E"))
        export.triggered.connect(lambda: (self.navigate(self.object_name), self.open_export()))
        pdf = QAction(self.tr("Save Profile as PDF…"), self)
        pdf.setObjectName("profilePdfAction")
        pdf.triggered.connect(lambda: (self.navigate(self.object_name), self._choose_pdf()))
        portfolio = QAction(self.tr("Add Portfolio Item…"), self)
        portfolio.setObjectName("profileAddPortfolioAction")
        portfolio.setShortcut(QKeySequence("Ctrl+Alt+P"))
        portfolio.triggered.connect(
            lambda: (self.navigate(self.object_name), self.add_entry("portfolio")))
        return {"File": [export, pdf], "Edit": [portfolio]}

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("section", self.nav.currentRow())
        settings.setValue("profile", self.profile_id)

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("splitter")
        if isinstance(state, QByteArray | bytes) and state:
            self.splitter.restoreState(state)
        try:
            self.nav.setCurrentRow(int(settings.value("section", 0) or 0))
            profile_id = int(settings.value("profile", 0) or 0)
        except (TypeError, ValueError):
            return
        if profile_id and profile_id != self.profile_id and \
                self.selector.findData(profile_id) >= 0:
            self.reload(profile_id)

    def activated(self) -> None:
        if not self._just_read:
            self.refresh_timer.start()

    def _data_changed(self, area: str, ids) -> None:
        if area == "all":
            QTimer.singleShot(0, self, keep_last_read(lambda: self.reload(None)))
        elif area in ("profile", "contracts", "jobs"):
            self.refresh_timer.start()

    def _theme_changed(self, _name: str) -> None:
        # list rows and the overview preview carry theme colours; the strength panel
        # redraws itself
        self.overview.refresh_colors()
        self.refresh_timer.start()

    def _refused(self, exc: ServiceError) -> None:
        """An operation the profile service refused: said in the status bar."""
        self._status(messages.text(exc))

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "show_status"):
            window.show_status(text, 8000)
        self.save_status.setToolTip(text)

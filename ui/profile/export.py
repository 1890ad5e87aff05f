"""Export a profile: section by section with a Copy button each (paste into the marketplace's
form field by field), the whole thing as text / Markdown / JSON, or a one-page PDF."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.io import profile_export
from ui import formatting, theme
from ui.operations import profile as operations
from ui.profile.photo import load_image, square_crop
from ui.theme import DIALOG_LARGE, PREVIEW_HEIGHT_MAX, SPACE_XS


def write_pdf(profile: dict, path: str | Path, photo: Path | None = None) -> Path:
    """A one-page A4 PDF of the profile, written with Qt's own PDF writer.

    The text shrinks (down to 6.5 pt) until it fits one page; a longer profile is scaled
    as a whole rather than spilling onto a second page.
    """
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(profile.get("name") or profile.get("display_name") or "Profile")
    writer.setCreator("Freelance Desk")
    writer.setResolution(144)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(14, 14, 14, 14), QPageLayout.Unit.Millimeter))
    paint_profile(writer, writer.pageLayout().paintRectPixels(writer.resolution()).size(),
                  profile, photo)
    return path


def paint_profile(device, page: QSize, profile: dict, photo: Path | None = None) -> float:
    """Lay the profile out to fit one `page` (device pixels) and paint it; returns the
    scale applied beyond the font shrinking (1.0 when the text fit as it was)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # lay out in the device's own DPI
    document.setDocumentMargin(0)
    picture = load_image(photo) if photo else None
    if picture is not None:  # square-cropped, like the marketplace shows it
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("photo.png"),
                             square_crop(picture, 256).toImage())
    markup = profile_export.to_html(profile, photo_uri="photo.png" if picture else None)
    size = 9.0
    while True:
        document.setHtml(markup.replace("font-size:9pt", f"font-size:{size}pt"))
        document.setTextWidth(page.width())
        height = document.size().height()
        if height <= page.height() or size <= 6.5:
            break
        size -= 0.5
    fit = min(1.0, page.height() / height) if height else 1.0
    if fit < 1.0:  # still too tall: lay out wider and scale down so it all stays on one page
        document.setTextWidth(page.width() / fit)
    painter = QPainter(device)
    try:
        painter.scale(fit, fit)
        document.drawContents(painter)
    finally:
        painter.end()
    return fit


class ExportDialog(QDialog):
    def __init__(self, profile: dict, photo: Path | None = None, parent: QWidget | None = None,
                 start_dir: str = ""):
        super().__init__(parent)
        self.profile = profile
        self.photo = photo
        self.start_dir = start_dir
        self.last_written: Path | None = None
        self.setObjectName("profileExportDialog")
        self.setWindowTitle(self.tr("Export {name}").format(name=profile["display_name"]))
        self.setAccessibleName(self.windowTitle())
        self.resize(*DIALOG_LARGE)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Copy each section into the matching field on the "
                                     "marketplace, or save the whole profile."), self), 1)
        self.text_radio = QRadioButton(self.tr("Plain text"), self)
        self.text_radio.setObjectName("profileExportTextRadio")
        self.text_radio.setAccessibleName(self.tr("Plain text"))
        self.md_radio = QRadioButton(self.tr("Markdown"), self)
        self.md_radio.setObjectName("profileExportMarkdownRadio")
        self.md_radio.setAccessibleName(self.tr("Markdown"))
        self.text_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.text_radio)
        group.addButton(self.md_radio)
        group.buttonToggled.connect(lambda *_: self._fill())
        top.addWidget(self.text_radio)
        top.addWidget(self.md_radio)
        layout.addLayout(top)

        scroll = QScrollArea(self)
        scroll.setObjectName("profileExportSections")
        scroll.setWidgetResizable(True)
        self.body = QWidget(scroll)
        self.body_layout = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)

        self.status = QLabel(self)
        self.status.setObjectName("profileExportStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_all = buttons.addButton(self.tr("Copy all"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_all.setObjectName("profileExportCopyAllButton")
        self.copy_all.setAccessibleName(self.tr("Copy all"))
        self.copy_all.clicked.connect(self.copy_everything)
        self.save_button = buttons.addButton(self.tr("Save as…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("profileExportSaveButton")
        self.save_button.setAccessibleName(self.tr("Save as text, Markdown or JSON"))
        self.save_button.clicked.connect(self.choose_file)
        self.pdf_button = buttons.addButton(self.tr("Save PDF…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("profileExportPdfButton")
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.pdf_button.clicked.connect(self.choose_pdf)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy_buttons: dict[str, QPushButton] = {}
        self._fill()

    def fmt(self) -> str:
        return "markdown" if self.md_radio.isChecked() else "text"

    def _fill(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.copy_buttons = {}
        sections = profile_export.sections(self.profile)
        if not sections:
            empty = QLabel(self.tr("This profile is empty — fill in a title and overview "
                                   "first."), self.body)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.body_layout.addWidget(empty)
        for section in sections:
            text = section.markdown if self.fmt() == "markdown" else section.text
            card = QFrame(self.body)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card_layout = QVBoxLayout(card)
            head = QHBoxLayout()
            name = self.section_title(section.key, section.title)
            count = self.tr("({count} characters)").format(count=formatting.number(len(text)))
            title = QLabel(f"<b>{html.escape(name)}</b> <span style='color:"
                           f"{theme.color('muted').name()}'>{html.escape(count)}</span>", card)
            head.addWidget(title, 1)
            copy = QPushButton(self.tr("Copy"), card)
            copy.setObjectName(f"profileExportCopy{section.key.title()}Button")
            copy.setAccessibleName(self.tr("Copy {section}").format(section=name))
            copy.clicked.connect(lambda _=False, t=text, n=name: self.copy(t, n))
            head.addWidget(copy)
            card_layout.addLayout(head)
            view = QTextEdit(card)
            view.setObjectName(f"profileExport{section.key.title()}Text")
            view.setAccessibleName(name)
            view.setReadOnly(True)
            view.setAcceptRichText(False)
            view.setPlainText(text)
            # as tall as its wrapped text (no scroll bar on a one-line title), up to a limit
            view.document().documentLayout().documentSizeChanged.connect(
                lambda size, v=view: v.setFixedHeight(
                    min(PREVIEW_HEIGHT_MAX, int(size.height()) + 2 * v.frameWidth() + SPACE_XS)))
            card_layout.addWidget(view)
            self.body_layout.addWidget(card)
            self.copy_buttons[section.key] = copy
        self.body_layout.addStretch(1)

    def section_title(self, key: str, fallback: str) -> str:
        titles = {"title": self.tr("Title"), "overview": self.tr("Overview"),
                  "skills": self.tr("Skills"), "details": self.tr("Rate and details"),
                  "portfolio": self.tr("Portfolio"), "certifications": self.tr("Certifications"),
                  "employment": self.tr("Employment history"),
                  "education": self.tr("Education")}
        return titles.get(key, fallback)

    def copy(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Copied {what} to the clipboard.").format(what=what))

    def copy_everything(self) -> None:
        text = profile_export.render(self.profile, self.fmt())
        self.copy(text, self.tr("the whole profile"))

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save profile"))
        dialog.setObjectName("profileExportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Plain text (*.txt)"), self.tr("Markdown (*.md)"),
                               self.tr("JSON (*.json)")])
        dialog.selectNameFilter(self.tr("Markdown (*.md)") if self.fmt() == "markdown"
                                else self.tr("Plain text (*.txt)"))
        dialog.setDirectory(self.start_dir)
        dialog.selectFile(self._stem())
        dialog.fileSelected.connect(lambda path: self.save(path, dialog.selectedNameFilter()))
        dialog.open()

    def choose_pdf(self) -> None:
        dialog = QFileDialog(self, self.tr("Save profile as PDF"))
        dialog.setObjectName("profileExportPdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(self.start_dir)
        dialog.selectFile(self._stem() + ".pdf")
        dialog.fileSelected.connect(self.save_pdf)
        dialog.open()

    def _stem(self) -> str:
        name = self.profile.get("name") or "profile"
        label = self.profile["display_name"] if self.profile.get("kind") != "general" else ""
        stem = " ".join(x for x in (name, label) if x)
        return "".join(c if c.isalnum() or c in " -_" else "_" for c in stem).strip() + \
            " profile"

    def save(self, path: str, name_filter: str = "") -> Path | None:
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".json" if "json" in name_filter.lower() else
                                        ".md" if "markdown" in name_filter.lower() else ".txt")
        try:
            written = operations.export_profile(self.profile, target)
        except (OSError, ValueError) as exc:
            self.status.setText(self.tr("Could not save: {error}").format(error=exc))
            return None
        self.last_written = written
        self.status.setText(self.tr("Saved {path}").format(path=written))
        return written

    def save_pdf(self, path: str) -> Path | None:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            written = write_pdf(self.profile, target, self.photo)
        except OSError as exc:
            self.status.setText(self.tr("Could not save the PDF: {error}").format(error=exc))
            return None
        self.last_written = written
        self.status.setText(self.tr("Saved {path}").format(path=written))
        return written

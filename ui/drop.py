"""Drop to import: files or text dropped on the main window open the import that reads them,
with its preview — statements in Payments, job files in Jobs, an Export All archive in
File ▸ Import All (asked first), the text of a posting in the paste dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.io import sniff


def can_import(mime: QMimeData) -> bool:
    if mime.hasUrls():
        return any(url.isLocalFile() for url in mime.urls())
    return mime.hasText() and bool(mime.text().strip())


def dropped_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def handle_drop(window, mime: QMimeData) -> list[QWidget]:
    """Open the right import(s) for what was dropped; returns the dialogs it opened."""
    opened: list[QWidget] = []
    if not mime.hasUrls():
        text = mime.text().strip()
        if text:
            jobs_tab = window.tab("jobsTab")
            window.navigate("jobsTab")
            opened.append(jobs_tab.open_paste(text))
        return opened
    by_kind: dict[str | None, list[Path]] = {}
    for path in dropped_files(mime):
        by_kind.setdefault(sniff.kind_of(path), []).append(path)
    if by_kind.get(sniff.STATEMENT):
        payments_tab = window.tab("paymentsTab")
        window.navigate("paymentsTab")
        opened.append(payments_tab.preview_import([str(p) for p in by_kind[sniff.STATEMENT]]))
    if by_kind.get(sniff.JOBS):
        jobs_tab = window.tab("jobsTab")
        window.navigate("jobsTab")
        opened.append(jobs_tab.open_import_dialog([str(p) for p in by_kind[sniff.JOBS]]))
    for archive in by_kind.get(sniff.ARCHIVE, [])[:1]:
        opened.append(ask_import_archive(window, archive))
    unknown = by_kind.get(None, [])
    if unknown:
        window.show_status(QCoreApplication.translate(
            "DropImport", "Not imported — not a statement, job file or archive: {files}")
            .format(files=", ".join(p.name for p in unknown)), 10000)
    return [dialog for dialog in opened if dialog is not None]


def ask_import_archive(window, path: Path) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
        "DropImport", "Import All"), QCoreApplication.translate(
        "DropImport", "Import everything from {name}? This fills an empty data folder with "
        "the archive's records and files.").format(name=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("dropArchiveDialog")
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.finished.connect(lambda _r: box.clickedButton() is yes
                         and window.data_actions.import_from(path))
    box.open()
    return box

"""Drop to import: what is dropped on the window opens the import that reads it, with its
preview; nothing is stored until that preview is confirmed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop.io import sniff
from models.jobs import Job
from models.payments import Transaction

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
STATEMENT = FIXTURES / "payments" / "statement_2021.csv"
WEEKLY = FIXTURES / "payments" / "weekly_summary_june.csv"
JOBS_CSV = FIXTURES / "jobs" / "jobs_export.csv"
FEED = FIXTURES / "jobs" / "board_feed.rss"
POSTING = FIXTURES / "jobs" / "job_page_hourly.txt"


def drop(window, mime: QMimeData) -> list:
    """Drag over the window and drop (the handlers, as Qt calls them during a real drag:
    QApplication delivers a Drop only while its own drag is under way)."""
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return window.dropped


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_files_are_told_apart_by_their_content(tmp_path):
    assert sniff.kind_of(STATEMENT) == sniff.STATEMENT
    assert sniff.kind_of(WEEKLY) == sniff.STATEMENT
    assert sniff.kind_of(JOBS_CSV) == sniff.JOBS
    assert sniff.kind_of(FEED) == sniff.JOBS
    assert sniff.kind_of(tmp_path / "export.zip") == sniff.ARCHIVE
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG")
    assert sniff.kind_of(photo) is None


def test_dropped_statement_and_job_files_open_their_previews(main_window, qtbot):
    main_window.show()
    opened = drop(main_window, files(STATEMENT, JOBS_CSV, FEED))
    names = {dialog.objectName() for dialog in opened}
    assert len(opened) == 2 and all(dialog.isVisible() for dialog in opened)
    payments_preview = main_window.tab("paymentsTab").last_dialog
    assert payments_preview in opened
    jobs_dialog = next(d for d in opened if d is not payments_preview)
    assert sorted(Path(p).name for p in jobs_dialog.paths) == ["board_feed.rss",
                                                                "jobs_export.csv"]
    assert Transaction.select().count() == 0 and Job.select().count() == 0  # previews only
    assert names
    for dialog in opened:
        dialog.reject()


def test_dropped_text_opens_the_paste_import_and_unknown_files_are_named(main_window, qtbot,
                                                                         tmp_path):
    main_window.show()
    mime = QMimeData()
    mime.setText(POSTING.read_text(encoding="utf-8"))
    (dialog,) = drop(main_window, mime)
    assert main_window.tabs.currentWidget() is main_window.tab("jobsTab")
    qtbot.waitUntil(lambda: bool(dialog.records))
    assert "Senior Python Developer" in dialog.records[0].title
    dialog.reject()
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG")
    assert drop(main_window, files(photo)) == []
    assert "photo.png" in main_window.statusBar().currentMessage()


def test_a_dropped_archive_is_asked_about_first(main_window, qtbot, tmp_path):
    main_window.show()
    archive = tmp_path / "freelance-desk-export.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    (box,) = drop(main_window, files(archive))
    assert box.objectName() == "dropArchiveDialog" and "freelance-desk-export.zip" in box.text()
    box.reject()

"""Print preview on a small screen, layout off the GUI thread with cancel, save dialog in
Documents (issue 14, obs. 8)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from kidesk.errors import ValidationError
from kidesk.ui import print_preview
from kidesk.ui.common import file_dialogs, progress
from kidesk.ui.print_preview import PdfPreviewDialog, render_with_progress


def _pdf(pages: int = 2) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(pages):
        c.drawString(100, 700, f"Seite {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_preview_fits_the_screen_with_its_status_line(qtbot):
    dialog = PdfPreviewDialog(_pdf(), "Test")
    qtbot.addWidget(dialog)
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() <= available.height() - 40 and dialog.width() <= available.width()
    assert dialog.height() <= 1000


def test_layout_runs_off_the_gui_thread_and_the_window_stays_responsive(qtbot):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    threads = []

    def job() -> bytes:
        threads.append(threading.current_thread())
        time.sleep(0.6)
        return b"%PDF"

    assert render_with_progress(None, "…", job) == b"%PDF"
    timer.stop()
    assert threads[0] is not threading.main_thread()
    assert len(ticks) >= 5  # events were handled while the job ran: no freeze


def test_cancel_returns_at_once_and_drops_the_late_result(qtbot, monkeypatch):
    monkeypatch.setattr(print_preview, "PROGRESS_DELAY_MS", 0)
    release = threading.Event()

    def slow_job() -> bytes:
        release.wait(5)
        return b"late"

    def cancel() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                w.findChild(QPushButton).click()  # "Abbrechen", as a person clicks it
                return
        QTimer.singleShot(50, cancel)

    QTimer.singleShot(100, cancel)
    started = time.monotonic()
    assert render_with_progress(None, "…", slow_job) is None
    assert time.monotonic() - started < 3
    release.set()
    qtbot.waitUntil(lambda: not progress.abandoned_workers(), timeout=3000)


def test_a_user_error_in_the_job_is_raised_in_the_gui_thread(qtbot):
    def failing() -> bytes:
        raise ValidationError("Niemand hat eine Postanschrift.")

    with pytest.raises(ValidationError, match="Postanschrift"):
        render_with_progress(None, "…", failing)


def test_save_dialog_starts_in_documents_for_a_bare_file_name(monkeypatch, tmp_path):
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: tmp_path)
    monkeypatch.setattr(file_dialogs, "_documents", lambda: tmp_path)
    assert Path(file_dialogs.safe_start("einladungen.pdf")) == tmp_path / "einladungen.pdf"
    assert Path(file_dialogs.safe_start("")) == tmp_path

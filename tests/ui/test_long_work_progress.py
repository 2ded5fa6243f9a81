"""Exports and backups run behind a progress window; *Abbrechen* leaves nothing behind (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressBar, QProgressDialog, QPushButton

from kidesk.services import backups
from kidesk.ui import backup_dialog, export_dialog
from kidesk.ui.backup_dialog import BackupDialog
from kidesk.ui.common import file_dialogs
from kidesk.ui.common.progress import run_with_progress
from kidesk.ui.export_dialog import ExportDialog, run_export
from tests.services.test_long_work_cancel import db_digest, fill_many


class CancelAfterProgress:
    """Watches for the progress window; clicks *Abbrechen* — as a person would — once it shows progress."""

    def __init__(self, cancel: bool = True) -> None:
        self.cancel = cancel
        self.values: list[int] = []
        self.maximum = 0
        self.visible = False
        QTimer.singleShot(0, self._find)

    def _find(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                self.visible = True
                widget.findChild(QProgressBar).valueChanged.connect(lambda v, d=widget: self._seen(d, v))
                return
        QTimer.singleShot(5, self._find)

    def _seen(self, dialog: QProgressDialog, value: int) -> None:
        self.values.append(value)
        self.maximum = dialog.maximum()
        if self.cancel and value > 0 and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()


def test_a_big_export_shows_progress_and_cancel_leaves_no_file(qtbot, db, tmp_path, monkeypatch, dialogs):
    fill_many(db, 4000)
    out = tmp_path / "ausgabe"
    out.mkdir()
    monkeypatch.setattr(export_dialog, "PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(out / "kontakte.xlsx"), ""))

    def choose(dialog: ExportDialog):
        dialog.what.setCurrentIndex(dialog.what.findData("contacts"))
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    watcher = CancelAfterProgress()
    assert run_export(None, db) is None
    assert watcher.visible and watcher.maximum == 4000 and any(0 < v < 4000 for v in watcher.values)
    assert list(out.iterdir()) == []  # no file, no temporary part
    assert dialogs.messages == []  # a cancel is no error

    # not cancelled: the same export writes the whole file and says so
    watcher = CancelAfterProgress(cancel=False)
    result = run_export(None, db)
    assert result is not None and result.count == 4000 and (out / "kontakte.xlsx").exists()
    assert watcher.values[-1] == 4000
    assert "4000" in dialogs.texts("information")[0] or "4.000" in dialogs.texts("information")[0]


def test_a_cancelled_backup_leaves_no_file_and_the_database_unchanged(qtbot, db, monkeypatch, dialogs):
    fill_many(db, 3000)
    before = db_digest(db)
    monkeypatch.setattr(backup_dialog, "PROGRESS_DELAY_MS", 0)
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)
    watcher = CancelAfterProgress()
    assert not dialog.backup_now()
    assert watcher.visible and any(v > 0 for v in watcher.values)
    assert backups.list_backups(db) == [] and not list(backups.backup_folder(db).glob("*"))
    assert "Noch keine Sicherung" in dialog.last_label.text()
    assert db_digest(db) == before
    assert dialogs.messages == []


def test_the_window_keeps_repainting_while_a_job_runs(qtbot):
    import time

    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)

    def job(report):
        for i in range(30):
            time.sleep(0.02)
            report(i, 30)
        return "fertig"

    assert run_with_progress(None, "…", job) == "fertig"
    timer.stop()
    assert len(ticks) >= 10

"""The export dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QMessageBox

from kidesk.db.models import Contact, Event, Participation, Volunteer
from kidesk.ui.common import file_dialogs
from kidesk.ui.export_dialog import ExportDialog, run_export


def test_export_dialog_writes_the_chosen_list(qtbot, db, tmp_path, monkeypatch):
    with db.session() as s:
        event = Event(title="Dankeschön", starts_at=dt.datetime(2026, 7, 2, 15))
        s.add(Participation(event=event, contact=Contact(last_name="Berg", volunteer=Volunteer()), status="registered"))
        s.add(Participation(event=event, contact=Contact(last_name="Kaya"), status="registered"))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(tmp_path / "teilnehmende"), ""))

    def choose(dialog: ExportDialog):
        dialog.what.setCurrentIndex(dialog.what.findData("participants"))
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        assert dialog.event_choice.isEnabled() and dialog.event_choice.count() == 1
        assert "ohne Einwilligung" in dialog.hint.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    result = run_export(None, db)
    assert result.path == tmp_path / "teilnehmende.xlsx" and result.path.exists()
    assert (result.count, result.excluded_without_consent) == (1, 1)
    assert "1 Teilnehmende" in shown[0] and "--intern" not in shown[0]

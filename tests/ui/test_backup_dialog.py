"""Datei → Sicherung …: last backup date, backup now, restore with a question, settings."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from kidesk.services import backups, organisations
from kidesk.services.organisations import OrganisationData
from kidesk.ui.backup_dialog import BackupDialog
from kidesk.ui.main_window import MainWindow


def test_backup_now_shows_the_date_and_lists_the_copy(qtbot, office):
    db, _ids = office
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)
    assert "Noch keine Sicherung" in dialog.last_label.text()
    assert dialog.backup_now()
    assert "Letzte Sicherung:" in dialog.last_label.text()
    assert dialog.table.rowCount() == 1
    assert "Kontakte" in dialog.table.item(0, 2).text()


def test_restore_asks_first_and_brings_the_old_state_back(qtbot, db, dialogs):
    organisations.create_organisation(db, OrganisationData(name="Alt"))
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)
    dialog.backup_now()
    organisations.create_organisation(db, OrganisationData(name="Neu"))
    dialog.table.selectRow(0)
    dialogs.answers.append(QMessageBox.StandardButton.No)
    assert not dialog.restore_selected()
    assert len(backups.list_backups(db)) == 1
    dialog.table.selectRow(0)
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    assert dialog.restore_selected()
    assert dialog.restored
    assert any("zurückgespielt" in t for t in dialogs.texts("information"))
    from sqlalchemy import select  # the test may look into the database; the dialog may not

    from kidesk.db.models import Organisation

    with db.session() as s:
        assert sorted(s.scalars(select(Organisation.name))) == ["Alt"]
    assert dialog.table.rowCount() == 2  # plus the copy of the replaced state


def test_rotation_and_second_folder_are_saved(qtbot, db, tmp_path):
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)
    dialog.daily.setValue(10)
    dialog.weekly.setValue(2)
    assert dialog.set_second_folder(str(tmp_path / "usb"))
    assert str(tmp_path / "usb") in dialog.second_label.text()
    dialog.accept_settings()
    assert backups.rotation(db).daily == 10 and backups.rotation(db).weekly == 2
    assert backups.second_folder(db) == tmp_path / "usb"


def test_the_file_menu_offers_the_backup_dialog(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert any(a.text().replace("&", "") == "Sicherung …" for a in file_menu.actions())

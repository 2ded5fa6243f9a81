"""Issue 12, item 1: the settings show the date of the last backup."""

from __future__ import annotations

from kidesk.domain.dates import format_datetime
from kidesk.services import backups
from kidesk.ui.settings_dialog import SettingsDialog


def test_settings_show_the_date_of_the_last_backup(qtbot, office):
    db, _ids = office
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.last_backup.text() == "Letzte Sicherung: keine"
    backups.create_backup(db)
    newest = backups.last_backup(db)
    assert newest is not None
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.last_backup.text() == f"Letzte Sicherung: {format_datetime(newest)}"

"""Settings round trip: what the dialog saves is what it shows next time."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices

from kidesk.db import settings as db_settings
from kidesk.ui import workstation_settings
from kidesk.ui.settings_dialog import SettingsDialog


def test_settings_round_trip(qtbot, office):
    db, ids = office
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.own_organisation.setCurrentIndex(dialog.own_organisation.findData(ids["ki"]))
    dialog.letter_sender.setCurrentIndex(dialog.letter_sender.findData(ids["staff"]))
    dialog.card_template.setCurrentIndex(dialog.card_template.findData("32015"))
    dialog.label_template.setCurrentIndex(dialog.label_template.findData("3477"))
    dialog.calibration_template.setCurrentIndex(dialog.calibration_template.findData("3475"))
    dialog.offset_x.setValue(1.5)
    dialog.offset_y.setValue(-0.5)
    dialog.calibration_template.setCurrentIndex(dialog.calibration_template.findData("C32011"))
    dialog.offset_y.setValue(2.0)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()

    with db.session() as s:
        assert db_settings.get(s, db_settings.OWN_ORGANISATION_ID) == ids["ki"]
        assert db_settings.get(s, db_settings.LETTER_SENDER_CONTACT_ID) == ids["staff"]
        assert db_settings.get(s, db_settings.DEFAULT_CARD_TEMPLATE) == "32015"
        assert db_settings.get(s, db_settings.DEFAULT_LABEL_TEMPLATE) == "3477"
        assert db_settings.calibration(s, "3475") == (1.5, -0.5)
        assert db_settings.calibration(s, "C32011") == (0.0, 2.0)
        assert db_settings.calibration(s, "3474") == (0.0, 0.0)
    assert workstation_settings.language() == "en"

    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.own_organisation.currentData() == ids["ki"]
    assert again.letter_sender.currentData() == ids["staff"]
    assert again.card_template.currentData() == "32015"
    again.calibration_template.setCurrentIndex(again.calibration_template.findData("3475"))
    assert (again.offset_x.value(), again.offset_y.value()) == (1.5, -0.5)
    assert again.language.currentData() == "en"


def test_cancel_changes_nothing(qtbot, office):
    db, ids = office
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.card_template.setCurrentIndex(dialog.card_template.findData("a4-cropmarks"))
    dialog.reject()
    with db.session() as s:
        assert db_settings.get(s, db_settings.DEFAULT_CARD_TEMPLATE) == "C32011"


def test_database_location_read_only_and_open_folder(qtbot, office, monkeypatch):
    db, _ids = office
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.database_location.isReadOnly() and dialog.database_location.text() == str(db.path)
    assert dialog.open_database_folder()
    assert opened == [str(db.path.parent)]


def test_test_sheet_opens_preview(qtbot, office):
    db, _ids = office
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.calibration_template.setCurrentIndex(dialog.calibration_template.findData("3475"))
    dialog.offset_x.setValue(1.0)
    preview = dialog.print_test_sheet()
    assert preview is not None and preview.document.pageCount() >= 1
    with db.session() as s:  # issue 19: the try-out is not stored; Cancel leaves the old offset
        assert db_settings.calibration(s, "3475") == (0.0, 0.0)
    dialog.reject()
    with db.session() as s:
        assert db_settings.calibration(s, "3475") == (0.0, 0.0)


def test_test_sheet_shows_the_offset_typed_not_the_stored_one(office):
    from kidesk.services.printing import print_calibration_sheet

    db, _ids = office
    stored = print_calibration_sheet(db, template="3475")
    tried = print_calibration_sheet(db, template="3475", offset=(2.0, 0.0))
    assert stored != tried


def test_volunteer_periods_are_set_in_the_dialog(qtbot, office):
    from kidesk.services.volunteers import settings_rules

    db, _ids = office
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.police_years.value() == settings_rules.DEFAULT_POLICE_CERTIFICATE_VALID_YEARS
    dialog.consent_months.setValue(36)
    dialog.police_years.setValue(3)
    dialog.inactivity_months.setValue(6)
    dialog.accept()
    assert settings_rules.load_rule_periods(db) == settings_rules.RulePeriods(36, 3, 6)


def test_database_can_be_moved_and_chosen_for_the_next_start(qtbot, office, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kidesk import paths
    from kidesk.db.database import open_database
    from kidesk.services import database_location

    db, _ids = office
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    target = tmp_path / "netz" / "büro – داده.sqlite"
    target.parent.mkdir()
    assert dialog.move_database(str(target))
    assert paths.default_db_path() == target.resolve() and "bleibt als Rückfall" in shown[-1]
    moved = open_database(target, create=False)
    try:
        from kidesk.services import organisations

        assert organisations.organisation_count(moved, organisations.OrganisationListQuery()) > 0
    finally:
        moved.dispose()
    assert not dialog.move_database(str(target))  # never overwrites
    assert "gibt es schon" in shown[-1]
    broken = tmp_path / "kaputt.sqlite"
    broken.write_bytes(b"=SUM(A1) <b>&")
    assert not dialog.choose_database(str(broken))
    assert paths.default_db_path() == target.resolve()
    assert dialog.choose_database(str(db.path))
    assert paths.default_db_path() == db.path.resolve()
    database_location.forget_choice()
    assert paths.default_db_path().name == paths.DB_FILENAME


def test_my_own_letter_sender_is_saved_for_me_only(qtbot, office):
    from kidesk.db import audit

    db, ids = office
    audit.set_actor("ayse")
    try:
        dialog = SettingsDialog(db)
        qtbot.addWidget(dialog)
        assert dialog.my_letter_sender.currentData() is None  # "wie der Briefabsender für alle"
        assert "ayse" in dialog.my_letter_sender.toolTip()
        dialog.my_letter_sender.setCurrentIndex(dialog.my_letter_sender.findData(ids["staff"]))
        dialog.accept()
        with db.session() as s:
            assert db_settings.get(s, db_settings.user_letter_sender_key("ayse")) == ids["staff"]
            assert db_settings.get(s, db_settings.LETTER_SENDER_CONTACT_ID) is None  # the office's is untouched
        audit.set_actor("bernd")
        other = SettingsDialog(db)
        qtbot.addWidget(other)
        assert other.my_letter_sender.currentData() is None
    finally:
        audit.set_actor(None)

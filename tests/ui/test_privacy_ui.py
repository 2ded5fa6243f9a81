"""Data protection in the window (issue 13): Verlauf, consents, erasure, review, the Datenschutz menu."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kidesk.db.models import Contact, Volunteer
from kidesk.services import contacts, privacy
from kidesk.ui.contacts_tab import ContactsTab
from kidesk.ui.privacy import ConsentDialog, HistoryDialog, LeftOutDialog, RegisterDialog, ReviewDialog, actions
from kidesk.ui.privacy.actions import contact_menu
from tests.services.privacy_sample import LAST, add_person


@pytest.fixture
def person(db):
    return add_person(db)


def test_history_dialog_lists_changes_and_exports_csv(qtbot, db, tmp_path):
    created = contacts.create_contact(db, contacts.ContactData(first_name="Ayşe", last_name="Yılmaz"))
    contacts.update_contact(db, dataclasses.replace(created, city="=SUM(A1)"))
    dialog = HistoryDialog(db, "contact", created.id, "Ayşe Yılmaz")
    qtbot.addWidget(dialog)
    cells = {dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(7)}
    assert {"geändert", "angelegt", "city", "=SUM(A1)", "Yılmaz"} <= cells
    written = dialog.export_csv(str(tmp_path / "v.csv"))
    assert written and "'=SUM(A1)" in (tmp_path / "v.csv").read_text(encoding="utf-8-sig")
    assert dialog.export_button.accessibleName() and dialog.table.accessibleName()


def test_consent_dialog_gives_and_withdraws(qtbot, db, person):
    dialog = ConsentDialog(db, person["person"])
    qtbot.addWidget(dialog)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("publish_name"))
    dialog.method.setCurrentIndex(dialog.method.findData("oral"))
    assert dialog.add_consent()
    status = {s.purpose: s.allowed for s in privacy.contact_consents(db, person["person"]).status}
    assert status["publish_name"]
    row = next(i for i, e in enumerate(dialog.entries) if e.purpose == "publish_name")
    dialog.history.selectRow(row)
    assert dialog.withdraw_selected()
    status = {s.purpose: s.allowed for s in privacy.contact_consents(db, person["person"]).status}
    assert not status["publish_name"]
    assert "widerrufen" in dialog.message.text()


def _last_names(tab):
    tab.model.fetch_all()
    return [tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount())]


def test_contact_menu_erases_after_the_question(qtbot, db, person, monkeypatch):
    tab = ContactsTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.jump_to(person["person"])
    assert LAST in _last_names(tab)
    menu = contact_menu(tab)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "&Verlauf …",
        "&Einwilligungen …",
        "&Auskunft nach Art. 15 (PDF und JSON) …",
        "&Löschen nach Art. 17 …",
    ]
    monkeypatch.setattr(actions.ErasureDialog, "exec", lambda self: actions.QDialog.DialogCode.Rejected)
    menu.actions()[-1].trigger()
    with db.session() as s:
        assert s.get(Contact, person["person"]) is not None  # cancelled: nothing happened

    def accept(self):
        self.reference.setText("DS-9")
        return actions.QDialog.DialogCode.Accepted

    monkeypatch.setattr(actions.ErasureDialog, "exec", accept)
    contact_menu(tab).actions()[-1].trigger()
    with db.session() as s:
        assert s.get(Contact, person["person"]) is None
    assert [e.request_reference for e in privacy.register(db)] == ["DS-9"]
    assert LAST not in _last_names(tab)


def test_erasure_dialog_defaults_to_cancel_and_is_accessible(qtbot):
    dialog = actions.ErasureDialog("Gülşen Ahmadi")
    qtbot.addWidget(dialog)
    buttons = dialog.findChildren(actions.QDialogButtonBox)[0].buttons()
    default = [b for b in buttons if b.isDefault()]
    assert [b.text() for b in default] == ["Abbre&chen"]
    assert dialog.reference.accessibleName()


def test_review_dialog_applies_only_what_is_ticked(qtbot, db, person):
    dialog = ReviewDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 1
    assert dialog.apply_checked(confirmed=True) == 0  # nothing ticked
    row = next(r for r, i in enumerate(dialog.items) if i.rule == "police_certificate")
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.apply_checked(confirmed=True) == 1
    with db.session() as s:
        volunteer = s.scalar(select(Volunteer).where(Volunteer.contact_id == person["person"]))
        assert volunteer.police_certificate_inspected_on is None
        assert s.get(Contact, person["person"]) is not None
    assert "ausgeführt" in dialog.message.text()


def test_left_out_and_register_dialogs(qtbot, db, person):
    left = LeftOutDialog(db)
    qtbot.addWidget(left)
    reasons = [left.table.item(r, 1).text() for r in range(left.table.rowCount())]
    assert any("abgelaufen" in r for r in reasons)
    privacy.erase_contact(db, person["other"], reference="Az 1", scrub=False)
    register = RegisterDialog(db)
    qtbot.addWidget(register)
    assert register.table.rowCount() == 1 and register.table.item(0, 2).text() == "Az 1"


def test_main_window_has_the_privacy_menu(qtbot, db):
    from kidesk.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["Datenschutz", "&Hilfe"]


def test_user_name_on_a_shared_pc_goes_into_the_audit(qtbot, db, monkeypatch):
    monkeypatch.setattr(actions.QInputDialog, "getText", staticmethod(lambda *a, **k: ("Empfang 1", True)))
    assert actions.ask_user_name(None) == "Empfang 1"
    try:
        created = contacts.create_contact(db, contacts.ContactData(last_name="Kaya"))
        assert privacy.record_history(db, "contact", created.id)[0].actor == "Empfang 1"
    finally:
        monkeypatch.setattr(actions.QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
        actions.ask_user_name(None)


def test_profile_editor_warns_about_an_old_certificate(qtbot, db, person):
    from kidesk.ui.volunteers.tab import VolunteersTab

    tab = VolunteersTab(db)
    qtbot.addWidget(tab)
    tab.show()
    with db.session() as s:
        volunteer_id = s.scalar(select(Volunteer.id).where(Volunteer.contact_id == person["person"]))
    tab.jump_to(volunteer_id)
    editor = tab.editor
    assert editor.police_issued_on.text() == "20.01.2024"  # loaded: 3 weeks before the inspection
    assert "Achtung" not in editor.police_hint.text()
    editor.police_issued_on.setText("01.06.2023")
    assert "älter als drei Monate" in editor.police_hint.text()
    assert editor.police_issued_on.accessibleName()
    assert dt.date(2024, 2, 10) == editor.police_inspected_on.date()

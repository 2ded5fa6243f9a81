"""The partner organisations tab: editing, parent/child, logo, people, network memberships."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from kidesk.db.models import Affiliation, Contact, NetworkMembership, Organisation
from kidesk.ui import organisations_tab
from kidesk.ui.common import file_dialogs
from kidesk.ui.organisations_tab import OrganisationsTab
from tests.ui.conftest import type_text


@pytest.fixture
def tab(qtbot, office):
    db, _ids = office
    widget = OrganisationsTab(db)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def _png(path, color="red"):
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


def test_create_child_organisation(tab, qtbot, office):
    db, ids = office
    tab.new_record()
    type_text(qtbot, tab.editor.fields["name"].widget, "Kreis Herford – Amt für Schule, Kultur und Sport")
    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData("authority"))
    tab.editor.parent_choice.setCurrentIndex(tab.editor.parent_choice.findData(ids["kreis"]))
    qtbot.keyClicks(tab.editor.fields["phone"].widget, "05221/13-0")
    assert tab.save()
    with db.session() as s:
        org = s.execute(select(Organisation).where(Organisation.name.like("%Amt für Schule%"))).scalar_one()
        assert org.parent_id == ids["kreis"] and org.kind == "authority"
    tab.jump_to(ids["kreis"])
    children = [tab.editor.children.item(i).text() for i in range(tab.editor.children.count())]
    assert "Kreis Herford – Amt für Schule, Kultur und Sport" in children


def test_people_working_there_are_listed_and_open_the_contact(tab, qtbot, office):
    _db, ids = office
    tab.jump_to(ids["caritas"])
    names = [tab.editor.people.item(i).text() for i in range(tab.editor.people.count())]
    assert "Schröder, Jan – Migrationsberatung" in names
    row = names.index("Schröder, Jan – Migrationsberatung")
    with qtbot.waitSignal(tab.open_contact) as signal:
        tab.editor.people.itemActivated.emit(tab.editor.people.item(row))
    assert signal.args == [ids["caritas_person"]]


def test_logo_shown_replaced_removed(tab, office, tmp_path, monkeypatch):
    db, ids = office
    tab.jump_to(ids["caritas"])
    assert tab.editor.logo_view.text() == "kein Logo"
    logo = _png(tmp_path / "logo.png")
    monkeypatch.setattr(file_dialogs, "get_open_file_name", (lambda *a, **k: (str(logo), "")))
    assert tab.editor.choose_logo()
    assert not tab.editor.logo_view.pixmap().isNull()
    assert tab.save()
    with db.session() as s:
        org = s.get(Organisation, ids["caritas"])
        assert org.logo == logo.read_bytes() and org.logo_mime == "image/png"
    other = _png(tmp_path / "other.png", "blue")
    assert tab.editor.set_logo_file(str(other))
    assert tab.save()
    with db.session() as s:
        assert s.get(Organisation, ids["caritas"]).logo == other.read_bytes()
    tab.editor.remove_logo()
    assert tab.save()
    with db.session() as s:
        org = s.get(Organisation, ids["caritas"])
        assert org.logo is None and org.logo_mime is None


def test_logo_that_is_not_an_image_is_refused(tab, office, tmp_path):
    _db, ids = office
    tab.jump_to(ids["awo"])
    bogus = tmp_path / "logo.png"
    bogus.write_bytes(b"%PDF-1.4 not an image")
    assert not tab.editor.set_logo_file(str(bogus))
    assert "PNG- oder JPEG" in tab.editor.logo_problem.text()
    assert not tab.editor.is_modified()


def test_network_membership_added_with_dates_and_removed(tab, office):
    db, ids = office
    tab.jump_to(ids["vhs"])
    tab.editor.network_choice.setCurrentIndex(tab.editor.network_choice.findData(ids["widunetz"]))
    tab.editor.membership_role.setText("Projektgruppe")
    tab.editor.joined_input.set_date(dt.date(2019, 1, 15))
    assert tab.editor.add_membership()
    assert not tab.editor.add_membership()  # the same network twice is refused
    tab.editor.memberships.item(0, 3).setText("31.12.2023")
    assert tab.save()
    with db.session() as s:
        m = s.execute(select(NetworkMembership).where(NetworkMembership.organisation_id == ids["vhs"])).scalar_one()
        assert (m.role, m.joined_on.isoformat(), m.left_on.isoformat()) == ("Projektgruppe", "2019-01-15", "2023-12-31")
    tab.editor.memberships.item(0, 3).setText("gestern")
    assert "kein Datum" in tab.editor.membership_problem.text()
    tab.editor.memberships.item(0, 3).setText("31.12.2023")
    tab.editor.memberships.selectRow(0)
    assert tab.editor.remove_membership()
    assert tab.save()
    with db.session() as s:
        assert (
            s.execute(select(NetworkMembership).where(NetworkMembership.organisation_id == ids["vhs"])).first() is None
        )


def test_join_date_typed_as_the_office_writes_it(tab, qtbot, office):
    """Typing 27.02.2008 into the join-date field gives 27.02.2008 (the old QDateEdit with the
    locale's short format turned it into ".00002.2008")."""
    db, ids = office
    tab.jump_to(ids["vhs"])
    tab.editor.network_choice.setCurrentIndex(tab.editor.network_choice.findData(ids["widunetz"]))
    tab.editor.joined_input.clear()
    qtbot.keyClicks(tab.editor.joined_input, "27.02.2008")
    assert tab.editor.joined_input.text() == "27.02.2008"
    assert tab.editor.joined_input.date() == dt.date(2008, 2, 27)
    assert tab.editor.add_membership()
    assert tab.editor.memberships.item(0, 2).text() == "27.02.2008"
    assert tab.save()
    with db.session() as s:
        m = s.execute(select(NetworkMembership).where(NetworkMembership.organisation_id == ids["vhs"])).scalar_one()
        assert m.joined_on == dt.date(2008, 2, 27)


def test_date_field_tidies_short_spellings_and_refuses_nonsense(tab, qtbot, office):
    _db, ids = office
    tab.jump_to(ids["vhs"])
    field = tab.editor.joined_input
    field.clear()
    qtbot.keyClicks(field, "7.3.09")
    field.editingFinished.emit()
    assert field.text() == "07.03.2009" and field.date() == dt.date(2009, 3, 7)
    field.clear()
    assert field.date() is None
    qtbot.keyClicks(field, "31.02.2008")
    assert not field.is_valid()
    tab.editor.network_choice.setCurrentIndex(tab.editor.network_choice.findData(ids["widunetz"]))
    assert not tab.editor.add_membership()
    assert "kein Datum" in tab.editor.membership_problem.text()
    assert tab.editor.memberships.rowCount() == 0


def test_create_network_from_the_tab(tab, office, monkeypatch):
    _db, _ids = office
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Bildungsnetzwerk Kreis Herford", True)))
    network_id = tab.create_network()
    assert network_id is not None
    assert tab.network_filter.findData(network_id) > 0


def test_filter_by_network_and_kind(tab, office):
    _db, ids = office
    tab.network_filter.setCurrentIndex(tab.network_filter.findData(ids["widunetz"]))
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("municipality"))
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    shown = {tab.model.record_id(r) for r in range(tab.model.rowCount())}
    assert shown == {ids["kreis"], ids["buende"]}


def test_duplicate_name_is_refused_clearly(tab, qtbot, office, dialogs):
    _db, _ids = office
    tab.new_record()
    qtbot.keyClicks(tab.editor.fields["name"].widget, "stadt bünde".replace("ü", "u"))
    tab.editor.fields["name"].widget.setText("Stadt Bünde")
    assert not tab.save()
    assert any("gibt es schon" in t for t in dialogs.texts("warning"))


def test_delete_organisation_keeps_people(tab, office, dialogs, monkeypatch):
    db, ids = office
    tab.jump_to(ids["caritas"])
    monkeypatch.setattr(organisations_tab, "ask_archive_or_delete", lambda *_a: "delete")  # not "archive"
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    question = dialogs.texts("question")[-1]
    assert "Zuordnungen von Personen" in question and "Netzwerkmitgliedschaft" in question
    with db.session() as s:
        assert s.get(Organisation, ids["caritas"]) is None
        assert s.get(Contact, ids["caritas_person"]) is not None
        assert s.execute(select(Affiliation).where(Affiliation.organisation_id == ids["caritas"])).first() is None


def test_unsaved_changes_prompt_on_switch(tab, qtbot, office, dialogs):
    _db, ids = office
    tab.jump_to(ids["awo"])
    qtbot.keyClicks(tab.editor.fields["short_name"].widget, "X")
    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    tab.jump_to(ids["drk"])
    assert tab.current_record_id() == ids["awo"]
    dialogs.answers.append(QMessageBox.StandardButton.Discard)
    tab.jump_to(ids["drk"])
    assert tab.current_record_id() == ids["drk"]


def test_edit_conflict_overwrite_on_the_organisation_editor(tab, qtbot, office, db_path, monkeypatch):
    """The organisation editor answers an edit conflict the same way as the contact editor."""
    from kidesk.db.database import open_database
    from kidesk.services import organisations as organisation_service
    from kidesk.ui.common import prompts

    db, ids = office
    asked = []
    monkeypatch.setattr(
        prompts, "ask_edit_conflict", lambda parent, name: asked.append(name) or prompts.ConflictAnswer.OVERWRITE
    )
    tab.jump_to(ids["vhs"])
    other = open_database(db_path)
    try:
        theirs = organisation_service.load_organisation(other, ids["vhs"])
        theirs.phone = "05221/1111"
        organisation_service.update_organisation(other, theirs)
    finally:
        other.dispose()
    tab.editor.fields["website"].widget.setText("https://vhs-im-kreis-herford.de")
    assert tab.save()
    assert len(asked) == 1
    stored = organisation_service.load_organisation(db, ids["vhs"])
    assert stored.website == "https://vhs-im-kreis-herford.de" and stored.phone != "05221/1111"


def test_unsaved_changes_question_serves_other_editors_too(monkeypatch):
    """One question for every tab: a tab's own wording, and without *Cancel* when closing for good."""
    from PySide6.QtWidgets import QMessageBox

    from kidesk.ui.common.prompts import UnsavedAnswer, ask_unsaved_changes

    seen = []

    def question(parent, title, text, buttons, default=QMessageBox.StandardButton.NoButton):
        seen.append((title, text, buttons, default))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert (
        ask_unsaved_changes(None, question="Die Änderungen an der Veranstaltung speichern?", can_cancel=False)
        is UnsavedAnswer.DISCARD
    )
    assert ask_unsaved_changes(None, "VHS im Kreis Herford") is UnsavedAnswer.DISCARD
    (title, text, buttons, default), (_t, named, with_cancel, _d) = seen
    assert title == "Ungespeicherte Änderungen" and text == "Die Änderungen an der Veranstaltung speichern?"
    assert not buttons & QMessageBox.StandardButton.Cancel and default == QMessageBox.StandardButton.Save
    assert "„VHS im Kreis Herford“" in named and with_cancel & QMessageBox.StandardButton.Cancel


def test_delete_offers_archive_first_and_restore_undoes_it(tab, office, dialogs, monkeypatch):
    """Issue 19: an organisation with people, networks or events is archived by default."""
    db, ids = office
    asked = []
    monkeypatch.setattr(
        organisations_tab, "ask_archive_or_delete", lambda _p, _t, text: asked.append(text) or "archive"
    )
    tab.jump_to(ids["caritas"])
    rows_before = tab.model.total
    tab.delete_selected()
    assert "Zuordnungen von Personen" in asked[0] and "Archivieren statt löschen" in asked[0]
    with db.session() as s:
        org = s.get(Organisation, ids["caritas"])
        assert org is not None and org.archived_on == dt.date.today()
        assert s.execute(select(Affiliation).where(Affiliation.organisation_id == ids["caritas"])).first()
    assert tab.model.total == rows_before - 1
    assert tab.model.row_of(ids["caritas"]) is None
    tab.show_archived.setChecked(True)
    assert tab.model.total == rows_before
    row = tab.model.row_of(ids["caritas"])
    assert tab.model.index(row, 0).data().endswith("(archiviert)")
    tab.jump_to(ids["caritas"])
    assert tab.editor.archive_bar.isVisibleTo(tab) and tab.editor.restore_button.isVisibleTo(tab)
    tab.editor.restore_button.click()
    with db.session() as s:
        assert s.get(Organisation, ids["caritas"]).archived_on is None
    assert not tab.editor.archive_bar.isVisibleTo(tab)
    tab.show_archived.setChecked(False)
    assert tab.model.row_of(ids["caritas"]) is not None


def test_archived_organisation_is_not_offered_to_new_affiliations(qtbot, office):
    from kidesk.services import organisations as service
    from kidesk.ui.contacts_tab import ContactsTab

    db, ids = office
    service.archive_organisation(db, ids["drk"])
    contacts = ContactsTab(db)
    qtbot.addWidget(contacts)
    offered = {
        contacts.editor.organisation_choice.itemData(i) for i in range(contacts.editor.organisation_choice.count())
    }
    assert ids["drk"] not in offered and ids["awo"] in offered


def test_cancel_in_the_archive_question_changes_nothing(tab, office, monkeypatch):
    db, ids = office
    monkeypatch.setattr(organisations_tab, "ask_archive_or_delete", lambda *_a: "cancel")
    tab.jump_to(ids["caritas"])
    tab.delete_selected()
    with db.session() as s:
        assert s.get(Organisation, ids["caritas"]).archived_on is None


def test_the_archive_question_defaults_to_archive(tab, qtbot):
    """Enter in the real box archives; Escape cancels."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    for key, expected in ((Qt.Key.Key_Return, "archive"), (Qt.Key.Key_Escape, "cancel")):

        def press(key=key):
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            assert box.defaultButton().text() == "&Archivieren"
            qtbot.keyClick(box, key)

        QTimer.singleShot(50, press)
        assert organisations_tab.ask_archive_or_delete(tab, "Organisation löschen", "Text") == expected

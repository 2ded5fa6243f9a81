"""The volunteers tab with real widgets on a real database (pytest-qt, offscreen)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from kidesk.db.database import open_database
from kidesk.db.models import Participation, Volunteer, VolunteerHours
from kidesk.services import volunteers as vs
from kidesk.ui.common import prompts
from kidesk.ui.common.lazy_table_model import LazyTableModel
from kidesk.ui.common.prompts import ConflictAnswer
from kidesk.ui.models.volunteer_table_model import (
    DueItemTableModel,
    VolunteerHoursTableModel,
    VolunteerTableModel,
)
from kidesk.ui.volunteers import EhrenamtskarteRuleDialog, RecognitionDialog, VolunteersTab
from kidesk.ui.volunteers import tab as tab_module
from tests.services.volunteer_sample_data import build_sample


@pytest.fixture
def sample(db):
    return build_sample(db)


@pytest.fixture
def tab(qtbot, db, sample):
    widget = VolunteersTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(tab) -> list[str]:
    tab.model.fetch_all()
    return [tab.model.row_at(r).name for r in range(tab.model.rowCount())]


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# --- item models ------------------------------------------------------------------------------


def test_volunteer_table_model_is_lazy_and_valid(qtmodeltester, db, sample):
    model = VolunteerTableModel(db, page_size=2)
    assert model.rowCount() == 2 and model.total == 6 and model.canFetchMore()  # first page only
    model.fetchMore()
    assert model.rowCount() == 4
    model.fetch_all()
    assert model.rowCount() == 6 and not model.canFetchMore()
    qtmodeltester.check(model)
    haddad = sample.volunteers["Haddad"]
    model.set_query(vs.VolunteerFilter(municipality="Löhne"))
    assert isinstance(model, LazyTableModel) and model.query == vs.VolunteerFilter(municipality="Löhne")
    model.fetch_all()
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    assert model.row_of(sample.volunteers["Schmidt"]) is None  # Herford: filtered out
    assert model.row_at(model.row_of(haddad)).id == haddad
    model.set_query(vs.VolunteerFilter())  # a fresh reset: row_of pages up to the record
    assert model.rowCount() == 2
    row = model.row_of(haddad)
    assert row is not None and model.row_at(row).id == haddad and model.rowCount() >= row + 1


def test_hours_and_due_models_are_valid(qtmodeltester, db, sample):
    hours = VolunteerHoursTableModel()
    hours.set_entries(vs.hours_entries(db, sample.volunteers["Haddad"]))
    due = DueItemTableModel()
    due.set_items(vs.due_items(db, weeks=8))
    assert hours.rowCount() == 2 and due.rowCount() == 3
    qtmodeltester.check(hours)
    qtmodeltester.check(due)


# --- list and filters -------------------------------------------------------------------------


def test_filter_active_arabic_speakers_in_loehne(tab):
    assert len(_names(tab)) == 6
    _choose(tab.status_filter, "active")
    _choose(tab.municipality_filter, "Löhne")
    _choose(tab.language_filter, "Arabisch")
    assert _names(tab) == ["Haddad, Amira"]
    assert tab.count_label.text() == "1 Ehrenamtliche"
    _choose(tab.status_filter, None)
    assert _names(tab) == ["Haddad, Amira", "Nasser, Karim"]


def test_filter_by_series_progress_and_search(tab, qtbot, sample):
    assert not tab.progress_filter.isEnabled()
    _choose(tab.series_filter, sample.series_id)
    assert tab.progress_filter.isEnabled()
    _choose(tab.progress_filter, vs.PROGRESS_INCOMPLETE)
    assert _names(tab) == ["Schmidt, Lena"]
    _choose(tab.series_filter, None)
    qtbot.keyClicks(tab.search, "dem")
    qtbot.waitUntil(lambda: _names(tab) == ["Demir, Yusuf"])  # search as you type, after a short pause


# --- profile editor ---------------------------------------------------------------------------


def test_editor_shows_photo_marker_and_saves_profile(tab, db, sample):
    tab.jump_to(sample.volunteers["Demir"])
    assert tab.current_volunteer_id == sample.volunteers["Demir"]
    assert tab.editor.name_label.text() == "Yusuf Demir"
    assert tab.editor.photo_marker.isVisibleTo(tab)  # newsletter only: no photo consent
    tab.editor.consent_photos.setChecked(True)
    assert not tab.editor.photo_marker.isVisibleTo(tab)
    tab.editor.availability.setText("Sa vormittags")
    tab.editor.availability.textEdited.emit("Sa vormittags")
    assert tab.save_button.isEnabled()
    assert tab.save()
    with db.session() as s:
        v = s.get(Volunteer, sample.volunteers["Demir"])
        assert v.consent_photos and v.availability == "Sa vormittags"
    assert not tab.save_button.isEnabled()


def test_editor_refuses_bad_input_and_keeps_it(tab, db, sample):
    tab.jump_to(sample.volunteers["Berger"])
    tab.editor.consent_photos.setChecked(True)  # a purpose without a consent date
    assert "Datum der Einwilligung" in tab.editor_message.text()  # said while typing
    assert not tab.save()
    assert "Datum der Einwilligung" in tab.editor_message.text()
    assert tab.editor.consent_photos.isChecked() and tab.save_button.isEnabled()
    with db.session() as s:
        assert not s.get(Volunteer, sample.volunteers["Berger"]).consent_photos


def test_editing_back_to_the_stored_profile_is_no_change(tab, sample):
    tab.jump_to(sample.volunteers["Berger"])
    tab.editor.availability.setText("abends")
    assert tab.save_button.isEnabled()
    tab.editor.availability.setText("")
    assert not tab.save_button.isEnabled() and not tab.editor.is_modified()
    tab.editor.consent_newsletter.setChecked(True)
    assert tab.editor.undo() and not tab.editor.consent_newsletter.isChecked()


def test_unreadable_date_is_refused_with_its_label(tab, db, sample):
    tab.jump_to(sample.volunteers["Berger"])
    tab.editor.active_since.setText("31.02.2024")
    assert not tab.save()
    assert "Aktiv seit" in tab.editor_message.text() and "kein gültiges Datum" in tab.editor_message.text()
    assert vs.load_volunteer(db, sample.volunteers["Berger"]).profile.active_since == vs.add_years(sample.today, -3)


def test_leaving_unsaved_changes_asks(tab, monkeypatch, sample):
    tab.jump_to(sample.volunteers["Berger"])
    tab.editor.consent_newsletter.setChecked(True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    tab.table.setCurrentIndex(tab.model.index(0, 0))  # Berger is row 0; choose another
    tab.table.setCurrentIndex(tab.model.index(1, 0))
    assert asked and tab.current_volunteer_id == sample.volunteers["Berger"]


# --- hours ------------------------------------------------------------------------------------


def test_hours_entry_by_keyboard(tab, qtbot, db, sample):
    tab.jump_to(sample.volunteers["Haddad"])
    tab.detail_tabs.setCurrentWidget(tab.hours_panel)
    panel = tab.hours_panel
    tab.activateWindow()
    panel.date.setFocus()
    qtbot.waitUntil(panel.date.hasFocus)
    panel.date.selectAll()
    day = dt.date.today() - dt.timedelta(days=1)
    qtbot.keyClicks(panel.date, day.strftime("%d.%m.%Y"))
    qtbot.keyClick(panel.date, Qt.Key.Key_Tab)
    assert panel.hours.hasFocus()
    qtbot.keyClicks(panel.hours, "2")
    qtbot.keyClick(panel.hours, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.activity, "Begleitung zum Amt")
    qtbot.keyClick(panel.activity, Qt.Key.Key_Return)
    with db.session() as s:
        rows = s.scalars(
            select(VolunteerHours).where(
                VolunteerHours.volunteer_id == sample.volunteers["Haddad"], VolunteerHours.worked_on == day
            )
        ).all()
        assert [(r.hours, r.activity) for r in rows] == [(Decimal("2.00"), "Begleitung zum Amt")]
    assert panel.date.hasFocus()  # ready for the next entry
    assert panel.hours.text() == "" and panel.activity.text() == ""
    assert panel.model.rowCount() == 3
    assert "eingetragen" in panel.message.text()
    if day.year == dt.date.today().year:
        assert "14,5 Std." in panel.totals.text()


def test_hours_entry_refuses_bad_hours(tab, qtbot, db, sample):
    tab.jump_to(sample.volunteers["Haddad"])
    panel = tab.hours_panel
    tab.detail_tabs.setCurrentWidget(panel)
    panel.date.set_date(dt.date.today())
    qtbot.keyClicks(panel.hours, "25")
    qtbot.keyClick(panel.hours, Qt.Key.Key_Return)
    assert "höchstens 24" in panel.message.text()
    assert panel.hours.text() == "25"  # nothing lost
    with db.session() as s:
        assert (
            len(
                s.scalars(
                    select(VolunteerHours).where(VolunteerHours.volunteer_id == sample.volunteers["Haddad"])
                ).all()
            )
            == 2
        )


# --- due dates --------------------------------------------------------------------------------


def test_due_list_with_selectable_weeks(tab, sample):
    tab.pages.setCurrentIndex(1)
    people = {tab.due_model.item(r).person for r in range(tab.due_model.rowCount())}
    assert people == {"Amira Haddad", "Yusuf Demir", "Tom Berger"}
    assert tab.pages.tabText(1) == "Fällig (3)"
    _choose(tab.due_kind, vs.DUE_POLICE_CERTIFICATE)
    assert [tab.due_model.item(r).person for r in range(tab.due_model.rowCount())] == ["Amira Haddad"]
    assert "Führungszeugnis: 1" in tab.due_summary.text()
    _choose(tab.due_kind, None)
    tab.weeks.setValue(13)
    people = {tab.due_model.item(r).person for r in range(tab.due_model.rowCount())}
    assert "Lena Schmidt" in people
    row = next(r for r in range(tab.due_model.rowCount()) if tab.due_model.item(r).person == "Lena Schmidt")
    tab.due_table.doubleClicked.emit(tab.due_model.index(row, 0))
    assert tab.pages.currentIndex() == 0
    assert tab.current_volunteer_id == sample.volunteers["Schmidt"]


# --- qualification progress -------------------------------------------------------------------


def test_progress_panel_enables_certificate_only_when_rule_met(tab, sample):
    tab.jump_to(sample.volunteers["Haddad"])
    assert tab.progress_panel.print_buttons[sample.series_id].isEnabled()
    tab.jump_to(sample.volunteers["Schmidt"])
    assert not tab.progress_panel.print_buttons[sample.series_id].isEnabled()
    tab.jump_to(sample.volunteers["Berger"])
    assert tab.progress_panel.print_buttons == {}


def test_print_certificate_opens_preview(tab, monkeypatch, sample):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a))
    tab.jump_to(sample.volunteers["Haddad"])
    tab.progress_panel.print_buttons[sample.series_id].click()
    assert not warnings
    (preview,) = tab.progress_panel.previews
    assert preview.pdf_bytes.startswith(b"%PDF")
    preview.close()


# --- recognition ------------------------------------------------------------------------------


def test_recognition_builds_invite_list(tab, db, monkeypatch, sample):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))

    def fake_exec(dialog):
        assert dialog.event.count() >= 1
        dialog.event.setCurrentIndex(dialog.event.findData(sample.thank_you_event_id))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecognitionDialog, "exec", fake_exec)
    tab.invite_button.click()
    assert shown == ["3 Ehrenamtliche eingeladen; 1 standen schon auf der Liste."]
    with db.session() as s:
        names = sorted(
            p.contact.last_name
            for p in s.scalars(select(Participation).where(Participation.event_id == sample.thank_you_event_id))
        )
    assert names == ["Berger", "Demir", "Haddad", "Schmidt"]
    tab.invite_button.click()  # again: nobody twice
    assert shown[-1].startswith("0 Ehrenamtliche eingeladen; 4")


def test_recognition_with_min_hours(tab, db, monkeypatch, sample):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = RecognitionDialog([vs.EventChoice(sample.thank_you_event_id, "Fest")], tab)
    dialog.use_min_hours.setChecked(True)
    dialog.min_hours.setValue(10)
    assert dialog.min_hours_value() == Decimal("10.0")
    if dt.date.today() < dt.date(dt.date.today().year, 1, 3):
        pytest.skip("sample hours of this year are logged on 1 and 2 January")
    result = tab.invite_to_thank_you_event(dialog.event_id(), dialog.min_hours_value())
    assert result.added == 1  # only Haddad has ≥ 10 hours this year
    dialog.deleteLater()


def test_new_volunteer_from_existing_contact(tab, db, monkeypatch, sample):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    tab.new_record()
    with db.session() as s:
        v = s.scalars(select(Volunteer).where(Volunteer.contact_id == sample.partner_contact_id)).one()
        assert tab.current_volunteer_id == v.id
    assert QApplication.instance() is not None


def test_cancelled_filter_change_keeps_edits_and_filter(tab, monkeypatch, sample):
    tab.jump_to(sample.volunteers["Berger"])
    tab.editor.consent_newsletter.setChecked(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    _choose(tab.municipality_filter, "Löhne")  # Berger lives in Vlotho
    assert tab.municipality_filter.currentData() is None  # the filter box went back
    assert tab.current_volunteer_id == sample.volunteers["Berger"]
    assert tab.editor.consent_newsletter.isChecked() and tab.save_button.isEnabled()


def test_delete_profile_keeps_contact(tab, db, monkeypatch, sample):
    from kidesk.db.models import Contact

    tab.jump_to(sample.volunteers["Berger"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.delete_selected()
    assert tab.model.total == 6
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_selected()
    assert tab.model.total == 5 and tab.current_volunteer_id is None
    with db.session() as s:
        assert s.get(Volunteer, sample.volunteers["Berger"]) is None
        assert s.get(Contact, sample.contacts["Berger"]) is not None


def test_ehrenamtskarte_rule_is_changed_from_the_hours_panel(tab, db, monkeypatch, sample):
    tab.jump_to(sample.volunteers["Haddad"])
    panel = tab.hours_panel
    assert "4 Std./Woche oder 200 Std./Jahr" in panel.card.text()
    assert "Quelle: Land NRW" in panel.card.toolTip()

    def fake_exec(dialog):
        dialog.per_year.setValue(220)
        dialog.years.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EhrenamtskarteRuleDialog, "exec", fake_exec)
    panel.rule_button.click()
    rule = vs.ehrenamtskarte_rule(db)
    assert (rule.hours_per_year, rule.min_years) == (Decimal(220), 3)
    assert "vom Büro geänderte Regel" in panel.card.toolTip()
    assert "220 Std./Jahr, seit 3 Jahren" in panel.card.text()


# --- edit conflicts ---------------------------------------------------------------------------


@pytest.fixture
def changed_elsewhere(tab, db, sample):
    """Berger's profile open in the tab, edited there, and meanwhile saved from a second handle."""
    tab.jump_to(sample.volunteers["Berger"])
    tab.editor.availability.setText("Mo vormittags")
    other = open_database(db.path)  # a second workplace on the same file
    try:
        record = vs.load_volunteer(other, sample.volunteers["Berger"])
        vs.update_volunteer(
            other, record.id, dataclasses.replace(record.profile, municipality="Enger"), expected_version=record.version
        )
    finally:
        other.dispose()
    return sample.volunteers["Berger"]


def _answer_conflict(monkeypatch, answer: ConflictAnswer) -> list[str]:
    asked: list[str] = []

    def ask(_parent, name):
        asked.append(name)
        return answer

    monkeypatch.setattr(prompts, "ask_edit_conflict", ask)
    monkeypatch.setattr(tab_module, "ask_edit_conflict", ask)
    return asked


def test_edit_conflict_reload_shows_the_stored_profile(tab, db, monkeypatch, changed_elsewhere):
    asked = _answer_conflict(monkeypatch, ConflictAnswer.RELOAD)
    assert tab.save()
    assert asked == ["Tom Berger"]
    stored = vs.load_volunteer(db, changed_elsewhere).profile
    assert (stored.municipality, stored.availability) == ("Enger", None)  # the other save stands, ours is dropped
    assert tab.editor.municipality.currentText() == "Enger" and tab.editor.availability.text() == ""
    assert not tab.editor.is_modified() and not tab.save_button.isEnabled()
    tab.editor.availability.setText("Di abends")  # the reloaded version saves without a question
    assert tab.save() and asked == ["Tom Berger"]
    assert vs.load_volunteer(db, changed_elsewhere).profile.availability == "Di abends"


def test_edit_conflict_overwrite_saves_own_input(tab, db, monkeypatch, changed_elsewhere):
    asked = _answer_conflict(monkeypatch, ConflictAnswer.OVERWRITE)
    assert tab.save()
    assert asked == ["Tom Berger"]
    stored = vs.load_volunteer(db, changed_elsewhere).profile
    assert (stored.municipality, stored.availability) == ("Vlotho", "Mo vormittags")  # the whole form wins
    assert not tab.editor.is_modified()


def test_edit_conflict_cancel_keeps_the_form(tab, db, monkeypatch, changed_elsewhere):
    asked = _answer_conflict(monkeypatch, ConflictAnswer.CANCEL)
    assert not tab.save()
    assert asked == ["Tom Berger"]
    stored = vs.load_volunteer(db, changed_elsewhere).profile
    assert (stored.municipality, stored.availability) == ("Enger", None)
    assert tab.editor.availability.text() == "Mo vormittags" and tab.save_button.isEnabled()

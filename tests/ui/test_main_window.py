"""The main window: tabs, actions, remembered state, global search, import/export/duplicates, screenshot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kidesk.ui import main_window
from kidesk.ui.common import file_dialogs
from kidesk.ui.duplicates_view import DuplicatesView
from kidesk.ui.events_tab import EventsTab
from kidesk.ui.main_window import MainWindow
from kidesk.ui.models.global_search_model import GlobalSearchModel
from kidesk.ui.volunteers import VolunteersTab


@pytest.fixture
def window(qtbot, office):
    db, _ids = office
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.current_tab() is win.overview_tab  # the start page (issue 17)
    win.show_tab("contacts")  # these tests work from the contacts tab, where the window used to start
    qtbot.waitUntil(lambda: win.contacts_tab.model.record_id(0) is not None)
    return win


def test_tabs_and_standard_shortcuts(window):
    texts = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert texts == ["Übersicht", "Kontakte", "Partnerorganisationen", "Veranstaltungen", "Ehrenamtliche"]
    assert window.action_new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.action_save.shortcut() == QKeySequence("Ctrl+S")
    assert window.action_find.shortcut() == QKeySequence("Ctrl+F")
    assert window.action_print.shortcut() == QKeySequence("Ctrl+P")
    assert window.action_delete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert window.action_undo.shortcut() == QKeySequence("Ctrl+Z")
    assert window.action_global_search.shortcut() == QKeySequence("Ctrl+K")
    assert window.action_import.text() == "&Importieren …" and window.action_export.text() == "&Exportieren …"


def test_status_bar_reports_saves(window, qtbot, office):
    _db, ids = office
    tab = window.contacts_tab
    tab.jump_to(ids["staff"])
    qtbot.keyClicks(tab.editor.fields["room"].widget, "a")
    window.action_save.trigger()
    assert window.statusBar().currentMessage() == "Kontakt „Petra Wagner“ gespeichert."


def test_geometry_last_tab_and_open_records_remembered(qtbot, office):
    db, ids = office
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.action_start_overview.setChecked(False)  # start on the last tab, not the overview
    first.resize(777, 555)  # smaller than the offscreen screen (800 x 600)
    first.show()
    first.jump_to("contacts", ids["caritas_person"])
    first.jump_to("organisations", ids["awo"])
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert second.current_tab() is second.organisations_tab
    # The offscreen screen is 800 x 600 and narrower than the window's minimum width,
    # so only the height can be compared exactly.
    assert second.height() == 555
    assert second.contacts_tab.current_record_id() == ids["caritas_person"]
    assert second.organisations_tab.current_record_id() == ids["awo"]


def test_tab_switch_and_close_ask_about_unsaved_changes(window, qtbot, office, dialogs):
    _db, ids = office
    window.contacts_tab.jump_to(ids["staff"])
    qtbot.keyClicks(window.contacts_tab.editor.fields["room"].widget, "x")
    contacts = window.tabs.indexOf(window.contacts_tab)
    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    window.tabs.setCurrentIndex(contacts + 1)
    assert window.tabs.currentIndex() == contacts
    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    dialogs.answers.append(QMessageBox.StandardButton.Discard)
    window.tabs.setCurrentIndex(contacts + 1)
    assert window.tabs.currentIndex() == contacts + 1


@pytest.mark.qt_log_ignore("^This plugin does not support")  # the hit list pops up
def test_global_search_jumps_to_the_organisation(window, qtbot, office):
    _db, ids = office
    window.focus_global_search()
    qtbot.keyClicks(window.global_search, "Cari")
    window.global_search.update_hits()
    kinds = {window.global_search.model.hit(r).kind for r in range(window.global_search.model.rowCount())}
    assert "organisation" in kinds
    organisation_row = next(
        r
        for r in range(window.global_search.model.rowCount())
        if window.global_search.model.hit(r).kind == "organisation"
    )
    window.open_hit(window.global_search.model.hit(organisation_row))
    assert window.current_tab() is window.organisations_tab
    assert window.organisations_tab.current_record_id() == ids["caritas"]


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_global_search_box_is_empty_after_a_jump_so_ctrl_k_starts_fresh(window, qtbot, office):
    _db, ids = office
    window.focus_global_search()
    qtbot.keyClicks(window.global_search, "Cari")
    qtbot.keyClick(window.global_search, Qt.Key.Key_Return)
    assert window.organisations_tab.current_record_id() == ids["caritas"]
    assert window.global_search.text() == "" and window.global_search.model.rowCount() == 0
    window.focus_global_search()
    qtbot.keyClicks(window.global_search, "kov")
    assert window.global_search.text() == "kov"
    window.global_search.update_hits()  # now, not from the typing timer in a later test
    assert ("contact", ids["volunteer_contact"]) in [
        (h.kind, h.id) for h in map(window.global_search.model.hit, range(window.global_search.model.rowCount()))
    ]
    window.global_search.completer_popup.popup().hide()


def test_global_search_finds_contacts_and_volunteers(window, office):
    _db, ids = office
    model = window.global_search.model
    model.set_text("kovalenko")
    hits = [model.hit(r) for r in range(model.rowCount())]
    assert ("contact", ids["volunteer_contact"]) in [(h.kind, h.id) for h in hits]
    assert ("volunteer", ids["volunteer"]) in [(h.kind, h.id) for h in hits]
    window.open_hit(next(h for h in hits if h.kind == "contact"))
    assert window.current_tab() is window.contacts_tab
    assert window.contacts_tab.current_record_id() == ids["volunteer_contact"]


def test_global_search_model_rules(qtmodeltester, office):
    db, _ids = office
    model = GlobalSearchModel(db)
    model.set_text("herford")
    assert model.rowCount() > 0
    qtmodeltester.check(model)


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_ctrl_k_reaches_the_global_search_from_a_text_field(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.contacts_tab.editor.fields["first_name"].widget.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.global_search


def test_import_runs_the_import_dialog_and_reloads_the_tabs(window, monkeypatch):
    calls = []
    monkeypatch.setattr(main_window, "run_import", lambda parent, db: calls.append((parent, db)))
    refreshed = []
    monkeypatch.setattr(window.events_tab, "refresh", lambda: refreshed.append("events"))
    window.action_import.trigger()
    assert calls == [(window, window.db)]
    assert refreshed == ["events"]


def test_find_duplicates_opens_the_duplicates_view_from_the_edit_menu(window, monkeypatch):
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Bearbeiten")
    assert window.action_duplicates in edit_menu.actions()
    assert window.action_duplicates.text() == "&Doppelte Kontakte finden …"
    opened = []
    monkeypatch.setattr(DuplicatesView, "exec", lambda view: opened.append(view) or QDialog.DialogCode.Accepted)
    refreshed = []
    monkeypatch.setattr(window.contacts_tab, "refresh", lambda: refreshed.append("contacts"))
    window.action_duplicates.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
    assert refreshed == ["contacts"]


def test_events_and_volunteers_tabs_are_the_real_ones(window):
    assert isinstance(window.events_tab, EventsTab)
    assert isinstance(window.volunteers_tab, VolunteersTab)


def test_business_cards_from_a_staff_contact_saved_as_pdf(window, office, tmp_path, monkeypatch):
    """The newcomer's last step: the card sheet of a staff member, previewed, saved as a PDF."""
    import pdfplumber

    from kidesk.ui.print_products import CardLayoutDialog

    _db, ids = office
    window.contacts_tab.jump_to(ids["staff"])
    monkeypatch.setattr(CardLayoutDialog, "ask", classmethod(lambda cls, parent, per_sheet: (1, per_sheet)))
    preview = window.contacts_tab.print_business_cards()
    assert preview is not None and preview.document.pageCount() == 1
    target = tmp_path / "karten.pdf"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", (lambda *a, **k: (str(target), "")))
    assert preview.save_as() == target
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    assert text.count("Petra Wagner") == 10  # C32011: 2 x 5 cards


def test_business_cards_only_for_staff(window, office, dialogs):
    _db, ids = office
    window.contacts_tab.jump_to(ids["caritas_person"])
    assert window.contacts_tab.print_business_cards() is None
    assert "eigene Mitarbeitende" in dialogs.texts("information")[-1]


def test_address_labels_for_the_selection(window, office):
    from PySide6.QtCore import QItemSelectionModel

    _db, ids = office
    tab = window.contacts_tab
    tab.jump_to(ids["staff"])
    other = tab.model.row_of(ids["caritas_person"])
    tab.table.selectionModel().select(
        tab.model.index(other, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    assert set(tab.selected_ids()) == {ids["staff"], ids["caritas_person"]}
    preview = tab.print_address_labels()
    assert preview is not None and preview.document.pageCount() == 1
    assert "Adressetiketten (2 Kontakte)" == preview.windowTitle()  # issue 19: no "(e)"


def test_screenshot_of_the_main_window(window, office, tmp_path):
    _db, ids = office
    window.resize(1400, 900)
    window.contacts_tab.jump_to(ids["staff"])
    target = tmp_path / "main-window.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000


@pytest.fixture
def demo_db(db):
    import datetime as dt

    from kidesk.services.demo_data import fill_demo_data

    fill_demo_data(db, today=dt.date(2025, 3, 1))
    return db


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_demo_database_newcomer_flow_and_screenshot(qtbot, demo_db, tmp_path):
    """Find Caritas from the toolbar, open it, look at the list; save a screenshot of the window."""
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.focus_global_search()
    qtbot.keyClicks(window.global_search, "Caritas")
    window.global_search.choose_best()
    assert window.current_tab() is window.organisations_tab
    assert "Caritas" in window.organisations_tab.editor.fields["name"].widget.text()
    assert window.organisations_tab.editor.people.count() > 0
    window.show_tab("contacts")
    assert window.contacts_tab.model.total > 100
    assert window.contacts_tab.model.rowCount() < window.contacts_tab.model.total  # lazily loaded
    target = tmp_path / "main-window-demo.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 20_000


def test_new_person_from_the_organisation(window, qtbot, office):
    """Find the organisation, press "Neue Person hier", type the name, save: affiliated at once."""
    from sqlalchemy import select

    from kidesk.db.models import Contact

    db, ids = office
    window.jump_to("organisations", ids["caritas"])
    qtbot.mouseClick(window.organisations_tab.editor.add_person_button, Qt.MouseButton.LeftButton)
    assert window.current_tab() is window.contacts_tab
    editor = window.contacts_tab.editor
    assert editor.is_new() and editor.affiliations.rowCount() == 1
    qtbot.keyClicks(editor.fields["first_name"].widget, "Lea")
    qtbot.keyClicks(editor.fields["last_name"].widget, "Brandt")
    window.action_save.trigger()
    with db.session() as s:
        contact = s.execute(select(Contact).where(Contact.last_name == "Brandt")).scalar_one()
        assert [a.organisation_id for a in contact.affiliations] == [ids["caritas"]]
    assert contact.id in [window.contacts_tab.model.record_id(r) for r in range(window.contacts_tab.model.rowCount())]


def test_first_record_is_open_when_the_window_appears(window):
    assert window.contacts_tab.current_record_id() == window.contacts_tab.model.record_id(0)


def test_delete_key_in_a_text_field_edits_the_text_not_the_record(window, qtbot, office):
    _db, ids = office
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.contacts_tab.jump_to(ids["staff"])
    field = window.contacts_tab.editor.fields["first_name"].widget
    field.setFocus()
    field.home(False)
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # an unexpected delete question would fail the test
    assert field.text() == "etra"
    window.contacts_tab.editor.revert()


def test_global_search_opens_a_volunteer_in_the_volunteers_tab(window, office):
    _db, ids = office
    model = window.global_search.model
    model.set_text("kovalenko")
    hit = next(model.hit(r) for r in range(model.rowCount()) if model.hit(r).kind == "volunteer")
    window.open_hit(hit)
    assert window.current_tab() is window.volunteers_tab
    assert window.volunteers_tab.current_volunteer_id == ids["volunteer"]


def test_remembered_record_deleted_meanwhile_is_skipped_quietly(qtbot, office, dialogs):
    from kidesk.services.contacts import delete_contact

    db, ids = office
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.jump_to("contacts", ids["caritas_person"])
    first.close()
    delete_contact(db, ids["caritas_person"])
    second = MainWindow(db)
    qtbot.addWidget(second)
    second.show()
    second.show_tab("contacts")
    qtbot.waitUntil(lambda: second.contacts_tab.model.record_id(0) is not None)
    assert dialogs.messages == []
    assert second.contacts_tab.current_record_id() == second.contacts_tab.model.record_id(0)


def test_delete_key_in_the_affiliations_removes_the_affiliation_not_the_person(window, qtbot, office):
    db, ids = office
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.contacts_tab.jump_to(ids["staff"])
    table = window.contacts_tab.editor.affiliations
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # a delete-the-person question would fail the test
    assert table.rowCount() == 0
    window.contacts_tab.editor.revert()


def test_mnemonics_are_unique_within_each_tab(window):
    from collections import defaultdict

    from PySide6.QtWidgets import QAbstractButton, QLabel

    for tab in (window.contacts_tab, window.organisations_tab):
        keys = defaultdict(list)
        for widget in tab.findChildren(QLabel) + tab.findChildren(QAbstractButton):
            text = widget.text().replace("&&", "")
            if "&" in text:
                keys[text[text.index("&") + 1].lower()].append(text)
        assert {k: v for k, v in keys.items() if len(v) > 1} == {}, type(tab).__name__


def test_business_cards_on_a_partly_used_sheet(window, office, monkeypatch, qtbot):
    """Start at card 7 of 10, two cards: the dialog asks, the sheet holds exactly those two."""
    import io

    from pypdf import PdfReader
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kidesk.ui.print_products import CardLayoutDialog

    _db, ids = office
    window.contacts_tab.jump_to(ids["staff"])

    def answer() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, CardLayoutDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        assert dialog.start.maximum() == 10 and dialog.copies.value() == 10
        dialog.start.setValue(7)
        assert dialog.copies.value() == 4  # the rest of the sheet, until changed by hand
        dialog.copies.setValue(2)
        dialog.accept()

    QTimer.singleShot(0, answer)
    preview = window.contacts_tab.print_business_cards()
    assert preview is not None
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf_bytes)).pages)
    assert text.count("Petra Wagner") == 2

"""The start page (issue 17): first tab, its rows open their record, it refreshes; the report view
lists the records behind a number and opens one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kidesk.db.models import Contact, Event, Participation, Volunteer
from kidesk.db.queries import set_participation_status
from kidesk.services.reports import RecordRef
from kidesk.ui import workstation_settings
from kidesk.ui.main_window import MainWindow
from kidesk.ui.overview_tab import OverviewTab
from kidesk.ui.report_view import RecordsDialog, ReportView
from tests.report_sample_data import build_report_sample


@pytest.fixture
def today_office(db):
    """An event in three days (one registered), a volunteer whose police certificate is overdue."""
    now = dt.datetime.now().replace(microsecond=0, second=0)
    with db.session() as s:
        ayse = Contact(first_name="Ayşe", last_name="Yılmaz", city="Herford")
        olena = Contact(first_name="Олена", last_name="Коваленко")
        s.add_all([ayse, olena])
        s.flush()
        event = Event(title="Modul 5 <b>&", starts_at=now + dt.timedelta(days=3), kind="qualification_module",
                      capacity=12, registration_deadline=(now + dt.timedelta(days=1)).date())  # fmt: skip
        s.add(event)
        s.flush()
        p = Participation(event_id=event.id, contact_id=ayse.id)
        s.add(p)
        set_participation_status(p, "registered")
        volunteer = Volunteer(contact_id=olena.id, status="active", active_since=dt.date(2019, 1, 1),
                              police_certificate_due_on=now.date() - dt.timedelta(days=2))  # fmt: skip
        s.add(volunteer)
        s.flush()
        return db, {"event": event.id, "volunteer": volunteer.id, "ayse": ayse.id, "olena": olena.id}


@pytest.fixture
def window(qtbot, today_office):
    db, _ids = today_office
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _row_of(table, text: str) -> int:
    for r in range(table.rowCount()):
        if any(table.item(r, c) is not None and table.item(r, c).text() == text for c in range(table.columnCount())):
            return r
    raise AssertionError(f"{text!r} not in the table")


def test_overview_is_the_first_tab_and_shows_what_is_coming(window):
    assert window.tabs.tabText(0) == "Übersicht"
    assert window.current_tab() is window.overview_tab
    tab: OverviewTab = window.overview_tab
    row = _row_of(tab.upcoming, "Modul 5 <b>&")
    assert tab.upcoming.item(row, 2).text() == "1 von 12"
    assert tab.upcoming.item(row, 3).text() == (dt.date.today() + dt.timedelta(days=1)).strftime("%d.%m.%Y")
    due = _row_of(tab.due, "Олена Коваленко")
    assert tab.due.item(due, 0).text() == "Führungszeugnis"
    assert tab.due.item(due, 3).text().startswith("überfällig")
    assert tab.due_title.text() == "&Fällig (1)"
    assert [window.tabs.tabText(i) for i in range(1, 5)] == [
        "Kontakte", "Partnerorganisationen", "Veranstaltungen", "Ehrenamtliche"]  # fmt: skip


def test_enter_on_an_event_opens_it_in_the_events_tab(window, qtbot, today_office):
    _db, ids = today_office
    tab = window.overview_tab
    tab.upcoming.setFocus()
    tab.upcoming.setCurrentCell(_row_of(tab.upcoming, "Modul 5 <b>&"), 1)
    qtbot.keyClick(tab.upcoming, Qt.Key.Key_Return)
    assert window.current_tab() is window.events_tab
    assert window.events_tab.current_record_id() == ids["event"]


def test_double_click_on_a_due_item_opens_the_volunteer(window, qtbot, today_office):
    _db, ids = today_office
    table = window.overview_tab.due
    row = _row_of(table, "Олена Коваленко")
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # QTest needs a click first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab() is window.volunteers_tab
    assert window.volunteers_tab.current_record_id() == ids["volunteer"]


def test_recent_changes_open_the_contact_and_the_page_refreshes(window, qtbot, today_office):
    db, ids = today_office
    window.show_tab("contacts")
    with db.session() as s:
        s.add(Contact(first_name="Neu", last_name="=SUM(A1)"))
    window.show_tab("overview")  # the main window refreshes the tab it switches to
    table = window.overview_tab.recent
    row = _row_of(table, "Neu =SUM(A1)")
    table.itemActivated.emit(table.item(row, 1))
    assert window.current_tab() is window.contacts_tab
    assert window.contacts_tab.current_record_id() is not None


def test_remembered_choice_starts_on_the_last_tab(qtbot, today_office):
    db, _ids = today_office
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    first.show_tab("events")
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert second.current_tab() is second.overview_tab  # default: the start page
    second.action_start_overview.setChecked(False)
    second.show_tab("volunteers")
    second.close()
    assert not workstation_settings.starts_on_overview()
    third = MainWindow(db)
    qtbot.addWidget(third)
    assert third.current_tab() is third.volunteers_tab


def _when_dialog(qtbot, kind, act):
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` (exec() blocks the test otherwise)."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog not in seen:
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_report_view_lists_the_records_behind_a_number_and_opens_one(qtbot, db):
    sample = build_report_sample(db)
    view = ReportView(db, year=2025)
    qtbot.addWidget(view)
    assert view.headline_buttons[1].text() == "10\nTeilnahmen"
    assert [w.chart.title for w in view.chart_widgets] == [
        "Teilnahmen nach Monat", "Stunden nach Monat", "Erreichte Personen nach Ort"]  # fmt: skip
    table = view.tables["Veranstaltungen nach Art"]
    persons_total = (table.rowCount() - 1, 3)
    assert table.item(*persons_total).text() == "6"
    listed = []

    def look_and_open(dialog: RecordsDialog):
        listed.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        row = listed[0].index("Yılmaz, Ayşe")
        dialog.table.setCurrentCell(row, 0)
        dialog.open_button.click()

    _when_dialog(qtbot, RecordsDialog, look_and_open)
    table.setCurrentCell(*persons_total)
    table.cell_chosen.emit(*persons_total)
    assert len(listed[0]) == 6 and "Yılmaz, Ayşe" in listed[0]
    assert view.chosen is not None and (view.chosen.kind, view.chosen.id) == ("contact", sample.contacts["ayse"])
    assert view.result() == view.DialogCode.Accepted


def test_report_view_recomputes_for_a_period_and_refuses_a_bad_one(qtbot, db, dialogs):
    build_report_sample(db)
    view = ReportView(db, year=2025)
    qtbot.addWidget(view)
    view.start.setText("01.03.2025")
    view.end.setText("30.04.2025")
    view.compute_button.click()
    assert view.headline_buttons[0].text() == "2\nVeranstaltungen"
    view.end.setText("31.02.2025")
    view.compute_button.click()
    assert dialogs.messages and "kein gültiges Datum" in dialogs.messages[-1][2]
    view.year.setValue(2024)
    view.compute_button.click()
    assert view.headline_buttons[0].text() == "1\nVeranstaltungen"  # last year's event


def test_report_menu_opens_the_view_and_a_chosen_record_opens_in_its_tab(window, qtbot, today_office):
    _db, ids = today_office

    def choose(view: ReportView):
        cell = view.report.table("Erreichte Personen nach Ort").total[1]
        behind = view.report.rows_behind(cell)
        assert behind.refs == ()  # nobody attended yet this year: an empty list, no error
        view.chosen = RecordRef("event", ids["event"])
        view.accept()

    _when_dialog(qtbot, ReportView, choose)
    window.overview_tab.report_button.click()
    assert window.current_tab() is window.events_tab
    assert window.events_tab.current_record_id() == ids["event"]


def test_report_view_saves_pdf_and_xlsx_where_the_user_chose(qtbot, db, tmp_path, monkeypatch):
    import openpyxl

    from kidesk.ui.common import file_dialogs

    build_report_sample(db)
    view = ReportView(db, year=2025)
    qtbot.addWidget(view)
    chosen = iter([str(tmp_path / "bericht"), str(tmp_path / "bericht.xlsx")])
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (next(chosen), ""))
    assert view.save("pdf") == tmp_path / "bericht.pdf"  # the ending is added
    assert (tmp_path / "bericht.pdf").read_bytes().startswith(b"%PDF")
    assert view.save("xlsx") == tmp_path / "bericht.xlsx"
    book = openpyxl.load_workbook(tmp_path / "bericht.xlsx")
    summary = {row[0]: row[1] for row in book["Übersicht"].iter_rows(values_only=True) if row and len(row) > 1}
    assert summary["Teilnahmen"] == 10 and summary["Erreichte Personen"] == 6

"""Issue 5 "Done when" on the demo database, through the real MainWindow and EventsTab.

Plan the next module of the series (Reihen … → "Nächstes Modul planen"), invite all active
volunteers in one action, print letters and labels (the preview is patched to capture the
PDF bytes, which are read back), check three people in with the keyboard (one a walk-in),
print the attendance list, export the event to .ics and parse it with ``icalendar``. The
same through the CLI: ``export events`` and ``checkin``.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from kidesk.cli import main
from kidesk.db.models import Contact, Volunteer
from kidesk.services import events as ev
from kidesk.ui import event_paperwork
from kidesk.ui.common import file_dialogs
from kidesk.ui.main_window import MainWindow
from tests.event_fixtures import hold_today
from tests.ui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


@pytest.fixture
def captured(monkeypatch):
    previews: list[tuple[str, bytes]] = []

    def capture(parent, pdf, title, *args, **kwargs):
        previews.append((title, pdf))
        return None

    monkeypatch.setattr(event_paperwork.print_preview, "show_pdf_preview", capture)
    return previews


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_newcomer_event_day(qtbot, demo_db, dialogs, captured, tmp_path, monkeypatch):
    db = demo_db
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_3, CTRL)
    tab = window.events_tab
    assert window.current_tab() is tab

    # 1. plan the next module of the series
    series = ev.list_series(db)
    assert len(series) == 1
    before = [m.id for m in ev.series_modules(db, series[0].id)]
    # all 12 modules of the demo are planned: a 13th needs a larger module count first (issue 19)
    ev.save_series(db, replace(series[0], module_count=len(before) + 1))
    dialog = tab.open_series()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.editor.next_module_button.isEnabled())
    dialogs.answers.append(QMessageBox.StandardButton.Yes)  # "Neue Veranstaltung anlegen: Modul … ?" (issue 14)
    qtbot.mouseClick(dialog.editor.next_module_button, Qt.MouseButton.LeftButton)
    assert "Neue Veranstaltung anlegen" in dialogs.texts("question")[-1]
    event_id = tab.current_event_id
    assert event_id is not None and event_id not in before
    new = ev.load_event(db, event_id)
    last = ev.load_event(db, before[-1])
    assert new.series_id == series[0].id
    assert new.module_number == len(before) + 1
    assert new.starts_at > last.starts_at
    assert tab.editor.module.value() == new.module_number

    # 2. invite all active volunteers in one action
    with db.session() as s:
        active = s.scalar(select(func.count()).select_from(Volunteer).where(Volunteer.status == "active"))
    dialogs.answers.append(QMessageBox.StandardButton.Yes)  # "81 Personen … einladen?" (issue 14, obs. 9)
    qtbot.mouseClick(tab.invites.add_volunteers, Qt.MouseButton.LeftButton)
    assert f"{active} Personen" in dialogs.texts("question")[-1]
    guests = [r for r in ev.invitees(db, event_id) if r.role == "guest"]
    assert len(guests) == active
    qtbot.mouseClick(tab.invites.add_volunteers, Qt.MouseButton.LeftButton)  # never twice (nothing new: no question)
    assert len([r for r in ev.invitees(db, event_id) if r.role == "guest"]) == active

    # 3. letters and labels (asked first if someone lacks a postal address: print for the others)
    with_address = [r for r in guests if r.has_postal_address]
    dialogs.answers.extend([QMessageBox.StandardButton.Yes] * 2)
    qtbot.mouseClick(tab.paperwork.letters, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.paperwork.labels, Qt.MouseButton.LeftButton)
    assert [title for title, _ in captured] == ["Einladungsbriefe", "Adressetiketten"], dialogs.messages
    letters, labels = (pdf for _, pdf in captured)
    letters_text = pdf_text(letters)
    assert len(PdfReader(io.BytesIO(letters)).pages) >= len(with_address)
    assert letters_text.count("Sehr geehrte") + letters_text.count("Guten Tag") >= len(with_address)
    labels_text = pdf_text(labels)
    for person in with_address[:5]:
        assert person.name.split()[-1] in labels_text

    # 4. check-in: two from the list by typing and Enter, one walk-in, keyboard only (on the day)
    hold_today(db, event_id)
    checkin = tab.open_checkin()
    qtbot.addWidget(checkin)
    view = checkin.view
    checkin.activateWindow()
    qtbot.waitUntil(checkin.isActiveWindow)
    assert QApplication.focusWidget() is view.search
    people = sorted(with_address, key=lambda r: r.name)[:2]
    for person in people:
        type_text(qtbot, view.search, person.name)  # key by key, non-ASCII letters too
        assert view.model.row_at(view.list.currentIndex().row()).contact_id == person.contact_id
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        assert "eingecheckt" in view.feedback.text()
    qtbot.keyClick(view.search, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is view.first_name
    qtbot.keyClicks(view.first_name, "Rana")
    qtbot.keyClick(view.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Sorgenfrei")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Caritas")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "rana@example.org")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.last_name.text() == "" and "Sorgenfrei" in view.feedback.text()
    status = {r.contact_id: r.status for r in ev.invitees(db, event_id)}
    assert [status[p.contact_id] for p in people] == ["attended", "attended"]
    with db.session() as s:
        walk_in = s.execute(select(Contact).where(Contact.last_name == "Sorgenfrei")).scalar_one()
        assert walk_in.first_name == "Rana" and walk_in.email == "rana@example.org"
        walk_in_id = walk_in.id
    assert status[walk_in_id] == "attended"
    assert ev.status_counts(db, event_id)["attended"] == 3
    checkin.close()

    # 5. the attendance list
    captured.clear()
    qtbot.mouseClick(tab.paperwork.attendance, Qt.MouseButton.LeftButton)
    assert len(captured) == 1, dialogs.messages
    attendance = pdf_text(captured[0][1])
    assert "Sorgenfrei" in attendance
    for person in people:
        assert person.name.split()[-1] in attendance

    # 6. the event as .ics, opened by a calendar library
    new = ev.load_event(db, event_id)  # held today since step 4
    target = tmp_path / "modul.ics"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", (lambda *a, **k: (str(target), "")))
    assert tab.export_calendar() == str(target)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    vevents = [c for c in calendar.walk("VEVENT")]
    assert len(vevents) == 1
    vevent = vevents[0]
    assert str(vevent["SUMMARY"]).startswith(new.title)
    start = vevent.decoded("DTSTART")
    assert str(start.tzinfo) in ("Europe/Berlin",) or getattr(start.tzinfo, "key", "") == "Europe/Berlin"
    assert start.replace(tzinfo=None) == new.starts_at.replace(tzinfo=None)
    assert "Kreishaus" in str(vevent["LOCATION"])
    assert "ORGANIZER" in vevent
    assert any(c.name == "VTIMEZONE" for c in calendar.subcomponents)
    window.close()


def test_cli_checkin_and_export(db, capsys, tmp_path):
    """On a demo db made for the real today, so that "upcoming" means the same to both sides."""
    from kidesk.services.demo_data import fill_demo_data

    demo_db = db
    fill_demo_data(demo_db)
    path = str(demo_db.location)
    upcoming = [e for e in ev.list_events(demo_db) if e.series_id]
    event_id = upcoming[0].id
    hold_today(demo_db, event_id)  # check-in is for the day of the event
    open_people = [
        r for r in ev.invitees(demo_db, event_id) if r.status in ("invited", "registered") and r.role == "guest"
    ]
    names = [open_people[0].name, open_people[1].name]
    assert main(["--db", path, "checkin", "--event", str(event_id), *names]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("anwesend: ")]
    assert len(lines) == 2 and all(n.split(",")[0] in "".join(lines) for n in names), out
    status = {r.contact_id: r.status for r in ev.invitees(demo_db, event_id)}
    assert status[open_people[0].contact_id] == status[open_people[1].contact_id] == "attended"

    code = main(["--db", path, "checkin", "--event", str(event_id), "Niemand Unbekannt"])
    err = capsys.readouterr().err
    assert code != 0 and "Niemand Unbekannt" in err and "Traceback" not in err

    out_file = tmp_path / "alle.ics"
    assert main(["--db", path, "export", "events", str(out_file)]) == 0
    calendar = icalendar.Calendar.from_ical(out_file.read_bytes())
    assert len(list(calendar.walk("VEVENT"))) == len(ev.list_events(demo_db))
    one = tmp_path / "eins.ics"
    assert main(["--db", path, "export", "events", str(one), "--event", str(event_id)]) == 0
    assert len(list(icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT"))) == 1


def test_checkin_filter_accepts_the_name_as_the_list_writes_it(demo_db):
    """The invite list shows "Abboud, Nour"; typing that at the door must find her (it found nobody)."""
    event_id = [e for e in ev.list_events(demo_db, include_past=True) if e.series_id][-1].id
    people = ev.checkin_candidates(demo_db, event_id)
    person = people[0]
    first, _, last = person.name.rpartition(" ")
    assert [c.contact_id for c in ev.filter_candidates(people, f"{last}, {first}")] == [person.contact_id]
    assert person.contact_id in [c.contact_id for c in ev.filter_candidates(people, f"{last},")]

"""Issue 6 "Done when" on the demo database, through the real MainWindow's Ehrenamtliche tab.

Find all active volunteers in Löhne who speak Arabic (the tab's filters), log two hours for
one of them with the keyboard, see whose police certificate is due in the next eight weeks
(the *Fällig* page), print a certificate for a volunteer who completed the series (the
preview's PDF read back). The same through the CLI: ``due --weeks 8`` and ``hours add``.

The due list and the hours form use the real date, so the demo data here is made for the
real today too (every relative date in the demo moves with it).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kidesk.cli import main
from kidesk.db.models import Contact, Volunteer, VolunteerHours, VolunteerLanguage
from kidesk.services import volunteers as vs
from kidesk.services.demo_data import fill_demo_data
from kidesk.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def today_demo(db):
    fill_demo_data(db)
    return db


def expected_loehne_arabic(db) -> set[int]:
    with db.session() as s:
        return set(
            s.scalars(
                select(Volunteer.id)
                .join(VolunteerLanguage)
                .where(
                    Volunteer.status == "active",
                    Volunteer.municipality == "Löhne",
                    VolunteerLanguage.language == "Arabisch",
                )
            )
        )


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def listed_ids(tab) -> set[int]:
    model = tab.model
    while model.canFetchMore():
        model.fetchMore()
    return {model.row_at(row).id for row in range(model.rowCount())}


@pytest.fixture
def window(qtbot, today_demo):
    win = MainWindow(today_demo)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_4, CTRL)
    assert win.current_tab() is win.volunteers_tab
    return win


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_active_arabic_speakers_in_loehne(window, today_demo):
    tab = window.volunteers_tab
    expected = expected_loehne_arabic(today_demo)
    assert expected, "the demo should have active Arabic speakers in Löhne"
    choose(tab.status_filter, "active")
    choose(tab.municipality_filter, "Löhne")
    choose(tab.language_filter, "Arabisch")
    assert listed_ids(tab) == expected
    assert str(len(expected)) in tab.count_label.text()


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_log_two_hours_by_keyboard(window, qtbot, today_demo):
    tab = window.volunteers_tab
    volunteer_id = sorted(expected_loehne_arabic(today_demo))[0]
    tab.jump_to(volunteer_id)
    tab.detail_tabs.setCurrentWidget(tab.hours_panel)
    panel = tab.hours_panel
    panel.date.setFocus()
    qtbot.waitUntil(panel.date.hasFocus)
    day = dt.date.today()
    assert panel.date.text() == day.strftime("%d.%m.%Y")  # today is filled in
    qtbot.keyClick(panel.date, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "2")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Sprachcafe")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    with today_demo.session() as s:
        rows = s.scalars(
            select(VolunteerHours).where(
                VolunteerHours.volunteer_id == volunteer_id, VolunteerHours.activity == "Sprachcafe"
            )
        ).all()
        assert [(r.worked_on, r.hours) for r in rows] == [(day, Decimal("2.00"))]
    assert "eingetragen" in panel.message.text()


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_police_certificates_due_in_eight_weeks(window, today_demo):
    tab = window.volunteers_tab
    tab.pages.setCurrentIndex(1)
    tab.weeks.setValue(8)
    expected = [i for i in vs.due_items(today_demo, weeks=8) if i.kind == "police_certificate"]
    assert expected, "the demo should have police certificates due soon"
    choose(tab.due_kind, "police_certificate")
    rows = [tab.due_model.item(r) for r in range(tab.due_model.rowCount())]
    assert [(i.volunteer_id, i.due_on) for i in rows] == [(i.volunteer_id, i.due_on) for i in expected]
    horizon = dt.date.today() + dt.timedelta(weeks=8)
    assert all(i.due_on <= horizon for i in rows)


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_certificate_for_a_volunteer_who_completed_the_series(window, today_demo):
    tab = window.volunteers_tab
    with today_demo.session() as s:
        completed = None
        for volunteer in s.scalars(select(Volunteer).order_by(Volunteer.id)):
            progress = vs.qualification_progress(today_demo, volunteer.contact_id)
            if progress and progress[0].meets_rule:
                completed = (volunteer.id, volunteer.contact.last_name, progress[0].series_id)
                break
    assert completed, "the demo should have volunteers who completed the series"
    volunteer_id, last_name, series_id = completed
    tab.jump_to(volunteer_id)
    tab.detail_tabs.setCurrentWidget(tab.progress_panel)
    button = tab.progress_panel.print_buttons[series_id]
    assert button.isEnabled()
    button.click()
    (preview,) = tab.progress_panel.previews
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf_bytes)).pages))
    assert "Teilnahmebescheinigung" in text and last_name in text
    assert len(PdfReader(io.BytesIO(preview.pdf_bytes)).pages) == 1
    preview.close()


def test_cli_due_and_hours_add(today_demo, capsys):
    path = str(today_demo.location)
    assert main(["--db", path, "due", "--weeks", "8"]) == 0
    lines = capsys.readouterr().out.splitlines()
    expected = vs.due_items(today_demo, weeks=8)
    assert len(lines) == len(expected)
    assert all(len(line.split("\t")) == 3 for line in lines)
    volunteer_id = sorted(expected_loehne_arabic(today_demo))[0]
    with today_demo.session() as s:
        contact_id = s.get(Volunteer, volunteer_id).contact_id
    assert (
        main(
            [
                "--db",
                path,
                "hours",
                "add",
                "--contact",
                str(contact_id),
                "--date",
                "2026-02-28",
                "--hours",
                "2",
                "--activity",
                "Begleitung zum Amt",
            ]
        )
        == 0
    )
    with today_demo.session() as s:
        rows = s.scalars(
            select(VolunteerHours).where(
                VolunteerHours.volunteer_id == volunteer_id, VolunteerHours.worked_on == dt.date(2026, 2, 28)
            )
        ).all()
        assert [(r.hours, r.activity) for r in rows] == [(Decimal("2.00"), "Begleitung zum Amt")]
    capsys.readouterr()
    with today_demo.session() as s:
        not_volunteer = s.scalars(select(Contact.id).where(~Contact.volunteer.has())).first()
    for bad in (
        ["--contact", str(not_volunteer), "--date", "2026-02-28", "--hours", "2"],
        ["--contact", str(contact_id), "--date", "2026-02-30", "--hours", "2"],
        ["--contact", str(contact_id), "--date", "2026-02-28", "--hours", "-1"],
    ):
        code = main(["--db", path, "hours", "add", *bad])
        err = capsys.readouterr().err
        assert code != 0 and err.count("\n") == 1 and "Traceback" not in err, (bad, err)


@pytest.mark.qt_log_ignore("^This plugin does not support")
def test_no_consent_warnings_while_no_volunteer_is_chosen(window):
    """The tab opened with nobody selected and still showed '⚠ Keine Foto-Einwilligung'.

    Like the contacts and organisations tabs (the same list-tab base) it now opens its first
    volunteer; the markers speak about that person, and about nobody when the form is empty.
    """
    tab = window.volunteers_tab
    first = tab.model.row_at(0).id
    assert tab.current_volunteer_id == first
    with window.db.session() as s:
        volunteer = s.get(Volunteer, first)
        photos_ok = volunteer.consent_photos and volunteer.consent_given_on is not None
    assert tab.editor.photo_marker.isVisible() == (not photos_ok)
    tab.editor.load(None)  # nobody chosen (as after deleting the open profile)
    assert tab.current_volunteer_id is None
    assert not tab.editor.photo_marker.isVisible() and not tab.editor.share_marker.isVisible()
    assert not tab.detail_tabs.isEnabled()
    tab.jump_to(first)
    assert tab.editor.photo_marker.isVisible() == (not photos_ok)

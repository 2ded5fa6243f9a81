"""Check-in at the door, driven by the keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kidesk.db.models import Contact
from kidesk.services import events as ev
from kidesk.ui.checkin_view import CheckinDialog, CheckinView
from tests.event_fixtures import build_event_world, hold_today


@pytest.fixture
def world(db):
    w = build_event_world(db)
    hold_today(db, w.module2)  # check-in is for the day of the event
    ev.invite_active_volunteers(db, w.module2)  # Ayşe, Jonas, Maria (+ speaker Petra)
    ev.invite_contacts(db, w.module2, [w.sogol])
    return w


@pytest.fixture
def view(qtbot, db, world):
    widget = CheckinView(db, world.module2)
    qtbot.addWidget(widget)
    widget.show()
    widget.search.setFocus()
    return widget


def _status(db, event_id, contact_id):
    return {r.contact_id: r.status for r in ev.invitees(db, event_id)}[contact_id]


def test_typing_letters_and_enter_marks_attended(qtbot, db, world, view):
    qtbot.keyClicks(view.search, "yil")
    assert view.model.rowCount() == 1
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert _status(db, world.module2, world.ayse) == "attended"
    assert "Ayşe Yılmaz" in view.feedback.text()
    assert view.search.text() == "" and view.search.hasFocus()
    assert view.tally.text().startswith("1 anwesend") and "4 auf der Liste · +1 Mitwirkende" in view.tally.text()


def test_arrow_keys_choose_among_several_matches(qtbot, db, world, view):
    qtbot.keyClicks(view.search, "s")  # Samimi, Schulz, Schwenk
    names = [view.model.row_at(r).name for r in range(view.model.rowCount())]
    assert names == ["Sogol Samimi", "Maria Schulz", "Petra Schwenk"]
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert _status(db, world.module2, world.maria) == "attended"
    assert _status(db, world.module2, world.sogol) == "invited"


def test_enter_on_an_empty_field_does_nothing(qtbot, db, world, view):
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert ev.status_counts(db, world.module2)["attended"] == 0


def test_escape_clears_the_field(qtbot, view):
    qtbot.keyClicks(view.search, "jon")
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == "" and view.model.rowCount() == 5


def test_walk_in_created_and_checked_in_without_leaving_the_view(qtbot, db, world, view):
    qtbot.keyClicks(view.search, "Leyla Demir")
    assert view.model.rowCount() == 0
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # nobody fits → the walk-in form, pre-filled
    assert (view.first_name.text(), view.last_name.text()) == ("Leyla", "Demir")
    assert view.organisation.hasFocus()
    view.organisation.insert("Frauentreff Bünde")  # QTest.keyClicks aborts on non-ASCII text
    qtbot.keyClicks(view.email, "leyla@example.org")
    qtbot.keyClick(view.email, Qt.Key.Key_Return)
    assert "neu erfasst" in view.feedback.text()
    with db.session() as s:
        leyla = s.query(Contact).filter_by(last_name="Demir").one()
        assert leyla.email == "leyla@example.org"
        leyla_id = leyla.id
    assert _status(db, world.module2, leyla_id) == "attended"
    assert view.search.hasFocus() and view.first_name.text() == ""
    # she is now on the list, checked in
    qtbot.keyClicks(view.search, "leyla")
    assert view.model.row_at(0).status == "attended"


def test_walk_in_without_last_name_is_refused_in_the_view(qtbot, db, world, view):
    view.start_walk_in()
    qtbot.keyClicks(view.first_name, "Leyla")
    qtbot.keyClick(view.first_name, Qt.Key.Key_Return)
    assert "Nachnamen" in view.feedback.text()
    assert view.first_name.text() == "Leyla"  # nothing typed is lost


def test_three_people_checked_in_by_keyboard_one_a_walk_in(qtbot, db, world):
    dialog = CheckinDialog(db, world.module2)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.view
    for letters in ("jon", "ayse"):  # "ayse" finds Ayşe
        qtbot.keyClicks(view.search, letters)
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.first_name, "Olaf")
    qtbot.keyClicks(view.last_name, "Brandt")
    qtbot.keyClick(view.last_name, Qt.Key.Key_Return)
    assert ev.status_counts(db, world.module2)["attended"] == 3
    assert dialog.isVisible()  # Enter in the fields never closes the dialog


def test_declined_people_come_last_marked_and_can_still_be_checked_in(qtbot, db, world, view):
    sogol = next(r.participation_id for r in ev.invitees(db, world.module2) if r.contact_id == world.sogol)
    ev.set_status(db, sogol, "declined")
    view.reload()
    qtbot.keyClicks(view.search, "s")  # Samimi, Schulz, Schwenk — Samimi declined
    names = [view.model.row_at(r).name for r in range(view.model.rowCount())]
    assert names == ["Maria Schulz", "Petra Schwenk", "Sogol Samimi"]  # the expected first; Enter never picks her
    last = view.model.index(2, 0)
    assert "(abgesagt)" in view.model.data(last)
    assert view.model.data(last, Qt.ItemDataRole.FontRole).italic()
    assert "trotzdem" in view.model.data(last, Qt.ItemDataRole.ToolTipRole)
    assert not view.model.data(view.model.index(0, 0), Qt.ItemDataRole.FontRole)
    view.search.clear()
    qtbot.keyClicks(view.search, "sogol")  # she came after all
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert _status(db, world.module2, world.sogol) == "attended"
    assert "abgesagt" in view.feedback.text()


def test_status_stands_before_the_organisation_so_a_long_name_cuts_the_organisation(qtbot, db, world, view):
    qtbot.keyClicks(view.search, "petra")  # DRK speaker, shown with her organisation
    text = view.model.data(view.model.index(0, 0))
    assert text.index("(angemeldet)") < text.index("—")
    assert text.endswith(view.model.row_at(0).organisation)

"""Undo at the door and for bulk changes of the invite list (issue 14, obs. 9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kidesk.db.models import Contact, Organisation, ParticipationStatusChange
from kidesk.services import events as ev
from kidesk.ui import invite_list_panel
from kidesk.ui.checkin_view import CheckinView
from kidesk.ui.invite_list_panel import InviteListPanel
from tests.event_fixtures import build_event_world, hold_today


@pytest.fixture
def world(db):
    w = build_event_world(db)
    hold_today(db, w.module2)  # check-in is for the day of the event
    ev.invite_active_volunteers(db, w.module2)
    ev.invite_contacts(db, w.module2, [w.sogol])
    return w


def _rows(db, event_id):
    return {r.contact_id: (r.status, len(r.history)) for r in ev.invitees(db, event_id)}


def _history_rows(db):
    with db.session() as s:
        return s.query(ParticipationStatusChange).count()


@pytest.fixture
def view(qtbot, db, world):
    widget = CheckinView(db, world.module2)
    qtbot.addWidget(widget)
    widget.show()
    widget.search.setFocus()
    return widget


def test_ctrl_z_in_the_empty_search_field_takes_the_last_check_in_back(qtbot, db, world, view):
    before = _rows(db, world.module2)
    history = _history_rows(db)
    qtbot.keyClicks(view.search, "jon")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.keyClicks(view.search, "yil")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert _rows(db, world.module2)[world.ayse][0] == "attended"
    assert "Ayşe Yılmaz" in view.recent.text() and view.undo_button.isEnabled()
    qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(db, world.module2)[world.ayse] == before[world.ayse]
    assert _rows(db, world.module2)[world.jonas][0] == "attended"
    assert "zurückgenommen" in view.feedback.text() and view.tally.text().startswith("1 anwesend")
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)  # the button does the same
    assert _rows(db, world.module2) == before and _history_rows(db) == history
    assert not view.undo_button.isEnabled()


def test_ctrl_z_with_text_in_the_field_undoes_typing_not_a_check_in(qtbot, db, world, view):
    qtbot.keyClicks(view.search, "jon")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.keyClicks(view.search, "ab")
    qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _rows(db, world.module2)[world.jonas][0] == "attended"


def test_undo_of_a_walk_in_removes_what_it_created(qtbot, db, world, view):
    with db.session() as s:
        contacts, orgs = s.query(Contact).count(), s.query(Organisation).count()
    view.start_walk_in()
    view.first_name.setText("Leyla")
    view.last_name.setText("Demir")
    view.organisation.setText("Frauentreff Bünde <b>&</b> =SUM(A1)")
    view.add_walk_in()
    with db.session() as s:
        assert (s.query(Contact).count(), s.query(Organisation).count()) == (contacts + 1, orgs + 1)
    assert view.undo_last() == "Leyla Demir"
    with db.session() as s:
        assert (s.query(Contact).count(), s.query(Organisation).count()) == (contacts, orgs)
    assert "Leyla" not in str(ev.invitees(db, world.module2))


def test_undo_of_a_walk_in_who_was_known_keeps_the_contact(qtbot, db, world, view):
    view.start_walk_in()
    view.first_name.setText("Hans")
    view.last_name.setText("Meyer")
    view.email.setText("meyer@caritas.example")
    result = view.add_walk_in()
    assert result is not None and result.contact_id == world.hans
    view.undo_last()
    with db.session() as s:
        assert s.get(Contact, world.hans) is not None
    assert world.hans not in _rows(db, world.module2)


@pytest.fixture
def panel(qtbot, db, world):
    widget = InviteListPanel(db)
    qtbot.addWidget(widget)
    widget.set_event(world.thank_you)
    widget.show()
    return widget


def test_inviting_many_asks_first_with_the_count_and_cancel_changes_nothing(
    qtbot, db, world, panel, dialogs, monkeypatch
):
    monkeypatch.setattr(invite_list_panel, "ASK_FROM", 2)
    before = _rows(db, world.thank_you)
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    assert panel.invite_active_volunteers() is None
    assert "3 Personen" in dialogs.texts("question")[-1]
    assert _rows(db, world.thank_you) == before
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    result = panel.invite_active_volunteers()
    assert result is not None and result.added == 3
    assert panel.undo_button.isEnabled() and "3" in panel.undo_button.text()
    assert "zurückgenommen" in (panel.undo_last() or "")
    assert _rows(db, world.thank_you) == before
    assert not panel.undo_button.isEnabled()


def test_undo_of_an_invitation_keeps_those_whose_status_changed_since(qtbot, db, world, panel):
    panel.invite_people([world.hans, world.olga])
    olga = next(r.participation_id for r in ev.invitees(db, world.thank_you) if r.contact_id == world.olga)
    ev.set_status(db, olga, "registered")
    text = panel.undo_last()
    assert text is not None and "1 Einladung" in text and "1 bleiben" in text
    rows = _rows(db, world.thank_you)
    assert world.hans not in rows and rows[world.olga][0] == "registered"


def test_removing_from_the_list_can_be_undone_with_status_and_history(qtbot, db, world, dialogs):
    ev.invite_contacts(db, world.thank_you, [world.hans, world.sogol])
    pid = next(r.participation_id for r in ev.invitees(db, world.thank_you) if r.contact_id == world.hans)
    ev.set_status(db, pid, "registered")
    before = {r.contact_id: (r.status, r.history) for r in ev.invitees(db, world.thank_you)}
    panel = InviteListPanel(db)
    qtbot.addWidget(panel)
    panel.set_event(world.thank_you)
    panel.view.selectAll()
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    assert panel.remove_selected() == len(before)
    assert ev.invitees(db, world.thank_you) == []
    panel.view.setFocus()
    panel.undo_last()
    after = {r.contact_id: (r.status, r.history) for r in ev.invitees(db, world.thank_you)}
    assert after == before
    assert ev.event_counts(db, world.thank_you).seats_taken == 1


def test_dry_run_counts_without_writing(db, world):
    plan = ev.invite_active_volunteers(db, world.thank_you, dry_run=True)
    assert (plan.added, plan.already_invited) == (3, 0) and plan.dry_run
    assert ev.invitees(db, world.thank_you) == []


# -- a walk-in's organisation (issue 14, obs. 5) ------------------------------------------------


def _org_count(db):
    with db.session() as s:
        return s.query(Organisation).count()


@pytest.mark.parametrize(
    "typed",
    [
        "deutsches rotes kreuz kv herford-stadt e.V.",
        "Deutsches Rotes Kreuz KV Herford-Stadt",
        "DEUTSCHES ROTES KREUZ KV HERFORD STADT eV",
        "Deutsches Rotes Kreuz KV Herford-Stadt e. V.",
        "drk",
    ],
)
def test_a_walk_in_organisation_written_differently_is_the_existing_one(db, world, typed):
    before = _org_count(db)
    result = ev.check_in_walk_in(db, world.module2, ev.WalkInData("Leyla", "Demir", typed))
    assert _org_count(db) == before
    assert result.organisation == "Deutsches Rotes Kreuz KV Herford-Stadt e.V."


def test_a_near_match_is_suggested_never_created_silently(qtbot, db, world, view, dialogs):
    before = _org_count(db)
    with pytest.raises(ev.OrganisationNotCertain) as unsure:
        ev.check_in_walk_in(db, world.module2, ev.WalkInData("Leyla", "Demir", "Caritasverband"))
    assert unsure.value.candidates[0][1].startswith("Caritasverband für die Stadt")
    assert _org_count(db) == before and "Leyla" not in str(ev.invitees(db, world.module2))
    # in the view: the question names the existing one; Yes takes it
    view.start_walk_in()
    view.first_name.setText("Leyla")
    view.last_name.setText("Demir")
    view.organisation.setText("Caritasverband")
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    assert view.add_walk_in() is None and view.first_name.text() == "Leyla"
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    result = view.add_walk_in()
    assert "Caritasverband für die Stadt und den Kreis Herford e.V." in dialogs.texts("question")[-1]
    assert result is not None and result.organisation.startswith("Caritasverband für die Stadt")
    assert _org_count(db) == before


def test_a_confirmed_new_organisation_is_created_once(qtbot, db, world, view, dialogs):
    before = _org_count(db)
    view.start_walk_in()
    view.first_name.setText("Нина")
    view.last_name.setText("Иванова")
    view.organisation.setText("Caritasverband Bielefeld")
    dialogs.answers = [QMessageBox.StandardButton.No]
    result = view.add_walk_in()
    assert result is not None and result.organisation == "Caritasverband Bielefeld"
    assert _org_count(db) == before + 1

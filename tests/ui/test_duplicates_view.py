"""The Find-duplicates view: list of pairs, side-by-side choice, merge, dismiss."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kidesk.db.models import Affiliation, Contact, Event, Organisation, Participation
from kidesk.ui.duplicates_view import DuplicatesView


@pytest.fixture
def pair(db):
    with db.session() as s:
        awo = Organisation(name="AWO")
        keep = Contact(first_name="Jürgen", last_name="Müller", phone="05221 1")
        other = Contact(first_name="Juergen", last_name="Mueller", phone="05221 2", email="j@example.org")
        other.affiliations.append(Affiliation(organisation=awo))
        s.add_all([keep, other, Contact(first_name="Anna", last_name="Berg")])
        s.add(
            Participation(
                event=Event(title="Modul 1", starts_at=dt.datetime(2026, 3, 1, 17)), contact=other, status="attended"
            )
        )
        s.flush()
        return keep.id, other.id


def test_view_lists_pairs_and_merges_with_the_chosen_values(qtbot, db, pair, monkeypatch):
    keep_id, other_id = pair
    view = DuplicatesView(db)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 1
    assert view.table.item(0, 2).text() == "gleicher Name, anders geschrieben"
    assert view.panel.keep_id == keep_id
    assert set(view.panel.groups) == {"first_name", "last_name", "phone"}
    assert view.panel.choices()["phone"] == "keep"
    view.panel.choose("phone", "other")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.merge()
    assert view.table.rowCount() == 0
    with db.session() as s:
        contacts = s.scalars(select(Contact).order_by(Contact.id)).all()
        assert [c.id for c in contacts] == [keep_id, contacts[1].id] and other_id not in [c.id for c in contacts]
        kept = s.get(Contact, keep_id)
        assert (kept.phone, kept.email) == ("05221 2", "j@example.org")
        assert [a.organisation.name for a in kept.affiliations] == ["AWO"]
        assert [p.status for p in kept.participations] == ["attended"]
        assert "05221 1" in kept.notes


def test_declining_the_confirmation_changes_nothing(qtbot, db, pair, monkeypatch):
    view = DuplicatesView(db)
    qtbot.addWidget(view)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.merge()
    with db.session() as s:
        assert len(s.scalars(select(Contact)).all()) == 3


def test_swap_and_dismiss(qtbot, db, pair):
    keep_id, other_id = pair
    view = DuplicatesView(db)
    qtbot.addWidget(view)
    view.swap()
    assert (view.panel.keep_id, view.panel.other_id) == (other_id, keep_id)
    view.dismiss()
    assert view.table.rowCount() == 0
    assert DuplicatesView(db).table.rowCount() == 0


def test_undo_right_after_the_merge_restores_both_contacts(qtbot, db, pair, monkeypatch):
    keep_id, other_id = pair
    view = DuplicatesView(db)
    qtbot.addWidget(view)
    assert not view.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.merge()
    assert view.undo_button.isEnabled() and view.table.rowCount() == 0
    view.undo_button.click()
    assert not view.undo_button.isEnabled()
    assert view.table.rowCount() == 1  # the pair is back
    with db.session() as s:
        other = s.get(Contact, other_id)
        assert other is not None and other.phone == "05221 2"
        assert [a.organisation.name for a in other.affiliations] == ["AWO"]
        assert [p.status for p in other.participations] == ["attended"]
        assert s.get(Contact, keep_id).phone == "05221 1" and s.get(Contact, keep_id).notes is None


def test_suggestions_in_another_script_are_listed_with_their_reason(qtbot, db):
    with db.session() as s:
        s.add_all([Contact(first_name="Mohammad", last_name="Rahimi"), Contact(first_name="محمد", last_name="رحیمی")])
    view = DuplicatesView(db)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 1
    assert view.table.item(0, 2).text() == "gleicher Name in anderer Schrift"
    assert view.table.item(0, 3).text() == "60 %" and view.table.item(0, 3).toolTip()

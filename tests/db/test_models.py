"""Constraints of the data model, exercised against a real migrated SQLite file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from kidesk.db.models import (
    Affiliation,
    Contact,
    Event,
    EventHost,
    EventSeries,
    Network,
    NetworkMembership,
    Organisation,
    Participation,
    Volunteer,
    VolunteerHours,
)
from kidesk.db.queries import set_participation_status


def _event(**kw) -> Event:
    return Event(title=kw.pop("title", "Netzwerktreffen"), starts_at=dt.datetime(2026, 6, 6, 17, 0), **kw)


@pytest.mark.parametrize(
    "obj",
    [
        pytest.param(lambda: Contact(last_name="Kaya", salutation="Fräulein"), id="unknown salutation"),
        pytest.param(lambda: Contact(last_name="   "), id="blank last name"),
        pytest.param(lambda: Organisation(name="X", kind="sect"), id="unknown organisation kind"),
        pytest.param(lambda: _event(kind="party"), id="unknown event kind"),
        pytest.param(lambda: _event(capacity=0), id="capacity zero"),
        pytest.param(lambda: _event(ends_at=dt.datetime(2026, 6, 6, 16, 0)), id="ends before start"),
        pytest.param(lambda: _event(module_number=3), id="module without series"),
    ],
)
def test_check_constraints_reject_bad_rows(db, obj):
    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(obj())
    with db.session() as s:  # nothing half-written
        assert s.scalar(text("SELECT count(*) FROM contacts")) == 0
        assert s.scalar(text("SELECT count(*) FROM events")) == 0


def test_organisation_names_are_unique(db):
    with db.session() as s:
        s.add(Organisation(name="Stadt Löhne", kind="municipality"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Organisation(name="Stadt Löhne", kind="municipality"))


def test_one_module_number_per_series(db):
    with db.session() as s:
        series = EventSeries(title="Basisqualifikation")
        s.add_all([_event(series=series, module_number=12)])
    with pytest.raises(IntegrityError), db.session() as s:
        series = s.scalars(select(EventSeries)).one()
        s.add(_event(series=series, module_number=12, title="Doppelt"))


def test_hours_must_be_positive_and_at_most_a_day(db):
    with db.session() as s:
        s.add(Volunteer(contact=Contact(last_name="Nowak")))
    for bad in (Decimal("0"), Decimal("-1"), Decimal("24.5")):
        with pytest.raises(IntegrityError), db.session() as s:
            vol = s.scalars(select(Volunteer)).one()
            s.add(VolunteerHours(volunteer=vol, worked_on=dt.date(2026, 1, 5), hours=bad))
    with db.session() as s:
        vol = s.scalars(select(Volunteer)).one()
        s.add(VolunteerHours(volunteer=vol, worked_on=dt.date(2026, 1, 5), hours=Decimal("2.5")))
    with db.session() as s:
        assert s.scalars(select(VolunteerHours.hours)).one() == Decimal("2.50")


def test_deleting_a_person_removes_their_links_but_not_organisations(db):
    with db.session() as s:
        org = Organisation(name="AWO Fachdienste für Migration und Integration", kind="welfare")
        person = Contact(first_name="Olena", last_name="Kovalenko")
        person.affiliations.append(Affiliation(organisation=org, role="Beratung"))
        event = _event()
        s.add_all([person, event])
        s.flush()
        part = Participation(event=event, contact=person)
        set_participation_status(part, "invited")
        s.add(part)
        vol = Volunteer(contact=person)
        vol.hours.append(VolunteerHours(worked_on=dt.date(2026, 3, 1), hours=Decimal(2)))
        s.add(vol)
    with db.session() as s:
        # Delete with raw SQL: ON DELETE CASCADE in the schema must do the work, not the ORM.
        s.execute(text("DELETE FROM contacts"))
    with db.session() as s:
        for table in (
            "affiliations",
            "participations",
            "participation_status_changes",
            "volunteers",
            "volunteer_hours",
        ):
            assert s.scalar(text(f"SELECT count(*) FROM {table}")) == 0, table
        assert s.scalar(text("SELECT count(*) FROM organisations")) == 1
        assert s.scalar(text("SELECT count(*) FROM events")) == 1


def test_deleting_a_parent_organisation_keeps_the_children(db):
    with db.session() as s:
        parent = Organisation(name="Kreis Herford", kind="municipality")
        child = Organisation(name="Kreis Herford – Kommunales Integrationszentrum", kind="authority", parent=parent)
        net = Network(name="widunetz", founded_on=dt.date(2008, 2, 27), coordinator=parent)
        net.memberships.append(NetworkMembership(organisation=child, joined_on=dt.date(2014, 1, 1)))
        s.add_all([parent, child, net])
    with db.session() as s:
        s.execute(text("DELETE FROM organisations WHERE name = 'Kreis Herford'"))
    with db.session() as s:
        child = s.scalars(select(Organisation)).one()
        assert child.parent_id is None
        assert s.scalars(select(Network)).one().coordinator_id is None
        assert len(child.memberships) == 1


def test_membership_dates_must_be_ordered(db):
    with pytest.raises(IntegrityError), db.session() as s:
        net = Network(name="widunetz")
        org = Organisation(name="Stadt Enger", kind="municipality")
        s.add(
            NetworkMembership(
                network=net, organisation=org, joined_on=dt.date(2008, 2, 27), left_on=dt.date(2007, 1, 1)
            )
        )


def test_event_host_roles_are_checked(db):
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(EventHost(event=_event(), organisation=Organisation(name="DRK", kind="welfare"), role="sponsor"))


def test_concurrent_edit_is_detected_by_the_version_column(db):
    with db.session() as s:
        s.add(Contact(first_name="Mehmet", last_name="Demir"))
    first, second = db.session_factory(), db.session_factory()
    try:
        a = first.scalars(select(Contact)).one()
        b = second.scalars(select(Contact)).one()
        a.phone = "05221/13-1180"
        first.commit()
        b.phone = "05223/123456"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.session() as s:
        c = s.scalars(select(Contact)).one()
        assert (c.phone, c.version) == ("05221/13-1180", 2)


def test_status_changes_are_recorded_with_timestamps(db):
    with db.session() as s:
        part = Participation(event=_event(), contact=Contact(last_name="Rahimi"))
        s.add(part)
        t0 = dt.datetime(2026, 5, 1, 9, 0)
        set_participation_status(part, "invited", when=t0)
        set_participation_status(part, "registered", when=t0 + dt.timedelta(days=3))
        set_participation_status(part, "attended", when=t0 + dt.timedelta(days=30))
    with db.session() as s:
        part = s.scalars(select(Participation)).one()
        assert part.status == "attended"
        assert part.registered_at == dt.datetime(2026, 5, 4, 9, 0)
        assert [(h.from_status, h.to_status) for h in part.history] == [
            (None, "invited"),
            ("invited", "registered"),
            ("registered", "attended"),
        ]


def test_full_name_includes_title(db):
    assert Contact(title="Dr.", first_name="Ayşe", last_name="Yılmaz").full_name == "Dr. Ayşe Yılmaz"
    assert Contact(last_name="Kirchhoff").sort_name == "Kirchhoff"

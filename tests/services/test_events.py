"""The events service: planning, duplicating, invite lists, status workflow, capacity, check-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from kidesk.db.models import Affiliation, Contact, Event, Organisation, Participation, ParticipationStatusChange
from kidesk.errors import NotFound, ValidationError
from kidesk.services import events as ev
from kidesk.services.edit_conflicts import RecordChangedElsewhere
from tests.event_fixtures import TODAY, build_event_world, hold_today


@pytest.fixture
def world(db):
    return build_event_world(db)


def _status(db, event_id, contact_id):
    with db.session() as s:
        return s.execute(
            select(Participation.status).where(
                Participation.event_id == event_id, Participation.contact_id == contact_id
            )
        ).scalar_one_or_none()


# -- planning --------------------------------------------------------------------------


def test_create_event_with_hosts_and_speakers_round_trips(db, world):
    start = dt.datetime.combine(TODAY + dt.timedelta(days=40), dt.time(17))
    data = ev.EventData(
        title="  Sprachmittlung im Alltag ",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        kind="qualification_module",
        series_id=world.series,
        module_number=3,
        venue_name="Kreishaus Herford",
        room="Ebene 3",
        capacity=25,
        registration_deadline=TODAY + dt.timedelta(days=30),
        hosts=[
            ev.HostData(world.ki, "organiser"),
            ev.HostData(world.drk, "co_host"),
            ev.HostData(world.caritas, "funder"),
        ],
        speakers=[ev.SpeakerData(world.petra), ev.SpeakerData(world.sogol)],
    )
    event_id = ev.create_event(db, data)
    loaded = ev.load_event(db, event_id)
    assert loaded.title == "Sprachmittlung im Alltag"
    assert [(h.organisation_id, h.role) for h in loaded.hosts] == [
        (world.ki, "organiser"),
        (world.drk, "co_host"),
        (world.caritas, "funder"),
    ]
    assert {s.contact_id for s in loaded.speakers} == {world.petra, world.sogol}
    assert loaded.capacity == 25 and loaded.module_number == 3

    ev.update_event(db, replace(loaded, speakers=[ev.SpeakerData(world.sogol)], hosts=loaded.hosts[:1]))
    again = ev.load_event(db, event_id)
    assert [s.contact_id for s in again.speakers] == [world.sogol]
    assert len(again.hosts) == 1


def test_module_number_clash_is_refused_and_nothing_is_written(db, world):
    with db.session() as s:
        before = s.query(Event).count()
    data = ev.EventData(title="Doppelt", starts_at=dt.datetime(2030, 1, 1, 10), series_id=world.series, module_number=2)
    with pytest.raises(ValidationError, match="Modul 2"):
        ev.create_event(db, data)
    with db.session() as s:
        assert s.query(Event).count() == before


def test_end_before_start_is_refused(db):
    data = ev.EventData(title="X", starts_at=dt.datetime(2030, 1, 1, 10), ends_at=dt.datetime(2030, 1, 1, 9))
    with pytest.raises(ValidationError, match="vor dem Beginn"):
        ev.create_event(db, data)


def test_stale_update_is_refused(db, world):
    first = ev.load_event(db, world.module2)
    second = ev.load_event(db, world.module2)
    ev.update_event(db, replace(first, title="Asylrecht – neu"))
    with pytest.raises(RecordChangedElsewhere, match="inzwischen"):
        ev.update_event(db, replace(second, title="anders"))
    assert ev.load_event(db, world.module2).title == "Asylrecht – neu"


def test_duplicate_makes_next_module_in_the_series_rhythm_with_hosts_and_speakers(db, world):
    new_id = ev.duplicate_event(db, world.module2)
    src, copy = ev.load_event(db, world.module2), ev.load_event(db, new_id)
    assert copy.series_id == world.series and copy.module_number == 3
    assert copy.starts_at == src.starts_at + dt.timedelta(days=44)  # module 1 was 44 days before module 2
    assert copy.starts_at.time() == src.starts_at.time()
    assert copy.ends_at - copy.starts_at == src.ends_at - src.starts_at
    assert copy.registration_deadline == src.registration_deadline + dt.timedelta(days=44)
    assert copy.status == "planned"
    assert [(h.organisation_id, h.role) for h in copy.hosts] == [(h.organisation_id, h.role) for h in src.hosts]
    assert [s.contact_id for s in copy.speakers] == [world.petra]
    assert ev.invitees(db, new_id)[0].status == "registered"  # the speaker, no guests copied


def test_duplicate_outside_a_series_moves_one_week_and_takes_an_explicit_start(db, world):
    copy = ev.load_event(db, ev.duplicate_event(db, world.thank_you))
    assert copy.series_id is None and copy.module_number is None
    assert copy.starts_at == ev.load_event(db, world.thank_you).starts_at + dt.timedelta(days=7)
    start = dt.datetime(2031, 5, 6, 17, 0)
    assert ev.load_event(db, ev.duplicate_event(db, world.module1, starts_at=start)).starts_at == start


def test_list_events_upcoming_first_past_on_demand_and_filters(db, world):
    upcoming = ev.list_events(db)
    assert [r.id for r in upcoming] == [world.module2]
    everything = ev.list_events(db, include_past=True)
    assert [r.id for r in everything] == [world.module2, world.module1, world.thank_you]
    assert [r.id for r in ev.list_events(db, include_past=True, kind="thank_you")] == [world.thank_you]
    assert [r.id for r in ev.list_events(db, include_past=True, series_id=world.series)] == [
        world.module2,
        world.module1,
    ]
    assert [r.id for r in ev.list_events(db, include_past=True, status="done")] == [world.module1, world.thank_you]
    m1 = next(r for r in everything if r.id == world.module1)
    assert (m1.invited, m1.attended) == (3, 2)
    assert m1.venue == "Kreishaus Herford, Ebene 3, Herford"


# -- series ----------------------------------------------------------------------------


def test_save_series_validates_the_certificate_rule(db, world):
    with pytest.raises(ValidationError, match="4 von"):
        ev.save_series(db, ev.SeriesData("Neue Reihe", module_count=3, certificate_min_modules=4))
    with pytest.raises(ValidationError, match="gibt es schon"):
        ev.save_series(db, ev.SeriesData("basisqualifikation für ehrenamtliche in der flüchtlingshilfe"))
    sid = ev.save_series(db, ev.SeriesData("Neue Reihe", module_count=5, certificate_min_modules=4))
    (saved,) = [s for s in ev.list_series(db) if s.id == sid]
    ev.save_series(db, replace(saved, certificate_min_modules=5))
    assert [s.certificate_min_modules for s in ev.list_series(db) if s.id == sid] == [5]


def test_series_matrix_shows_who_attended_what_and_the_rule(db, world):
    hold_today(db, world.module2)  # check-in is for the day of the event
    ev.invite_active_volunteers(db, world.module2)
    ayse = next(r for r in ev.invitees(db, world.module2) if r.contact_id == world.ayse)
    ev.check_in(db, ayse.participation_id)
    matrix = ev.series_matrix(db, world.series)
    assert [m[1] for m in matrix.modules] == [1, 2]
    assert matrix.certificate_min_modules == 2
    rows = {r.contact_id: r for r in matrix.rows}
    assert set(rows) == {world.ayse, world.jonas, world.maria}  # the speaker is not a guest
    assert rows[world.ayse].statuses == ["attended", "attended"] and rows[world.ayse].meets_rule
    assert rows[world.jonas].statuses == ["attended", "invited"] and not rows[world.jonas].meets_rule
    assert rows[world.maria].statuses == ["no_show", "invited"] and rows[world.maria].attended_count == 0


def test_series_matrix_follows_the_one_certificate_rule(db, world):
    """No rule of its own: a cancelled module and an extra date without a module number count as the print list counts them."""
    from kidesk.db.models import EventSeries
    from kidesk.services.series_progress import series_progress

    start = dt.datetime.combine(TODAY - dt.timedelta(days=60), dt.time(17, 0))
    with db.session() as s:
        series = EventSeries(title="Sprachmittlung kompakt")  # no rule: every module it has
        one = Event(title="Teil 1", series=series, module_number=1, starts_at=start, status="done")
        extra = Event(title="Zusatztermin", series=series, starts_at=start + dt.timedelta(days=7), status="done")
        two = Event(
            title="Teil 2", series=series, module_number=2, starts_at=start + dt.timedelta(days=14), status="done"
        )
        dropped = Event(
            title="Teil 3", series=series, module_number=3, starts_at=start + dt.timedelta(days=21), status="cancelled"
        )
        s.add_all([one, extra, two, dropped])
        s.flush()
        for event, contact_id in ((one, world.ayse), (two, world.ayse), (one, world.jonas), (extra, world.jonas)):
            s.add(Participation(event=event, contact_id=contact_id, status="attended"))
        s.flush()
        series_id = series.id
    matrix = ev.series_matrix(db, series_id)
    rows = {r.contact_id: r for r in matrix.rows}
    assert len(matrix.modules) == 4 and matrix.certificate_min_modules == 2
    assert (rows[world.ayse].attended_count, rows[world.ayse].meets_rule) == (2, True)
    assert (rows[world.jonas].attended_count, rows[world.jonas].meets_rule) == (1, False)  # the extra date is no module
    with db.session() as s:
        by_print_list = {p.contact_id for p in series_progress(s, series_id) if p.meets_rule}
    assert {r.contact_id for r in matrix.rows if r.meets_rule} == by_print_list == {world.ayse}


# -- invite list -----------------------------------------------------------------------


def test_bulk_invites_never_invite_anyone_twice(db, world):
    r1 = ev.invite_active_volunteers(db, world.module2)
    assert (r1.added, r1.already_invited) == (3, 0)  # Klaus is inactive
    r2 = ev.invite_earlier_module_attendees(db, world.module2)
    assert (r2.added, r2.already_invited) == (0, 2)  # Ayşe and Jonas already there
    r3 = ev.invite_network(db, world.module2, world.widunetz)
    # DRK (Petra is already the speaker, Sogol new) and Caritas (Hans); AWO has left the network
    assert (r3.added, r3.already_invited) == (2, 1)
    r4 = ev.invite_organisations(db, world.module2, [world.awo, world.drk])
    assert (r4.added, r4.already_invited) == (1, 2)
    r5 = ev.invite_contacts(db, world.module2, [world.klaus, world.klaus])
    assert (r5.added, r5.already_invited) == (1, 0)
    people = ev.invitees(db, world.module2)
    assert len(people) == len({p.contact_id for p in people}) == 8
    assert people[0].role == "speaker"
    assert "schon auf der Liste" in r2.describe()


def test_earlier_attendees_only_from_earlier_modules(db, world):
    ev.invite_earlier_module_attendees(db, world.module2)
    assert {r.contact_id for r in ev.invitees(db, world.module2) if r.role == "guest"} == {world.ayse, world.jonas}
    with pytest.raises(ValidationError, match="keiner Reihe"):
        ev.invite_earlier_module_attendees(db, world.thank_you)


def test_invitees_without_postal_address_are_flagged(db, world):
    with db.session() as s:
        ki = s.get(Organisation, world.ki)
        at_work = Contact(first_name="Gudrun", last_name="Kirchhoff")  # no own address, but the KI has one
        at_work.affiliations.append(Affiliation(organisation=ki, is_primary=True))
        s.add(at_work)
        s.flush()
        gudrun = at_work.id
    ev.invite_active_volunteers(db, world.module2)
    ev.invite_contacts(db, world.module2, [world.hans, gudrun])  # Hans has a street of his own
    missing = ev.invitees_without_address(db, world.module2)
    assert [m.contact_id for m in missing] == [world.maria]
    (maria,) = missing
    ev.set_status(db, maria.participation_id, "declined")  # people who said no need no letter
    assert ev.invitees_without_address(db, world.module2) == []


# -- status workflow -------------------------------------------------------------------


def test_status_workflow_keeps_timestamps_and_history(db, world):
    ev.invite_contacts(db, world.module2, [world.hans])
    (row,) = [r for r in ev.invitees(db, world.module2) if r.contact_id == world.hans]
    assert ev.set_status(db, row.participation_id, "registered").status == "registered"
    assert ev.set_status(db, row.participation_id, "attended").status == "attended"
    with db.session() as s:
        p = s.get(Participation, row.participation_id)
        assert p.invited_at and p.registered_at and p.attended_at
        assert p.invited_at <= p.registered_at <= p.attended_at
    history = ev.status_history(db, row.participation_id)
    assert [(h[0], h[1]) for h in history] == [(None, "invited"), ("invited", "registered"), ("registered", "attended")]
    with pytest.raises(ValidationError):
        ev.set_status(db, row.participation_id, "vielleicht")


def test_capacity_fills_the_waiting_list_and_a_cancellation_promotes(db, world):
    # module2 has 3 seats; the speaker does not take one
    ev.invite_contacts(db, world.module2, [world.ayse, world.jonas, world.maria, world.hans])
    rows = {r.contact_id: r.participation_id for r in ev.invitees(db, world.module2)}
    changes = ev.set_status_many(
        db, [rows[world.ayse], rows[world.jonas], rows[world.maria], rows[world.hans]], "registered"
    )
    assert [c.status for c in changes] == ["registered", "registered", "registered", "waitlisted"]
    assert ev.free_seats(db, world.module2) == 0
    counts = ev.status_counts(db, world.module2)
    assert counts["registered"] == 4 and counts["waitlisted"] == 1 and counts["total"] == 5  # 3 guests + speaker
    change = ev.set_status(db, rows[world.jonas], "declined")
    assert change.promoted_contact_id == world.hans and change.promoted_name == "Hans Meyer"
    assert _status(db, world.module2, world.hans) == "registered"
    assert _status(db, world.module2, world.jonas) == "declined"
    assert ev.free_seats(db, world.module2) == 0


def test_events_list_and_invite_list_count_with_one_function(db, world):
    # the events list showed "1/3 / 1" while the invite list said "2 angemeldet · 2 auf der Liste":
    # one counted guests, the other everyone. Both now read event_counts; the speaker takes no seat.
    ev.invite_contacts(db, world.module2, [world.ayse])
    (ayse,) = [r.participation_id for r in ev.invitees(db, world.module2) if r.contact_id == world.ayse]
    ev.set_status(db, ayse, "registered")
    counts = ev.event_counts(db, world.module2)
    assert (counts.status("registered"), counts.status("registered", guests_only=True)) == (2, 1)
    assert (counts.total, counts.guests, counts.seats_taken, counts.free_seats) == (2, 1, 1, 2)
    row = next(r for r in ev.list_events(db) if r.id == world.module2)
    assert (row.registered, row.capacity, row.invited) == (counts.seats_taken, counts.capacity, counts.guests)
    assert ev.free_seats(db, world.module2) == counts.free_seats
    assert ev.status_counts(db, world.module2)["total"] == counts.total


def test_remove_from_list(db, world):
    ev.invite_contacts(db, world.module2, [world.hans])
    (row,) = [r for r in ev.invitees(db, world.module2) if r.contact_id == world.hans]
    assert ev.remove_from_list(db, [row.participation_id]) == 1
    assert _status(db, world.module2, world.hans) is None
    with db.session() as s:
        assert (
            s.scalars(
                select(ParticipationStatusChange).where(
                    ParticipationStatusChange.participation_id == row.participation_id
                )
            ).all()
            == []
        )


# -- check-in --------------------------------------------------------------------------


def test_checkin_candidates_match_accent_insensitive_prefixes(db, world):
    ev.invite_active_volunteers(db, world.module2)
    names = [c.name for c in ev.checkin_candidates(db, world.module2, "yil")]
    assert names == ["Ayşe Yılmaz"]
    assert [c.name for c in ev.checkin_candidates(db, world.module2, "mull jo")] == ["Jonas Müller"]
    assert len(ev.checkin_candidates(db, world.module2, "")) == 4  # 3 volunteers + speaker
    assert [c.name for c in ev.checkin_candidates(db, world.module2, "drk")] == ["Petra Schwenk"]  # by organisation
    everyone = ev.checkin_candidates(db, world.module2)
    assert ev.filter_candidates(everyone, "  ") == everyone
    assert [c.name for c in ev.filter_candidates(everyone, "schu MAR")] == ["Maria Schulz"]


def test_inviting_an_unknown_contact_invites_nobody(db, world):
    with pytest.raises(NotFound, match="ID 999"):
        ev.invite_contacts(db, world.module2, [world.hans, 999])
    assert world.hans not in {r.contact_id for r in ev.invitees(db, world.module2)}


def test_check_in_by_name_exact_unknown_and_ambiguous(db, world):
    hold_today(db, world.module2)
    ev.invite_contacts(db, world.module2, [world.ayse, world.jonas, world.sogol])
    assert ev.check_in_by_name(db, world.module2, "Ayse Yilmaz").status == "attended"
    assert _status(db, world.module2, world.ayse) == "attended"
    assert ev.check_in_by_name(db, world.module2, "Müller, Jonas").contact_id == world.jonas
    with pytest.raises(NotFound, match="Erika Mustermann"):
        ev.check_in_by_name(db, world.module2, "Erika Mustermann")
    with pytest.raises(ev.AmbiguousName, match="mehrere"):
        ev.check_in_by_name(db, world.module2, "S")  # Schwenk (speaker) and Samimi
    # people who declined are not checked in by name
    (sogol,) = [r for r in ev.invitees(db, world.module2) if r.contact_id == world.sogol]
    ev.set_status(db, sogol.participation_id, "declined")
    with pytest.raises(NotFound, match="Status „abgesagt“"):
        ev.check_in_by_name(db, world.module2, "Sogol Samimi")


def test_walk_in_creates_contact_organisation_and_attendance(db, world):
    hold_today(db, world.module2)
    result = ev.check_in_walk_in(
        db, world.module2, ev.WalkInData("Leyla", "Demir", "Frauentreff Bünde", "leyla@example.org")
    )
    assert result.status == "attended" and result.organisation == "Frauentreff Bünde"
    with db.session() as s:
        c = s.get(Contact, result.contact_id)
        assert (c.first_name, c.last_name, c.email) == ("Leyla", "Demir", "leyla@example.org")
        assert [a.organisation.name for a in c.affiliations] == ["Frauentreff Bünde"]
    # an existing organisation is matched by short name, an existing contact by e-mail
    again = ev.check_in_walk_in(db, world.module2, ev.WalkInData("Hans", "Meyer", "caritas", "MEYER@caritas.example"))
    assert again.contact_id == world.hans and again.organisation.startswith("Caritasverband")
    with db.session() as s:
        assert s.query(Organisation).filter(Organisation.name.like("%aritas%")).count() == 1
    assert _status(db, world.module2, world.hans) == "attended"


def test_walk_in_bad_input_leaves_nothing(db, world):
    with db.session() as s:
        before = s.query(Contact).count(), s.query(Organisation).count()
    with pytest.raises(ValidationError, match="Nachnamen"):
        ev.check_in_walk_in(db, world.module2, ev.WalkInData("Leyla", "  ", "Neu e.V."))
    with pytest.raises(ValidationError, match="E-Mail"):
        ev.check_in_walk_in(db, world.module2, ev.WalkInData("Leyla", "Demir", "Neu e.V.", "leyla at example"))
    with db.session() as s:
        assert (s.query(Contact).count(), s.query(Organisation).count()) == before


def test_fold_name():
    assert ev.fold_name("  Yılmaz ") == "yilmaz"
    assert ev.fold_name("MÜLLER") == "muller"
    assert ev.fold_name("Straßer") == "strasser"

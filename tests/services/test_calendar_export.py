"""iCalendar export, read back by icalendar and by an independent parser (vobject)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from kidesk.errors import NotFound
from kidesk.services import calendar_export
from kidesk.services import events as ev
from tests.event_fixtures import TODAY, build_event_world

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def world(db):
    return build_event_world(db)


def test_one_event_parsed_back_by_icalendar(db, world):
    data = calendar_export.calendar_bytes(db, event_id=world.module2)
    cal = icalendar.Calendar.from_ical(data)
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Berlin"
    (vevent,) = cal.walk("VEVENT")
    event = ev.load_event(db, world.module2)
    assert str(vevent["SUMMARY"]) == "Asylrecht kompakt"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert vevent["DTEND"].params["TZID"] == "Europe/Berlin"
    start = vevent.decoded("DTSTART")
    assert (
        start.replace(tzinfo=None) == event.starts_at
        and start.utcoffset() == event.starts_at.replace(tzinfo=BERLIN).utcoffset()
    )
    assert vevent.decoded("DTEND").replace(tzinfo=None) == event.ends_at
    assert str(vevent["LOCATION"]) == "Kreishaus Herford, Ebene 3, Amtshausstraße 3, 32051 Herford"
    assert "Grundlagen des Asylverfahrens." in str(vevent["DESCRIPTION"])
    assert "Modul 2 – Basisqualifikation" in str(vevent["DESCRIPTION"])
    assert str(vevent["ORGANIZER"]) == "mailto:ki@kreis-herford.de"
    assert vevent["ORGANIZER"].params["CN"] == "Kreis Herford – Kommunales Integrationszentrum"
    assert "DTSTAMP" in vevent
    assert b"DTSTART;TZID=Europe/Berlin:" in data


def test_uid_is_stable_per_event_and_distinct_between_events(db, world):
    def uids():
        cal = icalendar.Calendar.from_ical(calendar_export.calendar_bytes(db, today=TODAY - dt.timedelta(days=365)))
        return {str(v["SUMMARY"]): str(v["UID"]) for v in cal.walk("VEVENT")}

    first = uids()
    data = ev.load_event(db, world.module2)
    # re-save: version goes up, UID must not change
    ev.update_event(db, replace(data, title="Asylrecht kompakt", room="Ebene 2"))
    second = uids()
    assert first == second
    assert len(set(first.values())) == 3


def test_same_file_parsed_by_vobject(db, world):
    text = calendar_export.calendar_bytes(db, event_id=world.module2).decode("utf-8")
    cal = vobject.readOne(text)
    vevent = cal.vevent
    event = ev.load_event(db, world.module2)
    assert vevent.summary.value == "Asylrecht kompakt"
    assert vevent.location.value.startswith("Kreishaus Herford, Ebene 3")
    # vobject turns TZID into a tzinfo built from our VTIMEZONE and keeps the original name
    assert vevent.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["Europe/Berlin"]
    start = vevent.dtstart.value
    assert vobject.icalendar.TimezoneComponent.pickTzid(start.tzinfo) == "Europe/Berlin"
    # vobject builds its own tzinfo from our VTIMEZONE: the instant must be the Berlin one
    assert start.astimezone(dt.UTC) == event.starts_at.replace(tzinfo=BERLIN).astimezone(dt.UTC)
    assert vevent.dtend.value.astimezone(dt.UTC) == event.ends_at.replace(tzinfo=BERLIN).astimezone(dt.UTC)
    assert cal.vtimezone.tzid.value == "Europe/Berlin"


@pytest.mark.parametrize("month", [1, 7])
def test_vtimezone_rule_gives_summer_and_winter_time(db, world, month):
    """The hand-written VTIMEZONE must agree with the tz database in winter and in summer."""
    data = ev.load_event(db, world.module2)
    start = dt.datetime(TODAY.year + 1, month, 15, 17, 0)
    data = replace(data, starts_at=start, ends_at=start + dt.timedelta(hours=2), registration_deadline=None)
    ev.update_event(db, data)
    cal = vobject.readOne(calendar_export.calendar_bytes(db, event_id=world.module2).decode())
    expected = data.starts_at.replace(tzinfo=BERLIN)
    assert cal.vevent.dtstart.value.utcoffset() == expected.utcoffset() == dt.timedelta(hours=1 if month == 1 else 2)


def test_all_upcoming_events_and_default_end(db, world):
    start = dt.datetime.combine(TODAY + dt.timedelta(days=60), dt.time(10))
    ev.create_event(
        db, ev.EventData(title="Netzwerktreffen widunetz", starts_at=start, kind="network_meeting", status="cancelled")
    )
    cal = icalendar.Calendar.from_ical(calendar_export.calendar_bytes(db))
    summaries = [str(v["SUMMARY"]) for v in cal.walk("VEVENT")]
    assert summaries == ["Asylrecht kompakt", "Netzwerktreffen widunetz"]  # past events left out
    meeting = cal.walk("VEVENT")[1]
    assert meeting.decoded("DTEND") - meeting.decoded("DTSTART") == calendar_export.DEFAULT_DURATION
    assert str(meeting["STATUS"]) == "CANCELLED"
    assert "ORGANIZER" not in meeting  # no organiser with an e-mail address


def test_no_upcoming_events_is_a_clear_error(db, world, tmp_path):
    with pytest.raises(NotFound, match="keine kommenden"):
        calendar_export.calendar_bytes(db, today=TODAY + dt.timedelta(days=400))
    with pytest.raises(NotFound, match="ID 999"):
        calendar_export.export_calendar(db, tmp_path / "x.ics", event_id=999)
    assert not (tmp_path / "x.ics").exists()

"""iCalendar export of events (RFC 5545) with the ``icalendar`` library, for Outlook and Thunderbird.

Event times are stored as naive Berlin wall-clock time; here they get ``TZID=Europe/Berlin``
and the file carries a matching ``VTIMEZONE``. We write that VTIMEZONE ourselves with the
EU summer-time rule (last Sunday of March/October, in force since 1996) as a yearly RRULE —
the form Outlook itself exports — instead of a generated list of transition dates that
stops in 2038.

* ``UID`` is stable per event (derived from its id and creation time), so importing the
  file again updates the calendar entry instead of duplicating it; ``SEQUENCE`` is the
  record's version counter so calendars accept the newer copy.
* ``DTEND``: an event without an end gets :data:`DEFAULT_DURATION`.
* ``ORGANIZER`` is the organiser host (or our own organisation from the settings) with its
  e-mail address; RFC 5545 requires an address, so without one it is left out and the
  organiser's name is named in the description instead.
* Cancelled events are exported with ``STATUS:CANCELLED`` so the entry is struck out.
"""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk import __version__
from kidesk.db import queries, settings, vocab
from kidesk.db.database import Database
from kidesk.db.models import Event, Organisation
from kidesk.domain.control_chars import FORBIDDEN
from kidesk.domain.dates import format_date
from kidesk.errors import NotFound

TZID = "Europe/Berlin"
BERLIN = ZoneInfo(TZID)
DEFAULT_DURATION = dt.timedelta(hours=2)
PRODID = f"-//kidesk//kidesk {__version__}//DE"
_UID_NAMESPACE = uuid.UUID("5b0b1a52-3f5e-4d6c-9a53-6a1d3c4e7f10")


def event_uid(event: Event) -> str:
    """A UID that stays the same for the life of the event record."""
    created = event.created_at.isoformat() if event.created_at else ""
    return f"{uuid.uuid5(_UID_NAMESPACE, f'event:{event.id}:{created}')}@kidesk"


def berlin_timezone() -> icalendar.Timezone:
    tz = icalendar.Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    daylight = icalendar.TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("tzoffsetfrom", dt.timedelta(hours=1))
    daylight.add("tzoffsetto", dt.timedelta(hours=2))
    daylight.add("dtstart", dt.datetime(1970, 3, 29, 2, 0, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    standard = icalendar.TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("tzoffsetfrom", dt.timedelta(hours=2))
    standard.add("tzoffsetto", dt.timedelta(hours=1))
    standard.add("dtstart", dt.datetime(1970, 10, 25, 3, 0, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(daylight)
    tz.add_component(standard)
    return tz


def _organiser(session: Session, event: Event) -> Organisation | None:
    hosts = sorted((h for h in event.hosts if h.role == "organiser"), key=lambda h: h.position)
    if hosts:
        return hosts[0].organisation
    own = settings.get(session, settings.OWN_ORGANISATION_ID)
    return session.get(Organisation, own) if own else None


def _location(event: Event) -> str:
    place = ", ".join(x for x in (event.venue_name, event.room) if x)
    town = " ".join(x for x in (event.venue_postcode, event.venue_city) if x)
    return ", ".join(x for x in (place, event.venue_street, town) if x)


def _description(event: Event, organiser: Organisation | None) -> str:
    parts = []
    if event.subtitle:
        parts.append(event.subtitle)
    if event.series is not None:
        module = f"Modul {event.module_number} – " if event.module_number else ""
        parts.append(f"{module}{event.series.title}")
    if event.description:
        parts.append(event.description)
    hosts = sorted(event.hosts, key=lambda h: h.position)
    if hosts:
        parts.append(
            "Veranstalter: "
            + "; ".join(f"{h.organisation.name} ({vocab.HOST_ROLE_LABELS.get(h.role, h.role)})" for h in hosts)
        )
    elif organiser is not None:
        parts.append(f"Veranstalter: {organiser.name}")
    if event.registration_deadline:
        parts.append(f"Anmeldung bis {format_date(event.registration_deadline)}")
    return "\n\n".join(parts)


def _vevent(session: Session, event: Event, stamp: dt.datetime) -> icalendar.Event:
    ve = icalendar.Event()
    ve.add("uid", event_uid(event))
    ve.add("dtstamp", stamp)
    ve.add("sequence", max(0, (event.version or 1) - 1))
    ve.add("summary", event.title)
    start = event.starts_at.replace(tzinfo=BERLIN)
    end = event.ends_at.replace(tzinfo=BERLIN) if event.ends_at else start + DEFAULT_DURATION
    ve.add("dtstart", start)
    ve.add("dtend", end)
    location = _location(event)
    if location:
        ve.add("location", location)
    organiser = _organiser(session, event)
    description = _description(event, organiser)
    if description:
        ve.add("description", description)
    if organiser is not None and organiser.email:
        org = icalendar.vCalAddress(f"mailto:{organiser.email}")
        org.params["cn"] = icalendar.vText(organiser.name)
        ve.add("organizer", org)
    ve.add(
        "status",
        "CANCELLED"
        if event.status == "cancelled"
        else "CONFIRMED"
        if event.status in ("confirmed", "done")
        else "TENTATIVE",
    )
    ve.add("categories", [vocab.EVENT_KIND_LABELS.get(event.kind, event.kind)])
    if event.updated_at:
        ve.add("last-modified", event.updated_at.replace(tzinfo=dt.UTC))
    return ve


def calendar_bytes(
    db: Database, *, event_id: int | None = None, today: dt.date | None = None, now: dt.datetime | None = None
) -> bytes:
    """The .ics text of one event, or of all events from ``today`` on (the default)."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "kidesk – Veranstaltungen")
    cal.add("x-wr-timezone", TZID)
    cal.add_component(berlin_timezone())
    with db.session() as session:
        if event_id is not None:
            events = [queries.get_or_raise(session, Event, event_id, "Eine Veranstaltung")]
        else:
            start = dt.datetime.combine(today or dt.date.today(), dt.time())
            events = list(
                session.scalars(
                    select(Event)
                    .where(func.coalesce(Event.ends_at, Event.starts_at) >= start)
                    .order_by(Event.starts_at, Event.id)
                )
            )
            if not events:
                raise NotFound("Es gibt keine kommenden Veranstaltungen zum Exportieren.")
        for event in events:
            cal.add_component(_vevent(session, event, stamp))
    # stored control characters (older data) never reach the file; CRLF line ends stay (issue 12)
    return FORBIDDEN.sub("", cal.to_ical().decode("utf-8")).encode("utf-8")


def export_calendar(db: Database, path, *, event_id: int | None = None, today: dt.date | None = None) -> int:
    """Write the .ics file; returns the number of events written."""
    from kidesk.services import output_files

    output_files.check_target(path)
    data = calendar_bytes(db, event_id=event_id, today=today)
    output_files.write_bytes(path, data)
    return data.count(b"BEGIN:VEVENT")

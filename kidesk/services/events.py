"""Event life: planning, duplicating, invite lists, the status workflow, capacity and check-in.

No Qt here; the events tab and the ``kidesk`` CLI call the same functions. Every write is
one transaction (``with db.session()``); bad input raises a :class:`~kidesk.errors.UserError`
with a German message and leaves nothing half-written.

Plain dataclasses travel between the UI and this module (``EventData``, ``SeriesData``,
``InviteeRow`` …) so that widgets never hold ORM objects beyond a session.

Decisions where the issue is silent:

* **Capacity** counts *guests* that are registered or attended; speakers and helpers do
  not take a seat. Registering a guest beyond capacity puts them on the waiting list
  (``waitlisted``). When a registered guest declines or cancels, the longest-waiting
  person on the list moves up to ``registered`` (the caller is told who).
* **No one is invited twice**: adding a contact who is already on the list (in any status)
  is skipped and counted as such.
* **Duplicating** an event copies everything but the participants' statuses; speakers are
  copied (as speakers, status ``registered``), hosts too. In a series the copy becomes the
  next free module number and keeps the series' rhythm (the gap to the module before; one
  week when there is none) unless a start is given. A module number beyond the series'
  planned module count is allowed (a series may grow); the UI says so.
* **Check-in by name** matches accent- and case-insensitively (``Yilmaz`` finds
  ``Yılmaz``); an exact full name wins over a prefix match; anything not exactly one
  person is reported, never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import queries, vocab
from kidesk.db.collation import sort_key
from kidesk.db.database import Database
from kidesk.db.models import (
    Affiliation,
    Contact,
    Event,
    EventHost,
    EventSeries,
    NetworkMembership,
    Organisation,
    Participation,
    Volunteer,
)
from kidesk.errors import NotFound, UserError, ValidationError
from kidesk.services.series_progress import series_progress, series_rule

#: statuses that count as "on the list and still coming"
OPEN_STATUSES = ("invited", "registered", "waitlisted")
#: statuses a person can be checked in from without a question
CHECKIN_STATUSES = ("invited", "registered", "waitlisted", "no_show", "attended")
#: statuses that take a seat (for guests)
SEATED_STATUSES = ("registered", "attended")

DEFAULT_DUPLICATE_SHIFT = dt.timedelta(days=7)


class AmbiguousName(UserError):
    """A name typed for check-in fits more than one person."""


# ---------------------------------------------------------------------------------------
# plain data
# ---------------------------------------------------------------------------------------


@dataclass
class HostData:
    organisation_id: int
    role: str = "co_host"
    name: str = ""  # filled when loading, ignored when saving


@dataclass
class SpeakerData:
    contact_id: int
    name: str = ""


@dataclass
class EventData:
    """Every editable field of an event, its hosts and speakers."""

    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    subtitle: str | None = None
    kind: str = "other"
    status: str = "planned"
    series_id: int | None = None
    module_number: int | None = None
    venue_name: str | None = None
    venue_street: str | None = None
    venue_postcode: str | None = None
    venue_city: str | None = None
    room: str | None = None
    description: str | None = None
    capacity: int | None = None
    registration_deadline: dt.date | None = None
    hosts: list[HostData] = field(default_factory=list)
    speakers: list[SpeakerData] = field(default_factory=list)
    id: int | None = None
    version: int | None = None


_EVENT_FIELDS = (
    "title",
    "subtitle",
    "kind",
    "status",
    "starts_at",
    "ends_at",
    "series_id",
    "module_number",
    "venue_name",
    "venue_street",
    "venue_postcode",
    "venue_city",
    "room",
    "description",
    "capacity",
    "registration_deadline",
)


@dataclass(frozen=True)
class EventRow:
    """One line of the events list."""

    id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    kind: str
    status: str
    series_id: int | None
    series_title: str | None
    module_number: int | None
    venue: str
    capacity: int | None
    invited: int
    registered: int
    attended: int


@dataclass
class SeriesData:
    title: str
    description: str | None = None
    module_count: int | None = None
    certificate_min_modules: int | None = None
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class InviteeRow:
    participation_id: int
    contact_id: int
    name: str  # "Yılmaz, Ayşe"
    organisation: str
    email: str | None
    has_postal_address: bool
    role: str
    status: str
    status_changed_at: dt.datetime | None
    #: every status change: (to_status, changed_at, note), oldest first
    history: tuple[tuple[str, dt.datetime, str | None], ...] = ()


@dataclass(frozen=True)
class InviteResult:
    added: int
    already_invited: int

    def describe(self) -> str:
        text = f"{self.added} eingeladen"
        if self.already_invited:
            text += f", {self.already_invited} standen schon auf der Liste"
        return text


@dataclass(frozen=True)
class StatusChange:
    status: str  # the status actually set (may be "waitlisted" instead of "registered")
    promoted_contact_id: int | None = None  # who moved up from the waiting list
    promoted_name: str | None = None


@dataclass(frozen=True)
class CheckinCandidate:
    participation_id: int
    contact_id: int
    name: str  # "Ayşe Yılmaz"
    organisation: str
    status: str
    keywords: str = field(default="", compare=False, repr=False)  # folded organisation name + short name


@dataclass(frozen=True)
class SeriesMatrix:
    """Who attended which module of a series."""

    series_id: int
    series_title: str
    certificate_min_modules: int  # resolved: NULL means "all modules"
    modules: list[tuple[int, int | None, str, dt.datetime]]  # (event_id, module number, title, start)
    rows: list[SeriesMatrixRow]


@dataclass(frozen=True)
class SeriesMatrixRow:
    volunteer_id: int | None
    contact_id: int
    name: str
    statuses: list[str | None]  # one per module: the participation status, or None
    attended_count: int
    meets_rule: bool


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------


def fold_name(value: str) -> str:
    """Case- and accent-insensitive form of a name ("Yılmaz" → "yilmaz", "Müller" → "muller")."""
    return sort_key(value).strip()


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _display_name(contact: Contact) -> str:
    return contact.full_name


def _primary_organisation(contact: Contact) -> str:
    affs = sorted(contact.affiliations, key=lambda a: (not a.is_primary, a.id))
    return affs[0].organisation.name if affs else ""


def _has_postal_address(contact: Contact) -> bool:
    """Whether a letter can reach the person: their own street and town, or — as the print
    service does — those of their primary (current) organisation."""
    if _clean(contact.street) and _clean(contact.city):
        return True
    today = dt.date.today()
    current = [a for a in contact.affiliations if a.valid_to is None or a.valid_to >= today] or list(contact.affiliations)
    if not current:
        return False
    org = sorted(current, key=lambda a: (not a.is_primary, a.id))[0].organisation
    return bool(_clean(org.street) and _clean(org.city))


def _get_event(session: Session, event_id: int) -> Event:
    return queries.get_or_raise(session, Event, event_id, "Eine Veranstaltung")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


# ---------------------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------------------


def _validate_event(session: Session, data: EventData) -> None:
    if not _clean(data.title):
        raise ValidationError("Bitte einen Titel für die Veranstaltung eingeben.", field="title")
    if data.kind not in vocab.EVENT_KINDS:
        raise ValidationError(f"Unbekannte Veranstaltungsart: {data.kind}", field="kind")
    if data.status not in vocab.EVENT_STATUSES:
        raise ValidationError(f"Unbekannter Veranstaltungsstatus: {data.status}", field="status")
    if data.starts_at is None:
        raise ValidationError("Bitte Datum und Beginn der Veranstaltung angeben.", field="starts_at")
    if data.ends_at is not None and data.ends_at < data.starts_at:
        raise ValidationError(
            f"Das Ende ({data.ends_at:%d.%m.%Y %H:%M}) liegt vor dem Beginn ({data.starts_at:%d.%m.%Y %H:%M}). "
            "Bitte die Uhrzeiten prüfen.",
            field="ends_at",
        )
    if data.capacity is not None and data.capacity <= 0:
        raise ValidationError("Die Platzzahl muss größer als 0 sein (oder leer für unbegrenzt).", field="capacity")
    if data.module_number is not None:
        if data.series_id is None:
            raise ValidationError("Eine Modulnummer gibt es nur für eine Veranstaltung in einer Reihe.", field="module_number")
        if data.module_number <= 0:
            raise ValidationError("Die Modulnummer muss größer als 0 sein.", field="module_number")
        clash = session.execute(
            select(Event.id, Event.title).where(
                Event.series_id == data.series_id,
                Event.module_number == data.module_number,
                Event.id != (data.id or -1),
            )
        ).first()
        if clash:
            raise ValidationError(
                f"Modul {data.module_number} dieser Reihe ist schon vergeben ({clash.title}). "
                "Bitte eine andere Modulnummer wählen.",
                field="module_number",
            )
    if data.series_id is not None:
        queries.get_or_raise(session, EventSeries, data.series_id, "Eine Veranstaltungsreihe")
    seen: set[tuple[int, str]] = set()
    for host in data.hosts:
        if host.role not in vocab.HOST_ROLES:
            raise ValidationError(f"Unbekannte Rolle eines Veranstalters: {host.role}", field="hosts")
        org = queries.get_or_raise(session, Organisation, host.organisation_id, "Eine Organisation")
        if (host.organisation_id, host.role) in seen:
            raise ValidationError(
                f"{org.name} steht zweimal mit derselben Rolle bei den Veranstaltern. Bitte einen Eintrag entfernen.",
                field="hosts",
            )
        seen.add((host.organisation_id, host.role))


def _apply_event(session: Session, event: Event, data: EventData) -> None:
    for name in _EVENT_FIELDS:
        value = getattr(data, name)
        if isinstance(value, str):
            value = value.strip() or None
        setattr(event, name, value)
    event.title = data.title.strip()
    # hosts: replace the list (position keeps the order shown in the editor)
    event.hosts.clear()
    session.flush()
    for position, host in enumerate(data.hosts):
        event.hosts.append(EventHost(organisation_id=host.organisation_id, role=host.role, position=position))
    # speakers: participations with role "speaker"
    wanted = {s.contact_id for s in data.speakers}
    existing = {p.contact_id: p for p in event.participations}
    for p in list(event.participations):
        if p.role == "speaker" and p.contact_id not in wanted:
            event.participations.remove(p)
    for speaker in data.speakers:
        contact = queries.get_or_raise(session, Contact, speaker.contact_id, "Ein Kontakt")
        p = existing.get(contact.id)
        if p is None:
            p = Participation(contact=contact, role="speaker")
            event.participations.append(p)
            queries.set_participation_status(p, "registered", note="als Referent/in eingetragen")
        else:
            p.role = "speaker"


def create_event(db: Database, data: EventData) -> int:
    with db.session() as session:
        data.id = None
        _validate_event(session, data)
        event = Event(title=data.title.strip(), starts_at=data.starts_at)
        session.add(event)
        _apply_event(session, event, data)
        session.flush()
        return event.id


def update_event(db: Database, data: EventData) -> None:
    """Save an edited event; a concurrent change by someone else is refused with a clear message."""
    if data.id is None:
        raise ValueError("update_event needs data.id")
    with db.session() as session:
        event = _get_event(session, data.id)
        if data.version is not None and event.version != data.version:
            raise ValidationError(
                f"Die Veranstaltung „{event.title}“ wurde inzwischen an anderer Stelle geändert. "
                "Bitte neu laden und die Änderung wiederholen."
            )
        _validate_event(session, data)
        _apply_event(session, event, data)


def load_event(db: Database, event_id: int) -> EventData:
    with db.session() as session:
        event = _get_event(session, event_id)
        data = EventData(title=event.title, starts_at=event.starts_at)
        for name in _EVENT_FIELDS:
            setattr(data, name, getattr(event, name))
        data.hosts = [
            HostData(h.organisation_id, h.role, h.organisation.name) for h in sorted(event.hosts, key=lambda h: h.position)
        ]
        data.speakers = [
            SpeakerData(p.contact_id, p.contact.full_name)
            for p in sorted(event.participations, key=lambda p: p.id)
            if p.role == "speaker"
        ]
        data.id = event.id
        data.version = event.version
        return data


def delete_event(db: Database, event_id: int) -> None:
    with db.session() as session:
        session.delete(_get_event(session, event_id))


def next_module_number(session: Session, series_id: int) -> int:
    current = session.execute(select(func.max(Event.module_number)).where(Event.series_id == series_id)).scalar()
    return (current or 0) + 1


def _series_rhythm(session: Session, event: Event) -> dt.timedelta:
    """The gap between this module and the one before it (a series meeting every two weeks
    gets its next module two weeks on); one week when there is no earlier module."""
    if event.series_id is None:
        return DEFAULT_DUPLICATE_SHIFT
    before = session.execute(
        select(func.max(Event.starts_at)).where(Event.series_id == event.series_id, Event.starts_at < event.starts_at)
    ).scalar()
    if before is None:
        return DEFAULT_DUPLICATE_SHIFT
    gap = dt.timedelta(days=(event.starts_at.date() - before.date()).days)
    return gap if dt.timedelta(days=1) <= gap <= dt.timedelta(days=92) else DEFAULT_DUPLICATE_SHIFT


def duplicate_event(db: Database, event_id: int, *, starts_at: dt.datetime | None = None) -> int:
    """Copy an event (e.g. as the next module of its series); returns the new event's id."""
    with db.session() as session:
        src = _get_event(session, event_id)
        new_start = starts_at or (src.starts_at + _series_rhythm(session, src))
        shift = new_start - src.starts_at
        copy = Event(
            title=src.title,
            subtitle=src.subtitle,
            kind=src.kind,
            status="planned",
            starts_at=new_start,
            ends_at=src.ends_at + shift if src.ends_at else None,
            series_id=src.series_id,
            module_number=next_module_number(session, src.series_id) if src.series_id else None,
            venue_name=src.venue_name,
            venue_street=src.venue_street,
            venue_postcode=src.venue_postcode,
            venue_city=src.venue_city,
            room=src.room,
            description=src.description,
            capacity=src.capacity,
            registration_deadline=(
                src.registration_deadline + dt.timedelta(days=shift.days) if src.registration_deadline else None
            ),
        )
        session.add(copy)
        for h in sorted(src.hosts, key=lambda h: h.position):
            copy.hosts.append(EventHost(organisation_id=h.organisation_id, role=h.role, position=h.position))
        for p in src.participations:
            if p.role == "speaker":
                np = Participation(contact_id=p.contact_id, role="speaker")
                copy.participations.append(np)
                queries.set_participation_status(np, "registered", note="als Referent/in übernommen")
        session.flush()
        return copy.id


def list_events(
    db: Database,
    *,
    include_past: bool = False,
    series_id: int | None = None,
    kind: str | None = None,
    status: str | None = None,
    today: dt.date | None = None,
) -> list[EventRow]:
    """Upcoming events first (soonest on top), then — when asked — past ones (latest on top)."""
    today = today or dt.date.today()
    start_of_today = dt.datetime.combine(today, dt.time())
    stmt = select(Event, EventSeries.title).outerjoin(EventSeries, Event.series_id == EventSeries.id)
    if not include_past:
        stmt = stmt.where(func.coalesce(Event.ends_at, Event.starts_at) >= start_of_today)
    if series_id is not None:
        stmt = stmt.where(Event.series_id == series_id)
    if kind:
        stmt = stmt.where(Event.kind == kind)
    if status:
        stmt = stmt.where(Event.status == status)
    with db.session() as session:
        rows = session.execute(stmt).all()
        counts = _counts_by_event(session, [e.id for e, _ in rows])
        result = []
        for e, series_title in rows:
            c = counts.get(e.id) or EventCounts(e.capacity)
            result.append(
                EventRow(
                    id=e.id,
                    title=e.title,
                    starts_at=e.starts_at,
                    ends_at=e.ends_at,
                    kind=e.kind,
                    status=e.status,
                    series_id=e.series_id,
                    series_title=series_title,
                    module_number=e.module_number,
                    venue=", ".join(x for x in (e.venue_name, e.room, e.venue_city) if x),
                    capacity=e.capacity,
                    invited=c.guests,
                    registered=c.seats_taken,
                    attended=c.status("attended"),
                )
            )
    upcoming = sorted((r for r in result if (r.ends_at or r.starts_at) >= start_of_today), key=lambda r: (r.starts_at, r.id))
    past = sorted(
        (r for r in result if (r.ends_at or r.starts_at) < start_of_today), key=lambda r: (r.starts_at, r.id), reverse=True
    )
    return upcoming + past


# ---------------------------------------------------------------------------------------
# series
# ---------------------------------------------------------------------------------------


def list_series(db: Database) -> list[SeriesData]:
    with db.session() as session:
        return [
            SeriesData(s.title, s.description, s.module_count, s.certificate_min_modules, s.id, s.version)
            for s in session.scalars(select(EventSeries).order_by(EventSeries.title))
        ]


def save_series(db: Database, data: SeriesData) -> int:
    """Create (``data.id is None``) or update a series; returns its id."""
    title = _clean(data.title)
    if not title:
        raise ValidationError("Bitte einen Titel für die Reihe eingeben.", field="title")
    if data.module_count is not None and data.module_count <= 0:
        raise ValidationError("Die Zahl der Module muss größer als 0 sein (oder leer).", field="module_count")
    if data.certificate_min_modules is not None:
        if data.certificate_min_modules <= 0:
            raise ValidationError("Die Mindestzahl der Module muss größer als 0 sein (oder leer: alle).", field="certificate_min_modules")
        if data.module_count is not None and data.certificate_min_modules > data.module_count:
            raise ValidationError(
                f"Für die Teilnahmebescheinigung können nicht {data.certificate_min_modules} von "
                f"{data.module_count} Modulen verlangt werden. Bitte die Regel prüfen.",
                field="certificate_min_modules",
            )
    with db.session() as session:
        clash = session.execute(
            select(EventSeries.id).where(func.lower(EventSeries.title) == title.lower(), EventSeries.id != (data.id or -1))
        ).first()
        if clash:
            raise ValidationError(f"Eine Reihe „{title}“ gibt es schon. Bitte einen anderen Titel wählen.", field="title")
        if data.id is None:
            series = EventSeries(title=title)
            session.add(series)
        else:
            series = queries.get_or_raise(session, EventSeries, data.id, "Eine Veranstaltungsreihe")
            if data.version is not None and series.version != data.version:
                raise ValidationError(
                    f"Die Reihe „{series.title}“ wurde inzwischen an anderer Stelle geändert. Bitte neu laden."
                )
        series.title = title
        series.description = _clean(data.description)
        series.module_count = data.module_count
        series.certificate_min_modules = data.certificate_min_modules
        session.flush()
        return series.id


def series_modules(db: Database, series_id: int) -> list[EventRow]:
    return sorted(
        list_events(db, include_past=True, series_id=series_id),
        key=lambda r: (r.module_number is None, r.module_number or 0, r.starts_at),
    )


def series_matrix(db: Database, series_id: int) -> SeriesMatrix:
    """Volunteers × modules: one row per volunteer who was on the list of any module.

    Volunteers who never appeared are left out (the matrix is about who attended what);
    non-volunteers who attended are shown too, since a certificate may be due to them.
    Modules counted and the rule met come from :mod:`kidesk.services.series_progress`
    (the certificate rule), so the matrix and the certificates always agree.
    """
    with db.session() as session:
        series = queries.get_or_raise(session, EventSeries, series_id, "Eine Veranstaltungsreihe")
        events = session.scalars(
            select(Event)
            .where(Event.series_id == series_id)
            .order_by(Event.module_number.is_(None), Event.module_number, Event.starts_at)
        ).all()
        modules = [(e.id, e.module_number, e.title, e.starts_at) for e in events]
        index = {e.id: i for i, e in enumerate(events)}
        parts = session.execute(
            select(Participation.event_id, Participation.contact_id, Participation.status)
            .where(Participation.event_id.in_(index), Participation.role == "guest")
        ).all()
        by_contact: dict[int, list[str | None]] = {}
        for event_id, contact_id, status in parts:
            by_contact.setdefault(contact_id, [None] * len(events))[index[event_id]] = status
        contacts = (
            session.execute(
                select(Contact, Volunteer.id).outerjoin(Volunteer, Volunteer.contact_id == Contact.id).where(
                    Contact.id.in_(by_contact)
                )
            ).all()
            if by_contact
            else []
        )
        progress = {p.contact_id: p for p in series_progress(session, series_id)}
        needed, _numbers = series_rule(series, [e for e in events if e.status != "cancelled"])
        rows = []
        for contact, volunteer_id in contacts:
            statuses = by_contact[contact.id]
            if volunteer_id is None and "attended" not in statuses:
                continue
            person = progress.get(contact.id)
            rows.append(SeriesMatrixRow(
                volunteer_id, contact.id, contact.sort_name, statuses,
                person.modules_attended if person else 0, person is not None and person.meets_rule,
            ))
        rows.sort(key=lambda r: fold_name(r.name))
        return SeriesMatrix(series.id, series.title, needed, modules, rows)


# ---------------------------------------------------------------------------------------
# invite list
# ---------------------------------------------------------------------------------------


def active_volunteer_contact_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Volunteer.contact_id).where(Volunteer.status == "active")))


def organisation_contact_ids(session: Session, organisation_ids: Iterable[int], *, on: dt.date | None = None) -> list[int]:
    """Contacts currently affiliated with any of the organisations (ended affiliations are left out)."""
    ids = list(organisation_ids)
    if not ids:
        return []
    on = on or dt.date.today()
    stmt = select(Affiliation.contact_id).where(
        Affiliation.organisation_id.in_(ids),
        or_(Affiliation.valid_to.is_(None), Affiliation.valid_to >= on),
    )
    return list(dict.fromkeys(session.scalars(stmt)))


def network_member_contact_ids(session: Session, network_id: int, *, on: dt.date | None = None) -> list[int]:
    """Contacts of the organisations that are currently members of the network."""
    on = on or dt.date.today()
    org_ids = session.scalars(
        select(NetworkMembership.organisation_id).where(
            NetworkMembership.network_id == network_id,
            or_(NetworkMembership.left_on.is_(None), NetworkMembership.left_on >= on),
        )
    ).all()
    return organisation_contact_ids(session, org_ids, on=on)


def earlier_module_attendee_ids(session: Session, event: Event) -> list[int]:
    """Everyone who attended an earlier module of the event's series."""
    if event.series_id is None:
        raise ValidationError(
            f"„{event.title}“ gehört zu keiner Reihe; es gibt keine früheren Module. Bitte zuerst eine Reihe zuordnen."
        )
    earlier = [Event.starts_at < event.starts_at]
    if event.module_number is not None:
        earlier = [or_(Event.module_number < event.module_number, Event.starts_at < event.starts_at)]
    stmt = (
        select(Participation.contact_id)
        .join(Event, Participation.event_id == Event.id)
        .where(Event.series_id == event.series_id, Event.id != event.id, Participation.status == "attended", *earlier)
    )
    return list(dict.fromkeys(session.scalars(stmt)))


def _add_to_list(session: Session, event: Event, contact_ids: Iterable[int], note: str | None) -> InviteResult:
    present = set(session.scalars(select(Participation.contact_id).where(Participation.event_id == event.id)))
    wanted = list(dict.fromkeys(contact_ids))
    known: set[int] = set()
    for start in range(0, len(wanted), 500):  # one query per 500 ids, not one per person
        known.update(session.scalars(select(Contact.id).where(Contact.id.in_(wanted[start : start + 500]))))
    unknown = [cid for cid in wanted if cid not in known]
    if unknown:
        raise NotFound(f"Ein Kontakt mit der ID {unknown[0]} gibt es nicht. Es wurde niemand eingeladen.")
    added = skipped = 0
    when = _now()
    with session.no_autoflush:
        for cid in wanted:
            if cid in present:
                skipped += 1
                continue
            p = Participation(event_id=event.id, contact_id=cid, role="guest")
            session.add(p)
            queries.set_participation_status(p, "invited", when=when, note=note)
            present.add(cid)
            added += 1
    return InviteResult(added, skipped)


def invite_contacts(db: Database, event_id: int, contact_ids: Iterable[int], *, note: str | None = None) -> InviteResult:
    """Put contacts on the invite list by hand (duplicates are skipped)."""
    with db.session() as session:
        return _add_to_list(session, _get_event(session, event_id), contact_ids, note or "von Hand hinzugefügt")


def invite_active_volunteers(db: Database, event_id: int) -> InviteResult:
    with db.session() as session:
        event = _get_event(session, event_id)
        return _add_to_list(session, event, active_volunteer_contact_ids(session), "alle aktiven Ehrenamtlichen")


def invite_organisations(db: Database, event_id: int, organisation_ids: Sequence[int]) -> InviteResult:
    with db.session() as session:
        event = _get_event(session, event_id)
        return _add_to_list(session, event, organisation_contact_ids(session, organisation_ids), "Kontakte der Organisationen")


def invite_network(db: Database, event_id: int, network_id: int) -> InviteResult:
    from kidesk.db.models import Network

    with db.session() as session:
        event = _get_event(session, event_id)
        network = queries.get_or_raise(session, Network, network_id, "Ein Netzwerk")
        return _add_to_list(
            session, event, network_member_contact_ids(session, network_id), f"Mitglieder von {network.name}"
        )


def invite_earlier_module_attendees(db: Database, event_id: int) -> InviteResult:
    with db.session() as session:
        event = _get_event(session, event_id)
        return _add_to_list(session, event, earlier_module_attendee_ids(session, event), "Teilnehmende früherer Module")


def remove_from_list(db: Database, participation_ids: Iterable[int]) -> int:
    """Take people off the list entirely (their history goes with them)."""
    n = 0
    with db.session() as session:
        for pid in participation_ids:
            p = session.get(Participation, pid)
            if p is not None:
                session.delete(p)
                n += 1
    return n


def invitees(db: Database, event_id: int) -> list[InviteeRow]:
    with db.session() as session:
        _get_event(session, event_id)
        parts = session.scalars(
            select(Participation)
            .where(Participation.event_id == event_id)
            .options(
                selectinload(Participation.contact).selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
                selectinload(Participation.history),
            )
        ).all()
        rows = [
            InviteeRow(
                participation_id=p.id,
                contact_id=p.contact_id,
                name=p.contact.sort_name,
                organisation=_primary_organisation(p.contact),
                email=p.contact.email,
                has_postal_address=_has_postal_address(p.contact),
                role=p.role,
                status=p.status,
                status_changed_at=p.history[-1].changed_at if p.history else None,
                history=tuple((h.to_status, h.changed_at, h.note) for h in p.history),
            )
            for p in parts
        ]
    rows.sort(key=lambda r: (r.role != "speaker", fold_name(r.name)))
    return rows


def invitees_without_address(db: Database, event_id: int) -> list[InviteeRow]:
    """Guests still on the list who would get no letter: no address of their own or of their organisation."""
    return [
        r
        for r in invitees(db, event_id)
        if r.role == "guest" and not r.has_postal_address and r.status in OPEN_STATUSES
    ]


@dataclass(frozen=True)
class EventCounts:
    """How many people one event's list holds — the single count behind every number shown.

    The events list, the invite-list panel and the check-in view all read these numbers,
    so a person never sees two different counts for one thing. ``per_status`` counts every
    role (guests, speakers, helpers); ``guests_per_status`` only guests, because only
    guests take a seat (``seats_taken`` = guests registered or attended).
    """

    capacity: int | None
    per_status: dict[str, int] = field(default_factory=dict)
    guests_per_status: dict[str, int] = field(default_factory=dict)

    def status(self, code: str, *, guests_only: bool = False) -> int:
        return (self.guests_per_status if guests_only else self.per_status).get(code, 0)

    @property
    def total(self) -> int:
        """Everyone on the list, all roles."""
        return sum(self.per_status.values())

    @property
    def guests(self) -> int:
        """Guests on the list (in any status)."""
        return sum(self.guests_per_status.values())

    @property
    def seats_taken(self) -> int:
        return sum(self.status(s, guests_only=True) for s in SEATED_STATUSES)

    @property
    def free_seats(self) -> int | None:
        """Seats still free, or None when the event has no capacity limit."""
        return None if self.capacity is None else max(0, self.capacity - self.seats_taken)


def _counts_by_event(session: Session, event_ids: Sequence[int]) -> dict[int, EventCounts]:
    """The one counting query: participations per event, role and status."""
    if not event_ids:
        return {}
    wanted = set(event_ids)
    few = len(wanted) <= 500  # beyond that, count all and pick (SQLite limits bound parameters)
    cap_stmt = select(Event.id, Event.capacity)
    count_stmt = select(Participation.event_id, Participation.role, Participation.status, func.count()).group_by(
        Participation.event_id, Participation.role, Participation.status
    )
    if few:
        cap_stmt = cap_stmt.where(Event.id.in_(wanted))
        count_stmt = count_stmt.where(Participation.event_id.in_(wanted))
    capacities = {i: c for i, c in session.execute(cap_stmt).all() if i in wanted}
    per_status: dict[int, Counter[str]] = {i: Counter() for i in capacities}
    guests: dict[int, Counter[str]] = {i: Counter() for i in capacities}
    for event_id, role, status, n in session.execute(count_stmt).all():
        if event_id not in wanted:
            continue
        per_status[event_id][status] += n
        if role == "guest":
            guests[event_id][status] += n
    return {i: EventCounts(capacities[i], dict(per_status[i]), dict(guests[i])) for i in capacities}


def event_counts(db: Database, event_id: int) -> EventCounts:
    """The counts of one event (see :class:`EventCounts`)."""
    with db.session() as session:
        _get_event(session, event_id)
        return _counts_by_event(session, [event_id])[event_id]


def status_counts(db: Database, event_id: int) -> dict[str, int]:
    """Participants per status (all roles), every status present with 0 if none, plus ``total``."""
    counts = event_counts(db, event_id)
    result = {s: counts.status(s) for s in vocab.PARTICIPATION_STATUSES}
    result["total"] = counts.total
    return result


def _seats_taken(session: Session, event_id: int, *, excluding: int | None = None) -> int:
    stmt = select(func.count()).where(
        Participation.event_id == event_id,
        Participation.role == "guest",
        Participation.status.in_(SEATED_STATUSES),
    )
    if excluding is not None:
        stmt = stmt.where(Participation.id != excluding)
    return session.execute(stmt).scalar_one()


def free_seats(db: Database, event_id: int) -> int | None:
    """Seats still free, or None when the event has no capacity limit."""
    return event_counts(db, event_id).free_seats


def _set_status(session: Session, p: Participation, status: str, note: str | None, when: dt.datetime) -> StatusChange:
    if status not in vocab.PARTICIPATION_STATUSES:
        raise ValidationError(f"Unbekannter Teilnahmestatus: {status}", field="status")
    event = p.event
    was_seated = p.role == "guest" and p.status in SEATED_STATUSES
    actual = status
    if (
        status == "registered"
        and p.role == "guest"
        and not was_seated
        and event.capacity is not None
        and _seats_taken(session, event.id, excluding=p.id) >= event.capacity
    ):
        actual = "waitlisted"
        note = note or f"ausgebucht ({event.capacity} Plätze)"
    queries.set_participation_status(p, actual, when=when, note=note)
    session.flush()
    promoted = None
    if was_seated and actual not in SEATED_STATUSES and event.capacity is not None:
        if _seats_taken(session, event.id) < event.capacity:
            first = session.scalars(
                select(Participation)
                .where(Participation.event_id == event.id, Participation.status == "waitlisted", Participation.role == "guest")
                .order_by(Participation.updated_at, Participation.id)
            ).first()
            if first is not None:
                queries.set_participation_status(first, "registered", when=when, note="von der Warteliste nachgerückt")
                promoted = first
    return StatusChange(
        actual, promoted.contact_id if promoted else None, promoted.contact.full_name if promoted else None
    )


def set_status(db: Database, participation_id: int, status: str, *, note: str | None = None) -> StatusChange:
    """Change one participant's status (capacity may turn *registered* into *waitlisted*)."""
    with db.session() as session:
        p = queries.get_or_raise(session, Participation, participation_id, "Eine Teilnahme")
        return _set_status(session, p, status, note, _now())


def set_status_many(db: Database, participation_ids: Iterable[int], status: str) -> list[StatusChange]:
    """The same status for several participants, in one transaction, in the given order."""
    with db.session() as session:
        when = _now()
        return [
            _set_status(session, queries.get_or_raise(session, Participation, pid, "Eine Teilnahme"), status, None, when)
            for pid in participation_ids
        ]


def status_history(db: Database, participation_id: int) -> list[tuple[str | None, str, dt.datetime, str | None]]:
    with db.session() as session:
        p = queries.get_or_raise(session, Participation, participation_id, "Eine Teilnahme")
        return [(h.from_status, h.to_status, h.changed_at, h.note) for h in p.history]


# ---------------------------------------------------------------------------------------
# check-in
# ---------------------------------------------------------------------------------------


def _candidates(session: Session, event_id: int, statuses: Sequence[str] | None = None) -> list[CheckinCandidate]:
    stmt = (
        select(Participation)
        .where(Participation.event_id == event_id)
        .options(selectinload(Participation.contact).selectinload(Contact.affiliations).selectinload(Affiliation.organisation))
    )
    if statuses is not None:
        stmt = stmt.where(Participation.status.in_(statuses))
    parts = sorted(
        session.scalars(stmt), key=lambda p: (fold_name(p.contact.last_name), fold_name(p.contact.first_name), p.id)
    )
    return [
        CheckinCandidate(
            p.id,
            p.contact_id,
            p.contact.full_name,
            _primary_organisation(p.contact),
            p.status,
            fold_name(" ".join(f"{a.organisation.name} {a.organisation.short_name or ''}" for a in p.contact.affiliations)),
        )
        for p in parts
    ]


def _matches(query_words: list[str], candidate: CheckinCandidate) -> bool:
    name_words = fold_name(candidate.name).replace("-", " ").split()
    org = candidate.keywords or fold_name(candidate.organisation)
    return all(any(w.startswith(q) for w in name_words) or (len(q) >= 3 and q in org) for q in query_words)


def filter_candidates(people: Sequence[CheckinCandidate], text: str) -> list[CheckinCandidate]:
    """Those whose name (or organisation, from three letters) fits what was typed; all for ``""``.

    Pure and fast: the check-in view loads the list once and filters on every keystroke.
    """
    # "Abboud, Nour" as the invite list writes it must find Nour Abboud, as the CLI does
    words = fold_name(text).replace("-", " ").replace(",", " ").split()
    if not words:
        return list(people)
    return [c for c in people if _matches(words, c)]


def checkin_candidates(db: Database, event_id: int, text: str = "") -> list[CheckinCandidate]:
    """Everyone on the list (sorted by last name) whose name or organisation fits ``text``."""
    with db.session() as session:
        _get_event(session, event_id)
        people = _candidates(session, event_id)
    return filter_candidates(people, text)


def check_in(db: Database, participation_id: int) -> CheckinCandidate:
    """Mark one participant as attended (idempotent: a second check-in changes nothing)."""
    with db.session() as session:
        p = queries.get_or_raise(session, Participation, participation_id, "Eine Teilnahme")
        if p.status != "attended":
            queries.set_participation_status(p, "attended", when=_now(), note="Check-in")
        return CheckinCandidate(p.id, p.contact_id, p.contact.full_name, _primary_organisation(p.contact), p.status)


def find_by_name(db: Database, event_id: int, name: str) -> CheckinCandidate:
    """The one person on the list the name stands for — or a NotFound/AmbiguousName error.

    Only people invited, registered, waitlisted (or already attended) are considered; an
    exact full name ("Ayşe Yılmaz" or "Yılmaz, Ayşe") wins over a prefix match.
    """
    with db.session() as session:
        event = _get_event(session, event_id)
        everyone = _candidates(session, event_id)
        title = event.title
    wanted = fold_name(name.replace(",", " "))
    words = wanted.replace("-", " ").split()
    if not words:
        raise NotFound("Ein leerer Name kann nicht eingecheckt werden.")

    def lookup(people: list[CheckinCandidate]) -> list[CheckinCandidate]:
        exact = [
            c
            for c in people
            if sorted(fold_name(c.name).replace("-", " ").split()) == sorted(words)
            or " ".join(fold_name(c.name).split()[-len(words):]) == wanted
        ]
        return exact or [c for c in people if _matches(words, c)]

    hits = lookup([c for c in everyone if c.status in CHECKIN_STATUSES])
    if not hits:
        others = lookup([c for c in everyone if c.status not in CHECKIN_STATUSES])
        if len(others) == 1:
            label = vocab.PARTICIPATION_STATUS_LABELS[others[0].status]
            raise NotFound(
                f"{others[0].name} steht bei „{title}“ mit dem Status „{label}“ auf der Liste und wird nicht "
                "automatisch eingecheckt. Ist die Person doch gekommen, bitte im Programm als teilgenommen markieren."
            )
        raise NotFound(f"„{name}“ steht nicht auf der Liste von „{title}“. Bitte die Schreibweise prüfen oder als Gast ohne Anmeldung erfassen.")
    if len(hits) > 1:
        names = ", ".join(c.name for c in hits[:5])
        raise AmbiguousName(f"„{name}“ passt auf mehrere Personen ({names}). Bitte den vollen Namen angeben.")
    return hits[0]


def check_in_by_name(db: Database, event_id: int, name: str) -> CheckinCandidate:
    candidate = find_by_name(db, event_id, name)
    return check_in(db, candidate.participation_id)


@dataclass
class WalkInData:
    first_name: str
    last_name: str
    organisation: str | None = None
    email: str | None = None


def check_in_walk_in(db: Database, event_id: int, data: WalkInData) -> CheckinCandidate:
    """Someone came without invitation: create (or reuse) the contact and mark them attended.

    A contact with the same e-mail address (or, without e-mail, exactly the same name and
    organisation) is reused instead of creating a duplicate. The organisation is matched by
    name or short name; an unknown one is created (kind "Sonstige") so nothing typed is lost.
    """
    last = _clean(data.last_name)
    first = _clean(data.first_name) or ""
    if not last:
        raise ValidationError("Bitte mindestens den Nachnamen eingeben.", field="last_name")
    email = _clean(data.email)
    if email and ("@" not in email or email.startswith("@") or email.endswith("@") or " " in email):
        raise ValidationError(f"„{email}“ ist keine gültige E-Mail-Adresse. Bitte prüfen oder leer lassen.", field="email")
    org_name = _clean(data.organisation)
    with db.session() as session:
        event = _get_event(session, event_id)
        organisation = None
        if org_name:
            organisation = session.scalars(
                select(Organisation).where(
                    or_(func.lower(Organisation.name) == org_name.lower(), func.lower(Organisation.short_name) == org_name.lower())
                )
            ).first()
            if organisation is None:
                organisation = Organisation(name=org_name, kind="other", notes=f"angelegt beim Check-in zu „{event.title}“")
                session.add(organisation)
        contact = None
        if email:
            contact = session.scalars(select(Contact).where(func.lower(Contact.email) == email.lower())).first()
        if contact is None:
            same_name = session.scalars(
                select(Contact).where(func.lower(Contact.last_name) == last.lower(), func.lower(Contact.first_name) == first.lower())
            ).all()
            for c in same_name:
                if (not email or not c.email) and (
                    organisation is None or any(a.organisation is organisation for a in c.affiliations)
                ):
                    contact = c
                    break
        if contact is None:
            contact = Contact(first_name=first, last_name=last, email=email, notes=f"Check-in ohne Anmeldung: {event.title}")
            session.add(contact)
        elif email and not contact.email:
            contact.email = email
        if organisation is not None and not any(a.organisation is organisation for a in contact.affiliations):
            contact.affiliations.append(Affiliation(organisation=organisation, is_primary=not contact.affiliations))
        session.flush()
        p = session.scalars(
            select(Participation).where(Participation.event_id == event.id, Participation.contact_id == contact.id)
        ).first()
        if p is None:
            p = Participation(event=event, contact=contact, role="guest")
            session.add(p)
            queries.set_participation_status(p, "attended", when=_now(), note="ohne Anmeldung erschienen")
        elif p.status != "attended":
            queries.set_participation_status(p, "attended", when=_now(), note="Check-in")
        session.flush()
        return CheckinCandidate(p.id, contact.id, contact.full_name, organisation.name if organisation else "", p.status)

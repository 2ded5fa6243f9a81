"""Event records: the editable fields, hosts and speakers; create, load, save, delete, duplicate, list.

A save compares the version the editor loaded with the stored one and raises
:class:`~kidesk.services.edit_conflicts.RecordChangedElsewhere` when someone else saved in
between (``version=None`` skips the check: "overwrite"). **Duplicating** an event copies
everything but the participants' statuses; speakers are copied (as speakers, status
``registered``), hosts too. In a series the copy becomes the next free module number and
keeps the series' rhythm (the gap to the module before; one week when there is none)
unless a start is given. A module number beyond the series' planned module count is
allowed (a series may grow); the UI says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk.db import queries, vocab
from kidesk.db import settings as db_settings
from kidesk.db.database import Database
from kidesk.db.models import Contact, Event, EventHost, EventSeries, Organisation, Participation
from kidesk.domain.dates import format_datetime
from kidesk.errors import ValidationError
from kidesk.services.deletion_impacts import RecordDeletionImpact, impact_lines
from kidesk.services.edit_conflicts import RecordChangedElsewhere, StaleDataError, check_version, stale_message
from kidesk.services.events.common import DEFAULT_DUPLICATE_SHIFT, clean, get_event
from kidesk.services.events.counts import EventCounts, _counts_by_event


@dataclass(frozen=True)
class HostData:
    organisation_id: int
    role: str = "co_host"
    name: str = ""  # filled when loading, ignored when saving


@dataclass(frozen=True)
class SpeakerData:
    contact_id: int
    name: str = ""


@dataclass(frozen=True)
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
    hosts: Sequence[HostData] = field(default_factory=list)
    speakers: Sequence[SpeakerData] = field(default_factory=list)
    id: int | None = None
    version: int | None = None


EVENT_FIELDS = (
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
    contributors: int = 0  # speakers and helpers, named apart (see counts.py)


@dataclass(frozen=True)
class EventSummary:
    """What a panel or dialog shows about one event without editing it."""

    id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    series_id: int | None


# ---------------------------------------------------------------------------------------
# validation and writing
# ---------------------------------------------------------------------------------------


def _validate_event(session: Session, data: EventData) -> None:
    if not clean(data.title):
        raise ValidationError("Bitte einen Titel für die Veranstaltung eingeben.", field="title")
    if data.kind not in vocab.EVENT_KINDS:
        raise ValidationError(f"Unbekannte Veranstaltungsart: {data.kind}", field="kind")
    if data.status not in vocab.EVENT_STATUSES:
        raise ValidationError(f"Unbekannter Veranstaltungsstatus: {data.status}", field="status")
    if data.starts_at is None:
        raise ValidationError("Bitte Datum und Beginn der Veranstaltung angeben.", field="starts_at")
    if data.ends_at is not None and data.ends_at < data.starts_at:
        raise ValidationError(
            f"Das Ende ({format_datetime(data.ends_at)}) liegt vor dem Beginn ({format_datetime(data.starts_at)}). "
            "Bitte die Uhrzeiten prüfen.",
            field="ends_at",
        )
    if data.capacity is not None and data.capacity <= 0:
        raise ValidationError("Die Platzzahl muss größer als 0 sein (oder leer für unbegrenzt).", field="capacity")
    if data.module_number is not None:
        if data.series_id is None:
            raise ValidationError(
                "Eine Modulnummer gibt es nur für eine Veranstaltung in einer Reihe.", field="module_number"
            )
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
        series = queries.get_or_raise(session, EventSeries, data.series_id, "Eine Veranstaltungsreihe")
        if data.module_number is not None and series.module_count and data.module_number > series.module_count:
            raise ValidationError(
                f"Die Reihe „{series.title}“ hat {series.module_count} Module; Modul {data.module_number} gibt es "
                "darin nicht. Bitte die Modulnummer prüfen oder zuerst die Zahl der Module der Reihe erhöhen.",
                field="module_number",
            )
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
    for name in EVENT_FIELDS:
        value = getattr(data, name)
        if isinstance(value, str):
            value = value.strip() or None
        setattr(event, name, value)
    event.title = data.title.strip()
    # hosts: keep the rows that stay (a save that changes nothing writes nothing), drop the
    # removed ones, add the new ones; position keeps the order shown in the editor
    wanted_hosts = {(h.organisation_id, h.role): None for h in data.hosts}
    removed = [h for h in event.hosts if (h.organisation_id, h.role) not in wanted_hosts]
    for h in removed:
        event.hosts.remove(h)
    session.flush()
    kept = {(h.organisation_id, h.role): h for h in event.hosts}
    order = list(wanted_hosts)
    stored_order = sorted(kept, key=lambda k: kept[k].position)
    if order[: len(stored_order)] == stored_order:  # same order, perhaps new ones at the end: keep positions
        positions = {k: kept[k].position for k in stored_order}
        last = max(positions.values(), default=-1)
        positions.update({k: last + 1 + i for i, k in enumerate(order[len(stored_order) :])})
    else:
        positions = {k: i for i, k in enumerate(order)}
    for key in order:
        row = kept.get(key)
        if row is None:
            event.hosts.append(EventHost(organisation_id=key[0], role=key[1], position=positions[key]))
        elif row.position != positions[key]:
            row.position = positions[key]
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


def _to_data(event: Event) -> EventData:
    values = {name: getattr(event, name) for name in EVENT_FIELDS}
    return EventData(
        **values,
        hosts=[
            HostData(h.organisation_id, h.role, h.organisation.name)
            for h in sorted(event.hosts, key=lambda h: h.position)
        ],
        speakers=[
            SpeakerData(p.contact_id, p.contact.full_name)
            for p in sorted(event.participations, key=lambda p: p.id)
            if p.role == "speaker"
        ],
        id=event.id,
        version=event.version,
    )


def create_event(db: Database, data: EventData) -> int:
    """Insert a new event with its hosts and speakers; returns its id."""
    data = dataclasses.replace(data, id=None, version=None)
    with db.session() as session:
        _validate_event(session, data)
        event = Event(title=data.title.strip(), starts_at=data.starts_at)
        session.add(event)
        _apply_event(session, event, data)
        session.flush()
        return event.id


def update_event(db: Database, data: EventData) -> EventData:
    """Save an edited event and return it as stored.

    When someone else saved it since ``data.version`` was loaded (or deleted it), nothing is
    written and :class:`RecordChangedElsewhere` says so; ``version=None`` writes regardless.
    """
    if data.id is None:
        raise ValueError("update_event needs data.id")
    label = f"Die Veranstaltung „{clean(data.title) or data.id}“"
    try:
        with db.session() as session:
            event = session.get(Event, data.id)
            if event is None:
                raise RecordChangedElsewhere(stale_message(label))
            check_version(event, data.version, f"Die Veranstaltung „{event.title}“")
            _validate_event(session, data)
            _apply_event(session, event, data)
            session.flush()
            session.refresh(event)
            return _to_data(event)
    except StaleDataError as exc:
        raise RecordChangedElsewhere(stale_message(label)) from exc


def load_event(db: Database, event_id: int) -> EventData:
    with db.session() as session:
        return _to_data(get_event(session, event_id))


def event_summary(db: Database, event_id: int) -> EventSummary:
    """Title, time and series of one event (for headings and the paperwork panel)."""
    with db.session() as session:
        e = get_event(session, event_id)
        return EventSummary(e.id, e.title, e.starts_at, e.ends_at, e.series_id)


def event_deletion_impact(db: Database, event_id: int) -> RecordDeletionImpact:
    """The invite list, its history and the hosts go with the event."""
    with db.session() as session:
        event = get_event(session, event_id)
        return RecordDeletionImpact(event.title, impact_lines(session, "events", event_id))


def delete_event(db: Database, event_id: int) -> None:
    with db.session() as session:
        session.delete(get_event(session, event_id))


def _next_module_number(session: Session, series_id: int) -> int:
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


_MODULE_MENTION = re.compile(r"\b(Modul\s+)(\d+)\b")


def _renumbered(text: str | None, old: int | None, new: int | None) -> str | None:
    """``text`` with "Modul <old>" as "Modul <new>" (the demo's subtitles say "Modul 12 der …")."""
    if not text or old is None or new is None:
        return text
    return _MODULE_MENTION.sub(lambda m: f"{m.group(1)}{new}" if int(m.group(2)) == old else m.group(0), text)


@dataclass(frozen=True)
class DuplicatePlan:
    """What "Duplizieren" will create, shown to the user before anything is written."""

    source_title: str
    title: str
    subtitle: str | None
    description: str | None
    starts_at: dt.datetime
    series_id: int | None
    module_number: int | None
    source_module_number: int | None
    hosts: int
    speakers: tuple[str, ...]


def _plan_duplicate(session: Session, src: Event, starts_at: dt.datetime | None) -> DuplicatePlan:
    new_start = starts_at or (src.starts_at + _series_rhythm(session, src))
    number = _next_module_number(session, src.series_id) if src.series_id else None
    series = src.series
    if number is not None and series is not None and series.module_count and number > series.module_count:
        raise ValidationError(
            f"Alle {series.module_count} Module der Reihe „{series.title}“ sind schon geplant. Für ein weiteres "
            "Modul bitte zuerst in der Reihe die Zahl der Module erhöhen.",
            field="module_number",
        )
    return DuplicatePlan(
        source_title=src.title,
        title=src.title,
        subtitle=_renumbered(src.subtitle, src.module_number, number),
        description=_renumbered(src.description, src.module_number, number),
        starts_at=new_start,
        series_id=src.series_id,
        module_number=number,
        source_module_number=src.module_number,
        hosts=len(src.hosts),
        speakers=tuple(sorted(p.contact.full_name for p in src.participations if p.role == "speaker")),
    )


def plan_duplicate(db: Database, event_id: int, *, starts_at: dt.datetime | None = None) -> DuplicatePlan:
    """What :func:`duplicate_event` would create (nothing is written): for the question before."""
    with db.session() as session:
        return _plan_duplicate(session, get_event(session, event_id), starts_at)


def duplicate_event(db: Database, event_id: int, *, starts_at: dt.datetime | None = None) -> int:
    """Copy an event (e.g. as the next module of its series); returns the new event's id.

    A "Modul N" in the subtitle or description becomes the new module number; everything
    else is copied as it is (see :func:`plan_duplicate` for asking first).
    """
    with db.session() as session:
        src = get_event(session, event_id)
        plan = _plan_duplicate(session, src, starts_at)
        shift = plan.starts_at - src.starts_at
        copy = Event(
            title=src.title,
            subtitle=plan.subtitle,
            kind=src.kind,
            status="planned",
            starts_at=plan.starts_at,
            ends_at=src.ends_at + shift if src.ends_at else None,
            series_id=src.series_id,
            module_number=plan.module_number,
            venue_name=src.venue_name,
            venue_street=src.venue_street,
            venue_postcode=src.venue_postcode,
            venue_city=src.venue_city,
            room=src.room,
            description=plan.description,
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
                    invited=c.on_list,
                    registered=c.registered,
                    attended=c.attended,
                    contributors=c.contributors,
                )
            )
    upcoming = sorted(
        (r for r in result if (r.ends_at or r.starts_at) >= start_of_today), key=lambda r: (r.starts_at, r.id)
    )
    past = sorted(
        (r for r in result if (r.ends_at or r.starts_at) < start_of_today),
        key=lambda r: (r.starts_at, r.id),
        reverse=True,
    )
    return upcoming + past


@dataclass(frozen=True)
class EventChoices:
    """The choice lists an event form offers: ``(id, name)`` pairs in display order."""

    series: list[tuple[int, str]]
    organisations: list[tuple[int, str]]
    contacts: list[tuple[int, str]]
    own_organisation: tuple[int, str] | None = None  # the default organiser of a new event (issue 19)


def event_choices(db: Database) -> EventChoices:
    """Series, organisations and contacts for the event editor's pickers, in one transaction."""
    with db.session() as session:
        return EventChoices(
            queries.id_name_list(session, "series"),
            queries.id_name_list(session, "organisations"),
            queries.id_name_list(session, "contacts"),
            _own_organisation(session),
        )


def _own_organisation(session: Session) -> tuple[int, str] | None:
    own_id = db_settings.get(session, db_settings.OWN_ORGANISATION_ID)
    own = session.get(Organisation, own_id) if own_id is not None else None
    return (own.id, own.name) if own is not None else None


def id_name_list(db: Database, what: str) -> list[tuple[int, str]]:
    """``(id, name)`` pairs of one kind of record (``organisations``, ``networks`` …) for a picker."""
    with db.session() as session:
        return queries.id_name_list(session, what)

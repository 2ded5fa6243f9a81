"""The rows a report is computed from, read with a few SQL queries for one period.

Everything the figures need is loaded here into small frozen rows; the tables are then
computed in Python (:mod:`.annual`). A year of an office is a few hundred events and a few
thousand participations, so this stays fast; nothing here loads all contacts.

Anonymous counts
    Erasing a person (issue 13) removes their participations and leaves an anonymous number
    per event. :func:`anonymous_attendances` is the ONE place that reads it; every table
    adds it to attendances (never to names) through :class:`Facts.anonymous`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kidesk.db import settings
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
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)
from kidesk.services.series_progress import modules_required
from kidesk.services.volunteers.ehrenamtskarte import assess_in, rule_in
from kidesk.services.volunteers.settings_rules import MUNICIPALITIES, money

#: participation statuses of people who said they would come (the attendance rate's base)
REGISTERED_STATUSES = ("registered", "attended", "no_show")

OTHER_TOWN = "anderer Ort"
NO_TOWN = "ohne Ortsangabe"
ANONYMOUS_TOWN = "gelöschte Personen (anonym)"


@dataclass(frozen=True)
class EventFact:
    id: int
    title: str
    starts_at: dt.datetime
    kind: str
    status: str
    series_id: int | None
    series_title: str
    module_number: int | None
    capacity: int | None

    @property
    def counted(self) -> bool:
        return self.status != "cancelled"


@dataclass(frozen=True)
class ParticipationFact:
    id: int
    event_id: int
    contact_id: int
    name: str  # "Yılmaz, Ayşe"
    town: str  # a town of the Kreis, OTHER_TOWN or NO_TOWN
    role: str
    status: str


@dataclass(frozen=True)
class HostFact:
    event_id: int
    organisation_id: int
    name: str
    kind: str
    role: str


@dataclass(frozen=True)
class VolunteerFact:
    id: int
    contact_id: int
    name: str
    status: str
    active_since: dt.date | None
    started: dt.date | None  # active_since, else the day the profile was created
    areas: tuple[str, ...]
    languages: tuple[str, ...]


@dataclass(frozen=True)
class HoursFact:
    id: int
    volunteer_id: int
    worked_on: dt.date
    hours: Decimal
    activity: str


@dataclass(frozen=True)
class MembershipFact:
    network_id: int
    network: str
    organisation_id: int
    organisation: str
    role: str
    joined_on: dt.date | None
    left_on: dt.date | None


@dataclass(frozen=True)
class Facts:
    start: dt.date
    end: dt.date
    organisation: str
    own_organisation_ids: frozenset[int]
    events: tuple[EventFact, ...]
    participations: tuple[ParticipationFact, ...]  # guests and others, every status, events of the period
    anonymous: dict[int, int]  # event id -> attendances of erased people
    hosts: tuple[HostFact, ...]
    volunteers: tuple[VolunteerFact, ...]
    hours: tuple[HoursFact, ...]  # entries of the period
    attended_contact_ids: frozenset[int]  # contacts with an attendance in the period (any role)
    qualified: dict[int, tuple[str, ...]]  # contact id -> series whose certificate rule was met in the period
    memberships: tuple[MembershipFact, ...]
    networks: tuple[tuple[int, str], ...]
    affiliations: dict[int, frozenset[int]]  # contact id -> organisations (attendees of network meetings)
    ehrenamtskarte: frozenset[int] = frozenset()  # volunteer ids meeting the rule on the last day of the period
    ehrenamtskarte_rule: str = ""


def town_of(city: str | None, municipality: str | None = None) -> str:
    """The town a person is counted in: their own town, else the volunteer's municipality."""
    known = {m.casefold(): m for m in MUNICIPALITIES}
    for value in (city, municipality):
        cleaned = (value or "").strip()
        if cleaned:
            return known.get(cleaned.casefold(), OTHER_TOWN)
    return NO_TOWN


def anonymous_attendances(session: Session, event_ids: Sequence[int]) -> dict[int, int]:
    """Attendances of erased people per event (``Event.anonymous_attendance``, kept by the
    erasure of issue 13), the one place the report reads them."""
    if not event_ids:
        return {}
    rows = session.execute(
        select(Event.id, Event.anonymous_attendance).where(Event.id.in_(event_ids), Event.anonymous_attendance > 0)
    )
    return {int(event_id): int(n) for event_id, n in rows}


def _day_range(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)


def _qualified(session: Session, start: dt.date, end: dt.date) -> dict[int, tuple[str, ...]]:
    """Per contact, the series whose certificate rule they met within the period.

    The rule is :func:`kidesk.services.series_progress.modules_required`; the day it was met
    is the day of the module that brought the distinct modules attended up to the number
    required. (kidesk does not record printing a certificate; meeting the rule is what counts.)
    """
    series = {s.id: s for s in session.scalars(select(EventSeries))}
    numbers: dict[int, set[int]] = {}
    for series_id, number in session.execute(
        select(Event.series_id, Event.module_number).where(
            Event.series_id.is_not(None), Event.module_number.is_not(None)
        )
    ):
        numbers.setdefault(series_id, set()).add(number)
    rows = session.execute(
        select(Participation.contact_id, Event.series_id, Event.module_number, Event.starts_at)
        .join(Event, Event.id == Participation.event_id)
        .where(
            Participation.status == "attended",
            Event.status != "cancelled",
            Event.series_id.is_not(None),
            Event.module_number.is_not(None),
        )
        .order_by(Event.starts_at, Event.id)
    )
    seen: dict[tuple[int, int], set[int]] = {}
    met: dict[int, list[str]] = {}
    for contact_id, series_id, number, starts_at in rows:
        done = seen.setdefault((contact_id, series_id), set())
        if number in done:
            continue
        done.add(number)
        required = modules_required(series[series_id], tuple(numbers.get(series_id, ())))
        if len(done) == required and start <= starts_at.date() <= end:
            met.setdefault(contact_id, []).append(series[series_id].title)
    return {cid: tuple(sorted(titles)) for cid, titles in met.items()}


def _own_organisation(session: Session) -> tuple[str, frozenset[int]]:
    org_id = settings.get(session, settings.OWN_ORGANISATION_ID)
    organisation = session.get(Organisation, org_id) if org_id else None
    if organisation is None:
        return "", frozenset()
    ids = {organisation.id}
    name = organisation.name
    if organisation.parent is not None:
        ids.add(organisation.parent.id)
    return name, frozenset(ids)


def load_facts(session: Session, start: dt.date, end: dt.date) -> Facts:
    since, until = _day_range(start, end)
    organisation, own_ids = _own_organisation(session)
    events = tuple(
        EventFact(e.id, e.title, e.starts_at, e.kind, e.status, e.series_id, title or "", e.module_number, e.capacity)
        for e, title in session.execute(
            select(Event, EventSeries.title)
            .outerjoin(EventSeries, EventSeries.id == Event.series_id)
            .where(Event.starts_at >= since, Event.starts_at < until)
            .order_by(Event.starts_at, Event.id)
        )
    )
    event_ids = [e.id for e in events]
    in_period = Participation.event_id.in_(select(Event.id).where(Event.starts_at >= since, Event.starts_at < until))
    participations = tuple(
        ParticipationFact(
            pid,
            event_id,
            contact_id,
            f"{last}, {first}" if first else last,
            town_of(city, municipality),
            role,
            status,
        )
        for pid, event_id, contact_id, first, last, city, municipality, role, status in session.execute(
            select(
                Participation.id,
                Participation.event_id,
                Participation.contact_id,
                Contact.first_name,
                Contact.last_name,
                Contact.city,
                Volunteer.municipality,
                Participation.role,
                Participation.status,
            )
            .join(Contact, Contact.id == Participation.contact_id)
            .outerjoin(Volunteer, Volunteer.contact_id == Contact.id)
            .where(in_period)
            .order_by(Participation.event_id, Contact.last_name, Contact.first_name, Participation.id)
        )
    )
    hosts = tuple(
        HostFact(event_id, org_id, name, kind, role)
        for event_id, org_id, name, kind, role in session.execute(
            select(EventHost.event_id, Organisation.id, Organisation.name, Organisation.kind, EventHost.role)
            .join(Organisation, Organisation.id == EventHost.organisation_id)
            .where(EventHost.event_id.in_(select(Event.id).where(Event.starts_at >= since, Event.starts_at < until)))
            .order_by(EventHost.event_id, EventHost.position, Organisation.name)
        )
    )
    areas: dict[int, list[str]] = {}
    for vid, area in session.execute(select(VolunteerEngagement.volunteer_id, VolunteerEngagement.area)):
        areas.setdefault(vid, []).append(area.strip())
    languages: dict[int, list[str]] = {}
    for vid, language in session.execute(select(VolunteerLanguage.volunteer_id, VolunteerLanguage.language)):
        languages.setdefault(vid, []).append(language.strip())
    volunteers = tuple(
        VolunteerFact(
            v.id,
            c.id,
            f"{c.last_name}, {c.first_name}" if c.first_name else c.last_name,
            v.status,
            v.active_since,
            v.active_since or (v.created_at.date() if v.created_at else None),
            tuple(sorted(set(areas.get(v.id, ())))),
            tuple(sorted(set(languages.get(v.id, ())))),
        )
        for v, c in session.execute(select(Volunteer, Contact).join(Contact, Contact.id == Volunteer.contact_id))
    )
    hours = tuple(
        HoursFact(h.id, h.volunteer_id, h.worked_on, money(h.hours), h.activity or "")
        for h in session.scalars(
            select(VolunteerHours)
            .where(VolunteerHours.worked_on >= start, VolunteerHours.worked_on <= end)
            .order_by(VolunteerHours.worked_on, VolunteerHours.id)
        )
    )
    attended = frozenset(
        session.scalars(
            select(Participation.contact_id)
            .join(Event, Event.id == Participation.event_id)
            .where(in_period, Participation.status == "attended", Event.status != "cancelled")
        )
    )
    memberships = tuple(
        MembershipFact(n.id, n.name, o.id, o.name, m.role or "", m.joined_on, m.left_on)
        for m, n, o in session.execute(
            select(NetworkMembership, Network, Organisation)
            .join(Network, Network.id == NetworkMembership.network_id)
            .join(Organisation, Organisation.id == NetworkMembership.organisation_id)
            .order_by(Network.name, Organisation.name)
        )
    )
    meeting_contacts = {p.contact_id for p in participations if p.status == "attended"}
    affiliations: dict[int, set[int]] = {}
    if meeting_contacts:
        for contact_id, org_id in session.execute(
            select(Affiliation.contact_id, Affiliation.organisation_id).where(
                Affiliation.contact_id.in_(select(Participation.contact_id).where(in_period))
            )
        ):
            affiliations.setdefault(contact_id, set()).add(org_id)
    rule = rule_in(session)
    candidates = frozenset(
        v.id
        for v in volunteers
        if v.status in ("active", "paused") and assess_in(session, v.id, as_of=end, rule=rule).meets_rule
    )
    return Facts(
        ehrenamtskarte=candidates,
        ehrenamtskarte_rule=rule.source_line(),
        start=start,
        end=end,
        organisation=organisation,
        own_organisation_ids=own_ids,
        events=events,
        participations=participations,
        anonymous=anonymous_attendances(session, event_ids),
        hosts=hosts,
        volunteers=volunteers,
        hours=hours,
        attended_contact_ids=attended,
        qualified=_qualified(session, start, end),
        memberships=memberships,
        networks=tuple((i, n) for i, n in session.execute(select(Network.id, Network.name).order_by(Network.name))),
        affiliations={cid: frozenset(orgs) for cid, orgs in affiliations.items()},
    )

"""The start page (Übersicht): what is coming up, what is due, what changed, this year in numbers.

Everything is aggregated in SQL and limited (a handful of rows per section), so the page
loads as fast on 20 000 contacts as on 20 (``tests/services/test_reports_overview.py``
measures it). Each item carries a :class:`~kidesk.services.reports.model.RecordRef`, which
the page opens through the main window's usual jump to a record.

What "due" can honestly mean with the data kidesk keeps:

* police certificates and consents: :func:`kidesk.services.volunteers.due.due_items`;
* invitations: an event in the next four weeks whose invite list is still empty — kidesk
  records who is *on* the list, not whether a letter or mail went out;
* letters not yet printed: kidesk does not record printing, so the page cannot list them
  (docs/REPORTS.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, literal, select

from kidesk.db.database import Database
from kidesk.db.models import Contact, Event, Organisation, Participation, Volunteer, VolunteerHours
from kidesk.services.events.counts import _counts_by_event
from kidesk.services.reports.model import Cell, RecordRef
from kidesk.services.volunteers.due import DUE_CONSENT, DUE_POLICE_CERTIFICATE, due_items
from kidesk.services.volunteers.settings_rules import money

UPCOMING_LIMIT = 8
RECENT_LIMIT = 10
INVITATION_WEEKS = 4
DUE_WEEKS = 8


@dataclass(frozen=True)
class UpcomingEvent:
    ref: RecordRef
    title: str
    starts_at: dt.datetime
    status: str
    seats_taken: int
    capacity: int | None
    on_list: int
    registration_deadline: dt.date | None

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.seats_taken >= self.capacity

    def deadline_passed(self, today: dt.date) -> bool:
        return self.registration_deadline is not None and self.registration_deadline < today


@dataclass(frozen=True)
class DueEntry:
    ref: RecordRef
    kind: str  # "police_certificate" | "consent" | "invitation"
    kind_label: str
    subject: str  # the person or the event
    due_on: dt.date | None
    detail: str
    overdue: bool


@dataclass(frozen=True)
class RecentChange:
    ref: RecordRef
    label: str
    changed_at: dt.datetime  # naive UTC, as stored


@dataclass(frozen=True)
class Overview:
    today: dt.date
    upcoming: tuple[UpcomingEvent, ...]
    due: tuple[DueEntry, ...]
    recent: tuple[RecentChange, ...]
    year: int
    figures: tuple[tuple[str, Cell], ...]


KIND_INVITATION = "invitation"
KIND_LABELS = {DUE_POLICE_CERTIFICATE: "Führungszeugnis", DUE_CONSENT: "Einwilligung", KIND_INVITATION: "Einladungen"}


def _upcoming(session, now: dt.datetime) -> list[UpcomingEvent]:
    rows = session.execute(
        select(Event.id, Event.title, Event.starts_at, Event.status, Event.capacity, Event.registration_deadline)
        .where(Event.starts_at >= now, Event.status != "cancelled")
        .order_by(Event.starts_at, Event.id)
        .limit(UPCOMING_LIMIT)
    ).all()
    counts = _counts_by_event(session, [r.id for r in rows])
    return [
        UpcomingEvent(
            RecordRef("event", r.id),
            r.title,
            r.starts_at,
            r.status,
            counts[r.id].seats_taken,
            r.capacity,
            counts[r.id].total,
            r.registration_deadline,
        )
        for r in rows
    ]


def _empty_invite_lists(session, now: dt.datetime) -> list[DueEntry]:
    horizon = now + dt.timedelta(weeks=INVITATION_WEEKS)
    on_list = select(Participation.id).where(Participation.event_id == Event.id).exists()
    rows = session.execute(
        select(Event.id, Event.title, Event.starts_at)
        .where(Event.starts_at >= now, Event.starts_at <= horizon, Event.status != "cancelled", ~on_list)
        .order_by(Event.starts_at, Event.id)
    )
    return [
        DueEntry(
            RecordRef("event", r.id),
            KIND_INVITATION,
            KIND_LABELS[KIND_INVITATION],
            r.title,
            r.starts_at.date(),
            "noch niemand eingeladen",
            False,
        )
        for r in rows
    ]


def _recent(session) -> list[RecentChange]:
    contact_name = func.trim(Contact.first_name + " " + Contact.last_name)
    parts = [
        select(literal("contact").label("kind"), Contact.id, contact_name.label("label"), Contact.updated_at)
        .order_by(Contact.updated_at.desc())
        .limit(RECENT_LIMIT),
        select(literal("organisation"), Organisation.id, Organisation.name, Organisation.updated_at)
        .order_by(Organisation.updated_at.desc())
        .limit(RECENT_LIMIT),
        select(literal("event"), Event.id, Event.title, Event.updated_at)
        .order_by(Event.updated_at.desc())
        .limit(RECENT_LIMIT),
        select(literal("volunteer"), Volunteer.id, contact_name, Volunteer.updated_at)
        .join(Contact, Contact.id == Volunteer.contact_id)
        .order_by(Volunteer.updated_at.desc())
        .limit(RECENT_LIMIT),
    ]
    found: list[RecentChange] = []
    for stmt in parts:  # each part uses its own LIMIT (SQLite needs subqueries for a LIMIT inside UNION)
        for kind, record_id, label, changed in session.execute(stmt):
            if changed is not None:
                found.append(RecentChange(RecordRef(kind, record_id), label, changed))
    found.sort(key=lambda c: (c.changed_at, c.ref.kind, c.ref.id), reverse=True)
    return found[:RECENT_LIMIT]


def _year_figures(session, year: int) -> tuple[tuple[str, Cell], ...]:
    since, until = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    held = (Event.starts_at >= since, Event.starts_at < until, Event.status != "cancelled")
    events = session.execute(select(func.count()).select_from(Event).where(*held)).scalar_one()
    attended = (
        select(Participation.contact_id)
        .join(Event, Event.id == Participation.event_id)
        .where(*held, Participation.status == "attended", Participation.role == "guest")
    )
    attendances = session.execute(select(func.count()).select_from(attended.subquery())).scalar_one()
    persons = session.execute(select(func.count(func.distinct(attended.subquery().c.contact_id)))).scalar_one()
    hours = session.execute(
        select(func.coalesce(func.sum(VolunteerHours.hours), 0)).where(
            VolunteerHours.worked_on >= since.date(), VolunteerHours.worked_on < until.date()
        )
    ).scalar_one()
    # active as the annual report counts it: hours logged or an event attended this year
    logged = (
        select(VolunteerHours.id)
        .where(
            VolunteerHours.volunteer_id == Volunteer.id,
            VolunteerHours.worked_on >= since.date(),
            VolunteerHours.worked_on < until.date(),
        )
        .exists()
    )
    came = (
        select(Participation.id)
        .join(Event, Event.id == Participation.event_id)
        .where(Participation.contact_id == Volunteer.contact_id, Participation.status == "attended", *held)
        .exists()
    )
    active = session.execute(select(func.count()).select_from(Volunteer).where(logged | came)).scalar_one()
    return (
        ("Veranstaltungen", Cell(int(events))),
        ("Teilnahmen", Cell(int(attendances))),
        ("Erreichte Personen", Cell(int(persons))),
        ("Geleistete Stunden", Cell(money(hours) if hours else Decimal("0.00"))),
        ("Aktive Ehrenamtliche", Cell(int(active))),
    )


def overview(db: Database, *, now: dt.datetime | None = None) -> Overview:
    """The start page's content as of ``now`` (default: the computer's clock)."""
    now = now or dt.datetime.now().replace(microsecond=0)
    today = now.date()
    due = [
        DueEntry(
            RecordRef("volunteer", item.volunteer_id),
            item.kind,
            KIND_LABELS[item.kind],
            item.person,
            item.due_on,
            item.detail,
            item.due_on is not None and item.due_on < today,
        )
        for item in due_items(db, weeks=DUE_WEEKS, today=today)
        if item.kind in (DUE_POLICE_CERTIFICATE, DUE_CONSENT)
    ]
    with db.session() as session:
        upcoming = _upcoming(session, now)
        due += _empty_invite_lists(session, now)
        recent = _recent(session)
        figures = _year_figures(session, today.year)
    return Overview(today, tuple(upcoming), tuple(due), tuple(recent), today.year, figures)

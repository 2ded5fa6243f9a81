"""Event series: their certificate rule, their modules, and who attended which module."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from kidesk.db import queries
from kidesk.db.database import Database
from kidesk.db.models import Contact, Event, EventSeries, Participation, Volunteer
from kidesk.errors import ValidationError
from kidesk.services.deletion_impacts import RecordDeletionImpact, impact_lines
from kidesk.services.edit_conflicts import check_version
from kidesk.services.events.common import clean, fold_name
from kidesk.services.events.records import EventRow, list_events
from kidesk.services.series_progress import CERTIFICATE_ROLES, series_progress, series_rule


@dataclass(frozen=True)
class SeriesData:
    title: str
    description: str | None = None
    module_count: int | None = None
    certificate_min_modules: int | None = None
    id: int | None = None
    version: int | None = None


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


def list_series(db: Database) -> list[SeriesData]:
    with db.session() as session:
        return [
            SeriesData(s.title, s.description, s.module_count, s.certificate_min_modules, s.id, s.version)
            for s in session.scalars(select(EventSeries).order_by(EventSeries.title))
        ]


def save_series(db: Database, data: SeriesData) -> int:
    """Create (``data.id is None``) or update a series; returns its id."""
    title = clean(data.title)
    if not title:
        raise ValidationError("Bitte einen Titel für die Reihe eingeben.", field="title")
    if data.module_count is not None and data.module_count <= 0:
        raise ValidationError("Die Zahl der Module muss größer als 0 sein (oder leer).", field="module_count")
    if data.certificate_min_modules is not None:
        if data.certificate_min_modules <= 0:
            raise ValidationError(
                "Die Mindestzahl der Module muss größer als 0 sein (oder leer: alle).", field="certificate_min_modules"
            )
        if data.module_count is not None and data.certificate_min_modules > data.module_count:
            raise ValidationError(
                f"Für die Teilnahmebescheinigung können nicht {data.certificate_min_modules} von "
                f"{data.module_count} Modulen verlangt werden. Bitte die Regel prüfen.",
                field="certificate_min_modules",
            )
    with db.session() as session:
        clash = session.execute(
            select(EventSeries.id).where(
                func.lower(EventSeries.title) == title.lower(), EventSeries.id != (data.id or -1)
            )
        ).first()
        if clash:
            raise ValidationError(
                f"Eine Reihe „{title}“ gibt es schon. Bitte einen anderen Titel wählen.", field="title"
            )
        if data.id is None:
            series = EventSeries(title=title)
            session.add(series)
        else:
            series = queries.get_or_raise(session, EventSeries, data.id, "Eine Veranstaltungsreihe")
            check_version(series, data.version, f"Die Reihe „{series.title}“")
        if data.module_count is not None and data.id is not None:
            highest = session.execute(select(func.max(Event.module_number)).where(Event.series_id == data.id)).scalar()
            if highest and highest > data.module_count:
                raise ValidationError(
                    f"Die Reihe hat schon Modul {highest}; die Zahl der Module kann darum nicht "
                    f"{data.module_count} sein.",
                    field="module_count",
                )
        series.title = title
        series.description = clean(data.description)
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
    (the certificate rule: guests only, modules held by today), and the rows are the
    people whose role counts there, so the matrix and ``print certificates`` list the same
    people (tests/services/test_certificate_rule_consistency.py).
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
            select(Participation.event_id, Participation.contact_id, Participation.status).where(
                Participation.event_id.in_(index), Participation.role.in_(CERTIFICATE_ROLES)
            )
        ).all()
        by_contact: dict[int, list[str | None]] = {}
        for event_id, contact_id, status in parts:
            by_contact.setdefault(contact_id, [None] * len(events))[index[event_id]] = status
        contacts = (
            session.execute(
                select(Contact, Volunteer.id)
                .outerjoin(Volunteer, Volunteer.contact_id == Contact.id)
                .where(Contact.id.in_(by_contact))
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
            rows.append(
                SeriesMatrixRow(
                    volunteer_id,
                    contact.id,
                    contact.sort_name,
                    statuses,
                    person.modules_attended if person else 0,
                    person is not None and person.meets_rule,
                )
            )
        rows.sort(key=lambda r: fold_name(r.name))
        return SeriesMatrix(series.id, series.title, needed, modules, rows)


def series_deletion_impact(db: Database, series_id: int) -> RecordDeletionImpact:
    """What deleting the series changes: its events stay, without series and module number."""
    with db.session() as session:
        series = queries.get_or_raise(session, EventSeries, series_id, "Die Veranstaltungsreihe")
        return RecordDeletionImpact(series.title, impact_lines(session, "event_series", series_id))


def delete_series(db: Database, series_id: int, expected_version: int | None = None) -> None:
    """Delete the series; its events stay as single events (module numbers need a series)."""
    with db.session() as session:
        series = queries.get_or_raise(session, EventSeries, series_id, "Die Veranstaltungsreihe")
        check_version(series, expected_version, f"Die Reihe „{series.title}“")
        for event in session.scalars(select(Event).where(Event.series_id == series_id)):
            event.module_number = None
            event.series_id = None
        session.flush()
        session.delete(series)

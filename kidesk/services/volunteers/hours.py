"""Hours volunteers worked: reading what a person typed, logging, deleting, totals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from kidesk.db import list_queries, queries
from kidesk.db.database import Database, begin_write
from kidesk.db.models import Organisation, Volunteer, VolunteerHours
from kidesk.domain.dates import format_date
from kidesk.domain.plurals import count_of
from kidesk.errors import NotFound, ValidationError
from kidesk.services.volunteers.settings_rules import (
    EARLIEST_HOURS_DATE,
    MAX_HOURS_PER_DAY,
    clean,
    format_hours,
    money,
)


@dataclass(frozen=True)
class HoursEntry:
    id: int
    worked_on: dt.date
    hours: Decimal
    activity: str | None
    organisation: str | None


@dataclass(frozen=True)
class HoursSummary:
    """Totals of one volunteer: by calendar year (newest first) and altogether."""

    per_year: dict[int, Decimal]
    total: Decimal


def parse_hours(value: str | int | float | Decimal) -> Decimal:
    """Hours from user input; German decimal comma accepted ("2,5"), also "2:30".

    Raises :class:`ValidationError` for text that is no number or outside 0 < h ≤ 24.
    """
    bad = f"„{value}“ ist keine Stundenzahl (Beispiele: 2,5 oder 2:30)."
    if isinstance(value, Decimal):
        hours = value
    elif isinstance(value, (int, float)):
        hours = Decimal(str(value))
    else:
        text = str(value).strip().replace(" ", "")
        if ":" in text:
            hh, _, mm = text.partition(":")
            if not (hh.isdigit() and mm.isdigit() and len(mm) == 2 and int(mm) < 60):
                raise ValidationError(bad, field="hours")
            hours = (Decimal(int(hh)) + Decimal(int(mm)) / Decimal(60)).quantize(Decimal("0.01"))
        else:
            if text.count(",") + text.count(".") > 1:
                raise ValidationError(bad, field="hours")
            try:
                hours = Decimal(text.replace(",", "."))
            except InvalidOperation:
                raise ValidationError(bad, field="hours") from None
    if not hours.is_finite():
        raise ValidationError(f"„{value}“ ist keine Stundenzahl.", field="hours")
    if hours <= 0 or hours > MAX_HOURS_PER_DAY:
        raise ValidationError(
            f"{format_hours(hours)} Stunden geht nicht: bitte mehr als 0 und höchstens 24 Stunden eintragen.",
            field="hours",
        )
    if hours != hours.quantize(Decimal("0.01")):
        raise ValidationError("Bitte Stunden mit höchstens zwei Nachkommastellen eintragen.", field="hours")
    return hours.quantize(Decimal("0.01"))


def add_hours(
    db: Database,
    volunteer_id: int,
    worked_on: dt.date,
    hours: str | int | float | Decimal,
    activity: str | None = None,
    organisation_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> HoursEntry:
    """Log hours for a volunteer after checking them.

    Rules: 0 < hours ≤ 24; the date at most one day in the future (late evening entries
    across midnight) and not before 2000; all entries of one day together at most 24 hours;
    the organisation, when given, must exist.
    """
    with db.session() as session:
        return add_hours_in(session, volunteer_id, worked_on, hours, activity, organisation_id, today=today)


def add_hours_in(
    session: Session,
    volunteer_id: int,
    worked_on: dt.date,
    hours: str | int | float | Decimal,
    activity: str | None = None,
    organisation_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> HoursEntry:
    today = today or dt.date.today()
    amount = parse_hours(hours)
    # the 24-hour rule reads the day's sum and inserts in one write transaction (issue 12, item 5):
    # two processes adding hours for the same day take turns instead of both passing the check
    begin_write(session)
    volunteer = queries.get_or_raise(session, Volunteer, volunteer_id, "Ehrenamtliche/n")
    if worked_on > today + dt.timedelta(days=1):
        raise ValidationError(
            f"Der {format_date(worked_on)} liegt in der Zukunft: Stunden bitte erst nach dem Einsatz eintragen.",
            field="date",
        )
    if worked_on < EARLIEST_HOURS_DATE:
        raise ValidationError(
            f"Der {format_date(worked_on)} liegt zu weit zurück. Bitte das Datum prüfen.", field="date"
        )
    organisation = None
    if organisation_id is not None:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise NotFound(f"Eine Organisation mit der ID {organisation_id} gibt es nicht.")
    same_day = Decimal(
        str(
            session.execute(
                select(func.coalesce(func.sum(VolunteerHours.hours), 0)).where(
                    VolunteerHours.volunteer_id == volunteer_id, VolunteerHours.worked_on == worked_on
                )
            ).scalar_one()
        )
    )
    if same_day + amount > MAX_HOURS_PER_DAY:
        raise ValidationError(
            f"Für {volunteer.contact.full_name} sind am {format_date(worked_on)} schon {count_of(same_day, 'Stunde', 'Stunden')} "
            f"eingetragen; mit {format_hours(amount)} weiteren wären es mehr als 24.",
            field="hours",
        )
    entry = VolunteerHours(
        volunteer_id=volunteer_id,
        worked_on=worked_on,
        hours=amount,
        activity=clean(activity),
        organisation_id=organisation_id,
    )
    session.add(entry)
    session.flush()
    return HoursEntry(entry.id, entry.worked_on, amount, entry.activity, organisation.name if organisation else None)


def delete_hours(db: Database, hours_id: int) -> None:
    with db.session() as session:
        entry = queries.get_or_raise(session, VolunteerHours, hours_id, "Einen Stundeneintrag")
        session.delete(entry)
        session.flush()


def hours_entries(db: Database, volunteer_id: int, *, year: int | None = None, limit: int = 200) -> list[HoursEntry]:
    """The newest entries first (for the hours panel)."""
    stmt = (
        select(VolunteerHours, Organisation.name)
        .outerjoin(Organisation, Organisation.id == VolunteerHours.organisation_id)
        .where(VolunteerHours.volunteer_id == volunteer_id)
        .order_by(VolunteerHours.worked_on.desc(), VolunteerHours.id.desc())
        .limit(limit)
    )
    if year is not None:
        stmt = stmt.where(
            VolunteerHours.worked_on >= dt.date(year, 1, 1), VolunteerHours.worked_on <= dt.date(year, 12, 31)
        )
    with db.session() as session:
        return [
            HoursEntry(h.id, h.worked_on, Decimal(str(h.hours)), h.activity, org_name)
            for h, org_name in session.execute(stmt)
        ]


def hours_per_year_in(session: Session, volunteer_id: int) -> dict[int, Decimal]:
    rows = session.execute(
        select(extract("year", VolunteerHours.worked_on).label("y"), func.sum(VolunteerHours.hours))
        .where(VolunteerHours.volunteer_id == volunteer_id)
        .group_by("y")
        .order_by(extract("year", VolunteerHours.worked_on).desc())
    )
    return {int(y): money(total) for y, total in rows}


def hours_per_year(db: Database, volunteer_id: int) -> dict[int, Decimal]:
    """Total hours by calendar year, newest year first."""
    with db.session() as session:
        return hours_per_year_in(session, volunteer_id)


def hours_summary(db: Database, volunteer_id: int) -> HoursSummary:
    """Hours per calendar year (newest first) and the total of one volunteer."""
    with db.session() as session:
        per_year = hours_per_year_in(session, volunteer_id)
    return HoursSummary(per_year, sum(per_year.values(), Decimal("0.00")))


def hours_in_year_by_volunteer_in(session: Session, year: int) -> dict[int, Decimal]:
    """``volunteer_id -> hours`` in one calendar year (volunteers without hours are absent)."""
    rows = session.execute(
        select(VolunteerHours.volunteer_id, func.sum(VolunteerHours.hours))
        .where(VolunteerHours.worked_on >= dt.date(year, 1, 1), VolunteerHours.worked_on <= dt.date(year, 12, 31))
        .group_by(VolunteerHours.volunteer_id)
    )
    return {vid: money(total) for vid, total in rows}


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    name: str


def organisation_choices(db: Database) -> list[OrganisationChoice]:
    """Organisations one can log hours for, by name."""
    with db.session() as session:
        return [OrganisationChoice(i, n) for i, n in list_queries.organisation_choices(session)]

"""The volunteers list: filters, one page of plain rows, the count, the filter choices."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, and_, distinct, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import queries
from kidesk.db.collation import sortable
from kidesk.db.database import Database
from kidesk.db.models import (
    Contact,
    Event,
    EventSeries,
    Participation,
    Volunteer,
    VolunteerEngagement,
    VolunteerHours,
    VolunteerLanguage,
)
from kidesk.domain.consent import may_share_with_partners, photo_consent_missing
from kidesk.errors import NotFound, ValidationError
from kidesk.services.series_progress import certificate_attendance
from kidesk.services.volunteers.due import police_certificate_due
from kidesk.services.volunteers.qualification import required_modules, series_modules
from kidesk.services.volunteers.settings_rules import (
    ENGAGEMENT_AREAS,
    LANGUAGES,
    MUNICIPALITIES,
    money,
    police_certificate_valid_years,
)

PROGRESS_STARTED = "started"  # attended at least one module of the series
PROGRESS_COMPLETE = "complete"  # certificate rule met
PROGRESS_INCOMPLETE = "incomplete"  # started, rule not yet met


@dataclass(frozen=True)
class VolunteerFilter:
    status: str | None = None  # a VOLUNTEER_STATUSES code, or None for all
    municipality: str | None = None
    engagement_area: str | None = None
    language: str | None = None
    series_id: int | None = None
    progress: str | None = None  # PROGRESS_* (with series_id)
    text: str | None = None  # part of the name


@dataclass(frozen=True)
class VolunteerRow:
    """One line of the volunteers list (plain data for the table model)."""

    id: int
    contact_id: int
    name: str
    status: str
    municipality: str | None
    engagement_areas: tuple[str, ...]
    languages: tuple[tuple[str, str | None], ...]
    hours_this_year: Decimal
    photo_consent_missing: bool
    may_share_with_partners: bool
    police_certificate_due_on: dt.date | None


@dataclass(frozen=True)
class FilterChoices:
    """Values for the filter boxes: the defaults plus whatever the data holds."""

    municipalities: tuple[str, ...]
    engagement_areas: tuple[str, ...]
    languages: tuple[str, ...]


def _attended_count_subquery(series_id: int):
    return (
        select(func.count(distinct(Event.module_number)))
        .select_from(Participation)
        .join(Event, Event.id == Participation.event_id)
        .where(
            Participation.contact_id == Volunteer.contact_id,
            *certificate_attendance(),
            Event.series_id == series_id,
            Event.module_number.is_not(None),
        )
        .scalar_subquery()
    )


def volunteer_statement(session: Session, flt: VolunteerFilter | None = None) -> Select:
    """``select(Volunteer)`` joined to its contact, filtered and ordered by name (for paging)."""
    flt = flt or VolunteerFilter()
    stmt = select(Volunteer).join(Volunteer.contact)
    if flt.status:
        stmt = stmt.where(Volunteer.status == flt.status)
    if flt.municipality:
        stmt = stmt.where(Volunteer.municipality == flt.municipality)
    if flt.engagement_area:
        stmt = stmt.where(
            exists().where(
                VolunteerEngagement.volunteer_id == Volunteer.id, VolunteerEngagement.area == flt.engagement_area
            )
        )
    if flt.language:
        stmt = stmt.where(
            exists().where(VolunteerLanguage.volunteer_id == Volunteer.id, VolunteerLanguage.language == flt.language)
        )
    if flt.text and flt.text.strip():
        pattern = f"%{flt.text.strip()}%"
        stmt = stmt.where(or_(Contact.last_name.ilike(pattern), Contact.first_name.ilike(pattern)))
    if flt.series_id is not None:
        series = queries.get_or_raise(session, EventSeries, flt.series_id, "Eine Veranstaltungsreihe")
        required = required_modules(series, series_modules(session, series))
        attended = _attended_count_subquery(series.id)
        progress = flt.progress or PROGRESS_STARTED
        if progress == PROGRESS_COMPLETE:
            stmt = stmt.where(attended >= required)
        elif progress == PROGRESS_INCOMPLETE:
            stmt = stmt.where(and_(attended >= 1, attended < required))
        else:
            stmt = stmt.where(attended >= 1)
    return stmt.order_by(sortable(Contact.last_name), sortable(Contact.first_name), Volunteer.id)


def volunteer_page(
    db: Database, flt: VolunteerFilter | None, offset: int, limit: int, *, today: dt.date | None = None
) -> list[VolunteerRow]:
    """Rows ``offset`` … ``offset + limit - 1`` of the filtered list, ordered by name."""
    today = today or dt.date.today()
    with db.session() as session:
        stmt = volunteer_statement(session, flt).options(
            selectinload(Volunteer.contact), selectinload(Volunteer.engagements), selectinload(Volunteer.languages)
        )
        volunteers = list(session.scalars(stmt.offset(offset).limit(limit)))
        ids = [v.id for v in volunteers]
        year_hours: dict[int, Decimal] = {}
        if ids:
            for vid, total in session.execute(
                select(VolunteerHours.volunteer_id, func.sum(VolunteerHours.hours))
                .where(
                    VolunteerHours.volunteer_id.in_(ids),
                    VolunteerHours.worked_on >= dt.date(today.year, 1, 1),
                    VolunteerHours.worked_on <= dt.date(today.year, 12, 31),
                )
                .group_by(VolunteerHours.volunteer_id)
            ):
                year_hours[vid] = money(total)
        valid_years = police_certificate_valid_years(session)
        return [
            VolunteerRow(
                id=v.id,
                contact_id=v.contact_id,
                name=v.contact.sort_name,
                status=v.status,
                municipality=v.municipality,
                engagement_areas=tuple(sorted(e.area for e in v.engagements)),
                languages=tuple(sorted(((lang.language, lang.level) for lang in v.languages), key=lambda t: t[0])),
                hours_this_year=year_hours.get(v.id, Decimal("0.00")),
                photo_consent_missing=photo_consent_missing(v),
                may_share_with_partners=may_share_with_partners(v),
                police_certificate_due_on=police_certificate_due(v, valid_years),
            )
            for v in volunteers
        ]


def volunteer_count(db: Database, flt: VolunteerFilter | None = None) -> int:
    with db.session() as session:
        return queries.count(session, volunteer_statement(session, flt))


def filter_choices(db: Database) -> FilterChoices:
    """Values for the filter boxes: the defaults plus whatever the data holds."""
    with db.session() as session:
        municipalities = set(MUNICIPALITIES) | {
            m for m in session.scalars(select(Volunteer.municipality).distinct()) if m
        }
        areas = set(ENGAGEMENT_AREAS) | set(session.scalars(select(VolunteerEngagement.area).distinct()))
        languages = set(LANGUAGES) | set(session.scalars(select(VolunteerLanguage.language).distinct()))
    return FilterChoices(
        municipalities=tuple(sorted(municipalities, key=str.casefold)),
        engagement_areas=tuple(sorted(areas, key=str.casefold)),
        languages=tuple(sorted(languages, key=str.casefold)),
    )


def volunteer_id_names(db: Database) -> list[tuple[int, str]]:
    """``(contact ID, "Nachname, Vorname")`` of every volunteer, for ``kidesk list volunteers``.

    A volunteer is addressed as the contact he or she is: these are the IDs that ``hours add
    --contact`` and ``print certificates --volunteer`` take (issue 11), never profile IDs.
    """
    with db.session() as session:
        rows = session.execute(
            select(Contact.id, Contact.last_name, Contact.first_name)
            .join(Volunteer, Volunteer.contact_id == Contact.id)
            .order_by(sortable(Contact.last_name), sortable(Contact.first_name), Contact.id)
        )
        return [(i, f"{last}, {first}" if first else last) for i, last, first in rows]


def volunteer_ids_for_contacts(db: Database, contact_ids: list[int]) -> list[int]:
    """The volunteer profiles of the given contacts, in their order; every ID must be a
    volunteer's contact ID — an unknown one is an error also when mixed with valid ones."""
    ids = list(dict.fromkeys(contact_ids))
    with db.session() as session:
        rows = session.execute(
            select(Contact.id, Volunteer.id)
            .outerjoin(Volunteer, Volunteer.contact_id == Contact.id)
            .where(Contact.id.in_(ids))
        )
        found = {contact_id: volunteer_id for contact_id, volunteer_id in rows}
    unknown = [i for i in ids if i not in found]
    if unknown:
        raise NotFound(f"Einen Kontakt mit der ID {', '.join(map(str, unknown))} gibt es nicht.")
    no_profile = [i for i in ids if found[i] is None]
    if no_profile:
        raise ValidationError(
            f"Kontakt {', '.join(map(str, no_profile))} ist nicht als Ehrenamtliche/r erfasst "
            "(IDs siehe kidesk list volunteers)."
        )
    return [found[i] for i in ids]

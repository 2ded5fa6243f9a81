"""Creating, changing and deleting contacts — the one write path for UI, import and CLI (no Qt).

An editor works on a :class:`ContactData` (plain values, affiliations included) and hands it
to :func:`create_contact` / :func:`update_contact`. Both validate with
:mod:`kidesk.services.validation`, write in one transaction and raise
:class:`~kidesk.errors.ValidationError` (German message, ``field`` set) or
:class:`~kidesk.services.edit_conflicts.RecordChangedElsewhere` — bad input never leaves
half a record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk.db import list_queries, vocab
from kidesk.db.database import Database
from kidesk.db.list_queries import CONTACT_COLUMNS, ContactListQuery, ContactRow
from kidesk.db.models import Affiliation, Contact, Organisation, Participation, Volunteer, VolunteerHours
from kidesk.db.queries import get_or_raise
from kidesk.domain.phones import normalise_if_changed
from kidesk.domain.plurals import count_of
from kidesk.errors import ValidationError
from kidesk.services import validation
from kidesk.services.duplicates import DuplicatePair, likely_duplicates
from kidesk.services.edit_conflicts import RecordChangedElsewhere, StaleDataError, stale_message
from kidesk.services.record_writing import (
    blank_to_none,
    insert_record,
    normalise_text_fields,
    sync_links,
    update_record,
)
from kidesk.services.validation import PHONE_FIELDS

#: Plain text fields of a contact, in the order an editor shows them.
TEXT_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "function",
    "department",
    "phone",
    "mobile",
    "fax",
    "email",
    "room",
    "street",
    "postcode",
    "city",
    "country",
    "languages",
    "notes",
)
__all__ = [
    "CONTACT_COLUMNS",
    "OPTIONAL_TEXT_FIELDS",
    "TEXT_FIELDS",
    "AffiliationData",
    "ContactData",
    "ContactListQuery",
    "ContactRow",
    "DeletionImpact",
    "contact_cities",
    "contact_count",
    "contact_page",
    "contact_position",
    "create_contact",
    "delete_contact",
    "deletion_impact",
    "load_contact",
    "normalised",
    "possible_duplicates",
    "staff_choices",
    "update_contact",
    "validate",
]
OPTIONAL_TEXT_FIELDS = tuple(f for f in TEXT_FIELDS if f not in ("first_name", "last_name", "country"))


@dataclass
class AffiliationData:
    organisation_id: int
    organisation_name: str = ""
    role: str | None = None
    department: str | None = None
    is_primary: bool = False
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@dataclass
class ContactData:
    id: int | None = None
    version: int | None = None
    salutation: str = "none"
    title: str | None = None
    first_name: str = ""
    last_name: str = ""
    function: str | None = None
    department: str | None = None
    phone: str | None = None
    mobile: str | None = None
    fax: str | None = None
    email: str | None = None
    room: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "DE"
    languages: str | None = None
    notes: str | None = None
    is_staff: bool = False
    affiliations: list[AffiliationData] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.title, self.first_name, self.last_name) if p)
        return name or "Neuer Kontakt"


@dataclass(frozen=True)
class DeletionImpact:
    """What goes with a contact when it is deleted (for the confirmation question)."""

    name: str
    affiliations: int
    participations: int
    has_volunteer_profile: bool
    volunteer_hours_entries: int

    def describe(self) -> str:
        parts = []
        if self.affiliations:
            parts.append(
                count_of(self.affiliations, "Zuordnung zu einer Organisation", "Zuordnungen zu Organisationen")
            )
        if self.participations:
            parts.append(count_of(self.participations, "Veranstaltungsteilnahme", "Veranstaltungsteilnahmen"))
        if self.has_volunteer_profile:
            hours = (
                " mit " + count_of(self.volunteer_hours_entries, "Stundeneintrag", "Stundeneinträgen")
                if self.volunteer_hours_entries
                else ""
            )
            parts.append(f"das Ehrenamtsprofil{hours}")
        return ", ".join(parts)


def normalised(data: ContactData) -> ContactData:
    """A copy with surrounding blanks removed and empty optional fields as ``None``."""
    values = dataclasses.asdict(data)
    normalise_text_fields(values, TEXT_FIELDS, OPTIONAL_TEXT_FIELDS)
    values["first_name"] = values["first_name"] or ""
    values["affiliations"] = [AffiliationData(**a) for a in values["affiliations"]]
    return ContactData(**values)


def validate(data: ContactData) -> None:
    """Raise :class:`ValidationError` for the first problem (all of them in the message)."""
    problems = validation.contact_problems({name: getattr(data, name) for name in (*TEXT_FIELDS,)})
    if data.salutation not in vocab.SALUTATIONS:
        problems["salutation"] = f"Unbekannte Anrede „{data.salutation}“."
    seen: set[int] = set()
    for affiliation in data.affiliations:
        if affiliation.organisation_id in seen:
            problems.setdefault(
                "affiliations",
                f"Die Organisation „{affiliation.organisation_name or affiliation.organisation_id}“ ist doppelt zugeordnet.",
            )
        seen.add(affiliation.organisation_id)
        if affiliation.valid_from and affiliation.valid_to and affiliation.valid_to < affiliation.valid_from:
            problems.setdefault("affiliations", "Bei einer Zuordnung liegt das Ende vor dem Beginn.")
    if problems:
        first = next(iter(problems))
        who = data.display_name if (data.first_name or data.last_name) else "Der Kontakt"
        raise ValidationError(f"{who} kann so nicht gespeichert werden: " + " ".join(problems.values()), field=first)


def load_contact(db: Database, contact_id: int) -> ContactData:
    with db.session() as session:
        contact = get_or_raise(session, Contact, contact_id, "Den Kontakt")
        return _to_data(session, contact)


def _to_data(session: Session, contact: Contact) -> ContactData:
    rows = session.execute(
        select(Affiliation, Organisation.name)
        .join(Organisation, Affiliation.organisation_id == Organisation.id)
        .where(Affiliation.contact_id == contact.id)
        .order_by(Affiliation.is_primary.desc(), Organisation.name)
    ).all()
    return ContactData(
        id=contact.id,
        version=contact.version,
        salutation=contact.salutation,
        is_staff=contact.is_staff,
        affiliations=[
            AffiliationData(
                organisation_id=a.organisation_id,
                organisation_name=name,
                role=a.role,
                department=a.department,
                is_primary=a.is_primary,
                valid_from=a.valid_from,
                valid_to=a.valid_to,
            )
            for a, name in rows
        ],
        **{name: getattr(contact, name) for name in TEXT_FIELDS},
    )


def possible_duplicates(db: Database, data: ContactData) -> list[DuplicatePair]:
    """Stored contacts that ``data`` (about to be saved) may well be, most likely first.

    ``second_id`` / ``second_label`` of each pair name the stored contact; the contact
    ``data.id`` itself is never among them.
    """
    data = normalised(data)
    if not (data.first_name or data.last_name or data.email):
        return []
    with db.session() as session:
        return likely_duplicates(session, data.first_name, data.last_name, data.email, exclude_id=data.id)


def create_contact(db: Database, data: ContactData) -> ContactData:
    """Insert a new contact with its affiliations; return it as stored (id, version)."""
    data = normalised(data)
    validate(data)
    return insert_record(db, Contact, data, _apply, _to_data)


def update_contact(db: Database, data: ContactData) -> ContactData:
    """Write ``data`` over the contact ``data.id`` if nobody changed it since ``data.version``."""
    if data.id is None:
        raise ValueError("update_contact needs data.id; use create_contact for new contacts")
    data = normalised(data)
    validate(data)
    return update_record(db, Contact, data, f"Der Kontakt „{data.display_name}“", _apply, _to_data)


def _apply(session: Session, contact: Contact, data: ContactData) -> None:
    for name in TEXT_FIELDS:  # phone numbers in their one written form when typed (kidesk.domain.phones)
        value = getattr(data, name)
        if name in PHONE_FIELDS:
            value = normalise_if_changed(getattr(contact, name), value, data.country)
        setattr(contact, name, value)
    contact.salutation = data.salutation
    contact.is_staff = bool(data.is_staff)
    links = sync_links(
        session,
        contact.affiliations,
        Affiliation,
        "organisation_id",
        data.affiliations,
        Organisation,
        field="affiliations",
        missing_message=lambda item: (
            f"Die Organisation „{item.organisation_name or item.organisation_id}“ gibt es "
            "nicht mehr. Bitte die Zuordnung entfernen."
        ),
    )
    for affiliation, item in links:
        affiliation.role = blank_to_none(item.role)
        affiliation.department = blank_to_none(item.department)
        affiliation.is_primary = bool(item.is_primary)
        affiliation.valid_from = item.valid_from
        affiliation.valid_to = item.valid_to


def deletion_impact(db: Database, contact_id: int) -> DeletionImpact:
    with db.session() as session:
        contact = get_or_raise(session, Contact, contact_id, "Den Kontakt")

        def _count(stmt) -> int:
            return session.execute(stmt).scalar_one()

        affiliations = _count(select(func.count()).select_from(Affiliation).where(Affiliation.contact_id == contact_id))
        participations = _count(
            select(func.count()).select_from(Participation).where(Participation.contact_id == contact_id)
        )
        volunteer_id = session.execute(select(Volunteer.id).where(Volunteer.contact_id == contact_id)).scalar()
        hours = 0
        if volunteer_id is not None:
            hours = _count(
                select(func.count()).select_from(VolunteerHours).where(VolunteerHours.volunteer_id == volunteer_id)
            )
        return DeletionImpact(contact.full_name, affiliations, participations, volunteer_id is not None, hours)


def delete_contact(db: Database, contact_id: int) -> None:
    """Delete the contact and everything hanging on it (affiliations, participations, volunteer profile)."""
    try:
        with db.session() as session:
            contact = get_or_raise(session, Contact, contact_id, "Den Kontakt")
            session.delete(contact)
    except StaleDataError as exc:
        raise RecordChangedElsewhere(stale_message("Der Kontakt")) from exc


# -- the contacts list (paged, for the UI's lazy table and anyone else) --------------------------------------
def contact_page(db: Database, query: ContactListQuery, offset: int, limit: int) -> list[ContactRow]:
    """One page of the contacts list in the query's order."""
    with db.session() as session:
        return list_queries.contact_page(session, query, offset, limit)


def contact_count(db: Database, query: ContactListQuery) -> int:
    """How many contacts the query's filters let through."""
    with db.session() as session:
        return list_queries.contact_count(session, query)


def contact_position(db: Database, query: ContactListQuery, contact_id: int) -> int | None:
    """0-based row of the contact in the list, or None when the filters hide it."""
    with db.session() as session:
        return list_queries.contact_position(session, query, contact_id)


def contact_cities(db: Database) -> list[str]:
    """Distinct towns of contacts, for the filter box."""
    with db.session() as session:
        return list_queries.contact_cities(session)


def staff_choices(db: Database) -> list[tuple[int, str]]:
    """``(id, "Last, First")`` of our own staff, for choice boxes."""
    with db.session() as session:
        return list_queries.staff_choices(session)

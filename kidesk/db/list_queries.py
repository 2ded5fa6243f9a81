"""List queries behind the contacts and organisations tables, and the choice lists of their filters (no Qt).

A list is described by a small filter object; it builds one ``SELECT`` with the ORDER BY in
SQL (a stable tie-breaker on ``id`` last), which the Qt models page through with
:func:`kidesk.db.queries.page`. :meth:`position` finds where a record sits in the current
order (a ``row_number()`` window), so a jump from the global search fetches just enough
pages to show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from kidesk.db.collation import sortable
from kidesk.db.models import Affiliation, Contact, NetworkMembership, Organisation, Volunteer
from kidesk.db.search import matching_ids



def _primary_organisation_name():
    """The contact's primary (else alphabetically first) organisation's name."""
    return (
        select(Organisation.name)
        .join(Affiliation, Affiliation.organisation_id == Organisation.id)
        .where(Affiliation.contact_id == Contact.id)
        .order_by(Affiliation.is_primary.desc(), Organisation.name)
        .limit(1)
        .correlate(Contact)
        .scalar_subquery()
    )


# Column keys of the contacts list, in display order.
CONTACT_COLUMNS = ("last_name", "first_name", "organisation", "function", "city", "email", "phone")


@dataclass(frozen=True)
class ContactListQuery:
    search_text: str = ""
    organisation_id: int | None = None
    city: str | None = None
    staff_only: bool = False
    volunteers_only: bool = False
    sort_column: str = "last_name"
    descending: bool = False

    def _columns(self):
        organisation = _primary_organisation_name().label("organisation")
        is_volunteer = exists().where(Volunteer.contact_id == Contact.id).label("is_volunteer")
        return (
            Contact.id,
            Contact.last_name,
            Contact.first_name,
            organisation,
            Contact.function,
            Contact.city,
            Contact.email,
            Contact.phone,
            Contact.is_staff,
            is_volunteer,
        )

    def _where(self, stmt: Select) -> Select:
        if self.search_text.strip():
            ids = matching_ids(self.search_text, "contact")
            if ids is not None:
                stmt = stmt.where(Contact.id.in_(ids))
        if self.organisation_id is not None:
            stmt = stmt.where(
                exists().where(Affiliation.contact_id == Contact.id, Affiliation.organisation_id == self.organisation_id)
            )
        if self.city:
            stmt = stmt.where(Contact.city == self.city)
        if self.staff_only:
            stmt = stmt.where(Contact.is_staff.is_(True))
        if self.volunteers_only:
            stmt = stmt.where(exists().where(Volunteer.contact_id == Contact.id))
        return stmt

    def _order(self):
        keys = {
            "last_name": [sortable(Contact.last_name), sortable(Contact.first_name)],
            "first_name": [sortable(Contact.first_name), sortable(Contact.last_name)],
            "organisation": [sortable(_primary_organisation_name()), sortable(Contact.last_name)],
            "function": [sortable(Contact.function), sortable(Contact.last_name)],
            "city": [sortable(Contact.city), sortable(Contact.last_name)],
            "email": [sortable(Contact.email)],
            "phone": [Contact.phone],
        }[self.sort_column]
        keys = [k.desc() if self.descending else k.asc() for k in keys]
        return [*keys, Contact.id.desc() if self.descending else Contact.id.asc()]

    def statement(self) -> Select:
        return self._where(select(*self._columns())).order_by(*self._order())

    def count_statement(self) -> Select:
        return self._where(select(func.count(Contact.id)))

    def position(self, session: Session, contact_id: int) -> int | None:
        """0-based row of ``contact_id`` in this list, or None if the filters hide it."""
        numbered = self._where(
            select(Contact.id, func.row_number().over(order_by=self._order()).label("rn"))
        ).subquery()
        rn = session.execute(select(numbered.c.rn).where(numbered.c.id == contact_id)).scalar()
        return None if rn is None else int(rn) - 1


ORGANISATION_COLUMNS = ("name", "short_name", "kind", "city", "parent", "people")


@dataclass(frozen=True)
class OrganisationListQuery:
    search_text: str = ""
    kind: str | None = None
    network_id: int | None = None
    city: str | None = None
    sort_column: str = "name"
    descending: bool = False

    def _parent_name(self):
        parent = Organisation.__table__.alias("parent_org")
        return (
            select(parent.c.name).where(parent.c.id == Organisation.parent_id).correlate(Organisation).scalar_subquery()
        )

    def _people(self):
        return (
            select(func.count(Affiliation.id))
            .where(Affiliation.organisation_id == Organisation.id)
            .correlate(Organisation)
            .scalar_subquery()
        )

    def _where(self, stmt: Select) -> Select:
        if self.search_text.strip():
            ids = matching_ids(self.search_text, "organisation")
            if ids is not None:
                stmt = stmt.where(Organisation.id.in_(ids))
        if self.kind:
            stmt = stmt.where(Organisation.kind == self.kind)
        if self.city:
            stmt = stmt.where(Organisation.city == self.city)
        if self.network_id is not None:
            stmt = stmt.where(
                exists().where(
                    NetworkMembership.organisation_id == Organisation.id,
                    NetworkMembership.network_id == self.network_id,
                )
            )
        return stmt

    def _order(self):
        keys = {
            "name": [sortable(Organisation.name)],
            "short_name": [sortable(Organisation.short_name), sortable(Organisation.name)],
            "kind": [Organisation.kind, sortable(Organisation.name)],
            "city": [sortable(Organisation.city), sortable(Organisation.name)],
            "parent": [sortable(self._parent_name()), sortable(Organisation.name)],
            "people": [self._people(), sortable(Organisation.name)],
        }[self.sort_column]
        keys = [k.desc() if self.descending else k.asc() for k in keys]
        return [*keys, Organisation.id.desc() if self.descending else Organisation.id.asc()]

    def statement(self) -> Select:
        return self._where(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.short_name,
                Organisation.kind,
                Organisation.city,
                self._parent_name().label("parent"),
                self._people().label("people"),
            )
        ).order_by(*self._order())

    def count_statement(self) -> Select:
        return self._where(select(func.count(Organisation.id)))

    def position(self, session: Session, organisation_id: int) -> int | None:
        numbered = self._where(
            select(Organisation.id, func.row_number().over(order_by=self._order()).label("rn"))
        ).subquery()
        rn = session.execute(select(numbered.c.rn).where(numbered.c.id == organisation_id)).scalar()
        return None if rn is None else int(rn) - 1


def contact_cities(session: Session) -> list[str]:
    """Distinct towns of contacts, for the filter box."""
    rows = session.execute(
        select(Contact.city).where(Contact.city.is_not(None), Contact.city != "").distinct().order_by(sortable(Contact.city))
    )
    return [r[0] for r in rows]



def organisation_choices(session: Session) -> list[tuple[int, str]]:
    """``(id, name)`` of every organisation, for choice boxes (names only, small)."""
    return [tuple(r) for r in session.execute(select(Organisation.id, Organisation.name).order_by(sortable(Organisation.name)))]


def staff_choices(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Contact.id, Contact.last_name, Contact.first_name)
        .where(Contact.is_staff.is_(True))
        .order_by(sortable(Contact.last_name), sortable(Contact.first_name))
    )
    return [(i, f"{last}, {first}" if first else last) for i, last, first in rows]


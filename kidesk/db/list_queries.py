"""List queries behind the contacts and organisations tables, and the choice lists of their filters (no Qt).

A list is described by a small, plain filter object (:class:`ContactListQuery`,
:class:`OrganisationListQuery`: values only, no SQL). The functions here turn it into one
``SELECT`` with the ORDER BY in SQL (a stable tie-breaker on ``id`` last), return one page
of it as plain row dataclasses (:class:`ContactRow`, :class:`OrganisationRow`), count it,
and find where a record sits in the current order (a ``row_number()`` window), so a jump
from the global search fetches just enough pages to show it. The services
(:mod:`kidesk.services.contacts`, :mod:`kidesk.services.organisations`) wrap them in a
session for the UI.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, case, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from kidesk.db.collation import sortable
from kidesk.db.models import Affiliation, Contact, NetworkMembership, Organisation, Volunteer
from kidesk.db.search import matching_ids


def _primary_organisation_name(today: dt.date | None = None, *, sort_key: bool = False) -> Any:
    """The contact's primary organisation's name (its stored sort key with ``sort_key``), by the
    rule of :mod:`kidesk.domain.affiliations`: current affiliations (no end, or an end not yet
    passed) first, then the one marked primary, then the one entered first (lowest id)."""
    today = today or dt.date.today()
    current = or_(Affiliation.valid_to.is_(None), Affiliation.valid_to >= today)
    return (
        select(Organisation.name_sort if sort_key else Organisation.name)
        .join(Affiliation, Affiliation.organisation_id == Organisation.id)
        .where(Affiliation.contact_id == Contact.id)
        .order_by(case((current, 0), else_=1), Affiliation.is_primary.desc(), Affiliation.id)
        .limit(1)
        .correlate(Contact)
        .scalar_subquery()
    )


# Column keys of the contacts list, in display order.
CONTACT_COLUMNS = ("last_name", "first_name", "organisation", "function", "city", "email", "phone")


@dataclass(frozen=True)
class ContactListQuery:
    """What the contacts list shows: filters and order (plain values)."""

    search_text: str = ""
    organisation_id: int | None = None
    city: str | None = None
    staff_only: bool = False
    volunteers_only: bool = False
    sort_column: str = "last_name"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One line of the contacts list. Slots, and the texts that repeat from row to row (town,
    organisation, function) shared per page: a list scrolled to its end holds every row
    (issue 16: memory after scrolling 100 000 contacts)."""

    id: int
    last_name: str
    first_name: str
    organisation: str | None
    function: str | None
    city: str | None
    email: str | None
    phone: str | None
    is_staff: bool
    is_volunteer: bool


def _contact_where(query: ContactListQuery, stmt: Select) -> Select:
    if query.search_text.strip():
        ids = matching_ids(query.search_text, "contact")
        if ids is not None:
            stmt = stmt.where(Contact.id.in_(ids))
    if query.organisation_id is not None:
        stmt = stmt.where(
            exists().where(Affiliation.contact_id == Contact.id, Affiliation.organisation_id == query.organisation_id)
        )
    if query.city:
        stmt = stmt.where(Contact.city == query.city)
    if query.staff_only:
        stmt = stmt.where(Contact.is_staff.is_(True))
    if query.volunteers_only:
        stmt = stmt.where(exists().where(Volunteer.contact_id == Contact.id))
    return stmt


def _contact_order(query: ContactListQuery) -> list:
    choices: dict[str, list[Any]] = {
        "last_name": [sortable(Contact.last_name), sortable(Contact.first_name)],
        "first_name": [sortable(Contact.first_name), sortable(Contact.last_name)],
        "organisation": [_primary_organisation_name(sort_key=True), sortable(Contact.last_name)],
        "function": [sortable(Contact.function), sortable(Contact.last_name)],
        "city": [sortable(Contact.city), sortable(Contact.last_name)],
        "email": [sortable(Contact.email)],
        "phone": [Contact.phone],
    }
    keys = choices[query.sort_column]
    ordered: list[Any] = [k.desc() if query.descending else k.asc() for k in keys]
    return [*ordered, Contact.id.desc() if query.descending else Contact.id.asc()]


def _contact_columns(today: dt.date | None = None) -> Select:
    return select(
        Contact.id,
        Contact.last_name,
        Contact.first_name,
        _primary_organisation_name(today).label("organisation"),
        Contact.function,
        Contact.city,
        Contact.email,
        Contact.phone,
        Contact.is_staff,
        exists().where(Volunteer.contact_id == Contact.id).label("is_volunteer"),
    )


def contact_statement(query: ContactListQuery) -> Select:
    """The whole list as one SELECT (columns in :class:`ContactRow` order)."""
    return _contact_where(query, _contact_columns()).order_by(*_contact_order(query))


@functools.lru_cache(maxsize=64)
def _contact_page_statements(query: ContactListQuery, today: dt.date) -> tuple[Select, Any]:
    """The ids-in-order statement and the page's columns of one list (built once per filter and
    order, not per page: building the expressions cost more than running them, issue 16)."""
    ids = _contact_where(query, select(Contact.id)).order_by(*_contact_order(query))
    columns = _contact_columns().where(Contact.id.in_(bindparam("page_ids", expanding=True)))
    return ids, columns


def _plain(query: ContactListQuery) -> bool:
    """A list without typed text (search, town): its SQL holds no value a person typed, so it can
    be rendered once as SQL text with its few values (ids, today's date) written in."""
    return not query.search_text.strip() and not query.city


@functools.lru_cache(maxsize=64)
def _sqlite_texts(query: ContactListQuery, today: dt.date) -> tuple[str, str, str]:
    """The count, ids-in-order and page-columns statements of a :func:`_plain` list as SQLite SQL
    text, rendered from the same statements as the portable path (one rule, one place): the page
    ids go in as one JSON parameter (``json_each``), offset and limit as two. On the DB-API cursor
    a page costs about what the bare SELECT costs; SQLAlchemy's execution and result handling
    were most of a page (issue 16: first page 11x the bare SELECT at 10 000 contacts)."""
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()

    def text(stmt: Select) -> str:
        return str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))

    ids_stmt, _columns = _contact_page_statements(query, today)
    page_ids: Select[Any] = select(literal_column("value")).select_from(func.json_each(literal_column("?")))
    columns = _contact_columns(today).where(Contact.id.in_(page_ids))
    count = _contact_where(query, select(func.count()).select_from(Contact))
    return text(count), text(ids_stmt) + " LIMIT ? OFFSET ?", text(columns)


def _driver_rows(session: Session, sql: str, parameters: tuple) -> list[Any]:
    """``sql`` on the DB-API cursor of the session's connection (still waits visibly for a lock)."""
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, parameters).fetchall()
    finally:
        cursor.close()


def _fast(session: Session, query: ContactListQuery) -> bool:
    return _plain(query) and session.get_bind().dialect.name == "sqlite"


def contact_page(session: Session, query: ContactListQuery, offset: int, limit: int) -> list[ContactRow]:
    """One page of the list. The sort walks the stored sort-key index (:mod:`kidesk.db.collation`)
    over the ids alone (a "deferred join"): the organisation and volunteer columns are looked up
    for the page's rows only, not for every contact the sort passes (at 100 000 contacts that
    was most of the time of a page). Both statements run on the session's connection as Core
    statements (no ORM result processing for plain rows)."""
    today = dt.date.today()
    if _fast(session, query):
        _count, ids_sql, columns_sql = _sqlite_texts(query, today)
        ids = [r[0] for r in _driver_rows(session, ids_sql, (limit, offset))]
        if not ids:
            return []
        by_id = {r[0]: r for r in _driver_rows(session, columns_sql, (json.dumps(ids),))}
    else:
        ids_stmt, columns = _contact_page_statements(query, today)
        connection = session.connection()
        ids = list(connection.execute(ids_stmt.offset(offset).limit(limit)).scalars().all())
        if not ids:
            return []
        by_id = {r[0]: r for r in connection.execute(columns, {"page_ids": ids}).all()}
    rows = [by_id[i] for i in ids if i in by_id]
    shared: dict[str, str] = {}

    def one(text: str | None) -> str | None:
        return None if text is None else shared.setdefault(text, text)

    return [
        ContactRow(
            id=r[0],
            last_name=r[1],
            first_name=r[2],
            organisation=one(r[3]),
            function=one(r[4]),
            city=one(r[5]),
            email=r[6],
            phone=r[7],
            is_staff=bool(r[8]),
            is_volunteer=bool(r[9]),
        )
        for r in rows
    ]


def contact_count(session: Session, query: ContactListQuery) -> int:
    # count(*), not count(id): SQLite counts a table without reading its rows only for count(*)
    if _fast(session, query):
        return int(_driver_rows(session, _sqlite_texts(query, dt.date.today())[0], ())[0][0])
    return session.connection().execute(_contact_where(query, select(func.count()).select_from(Contact))).scalar_one()


def contact_position(session: Session, query: ContactListQuery, contact_id: int) -> int | None:
    """0-based row of ``contact_id`` in this list, or None if the filters hide it."""
    numbered = _contact_where(
        query, select(Contact.id, func.row_number().over(order_by=_contact_order(query)).label("rn"))
    ).subquery()
    rn = session.execute(select(numbered.c.rn).where(numbered.c.id == contact_id)).scalar()
    return None if rn is None else int(rn) - 1


ORGANISATION_COLUMNS = ("name", "short_name", "kind", "city", "parent", "people")


@dataclass(frozen=True)
class OrganisationListQuery:
    """What the organisations list shows: filters and order (plain values)."""

    search_text: str = ""
    kind: str | None = None
    network_id: int | None = None
    include_former_members: bool = False  # the network filter: organisations that left too
    include_archived: bool = False  # archived organisations (issue 19) only on request
    city: str | None = None
    sort_column: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class OrganisationRow:
    """One line of the organisations list."""

    id: int
    name: str
    short_name: str | None
    kind: str
    city: str | None
    parent: str | None
    people: int
    archived: bool = False


def _parent_name(*, sort_key: bool = False) -> Any:
    parent = Organisation.__table__.alias("parent_org")
    return (
        select(parent.c.name_sort if sort_key else parent.c.name)
        .where(parent.c.id == Organisation.parent_id)
        .correlate(Organisation)
        .scalar_subquery()
    )


def _people():
    return (
        select(func.count(Affiliation.id))
        .where(Affiliation.organisation_id == Organisation.id)
        .correlate(Organisation)
        .scalar_subquery()
    )


def _organisation_where(query: OrganisationListQuery, stmt: Select) -> Select:
    if query.search_text.strip():
        ids = matching_ids(query.search_text, "organisation")
        if ids is not None:
            stmt = stmt.where(Organisation.id.in_(ids))
    if not query.include_archived:
        stmt = stmt.where(Organisation.archived_on.is_(None))
    if query.kind:
        stmt = stmt.where(Organisation.kind == query.kind)
    if query.city:
        stmt = stmt.where(Organisation.city == query.city)
    if query.network_id is not None:
        stmt = stmt.where(
            exists().where(
                NetworkMembership.organisation_id == Organisation.id,
                NetworkMembership.network_id == query.network_id,
                *(() if query.include_former_members else (current_membership(),)),
            )
        )
    return stmt


def current_membership(on: dt.date | None = None) -> Any:
    """A membership that has not ended by ``on`` (today): the one rule of "member of a network"."""
    return or_(NetworkMembership.left_on.is_(None), NetworkMembership.left_on >= (on or dt.date.today()))


def _organisation_order(query: OrganisationListQuery) -> list:
    choices: dict[str, list[Any]] = {
        "name": [sortable(Organisation.name)],
        "short_name": [sortable(Organisation.short_name), sortable(Organisation.name)],
        "kind": [Organisation.kind, sortable(Organisation.name)],
        "city": [sortable(Organisation.city), sortable(Organisation.name)],
        "parent": [_parent_name(sort_key=True), sortable(Organisation.name)],
        "people": [_people(), sortable(Organisation.name)],
    }
    keys = choices[query.sort_column]
    ordered: list[Any] = [k.desc() if query.descending else k.asc() for k in keys]
    return [*ordered, Organisation.id.desc() if query.descending else Organisation.id.asc()]


def organisation_statement(query: OrganisationListQuery) -> Select:
    return _organisation_where(
        query,
        select(
            Organisation.id,
            Organisation.name,
            Organisation.short_name,
            Organisation.kind,
            Organisation.city,
            _parent_name().label("parent"),
            _people().label("people"),
            Organisation.archived_on,
        ),
    ).order_by(*_organisation_order(query))


def organisation_page(session: Session, query: OrganisationListQuery, offset: int, limit: int) -> list[OrganisationRow]:
    rows = session.execute(organisation_statement(query).offset(offset).limit(limit))
    return [
        OrganisationRow(
            id=r[0],
            name=r[1],
            short_name=r[2],
            kind=r[3],
            city=r[4],
            parent=r[5],
            people=int(r[6] or 0),
            archived=r[7] is not None,
        )
        for r in rows
    ]


def organisation_count(session: Session, query: OrganisationListQuery) -> int:
    return session.execute(_organisation_where(query, select(func.count(Organisation.id)))).scalar_one()


def organisation_position(session: Session, query: OrganisationListQuery, organisation_id: int) -> int | None:
    numbered = _organisation_where(
        query, select(Organisation.id, func.row_number().over(order_by=_organisation_order(query)).label("rn"))
    ).subquery()
    rn = session.execute(select(numbered.c.rn).where(numbered.c.id == organisation_id)).scalar()
    return None if rn is None else int(rn) - 1


def contact_cities(session: Session) -> list[str]:
    """Distinct towns of contacts, for the filter box."""
    key = sortable(Contact.city)
    rows = session.execute(
        select(Contact.city, key).where(Contact.city.is_not(None), Contact.city != "").distinct().order_by(key)
    )
    return [r[0] or "" for r in rows]


def organisation_choices(session: Session, *, include_archived: bool = False) -> list[tuple[int, str]]:
    """``(id, name)`` of the organisations in use (archived ones on request), for choice boxes."""
    stmt = select(Organisation.id, Organisation.name).order_by(sortable(Organisation.name))
    if not include_archived:
        stmt = stmt.where(Organisation.archived_on.is_(None))
    return [(r.id, r.name) for r in session.execute(stmt)]


def staff_choices(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Contact.id, Contact.last_name, Contact.first_name)
        .where(Contact.is_staff.is_(True))
        .order_by(sortable(Contact.last_name), sortable(Contact.first_name))
    )
    return [(i, f"{last}, {first}" if first else last) for i, last, first in rows]

"""The consent rule of :mod:`kidesk.domain.consent` as SQL, built from the same field names.

:func:`consent_clause` turns "purpose ticked and consent date recorded" into a WHERE clause
on :class:`~kidesk.db.models.Volunteer`; exports to partner organisations filter with it.
``tests/services/test_volunteer_consent.py`` checks on the demo database that the clause
and the Python rule agree for every volunteer.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, not_, select
from sqlalchemy.orm import Session

from kidesk.db.database import Database
from kidesk.db.models import Volunteer
from kidesk.domain.consent import (
    CONSENT_DATE_FIELD,
    PHOTOS_FIELD,
    SHARE_WITH_PARTNERS_FIELD,
    may_share_with_partners,
    photo_consent_missing,
)

__all__ = [
    "consent_clause",
    "may_share_clause",
    "may_share_with_partners",
    "photo_consent_missing",
    "shareable_contact_ids",
    "shareable_volunteer_ids",
]


def consent_clause(purpose_field: str) -> ColumnElement[bool]:
    """SQL for :func:`kidesk.domain.consent.has_consent` on ``Volunteer``."""
    return and_(getattr(Volunteer, purpose_field).is_(True), getattr(Volunteer, CONSENT_DATE_FIELD).is_not(None))


def may_share_clause() -> ColumnElement[bool]:
    return consent_clause(SHARE_WITH_PARTNERS_FIELD)


def photo_consent_clause() -> ColumnElement[bool]:
    return consent_clause(PHOTOS_FIELD)


def shareable_contact_ids_in(session: Session, contact_ids: Iterable[int]) -> list[int]:
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return []
    blocked = set(
        session.scalars(select(Volunteer.contact_id).where(Volunteer.contact_id.in_(ids), not_(may_share_clause())))
    )
    return [i for i in ids if i not in blocked]


def shareable_contact_ids(db: Database, contact_ids: Iterable[int]) -> list[int]:
    """``contact_ids`` without volunteers who did not consent to passing on their details.

    Exports to partner organisations call this before writing anything; order is kept.
    """
    with db.session() as session:
        return shareable_contact_ids_in(session, contact_ids)


def shareable_volunteer_ids(db: Database) -> set[int]:
    """Ids of the volunteers whose details may go to partners (the SQL side of the rule)."""
    with db.session() as session:
        return set(session.scalars(select(Volunteer.id).where(may_share_clause())))

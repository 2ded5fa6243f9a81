"""Which of a person's organisations counts: one rule for lists, letters, badges and exports.

The rule: among the *current* affiliations (no end date, or one not yet passed) — or all of them
when none is current — the one marked primary, else the one entered first (lowest id). The SQL
form used to sort the contacts list is built from the same rule in
``kidesk.db.list_queries``; ``tests/domain`` checks the two agree on the demo database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Named(Protocol):
    @property
    def name(self) -> str: ...


class AffiliationLike(Protocol):
    """What the rule reads of an affiliation (an ORM row or a plain dataclass)."""

    @property
    def id(self) -> int | None: ...
    @property
    def is_primary(self) -> bool: ...
    @property
    def valid_to(self) -> dt.date | None: ...


A = TypeVar("A", bound=AffiliationLike)


def is_current(affiliation: AffiliationLike, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return affiliation.valid_to is None or affiliation.valid_to >= today


def primary_affiliation[A: AffiliationLike](affiliations: Iterable[A], today: dt.date | None = None) -> A | None:
    """The affiliation that stands for the person's organisation, or ``None`` if there is none."""
    pool = list(affiliations)
    current = [a for a in pool if is_current(a, today)]
    candidates = current or pool
    if not candidates:
        return None
    return min(candidates, key=lambda a: (not a.is_primary, a.id if a.id is not None else 1 << 62))


def primary_organisation_name(affiliations: Iterable[AffiliationLike], today: dt.date | None = None) -> str:
    """The name of the primary affiliation's organisation, or ``""``.

    The affiliation must have an ``organisation`` with a ``name`` (ORM rows and the services'
    dataclasses both do).
    """
    chosen = primary_affiliation(affiliations, today)
    if chosen is None:
        return ""
    organisation: _Named | None = getattr(chosen, "organisation", None)
    return organisation.name if organisation is not None else ""

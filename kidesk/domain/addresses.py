"""Whether and where a letter reaches a person: one rule for letters, labels and invite lists.

A person is reachable by post at their own street and town, or else at those of their primary
organisation (:mod:`kidesk.domain.affiliations`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kidesk.domain.affiliations import primary_affiliation


def _filled(value: str | None) -> bool:
    return bool(value and value.strip())


def has_postal_address(contact: Any, today: dt.date | None = None) -> bool:
    """``contact`` has ``street``, ``city`` and ``affiliations`` (each with an ``organisation``)."""
    if _filled(contact.street) and _filled(contact.city):
        return True
    affiliation = primary_affiliation(contact.affiliations, today)
    if affiliation is None:
        return False
    organisation = affiliation.organisation
    return _filled(organisation.street) and _filled(organisation.city)

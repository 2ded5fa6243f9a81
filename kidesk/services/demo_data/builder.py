"""The generator: builds the demo set in memory from one seeded rng, in a fixed order, and
writes it in one transaction (see the package docstring for what it holds).

The work is split by job: :mod:`.base` (seed, shared state, small helpers), :mod:`.people`
(organisations, network, people), :mod:`.events` (events, participations, hours).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from kidesk.db import settings
from kidesk.db.database import Database, open_database
from kidesk.db.models import Contact
from kidesk.errors import UserError
from kidesk.services.demo_data.base import (
    POLICE_CERTIFICATE_DUE_SOON_DAYS,
    POLICE_CERTIFICATE_VALID_YEARS,
    SEED,
    police_certificate_due,
)
from kidesk.services.demo_data.events import EventsBuilder
from kidesk.services.demo_data.people import PeopleBuilder

__all__ = [
    "POLICE_CERTIFICATE_DUE_SOON_DAYS",
    "POLICE_CERTIFICATE_VALID_YEARS",
    "SEED",
    "DemoDataPresent",
    "ensure_demo_database",
    "fill_demo_data",
    "police_certificate_due",
]


class DemoDataPresent(UserError):
    """The target database already holds contacts: the demo set is only for an empty one."""


class _Builder(PeopleBuilder, EventsBuilder):
    """Builds all objects in memory, in a fixed order, from one seeded rng."""

    def build(self) -> dict[str, int]:
        self.organisations()
        self.network()
        self.own_staff()
        self.partners()
        self.volunteers_()
        guests_needed = 200 - len(self.contacts)
        self.guests_(guests_needed)
        self.qualification_series()
        self.thank_you()
        self.network_meetings()
        self.volunteer_hours()
        self.session.flush()
        settings.put(self.session, settings.OWN_ORGANISATION_ID, self.orgs["ki"].id)
        settings.put(self.session, settings.LETTER_SENDER_CONTACT_ID, self.ki_staff[0].id)
        return {
            "Organisationen": len(self.orgs),
            "Kontakte": len(self.contacts),
            "Ehrenamtliche": len(self.volunteers),
            "Netzwerke": 1,
            "Veranstaltungen": len(self.events),
            "Teilnahmen": len(self.participations),
            "Ehrenamtsstunden-Einträge": len(self.hours),
        }


def fill_demo_data(db: Database, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty database with the demo set, in one transaction; return counts by German label.

    ``today`` anchors every relative date (due certificates, upcoming modules); the same
    ``today`` always gives the same data. A database that already holds contacts is refused.
    """
    today = today or dt.date.today()
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Contact)):
            raise DemoDataPresent(
                f"Die Datenbank {db.location} enthält schon Kontakte; Demo-Daten kommen nur in eine leere "
                "Datenbank. Bitte eine neue Datei angeben, z. B. kidesk --db demo.sqlite demo."
            )
        return _Builder(session, today).build()


def ensure_demo_database(path: Path, today: dt.date | None = None) -> Database:
    """Open (or create) the demo database at ``path``; fill it on first use only.

    Only ``path`` is touched — never the user's own database.
    """
    db = open_database(path, create=True)
    with db.session() as session:
        empty = not session.scalar(select(func.count()).select_from(Contact))
    if empty:
        try:
            fill_demo_data(db, today)
        except BaseException:
            db.dispose()
            raise
    return db

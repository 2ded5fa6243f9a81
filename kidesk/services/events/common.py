"""What every part of the events service shares: status groups, name folding, small helpers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kidesk.db import queries
from kidesk.db.collation import sort_key
from kidesk.db.models import Event
from kidesk.errors import UserError

#: statuses that count as "on the list and still coming"
OPEN_STATUSES = ("invited", "registered", "waitlisted")
#: statuses a person can be checked in from without a question
CHECKIN_STATUSES = ("invited", "registered", "waitlisted", "no_show", "attended")
#: statuses that take a seat (for guests)
SEATED_STATUSES = ("registered", "attended")

DEFAULT_DUPLICATE_SHIFT = dt.timedelta(days=7)


class AmbiguousName(UserError):
    """A name typed for check-in fits more than one person."""


def fold_name(value: str) -> str:
    """Case- and accent-insensitive form of a name ("Yılmaz" → "yilmaz", "Müller" → "muller")."""
    return sort_key(value).strip()


def clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def get_event(session: Session, event_id: int) -> Event:
    return queries.get_or_raise(session, Event, event_id, "Eine Veranstaltung")


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)

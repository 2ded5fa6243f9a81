"""The status workflow of one person on an event's list, with capacity and the waiting list.

**Capacity** counts *guests* that are registered or attended; speakers and helpers do not take
a seat. Registering a guest beyond capacity puts them on the waiting list (``waitlisted``).
When a registered guest declines or cancels, the longest-waiting person on the list moves up
to ``registered`` (the caller is told who).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kidesk.db import queries, vocab
from kidesk.db.database import Database
from kidesk.db.models import Participation
from kidesk.errors import ValidationError
from kidesk.services.events.common import SEATED_STATUSES, now
from kidesk.services.events.counts import _seats_in_use


@dataclass(frozen=True)
class StatusChange:
    status: str  # the status actually set (may be "waitlisted" instead of "registered")
    promoted_contact_id: int | None = None  # who moved up from the waiting list
    promoted_name: str | None = None


def _set_status(session: Session, p: Participation, status: str, note: str | None, when: dt.datetime) -> StatusChange:
    if status not in vocab.PARTICIPATION_STATUSES:
        raise ValidationError(f"Unbekannter Teilnahmestatus: {status}", field="status")
    event = p.event
    was_seated = p.role == "guest" and p.status in SEATED_STATUSES
    actual = status
    if (
        status == "registered"
        and p.role == "guest"
        and not was_seated
        and event.capacity is not None
        and _seats_in_use(session, event.id, excluding=p.id) >= event.capacity
    ):
        actual = "waitlisted"
        note = note or f"ausgebucht ({event.capacity} Plätze)"
    queries.set_participation_status(p, actual, when=when, note=note)
    session.flush()
    promoted = None
    if was_seated and actual not in SEATED_STATUSES and event.capacity is not None:
        if _seats_in_use(session, event.id) < event.capacity:
            first = session.scalars(
                select(Participation)
                .where(
                    Participation.event_id == event.id,
                    Participation.status == "waitlisted",
                    Participation.role == "guest",
                )
                .order_by(Participation.updated_at, Participation.id)
            ).first()
            if first is not None:
                queries.set_participation_status(first, "registered", when=when, note="von der Warteliste nachgerückt")
                promoted = first
    return StatusChange(
        actual, promoted.contact_id if promoted else None, promoted.contact.full_name if promoted else None
    )


def set_status(db: Database, participation_id: int, status: str, *, note: str | None = None) -> StatusChange:
    """Change one participant's status (capacity may turn *registered* into *waitlisted*)."""
    with db.session() as session:
        p = queries.get_or_raise(session, Participation, participation_id, "Eine Teilnahme")
        return _set_status(session, p, status, note, now())


def set_status_many(db: Database, participation_ids: Iterable[int], status: str) -> list[StatusChange]:
    """The same status for several participants, in one transaction, in the given order."""
    with db.session() as session:
        when = now()
        return [
            _set_status(
                session, queries.get_or_raise(session, Participation, pid, "Eine Teilnahme"), status, None, when
            )
            for pid in participation_ids
        ]


def status_history(db: Database, participation_id: int) -> list[tuple[str | None, str, dt.datetime, str | None]]:
    with db.session() as session:
        p = queries.get_or_raise(session, Participation, participation_id, "Eine Teilnahme")
        return [(h.from_status, h.to_status, h.changed_at, h.note) for h in p.history]

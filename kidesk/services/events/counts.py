"""How many people one event's list holds: the single count behind every number shown.

**The one counting rule** (issue 14, obs. 10). Every view — the events list, the invite-list
panel, the check-in view, the CLI — shows the same three numbers, read from
:class:`EventCounts`:

* **angemeldet** = :attr:`EventCounts.registered`: participants (role *guest*) registered or
  attended — the seats taken, compared with the capacity;
* **auf der Liste** = :attr:`EventCounts.on_list`: participants on the list in any status;
* **Mitwirkende** = :attr:`EventCounts.contributors`: speakers and helpers, counted apart
  because they take no seat; each view names them separately ("+2 Mitwirkende") instead of
  silently adding or leaving them out.

"anwesend" at the door is :attr:`EventCounts.attended` (participants) with the contributors'
attendance named apart as well.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.db.models import Event, Participation
from kidesk.services.events.common import SEATED_STATUSES, get_event


@dataclass(frozen=True)
class EventCounts:
    """How many people one event's list holds — the single count behind every number shown.

    The events list, the invite-list panel and the check-in view all read these numbers,
    so a person never sees two different counts for one thing. ``per_status`` counts every
    role (guests, speakers, helpers); ``guests_per_status`` only guests, because only
    guests take a seat (``seats_taken`` = guests registered or attended).
    """

    capacity: int | None
    per_status: dict[str, int] = field(default_factory=dict)
    guests_per_status: dict[str, int] = field(default_factory=dict)

    def status(self, code: str, *, guests_only: bool = False) -> int:
        return (self.guests_per_status if guests_only else self.per_status).get(code, 0)

    @property
    def total(self) -> int:
        """Everyone on the list, all roles."""
        return sum(self.per_status.values())

    @property
    def guests(self) -> int:
        """Guests on the list (in any status)."""
        return sum(self.guests_per_status.values())

    @property
    def seats_taken(self) -> int:
        return sum(self.status(s, guests_only=True) for s in SEATED_STATUSES)

    @property
    def registered(self) -> int:
        """ "angemeldet": participants registered or attended (= seats taken)."""
        return self.seats_taken

    @property
    def on_list(self) -> int:
        """ "auf der Liste": participants (guests) in any status."""
        return self.guests

    @property
    def attended(self) -> int:
        """ "anwesend": participants who attended."""
        return self.status("attended", guests_only=True)

    @property
    def contributors(self) -> int:
        """Speakers and helpers on the list (any status): named apart, never in a seat."""
        return self.total - self.guests

    @property
    def contributors_attended(self) -> int:
        return self.status("attended") - self.attended

    @property
    def free_seats(self) -> int | None:
        """Seats still free, or None when the event has no capacity limit."""
        return None if self.capacity is None else max(0, self.capacity - self.seats_taken)


def _counts_by_event(session: Session, event_ids: Sequence[int]) -> dict[int, EventCounts]:
    """The one counting query: participations per event, role and status."""
    if not event_ids:
        return {}
    wanted = set(event_ids)
    few = len(wanted) <= 500  # beyond that, count all and pick (SQLite limits bound parameters)
    cap_stmt = select(Event.id, Event.capacity)
    count_stmt = select(Participation.event_id, Participation.role, Participation.status, func.count()).group_by(
        Participation.event_id, Participation.role, Participation.status
    )
    if few:
        cap_stmt = cap_stmt.where(Event.id.in_(wanted))
        count_stmt = count_stmt.where(Participation.event_id.in_(wanted))
    capacities = {i: c for i, c in session.execute(cap_stmt).all() if i in wanted}
    per_status: dict[int, Counter[str]] = {i: Counter() for i in capacities}
    guests: dict[int, Counter[str]] = {i: Counter() for i in capacities}
    for event_id, role, status, n in session.execute(count_stmt).all():
        if event_id not in wanted:
            continue
        per_status[event_id][status] += n
        if role == "guest":
            guests[event_id][status] += n
    return {i: EventCounts(capacities[i], dict(per_status[i]), dict(guests[i])) for i in capacities}


def event_counts(db: Database, event_id: int) -> EventCounts:
    """The counts of one event (see :class:`EventCounts`)."""
    with db.session() as session:
        get_event(session, event_id)
        return _counts_by_event(session, [event_id])[event_id]


def status_counts(db: Database, event_id: int) -> dict[str, int]:
    """Participants per status (all roles), every status present with 0 if none, plus ``total``."""
    counts = event_counts(db, event_id)
    result = {s: counts.status(s) for s in vocab.PARTICIPATION_STATUSES}
    result["total"] = counts.total
    return result


def _seats_in_use(session: Session, event_id: int, *, excluding: int | None = None) -> int:
    stmt = select(func.count()).where(
        Participation.event_id == event_id,
        Participation.role == "guest",
        Participation.status.in_(SEATED_STATUSES),
    )
    if excluding is not None:
        stmt = stmt.where(Participation.id != excluding)
    return session.execute(stmt).scalar_one()


def free_seats(db: Database, event_id: int) -> int | None:
    """Seats still free, or None when the event has no capacity limit."""
    return event_counts(db, event_id).free_seats

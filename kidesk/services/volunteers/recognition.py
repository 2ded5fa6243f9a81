"""Thanking volunteers: put the active ones on the invite list of a thank-you event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from kidesk.db import queries, vocab
from kidesk.db.collation import sortable
from kidesk.db.database import Database
from kidesk.db.models import Contact, Event, Participation, Volunteer
from kidesk.domain.dates import format_date
from kidesk.errors import ValidationError
from kidesk.services.volunteers.hours import hours_in_year_by_volunteer_in


@dataclass(frozen=True)
class RecognitionResult:
    event_id: int
    added: int
    already_on_list: int
    below_min_hours: int


@dataclass(frozen=True)
class EventChoice:
    id: int
    label: str


def recognition_candidates_in(
    session: Session, *, min_hours: Decimal | int | float | None = None, year: int | None = None
) -> tuple[list[int], int]:
    """Contact ids of active volunteers (with ≥ ``min_hours`` in ``year`` if given), and how many fell short."""
    year = year or dt.date.today().year
    volunteers = session.execute(
        select(Volunteer.id, Volunteer.contact_id)
        .join(Volunteer.contact)
        .where(Volunteer.status == "active")
        .order_by(sortable(Contact.last_name), sortable(Contact.first_name), Volunteer.id)
    ).all()
    if not min_hours:
        return [cid for _vid, cid in volunteers], 0
    threshold = Decimal(str(min_hours))
    totals = hours_in_year_by_volunteer_in(session, year)
    chosen = [cid for vid, cid in volunteers if totals.get(vid, Decimal(0)) >= threshold]
    return chosen, len(volunteers) - len(chosen)


def _min_hours(value: Decimal | int | float | str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        hours = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(f"„{value}“ ist keine Stundenzahl.", field="min_hours") from None
    if not hours.is_finite() or hours < 0:
        raise ValidationError("Die Mindeststunden dürfen nicht negativ sein.", field="min_hours")
    return hours or None


def invite_volunteers_to_thank_you_event(
    db: Database,
    event_id: int,
    *,
    min_hours: Decimal | int | float | str | None = None,
    year: int | None = None,
) -> RecognitionResult:
    """Put all active volunteers (optionally ≥ ``min_hours`` this year) on the event's invite list.

    People already on the list (in any status) are left as they are; the new ones get a
    participation with status "invited" (and its history entry).
    """
    with db.session() as session:
        event = queries.get_or_raise(session, Event, event_id, "Eine Veranstaltung")
        if event.status in ("cancelled", "done"):
            label = vocab.EVENT_STATUS_LABELS[event.status]
            raise ValidationError(f"„{event.title}“ ist {label}: dazu lädt niemand mehr ein.")
        threshold = _min_hours(min_hours)
        candidates, below = recognition_candidates_in(session, min_hours=threshold, year=year)
        present = set(session.scalars(select(Participation.contact_id).where(Participation.event_id == event_id)))
        added = 0
        for contact_id in candidates:
            if contact_id in present:
                continue
            participation = Participation(event_id=event_id, contact_id=contact_id, role="guest")
            session.add(participation)
            queries.set_participation_status(participation, "invited")
            added += 1
        session.flush()
        return RecognitionResult(event_id, added, len(candidates) - added, below)


def thank_you_events(db: Database, *, today: dt.date | None = None) -> list[EventChoice]:
    """Events one can invite to, thank-you events first, then by date."""
    today = today or dt.date.today()
    with db.session() as session:
        rows = session.execute(
            select(Event.id, Event.title, Event.starts_at, Event.kind)
            .where(Event.status.not_in(("cancelled", "done")), Event.starts_at >= dt.datetime.combine(today, dt.time()))
            .order_by((Event.kind != "thank_you"), Event.starts_at, Event.id)
        )
        return [EventChoice(i, f"{title} ({format_date(starts)})") for i, title, starts, _kind in rows]

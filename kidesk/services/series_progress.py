"""Who attended which modules of an event series, and who meets the certificate rule.

The rule lives on :class:`~kidesk.db.models.EventSeries`: ``certificate_min_modules``
modules attended (status ``attended``), or every module of the series when it is NULL.
"Every module" means ``module_count`` when set, else the number of events in the series.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import queries
from kidesk.db.models import Event, EventSeries, Participation


@dataclass(frozen=True)
class AttendedModule:
    event_id: int
    module_number: int | None
    title: str
    date: dt.date


@dataclass
class SeriesProgress:
    """One person's progress in a series (only people with at least one participation)."""

    contact_id: int
    name: str  # "Dr. Ayşe Yılmaz"
    sort_name: str  # "Yılmaz, Ayşe"
    attended: list[AttendedModule] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)  # module numbers not (yet) attended
    required: int = 0
    meets_rule: bool = False

    @property
    def attended_count(self) -> int:
        return len(self.attended)


def series_rule(series: EventSeries, events: list[Event]) -> tuple[int, list[int]]:
    """(modules required for a certificate, all module numbers of the series)."""
    numbers = sorted({e.module_number for e in events if e.module_number})
    total = series.module_count or len(numbers) or len(events)
    if series.module_count:
        numbers = sorted(set(numbers) | set(range(1, series.module_count + 1)))
    required = series.certificate_min_modules or total
    return max(1, required), numbers


def series_progress(session: Session, series_id: int) -> list[SeriesProgress]:
    """Progress of everyone who takes part in series ``series_id``, sorted by name."""
    series = queries.get_or_raise(session, EventSeries, series_id, "Die Veranstaltungsreihe")
    events = list(
        session.scalars(
            select(Event)
            .where(Event.series_id == series_id, Event.status != "cancelled")
            .options(selectinload(Event.participations).selectinload(Participation.contact))
            .order_by(Event.starts_at, Event.id)
        )
    )
    required, numbers = series_rule(series, events)
    people: dict[int, SeriesProgress] = {}
    for event in events:
        for participation in event.participations:
            contact = participation.contact
            progress = people.get(contact.id)
            if progress is None:
                progress = people[contact.id] = SeriesProgress(contact.id, contact.full_name, contact.sort_name)
            if participation.status == "attended":
                progress.attended.append(AttendedModule(event.id, event.module_number, event.title, event.starts_at.date()))
    for progress in people.values():
        attended_numbers = {m.module_number for m in progress.attended if m.module_number}
        progress.missing = [n for n in numbers if n not in attended_numbers]
        progress.required = required
        progress.meets_rule = progress.attended_count >= required
    return sorted(people.values(), key=lambda p: (p.sort_name.casefold(), p.contact_id))

"""Who attended which modules of an event series, and who meets the certificate rule.

The rule lives on :class:`~kidesk.db.models.EventSeries`: ``certificate_min_modules``
distinct modules attended, or every module of the series when it is NULL. A module counts when
the person took part *as a guest* (status ``attended``, role ``guest`` — a staff helper or a
speaker at a module earns no certificate), the event was not cancelled and took place on or
before the day of issue (:func:`counts_for_certificate`, and the same as SQL in
:func:`certificate_attendance`; issue 19: the matrix and the print list disagreed). "Every module" means
``module_count`` when set, else the number of distinct module numbers of its events.
This module is the one place that rule is written; the volunteers' progress view and the
list filter (:mod:`kidesk.services.volunteers`) use :func:`modules_required`, the series
matrix of the events area (:func:`kidesk.services.events.series_matrix`) uses
:func:`series_progress`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, select
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

    @property
    def modules_attended(self) -> int:
        """Distinct numbered modules attended: what the rule counts."""
        return len({m.module_number for m in self.attended if m.module_number})


#: participant roles whose attendance counts towards a certificate
CERTIFICATE_ROLES = ("guest",)


def counts_for_certificate(participation: Participation, event: Event, on: dt.date | None = None) -> bool:
    """Does this participation count as an attended module on day ``on`` (today)?"""
    return (
        participation.status == "attended"
        and participation.role in CERTIFICATE_ROLES
        and event.status != "cancelled"
        and event.starts_at.date() <= (on or dt.date.today())
    )


def certificate_attendance(on: dt.date | None = None) -> list[ColumnElement[bool]]:
    """:func:`counts_for_certificate` as SQL conditions over ``Participation`` joined with ``Event``."""
    day_after = (on or dt.date.today()) + dt.timedelta(days=1)
    return [
        Participation.status == "attended",
        Participation.role.in_(CERTIFICATE_ROLES),
        Event.status != "cancelled",
        Event.starts_at < dt.datetime.combine(day_after, dt.time()),
    ]


def modules_required(series: EventSeries, module_numbers: set[int] | list[int] | tuple[int, ...]) -> int:
    """Modules needed for the certificate: the series' rule, else all of its modules."""
    return max(1, series.certificate_min_modules or series.module_count or len(set(module_numbers)))


def series_rule(series: EventSeries, events: list[Event]) -> tuple[int, list[int]]:
    """(modules required for a certificate, all module numbers of the series)."""
    numbers = {e.module_number for e in events if e.module_number}
    if series.module_count:
        numbers |= set(range(1, series.module_count + 1))
    return modules_required(series, numbers), sorted(numbers)


def series_progress(session: Session, series_id: int, on: dt.date | None = None) -> list[SeriesProgress]:
    """Progress of everyone who takes part in series ``series_id`` as of day ``on``, sorted by name."""
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
            if counts_for_certificate(participation, event, on):
                progress.attended.append(
                    AttendedModule(event.id, event.module_number, event.title, event.starts_at.date())
                )
    for progress in people.values():
        attended_numbers = {m.module_number for m in progress.attended}
        progress.missing = [n for n in numbers if n not in attended_numbers]
        progress.required = required
        progress.meets_rule = progress.modules_attended >= required
    return sorted(people.values(), key=lambda p: (p.sort_name.casefold(), p.contact_id))

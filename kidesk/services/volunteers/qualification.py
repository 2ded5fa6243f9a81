"""Qualification progress of a volunteer across all series.

The print work's ``kidesk.services.series_progress.series_progress(session, series_id)``
is the per-series view (per contact); this is the per-volunteer view across all series.
Both count a module as attended when a participation in the module's event has status
"attended", and both take the certificate rule from
:func:`kidesk.services.series_progress.modules_required`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kidesk.db.database import Database
from kidesk.db.models import Event, EventSeries, Participation
from kidesk.services.series_progress import certificate_attendance, modules_required


@dataclass(frozen=True)
class SeriesProgress:
    series_id: int
    title: str
    modules: tuple[int, ...]  # all module numbers of the series
    attended: tuple[int, ...]
    missing: tuple[int, ...]
    required: int  # modules needed for the certificate
    meets_rule: bool


@dataclass(frozen=True)
class SeriesChoice:
    id: int
    title: str


def series_modules(session: Session, series: EventSeries) -> tuple[int, ...]:
    numbers = set(
        session.scalars(
            select(Event.module_number).where(Event.series_id == series.id, Event.module_number.is_not(None))
        )
    )
    if series.module_count:
        numbers |= set(range(1, series.module_count + 1))
    return tuple(sorted(numbers))


def required_modules(series: EventSeries, modules: Sequence[int]) -> int:
    """Modules needed for the certificate (the rule is written once, in series_progress)."""
    return modules_required(series, tuple(modules))


def _attended_modules_stmt(series_id: int | None = None) -> Select:
    stmt = (
        select(Participation.contact_id, Event.series_id, Event.module_number)
        .join(Event, Event.id == Participation.event_id)
        .where(*certificate_attendance(), Event.module_number.is_not(None))
    )
    if series_id is not None:
        stmt = stmt.where(Event.series_id == series_id)
    return stmt


def qualification_progress_in(session: Session, contact_id: int) -> list[SeriesProgress]:
    attended: dict[int, set[int]] = {}
    for _cid, series_id, number in session.execute(
        _attended_modules_stmt().where(Participation.contact_id == contact_id)
    ):
        attended.setdefault(series_id, set()).add(number)
    result = []
    for series in session.scalars(select(EventSeries).where(EventSeries.id.in_(attended)).order_by(EventSeries.title)):
        modules = series_modules(session, series)
        done = attended[series.id]
        required = required_modules(series, modules)
        result.append(
            SeriesProgress(
                series_id=series.id,
                title=series.title,
                modules=modules,
                attended=tuple(sorted(done)),
                missing=tuple(m for m in modules if m not in done),
                required=required,
                meets_rule=len(done) >= required,
            )
        )
    return result


def qualification_progress(db: Database, contact_id: int) -> list[SeriesProgress]:
    """Per series the contact took part in (attended at least one module): attended, missing, rule met."""
    with db.session() as session:
        return qualification_progress_in(session, contact_id)


def series_choices(db: Database) -> list[SeriesChoice]:
    """Every qualification series by title (for the list filter)."""
    with db.session() as session:
        return [
            SeriesChoice(i, t)
            for i, t in session.execute(select(EventSeries.id, EventSeries.title).order_by(EventSeries.title))
        ]

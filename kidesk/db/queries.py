"""Query functions the UI, the CLI and the services share. No Qt here.

List views page through :func:`page` (LIMIT/OFFSET on an indexed ORDER BY), never loading
every row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kidesk.db import vocab
from kidesk.db.collation import sortable
from kidesk.db.models import (
    Contact,
    Event,
    EventSeries,
    Network,
    Organisation,
    Participation,
    ParticipationStatusChange,
    Volunteer,
)
from kidesk.domain.dates import format_date
from kidesk.errors import NotFound, ValidationError


def page(session: Session, statement: Select, offset: int, limit: int) -> Sequence:
    """One page of a list query (the statement must carry its ORDER BY)."""
    return session.execute(statement.offset(offset).limit(limit)).all()


def count(session: Session, statement: Select) -> int:
    return session.execute(select(func.count()).select_from(statement.order_by(None).subquery())).scalar_one()


def id_name_list(session: Session, what: str) -> list[tuple[int, str]]:
    """``(id, name)`` pairs for ``kidesk list``; stable order."""
    if what == "contacts":
        rows = session.execute(
            select(Contact.id, Contact.last_name, Contact.first_name).order_by(
                sortable(Contact.last_name), sortable(Contact.first_name), Contact.id
            )
        )
        return [(i, f"{last}, {first}" if first else last) for i, last, first in rows]
    if what == "volunteers":
        rows = session.execute(
            select(Volunteer.id, Contact.last_name, Contact.first_name)
            .join(Volunteer.contact)
            .order_by(sortable(Contact.last_name), sortable(Contact.first_name), Volunteer.id)
        )
        return [(i, f"{last}, {first}" if first else last) for i, last, first in rows]
    if what == "organisations":
        return [
            (i, name)
            for i, name in session.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.archived_on.is_(None))  # archived ones are not offered (issue 19)
                .order_by(sortable(Organisation.name))
            )
        ]
    if what == "networks":
        return [(i, name) for i, name in session.execute(select(Network.id, Network.name).order_by(Network.name))]
    if what == "series":
        return [
            (i, title)
            for i, title in session.execute(select(EventSeries.id, EventSeries.title).order_by(EventSeries.title))
        ]
    if what == "events":
        rows = session.execute(select(Event.id, Event.title, Event.starts_at).order_by(Event.starts_at, Event.id))
        return [(row.id, f"{row.title} ({format_date(row.starts_at)})") for row in rows]
    raise ValueError(f"unknown list: {what}")


def get_or_raise[M](session: Session, model: type[M], id_: int, label: str) -> M:
    """``session.get`` or a clear NotFound: ``label`` is the German noun phrase in the
    accusative as the sentence starts ("Den Kontakt", "Die Veranstaltung")."""
    obj = session.get(model, id_)
    if obj is None:
        raise NotFound(f"{label} mit der ID {id_} gibt es nicht (mehr).")
    return obj


_STAMP_FIELD = {
    "invited": "invited_at",
    "registered": "registered_at",
    "attended": "attended_at",
    "declined": "declined_at",
}


def set_participation_status(
    participation: Participation, status: str, *, when: dt.datetime | None = None, note: str | None = None
) -> None:
    """Change the status, stamp its time and append the change to the history."""
    if status not in vocab.PARTICIPATION_STATUSES:
        raise ValidationError(f"Unbekannter Teilnahmestatus: {status}", field="status")
    when = when or dt.datetime.now().replace(microsecond=0)
    if participation.status == status and participation.history:
        return
    previous = participation.status if participation.history else None
    participation.status = status
    stamp = _STAMP_FIELD.get(status)
    if stamp:
        setattr(participation, stamp, when)
    participation.history.append(
        ParticipationStatusChange(from_status=previous, to_status=status, changed_at=when, note=note)
    )

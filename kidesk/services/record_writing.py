"""The steps every edited record (contact, organisation) goes through when it is written (no Qt).

A service keeps what is particular to its kind — the plain data class, validation,
``apply(session, record, data)`` that writes the values (and checks what needs the
database), ``to_data(session, record)`` that reads the record back — and these functions do
the rest the same way for every kind: blanks trimmed, one transaction, the version check,
linked rows (affiliations, network memberships) brought in line with the editor's list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from kidesk.db.database import Database
from kidesk.errors import ValidationError
from kidesk.services.edit_conflicts import RecordChangedElsewhere, StaleDataError, check_version, stale_message

D = TypeVar("D")
Apply = Callable[[Session, Any, Any], None]
ToData = Callable[[Session, Any], D]


def normalise_text_fields(values: dict[str, Any], text_fields: Iterable[str], optional_fields: Iterable[str]) -> None:
    """In place: surrounding blanks removed, empty optional fields ``None``, the country
    code upper case (``DE`` when empty)."""
    optional = set(optional_fields)
    for name in text_fields:
        value = values[name]
        if isinstance(value, str):
            value = value.strip()
        if name in optional and not value:
            value = None
        values[name] = value
    values["country"] = (values["country"] or "DE").upper()


def insert_record[D](db: Database, model: type, data: Any, apply: Apply, to_data: ToData[D]) -> D:
    """Create a ``model`` row from ``data`` in one transaction; return it as stored."""
    with db.session() as session:
        record = model()
        apply(session, record, data)
        session.add(record)
        session.flush()
        return to_data(session, record)


def update_record[D](db: Database, model: type, data: Any, label: str, apply: Apply, to_data: ToData[D]) -> D:
    """Write ``data`` over the row ``data.id`` if nobody changed it since ``data.version``;
    otherwise :class:`RecordChangedElsewhere` (``label`` names the record in the message)."""
    try:
        with db.session() as session:
            record = session.get(model, data.id)
            if record is None:
                raise RecordChangedElsewhere(stale_message(label))
            check_version(record, data.version, label)
            apply(session, record, data)
            session.flush()
            return to_data(session, record)
    except StaleDataError as exc:
        raise RecordChangedElsewhere(stale_message(label)) from exc


def sync_links(
    session: Session,
    links: list,
    link_model: type,
    key: str,
    items: Iterable[Any],
    target_model: type,
    *,
    field: str,
    missing_message: Callable[[Any], str],
) -> list[tuple[Any, Any]]:
    """Make the relationship list ``links`` hold exactly one ``link_model`` row per item.

    Rows and items are matched on the attribute ``key`` (the id of the linked record, e.g.
    ``organisation_id``). Rows without an item are removed, missing ones are added; an item
    whose ``target_model`` row is gone raises :class:`ValidationError` (``field``,
    ``missing_message(item)``). Returns ``(row, item)`` pairs for the caller to fill in.
    """
    existing = {getattr(link, key): link for link in links}
    wanted = {getattr(item, key): item for item in items}
    for target_id, link in existing.items():
        if target_id not in wanted:
            links.remove(link)
    pairs = []
    for target_id, item in wanted.items():
        if session.get(target_model, target_id) is None:
            raise ValidationError(missing_message(item), field=field)
        link = existing.get(target_id)
        if link is None:
            link = link_model(**{key: target_id})
            links.append(link)
        pairs.append((link, item))
    return pairs


def blank_to_none(text: str | None) -> str | None:
    """Trimmed text, or ``None`` when nothing is left."""
    return (text or "").strip() or None

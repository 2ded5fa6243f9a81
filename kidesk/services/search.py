"""The global search: contacts, organisations, events and volunteers in one ranked list (no Qt).

The toolbar's search box and the CLI verb ``kidesk search`` both ask :func:`search_everything`.
Ranking is the full-text index's (:func:`kidesk.db.search.search`: bm25, then whether the
typed word starts the name people look things up by); a contact with a volunteer profile is
followed directly by that profile as a hit of its own, so "Yılmaz" finds the person and the
volunteer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kidesk.db import search as fts
from kidesk.db.database import Database

KINDS = ("contact", "organisation", "event", "volunteer")
DEFAULT_LIMIT = 30


@dataclass(frozen=True)
class GlobalHit:
    kind: str  # "contact" | "organisation" | "event" | "volunteer"
    id: int  # the id of the record of that kind (a volunteer hit: the volunteer's id)
    title: str
    detail: str


def _volunteer_ids(session: Session, contact_ids: list[int]) -> dict[int, int]:
    """:func:`kidesk.db.search.volunteer_ids_by_contact` without building an SQL expression per
    keystroke: the statement is a fixed text and goes straight through the session's connection
    (issue 16: at 10 000 contacts the expression cost 2 ms of a 8 ms keystroke)."""
    if not contact_ids:
        return {}
    marks = ", ".join("?" for _ in contact_ids)
    sql = f"SELECT contact_id, id FROM volunteers WHERE contact_id IN ({marks})"
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # the driver's cursor, as the FTS query before it: SQLAlchemy's execution context was a
        # third of what is left of a keystroke at 10 000 contacts (issue 16)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            return dict(cursor.execute(sql, tuple(contact_ids)).fetchall())
        finally:
            cursor.close()
    # PostgreSQL's driver (psycopg) marks parameters with %s, not ?
    rows = connection.exec_driver_sql(sql.replace("?", "%s"), tuple(contact_ids))
    return {contact_id: volunteer_id for contact_id, volunteer_id in rows}


def search_everything(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[GlobalHit]:
    """Best hits first, at most ``limit``; nothing for text without a searchable word."""
    if not text.strip():
        return []
    with db.session() as session:
        hits = fts.search(session, text, limit=limit)
        volunteers = _volunteer_ids(session, [h.id for h in hits if h.kind == "contact"])
    result: list[GlobalHit] = []
    for hit in hits:
        result.append(GlobalHit(hit.kind, hit.id, hit.title, hit.detail))
        if hit.kind == "contact" and hit.id in volunteers:
            result.append(GlobalHit("volunteer", volunteers[hit.id], hit.title, hit.detail))
    return result[:limit]

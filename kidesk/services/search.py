"""The global search: contacts, organisations, events and volunteers in one ranked list (no Qt).

The toolbar's search box and the CLI verb ``kidesk search`` both ask :func:`search_everything`.
Ranking is the full-text index's (:func:`kidesk.db.search.search`: bm25, then whether the
typed word starts the name people look things up by); a contact with a volunteer profile is
followed directly by that profile as a hit of its own, so "Yılmaz" finds the person and the
volunteer.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def search_everything(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[GlobalHit]:
    """Best hits first, at most ``limit``; nothing for text without a searchable word."""
    if not text.strip():
        return []
    with db.session() as session:
        hits = fts.search(session, text, limit=limit)
        volunteers = fts.volunteer_ids_by_contact(session, [h.id for h in hits if h.kind == "contact"])
    result: list[GlobalHit] = []
    for hit in hits:
        result.append(GlobalHit(hit.kind, hit.id, hit.title, hit.detail))
        if hit.kind == "contact" and hit.id in volunteers:
            result.append(GlobalHit("volunteer", volunteers[hit.id], hit.title, hit.detail))
    return result[:limit]

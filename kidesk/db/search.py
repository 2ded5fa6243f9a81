"""Full-text search (SQLite FTS5) over contacts, organisations and events.

Why one standalone FTS5 table instead of DESIGN.md's external-content index: the text we
want to find a person by is spread over several tables (their organisations' names live
in ``organisations`` via ``affiliations``), and one index lets the global search box rank
people, organisations and events together. The index is small (names and a few fields),
so storing its text twice costs little. It is kept in sync by triggers created in the
migrations, so every writer — ORM, raw SQL, an import — updates it.

Columns: ``label`` (unindexed, the name as written, for display), ``title`` and ``body``
(indexed, folded with :func:`fold`).

Row ids encode what a row is: ``rowid = id * 4 + kind`` (0 contact, 1 organisation,
2 event), which keeps trigger deletes on the rowid (fast) instead of a scan.

Tokenizer ``unicode61 remove_diacritics 2``: "Muller" finds "Müller", "Yilmaz" finds
"Yılmaz"'s dotless ı only through the prefix match on "Y" … so we also fold ı→i on both
sides (:func:`fold`). Each typed word is a prefix: "car her" finds "Caritas … Herford".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from kidesk.db.collation import sort_key
from kidesk.db.models import Volunteer

SEARCH_TABLE = "search_index"
KIND_CODES = {"contact": 0, "organisation": 1, "event": 2}
KIND_BY_CODE = {v: k for k, v in KIND_CODES.items()}

_WORD = re.compile(r"\w+", re.UNICODE)


def is_search_table(name: str) -> bool:
    """The FTS table and its shadow tables (search_index_data, _idx, …)."""
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def fold(value: str) -> str:
    """Letters the unicode61 tokenizer does not fold itself: Turkish dotless ı and İ."""
    return value.replace("ı", "i").replace("İ", "I")


def fts_query(user_text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word a quoted prefix, all required.

    Returns None when nothing searchable is left (only punctuation, say).
    """
    words = _WORD.findall(fold(user_text))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact" | "organisation" | "event"
    id: int
    title: str
    detail: str


def search(
    session: Session, user_text: str, *, kinds: tuple[str, ...] | None = None, limit: int = 50
) -> list[SearchHit]:
    """Best matches first (bm25). ``kinds`` restricts to some of contact/organisation/event."""
    query = fts_query(user_text)
    if query is None:
        return []
    sql = f"SELECT rowid, label, body FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q"
    params: dict[str, object] = {"q": query, "limit": limit}
    if kinds:
        codes = ",".join(str(KIND_CODES[k]) for k in kinds)
        sql += f" AND (rowid % 4) IN ({codes})"
    sql += " ORDER BY rank LIMIT :candidates"
    params["candidates"] = max(limit * 4, 100)
    hits = []
    for rowid, title, body in session.execute(text(sql), params):
        hits.append(SearchHit(KIND_BY_CODE[rowid % 4], rowid // 4, title, " ".join((body or "").split())))
    first_word = _WORD.findall(fold(user_text))[0]
    hits.sort(key=lambda hit: _prominence(hit, first_word))  # stable: bm25 order within each group
    return hits[:limit]


def _prominence(hit: SearchHit, first_word: str) -> int:
    """0 when the typed word starts the name people look things up by (a person's last name,
    an organisation's name or short name, an event's title), 1 when it starts another word of
    the name, 2 when only other fields match. "Ca" thus puts Caritas before Carla Hartmann.
    """
    typed = sort_key(first_word) or ""
    words = [sort_key(w) or "" for w in _WORD.findall(hit.title)]
    if hit.kind == "contact":
        key_words = words[-1:]
    elif hit.kind == "organisation":
        key_words = words[:1] + [sort_key(w) or "" for w in _WORD.findall(hit.detail)[:1]]  # short name leads the body
    else:
        key_words = words[:1]
    if any(w.startswith(typed) for w in key_words):
        return 0
    if any(w.startswith(typed) for w in words):
        return 1
    return 2


def volunteer_ids_by_contact(session: Session, contact_ids: list[int]) -> dict[int, int]:
    """``{contact id: volunteer id}`` for those of ``contact_ids`` that have a volunteer profile."""
    if not contact_ids:
        return {}
    rows = session.execute(select(Volunteer.contact_id, Volunteer.id).where(Volunteer.contact_id.in_(contact_ids)))
    return {contact_id: volunteer_id for contact_id, volunteer_id in rows}


def matching_ids(user_text: str, kind: str) -> Select[tuple[int]] | None:
    """A sub-select of the ids of ``kind`` that match, for filtering a paged list query.

    Returns None when the text holds nothing to search for (then: do not filter).
    """
    query = fts_query(user_text)
    if query is None:
        return None
    code = KIND_CODES[kind]
    return select(text(f"rowid / 4 FROM {SEARCH_TABLE}")).where(
        text(f"{SEARCH_TABLE} MATCH :fts_q AND rowid % 4 = {code}").bindparams(fts_q=query)
    )


def rebuild(session: Session) -> None:
    """Re-create every index row through the triggers (after a bulk load with triggers off, say)."""
    session.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    for table in ("contacts", "organisations", "events"):
        session.execute(text(f"UPDATE {table} SET id = id"))

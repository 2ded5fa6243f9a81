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

Tokenizer ``unicode61 remove_diacritics 2``: it folds case and Latin accents ("Muller" finds
"Müller"), not what the name model (:mod:`kidesk.domain.names`) also unifies. So both sides fold
:data:`SEARCH_FOLD` first — Turkish ı/İ, ß→ss, Cyrillic ё→е, Arabic/Persian ي/ی ك/ک ة/ه أ/إ/آ/ا,
harakat, tatweel — the index in its triggers (migration 0002), the
query in :func:`search_fold`. A name with umlauts is indexed once more with ae/oe/ue, and a typed
umlaut also looks for the transcription: "Mueller" finds Müller and "Müller" finds Mueller.
Bidi and zero-width marks separate words for the tokenizer on both sides. Each typed word is a
prefix: "car her" finds "Caritas … Herford".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from kidesk.db import search_pg
from kidesk.db.models import Volunteer
from kidesk.domain import names

SEARCH_TABLE = "search_index"
KIND_CODES = {"contact": 0, "organisation": 1, "event": 2}
KIND_BY_CODE = {v: k for k, v in KIND_CODES.items()}

_WORD = re.compile(r"\w+", re.UNICODE)


def is_search_table(name: str) -> bool:
    """The FTS table and its shadow tables (search_index_data, _idx, …)."""
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


#: what the triggers fold before indexing (a frozen copy lives in migration 0002; a test keeps them
#: equal). Bidi and zero-width marks need no entry: the tokenizer separates words at them.
SEARCH_FOLD: tuple[tuple[str, str], ...] = (
    ("ı", "i"),
    ("İ", "I"),
    ("ß", "ss"),
    ("ẞ", "SS"),
    ("ё", "е"),
    ("Ё", "Е"),
    ("ي", "ی"),
    ("ى", "ی"),
    ("ئ", "ی"),
    ("ك", "ک"),
    ("ة", "ه"),
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ؤ", "و"),
    *((chr(c), "") for c in range(0x064B, 0x0656)),  # harakat
    ("\u0670", ""),  # superscript alef
    ("\u0640", ""),  # tatweel
)
_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def search_fold(value: str) -> str:
    """Fold typed text as the triggers fold indexed text (:data:`SEARCH_FOLD`)."""
    for old, new in SEARCH_FOLD:
        value = value.replace(old, new)
    return value


def fts_query(user_text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word a quoted prefix, all required;
    a word with umlauts may also match its transcription ("Müller": muller or mueller).

    Returns None when nothing searchable is left (only punctuation, say).
    """
    words = _WORD.findall(search_fold(user_text))
    if not words:
        return None
    terms = []
    for word in words:
        digraph = word.translate(_DIGRAPHS)
        terms.append(f'"{word}"*' if digraph == word else f'("{word}"* OR "{digraph}"*)')
    return " AND ".join(terms)


def _on_server(session: Session) -> bool:
    """The one dispatch point: PostgreSQL is searched by :mod:`kidesk.db.search_pg` (issue 20)."""
    return session.get_bind().dialect.name == "postgresql"


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
    if _on_server(session):
        wanted = tuple(KIND_CODES[k] for k in kinds) if kinds else None
        return _ranked(search_pg.rows(session, user_text, wanted, max(limit * 4, 100)), user_text, limit)
    query = fts_query(user_text)
    if query is None:
        return []
    sql = f"SELECT rowid, label, body FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?"
    if kinds:
        codes = ",".join(str(KIND_CODES[k]) for k in kinds)
        sql += f" AND (rowid % 4) IN ({codes})"
    sql += " ORDER BY rank LIMIT ?"
    # straight to the driver: one statement per keystroke, no SQL expression to compile, no result
    # wrapping (issue 16); still the session's connection, so it waits visibly for a lock like any other
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        rows = cursor.execute(sql, (query, max(limit * 4, 100))).fetchall()
    finally:
        cursor.close()
    return _ranked(rows, user_text, limit)


def _ranked(rows: list[tuple[int, str, str]], user_text: str, limit: int) -> list[SearchHit]:
    """The rows (index rank order, both backends) as hits: by :func:`_prominence` group, rank
    order within each group (what a stable sort by group gives). Stops reading rows once
    ``limit`` hits of the first group are found, and builds hits only for the rows returned
    (issue 16: the per-keystroke Python work was as long as the FTS5 query itself)."""
    typed = _WORD.findall(search_fold(user_text))
    groups: tuple[list[tuple[int, str, str]], ...] = ([], [], [])
    if not typed:
        groups[0].extend(rows)
    else:
        first_word = typed[0]
        for row in rows:
            group = groups[_prominence_of(row[0] % 4, row[1], row[2], first_word)]
            group.append(row)
            if len(groups[0]) >= limit:
                break
    picked = (groups[0] + groups[1] + groups[2])[:limit]
    return [
        SearchHit(KIND_BY_CODE[rowid % 4], rowid // 4, title, " ".join((body or "").split()))
        for rowid, title, body in picked
    ]


@functools.lru_cache(maxsize=1 << 14)
def _variants(word: str) -> tuple[str, ...]:
    """:func:`names.search_variants`, remembered: the same names come back with every keystroke."""
    return tuple(names.search_variants(word))


@functools.lru_cache(maxsize=1 << 16)
def _name_forms(kind: str, title: str, detail_head: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The search forms of the words people look ``title`` up by (a person's last name, an
    organisation's name and short name — ``detail_head``, the first word of its body —, an
    event's first title word) and of every word of ``title``; remembered, because the same
    names come back with every keystroke (issue 16: this was ~1 ms of a 1.5 ms keystroke)."""
    words = [_variants(w) for w in _WORD.findall(title)]
    if kind == "contact":
        key_words = words[-1:]
    elif kind == "organisation":
        key_words = words[:1] + ([_variants(detail_head)] if detail_head else [])
    else:
        key_words = words[:1]
    return (
        tuple(form for forms in key_words for form in forms),
        tuple(form for forms in words for form in forms),
    )


def _prominence(hit: SearchHit, first_word: str) -> int:
    """0 when the typed word starts the name people look things up by (a person's last name,
    an organisation's name or short name, an event's title), 1 when it starts another word of
    the name, 2 when only other fields match. "Ca" thus puts Caritas before Carla Hartmann.
    """
    return _prominence_of(KIND_CODES[hit.kind], hit.title, hit.detail, first_word)


def _prominence_of(code: int, title: str, body: str | None, first_word: str) -> int:
    """:func:`_prominence` on an index row (kind code, label, body) before it becomes a hit."""
    head = ""
    if code == 1 and body:  # an organisation: the short name leads the body
        found = _WORD.search(body)
        head = found.group(0) if found else ""
    return _group(code, title, head, first_word)


@functools.lru_cache(maxsize=1 << 16)
def _group(code: int, title: str, head: str, first_word: str) -> int:
    """The prominence group of one name for one typed word, remembered: typing "Yıl" after "Yı"
    asks again about most of the same names (issue 16)."""
    typed = _variants(first_word)
    key_forms, all_forms = _name_forms(KIND_BY_CODE[code], title, head)
    if any(form.startswith(typed) for form in key_forms):
        return 0
    if any(form.startswith(typed) for form in all_forms):
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
    # one sub-select, compiled to MATCH on SQLite and to @@ on PostgreSQL (issue 20)
    return search_pg.matching_ids(query, user_text, KIND_CODES[kind])


def rebuild(session: Session) -> None:
    """Re-create every index row through the triggers (after a bulk load with triggers off, say)."""
    if _on_server(session):
        search_pg.rebuild(session)
        return
    session.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    for table in ("contacts", "organisations", "events"):
        session.execute(text(f"UPDATE {table} SET id = id"))

"""Full-text search on PostgreSQL: the same index, the same words, the same hits as SQLite's FTS5.

:mod:`kidesk.db.search` dispatches here when the session is bound to PostgreSQL; callers never
choose. The index (migration 0002) is a table ``search_index`` with the same rows as the FTS5
table — ``rowid = id * 4 + kind``, ``label`` shown, ``title``/``body`` folded with
:data:`kidesk.db.search.SEARCH_FOLD` — and a ``tsvector`` column ``document`` under a GIN index,
kept in step by triggers on the same tables and events.

Why no text-search configuration or ``unaccent``: the words must be the words FTS5's
``unicode61 remove_diacritics 2`` tokenizer makes, whatever the server's locale (``lower()``
folds only ASCII on a C-locale database) and whether or not IT installed an extension. So the
migration carries the tokenizer's rules as two tables read off SQLite itself (which characters
separate words; which fold to which, e.g. "É"→"e", "Ş"→"s", "Д"→"д"), applies them with
``translate()``, and puts the words into the tsvector unchanged (``array_to_tsvector``: the
``simple`` semantics, names in every script are words). The typed text is folded here with the
same tables, taken from that migration, and every word becomes a prefix term (``'word':*``); a
word with umlauts may also match its ae/oe/ue transcription, as on SQLite.

Ranking: ``ts_rank`` with the name (weight A) above other fields (B); :mod:`kidesk.db.search` then
applies the same prominence rule as on SQLite (the typed word starting the name first). This module
imports nothing of :mod:`kidesk.db.search` (no import circle): the folding tables, SEARCH_FOLD and
the digraphs come from migration 0002, which built the index they must match.
"""

from __future__ import annotations

import functools
from importlib import import_module
from typing import Any

from sqlalchemy import Select, bindparam, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

SEARCH_TABLE = "search_index"


@functools.cache
def _frozen() -> Any:
    return import_module("kidesk.db.migrations.versions.0002_search_folds_names")


@functools.cache
def _tables() -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """(separators as spaces, separators and folds, umlauts as ae/oe/ue) as str.translate tables."""
    frozen = _frozen()
    spaces = {ord(c): " " for c in frozen.SEPARATORS}
    folds = dict(spaces)
    folds.update({ord(a): b for a, b in zip(frozen.FOLD_FROM, frozen.FOLD_TO, strict=True)})
    digraphs = {ord(a): b for a, b in frozen.DIGRAPHS}
    return spaces, folds, digraphs


def search_fold(value: str) -> str:
    """SEARCH_FOLD as the index applied it (kidesk.db.search.search_fold; a test keeps them equal)."""
    for old, new in _frozen().SEARCH_FOLD:
        value = value.replace(old, new)
    return value


def words(user_text: str) -> list[str]:
    """The typed words after SEARCH_FOLD, split where the tokenizer splits (not yet case-folded)."""
    return search_fold(user_text).translate(_tables()[0]).split()


def fold_word(word: str) -> str:
    """One word folded as the index folds it (case, Latin accents)."""
    return word.translate(_tables()[1])


def ts_query(user_text: str) -> str | None:
    """A ``tsquery`` text: every word a prefix, all required; umlauts may also match ae/oe/ue."""
    terms = []
    for word in words(user_text):
        folded = fold_word(word)
        digraph = fold_word(word.translate(_tables()[2]))
        if not folded:
            continue
        # the tables turned every quote, colon, backslash and operator into a space: nothing to escape
        terms.append(f"'{folded}':*" if digraph == folded else f"('{folded}':* | '{digraph}':*)")
    return " & ".join(terms) if terms else None


def rows(session: Session, user_text: str, codes: tuple[int, ...] | None, limit: int) -> list[tuple[int, str, str]]:
    """``(rowid, label, body)`` of the best ``limit`` matches (ts_rank), for :func:`kidesk.db.search.search`."""
    query = ts_query(user_text)
    if query is None:
        return []
    sql = f"SELECT rowid, label, body FROM {SEARCH_TABLE} WHERE document @@ CAST(:q AS tsquery)"
    if codes:
        sql += f" AND mod(rowid, 4) IN ({','.join(str(int(c)) for c in codes)})"
    sql += " ORDER BY ts_rank(document, CAST(:q AS tsquery)) DESC, rowid LIMIT :n"
    return [(int(r), str(label), body or "") for r, label, body in session.execute(text(sql), {"q": query, "n": limit})]


class SearchMatch(ColumnElement[bool]):
    """``search_index`` rows of one kind matching the typed text, written for the dialect at hand.

    :func:`kidesk.db.search.matching_ids` builds its sub-select with this, so a list query does not
    need to know which database it will run on.
    """

    inherit_cache = False  # the bound query texts differ per instance

    def __init__(self, fts_query: str, user_text: str, code: int) -> None:
        self.fts_query = fts_query
        self.pg_query = ts_query(user_text)
        self.code = code


@compiles(SearchMatch)
def _match_sqlite(element: SearchMatch, compiler: SQLCompiler, **kw: Any) -> str:
    param = compiler.process(bindparam("fts_q", element.fts_query, unique=True), **kw)
    return f"{SEARCH_TABLE} MATCH {param} AND rowid % 4 = {element.code}"


@compiles(SearchMatch, "postgresql")
def _match_postgresql(element: SearchMatch, compiler: SQLCompiler, **kw: Any) -> str:
    if element.pg_query is None:
        return "false"  # nothing left to look for once the tokenizer's separators are gone
    param = compiler.process(bindparam("ts_q", element.pg_query, unique=True), **kw)
    return f"document @@ CAST({param} AS tsquery) AND mod(rowid, 4) = {element.code}"


def matching_ids(fts_query: str, user_text: str, code: int) -> Select[tuple[int]]:
    """The sub-select of :func:`kidesk.db.search.matching_ids`, compiled per dialect."""
    return select(text(f"rowid / 4 FROM {SEARCH_TABLE}")).where(SearchMatch(fts_query, user_text, code))


def rebuild(session: Session) -> None:
    """:func:`kidesk.db.search.rebuild` on PostgreSQL: the triggers re-create every row."""
    session.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    for table in ("contacts", "organisations", "events"):
        session.execute(text(f"UPDATE {table} SET id = id"))

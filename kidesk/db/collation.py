"""How names sort: the way a German office list sorts them (DIN 5007-1, "dictionary order").

SQLite compares bytes, so "Özdemir" would follow "Zimmermann" and "İnce" would follow
every Latin name. :func:`sort_key` folds case and drops diacritics (Ö→o, ç→c, ê→e), writes
ß as "ss" and the Turkish dotless ı as i. Every connection gets it as the SQL function
``kidesk_sortkey`` (registered in :mod:`kidesk.db.database`), and list queries order by
:func:`sortable`. We use a function rather than a declared column collation on purpose:
a collation name stored in the schema would make the file unreadable for other SQLite
tools, a function only lives in our connections.

Names in Arabic, Persian or Cyrillic script keep their script's order, after Latin names; the
marks that make another Cyrillic letter stay (й sorts after и, not with it), and bidi or
zero-width marks pasted with a name do not move it (the name model, :mod:`kidesk.domain.names`).

Cost (bench/bench_contact_list.py, 20 000 contacts): count + first page sorted by name
went from 17 ms (lower()) to about 110 ms, because every page sorts through Python. For
the few thousand contacts of a KI office that is a few milliseconds; should lists grow
far beyond, store the key in an indexed column maintained on write.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnExpressionArgument, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from kidesk.domain.names import drop_accents, strip_invisible

SQL_FUNCTION = "kidesk_sortkey"

_SPECIAL = str.maketrans(
    {"ß": "ss", "ẞ": "SS", "ı": "i", "İ": "I", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "ł": "l", "Ł": "L"}
)


def sort_key(value: str | None) -> str | None:
    """Case- and accent-free form of a name; also the base of every other name comparison
    (search ranking, check-in by name, duplicate folding)."""
    if value is None:
        return None
    return drop_accents(strip_invisible(value).translate(_SPECIAL)).casefold()


class _SortKey(FunctionElement[str]):
    """``kidesk_sortkey(column)``; compiled per dialect below."""

    type = String()
    name = SQL_FUNCTION
    inherit_cache = True


@compiles(_SortKey)
def _sort_key_sqlite(element: _SortKey, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{SQL_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(_SortKey, "postgresql")
def _sort_key_postgresql(element: _SortKey, compiler: SQLCompiler, **kw: Any) -> str:
    # Interim fallback (issue 20): a server has no kidesk_sortkey. lower() sorts case-free but
    # by the server's collation, not DIN 5007 (Ö may follow Z on a C-locale database). Stored,
    # indexed sort-key columns replace this for both backends; until then this is the one place.
    return f"lower({compiler.process(element.clauses, **kw)})"


def sortable(column: ColumnExpressionArgument[Any]) -> ColumnElement[str]:
    """``ORDER BY sortable(Contact.last_name)`` sorts as :func:`sort_key` does (SQLite; see above for PostgreSQL)."""
    return _SortKey(column)

"""How names sort: the way a German office list sorts them (DIN 5007-1, "dictionary order").

SQLite compares bytes, so "Özdemir" would follow "Zimmermann" and "İnce" would follow
every Latin name. :func:`sort_key` folds case and drops diacritics (Ö→o, ç→c, ê→e), writes
ß as "ss" and the Turkish dotless ı as i.

Stored, indexed keys (issue 16). Every column a list sorts by has a companion column holding
its key (``contacts.last_name_sort`` for ``last_name``, marked ``info={"sort_key_of": ...}``
in :mod:`kidesk.db.models`), filled on every write: the column default covers every INSERT
(ORM and Core ``insert()``), the mapper events below cover ORM updates, migration 0005 filled
the rows that existed, and writers that bypass SQLAlchemy (the benchmark's raw ``sqlite3``)
call :func:`sort_key` themselves. :func:`sortable` turns ``sortable(Contact.last_name)`` into
``Contact.last_name_sort``, so ORDER BY walks an index instead of calling Python once per row
and page, and no query needs an SQLite-only function (PostgreSQL has none). A column without a
stored key (none today) falls back to the SQL function ``kidesk_sortkey`` on SQLite and to
``lower()`` elsewhere.

Cost (bench, 100 000 contacts): first page sorted by name 238 ms with the per-row function,
a fraction of a millisecond from the index (bench/README.md).

Names in Arabic, Persian or Cyrillic script keep their script's order, after Latin names; the
marks that make another Cyrillic letter stay (й sorts after и, not with it), and bidi or
zero-width marks pasted with a name do not move it (the name model, :mod:`kidesk.domain.names`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnExpressionArgument, String, event, inspect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapper
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import GenericFunction

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


#: ``Column.info`` key of a stored sort key: the name of the column it is the key of
SORT_KEY_OF = "sort_key_of"


def key_default(source: str) -> Callable[[Any], str | None]:
    """Column default of a stored sort key: the key of ``source`` in the same INSERT."""

    def default(context: Any) -> str | None:
        return sort_key(context.get_current_parameters().get(source))

    return default


_KEY_COLUMNS: dict[Mapper, list[tuple[str, str]]] = {}


def _sort_key_columns(mapper: Mapper) -> list[tuple[str, str]]:
    """``(attribute of the key, attribute of its source)`` of one mapped class."""
    found = _KEY_COLUMNS.get(mapper)
    if found is None:
        found = [
            (mapper.get_property_by_column(column).key, column.info[SORT_KEY_OF])
            for column in mapper.columns
            if SORT_KEY_OF in column.info
        ]
        _KEY_COLUMNS[mapper] = found
    return found


@event.listens_for(Mapper, "before_insert")
@event.listens_for(Mapper, "before_update")
def _fill_sort_keys(mapper: Mapper, _connection: Any, target: Any) -> None:
    """Every ORM writer keeps the stored keys (a name edited in the editor, a merge, an import)."""
    for key_attr, source in _sort_key_columns(mapper):
        value = sort_key(getattr(target, source))
        if getattr(target, key_attr) != value:
            setattr(target, key_attr, value)


class _sortkey_function(GenericFunction[str]):
    """The sort key computed in SQL, for a column without a stored key."""

    type = String()
    name = "sortkey_fallback"
    inherit_cache = True


@compiles(_sortkey_function)
def _sortkey_elsewhere(element: Any, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(_sortkey_function, "sqlite")
def _sortkey_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"{SQL_FUNCTION}({compiler.process(element.clauses, **kw)})"


def stored_key(column: Any) -> Any | None:
    """The stored sort-key column of a mapped column (``Contact.last_name`` →
    ``Contact.last_name_sort``), or None when it has none."""
    prop = getattr(column, "property", None)
    columns = getattr(prop, "columns", None)
    if not columns:
        return None
    source = columns[0]
    mapper = inspect(column.class_) if hasattr(column, "class_") else None
    if mapper is None:
        return None
    for key_attr, source_attr in _sort_key_columns(mapper):
        if mapper.get_property(source_attr).columns[0] is source:
            return getattr(column.class_, key_attr)
    return None


def sortable(column: ColumnExpressionArgument[Any]) -> ColumnElement[str]:
    """``ORDER BY sortable(Contact.last_name)`` sorts as :func:`sort_key` does: by the stored,
    indexed key column where there is one, else by the key computed in SQL."""
    stored = stored_key(column)
    if stored is not None:
        return stored
    return _sortkey_function(column)

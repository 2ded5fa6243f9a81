"""A read-only table model that pages through a list instead of loading every row — the one
lazy paging of the UI (contacts, organisations, volunteers, events).

The model knows nothing of sessions or SQL: it gets a :class:`PageSource`, three plain
callables over a filter object ``query`` (a frozen dataclass of the service layer):

* ``page(query, offset, limit)`` → a sequence of row objects (each with an ``id``),
* ``count(query)`` → how many rows match,
* ``position(query, record_id)`` → the record's 0-based row, or None (optional; without it
  :meth:`LazyTableModel.row_of` fetches page after page until it finds the record).

For example ``PageSource(lambda q, o, n: contacts.contact_page(db, q, o, n),
lambda q: contacts.contact_count(db, q), lambda q, i: contacts.contact_position(db, q, i))``.
A service that can only return its whole list (the events) is wrapped by :func:`list_source`.

The total is counted once per reset; rows arrive in batches through Qt's
``canFetchMore``/``fetchMore`` protocol as the view scrolls (the PySide6 *fetchmore*
example; note that ``beginInsertRows`` takes an *inclusive* last row). While a reset or an
insert is being announced, ``canFetchMore`` says no (views and the model tester ask during
those signals, and inserting rows inside a reset is not allowed). Sorting asks the source
for a new order (``dataclasses.replace(query, sort_column=key, descending=…)``) and resets
the model — nothing is sorted in Python.

A subclass sets ``columns`` (keys) and ``header_label(key)``; ``display(row, key)`` reads
``getattr(row, key)`` unless overridden, ``extra_data`` adds fonts, alignment …. A model
with its own ``data()`` (the volunteers list) keeps only the paging of this class.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

BATCH_SIZE = 100

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PageSource:
    """Where the rows come from: service functions, bound to a database by the caller."""

    page: Callable[[Any, int, int], Sequence[Any]]
    count: Callable[[Any], int]
    position: Callable[[Any, int], int | None] | None = None


def list_source(fetch: Callable[[Any], Sequence[Any]]) -> PageSource:
    """A :class:`PageSource` over a list a service returns whole (the events list: upcoming
    first, past last, counts per row — an order no paging SQL gives). ``fetch(query)`` runs
    once per count (once per model reset); pages and positions are read from that list."""
    last: dict[str, Any] = {}

    def rows(query: Any) -> list[Any]:
        if "rows" not in last or last["query"] != query:
            count(query)
        return last["rows"]

    def count(query: Any) -> int:
        last["query"], last["rows"] = query, list(fetch(query))
        return len(last["rows"])

    def page(query: Any, offset: int, limit: int) -> list[Any]:
        return rows(query)[offset : offset + limit]

    def position(query: Any, record_id: int) -> int | None:
        return next((i for i, row in enumerate(rows(query)) if row.id == record_id), None)

    return PageSource(page, count, position)


class LazyTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` (keys) and implement ``header_label(key)``; the query must
    be a dataclass with ``sort_column``/``descending`` for :meth:`sort` (or override
    :meth:`with_sort`)."""

    columns: tuple[str, ...] = ()

    def __init__(
        self, source: PageSource, query: Any, parent=None, *, first_page: bool = False, batch_size: int | None = None
    ) -> None:
        """``first_page``: load the first batch with every reset (else only when a view asks)."""
        super().__init__(parent)
        self._source = source
        self._query = query
        self._first_page = first_page
        self._batch_size = batch_size
        self._rows: list[Any] = []
        self._total = 0
        self._busy = False
        self._load()

    # -- query --------------------------------------------------------------------------
    @property
    def query(self) -> Any:
        return self._query

    def set_query(self, query: Any) -> None:
        """New filters or order: start again from the first page."""
        self._query = query
        self._busy = True
        try:
            self.beginResetModel()
            self._load()
            self.endResetModel()
        finally:
            self._busy = False

    def reload(self) -> None:
        self.set_query(self._query)

    def _load(self) -> None:
        self._rows = []
        self._total = self._source.count(self._query)
        if self._first_page and self._total:
            self._rows = list(self._source.page(self._query, 0, self.batch_size()))

    def batch_size(self) -> int:
        return self._batch_size or BATCH_SIZE

    @property
    def total(self) -> int:
        """Rows matching the query (not only the ones fetched so far)."""
        return self._total

    # -- Qt model protocol -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._busy and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._busy:
            return
        self._fetch(self.batch_size())

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def _fetch(self, count: int) -> None:
        batch = list(self._source.page(self._query, len(self._rows), count))
        if not batch:
            self._total = len(self._rows)  # rows vanished meanwhile: stop asking
            return
        first = len(self._rows)
        self._busy = True  # listeners of rowsAboutToBeInserted may ask canFetchMore again
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()
        finally:
            self._busy = False

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.display(row, key)
            return "" if value is None else value
        if role == Qt.ItemDataRole.UserRole:
            return int(row.id)
        return self.extra_data(row, key, role)

    def extra_data(self, row: Any, key: str, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.header_label(self.columns[section])
            return None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.set_query(self.with_sort(self.columns[column], order == Qt.SortOrder.DescendingOrder))

    # -- records -----------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        """The row object shown in ``row`` (fetched rows only)."""
        return self._rows[row]

    def record_id(self, row: int) -> int | None:
        return int(self._rows[row].id) if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id``, fetching pages up to it; None if filtered out."""
        for i, row in enumerate(self._rows):
            if row.id == record_id:
                return i
        if self._source.position is None:
            while self.canFetchMore():
                first = len(self._rows)
                self.fetchMore()
                for i in range(first, len(self._rows)):
                    if self._rows[i].id == record_id:
                        return i
            return None
        position = self._source.position(self._query, record_id)
        if position is None:
            return None
        if position >= len(self._rows):
            self._fetch(position + 1 - len(self._rows))
        if position < len(self._rows) and self._rows[position].id == record_id:
            return position
        return None

    # -- for subclasses ------------------------------------------------------------------------
    def header_label(self, key: str) -> str:
        return key

    def display(self, row: Any, key: str) -> Any:
        return getattr(row, key)

    def with_sort(self, key: str, descending: bool) -> Any:
        return dataclasses.replace(self._query, sort_column=key, descending=descending)

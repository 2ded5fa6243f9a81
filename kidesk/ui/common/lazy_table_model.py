"""A read-only table model that pages through a query instead of loading every row.

The total is counted once per reset; rows arrive in batches through Qt's
``canFetchMore``/``fetchMore`` protocol as the view scrolls (the PySide6 *fetchmore*
example; note that ``beginInsertRows`` takes an *inclusive* last row). Sorting asks the
query for a new ORDER BY and resets the model — nothing is sorted in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kidesk.db import queries
from kidesk.db.database import Database

BATCH_SIZE = 100


class LazyQueryTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` (keys), implement ``header_label(key)``, ``display(row, key)``
    and ``with_sort(key, descending)`` on their query object."""

    columns: tuple[str, ...] = ()

    def __init__(self, db: Database, query: Any, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query
        self._rows: list[Sequence[Any]] = []
        self._total = 0
        self._count_total()

    # -- query --------------------------------------------------------------------------
    @property
    def query(self) -> Any:
        return self._query

    def set_query(self, query: Any) -> None:
        """New filters or order: start again from the first page."""
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._count_total()
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def _count_total(self) -> None:
        with self._db.session() as session:
            self._total = session.execute(self._query.count_statement()).scalar_one()

    @property
    def total(self) -> int:
        """Rows matching the query (not only the ones fetched so far)."""
        return self._total

    # -- Qt model protocol -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self._fetch(BATCH_SIZE)

    def _fetch(self, count: int) -> None:
        with self._db.session() as session:
            batch = queries.page(session, self._query.statement(), len(self._rows), count)
        if not batch:
            self._total = len(self._rows)  # rows vanished meanwhile: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.display(row, key)
            return "" if value is None else value
        if role == Qt.ItemDataRole.UserRole:
            return int(row[0])
        return self.extra_data(row, key, role)

    def extra_data(self, row: Sequence[Any], key: str, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.header_label(self.columns[section])
            return None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.set_query(self.with_sort(self.columns[column], order == Qt.SortOrder.DescendingOrder))

    # -- records -----------------------------------------------------------------------------
    def record_id(self, row: int) -> int | None:
        return int(self._rows[row][0]) if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id``, fetching pages up to it; None if filtered out."""
        for i, row in enumerate(self._rows):
            if row[0] == record_id:
                return i
        with self._db.session() as session:
            position = self._query.position(session, record_id)
        if position is None:
            return None
        if position >= len(self._rows):
            self._fetch(position + 1 - len(self._rows))
        if position < len(self._rows) and self._rows[position][0] == record_id:
            return position
        return None

    # -- for subclasses ------------------------------------------------------------------------
    def header_label(self, key: str) -> str:
        return key

    def display(self, row: Sequence[Any], key: str) -> Any:
        return row[self.columns.index(key) + 1]

    def with_sort(self, key: str, descending: bool) -> Any:
        from dataclasses import replace

        return replace(self._query, sort_column=key, descending=descending)

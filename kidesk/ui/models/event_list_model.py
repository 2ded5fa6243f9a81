"""The events tab's list: :class:`EventListModel`, a :class:`LazyTableModel` over the whole list
:func:`kidesk.services.events.list_events` returns (upcoming first, past last, counts per row),
with the cells and headers of :class:`EventTableModel` (shared with the series dialog)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from kidesk.services import events
from kidesk.ui.common.lazy_table_model import LazyTableModel, list_source
from kidesk.ui.models.event_table_model import EventTableModel
from kidesk.ui.models.plain_row_table_model import AnyIndex

if TYPE_CHECKING:
    from kidesk.db.database import Database


@dataclass(frozen=True)
class EventListQuery:
    """The list filters: the keyword arguments of ``events.list_events``."""

    include_past: bool = False
    series_id: int | None = None
    kind: str | None = None
    status: str | None = None


class EventListModel(LazyTableModel):
    COL_WHEN, COL_TITLE, COL_MODULE, COL_KIND, COL_STATUS, COL_VENUE, COL_PEOPLE = range(7)
    columns = ("when", "title", "module", "kind", "status", "venue", "people")

    def __init__(self, db: Database, parent=None) -> None:
        source = list_source(lambda query: events.list_events(db, **dataclasses.asdict(query)))
        super().__init__(source, EventListQuery(), parent, first_page=True)
        self._cells = EventTableModel(self)  # the cell texts, colours and headers (translation context)

    def set_query(self, query: Any) -> None:
        if hasattr(self, "_cells"):
            self._cells._today = dt.date.today()  # past events turn grey at midnight
        super().set_query(query)

    def row_at(self, row: int) -> events.EventRow:
        return self._rows[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The service orders the list (upcoming soonest first, then past latest first)."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._cells.headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._cells.cell(self._rows[index.row()], index.column(), role)

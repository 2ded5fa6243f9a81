"""People on an event's list, for the check-in view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kidesk.services.events import CheckinCandidate
from kidesk.ui.models.event_table_model import ROW_ID_ROLE, AnyIndex, status_label


class CheckinListModel(QAbstractListModel):
    """People on the list for the check-in view: "✓ Name — Organisation"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CheckinCandidate] = []

    def set_rows(self, rows: Sequence[CheckinCandidate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CheckinCandidate:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓ " if c.status == "attended" else "    "
            org = f" — {c.organisation}" if c.organisation else ""
            return f"{mark}{c.name}{org}   ({status_label(c.status)})"
        if role == Qt.ItemDataRole.ForegroundRole and c.status == "attended":
            return QBrush(QColor("#1b7f3b"))
        if role == ROW_ID_ROLE:
            return c.participation_id
        return None

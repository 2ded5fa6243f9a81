"""People on an event's list, for the check-in view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kidesk.services.events import CHECKIN_STATUSES, CheckinCandidate
from kidesk.ui.models.event_table_model import ROW_ID_ROLE, AnyIndex, status_label


def is_expected(c: CheckinCandidate) -> bool:
    """Someone the door expects (not declined or cancelled)."""
    return c.status in CHECKIN_STATUSES


class CheckinListModel(QAbstractListModel):
    """People on the list for the check-in view: "✓ Name (Status) — Organisation".

    The status comes right after the name so a long organisation is what the view cuts
    off, never the status. Those who declined or cancelled come last, grey and italic: a
    door person finds everyone expected first, and can still check in someone who
    declined but came.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CheckinCandidate] = []

    def set_rows(self, rows: Sequence[CheckinCandidate]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda c: not is_expected(c))  # stable: keeps the name order
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
            return f"{mark}{c.name} ({status_label(c.status)}){org}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{c.name}\n{c.organisation}" if c.organisation else c.name
            if not is_expected(c):
                tip += "\n" + self.tr(
                    "Hat abgesagt oder wurde storniert. Enter checkt trotzdem ein, falls die Person gekommen ist."
                )
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and c.status == "attended":
            return QBrush(QColor("#1b7f3b"))
        if role == Qt.ItemDataRole.ForegroundRole and not is_expected(c):
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.FontRole and not is_expected(c):
            font = QFont()
            font.setItalic(True)
            return font
        if role == ROW_ID_ROLE:
            return c.participation_id
        return None

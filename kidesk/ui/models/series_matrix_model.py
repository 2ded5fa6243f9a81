"""Volunteers × modules of a series as a Qt table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kidesk.services.events import SeriesMatrix
from kidesk.ui.common.text import fill
from kidesk.ui.models.event_table_model import AnyIndex, status_label


class SeriesMatrixModel(QAbstractTableModel):
    """Rows: volunteers (and other guests who attended); columns: modules, then a total."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matrix: SeriesMatrix | None = None

    def set_matrix(self, matrix: SeriesMatrix | None) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.modules) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        m = self._matrix
        if m is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section <= len(m.modules):
            if section == len(m.modules):
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("Summe")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return fill(self.tr("Für die Bescheinigung nötig: %1 Module"), m.certificate_min_modules)
                return None
            _, number, title, start = m.modules[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return fill(self.tr("M%1\n%2"), number or "?", f"{start:%d.%m.%y}")
            if role == Qt.ItemDataRole.ToolTipRole:
                return title
        if (
            orientation == Qt.Orientation.Vertical
            and 0 <= section < len(m.rows)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return m.rows[section].name
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        m = self._matrix
        if m is None or not index.isValid() or not 0 <= index.row() < len(m.rows):
            return None
        row = m.rows[index.row()]
        col = index.column()
        if col == len(m.modules):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.attended_count}/{m.certificate_min_modules}" + (" ✓" if row.meets_rule else "")
            if role == Qt.ItemDataRole.ForegroundRole and row.meets_rule:
                return QBrush(QColor("#1b7f3b"))
            return None
        if not 0 <= col < len(m.modules):
            return None
        status = row.statuses[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if status == "attended" else ("–" if status in ("no_show", "declined", "cancelled") else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_label(status) if status else self.tr("nicht eingeladen")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and status == "attended":
            return QBrush(QColor("#d8f0de"))
        return None

    @property
    def matrix(self) -> SeriesMatrix | None:
        return self._matrix

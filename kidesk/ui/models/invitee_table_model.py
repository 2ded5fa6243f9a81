"""The invite list of one event as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kidesk.db import vocab
from kidesk.services.events import InviteeRow
from kidesk.ui.models.event_table_model import ROW_ID_ROLE, AnyIndex, label, status_label


class InviteeTableModel(QAbstractTableModel):
    """The invite list of one event with status, organisation and address flags."""

    COL_NAME, COL_ORG, COL_ROLE, COL_STATUS, COL_SINCE, COL_EMAIL, COL_ADDRESS = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[InviteeRow] = []

    def set_rows(self, rows: Sequence[InviteeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> InviteeRow:
        return self._rows[row]

    def rows(self) -> list[InviteeRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 7:
            return None
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Rolle"),
            self.tr("Status"),
            self.tr("seit"),
            self.tr("E-Mail"),
            self.tr("Postanschrift"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return r.name
            if col == self.COL_ORG:
                return r.organisation
            if col == self.COL_ROLE:
                return label("vocab", r.role, vocab.PARTICIPANT_ROLE_LABELS)
            if col == self.COL_STATUS:
                return status_label(r.status)
            if col == self.COL_SINCE:
                return f"{r.status_changed_at:%d.%m. %H:%M}" if r.status_changed_at else ""
            if col == self.COL_EMAIL:
                return r.email or ""
            if col == self.COL_ADDRESS:
                return self.tr("ja") if r.has_postal_address else self.tr("fehlt")
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_STATUS, self.COL_SINCE) and r.history:
            return "\n".join(
                f"{when:%d.%m.%Y %H:%M}  {status_label(status)}" + (f" – {note}" if note else "")
                for status, when, note in r.history
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_ADDRESS and not r.has_postal_address:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            colour = {"attended": "#1b7f3b", "declined": "#777777", "cancelled": "#777777", "no_show": "#b00020", "waitlisted": "#a15c00"}
            if r.status in colour:
                return QBrush(QColor(colour[r.status]))
        if role == ROW_ID_ROLE:
            return r.participation_id
        return None

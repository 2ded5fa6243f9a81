"""The invite list of one event as a Qt table model."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from kidesk.db import vocab
from kidesk.domain.dates import format_datetime
from kidesk.services.events import InviteeRow
from kidesk.ui.models.event_table_model import ROW_ID_ROLE, label, status_label
from kidesk.ui.models.plain_row_table_model import PlainRowTableModel


class InviteeTableModel(PlainRowTableModel):
    """The invite list of one event with status, organisation and address flags."""

    COL_NAME, COL_ORG, COL_ROLE, COL_STATUS, COL_SINCE, COL_EMAIL, COL_ADDRESS = range(7)

    #: the kind of the event shown: at a training module a guest is a participant, not a "Gast"
    event_kind: str | None = None

    def role_label(self, role: str) -> str:
        if role == "guest" and self.event_kind == "qualification_module":
            return self.tr("Teilnehmer/in")
        return label("vocab", role, vocab.PARTICIPANT_ROLE_LABELS)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Rolle"),
            self.tr("Status"),
            self.tr("seit"),
            self.tr("E-Mail"),
            self.tr("Postanschrift"),
        )

    def cell(self, r: InviteeRow, col: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return r.name
            if col == self.COL_ORG:
                return r.organisation
            if col == self.COL_ROLE:
                return self.role_label(r.role)
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
                f"{format_datetime(when)}  {status_label(status)}" + (f" – {note}" if note else "")
                for status, when, note in r.history
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_ADDRESS and not r.has_postal_address:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            colour = {
                "attended": "#1b7f3b",
                "declined": "#777777",
                "cancelled": "#777777",
                "no_show": "#b00020",
                "waitlisted": "#a15c00",
            }
            if r.status in colour:
                return QBrush(QColor(colour[r.status]))
        if role == ROW_ID_ROLE:
            return r.participation_id
        return None

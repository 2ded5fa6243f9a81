"""The events list as a Qt table model, plus the label helpers the other event models share.

Each model of the events area holds plain rows from :mod:`kidesk.services.events` (never
ORM objects) and is refilled with ``set_rows``; the tab asks the service again after
every change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kidesk.db import vocab
from kidesk.domain.dates import format_datetime_range
from kidesk.services.events import EventRow
from kidesk.ui.common.text import fill
from kidesk.ui.models.plain_row_table_model import AnyIndex, PlainRowTableModel

__all__ = ["ROW_ID_ROLE", "SORT_ROLE", "AnyIndex", "EventTableModel", "label", "status_label"]

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id behind a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def label(context: str, code: str, labels: dict[str, str]) -> str:
    """The translated German label of a stored code."""
    return QCoreApplication.translate(context, labels.get(code, code))


def status_label(code: str) -> str:
    return label("vocab", code, vocab.PARTICIPATION_STATUS_LABELS)


class EventTableModel(PlainRowTableModel):
    """The events list: date, title, series/module, kind, status, venue, seats."""

    COL_WHEN, COL_TITLE, COL_MODULE, COL_KIND, COL_STATUS, COL_VENUE, COL_PEOPLE = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()

    def set_rows(self, rows: Sequence[EventRow]) -> None:
        self._today = dt.date.today()
        super().set_rows(rows)

    def row_of(self, event_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == event_id:
                return i
        return -1

    def header_tooltip(self, section: int) -> str | None:
        if section != self.COL_PEOPLE:
            return None
        return self.tr(
            "Teilnehmende: angemeldet oder teilgenommen (von Plätzen) / auf der Liste; "
            "+N: Referent/innen und Helfer/innen (belegen keinen Platz)."
        )

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Termin"),
            self.tr("Titel"),
            self.tr("Modul"),
            self.tr("Art"),
            self.tr("Status"),
            self.tr("Ort"),
            self.tr("Anm./Einl."),
        )

    def cell(self, r: EventRow, col: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_WHEN:
                return f"{r.starts_at:%d.%m.%y %H:%M}"
            if col == self.COL_TITLE:
                return r.title
            if col == self.COL_MODULE:
                if r.series_title is None:
                    return ""
                return fill(self.tr("Modul %1"), r.module_number) if r.module_number else self.tr("Reihe")
            if col == self.COL_KIND:
                return label("vocab", r.kind, vocab.EVENT_KIND_LABELS)
            if col == self.COL_STATUS:
                return label("vocab", r.status, vocab.EVENT_STATUS_LABELS)
            if col == self.COL_VENUE:
                return r.venue
            if col == self.COL_PEOPLE:
                seats = f"{r.registered}/{r.capacity}" if r.capacity else str(r.registered)
                text = fill(self.tr("%1 / %2"), seats, r.invited)
                return text + f" +{r.contributors}" if r.contributors else text
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_WHEN:
            return format_datetime_range(r.starts_at, r.ends_at)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            return r.title
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_MODULE:
            return r.series_title
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_PEOPLE:
            return fill(
                self.tr("Teilnehmende: angemeldet (von Plätzen) / auf der Liste; %1 teilgenommen; +%2 Mitwirkende"),
                r.attended,
                r.contributors,
            )
        if role == Qt.ItemDataRole.ForegroundRole and (r.ends_at or r.starts_at).date() < self._today:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.FontRole and r.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == ROW_ID_ROLE:
            return r.id
        return None

"""Qt item models of the volunteers tab: the lazy volunteer list, hours entries, due items.

The models hold plain rows from :mod:`kidesk.services.volunteers` and never see a session:
:class:`VolunteerTableModel` is a :class:`~kidesk.ui.common.lazy_table_model.LazyTableModel`
over the service's ``volunteer_page``/``volunteer_count`` (the one lazy paging of the UI), so
a long list never loads at once; its "query" is a
:class:`~kidesk.services.volunteers.VolunteerFilter`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kidesk.db import vocab
from kidesk.domain.dates import format_date
from kidesk.services import volunteers as vs
from kidesk.ui.common.lazy_table_model import LazyTableModel, PageSource
from kidesk.ui.common.service_text import note_text, vocab_text
from kidesk.ui.common.text import fill
from kidesk.ui.models.plain_row_table_model import PlainRowTableModel

if TYPE_CHECKING:
    from kidesk.db.database import Database

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record id (volunteer id, hours id, …)
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("VolunteerTableModel", text)


def status_label(code: str) -> str:
    return QCoreApplication.translate("vocab", vocab.VOLUNTEER_STATUS_LABELS.get(code, code))


def level_label(code: str | None) -> str:
    if not code:
        return ""
    return QCoreApplication.translate("vocab", vs.LANGUAGE_LEVEL_LABELS.get(code, code))


class VolunteerTableModel(LazyTableModel):
    """The volunteer list: rows of :func:`~kidesk.services.volunteers.volunteer_page`, paged by
    the common :class:`~kidesk.ui.common.lazy_table_model.LazyTableModel`; only the cells are
    its own."""

    COL_NAME, COL_STATUS, COL_MUNICIPALITY, COL_AREAS, COL_LANGUAGES, COL_HOURS, COL_PHOTO, COL_POLICE = range(8)
    columns = ("name", "status", "municipality", "areas", "languages", "hours", "photo", "police")
    COLUMN_COUNT = len(columns)

    def __init__(self, db: Database, *, page_size: int = 100, parent=None) -> None:
        source = PageSource(
            lambda flt, offset, limit: vs.volunteer_page(db, flt, offset, limit),
            lambda flt: vs.volunteer_count(db, flt),
        )
        super().__init__(source, vs.VolunteerFilter(), parent, first_page=True, batch_size=page_size)
        self._year = dt.date.today().year

    def row_at(self, row: int) -> vs.VolunteerRow:
        return self._rows[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The list is always by name (the service orders it); Qt's sort request changes nothing."""

    # -- Qt model API ----------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            _tr("Name"),
            _tr("Status"),
            _tr("Kommune"),
            _tr("Einsatzbereiche"),
            _tr("Sprachen"),
            fill(_tr("Stunden %1"), self._year),
            _tr("Foto"),
            _tr("Führungszeugnis fällig"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role == CONTACT_ID_ROLE:
            return row.contact_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return row.name
            if col == self.COL_STATUS:
                return status_label(row.status)
            if col == self.COL_MUNICIPALITY:
                return row.municipality or ""
            if col == self.COL_AREAS:
                return ", ".join(vocab_text(a) for a in row.engagement_areas)
            if col == self.COL_LANGUAGES:
                return ", ".join(
                    f"{vocab_text(lang)} ({level_label(level)})" if level else vocab_text(lang)
                    for lang, level in row.languages
                )
            if col == self.COL_HOURS:
                return vs.format_hours(row.hours_this_year)
            if col == self.COL_PHOTO:
                return _tr("✗ keine Einwilligung") if row.photo_consent_missing else _tr("ja")
            if col == self.COL_POLICE:
                return format_date(row.police_certificate_due_on)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_PHOTO and row.photo_consent_missing:
                return _tr("Keine Einwilligung für Fotos: nicht fotografieren, keine Fotos veröffentlichen.")
            if col == self.COL_NAME and not row.may_share_with_partners:
                return _tr("Keine Einwilligung zur Weitergabe an Partnerorganisationen.")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class VolunteerHoursTableModel(PlainRowTableModel):
    """The hours entries of one volunteer, newest first."""

    COL_DATE, COL_HOURS, COL_ACTIVITY, COL_ORGANISATION = range(4)

    def set_entries(self, entries: Sequence[vs.HoursEntry]) -> None:
        self.set_rows(entries)

    def entry(self, row: int) -> vs.HoursEntry:
        return self.row_at(row)

    def headers(self) -> list[str]:
        return [_tr("Datum"), _tr("Stunden"), _tr("Tätigkeit"), _tr("Organisation")]

    def cell(self, entry: vs.HoursEntry, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                format_date(entry.worked_on),
                vs.format_hours(entry.hours),
                vocab_text(entry.activity or ""),  # an area label as activity: in the window's language
                entry.organisation or "",
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DueItemTableModel(PlainRowTableModel):
    """What needs attention: kind, person, what is due with its date, note.

    Overdue rows (a certificate past its date, an expired consent) are red, bold and marked
    "⚠"; rows due within four weeks are amber (issue 14, obs. 11).
    """

    COL_KIND, COL_PERSON, COL_DATE, COL_DETAIL = range(4)
    SOON_DAYS = 28

    def __init__(self, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def set_items(self, items: Sequence[vs.DueItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> vs.DueItem:
        return self.row_at(row)

    def headers(self) -> list[str]:
        return [_tr("Art"), _tr("Person"), _tr("Was ist fällig"), _tr("Hinweis")]

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def due_text(self, item: vs.DueItem) -> str:
        """ "⚠ Führungszeugnis fällig seit 03.10.2026" — what is due and since/by when."""
        what = QCoreApplication.translate("vocab", item.what(self._today()))
        mark = "⚠ " if item.overdue and item.due_on is not None and item.due_on < self._today() else ""
        return f"{mark}{what} {format_date(item.due_on)}".strip()

    def urgency(self, item: vs.DueItem) -> str:
        """``overdue``, ``soon`` or ``later`` (inactivity counts as ``later``: a question, not a deadline)."""
        if item.due_on is None or item.kind == vs.DUE_INACTIVE:
            return "later"
        if item.due_on < self._today():
            return "overdue"
        return "soon" if (item.due_on - self._today()).days <= self.SOON_DAYS else "later"

    def cell(self, item: vs.DueItem, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return item.volunteer_id
        if role == CONTACT_ID_ROLE:
            return item.contact_id
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                QCoreApplication.translate("vocab", item.kind_label),
                item.person,
                self.due_text(item),
                note_text(item.detail),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = {"overdue": "#b00020", "soon": "#8a4b00"}.get(self.urgency(item))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and self.urgency(item) == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self.urgency(item) == "overdue":
            return _tr("Überfällig")
        return None

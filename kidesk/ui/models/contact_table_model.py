"""The contacts list: a lazily loaded table of :class:`~kidesk.services.contacts.ContactRow`
pages from :func:`kidesk.services.contacts.contact_page`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from kidesk.db.database import Database
from kidesk.services import contacts as contact_service
from kidesk.services.contacts import CONTACT_COLUMNS, ContactListQuery, ContactRow
from kidesk.ui.common.lazy_table_model import LazyTableModel, PageSource

COL_LAST_NAME, COL_FIRST_NAME, COL_ORGANISATION, COL_FUNCTION, COL_CITY, COL_EMAIL, COL_PHONE = range(7)


def contact_source(db: Database) -> PageSource:
    """The contacts list's pages, counts and positions, from the contacts service."""
    return PageSource(
        page=lambda query, offset, limit: contact_service.contact_page(db, query, offset, limit),
        count=lambda query: contact_service.contact_count(db, query),
        position=lambda query, contact_id: contact_service.contact_position(db, query, contact_id),
    )


class ContactTableModel(LazyTableModel):
    columns = CONTACT_COLUMNS

    def __init__(self, db: Database, query: ContactListQuery | None = None, parent=None) -> None:
        super().__init__(contact_source(db), query or ContactListQuery(), parent)

    def header_label(self, key: str) -> str:
        labels = {
            "last_name": QCoreApplication.translate("ContactTableModel", "Nachname"),
            "first_name": QCoreApplication.translate("ContactTableModel", "Vorname"),
            "organisation": QCoreApplication.translate("ContactTableModel", "Organisation"),
            "function": QCoreApplication.translate("ContactTableModel", "Funktion"),
            "city": QCoreApplication.translate("ContactTableModel", "Ort"),
            "email": QCoreApplication.translate("ContactTableModel", "E-Mail"),
            "phone": QCoreApplication.translate("ContactTableModel", "Telefon"),
        }
        return labels[key]

    def extra_data(self, row: ContactRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and key == "last_name" and row.is_staff:
            font = QFont()
            font.setBold(True)  # our own staff stand out
            return font
        return None

    def is_staff(self, row: int) -> bool:
        return bool(self._rows[row].is_staff) if 0 <= row < len(self._rows) else False

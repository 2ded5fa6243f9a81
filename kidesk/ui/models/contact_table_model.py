"""The contacts list: a lazily loaded table over :class:`kidesk.db.list_queries.ContactListQuery`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from kidesk.db.list_queries import CONTACT_COLUMNS, ContactListQuery
from kidesk.db.database import Database
from kidesk.ui.common.lazy_table_model import LazyQueryTableModel

COL_LAST_NAME, COL_FIRST_NAME, COL_ORGANISATION, COL_FUNCTION, COL_CITY, COL_EMAIL, COL_PHONE = range(7)

# Row tuple layout from ContactListQuery.statement().
_INDEX = {"id": 0, "last_name": 1, "first_name": 2, "organisation": 3, "function": 4, "city": 5,
          "email": 6, "phone": 7, "is_staff": 8, "is_volunteer": 9}


class ContactTableModel(LazyQueryTableModel):
    columns = CONTACT_COLUMNS

    def __init__(self, db: Database, query: ContactListQuery | None = None, parent=None) -> None:
        super().__init__(db, query or ContactListQuery(), parent)

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

    def extra_data(self, row: Sequence[Any], key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and key == "last_name" and row[_INDEX["is_staff"]]:
            font = QFont()
            font.setBold(True)  # our own staff stand out
            return font
        return None

    def is_staff(self, row: int) -> bool:
        return bool(self._rows[row][_INDEX["is_staff"]]) if 0 <= row < len(self._rows) else False

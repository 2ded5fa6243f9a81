"""The partner organisations list: lazily loaded over :class:`OrganisationListQuery`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from kidesk.db import vocab
from kidesk.db.list_queries import ORGANISATION_COLUMNS, OrganisationListQuery
from kidesk.db.database import Database
from kidesk.ui.common.lazy_table_model import LazyQueryTableModel

def kind_label(code: str) -> str:
    return QCoreApplication.translate("vocab", vocab.ORGANISATION_KIND_LABELS.get(code, code))


class OrganisationTableModel(LazyQueryTableModel):
    columns = ORGANISATION_COLUMNS

    def __init__(self, db: Database, query: OrganisationListQuery | None = None, parent=None) -> None:
        super().__init__(db, query or OrganisationListQuery(), parent)

    def header_label(self, key: str) -> str:
        labels = {
            "name": QCoreApplication.translate("OrganisationTableModel", "Name"),
            "short_name": QCoreApplication.translate("OrganisationTableModel", "Kurzname"),
            "kind": QCoreApplication.translate("OrganisationTableModel", "Art"),
            "city": QCoreApplication.translate("OrganisationTableModel", "Ort"),
            "parent": QCoreApplication.translate("OrganisationTableModel", "Übergeordnet"),
            "people": QCoreApplication.translate("OrganisationTableModel", "Personen"),
        }
        return labels[key]

    def display(self, row: Sequence[Any], key: str) -> Any:
        value = super().display(row, key)
        if key == "kind":
            return kind_label(value)
        if key == "people":
            return QLocale().toString(int(value or 0))
        return value

    def extra_data(self, row: Sequence[Any], key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "people":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

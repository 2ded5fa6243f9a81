"""The partner organisations list: lazily loaded pages of
:class:`~kidesk.services.organisations.OrganisationRow` from the organisations service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from kidesk.db import vocab
from kidesk.db.database import Database
from kidesk.services import organisations as organisation_service
from kidesk.services.organisations import ORGANISATION_COLUMNS, OrganisationListQuery, OrganisationRow
from kidesk.ui.common.lazy_table_model import LazyTableModel, PageSource
from kidesk.ui.common.text import fill


def kind_label(code: str) -> str:
    return QCoreApplication.translate("vocab", vocab.ORGANISATION_KIND_LABELS.get(code, code))


def organisation_source(db: Database) -> PageSource:
    return PageSource(
        page=lambda query, offset, limit: organisation_service.organisation_page(db, query, offset, limit),
        count=lambda query: organisation_service.organisation_count(db, query),
        position=lambda query, org_id: organisation_service.organisation_position(db, query, org_id),
    )


class OrganisationTableModel(LazyTableModel):
    columns = ORGANISATION_COLUMNS

    def __init__(self, db: Database, query: OrganisationListQuery | None = None, parent=None) -> None:
        super().__init__(organisation_source(db), query or OrganisationListQuery(), parent)

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

    def display(self, row: OrganisationRow, key: str) -> Any:
        value = super().display(row, key)
        if key == "kind":
            return kind_label(value)
        if key == "people":
            return QLocale().toString(int(value or 0))
        if key == "name" and row.archived:  # shown only with "Archivierte anzeigen" (issue 19)
            return fill(QCoreApplication.translate("OrganisationTableModel", "%1 (archiviert)"), value)
        return value

    def extra_data(self, row: OrganisationRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "people":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

"""Hits of the global search box: contacts, organisations, events and volunteers in one list.

The search itself is :func:`kidesk.services.search.search_everything` (the CLI's ``search``
verb asks the same); this model only shows its hits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from kidesk.db.database import Database
from kidesk.services.search import GlobalHit, search_everything

__all__ = ["DETAIL_CHARS", "HIT_ROLE", "MAX_HITS", "GlobalHit", "GlobalSearchModel", "kind_label"]

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_HITS = 30
DETAIL_CHARS = 70


def kind_label(kind: str) -> str:
    labels = {
        "contact": QCoreApplication.translate("GlobalSearchModel", "Kontakt"),
        "organisation": QCoreApplication.translate("GlobalSearchModel", "Organisation"),
        "event": QCoreApplication.translate("GlobalSearchModel", "Veranstaltung"),
        "volunteer": QCoreApplication.translate("GlobalSearchModel", "Ehrenamtliche/r"),
    }
    return labels[kind]


class GlobalSearchModel(QAbstractListModel):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._hits: list[GlobalHit] = []

    def set_text(self, text: str) -> None:
        self.beginResetModel()
        self._hits = search_everything(self._db, text, MAX_HITS) if text.strip() else []
        self.endResetModel()

    def hit(self, row: int) -> GlobalHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            detail = hit.detail if len(hit.detail) <= DETAIL_CHARS else hit.detail[: DETAIL_CHARS - 1] + "…"
            return f"{kind_label(hit.kind)}: {hit.title}" + (f" — {detail}" if detail else "")
        if role == Qt.ItemDataRole.EditRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.detail
        if role == HIT_ROLE:
            return index.row()
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

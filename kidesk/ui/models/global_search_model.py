"""Hits of the global search box: contacts, organisations, events and volunteers in one list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import select

from kidesk.db.database import Database
from kidesk.db.models import Volunteer
from kidesk.db.search import search

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_HITS = 30
DETAIL_CHARS = 70


@dataclass(frozen=True)
class GlobalHit:
    kind: str  # "contact" | "organisation" | "event" | "volunteer"
    id: int
    title: str
    detail: str


def kind_label(kind: str) -> str:
    labels = {
        "contact": QCoreApplication.translate("GlobalSearchModel", "Kontakt"),
        "organisation": QCoreApplication.translate("GlobalSearchModel", "Organisation"),
        "event": QCoreApplication.translate("GlobalSearchModel", "Veranstaltung"),
        "volunteer": QCoreApplication.translate("GlobalSearchModel", "Ehrenamtliche/r"),
    }
    return labels[kind]


def find_everywhere(db: Database, text: str, limit: int = MAX_HITS) -> list[GlobalHit]:
    """FTS hits, best first; a contact with a volunteer profile also appears as volunteer."""
    with db.session() as session:
        hits = search(session, text, limit=limit)
        contact_ids = [h.id for h in hits if h.kind == "contact"]
        volunteers = dict(
            session.execute(select(Volunteer.contact_id, Volunteer.id).where(Volunteer.contact_id.in_(contact_ids))).all()
        ) if contact_ids else {}
    result: list[GlobalHit] = []
    for hit in hits:
        result.append(GlobalHit(hit.kind, hit.id, hit.title, hit.detail))
        if hit.kind == "contact" and hit.id in volunteers:
            result.append(GlobalHit("volunteer", volunteers[hit.id], hit.title, hit.detail))
    return result[:limit]


class GlobalSearchModel(QAbstractListModel):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._hits: list[GlobalHit] = []

    def set_text(self, text: str) -> None:
        self.beginResetModel()
        self._hits = find_everywhere(self._db, text) if text.strip() else []
        self.endResetModel()

    def hit(self, row: int) -> GlobalHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
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

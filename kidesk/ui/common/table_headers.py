"""Column headers that are never cut ("rungszeugnis fä", issue 14, obs. 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

#: room for the sort arrow and the section's padding beside the text
HEADER_PADDING = 28


def header_text_width(header: QHeaderView, section: int) -> int:
    model = header.model()
    text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "") if model else ""
    return header.fontMetrics().horizontalAdvance(text) + HEADER_PADDING


def fit_header_texts(table: QTableView) -> None:
    """Widen every interactive or fixed column to at least its header text (stretching and
    content-sized columns size themselves); call after setting the preferred widths."""
    header = table.horizontalHeader()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        mode = header.sectionResizeMode(section)
        if mode in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed):
            need = header_text_width(header, section)
            if header.sectionSize(section) < need:
                header.resizeSection(section, need)

"""Calling a print product of :mod:`kidesk.services.printing` and showing the PDF preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QSpinBox, QWidget

from kidesk.errors import UserError
from kidesk.ui.common.service_text import service_text
from kidesk.ui.common.text import fill
from kidesk.ui.print_preview import PdfPreviewDialog, render_with_progress, show_pdf_preview


def run_print_product(
    parent: QWidget, render: Callable[..., bytes], title: str, suggested_name: str, **kwargs: Any
) -> PdfPreviewDialog | None:
    """Render with ``render(parent.db, **kwargs)`` (a print function of
    :mod:`kidesk.services.printing`) off the GUI thread, with a cancellable progress window
    when it takes long, and open the preview; a user error becomes a message."""
    db = parent.db  # type: ignore[attr-defined]
    try:
        pdf = render_with_progress(
            parent,
            fill(QCoreApplication.translate("PrintProducts", "„%1“ wird gesetzt …"), title),
            lambda: render(db, **kwargs),
        )
    except UserError as exc:
        QMessageBox.warning(parent, title, service_text(exc))
        return None
    if pdf is None:  # cancelled
        return None
    return show_pdf_preview(parent, pdf, title, suggested_name)


class CardLayoutDialog(QDialog):
    """Where on a partly used card sheet to start, and how many cards per person (issue 14, obs. 15)."""

    def __init__(self, per_sheet: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visitenkarten"))
        self.start = QSpinBox(self)
        self.start.setRange(1, max(1, per_sheet))
        self.start.setAccessibleName(self.tr("Erste freie Karte auf dem Bogen"))
        self.copies = QSpinBox(self)
        self.copies.setRange(1, max(1, per_sheet) * 20)
        self.copies.setValue(max(1, per_sheet))
        self.copies.setAccessibleName(self.tr("Anzahl Karten"))
        self.start.valueChanged.connect(self._fill_rest)
        self._copies_touched = False
        self.copies.valueChanged.connect(lambda _v: setattr(self, "_copies_touched", True))
        self._per_sheet = per_sheet
        form = QFormLayout(self)
        start_label = QLabel(self.tr("&Erste freie Karte:"), self)
        start_label.setBuddy(self.start)
        copies_label = QLabel(self.tr("&Anzahl Karten:"), self)
        copies_label.setBuddy(self.copies)
        form.addRow(start_label, self.start)
        form.addRow(copies_label, self.copies)
        hint = QLabel(fill(self.tr("Der Bogen hat %1 Karten, gezählt zeilenweise von links oben."), per_sheet), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vorschau"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_rest(self, start: int) -> None:
        """Until changed by hand, the number fills the rest of the sheet."""
        if not self._copies_touched:
            self.copies.blockSignals(True)
            self.copies.setValue(max(1, self._per_sheet - start + 1))
            self.copies.blockSignals(False)

    @classmethod
    def ask(cls, parent: QWidget | None, per_sheet: int) -> tuple[int, int] | None:
        dialog = cls(per_sheet, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.start.value(), dialog.copies.value()
        finally:
            dialog.deleteLater()

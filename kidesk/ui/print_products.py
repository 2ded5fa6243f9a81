"""Calling a print product of :mod:`kidesk.services.printing` and showing the PDF preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kidesk.errors import UserError
from kidesk.ui.print_preview import PdfPreviewDialog, show_pdf_preview


def run_print_product(
    parent: QWidget, render: Callable[..., bytes], title: str, suggested_name: str, **kwargs: Any
) -> PdfPreviewDialog | None:
    """Render with ``render(parent.db, **kwargs)`` (a print function of
    :mod:`kidesk.services.printing`) and open the preview; a user error becomes a message."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = render(parent.db, **kwargs)
    except UserError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, title, str(exc))
        return None
    QGuiApplication.restoreOverrideCursor()
    return show_pdf_preview(parent, pdf, title, suggested_name)

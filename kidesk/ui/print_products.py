"""Calling a print product of :mod:`kidesk.services.printing` and showing the PDF preview.

The print functions are looked up by name so that a product which is not built yet says
so politely instead of crashing the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kidesk.errors import UserError
from kidesk.ui.print_preview import PdfPreviewDialog, show_pdf_preview



def print_function(name: str):
    """The service function ``name`` of kidesk.services.printing, or None if it is missing."""
    try:
        from kidesk.services import printing
    except ImportError:
        return None
    return getattr(printing, name, None)


def run_print_product(parent: QWidget, function_name: str, title: str, suggested_name: str,
                      **kwargs: Any) -> PdfPreviewDialog | None:
    """Render with ``printing.<function_name>(db, **kwargs)`` and open the preview."""
    function = print_function(function_name)
    if function is None:
        QMessageBox.information(parent, title, QCoreApplication.translate("PrintProducts", "Dieses Druckprodukt ist noch nicht verfügbar."))
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = function(parent.db, **kwargs)
    except UserError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, title, str(exc))
        return None
    except NotImplementedError:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.information(parent, title, QCoreApplication.translate("PrintProducts", "Dieses Druckprodukt ist noch nicht verfügbar."))
        return None
    QGuiApplication.restoreOverrideCursor()
    return show_pdf_preview(parent, pdf, title, suggested_name)

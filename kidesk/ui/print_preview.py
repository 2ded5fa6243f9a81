"""Print preview for every print product: a PDF shown with QtPdf, then *Print…* or *Save as PDF…*.

Callers render the PDF through :mod:`kidesk.services.printing` and hand over the bytes::

    show_pdf_preview(self, pdf_bytes, self.tr("Visitenkarten"), suggested_name="visitenkarten.pdf")
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf_bytes: bytes, title: str, suggested_name: str = "kidesk.pdf", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf_bytes = pdf_bytes
        self.suggested_name = suggested_name
        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(900, 1000)


def show_pdf_preview(parent: QWidget | None, pdf_bytes: bytes, title: str, suggested_name: str = "kidesk.pdf") -> PdfPreviewDialog:
    """Open the (non-modal) preview and return it."""
    dialog = PdfPreviewDialog(pdf_bytes, title, suggested_name, parent)
    dialog.show()
    return dialog

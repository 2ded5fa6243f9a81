"""QR codes drawn as vector graphics with reportlab's own barcode module (no images)."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas


def draw_qr_code(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw a QR code for ``text`` as a ``size`` × ``size`` square with lower-left corner (x, y)."""
    widget = QrCodeWidget(text, barLevel="M", barBorder=0)
    x1, y1, x2, y2 = widget.getBounds()
    width, height = x2 - x1, y2 - y1
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, -x1 * size / width, -y1 * size / height])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)

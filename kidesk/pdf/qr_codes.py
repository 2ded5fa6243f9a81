"""QR codes drawn as vector rectangles straight on the canvas (no images, no graphics state).

The module matrix comes from the ``qrcode`` library; we draw the dark runs ourselves,
because reportlab's graphics renderer would set its default Helvetica on the way.
"""

from __future__ import annotations

import functools

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas


@functools.lru_cache(maxsize=64)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix (cached: a sheet of ten identical cards encodes one vCard once)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def draw_qr_code(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw a QR code for ``text`` as a ``size`` × ``size`` square with lower-left corner (x, y)."""
    matrix = qr_matrix(text)
    n = len(matrix)
    module = size / n
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - row * module
        column = 0
        while column < n:
            if cells[column]:
                start = column
                while column < n and cells[column]:
                    column += 1
                path.rect(x + start * module, top - module, (column - start) * module, module)
            else:
                column += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()

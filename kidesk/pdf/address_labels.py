"""Address labels (Adressetiketten) on label sheets, one DIN 5008 address block per label."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf.records import PostalAddress
from kidesk.pdf.sheets import SheetTemplate, fill_sheets
from kidesk.pdf.typesetting import TextLine, draw_text_box, new_canvas

ADDRESS_SIZE = 10  # DIN 5008: address text at least 8 pt; shrinking stops at 8 pt
MIN_SCALE = 0.8


def address_text_lines(address: PostalAddress, size: float = ADDRESS_SIZE) -> list[TextLine]:
    return [TextLine(line, size) for line in address.lines()]


def draw_label(canvas: Canvas, address: PostalAddress, rect: tuple[float, float, float, float]) -> None:
    x, y, w, h = rect
    draw_text_box(canvas, x, y, w, h, address_text_lines(address), min_scale=MIN_SCALE, valign="middle", uniform=True)


def render_address_labels(
    addresses: Sequence[PostalAddress],
    template: SheetTemplate,
    *,
    start: int = 1,
    offset_mm: tuple[float, float] = (0.0, 0.0),
) -> bytes:
    if not addresses:
        raise ValidationError("Keine Adressen für die Etiketten ausgewählt.")
    canvas, buffer = new_canvas((template.page_width_mm * mm, template.page_height_mm * mm), "Adressetiketten")
    fill_sheets(canvas, template, addresses, draw_label, start=start, offset_mm=offset_mm)
    canvas.save()
    return buffer.getvalue()

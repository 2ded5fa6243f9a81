"""Address labels (Adressetiketten) on label sheets, one DIN 5008 address block per label.

The block is the one of :func:`kidesk.domain.addresses.address_lines` (organisation first for
business mail, at most six lines), set by :func:`fit_address` — the same function the letters'
window uses: 10 pt preferred, never below the product's minimum, a long name or organisation on
two lines when the block has room (the other lines are then joined by the address rule first),
one size for the whole block.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf.records import PostalAddress
from kidesk.pdf.sheets import SheetTemplate, fill_sheets
from kidesk.pdf.typesetting import (
    FittedBox,
    PdfBytes,
    TextLine,
    collect_notices,
    current_record,
    draw_fitted,
    fit_box,
    new_canvas,
)

ADDRESS_SIZE = 10.0
MIN_SIZE = 8.0  # DIN 5008: address text never below 8 pt (above the 7 pt issue 15 allows labels)
MAX_LINES = 6


def address_text_lines(lines: Sequence[str], size: float = ADDRESS_SIZE) -> list[TextLine]:
    return [TextLine(line, size, max_lines=2, key="Anschrift") for line in lines]


def fit_address(
    address: PostalAddress, width: float, height: float, *, size: float = ADDRESS_SIZE, min_size: float = MIN_SIZE
) -> FittedBox:
    """The address block set into ``width`` × ``height``: at most six printed lines, one size.

    Tries the full block first; when a line would have to shrink or be shortened, the address
    rule folds lines (salutation into the name, department into the organisation) to make room
    for a long line on two lines.
    """
    best: FittedBox | None = None
    for budget in range(MAX_LINES, 2, -1):
        lines = address.lines(budget)
        if best is not None and len(lines) == len(best.elements):
            continue
        box = fit_box(
            address_text_lines(lines, size),
            width,
            height,
            min_size=min_size,
            uniform=True,
            max_total_lines=MAX_LINES,
        )
        if best is None or (not box.shortened, round(box.scale, 3)) > (not best.shortened, round(best.scale, 3)):
            best = box
        if not box.shortened and box.scale >= 0.999:
            break
    assert best is not None
    return best


def draw_label(canvas: Canvas, address: PostalAddress, rect: tuple[float, float, float, float]) -> None:
    x, y, w, h = rect
    with current_record(f"Etikett {address.name}"):
        box = fit_address(address, w, h)
        draw_fitted(canvas, box, x, y, w, h, valign="middle")


def render_address_labels(
    addresses: Sequence[PostalAddress],
    template: SheetTemplate,
    *,
    start: int = 1,
    offset_mm: tuple[float, float] = (0.0, 0.0),
) -> PdfBytes:
    if not addresses:
        raise ValidationError("Keine Adressen für die Etiketten ausgewählt.")
    canvas, buffer = new_canvas((template.page_width_mm * mm, template.page_height_mm * mm), "Adressetiketten")
    rect = template.content_rect_pt(0)
    size = {"value": ADDRESS_SIZE}

    def prepare(page: Sequence[PostalAddress]) -> None:
        # one size for every label on the sheet: the smallest any of them needs
        sizes = []
        for address in page:
            with current_record(f"Etikett {address.name}"):
                box = fit_address(address, rect[2], rect[3])
            sizes.append(min((e.size for e in box.elements), default=ADDRESS_SIZE))
        size["value"] = min(sizes, default=ADDRESS_SIZE)

    def draw(c: Canvas, address: PostalAddress, cell: tuple[float, float, float, float]) -> None:
        x, y, w, h = cell
        with current_record(f"Etikett {address.name}"):
            box = fit_address(address, w, h, size=size["value"])
            draw_fitted(c, box, x, y, w, h, valign="middle")

    with collect_notices() as notices:
        fill_sheets(canvas, template, addresses, draw, start=start, offset_mm=offset_mm, prepare_page=prepare)
        canvas.save()
    return PdfBytes(buffer.getvalue(), notices)

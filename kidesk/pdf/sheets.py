"""Sheet templates (business-card and label sheets) and filling them cell by cell.

All numbers are millimetres measured from the sheet's top-left corner, as printed on the
packaging (see DESIGN.md); they are converted to PDF points (origin bottom-left) only here.

``CARD_TEMPLATES`` and ``LABEL_TEMPLATES`` map a template id (what the CLI's ``--template``
and the settings store) to a :class:`SheetTemplate` with a German display label, so the UI
can list them.

Calibration: every template can carry a printer offset ``(x_mm, y_mm)`` (from
``kidesk.db.settings.calibration``); positive x moves the print to the right, positive y
moves it down. :func:`render_calibration_sheet` prints the cell outlines on plain paper to
find the offset by holding the page against a label sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf.typesetting import FONT, TextLine, draw_text_box, new_canvas

T = TypeVar("T")


@dataclass(frozen=True)
class SheetTemplate:
    id: str
    label: str  # German, for lists in the UI
    kind: str  # "card" | "label"
    width_mm: float
    height_mm: float
    columns: int
    rows: int
    x0_mm: float
    y0_mm: float
    dx_mm: float
    dy_mm: float
    padding_x_mm: float = 4.0
    padding_y_mm: float = 3.0
    crop_marks: bool = False
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell_mm(self, position: int) -> tuple[float, float]:
        """Top-left corner (x, y) in mm of cell ``position`` (0-based, row by row)."""
        row, column = divmod(position, self.columns)
        return self.x0_mm + column * self.dx_mm, self.y0_mm + row * self.dy_mm

    def cell_rect_pt(
        self, position: int, offset_mm: tuple[float, float] = (0.0, 0.0)
    ) -> tuple[float, float, float, float]:
        """(x, y, width, height) in points, PDF coordinates (y = lower edge), with offset."""
        x_mm, y_mm = self.cell_mm(position)
        x = (x_mm + offset_mm[0]) * mm
        y = (self.page_height_mm - y_mm - self.height_mm - offset_mm[1]) * mm
        return x, y, self.width_mm * mm, self.height_mm * mm

    def content_rect_pt(
        self, position: int, offset_mm: tuple[float, float] = (0.0, 0.0)
    ) -> tuple[float, float, float, float]:
        """The cell minus its inner padding (what text may use)."""
        x, y, w, h = self.cell_rect_pt(position, offset_mm)
        px, py = self.padding_x_mm * mm, self.padding_y_mm * mm
        return x + px, y + py, w - 2 * px, h - 2 * py


CARD_TEMPLATES: dict[str, SheetTemplate] = {
    "C32011": SheetTemplate(
        "C32011",
        "Avery Zweckform C32011 – Visitenkarten 85 × 54 mm, 2 × 5",
        "card",
        85,
        54,
        2,
        5,
        15,
        13.5,
        95,
        54,
        padding_x_mm=5,
        padding_y_mm=4,
    ),
    "32015": SheetTemplate(
        "32015",
        "Avery Zweckform 32015 – Visitenkarten 85 × 54 mm, 2 × 4",
        "card",
        85,
        54,
        2,
        4,
        17,
        31.5,
        91,
        60,
        padding_x_mm=5,
        padding_y_mm=4,
    ),
    # Plain A4 to cut by hand: 10 mm gaps between the cards carry the crop marks.
    "a4-cropmarks": SheetTemplate(
        "a4-cropmarks",
        "A4 Normalpapier mit Schnittmarken – 85 × 54 mm, 2 × 4",
        "card",
        85,
        54,
        2,
        4,
        15,
        25.5,
        95,
        64,
        padding_x_mm=5,
        padding_y_mm=4,
        crop_marks=True,
    ),
}

LABEL_TEMPLATES: dict[str, SheetTemplate] = {
    # Edge-to-edge labels: generous inner padding so the printer's unprintable border
    # does not clip the address.
    "3474": SheetTemplate(
        "3474",
        "Avery Zweckform 3474 – Adressetiketten 70 × 37 mm, 3 × 8",
        "label",
        70,
        37,
        3,
        8,
        0,
        0,
        70,
        37,
        padding_x_mm=7,
        padding_y_mm=5,
    ),
    "3475": SheetTemplate(
        "3475",
        "Avery Zweckform 3475 – Adressetiketten 70 × 36 mm, 3 × 8",
        "label",
        70,
        36,
        3,
        8,
        0,
        4.4,
        70,
        36,
        padding_x_mm=7,
        padding_y_mm=4,
    ),
    "3477": SheetTemplate(
        "3477",
        "Avery Zweckform 3477 – Adressetiketten 105 × 41 mm, 2 × 7",
        "label",
        105,
        41,
        2,
        7,
        0,
        4.9,
        105,
        41,
        padding_x_mm=9,
        padding_y_mm=4.5,
    ),
}

ALL_TEMPLATES: dict[str, SheetTemplate] = {**CARD_TEMPLATES, **LABEL_TEMPLATES}


def template_by_id(template_id: str, kind: str | None = None) -> SheetTemplate:
    """The template ``template_id``; a ValidationError listing the valid ids otherwise."""
    pool = CARD_TEMPLATES if kind == "card" else LABEL_TEMPLATES if kind == "label" else ALL_TEMPLATES
    try:
        return pool[template_id]
    except KeyError:
        raise ValidationError(
            f"Unbekannte Bogenvorlage '{template_id}'. Möglich sind: {', '.join(pool)}.", field="template"
        ) from None


def check_start(template: SheetTemplate, start: int) -> None:
    if not 1 <= start <= template.per_page:
        raise ValidationError(
            f"Startposition {start} gibt es auf dem Bogen {template.id} nicht (1 bis {template.per_page}).",
            field="start",
        )


def draw_crop_marks(
    canvas: Canvas, x: float, y: float, w: float, h: float, *, gap: float = 1 * mm, length: float = 4 * mm
) -> None:
    """Short lines outside each corner of the rectangle, leaving ``gap`` to the edge."""
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeColorRGB(0, 0, 0)
    for cx in (x, x + w):
        for cy in (y, y + h):
            sx = -1 if cx == x else 1
            sy = -1 if cy == y else 1
            canvas.line(cx + sx * gap, cy, cx + sx * (gap + length), cy)  # horizontal, outside
            canvas.line(cx, cy + sy * gap, cx, cy + sy * (gap + length))  # vertical, outside
    canvas.restoreState()


def fill_sheets[T](
    canvas: Canvas,
    template: SheetTemplate,
    items: Iterable[T],
    draw_cell: Callable[[Canvas, T, tuple[float, float, float, float]], None],
    *,
    start: int = 1,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    prepare_page: Callable[[Sequence[T]], None] | None = None,
) -> int:
    """Draw ``items`` into consecutive cells from position ``start`` (1-based); return pages used.

    ``draw_cell(canvas, item, content_rect)`` gets the padded content rectangle in points.
    ``prepare_page(items_on_the_sheet)`` runs before each sheet is drawn (one type size per
    element across a sheet).
    """
    check_start(template, start)
    items = list(items)
    position = start - 1
    pages = 0
    drew_on_page = False
    if prepare_page is not None and items:
        prepare_page(items[: template.per_page - position])
    for index, item in enumerate(items):
        if position >= template.per_page:
            if prepare_page is not None:
                prepare_page(items[index : index + template.per_page])
            canvas.showPage()
            pages += 1
            position = 0
            drew_on_page = False
        if template.crop_marks:
            draw_crop_marks(canvas, *template.cell_rect_pt(position, offset_mm))
        canvas.setFont(FONT, 10)
        draw_cell(canvas, item, template.content_rect_pt(position, offset_mm))
        drew_on_page = True
        position += 1
    if drew_on_page:
        canvas.showPage()
        pages += 1
    return pages


def render_calibration_sheet(template: SheetTemplate, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """A test page: every cell outlined and numbered, with the current offset applied.

    Printed on plain paper and held against a label sheet, it shows how far the printer is
    off; the difference goes into the settings as calibration offset.
    """
    canvas, buffer = new_canvas(A4, f"Kalibrierbogen {template.id}")
    canvas.setLineWidth(0.4)
    for position in range(template.per_page):
        x, y, w, h = template.cell_rect_pt(position, offset_mm)
        canvas.setDash(2, 2)
        canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
        canvas.rect(x, y, w, h)
        canvas.setDash()
        canvas.setStrokeColorRGB(0.8, 0, 0)
        cx, cy = x + w / 2, y + h / 2
        canvas.line(cx - 3 * mm, cy, cx + 3 * mm, cy)
        canvas.line(cx, cy - 3 * mm, cx, cy + 3 * mm)
        px, py, pw, ph = template.content_rect_pt(position, offset_mm)
        canvas.setStrokeColorRGB(0.6, 0.6, 0.9)
        canvas.rect(px, py, pw, ph)
        draw_text_box(canvas, px, py + ph - 4 * mm, pw, 4 * mm, [TextLine(f"Position {position + 1}", 7)])
    canvas.setFillColorRGB(0, 0, 0)
    # A 100 mm ruler in the lower half of a middle row (below the crosshairs, away from the
    # "Position n" labels at the top of each cell) shows whether the printer scaled the page.
    _x, row_y, _w, _h = template.cell_rect_pt((template.rows // 2) * template.columns, offset_mm)
    ruler_y = row_y + 14 * mm
    x0 = 55 * mm
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.5)
    canvas.line(x0, ruler_y, x0 + 100 * mm, ruler_y)
    for i in range(11):
        tick = 3 * mm if i % 5 == 0 else 1.5 * mm
        canvas.line(x0 + i * 10 * mm, ruler_y, x0 + i * 10 * mm, ruler_y + tick)
    draw_text_box(
        canvas,
        x0,
        ruler_y - 13 * mm,
        100 * mm,
        12 * mm,
        [
            TextLine(f"Kalibrierbogen {template.label}", 7, bold=True, align="center"),
            TextLine(
                f"Versatz x {offset_mm[0]:+.1f} mm, y {offset_mm[1]:+.1f} mm. Die Linie oben muss genau 100 mm lang sein "
                "(Drucken in Originalgröße, nicht „an Seite anpassen“).",
                6,
                align="center",
            ),
        ],
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


__all__ = [
    "ALL_TEMPLATES",
    "CARD_TEMPLATES",
    "LABEL_TEMPLATES",
    "SheetTemplate",
    "check_start",
    "draw_crop_marks",
    "fill_sheets",
    "render_calibration_sheet",
    "template_by_id",
]

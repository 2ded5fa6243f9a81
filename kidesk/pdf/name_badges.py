"""Name badges for an event: A6 (one per page) or four per A4 sheet (A6 each, with cut marks).

Sizes (issue 15): the name 30 pt on up to three lines, never below 18 pt; the event title,
organisation and role never below 9 pt; each element takes one size across a sheet.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, A6, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf.records import Badge
from kidesk.pdf.sheets import SheetTemplate, fill_sheets
from kidesk.pdf.typesetting import (
    PdfBytes,
    TextLine,
    collect_notices,
    common_sizes,
    current_record,
    draw_text_box,
    fit_box,
    new_canvas,
)

NAME_MIN = 18.0
TEXT_MIN = 9.0

BADGE_LAYOUTS = {
    "a6": "A6 quer, ein Namensschild pro Seite",
    "a4-4up": "A4, vier Namensschilder (A6 quer) pro Bogen",
}

# Four A6-landscape badges (148.5 × 105 mm) tile an A4 landscape sheet (297 × 210 mm) as 2 × 2.
FOUR_UP = SheetTemplate(
    "a4-4up",
    BADGE_LAYOUTS["a4-4up"],
    "badge",
    148.5,
    105,
    2,
    2,
    0,
    0,
    148.5,
    105,
    padding_x_mm=10,
    padding_y_mm=9,
    page_width_mm=297,
    page_height_mm=210,
)


def badge_lines(badge: Badge, event_title: str) -> list[TextLine]:
    return [
        TextLine(event_title, 11, color="#444444", align="center", max_lines=2, key="Veranstaltung"),
        TextLine(
            badge.name, 30, bold=True, align="center", space_before=14, max_lines=3, min_size=NAME_MIN, key="Name"
        ),
        TextLine(badge.organisation, 15, align="center", space_before=6, max_lines=2, key="Organisation"),
        TextLine(badge.role, 12, color="#444444", align="center", space_before=6, key="Rolle"),
    ]


def _draw_badge(
    canvas: Canvas,
    badge: Badge,
    rect: tuple[float, float, float, float],
    event_title: str,
    caps: dict[str, float] | None = None,
) -> None:
    x, y, w, h = rect
    with current_record(f"Namensschild {badge.name}"):
        draw_text_box(
            canvas, x, y, w, h, badge_lines(badge, event_title), min_size=TEXT_MIN, valign="middle", caps=caps
        )


def _sheet_caps(badges: Sequence[Badge], event_title: str, width: float, height: float) -> dict[str, float]:
    return common_sizes(fit_box(badge_lines(b, event_title), width, height, min_size=TEXT_MIN) for b in badges)


def render_badges(event_title: str, badges: Sequence[Badge], *, layout: str = "a4-4up") -> PdfBytes:
    if not badges:
        raise ValidationError("Keine Namensschilder zu drucken.")
    if layout not in BADGE_LAYOUTS:
        raise ValidationError(
            f"Unbekanntes Format '{layout}'. Möglich sind: {', '.join(BADGE_LAYOUTS)}.", field="layout"
        )
    with collect_notices() as notices:
        canvas, buffer = _render(event_title, badges, layout)
    return PdfBytes(buffer.getvalue(), notices)


def _render(event_title: str, badges: Sequence[Badge], layout: str) -> tuple[Canvas, io.BytesIO]:
    if layout == "a6":
        size = landscape(A6)
        canvas, buffer = new_canvas(size, f"Namensschilder – {event_title}")
        rect = (10 * mm, 9 * mm, size[0] - 20 * mm, size[1] - 18 * mm)
        for badge in badges:
            _draw_badge(canvas, badge, rect, event_title)
            canvas.showPage()
    else:
        caps: dict[str, float] = {}
        cell = FOUR_UP.content_rect_pt(0)

        def prepare(page: Sequence[Badge]) -> None:
            caps.clear()
            caps.update(_sheet_caps(page, event_title, cell[2], cell[3]))

        canvas, buffer = new_canvas(landscape(A4), f"Namensschilder – {event_title}")

        def draw(c: Canvas, badge: Badge, rect: tuple[float, float, float, float]) -> None:
            x, y, w, h = rect
            outer = (
                x - FOUR_UP.padding_x_mm * mm,
                y - FOUR_UP.padding_y_mm * mm,
                FOUR_UP.width_mm * mm,
                FOUR_UP.height_mm * mm,
            )
            c.saveState()
            c.setStrokeColorRGB(0.75, 0.75, 0.75)
            c.setLineWidth(0.3)
            c.setDash(3, 3)
            c.rect(*outer)
            c.restoreState()
            _draw_badge(c, badge, rect, event_title, caps)

        fill_sheets(canvas, FOUR_UP, badges, draw, prepare_page=prepare)
    canvas.save()
    return canvas, buffer


__all__ = ["BADGE_LAYOUTS", "FOUR_UP", "render_badges"]

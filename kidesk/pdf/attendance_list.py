"""Attendance list (Teilnehmerliste) with signature column, the proof of attendance for funders.

Every page repeats the event header and the table's column header; blank rows at the end
take walk-ins; every page says "Seite x von y".
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from kidesk.pdf.records import AttendanceRow, EventDetails
from kidesk.pdf.typesetting import (
    FONT,
    PdfBytes,
    TextLine,
    canvas_with_footer,
    collect_notices,
    current_record,
    draw_text_box,
    fitted_paragraph,
    paragraph_style,
)

MIN_SIZE = 8.0

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
HEADER_H = 32 * mm
ROW_H = 10 * mm
COLUMN_WIDTHS = (10 * mm, 62 * mm, 55 * mm, PAGE_W - 2 * MARGIN_X - 127 * mm)


def event_header_lines(event: EventDetails) -> list[TextLine]:
    return [
        TextLine("Teilnehmerliste", 9, color="#555555"),
        TextLine(event.title, 14, bold=True, max_lines=2, key="Titel"),
        TextLine(event.module_line, 9.5),
        TextLine(" · ".join(p for p in (event.date_line, event.time_line) if p), 9.5, space_before=2),
        TextLine(event.venue_line, 9.5),
    ]


def _fitted_cell(text: str, size: float, column_width: float, key: str) -> Paragraph | str:
    """A cell paragraph set by the fitting engine (two lines, then smaller, then shortened)."""
    if not text:
        return ""
    return fitted_paragraph(
        TextLine(text, size, max_lines=2, key=key), column_width - 4 * mm, ROW_H - 1.5 * mm, min_size=MIN_SIZE
    )


def render_attendance_list(event: EventDetails, rows: Sequence[AttendanceRow], *, blank_rows: int = 5) -> PdfBytes:
    """One table row per person (sorted by the caller), then ``blank_rows`` empty rows."""
    with collect_notices() as notices:
        data = _render(event, rows, blank_rows)
    return PdfBytes(data, notices)


def _render(event: EventDetails, rows: Sequence[AttendanceRow], blank_rows: int) -> bytes:
    buffer = io.BytesIO()

    def footer(canvas: Canvas, number: int, total: int) -> None:
        draw_text_box(
            canvas,
            MARGIN_X,
            8 * mm,
            PAGE_W - 2 * MARGIN_X,
            6 * mm,
            [TextLine(f"Seite {number} von {total}", 8, align="right")],
        )

    def header(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 10)
        draw_text_box(
            canvas,
            MARGIN_X,
            PAGE_H - 12 * mm - HEADER_H + 4 * mm,
            PAGE_W - 2 * MARGIN_X,
            HEADER_H - 4 * mm,
            event_header_lines(event),
            min_size=8,
        )
        canvas.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=f"Teilnehmerliste – {event.title}",
        author="kidesk",
        creator="kidesk",
        invariant=1,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=12 * mm + HEADER_H,
        bottomMargin=18 * mm,
    )
    frame = Frame(
        MARGIN_X,
        18 * mm,
        PAGE_W - 2 * MARGIN_X,
        PAGE_H - 18 * mm - 12 * mm - HEADER_H - 2 * mm,
        id="rows",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="list", frames=[frame], onPage=header)])

    head_style = paragraph_style(9, bold=True)
    cell_style = paragraph_style(9.5, leading=11)
    data = [
        [
            Paragraph("Nr.", head_style),
            Paragraph("Name", head_style),
            Paragraph("Organisation", head_style),
            Paragraph("Unterschrift", head_style),
        ]
    ]
    for number, row in enumerate(rows, start=1):
        with current_record(f"Teilnehmerliste, Zeile {number} ({row.name})"):
            data.append(
                [
                    Paragraph(str(number), cell_style),
                    _fitted_cell(row.name, 9.5, COLUMN_WIDTHS[1], "Name"),
                    _fitted_cell(row.organisation, 8.5, COLUMN_WIDTHS[2], "Organisation"),
                    "",
                ]
            )
    for number in range(len(rows) + 1, len(rows) + 1 + blank_rows):
        data.append([Paragraph(str(number), cell_style), "", "", ""])
    table = Table(data, colWidths=COLUMN_WIDTHS, rowHeights=[8 * mm] + [ROW_H] * (len(data) - 1), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5 * mm),
            ]
        )
    )
    doc.build([table], canvasmaker=canvas_with_footer(footer))
    return buffer.getvalue()

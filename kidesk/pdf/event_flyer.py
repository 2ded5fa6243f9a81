"""Event flyer for the notice board, A4 or A5 portrait.

From top to bottom: organisers' logos, series and module, title and subtitle, date, time,
venue and room, description, speakers, co-hosts (logos), registration and contact with a
QR code, and the "Gefördert durch" row of funders. On A5 everything scales by 1/√2.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf import german_format
from kidesk.pdf.qr_codes import draw_qr_code
from kidesk.pdf.records import EventDetails, OrganisationMark
from kidesk.pdf.typesetting import TextLine, draw_image_in_box, draw_text_box, image_reader, new_canvas

FLYER_SIZES = {"A4": A4, "A5": A5}


def _draw_marks_row(
    canvas: Canvas,
    marks: Sequence[OrganisationMark],
    x: float,
    y: float,
    width: float,
    height: float,
    s: float,
    *,
    text_size: float = 10,
) -> None:
    """Logos (or names where there is no logo) side by side, centred, each in an equal slot."""
    if not marks:
        return
    gap = 4 * mm * s
    slot = (width - gap * (len(marks) - 1)) / len(marks)
    if all(mark.logo for mark in marks):
        slot = min(48 * mm * s, slot)  # logos look best at a moderate width
    total = slot * len(marks) + gap * (len(marks) - 1)
    cursor = x + (width - total) / 2
    for mark in marks:
        image = image_reader(mark.logo, mark.name)
        if image is not None:
            draw_image_in_box(canvas, image, cursor, y, slot, height, align="center")
        else:
            draw_text_box(
                canvas,
                cursor,
                y,
                slot,
                height,
                [TextLine(mark.name, text_size * s, bold=True, align="center", wrap=True)],
                valign="middle",
                min_size=7,
            )
        cursor += slot + gap


def render_flyer(event: EventDetails, *, size: str = "A4") -> bytes:
    try:
        pagesize = FLYER_SIZES[size.upper()]
    except (KeyError, AttributeError):
        raise ValidationError(f"Unbekanntes Flyerformat '{size}'. Möglich sind A4 und A5.", field="size") from None
    canvas, buffer = new_canvas(pagesize, f"Flyer – {event.title}")
    page_w, page_h = pagesize
    s = page_w / A4[0]
    margin = 18 * mm * s
    width = page_w - 2 * margin
    top = page_h - margin

    # organisers' logos
    if event.organisers:
        _draw_marks_row(canvas, event.organisers, margin, top - 20 * mm * s, width, 20 * mm * s, s, text_size=15)
        top -= 26 * mm * s

    # band with the series/module, title, subtitle
    band_h = 58 * mm * s
    canvas.saveState()
    canvas.setFillColorRGB(0.11, 0.33, 0.55)
    canvas.rect(0, top - band_h, page_w, band_h, stroke=0, fill=1)
    canvas.restoreState()
    draw_text_box(
        canvas,
        margin,
        top - band_h + 6 * mm * s,
        width,
        band_h - 12 * mm * s,
        [
            TextLine(event.module_line, 12 * s, color="#ffffff"),
            TextLine(event.title, 30 * s, bold=True, color="#ffffff", space_before=6 * s),
            TextLine(event.subtitle, 15 * s, color="#ffffff", space_before=4 * s),
        ],
        min_size=9,
        valign="middle",
    )
    top -= band_h + 8 * mm * s

    # when and where
    when = [
        TextLine(event.date_line, 16 * s, bold=True),
        TextLine(event.time_line, 14 * s, space_before=2 * s),
        TextLine(", ".join(p for p in (event.venue_name, event.room) if p), 13 * s, space_before=6 * s),
        TextLine(
            ", ".join(
                p for p in (event.venue_street, " ".join(q for q in (event.venue_postcode, event.venue_city) if q)) if p
            ),
            11 * s,
        ),
    ]
    when_h = 34 * mm * s
    draw_text_box(canvas, margin, top - when_h, width, when_h, when, min_size=7)
    top -= when_h + 4 * mm * s

    # bottom part, from the page edge upwards: funders, contact + QR, co-hosts
    bottom = margin * 0.7
    if event.funders:
        row_h = 16 * mm * s
        _draw_marks_row(canvas, event.funders, margin + 32 * mm * s, bottom, width - 32 * mm * s, row_h, s)
        draw_text_box(
            canvas, margin, bottom, 30 * mm * s, row_h, [TextLine("Gefördert durch", 9 * s, bold=True)], valign="middle"
        )
        bottom += row_h + 4 * mm * s
        canvas.saveState()
        canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
        canvas.setLineWidth(0.4)
        canvas.line(margin, bottom - 2 * mm * s, page_w - margin, bottom - 2 * mm * s)
        canvas.restoreState()

    contact_h = 32 * mm * s
    qr_size = 28 * mm * s
    contact = [TextLine("Information und Anmeldung", 11 * s, bold=True)]
    if event.registration_deadline:
        contact.append(
            TextLine(
                f"Bitte melden Sie sich bis zum {german_format.date_short(event.registration_deadline)} an.",
                10 * s,
                space_before=2 * s,
            )
        )
    contact += [
        TextLine(line, 10 * s, space_before=(2 * s if i == 0 else 0)) for i, line in enumerate(event.contact_lines)
    ]
    text_w = width - (qr_size + 6 * mm * s if event.qr_text else 0)
    draw_text_box(canvas, margin, bottom, text_w, contact_h, contact, min_size=7)
    if event.qr_text:
        draw_qr_code(canvas, event.qr_text, page_w - margin - qr_size, bottom + contact_h - qr_size, qr_size)
        if event.qr_caption:
            draw_text_box(
                canvas,
                page_w - margin - qr_size - 4 * mm * s,
                bottom,
                qr_size + 8 * mm * s,
                contact_h - qr_size - 1 * mm,
                [TextLine(event.qr_caption, 7 * s, align="center")],
                min_size=7,
            )
    bottom += contact_h + 4 * mm * s

    if event.co_hosts:
        row_h = 16 * mm * s
        _draw_marks_row(canvas, event.co_hosts, margin, bottom, width, row_h, s)
        bottom += row_h
        draw_text_box(
            canvas,
            margin,
            bottom,
            width,
            7 * mm * s,
            [TextLine("In Zusammenarbeit mit", 9 * s, bold=True, align="center")],
        )
        bottom += 10 * mm * s

    # description and speakers fill what is left in the middle
    middle = []
    if event.description:
        middle.append(TextLine(event.description, 11.5 * s, wrap=True))
    if event.speakers:
        label = "Referent/in" if len(event.speakers) == 1 else "Referent/innen"
        middle.append(
            TextLine(f"{label}: {', '.join(event.speakers)}", 11 * s, bold=True, space_before=6 * s, wrap=True)
        )
    if middle and top - bottom > 5 * mm:
        draw_text_box(canvas, margin, bottom, width, top - bottom, middle, min_size=7)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

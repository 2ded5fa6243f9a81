"""Business cards (Visitenkarten) on card sheets: one person many times, or many people.

Layout of an 85 × 54 mm card (inside the template's padding): name with title, function,
department and organisation at the top (logo top right, if any); address, phone, fax,
e-mail and room below; the QR code with the vCard bottom right, if any.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf.qr_codes import draw_qr_code
from kidesk.pdf.records import BusinessCard
from kidesk.pdf.sheets import SheetTemplate, fill_sheets
from kidesk.pdf.typesetting import TextLine, draw_image_in_box, draw_text_box, image_reader, new_canvas

QR_SIZE = 19 * mm
LOGO_W, LOGO_H = 24 * mm, 11 * mm


def card_lines(card: BusinessCard) -> tuple[list[TextLine], list[TextLine]]:
    """The (upper, lower) text blocks of a card."""
    upper = [
        TextLine(card.name, 10.5, bold=True),
        TextLine(card.function, 7.5, space_before=1),
        TextLine(card.department, 7),
        TextLine(card.organisation, 7.5, bold=True, space_before=1, wrap=True),
    ]
    lower = [
        TextLine(card.street, 7),
        TextLine(card.postcode_city, 7),
        TextLine(f"Telefon {card.phone}" if card.phone else "", 7, space_before=2),
        TextLine(f"Mobil {card.mobile}" if card.mobile else "", 7),
        TextLine(f"Telefax {card.fax}" if card.fax else "", 7),
        TextLine(f"E-Mail {card.email}" if card.email else "", 7),
        TextLine(f"Raum {card.room}" if card.room else "", 7),
        TextLine(card.website, 7),
    ]
    return upper, lower


def draw_card(canvas: Canvas, card: BusinessCard, rect: tuple[float, float, float, float]) -> None:
    x, y, w, h = rect
    upper, lower = card_lines(card)
    logo = image_reader(card.logo, card.logo_owner or card.organisation or card.name)
    upper_h = 20 * mm
    upper_w = w
    if logo is not None:
        draw_image_in_box(canvas, logo, x + w - LOGO_W, y + h - LOGO_H, LOGO_W, LOGO_H, align="right")
        upper_w = w - LOGO_W - 2 * mm
    draw_text_box(canvas, x, y + h - upper_h, upper_w, upper_h, upper)
    lower_w = w
    if card.vcard:
        draw_qr_code(canvas, card.vcard, x + w - QR_SIZE, y, QR_SIZE)
        lower_w = w - QR_SIZE - 2 * mm
    draw_text_box(canvas, x, y, lower_w, h - upper_h - 1.5 * mm, lower, valign="bottom")


def render_business_cards(
    cards: Sequence[BusinessCard],
    template: SheetTemplate,
    *,
    start: int = 1,
    offset_mm: tuple[float, float] = (0.0, 0.0),
) -> bytes:
    """All ``cards`` on sheets of ``template`` from position ``start``; repeat a card to fill a sheet."""
    if not cards:
        raise ValidationError("Keine Visitenkarten ausgewählt.")
    canvas, buffer = new_canvas((template.page_width_mm * mm, template.page_height_mm * mm), "Visitenkarten")
    fill_sheets(canvas, template, cards, draw_card, start=start, offset_mm=offset_mm)
    canvas.save()
    return buffer.getvalue()

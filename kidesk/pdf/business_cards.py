"""Business cards (Visitenkarten) on card sheets: one person many times, or many people.

Layout of an 85 × 54 mm card (inside the template's padding): name with title, function,
department and organisation at the top (logo top right, if any); address, phone, fax,
e-mail and room below; the QR code with the vCard bottom right, if any.

Text goes through the fitting engine (:mod:`kidesk.pdf.typesetting`): the name on up to two
lines at 10.5 pt before it shrinks (never below 6 pt), and each element takes one size across
a sheet. The QR square grows from 19 mm up to 24 mm so its modules stay ≥ 0.33 mm; a vCard too
long for that falls back to a shorter one (:func:`kidesk.pdf.qr_codes.compact_vcards`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf.qr_codes import draw_qr_code, fit_qr
from kidesk.pdf.records import BusinessCard
from kidesk.pdf.sheets import SheetTemplate, fill_sheets
from kidesk.pdf.typesetting import (
    FittedBox,
    PdfBytes,
    TextLine,
    collect_notices,
    common_sizes,
    current_record,
    draw_fitted,
    draw_image_in_box,
    fit_box,
    image_reader,
    new_canvas,
    report_overflow,
)

MIN_SIZE = 6.0  # issue 15: nothing on a card below 6 pt
QR_SIZE = 19 * mm  # preferred square
QR_MAX = 24 * mm  # the square may grow to this to keep modules >= 0.33 mm
LOGO_W, LOGO_H = 24 * mm, 11 * mm
GAP = 1.5 * mm


def card_lines(card: BusinessCard) -> tuple[list[TextLine], list[TextLine]]:
    """The (upper, lower) text blocks of a card."""
    upper = [
        TextLine(card.name, 10.5, bold=True, max_lines=2, key="Name"),
        TextLine(card.function, 7.5, space_before=1, max_lines=2, key="Funktion"),
        TextLine(card.department, 7, max_lines=2, key="Abteilung"),
        TextLine(card.organisation, 7.5, bold=True, space_before=1, max_lines=2, key="Organisation"),
    ]
    lower = [
        TextLine(card.street, 7, key="Anschrift"),
        TextLine(card.postcode_city, 7, key="Anschrift"),
        TextLine(f"Telefon {card.phone}" if card.phone else "", 7, space_before=2, key="Kontakt"),
        TextLine(f"Mobil {card.mobile}" if card.mobile else "", 7, key="Kontakt"),
        TextLine(f"Telefax {card.fax}" if card.fax else "", 7, key="Kontakt"),
        TextLine(f"E-Mail {card.email}" if card.email else "", 7, key="Kontakt"),
        TextLine(f"Raum {card.room}" if card.room else "", 7, key="Kontakt"),
        TextLine(card.website, 7, key="Kontakt"),
    ]
    return upper, lower


class _CardLayout:
    """Where the parts of a card go; fitted once per card and sheet (see :func:`_page_caps`)."""

    def __init__(self, card: BusinessCard, size: tuple[float, float], caps: dict[str, float]):
        w, h = size
        self.card = card
        upper, lower = card_lines(card)
        self.qr = None
        if card.vcard:
            self.qr = fit_qr((card.vcard, *card.vcard_fallbacks), max_size=QR_MAX, preferred_size=QR_SIZE)
            if self.qr is None:
                report_overflow("QR-Code", "vCard zu lang für einen lesbaren QR-Code")
        qr_w = self.qr.size + 2 * mm if self.qr else 0.0
        self.logo = image_reader(card.logo, card.logo_owner or card.organisation or card.name)
        upper_w = w - (LOGO_W + 2 * mm if self.logo is not None else 0)
        self.lower: FittedBox = fit_box(lower, w - qr_w, h * 0.55, min_size=MIN_SIZE, caps=caps)
        lower_h = max(self.lower.height, self.qr.size if self.qr else 0.0)
        self.upper_h = h - lower_h - GAP
        self.upper_w = upper_w
        self.upper: FittedBox = fit_box(upper, upper_w, self.upper_h, min_size=MIN_SIZE, caps=caps)
        self.lower_w = w - qr_w

    def within(self, caps: dict[str, float]) -> bool:
        """Whether this layout already uses no element larger than the sheet's sizes."""
        sizes = {**self.upper.sizes, **self.lower.sizes}
        return all(size <= caps.get(key, size) + 1e-6 for key, size in sizes.items())

    def draw(self, canvas: Canvas, rect: tuple[float, float, float, float]) -> None:
        x, y, w, h = rect
        if self.logo is not None:
            draw_image_in_box(canvas, self.logo, x + w - LOGO_W, y + h - LOGO_H, LOGO_W, LOGO_H, align="right")
        draw_fitted(canvas, self.upper, x, y + h - self.upper_h, self.upper_w, self.upper_h)
        if self.qr is not None:
            draw_qr_code(canvas, self.qr.payload, x + w - self.qr.size, y, self.qr.size, ec_level=self.qr.ec_level)
        draw_fitted(canvas, self.lower, x, y, self.lower_w, self.lower.height, valign="bottom")


def render_business_cards(
    cards: Sequence[BusinessCard],
    template: SheetTemplate,
    *,
    start: int = 1,
    offset_mm: tuple[float, float] = (0.0, 0.0),
) -> PdfBytes:
    """All ``cards`` on sheets of ``template`` from position ``start``; repeat a card to fill a sheet."""
    if not cards:
        raise ValidationError("Keine Visitenkarten ausgewählt.")
    canvas, buffer = new_canvas((template.page_width_mm * mm, template.page_height_mm * mm), "Visitenkarten")
    _x, _y, width, height = template.content_rect_pt(0)
    caps: dict[str, float] = {}
    measured: dict[BusinessCard, _CardLayout] = {}

    def prepare(page: Sequence[BusinessCard]) -> None:
        # one size per element across the sheet: the smallest any card on it needs
        caps.clear()
        boxes = []
        for card in page:
            if card not in measured:
                with current_record(f"Visitenkarte {card.name}"):
                    measured[card] = _CardLayout(card, (width, height), {})
            boxes += [measured[card].upper, measured[card].lower]
        caps.update(common_sizes(boxes))

    def draw(c: Canvas, card: BusinessCard, cell: tuple[float, float, float, float]) -> None:
        with current_record(f"Visitenkarte {card.name}"):
            layout = measured.get(card)
            if layout is None or not layout.within(caps):  # the sheet needs it smaller
                layout = _CardLayout(card, (width, height), caps)
            layout.draw(c, cell)

    with collect_notices() as notices:
        fill_sheets(canvas, template, cards, draw, start=start, offset_mm=offset_mm, prepare_page=prepare)
        canvas.save()
    return PdfBytes(buffer.getvalue(), notices)

"""Event flyer for the notice board: A4 or A5 portrait, two designs, optional print-shop bleed.

What it says (issue 15): series and module, title and subtitle, the date block (day, time,
venue with room and address), the description or programme, speakers, how and until when
to register with a QR code to the registration (an e-mail with the subject filled in, a
phone call, or the web site — :func:`kidesk.services.printing.records.registration_qr`), the
contact person, and the organisations: organisers' logos at the top, "In Kooperation mit"
(co-hosts) and "Gefördert durch" (funders) at the bottom — the way the KI's flyers end.

Designs (:data:`FLYER_DESIGNS`)
    ``klar``    a coloured title panel, the date block and the text below, registration in a
                tinted box with the QR code on the right.
    ``spalte``  a coloured column on the left with date, place and registration (QR on a white
                field), title and text on the right.

Filling the page: the description is the flexible part — it starts large (15 pt on A4) and
only shrinks as far as the page needs (never below 9 pt); a picture, if given, takes the room
that is left. Nothing touches the paper edge: a 12 mm safe margin keeps office printers from
cutting anything off (no white strips at the edge of a coloured band). ``bleed=True`` makes a
print-shop file instead: the page grows by 3 mm bleed plus 10 mm for crop marks on each side,
coloured areas that touch the trimmed edge run into the bleed, and TrimBox/BleedBox are set.
All text ≥ 7 pt, also on A5.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf import german_format
from kidesk.pdf.qr_codes import QrChoice, draw_qr_code, fit_qr
from kidesk.pdf.records import EventDetails, OrganisationMark
from kidesk.pdf.sheets import draw_crop_marks
from kidesk.pdf.typesetting import (
    PdfBytes,
    TextLine,
    collect_notices,
    current_record,
    draw_fitted,
    draw_image_in_box,
    fit_box,
    image_reader,
    new_canvas,
)

FLYER_SIZES = {"A4": A4, "A5": A5}
FLYER_DESIGNS = {
    "klar": "Klar – farbiger Titelblock, Anmeldung mit QR-Code unten",
    "spalte": "Spalte – farbige Randspalte mit Datum, Ort und Anmeldung",
}
ACCENT = "#1d5a8c"
TINT = "#e8f0f7"
SAFE_MARGIN = 12 * mm
BLEED = 3 * mm
SLUG = 10 * mm  # room for the crop marks outside the bleed
MIN_TEXT = 7.0  # issue 15: captions and small print never below 7 pt, also on A5


def _rgb(canvas: Canvas, color: str) -> None:
    canvas.setFillColor(color)


class _Flyer:
    def __init__(self, canvas: Canvas, event: EventDetails, trim: tuple[float, float], origin: float, bleed: bool):
        self.c = canvas
        self.event = event
        self.w, self.h = trim
        self.o = origin  # where the trimmed page starts on the media
        self.bleed = bleed
        self.s = self.w / A4[0]  # 1 on A4, 1/√2 on A5

    # -- helpers ------------------------------------------------------------------------
    def size(self, points: float, minimum: float = MIN_TEXT) -> float:
        return max(points * self.s, minimum)

    def rect(self, x: float, y: float, w: float, h: float, color: str, *, to_edge: bool = False) -> None:
        """A coloured area; ``to_edge`` areas touching the trimmed edge run into the bleed."""
        if to_edge and self.bleed:
            x0 = x - BLEED if x <= 0.01 else x
            y0 = y - BLEED if y <= 0.01 else y
            x1 = x + w + BLEED if x + w >= self.w - 0.01 else x + w
            y1 = y + h + BLEED if y + h >= self.h - 0.01 else y + h
            x, y, w, h = x0, y0, x1 - x0, y1 - y0
        self.c.saveState()
        _rgb(self.c, color)
        self.c.rect(self.o + x, self.o + y, w, h, stroke=0, fill=1)
        self.c.restoreState()

    def text(self, x: float, y: float, w: float, h: float, lines: list[TextLine], **kw: object) -> float:
        box = fit_box(lines, w, h, min_size=MIN_TEXT)
        draw_fitted(self.c, box, self.o + x, self.o + y, w, h, valign=str(kw.get("valign", "top")))
        return box.height

    def height_of(self, lines: list[TextLine], w: float, h: float) -> float:
        return fit_box(lines, w, h, min_size=MIN_TEXT).height

    # -- content blocks ------------------------------------------------------------------
    def title_lines(self, color: str) -> list[TextLine]:
        e = self.event
        return [
            TextLine(e.module_line, self.size(12), color=color, max_lines=2, key="Reihe"),
            TextLine(
                e.title,
                self.size(30),
                bold=True,
                color=color,
                space_before=6 * self.s,
                max_lines=3,
                min_size=self.size(16),
                key="Titel",
            ),
            TextLine(e.subtitle, self.size(15), color=color, space_before=4 * self.s, max_lines=2, key="Untertitel"),
        ]

    def when_lines(self, color: str = "#000000", big: float = 20, scale: float = 1.0) -> list[TextLine]:
        e = self.event
        town = " ".join(q for q in (e.venue_postcode, e.venue_city) if q)
        return [
            TextLine(e.date_line, self.size(big), bold=True, color=color, max_lines=2, key="Datum"),
            TextLine(e.time_line, self.size(15 * scale), color=color, space_before=2 * self.s, key="Uhrzeit"),
            TextLine(
                ", ".join(p for p in (e.venue_name, e.room) if p),
                self.size(13 * scale),
                bold=True,
                color=color,
                space_before=6 * self.s,
                max_lines=2,
                key="Ort",
            ),
            TextLine(
                ", ".join(p for p in (e.venue_street, town) if p),
                self.size(11 * scale),
                color=color,
                max_lines=2,
                key="Adresse",
            ),
        ]

    def middle_lines(self) -> list[TextLine]:
        e = self.event
        lines = []
        if e.description:
            # large first: a short text fills the page, a long one shrinks as far as it must
            lines.append(TextLine(e.description, self.size(20), wrap=True, min_size=9, key="Beschreibung"))
        if e.speakers:
            label = "Referent/in" if len(e.speakers) == 1 else "Referent/innen"
            lines.append(
                TextLine(
                    f"{label}: {', '.join(e.speakers)}",
                    self.size(13),
                    bold=True,
                    space_before=8 * self.s,
                    wrap=True,
                    min_size=9,
                    key="Referenten",
                )
            )
        return lines

    def registration_lines(self, color: str = "#000000") -> list[TextLine]:
        e = self.event
        lines = [TextLine("Anmeldung und Information", self.size(13), bold=True, color=color, max_lines=2)]
        if e.registration_deadline:
            lines.append(
                TextLine(
                    f"Bitte melden Sie sich bis zum {german_format.date_short(e.registration_deadline)} an",
                    self.size(11),
                    color=color,
                    space_before=2 * self.s,
                    max_lines=2,
                    key="Anmeldung",
                )
            )
        for i, line in enumerate(e.registration_lines):
            lines.append(
                TextLine(
                    line,
                    self.size(10.5),
                    color=color,
                    max_lines=2,
                    key="Anmeldeweg",
                    space_before=2 * self.s if i == 0 else 0,
                )
            )
        if e.contact_lines:  # the person; phone and e-mail stand in the lines above
            lines.append(
                TextLine(
                    f"Ihre Ansprechperson: {e.contact_lines[0]}",
                    self.size(10),
                    color=color,
                    key="Kontakt",
                    max_lines=2,
                    space_before=4 * self.s,
                )
            )
            if not e.registration_lines:
                lines += [TextLine(line, self.size(10), color=color, key="Kontakt") for line in e.contact_lines[1:]]
        return lines

    def qr(self, max_size: float) -> QrChoice | None:
        if not self.event.qr_text:
            return None
        return fit_qr([self.event.qr_text], max_size=max_size, preferred_size=max_size)

    def draw_qr(self, choice: QrChoice, x: float, y: float, *, white_field: bool = False) -> None:
        if white_field:  # the quiet zone: four light modules around the code
            pad = 4 * choice.size / choice.modules
            self.rect(x - pad, y - pad, choice.size + 2 * pad, choice.size + 2 * pad, "#ffffff")
        draw_qr_code(self.c, choice.payload, self.o + x, self.o + y, choice.size, ec_level=choice.ec_level)

    def marks_row(self, label: str, marks: Sequence[OrganisationMark], x: float, y: float, w: float, h: float) -> None:
        """A label ("Gefördert durch") and the logos (or names) side by side."""
        label_w = max(40 * mm * self.s, 30 * mm)
        self.text(
            x, y, label_w, h, [TextLine(label, self.size(9), bold=True, color="#333333", max_lines=2)], valign="middle"
        )
        x += label_w
        w -= label_w
        gap = 5 * mm * self.s
        widest = 50 * mm * self.s if all(mark.logo for mark in marks) else 90 * mm * self.s
        slot = min((w - gap * (len(marks) - 1)) / len(marks), widest)
        for mark in marks:
            image = image_reader(mark.logo, mark.name)
            if image is not None:
                draw_image_in_box(self.c, image, self.o + x, self.o + y, slot, h, align="left")
            else:
                self.text(
                    x,
                    y,
                    slot,
                    h,
                    [TextLine(mark.name, self.size(10), bold=True, max_lines=4, key="Partner")],
                    valign="middle",
                )
            x += slot + gap

    def bottom_rows(self, x: float, y: float, w: float) -> float:
        """The co-host and funder rows from ``y`` upwards; returns the height used."""
        e = self.event
        row_h = 15 * mm * self.s
        used = 0.0
        for label, marks in (("Gefördert durch", e.funders), ("In Kooperation mit", e.co_hosts)):
            if marks:
                self.marks_row(label, marks, x, y + used, w, row_h)
                used += row_h + 3 * mm * self.s
        if used:
            self.c.saveState()
            self.c.setStrokeColor("#9aa9b8")
            self.c.setLineWidth(0.5)
            self.c.line(self.o + x, self.o + y + used - 1 * mm, self.o + x + w, self.o + y + used - 1 * mm)
            self.c.restoreState()
            used += 2 * mm * self.s
        return used

    def organisers(self, x: float, top: float, w: float) -> float:
        marks = self.event.organisers
        if not marks:
            return 0.0
        h = 16 * mm * self.s
        slot = min(w / len(marks), 90 * mm * self.s)
        cursor = x + w - slot * len(marks)
        for mark in marks:
            image = image_reader(mark.logo, mark.name)
            if image is not None:
                draw_image_in_box(self.c, image, self.o + cursor, self.o + top - h, slot, h, align="right")
            else:
                self.text(
                    cursor,
                    top - h,
                    slot,
                    h,
                    [TextLine(mark.name, self.size(13), bold=True, align="right", max_lines=2, key="Veranstalter")],
                    valign="middle",
                )
            cursor += slot
        return h + 4 * mm * self.s

    def middle(self, x: float, y: float, w: float, h: float) -> None:
        """Description and speakers fill the room; a picture takes what they leave."""
        lines = self.middle_lines()
        picture = image_reader(self.event.picture, "das Bild der Veranstaltung")
        text_h = self.height_of(lines, w, h) if lines else 0.0
        if picture is not None and h - text_h > 30 * mm * self.s:
            pic_h = h - text_h - 5 * mm * self.s
            draw_image_in_box(self.c, picture, self.o + x, self.o + y + h - pic_h, w, pic_h, align="center")
            h -= pic_h + 5 * mm * self.s
        if lines:
            self.text(x, y, w, h, lines, valign="middle" if picture is None else "top")

    # -- designs -------------------------------------------------------------------------
    def klar(self) -> None:
        m = SAFE_MARGIN
        x, w = m, self.w - 2 * m
        top = self.h - m
        top -= self.organisers(x, top, w)
        pad = 7 * mm * self.s
        lines = self.title_lines("#ffffff")
        band_h = self.height_of(lines, w - 2 * pad, 90 * mm * self.s) + 2 * pad
        self.rect(x, top - band_h, w, band_h, ACCENT)
        self.text(x + pad, top - band_h + pad, w - 2 * pad, band_h - 2 * pad, lines)
        top -= band_h + 7 * mm * self.s
        # without a description, date and place are what fills the middle, large
        spacious = not self.middle_lines() and self.event.picture is None
        when = self.when_lines(ACCENT)
        if not spacious:
            when_h = self.height_of(when, w, 60 * mm * self.s)
            self.text(x, top - when_h, w, when_h, when)
            top -= when_h + 6 * mm * self.s

        bottom = m + self.bottom_rows(x, m, w)
        reg = self.registration_lines()
        qr = self.qr(38 * mm * self.s)
        reg_w = w - (qr.size + 10 * mm * self.s if qr else 0) - 2 * pad
        reg_h = max(self.height_of(reg, reg_w, 70 * mm * self.s), qr.size if qr else 0.0) + 2 * pad
        caption_h = self.size(8) * 2.5 if qr and self.event.qr_caption else 0.0
        reg_h += caption_h
        self.rect(x, bottom, w, reg_h, TINT)
        self.text(x + pad, bottom + pad, reg_w, reg_h - 2 * pad, reg)
        if qr:
            qx = x + w - pad - qr.size
            self.draw_qr(qr, qx, bottom + reg_h - pad - qr.size)
            if caption_h:
                self.text(
                    qx - 6 * mm * self.s,
                    bottom + pad * 0.5,
                    qr.size + 6 * mm * self.s,
                    caption_h,
                    [TextLine(self.event.qr_caption, self.size(8), align="center", max_lines=2, key="QR-Beschriftung")],
                )
        bottom += reg_h + 6 * mm * self.s
        if spacious:
            self.text(x, bottom, w, top - bottom, self.when_lines(ACCENT, big=30, scale=1.6), valign="middle")
        else:
            self.middle(x, bottom, w, top - bottom)

    def spalte(self) -> None:
        m = SAFE_MARGIN
        col_w = max(66 * mm * self.s, 58 * mm)  # room for an e-mail address on A5
        # the column runs from the top to the bottom of the safe area (or into the bleed)
        col_x = 0.0 if self.bleed else m
        col_y = 0.0 if self.bleed else m
        col_h = self.h - (0 if self.bleed else 2 * m)
        self.rect(col_x, col_y, col_w + (m if self.bleed else 0), col_h, ACCENT, to_edge=True)
        inner = 6 * mm * self.s
        cx = m if self.bleed else m + inner
        cw = col_w - (inner if self.bleed else 2 * inner) + (m - inner if self.bleed else 0)
        ctop = self.h - m - inner
        when = self.when_lines("#ffffff", big=18)
        when_h = self.height_of(when, cw, 80 * mm * self.s)
        self.text(cx, ctop - when_h, cw, when_h, when)
        cbottom = m + inner
        qr = self.qr(min(cw - 8 * mm * self.s, 34 * mm * self.s))
        if qr:
            self.draw_qr(qr, cx + (cw - qr.size) / 2, cbottom + 4 * mm * self.s, white_field=True)
            cbottom += qr.size + 8 * mm * self.s
            if self.event.qr_caption:
                cap_h = self.size(8) * 2.5
                caption = TextLine(
                    self.event.qr_caption,
                    self.size(8),
                    color="#ffffff",
                    align="center",
                    max_lines=2,
                    key="QR-Beschriftung",
                )
                self.text(cx, cbottom, cw, cap_h, [caption], valign="bottom")
                cbottom += cap_h + 3 * mm * self.s
        reg = self.registration_lines("#ffffff")
        room = ctop - when_h - 10 * mm * self.s - cbottom
        self.text(cx, cbottom, cw, room, reg, valign="bottom")

        x = (col_w + m + 8 * mm * self.s) if self.bleed else (m + col_w + 8 * mm * self.s)
        w = self.w - m - x
        top = self.h - m
        top -= self.organisers(x, top, w)
        title = self.title_lines(ACCENT)
        title_h = self.height_of(title, w, 100 * mm * self.s)
        self.text(x, top - title_h, w, title_h, title)
        top -= title_h + 8 * mm * self.s
        bottom = m + self.bottom_rows(x, m, w)
        if not self.middle_lines() and self.event.picture is None:
            # without a description the place, large, fills the right side
            lines = self.when_lines(ACCENT, big=26, scale=1.5)[2:]
            self.text(x, bottom, w, top - bottom, lines, valign="middle")
        else:
            self.middle(x, bottom, w, top - bottom)


def render_flyer(event: EventDetails, *, size: str = "A4", design: str = "klar", bleed: bool = False) -> PdfBytes:
    try:
        trim = FLYER_SIZES[size.upper()]
    except (KeyError, AttributeError):
        raise ValidationError(f"Unbekanntes Flyerformat '{size}'. Möglich sind A4 und A5.", field="size") from None
    if design not in FLYER_DESIGNS:
        raise ValidationError(
            f"Unbekannte Flyergestaltung '{design}'. Möglich sind: {', '.join(FLYER_DESIGNS)}.", field="design"
        )
    origin = BLEED + SLUG if bleed else 0.0
    media = (trim[0] + 2 * origin, trim[1] + 2 * origin)
    canvas, buffer = new_canvas(media, f"Flyer – {event.title}")
    if bleed:
        canvas.setTrimBox((origin, origin, origin + trim[0], origin + trim[1]))
        canvas.setBleedBox((SLUG, SLUG, media[0] - SLUG, media[1] - SLUG))
    with collect_notices() as notices, current_record(f"Flyer {event.title}"):
        flyer = _Flyer(canvas, event, trim, origin, bleed)
        getattr(flyer, design)()
        if bleed:
            draw_crop_marks(canvas, origin, origin, trim[0], trim[1], gap=BLEED + 1 * mm, length=6 * mm)
        canvas.showPage()
        canvas.save()
    return PdfBytes(buffer.getvalue(), notices)


__all__ = ["FLYER_DESIGNS", "FLYER_SIZES", "render_flyer"]

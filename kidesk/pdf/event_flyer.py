"""Event flyer for the notice board: A4 or A5 portrait, two designs, optional print-shop bleed.

What it says (issue 15): series and module, title and subtitle, the date block (day, time,
venue with room and address), the description or programme, speakers, how and until when to
register with a QR code to the registration (:func:`kidesk.services.printing.records.
registration_qr`), the contact person, and at the bottom one logo row: "Veranstalter",
"In Kooperation mit" (co-hosts), "Gefördert durch" (funders) — the way the KI's flyers end.

Designs (:data:`FLYER_DESIGNS`)
    ``klar``    a coloured title panel, the date block, the text, registration in a tinted box
                with the QR code on the right.
    ``spalte``  a coloured column on the left with date and place and the QR code (on a white
                field); title, text and registration on the right.

Filling the page (docs/PRINTING.md): the blocks grow together by one factor up to per-element
ceilings, the room still free is shared out between them; a long description shrinks (never
below 9 pt) and is reported when cut. Nothing touches the paper edge: a 12 mm safe margin;
``bleed=True`` makes a print-shop file (3 mm bleed, crop marks, TrimBox/BleedBox). All text
≥ 7 pt, also on A5.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
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
    text_width,
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


# Filling the page (issue 15): the content grows together by one factor up to GROW_MAX, each
# element up to its ceiling (A4 points, scaled on A5); what is still free is shared out
# evenly between the blocks, so no band of the page stays empty.
GROW_MAX = 2.2
CEILINGS = {
    "Reihe": 15.0,
    "Titel": 46.0,
    "Untertitel": 20.0,
    "Datum": 36.0,
    "Uhrzeit": 26.0,
    "Ort": 24.0,
    "Adresse": 18.0,
    "Beschreibung": 26.0,
    "Referenten": 20.0,
    "Anmeldung-Titel": 18.0,
    "Anmeldung": 15.0,
    "Anmeldeweg": 14.0,
    "Kontakt": 13.0,
}
LOGO_GROUPS = (("Veranstalter", "organisers"), ("In Kooperation mit", "co_hosts"), ("Gefördert durch", "funders"))


@dataclass(frozen=True)
class _Block:
    """One block of a column: its height at growth ``f`` and how to draw it into (y, height)."""

    height: Callable[[float], float]
    draw: Callable[[float, float, float], None]  # (f, bottom y, height)
    flexible: bool = False  # gets the room the others leave when the page is too full


@dataclass(frozen=True)
class _Logo:
    mark: OrganisationMark
    image: ImageReader | None
    width: float
    lines: int = 3  # a name without a logo: on this many lines


@dataclass(frozen=True)
class _Segment:
    """Part of a logo row: a group's label (only on its first segment) and its logos."""

    x: float
    label: str
    logos: tuple[tuple[float, _Logo], ...]  # (x, logo)


def _rgb(canvas: Canvas, color: str) -> None:
    canvas.setFillColor(color)


def _repeats_series(event: EventDetails) -> bool:
    """A subtitle such as "Modul 12 der Basisqualifikation …" says what the module line says."""
    sub, series = event.subtitle.casefold(), event.series_title.casefold()
    return bool(series) and series in sub and (event.module_number is None or str(event.module_number) in sub)


class _Flyer:
    def __init__(self, canvas: Canvas, event: EventDetails, trim: tuple[float, float], origin: float, bleed: bool):
        self.c = canvas
        self.event = event
        self.w, self.h = trim
        self.o = origin  # where the trimmed page starts on the media
        self.bleed = bleed
        self.s = self.w / A4[0]  # 1 on A4, 1/√2 on A5

    # -- helpers ------------------------------------------------------------------------
    def size(self, points: float, f: float = 1.0, key: str = "") -> float:
        """``points`` (A4) grown by ``f`` up to the element's ceiling, scaled to the paper."""
        grown = min(points * f, max(points, CEILINGS.get(key, points)))
        return max(grown * self.s, MIN_TEXT)

    def grown(self, text: str, points: float, f: float, key: str, width: float | None, bold: bool = False) -> float:
        """:meth:`size`, but only as large as lets the longest word fit a line (down to three
        quarters of the preferred size): a larger size is not worth a word broken at a syllable;
        below that the fitting engine hyphenates as usual."""
        size = self.size(points, f, key)
        base = self.size(points * 0.75)  # rather a little smaller than a word broken in two
        words = [word for word in re.split(r"[\s\-/]+", text) if word]
        if width is None or size <= base or not words:
            return size
        longest = max(text_width(word, 1.0, bold) for word in words)
        return max(base, min(size, width / max(longest, 1e-6) * 0.97))

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

    def height_of(self, lines: list[TextLine], w: float, h: float = 10_000.0) -> float:
        return fit_box(lines, w, h, min_size=MIN_TEXT).height

    def stack(self, blocks: list[_Block], top: float, bottom: float, gap: float, *, spread: bool = True) -> None:
        """Draw ``blocks`` from ``top`` down to ``bottom``: grown by the largest factor that
        fits, the rest of the room shared out as space after each block (``spread=False``:
        only between the blocks, the last one ends at ``bottom``)."""
        if not blocks:
            return
        room = top - bottom - gap * (len(blocks) - 1)

        def need(f: float) -> float:
            return sum(b.height(f) for b in blocks)

        grow = 1.0
        if need(GROW_MAX) <= room:
            grow = GROW_MAX
        elif need(1.0) <= room:
            low, high = 1.0, GROW_MAX
            for _ in range(10):
                mid = (low + high) / 2
                low, high = (mid, high) if need(mid) <= room else (low, mid)
            grow = low
        heights = [b.height(grow) for b in blocks]
        spare = room - sum(heights)
        if spare < 0:  # too full even at the preferred sizes: the flexible block gives way
            flexible = [i for i, b in enumerate(blocks) if b.flexible]
            if flexible:
                i = flexible[0]
                heights[i] = max(heights[i] + spare, 0.0)
            spare = 0.0
        shares = len(blocks) if spread or len(blocks) == 1 else len(blocks) - 1
        extra = spare / shares
        if not spread and len(blocks) == 1:
            heights[0] += spare  # one block alone takes the whole room
            extra = 0.0
        cursor = top
        for block, height in zip(blocks, heights, strict=True):
            block.draw(grow, cursor - height, height)
            cursor -= height + gap + extra

    # -- content blocks ------------------------------------------------------------------
    def title_lines(self, color: str, f: float = 1.0, width: float | None = None) -> list[TextLine]:
        e = self.event
        subtitle = "" if _repeats_series(e) else e.subtitle
        return [
            TextLine(e.module_line, self.size(12, f, "Reihe"), color=color, max_lines=2, key="Reihe"),
            TextLine(
                e.title,
                self.grown(e.title, 30, f, "Titel", width, bold=True),
                bold=True,
                color=color,
                space_before=6 * self.s,
                max_lines=3,
                min_size=self.size(16),
                key="Titel",
            ),
            TextLine(
                subtitle,
                self.grown(subtitle, 15, f, "Untertitel", width),
                color=color,
                space_before=4 * self.s,
                max_lines=2,
                key="Untertitel",
            ),
        ]

    def when_lines(
        self, color: str = "#000000", big: float = 20, f: float = 1.0, date_lines: int = 1
    ) -> list[TextLine]:
        """Date, time, place, address; the date on one line unless the room is a narrow column."""
        e = self.event
        town = " ".join(q for q in (e.venue_postcode, e.venue_city) if q)
        scale = big / 20
        return [
            TextLine(
                e.date_line, self.size(big, f, "Datum"), bold=True, color=color, max_lines=date_lines, key="Datum"
            ),
            TextLine(
                e.time_line, self.size(15 * scale, f, "Uhrzeit"), color=color, space_before=2 * self.s, key="Uhrzeit"
            ),
            TextLine(
                ", ".join(p for p in (e.venue_name, e.room) if p),
                self.size(13 * scale, f, "Ort"),
                bold=True,
                color=color,
                space_before=6 * self.s,
                max_lines=2,
                key="Ort",
            ),
            TextLine(
                ", ".join(p for p in (e.venue_street, town) if p),
                self.size(11 * scale, f, "Adresse"),
                color=color,
                max_lines=2,
                key="Adresse",
            ),
        ]

    def middle_lines(self, f: float = 1.0, width: float | None = None) -> list[TextLine]:
        e = self.event
        lines = []
        if e.description:
            # grows with the page; a long text shrinks as far as it must (never below 9 pt)
            lines.append(
                TextLine(
                    e.description,
                    self.grown(e.description, 13, f, "Beschreibung", width),
                    wrap=True,
                    min_size=9,
                    key="Beschreibung",
                )
            )
        if e.speakers:
            label = "Referent/in" if len(e.speakers) == 1 else "Referent/innen"
            speakers = f"{label}: {', '.join(e.speakers)}"
            lines.append(
                TextLine(
                    speakers,
                    self.grown(speakers, 12, f, "Referenten", width, bold=True),
                    bold=True,
                    space_before=8 * self.s,
                    wrap=True,
                    min_size=9,
                    key="Referenten",
                )
            )
        return lines

    def registration_lines(self, color: str = "#000000", f: float = 1.0, width: float | None = None) -> list[TextLine]:
        e = self.event

        def line(text: str, points: float, key: str, *, bold: bool = False, space: float = 0.0) -> TextLine:
            # a line grows only as far as it stays one line (and gives up to 15 % to stay one)
            size = self.size(points, f, key)
            if width is not None and text_width(text, size, bold) > width:
                size = max(self.size(points * 0.85), min(size, width / max(text_width(text, 1.0, bold), 1e-6) * 0.98))
            return TextLine(text, size, bold=bold, color=color, max_lines=2, key=key, space_before=space)

        lines = [line("Anmeldung und Information", 13, "Anmeldung-Titel", bold=True)]
        if e.registration_deadline:
            deadline = german_format.date_short(e.registration_deadline)
            lines.append(line(f"Bitte melden Sie sich bis zum {deadline} an", 11, "Anmeldung", space=2 * self.s))
        for i, way in enumerate(e.registration_lines):
            lines.append(line(way, 10.5, "Anmeldeweg", space=2 * self.s if i == 0 else 0.0))
        if e.contact_lines:  # the person; phone and e-mail stand in the lines above
            lines.append(line(f"Ihre Ansprechperson: {e.contact_lines[0]}", 10, "Kontakt", space=4 * self.s))
            if not e.registration_lines:
                lines += [line(text, 10, "Kontakt") for text in e.contact_lines[1:]]
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

    def qr_caption(self, x: float, y: float, w: float, h: float, color: str = "#000000") -> None:
        caption = TextLine(
            self.event.qr_caption, self.size(8), color=color, align="center", max_lines=2, key="QR-Beschriftung"
        )
        self.text(x, y, w, h, [caption], valign="bottom")

    # -- the logo band: organiser, co-hosts, funders ------------------------------------
    def logo_rows(self, w: float, logo_h: float) -> list[list[_Segment]]:
        """The groups of :data:`LOGO_GROUPS` left to right, a new row where the width ends."""
        gap, group_gap = 4 * mm * self.s, 9 * mm * self.s
        label_size = self.size(8.5)
        rows: list[list[_Segment]] = [[]]
        x = 0.0
        for label, field in LOGO_GROUPS:
            marks: Sequence[OrganisationMark] = getattr(self.event, field)
            if not marks:
                continue
            logos = []
            for mark in marks:
                image = image_reader(mark.logo, mark.name)
                lines = 0
                if image is not None:
                    iw, ih = image.getSize()
                    width = min(logo_h * iw / max(ih, 1), 3.5 * logo_h, w)
                else:
                    width, lines = self.name_width(mark.name, w, logo_h)
                logos.append(_Logo(mark, image, width, lines))
            first = True
            placed: list[tuple[float, _Logo]] = []
            start = x + (group_gap if rows[-1] else 0.0)
            cursor = start
            for logo in logos:
                if placed and cursor + logo.width > w + 0.01:  # the group goes on in the next row
                    rows[-1].append(_Segment(start, label if first else "", tuple(placed)))
                    rows.append([])
                    first, placed, start, cursor = False, [], 0.0, 0.0
                elif not placed and rows[-1] and cursor + logo.width > w + 0.01:
                    rows.append([])
                    start = cursor = 0.0
                placed.append((cursor, logo))
                cursor += logo.width + gap
            label_w = text_width(label, label_size, bold=True) if first else 0.0
            rows[-1].append(_Segment(start, label if first else "", tuple(placed)))
            x = max(cursor - gap, start + label_w)
        return [row for row in rows if row]

    def name_line(self, name: str, max_lines: int = 3) -> TextLine:
        """An organisation without a logo stands in the row by its name."""
        return TextLine(name, self.size(10), bold=True, max_lines=max_lines, key="Partner")

    def name_width(self, name: str, w: float, logo_h: float) -> tuple[float, int]:
        """The narrowest slot (from 30 mm) that holds the name in as few lines as it can (up to
        three) without shrinking it much or cutting it."""
        for lines in (1, 2, 3):
            for width in (30 * mm, 40 * mm, 50 * mm, 60 * mm, 75 * mm, 90 * mm):
                if width > w:
                    break
                box = fit_box([self.name_line(name, lines)], width, logo_h, min_size=MIN_TEXT)
                if not box.shortened and box.scale > 0.85:
                    return width, lines
        return min(90 * mm, w), 3

    def logo_band(self, x: float, y: float, w: float) -> float:
        """Draw the logo rows from ``y`` upwards with a thin rule above; return the height used."""
        if not any(getattr(self.event, field) for _label, field in LOGO_GROUPS):
            return 0.0
        logo_h = 16 * mm * self.s
        rows = self.logo_rows(w, logo_h)
        trial = logo_h
        while len(rows) > 1 and trial > 11 * mm * self.s:  # smaller logos rather than another row
            trial *= 0.92
            fewer = self.logo_rows(w, trial)
            if len(fewer) < len(rows):
                logo_h, rows = trial, fewer
        label_size = self.size(8.5)
        label_h = label_size * 1.3 + 1.5 * mm * self.s
        row_gap = 4 * mm * self.s
        height = len(rows) * (label_h + logo_h) + (len(rows) - 1) * row_gap
        top = y + height
        for row in rows:
            for segment in row:
                if segment.label:
                    label = TextLine(segment.label, label_size, bold=True, color="#333333", key="Logozeile")
                    end = max((lx + logo.width for lx, logo in segment.logos), default=segment.x)
                    label_w = max(end - segment.x, text_width(segment.label, label_size, bold=True) + 1)
                    self.text(x + segment.x, top - label_h, label_w, label_h, [label])
                for lx, logo in segment.logos:
                    if logo.image is not None:
                        draw_image_in_box(
                            self.c, logo.image, self.o + x + lx, self.o + top - label_h - logo_h, logo.width, logo_h
                        )
                    else:
                        name = self.name_line(logo.mark.name, logo.lines)
                        self.text(x + lx, top - label_h - logo_h, logo.width, logo_h, [name], valign="middle")
            top -= label_h + logo_h + row_gap
        rule = y + height + 3 * mm * self.s
        self.c.saveState()
        self.c.setStrokeColor("#9aa9b8")
        self.c.setLineWidth(0.5)
        self.c.line(self.o + x, self.o + rule, self.o + x + w, self.o + rule)
        self.c.restoreState()
        return height + 3 * mm * self.s

    # -- the middle: description, speakers, picture --------------------------------------
    def middle_block(self, x: float, w: float) -> _Block | None:
        """Description and speakers; a picture, if given, takes the room they leave."""
        picture = image_reader(self.event.picture, "das Bild der Veranstaltung")
        if not self.middle_lines() and picture is None:
            return None
        min_picture = 45 * mm * self.s if picture is not None else 0.0

        def height(f: float) -> float:
            lines = self.middle_lines(f, w)
            return (self.height_of(lines, w) if lines else 0.0) + min_picture

        def draw(f: float, y: float, h: float) -> None:
            lines = self.middle_lines(f, w)
            if picture is not None:
                text_h = self.height_of(lines, w, h) if lines else 0.0
                pic_h = h - text_h - (5 * mm * self.s if lines else 0.0)
                if pic_h > 20 * mm * self.s:
                    draw_image_in_box(self.c, picture, self.o + x, self.o + y + h - pic_h, w, pic_h, align="center")
                    h -= pic_h + 5 * mm * self.s
            if lines:
                self.text(x, y, w, h, lines)

        return _Block(height, draw, flexible=True)

    # -- designs -------------------------------------------------------------------------
    def klar(self) -> None:
        m = SAFE_MARGIN
        x, w = m, self.w - 2 * m
        pad = 7 * mm * self.s
        gap = 6 * mm * self.s
        bottom = m + self.logo_band(x, m, w)
        bottom += gap if bottom > m else 0.0

        def title_h(f: float) -> float:
            return self.height_of(self.title_lines("#ffffff", f, w - 2 * pad), w - 2 * pad, 110 * mm * self.s) + 2 * pad

        def title_draw(f: float, y: float, h: float) -> None:
            self.rect(x, y, w, h, ACCENT)
            self.text(x + pad, y + pad, w - 2 * pad, h - 2 * pad, self.title_lines("#ffffff", f, w - 2 * pad))

        middle = self.middle_block(x, w)
        big = 20 if middle is not None else 26  # without a description date and place fill the middle

        def when_h(f: float) -> float:
            return self.height_of(self.when_lines(ACCENT, big, f), w, 100 * mm * self.s)

        def when_draw(f: float, y: float, h: float) -> None:
            self.text(x, y, w, h, self.when_lines(ACCENT, big, f))

        def qr_for(f: float) -> QrChoice | None:
            return self.qr(min(38 * mm * self.s * min(f, 1.3), 46 * mm * self.s))

        caption_h = self.size(8) * 2.5 if self.event.qr_text and self.event.qr_caption else 0.0

        def reg_parts(f: float) -> tuple[list[TextLine], QrChoice | None, float, float]:
            qr = qr_for(f)
            reg_w = w - (qr.size + 10 * mm * self.s if qr else 0) - 2 * pad
            lines = self.registration_lines(f=f, width=reg_w)
            reg_h = max(self.height_of(lines, reg_w, 80 * mm * self.s), qr.size + caption_h if qr else 0.0)
            return lines, qr, reg_w, reg_h + 2 * pad

        def reg_draw(f: float, y: float, h: float) -> None:
            lines, qr, reg_w, _ = reg_parts(f)
            self.rect(x, y, w, h, TINT)
            self.text(x + pad, y + pad, reg_w, h - 2 * pad, lines, valign="middle")
            if qr:
                qx = x + w - pad - qr.size
                self.draw_qr(qr, qx, y + h - pad - qr.size)
                if caption_h:
                    self.qr_caption(qx - 6 * mm * self.s, y + pad * 0.5, qr.size + 12 * mm * self.s, caption_h)

        blocks = [_Block(title_h, title_draw), _Block(when_h, when_draw)]
        if middle is not None:
            blocks.append(middle)
        blocks.append(_Block(lambda f: reg_parts(f)[3], reg_draw))
        self.stack(blocks, self.h - m, bottom, gap)

    def spalte(self) -> None:
        m = SAFE_MARGIN
        bottom = m + self.logo_band(m, m, self.w - 2 * m)
        bottom += 5 * mm * self.s if bottom > m else 0.0
        col_w = max(66 * mm * self.s, 58 * mm)  # room for an e-mail address on A5
        # the column runs from the top of the safe area (or the bleed) down to the logo band
        col_x = 0.0 if self.bleed else m
        col_top = self.h if self.bleed else self.h - m
        self.rect(col_x, bottom, col_w + (m if self.bleed else 0), col_top - bottom, ACCENT, to_edge=True)
        inner = 6 * mm * self.s
        # the column's right edge and its text stay where they are without bleed: the bleed
        # only adds colour towards the paper edge, never room for text
        cx, cw = m + inner, col_w - 2 * inner
        x = m + col_w + 8 * mm * self.s
        w = self.w - m - x

        # the column: date and place at the top, the QR code to register at the bottom
        qr = self.qr(min(cw - 8 * mm * self.s, 40 * mm * self.s))
        cap_h = self.size(8) * 2.5 if qr and self.event.qr_caption else 0.0
        qr_h = qr.size + 8 * mm * self.s + (cap_h + 2 * mm * self.s if cap_h else 0.0) if qr else 0.0

        def when_h(f: float) -> float:
            return self.height_of(self.when_lines("#ffffff", 18, f, date_lines=2), cw, 120 * mm * self.s)

        def when_draw(f: float, y: float, h: float) -> None:
            self.text(cx, y, cw, h, self.when_lines("#ffffff", 18, f, date_lines=2))

        def qr_draw(_f: float, y: float, _h: float) -> None:
            if qr:
                self.draw_qr(qr, cx + (cw - qr.size) / 2, y + 4 * mm * self.s, white_field=True)
                if cap_h:
                    self.qr_caption(cx, y + qr.size + 8 * mm * self.s, cw, cap_h, color="#ffffff")

        # the right side: title, the description (without one: the place, large), registration
        middle = self.middle_block(x, w)

        def title_h(f: float) -> float:
            return self.height_of(self.title_lines(ACCENT, f, w), w, 110 * mm * self.s)

        def title_draw(f: float, y: float, h: float) -> None:
            self.text(x, y, w, h, self.title_lines(ACCENT, f, w))

        def place_h(f: float) -> float:
            return self.height_of(self.when_lines(ACCENT, 26, f)[2:], w, 100 * mm * self.s)

        def place_draw(f: float, y: float, h: float) -> None:
            self.text(x, y, w, h, self.when_lines(ACCENT, 26, f)[2:])

        def reg_h(f: float) -> float:
            return self.height_of(self.registration_lines(ACCENT, f, w), w, 90 * mm * self.s)

        def reg_draw(f: float, y: float, h: float) -> None:
            self.text(x, y, w, h, self.registration_lines(ACCENT, f, w))

        column = [_Block(when_h, when_draw), _Block(lambda _f: qr_h, qr_draw)]
        self.stack(column, self.h - m - inner, bottom + inner, 10 * mm * self.s, spread=False)
        blocks = [
            _Block(title_h, title_draw),
            middle if middle is not None else _Block(place_h, place_draw),
            _Block(reg_h, reg_draw),
        ]
        self.stack(blocks, self.h - m, bottom, 8 * mm * self.s)


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

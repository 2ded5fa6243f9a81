"""Letters after DIN 5008 (Form A or B) as a mail merge: one letter per recipient, one PDF.

Page 1: letterhead (our organisation, logo on the right), the return-address line and the
address in the window field, the information block (contact person, phone, e-mail, room,
date), subject, salutation, body, closing and signature. Fold marks and the hole mark sit on
the left edge. A letter longer than one page continues on pages with a short header, and
every page of such a letter says "Seite x von y" (counted per letter, not per PDF).

Geometry (mm from the top-left corner, DESIGN.md):

=================  ==============  ==============
                   Form A          Form B
address field      20/27, 85×45    20/45, 85×45
information block  125/32, 75 w    125/50, 75 w
fold marks         87, 192         105, 210
hole mark          148.5           148.5
=================  ==============  ==============

Inside the address field: 5 mm return-address zone, 12.7 mm notes zone, 27.3 mm address
zone (at most six lines at 10 pt; never below 8 pt).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from kidesk.errors import ValidationError
from kidesk.pdf.address_labels import fit_address
from kidesk.pdf.records import Letter, LetterSender
from kidesk.pdf.typesetting import (
    FONT,
    PdfBytes,
    TextLine,
    canvas_with_footer,
    collect_notices,
    current_record,
    draw_fitted,
    draw_image_in_box,
    draw_text_box,
    image_reader,
    make_paragraph,
    paragraph_style,
)

PAGE_W, PAGE_H = A4
LEFT_MARGIN, RIGHT_MARGIN = 25 * mm, 20 * mm
BOTTOM_MARGIN = 27 * mm
FOOTER_SIZE = 7.5  # issue 15: small print never below 7 pt
FOOTER_RULE = 20 * mm
FOOTER_BOTTOM = 6 * mm
TEXT_WIDTH = PAGE_W - LEFT_MARGIN - RIGHT_MARGIN


@dataclass(frozen=True)
class LetterForm:
    name: str
    header_height_mm: float
    address_y_mm: float
    info_y_mm: float
    fold_marks_mm: tuple[float, float]
    subject_y_mm: float  # top of the subject line
    address_x_mm: float = 20.0
    address_w_mm: float = 85.0
    address_h_mm: float = 45.0
    info_x_mm: float = 125.0
    info_w_mm: float = 75.0
    hole_mark_mm: float = 148.5


FORMS = {
    "A": LetterForm("A", 27, 27, 32, (87, 192), 27 + 45 + 8.5),
    "B": LetterForm("B", 45, 45, 50, (105, 210), 45 + 45 + 8.5),
}


def letter_form(name: str) -> LetterForm:
    try:
        return FORMS[name.upper()]
    except (KeyError, AttributeError):
        raise ValidationError(f"Unbekannte Briefform '{name}'. Möglich sind A und B.", field="form") from None


def _y(mm_from_top: float) -> float:
    """PDF y coordinate of a distance from the top edge."""
    return float(PAGE_H - mm_from_top * mm)


class _LetterStart(Flowable):
    """Zero-size marker at the start of each letter: draws page 1's fixed parts at absolute positions."""

    def __init__(self, renderer: _LetterRenderer, index: int) -> None:
        super().__init__()
        self.renderer = renderer
        self.index = index
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.renderer.letter_started(self.index, canvas.getPageNumber())
        with current_record(f"Brief an {self.renderer.letters[self.index].recipient.name}"):
            self.renderer.draw_first_page(canvas, self.index)


class _Ending(Flowable):
    """The last body paragraph, the closing and the signature as one block (issue 14, obs. 7).

    The closing never stands alone on a page: when the block does not fit, it moves to the
    next page together with the last paragraph. Before that, it gives up its slack — the
    small gap above the closing and part of the signature space (12 mm down to 8 mm) — so a
    letter that nearly fits stays on one page. A last paragraph taller than
    :attr:`MAX_CARRIED` is not carried along (it may split as usual; the closing follows it).
    """

    GAP_ABOVE, GAP_ABOVE_MIN = 2 * mm, 0.0
    SIGNATURE_SPACE, SIGNATURE_SPACE_MIN = 12 * mm, 8 * mm
    MAX_CARRIED = 60 * mm

    def __init__(self, last: Flowable | None, closing: Flowable, signature: list[Flowable]) -> None:
        super().__init__()
        self.last = last
        self.closing = closing
        self.signature = signature
        self._layout: list[tuple[Flowable, float]] = []  # (flowable, gap above it)
        self.width = self.height = 0.0

    def _parts(self) -> list[Flowable]:
        return [p for p in (self.last, self.closing, *self.signature) if p is not None]

    def _heights(self, width: float) -> dict[int, float]:
        return {id(p): p.wrap(width, PAGE_H)[1] for p in self._parts()}

    def _plan(
        self, width: float, gap_above: float, signature_space: float
    ) -> tuple[list[tuple[Flowable, float]], float]:
        heights = self._heights(width)
        layout: list[tuple[Flowable, float]] = []
        total = 0.0
        previous_after = 0.0
        for part in self._parts():
            gap = previous_after
            if part is self.closing:
                gap += gap_above
            elif self.signature and part is self.signature[0]:
                gap += signature_space
            layout.append((part, gap))
            total += gap + heights[id(part)]
            previous_after = part.getSpaceAfter()
        return layout, total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        layout, height = self._plan(availWidth, self.GAP_ABOVE, self.SIGNATURE_SPACE)
        if height > availHeight:
            tight, tight_height = self._plan(availWidth, self.GAP_ABOVE_MIN, self.SIGNATURE_SPACE_MIN)
            if tight_height <= availHeight:
                layout, height = tight, tight_height
        self._layout, self.height = layout, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Only a last paragraph too long to carry may split; the closing stays with its end.
        if self.last is None or self.last.wrap(availWidth, PAGE_H)[1] <= self.MAX_CARRIED:
            return []
        return [self.last, _Ending(None, self.closing, self.signature)]

    def getSpaceBefore(self) -> float:
        return self.last.getSpaceBefore() if self.last is not None else 0.0

    def getSpaceAfter(self) -> float:
        return self.signature[-1].getSpaceAfter() if self.signature else self.closing.getSpaceAfter()

    def draw(self) -> None:
        y = self.height
        for part, gap in self._layout:
            y -= gap
            _w, h = part.wrap(self.width, PAGE_H)
            y -= h
            part.drawOn(self.canv, 0, y)


class _LetterRenderer:
    def __init__(
        self,
        sender: LetterSender,
        letters: Sequence[Letter],
        form: LetterForm,
    ):
        self.sender = sender
        self.letters = letters
        self.form = form
        self.logo = image_reader(sender.logo, sender.logo_owner or sender.organisation)
        self.letter_first_page: dict[int, int] = {}
        self.forms: set[str] = set()

    # -- bookkeeping ------------------------------------------------------------------
    def letter_started(self, index: int, page: int) -> None:
        self.letter_first_page.setdefault(index, page)

    def _letter_of_page(self, page: int) -> int | None:
        best = None
        for index, first in self.letter_first_page.items():
            if first <= page and (best is None or first > self.letter_first_page[best]):
                best = index
        return best

    # -- fixed parts ------------------------------------------------------------------
    def draw_marks(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.setStrokeColorRGB(0.4, 0.4, 0.4)
        for fold in self.form.fold_marks_mm:
            canvas.line(4 * mm, _y(fold), 9 * mm, _y(fold))
        canvas.line(4 * mm, _y(self.form.hole_mark_mm), 12 * mm, _y(self.form.hole_mark_mm))
        canvas.restoreState()

    def reuse(self, canvas: Canvas, name: str, draw: Callable[[Canvas], None]) -> None:
        """Draw the same letterhead/footer on every page as one form XObject, laid out once
        per document (issue 16: a thousand letters repeat it a thousand times)."""
        if name not in self.forms:
            canvas.beginForm(name)
            draw(canvas)
            canvas.endForm()
            self.forms.add(name)
        canvas.doForm(name)

    def draw_letterhead(self, canvas: Canvas) -> None:
        form = self.form
        top = 9.0
        height = form.header_height_mm - top - 3
        if self.logo is not None:
            draw_image_in_box(canvas, self.logo, 135 * mm, _y(top + height), 55 * mm, height * mm, align="right")
            text_w = 105 * mm
        else:
            text_w = TEXT_WIDTH
        draw_text_box(
            canvas,
            LEFT_MARGIN,
            _y(top + height),
            text_w,
            height * mm,
            [
                TextLine(self.sender.organisation, 15, bold=True, max_lines=2, min_size=10, key="Briefkopf"),
                TextLine(self.sender.unit, 11, color="#333333", max_lines=2, min_size=8, key="Briefkopf"),
            ],
        )

    def footer_columns(self) -> list[list[TextLine]]:
        """DIN 5008 business details (Geschäftsangaben) in columns: who and where | how to reach us."""
        s = self.sender
        town = " ".join(p for p in (s.postcode, s.city) if p)
        who = [s.organisation, s.unit, s.street, town]
        reach = [
            f"Telefon {s.phone}" if s.phone else "",
            f"Telefax {s.fax}" if s.fax else "",
            f"E-Mail {s.email}" if s.email else "",
            f"Internet {s.website}" if s.website else "",
        ]
        return [
            [TextLine(t, FOOTER_SIZE, color="#444444", key="Fußzeile") for t in column if t]
            for column in (who, reach)
            if any(column)
        ]

    def draw_footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.3)
        canvas.line(LEFT_MARGIN, FOOTER_RULE, PAGE_W - RIGHT_MARGIN, FOOTER_RULE)
        canvas.restoreState()
        columns = self.footer_columns()
        if not columns:
            return
        gap = 6 * mm
        width = (TEXT_WIDTH - gap * (len(columns) - 1)) / len(columns)
        for i, column in enumerate(columns):
            draw_text_box(
                canvas,
                LEFT_MARGIN + i * (width + gap),
                FOOTER_BOTTOM,
                width,
                FOOTER_RULE - 1 * mm - FOOTER_BOTTOM,
                column,
                min_size=FOOTER_SIZE,
            )

    def draw_first_page(self, canvas: Canvas, index: int) -> None:
        letter = self.letters[index]
        form = self.form
        canvas.saveState()
        self.reuse(canvas, "kidesk-letterhead", self.draw_letterhead)
        self.draw_marks(canvas)
        x = (form.address_x_mm + 5) * mm
        width = (form.address_w_mm - 7) * mm
        # return-address zone (5 mm), underlined small
        draw_text_box(
            canvas,
            x,
            _y(form.address_y_mm + 5),
            width,
            4.5 * mm,
            [TextLine(self.sender.return_address(), 7, color="#333333", key="Absenderzeile")],
            min_size=7,
            valign="bottom",
        )
        # address zone (27.3 mm below 5 + 12.7 mm)
        zone_top = form.address_y_mm + 5 + 12.7
        address = fit_address(letter.recipient, width, 27.3 * mm, size=10, min_size=8)
        draw_fitted(canvas, address, x, _y(zone_top + 27.3), width, 27.3 * mm)
        # information block
        info_lines: list[TextLine] = []
        for label, value in letter.info:
            if not value:
                continue
            info_lines.append(TextLine(label, 7.5, color="#555555", space_before=2 if info_lines else 0))
            info_lines.append(TextLine(value, 9, max_lines=2, key=label))
        draw_text_box(
            canvas,
            form.info_x_mm * mm,
            _y(form.address_y_mm + form.address_h_mm),
            (form.info_w_mm - 10) * mm,
            (form.address_y_mm + form.address_h_mm - form.info_y_mm) * mm,
            info_lines,
            min_size=7,
        )
        self.reuse(canvas, "kidesk-footer", self.draw_footer)
        canvas.restoreState()

    def on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        index = self._letter_of_page(page)
        canvas.saveState()
        canvas.setFont(FONT, 10)
        if index is not None:
            first = self.letter_first_page[index]
            number = page - first + 1
            if number > 1:  # continuation page: marks, short header
                self.draw_marks(canvas)
                letter = self.letters[index]
                draw_text_box(
                    canvas,
                    LEFT_MARGIN,
                    _y(20),
                    TEXT_WIDTH,
                    10 * mm,
                    [
                        TextLine(
                            f"{self.sender.organisation} · Schreiben an {letter.recipient.name}", 8, color="#444444"
                        )
                    ],
                    min_size=7,
                )
                self.reuse(canvas, "kidesk-footer", self.draw_footer)
        canvas.restoreState()

    def page_numbers(self, canvas: Canvas, page: int, page_count: int) -> None:
        """ "Seite x von y" per letter, drawn when the PDF is saved: the page counts are known
        then, so the letters are laid out once (issue 16), not twice."""
        index = self._letter_of_page(page)
        if index is None:
            return
        first = self.letter_first_page[index]
        later = [p for p in self.letter_first_page.values() if p > first]
        total = (min(later) if later else page_count + 1) - first
        if total > 1:
            draw_text_box(
                canvas,
                LEFT_MARGIN,
                FOOTER_RULE + 1 * mm,
                TEXT_WIDTH,
                5 * mm,
                [TextLine(f"Seite {page - first + 1} von {total}", 8, align="right")],
            )

    # -- flow ---------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        body_style = paragraph_style(10.5, leading=14.5, space_after=7)
        subject_style = paragraph_style(11.5, bold=True, leading=15)
        story: list[Flowable] = []
        for index, letter in enumerate(self.letters):
            if index:
                story += [NextPageTemplate("first"), PageBreak()]
            story.append(NextPageTemplate("later"))
            story.append(_LetterStart(self, index))
            story.append(make_paragraph(letter.subject, subject_style))
            story.append(Spacer(1, 8.5 * mm))
            story.append(make_paragraph(letter.salutation, body_style))
            paragraphs = [make_paragraph(paragraph, body_style) for paragraph in letter.body]
            last = paragraphs.pop() if paragraphs else None
            story += paragraphs
            closing = make_paragraph(letter.closing, body_style)
            signature = [make_paragraph(line, paragraph_style(10.5, leading=14)) for line in letter.signature]
            story.append(_Ending(last, closing, signature))
            if letter.enclosures:
                story.append(Spacer(1, 6 * mm))
                story.append(
                    Paragraph("<b>Anlage</b>" if len(letter.enclosures) == 1 else "<b>Anlagen</b>", body_style)
                )
                for item in letter.enclosures:
                    story.append(make_paragraph(item, paragraph_style(10.5, leading=14)))
        return story

    def build(self) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            title="Einladungen",
            author="kidesk",
            creator="kidesk",
            invariant=1,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=25 * mm,
            bottomMargin=BOTTOM_MARGIN,
        )
        first_top = _y(self.form.subject_y_mm)
        first = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            TEXT_WIDTH,
            first_top - BOTTOM_MARGIN,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            TEXT_WIDTH,
            _y(30) - BOTTOM_MARGIN,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(
            [
                PageTemplate(id="first", frames=[first], onPage=self.on_page),
                PageTemplate(id="later", frames=[later], onPage=self.on_page),
            ]
        )
        doc.build(self.story(), canvasmaker=canvas_with_footer(self.page_numbers))
        self.total_pages = doc.page
        return buffer.getvalue()


def render_letters(sender: LetterSender, letters: Sequence[Letter], form: str = "B") -> PdfBytes:
    """All ``letters`` in one PDF, each starting on a new page."""
    if not letters:
        raise ValidationError("Keine Empfänger für die Briefe ausgewählt.")
    chosen = letter_form(form)
    with collect_notices() as notices:
        data = _LetterRenderer(sender, letters, chosen).build()
    return PdfBytes(data, notices)

"""The annual report (Jahresbericht) as PDF: letterhead, headline figures, charts, one table per topic.

Takes plain dataclasses (:class:`ReportDocument`), filled by
:mod:`kidesk.services.reports.export`; knows nothing about the database. Fonts and canvas
come from :mod:`kidesk.pdf.typesetting` (DejaVu, deterministic output, "Seite x von y");
the letterhead is the office's own organisation as on its letters (name, unit, logo at the
right; the contact line in the footer). Charts are reportlab's own graphics: bars by month
and a pie of shares (by town) with a legend.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kidesk.pdf.records import LetterSender
from kidesk.pdf.typesetting import (
    FONT,
    FONT_BOLD,
    TextLine,
    canvas_with_footer,
    draw_image_in_box,
    draw_text_box,
    image_reader,
    make_paragraph,
    paragraph_style,
    register_fonts,
)

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X
HEADER_H = 24 * mm
#: chart colours: calm, distinguishable in greyscale print
PALETTE = ("#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6", "#a5a5a5", "#843c0c", "#375623",
           "#5b9bd5", "#ed7d31", "#70ad47")  # fmt: skip


@dataclass(frozen=True)
class ReportChart:
    kind: str  # "bars" | "shares"
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class ReportSection:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportDocument:
    title: str  # "Jahresbericht 2026"
    period: str  # "01.01.2026 – 31.12.2026"
    sender: LetterSender
    headlines: tuple[tuple[str, str], ...] = ()
    charts: tuple[ReportChart, ...] = ()
    sections: tuple[ReportSection, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    created: str = ""  # "erstellt am 03.12.2026"


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours: reportlab's graphics would start with Helvetica."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = 8
    return drawing


def _bar_chart(chart: ReportChart, width: float, height: float) -> Drawing:
    drawing = _drawing(width, height)
    drawing.add(String(0, height - 11, chart.title, fontName=FONT_BOLD, fontSize=10))
    bars = VerticalBarChart()
    bars.x, bars.y = 28, 18
    bars.width, bars.height = width - 36, height - 40
    bars.data = [list(chart.values) or [0]]
    bars.categoryAxis.categoryNames = list(chart.labels) or [""]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max(chart.values, default=0)
    bars.valueAxis.valueMax = max(1, top * 1.15)
    bars.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", ".")
    bars.bars[0].fillColor = colors.HexColor(PALETTE[0])
    bars.bars[0].strokeColor = None
    bars.barLabelFormat = lambda v: f"{v:,.0f}".replace(",", ".") if v else ""
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 6.5
    bars.barLabels.nudge = 6
    drawing.add(bars)
    return drawing


def _pie_chart(chart: ReportChart, width: float, height: float) -> Drawing:
    drawing = _drawing(width, height)
    drawing.add(String(0, height - 11, chart.title, fontName=FONT_BOLD, fontSize=10))
    total = sum(chart.values)
    if total <= 0:
        drawing.add(String(0, height / 2, "keine Daten im Zeitraum", fontName=FONT, fontSize=9))
        return drawing
    size = min(height - 30, width * 0.4)
    pie = Pie()
    pie.x, pie.y = 10, (height - 20 - size) / 2
    pie.width = pie.height = size
    pie.data = list(chart.values)
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    for i in range(len(chart.values)):
        pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 30, height - 26
    legend.fontName = FONT
    legend.fontSize = 8
    legend.dx = legend.dy = 7
    legend.deltay = 11
    legend.alignment = "right"
    legend.columnMaximum = 12
    legend.colorNamePairs = [
        (
            colors.HexColor(PALETTE[i % len(PALETTE)]),
            f"{label}: {value:,.0f} ({100 * value / total:.0f} %)".replace(",", "."),
        )
        for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True))
    ]
    drawing.add(legend)
    return drawing


def chart_drawing(chart: ReportChart, width: float = TEXT_W, height: float = 62 * mm) -> Drawing:
    """The reportlab drawing of one chart (also usable outside a PDF)."""
    register_fonts()
    return _pie_chart(chart, width, height) if chart.kind == "shares" else _bar_chart(chart, width, height)


#: where long column titles may break in narrow number columns (German syllables)
HEADER_BREAKS = {
    "Veranstaltungen": "Veranstal-\ntungen",
    "Teilnahmequote": "Teilnahme-\nquote",
    "Mitveranstalter": "Mitveran-\nstalter",
    "Anmeldungen": "Anmel-\ndungen",
    "Organisationen": "Organisa-\ntionen",
    "Teilnahmen": "Teil-\nnahmen",
    "Ehrenamtliche": "Ehren-\namtliche",
    "Veranstalter": "Veran-\nstalter",
    "ausgetreten": "ausge-\ntreten",
    "beigetreten": "beige-\ntreten",
    "Mitglieder": "Mit-\nglieder",
    "bei Netzwerktreffen vertreten": "bei Netzwerk-\ntreffen\nvertreten",
    "nicht erschienen": "nicht\nerschienen",
}


def _header(text: str, narrow: bool) -> str:
    return HEADER_BREAKS.get(text, text) if narrow else text


def _table(section: ReportSection) -> Table:
    head = paragraph_style(7, bold=True)
    head_right = paragraph_style(7, bold=True, align="right")
    # the first column may break after a hyphen ("Dankeschön-|Veranstaltung") rather than inside a word
    cell = ParagraphStyle("kidesk-report-label", parent=paragraph_style(8.5, leading=10), embeddedHyphenation=1)
    cell_right = paragraph_style(8.5, leading=10, align="right")
    bold_right = paragraph_style(8.5, bold=True, leading=10, align="right")
    bold = paragraph_style(8.5, bold=True, leading=10)
    n = len(section.columns)
    first = max(40 * mm if n > 6 else 45 * mm, TEXT_W - (n - 1) * 22 * mm)
    rest = (TEXT_W - first) / max(1, n - 1)
    narrow = rest < 26 * mm
    data: list[list[Flowable]] = [
        [
            make_paragraph(_header(c, narrow and i > 0), head if i == 0 else head_right)
            for i, c in enumerate(section.columns)
        ]
    ]
    for row in section.rows:
        data.append([make_paragraph(v, cell if i == 0 else cell_right) for i, v in enumerate(row)])
    if section.total is not None:
        data.append([make_paragraph(v, bold if i == 0 else bold_right) for i, v in enumerate(section.total)])
    table = Table(data, colWidths=[first] + [rest] * (n - 1), repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#333333")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 1 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
    ]
    if section.total is not None:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#333333")))
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.white))
    table.setStyle(TableStyle(style))
    return table


def _headline_table(headlines: Sequence[tuple[str, str]]) -> Table:
    number = paragraph_style(16, bold=True, align="center", color="#1f4e79")
    label = paragraph_style(8, align="center", color="#444444")
    per_row = 4
    cells = [[make_paragraph(value, number), make_paragraph(text, label)] for text, value in headlines]
    rows = []
    for start in range(0, len(cells), per_row):
        chunk = cells[start : start + per_row]
        chunk += [[Spacer(1, 1)]] * (per_row - len(chunk))
        rows.append(chunk)
    table = Table(rows, colWidths=[TEXT_W / per_row] * per_row)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#bfbfbf")),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bfbfbf")),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return table


def render_annual_report(document: ReportDocument) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    sender = document.sender
    logo = image_reader(sender.logo, sender.logo_owner or sender.organisation)

    def header(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_H - 12 * mm
        if logo is not None:
            draw_image_in_box(canvas, logo, PAGE_W - MARGIN_X - 45 * mm, top - 16 * mm, 45 * mm, 16 * mm, align="right")
        draw_text_box(
            canvas,
            MARGIN_X,
            top - 16 * mm,
            TEXT_W - (50 * mm if logo is not None else 0),
            16 * mm,
            [TextLine(sender.organisation, 13, bold=True), TextLine(sender.unit, 9.5, color="#333333")],
            min_size=7,
        )
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.3)
        canvas.line(MARGIN_X, top - 18 * mm, PAGE_W - MARGIN_X, top - 18 * mm)
        canvas.restoreState()

    def footer(canvas: Canvas, number: int, total: int) -> None:
        town = " ".join(p for p in (sender.postcode, sender.city) if p)
        parts = [sender.organisation, sender.street, town, sender.phone and f"Telefon {sender.phone}", sender.email]
        line = " · ".join(p for p in parts if p)
        draw_text_box(canvas, MARGIN_X, 8 * mm, TEXT_W - 30 * mm, 6 * mm, [TextLine(line, 7, color="#444444")])
        draw_text_box(
            canvas,
            PAGE_W - MARGIN_X - 30 * mm,
            8 * mm,
            30 * mm,
            6 * mm,
            [TextLine(f"Seite {number} von {total}", 7, align="right", color="#444444")],
        )

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=document.title,
        author=sender.organisation or "kidesk",
        creator="kidesk",
        invariant=1,
    )
    frame = Frame(
        MARGIN_X,
        18 * mm,
        TEXT_W,
        PAGE_H - 18 * mm - 12 * mm - HEADER_H,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=header)])

    title_style = paragraph_style(18, bold=True, space_after=1 * mm)
    period_style = paragraph_style(10, color="#333333", space_after=5 * mm)
    h2 = paragraph_style(12, bold=True, space_after=2 * mm)
    note = paragraph_style(7.5, color="#444444", leading=9.5)
    story: list[Flowable] = [
        make_paragraph(document.title, title_style),
        make_paragraph(" · ".join(p for p in (document.period, document.created) if p), period_style),
    ]
    if document.headlines:
        story += [_headline_table(document.headlines), Spacer(1, 6 * mm)]
    for chart in document.charts:
        story += [KeepTogether([chart_drawing(chart)]), Spacer(1, 4 * mm)]
    for section in document.sections:
        parts: list[Flowable] = [make_paragraph(section.title, h2), _table(section)]
        for text in section.notes:
            parts += [Spacer(1, 1 * mm), make_paragraph(text, note)]
        story.append(CondPageBreak(45 * mm))
        story.append(Spacer(1, 3 * mm))
        # a short table stays on one page with its title and notes; a long one breaks, repeating its head
        story += [KeepTogether(parts)] if len(section.rows) <= 25 else parts
        story.append(Spacer(1, 4 * mm))
    if document.notes:
        story.append(make_paragraph("Zählweise", h2))
        for text in document.notes:
            story.append(make_paragraph("• " + text, note))
    doc.build(story, canvasmaker=canvas_with_footer(footer))
    return buffer.getvalue()

"""Data-protection documents (issue 13): the access report (Art. 15) and the record of
processing activities (Art. 30), on plain dataclasses, German, DejaVu from :mod:`.typesetting`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kidesk.pdf.typesetting import FONT, canvas_with_footer, make_paragraph, paragraph_style

LEFT = RIGHT = 20 * mm
TOP, BOTTOM = 20 * mm, 20 * mm
TEXT_W = A4[0] - LEFT - RIGHT


@dataclass(frozen=True)
class ReportSection:
    """One category of data: what it holds, why, how long."""

    title: str
    purpose: str
    retention: str
    rows: tuple[tuple[str, str], ...] = ()  # label, value
    empty_text: str = "Keine Daten gespeichert."


@dataclass(frozen=True)
class AccessReport:
    person: str
    controller: str  # the office answering
    created: str  # TT.MM.JJJJ
    sections: tuple[ReportSection, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ProcessingActivity:
    name: str
    purpose: str
    legal_basis: str
    subjects: str
    categories: str
    recipients: str
    retention: str


@dataclass(frozen=True)
class ProcessingRecord:
    controller: str
    created: str
    activities: tuple[ProcessingActivity, ...]
    measures: str  # technical and organisational measures (Art. 32)


def _footer(title: str):  # type: ignore[no-untyped-def]
    def draw(canvas: Canvas, page: int, total: int) -> None:
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(LEFT, 10 * mm, title)
        canvas.drawRightString(A4[0] - RIGHT, 10 * mm, f"Seite {page} von {total}")

    return draw


def _build(title: str, story: list, footer_text: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author="kidesk",
        creator="kidesk",
    )
    doc.build(story, canvasmaker=canvas_with_footer(_footer(footer_text)))
    return buffer.getvalue()


def _pairs_table(rows: Sequence[tuple[str, str]]) -> Table:
    label_style = paragraph_style(9, bold=True)
    value_style = paragraph_style(9)
    data = [[make_paragraph(label, label_style), make_paragraph(value, value_style)] for label, value in rows]
    table = Table(data, colWidths=[50 * mm, TEXT_W - 50 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def render_access_report(report: AccessReport) -> bytes:
    """Auskunft nach Art. 15 DSGVO: every category with its purpose and retention rule."""
    h1 = paragraph_style(16, bold=True, space_after=4)
    h2 = paragraph_style(12, bold=True, space_after=2)
    body = paragraph_style(9.5, space_after=3)
    note = paragraph_style(9, color="#333333", space_after=2)
    story: list = [
        Paragraph("Auskunft nach Art. 15 DSGVO", h1),
        make_paragraph(f"über die gespeicherten Daten von {report.person}", paragraph_style(12, space_after=6)),
        make_paragraph(
            f"Verantwortliche Stelle: {report.controller}. Stand: {report.created}. Diese Auskunft enthält alle "
            "Daten, die kidesk zu der Person speichert, je Kategorie mit dem Zweck und der Speicherdauer. Eine "
            "maschinenlesbare Fassung (JSON, Art. 20 DSGVO) liegt bei.",
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    for section in report.sections:
        head = [
            Paragraph(section.title, h2),
            make_paragraph(f"Zweck: {section.purpose}", note),
            make_paragraph(f"Speicherdauer: {section.retention}", note),
        ]
        content = _pairs_table(section.rows) if section.rows else make_paragraph(section.empty_text, body)
        story.append(KeepTogether([*head, content]) if len(section.rows) < 25 else head[0])
        if len(section.rows) >= 25:
            story += [*head[1:], content]
        story.append(Spacer(1, 5 * mm))
    return _build("Auskunft nach Art. 15 DSGVO", story, f"Auskunft Art. 15 DSGVO – {report.person} – {report.created}")


def render_processing_record(record: ProcessingRecord) -> bytes:
    """Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 DSGVO, one block per activity."""
    h1 = paragraph_style(16, bold=True, space_after=4)
    h2 = paragraph_style(12, bold=True, space_after=2)
    body = paragraph_style(9.5, space_after=3)
    story: list = [
        Paragraph("Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)", h1),
        make_paragraph(f"Verantwortliche Stelle: {record.controller}. Stand: {record.created}.", body),
        make_paragraph(
            "Erzeugt aus den in kidesk eingestellten Zwecken, Datenkategorien und Aufbewahrungsregeln.", body
        ),
        Spacer(1, 4 * mm),
    ]
    for activity in record.activities:
        rows = (
            ("Zweck", activity.purpose),
            ("Rechtsgrundlage", activity.legal_basis),
            ("Betroffene Personen", activity.subjects),
            ("Datenkategorien", activity.categories),
            ("Empfänger", activity.recipients),
            ("Löschfrist", activity.retention),
        )
        story.append(KeepTogether([Paragraph(activity.name, h2), _pairs_table(rows), Spacer(1, 4 * mm)]))
    story += [
        Paragraph("Technische und organisatorische Maßnahmen (Art. 32 DSGVO)", h2),
        make_paragraph(record.measures, body),
    ]
    return _build(
        "Verzeichnis von Verarbeitungstätigkeiten", story, f"Art. 30 DSGVO – {record.controller} – {record.created}"
    )

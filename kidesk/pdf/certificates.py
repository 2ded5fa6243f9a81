"""Certificates of participation (Teilnahmebescheinigungen) for a series: one page per volunteer.

The attended modules stand in a table with tab stops (date | "Modul 12" | title), so titles
line up from module 10 on; the volunteer's name is never set smaller than the series title.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import ValidationError
from kidesk.pdf import german_format
from kidesk.pdf.records import Certificate, CertificateIssuer
from kidesk.pdf.typesetting import (
    FONT,
    FittedBox,
    PdfBytes,
    TextLine,
    collect_notices,
    current_record,
    draw_fitted,
    draw_image_in_box,
    draw_text_box,
    fit_box,
    image_reader,
    new_canvas,
    report_overflow,
)

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 25 * mm, 20 * mm
TEXT_W = PAGE_W - LEFT - RIGHT


def _modules_text(certificate: Certificate) -> str:
    attended = len(certificate.modules)
    if certificate.module_count:
        return f"an {attended} von {certificate.module_count} Modulen"
    return f"an {attended} Modulen" if attended != 1 else "an einem Modul"


MIN_SIZE = 8.0
DATE_COLUMN = 24 * mm  # tab stops of the module list: date | "Modul 12" | title
NUMBER_COLUMN = 20 * mm
ROW_GAP = 3.0


def _intro_box(certificate: Certificate, width: float, height: float) -> FittedBox:
    """The centred block; the name never ends up smaller than the series title (issue 15)."""
    intro = [
        TextLine("Hiermit wird bescheinigt, dass", 11, align="center"),
        TextLine(certificate.name, 20, bold=True, align="center", space_before=8, max_lines=2, key="Name"),
        TextLine(f"{_modules_text(certificate)} der Reihe", 11, align="center", space_before=8),
        TextLine(certificate.series_title, 14, bold=True, align="center", space_before=4, max_lines=2, key="Reihe"),
        TextLine("teilgenommen hat.", 11, align="center", space_before=4),
    ]
    box = fit_box(intro, width, height, min_size=MIN_SIZE)
    sizes = box.sizes
    if sizes.get("Name", 99) < sizes.get("Reihe", 0):
        box = fit_box(intro, width, height, min_size=MIN_SIZE, caps={"Reihe": sizes["Name"]})
    return box


def _draw_modules(canvas: Canvas, certificate: Certificate, x: float, top: float, width: float, bottom: float) -> None:
    """The attended modules as a table with tab stops; the title column wraps, never the others."""
    cursor = top
    heading = fit_box([TextLine("Besuchte Module", 11, bold=True)], width, 20)
    draw_fitted(canvas, heading, x, cursor - heading.height, width, heading.height)
    cursor -= heading.height + ROW_GAP
    has_numbers = any(m.number for m in certificate.modules)
    title_x = x + DATE_COLUMN + (NUMBER_COLUMN if has_numbers else 0)
    title_w = x + width - title_x
    modules = sorted(certificate.modules, key=lambda m: (m.date, m.number or 0))
    # every module is listed: the rows get smaller (10 pt down to 8), then titles take one line
    rows: list[tuple[float, FittedBox]] = []
    for size, max_lines in ((10.0, 2), (9.0, 2), (8.0, 2), (8.0, 1)):
        rows = [
            (
                size,
                fit_box(
                    [TextLine(m.title, size, max_lines=max_lines, key="Modul")],
                    title_w,
                    size * 1.2 * max_lines,
                    min_size=MIN_SIZE,
                ),
            )
            for m in modules
        ]
        if sum(max(box.height, size * 1.2) + ROW_GAP for size, box in rows) <= cursor - bottom:
            break
    for module, (size, title) in zip(modules, rows, strict=True):
        row_h = max(title.height, size * 1.2)
        if cursor - row_h < bottom:
            report_overflow("Module", f"{len(modules)} Module passen nicht alle auf die Seite")
            break
        canvas.setFont(FONT, size)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(x, cursor - size, german_format.date_short(module.date))
        if module.number:
            canvas.drawString(x + DATE_COLUMN, cursor - size, f"Modul {module.number}")
        draw_fitted(canvas, title, title_x, cursor - title.height, title_w, title.height)
        cursor -= row_h + ROW_GAP
    if certificate.series_description:
        rest = cursor - bottom - 10
        if rest > 20:
            box = fit_box(
                [TextLine(certificate.series_description, 9, color="#333333", wrap=True, key="Beschreibung")],
                width,
                rest,
                min_size=MIN_SIZE,
            )
            draw_fitted(canvas, box, x, cursor - 10 - box.height, width, box.height)


def render_certificates(issuer: CertificateIssuer, certificates: Sequence[Certificate]) -> PdfBytes:
    if not certificates:
        raise ValidationError("Niemand erfüllt die Voraussetzungen für eine Teilnahmebescheinigung.")
    with collect_notices() as notices:
        data = _render(issuer, certificates)
    return PdfBytes(data, notices)


def _render(issuer: CertificateIssuer, certificates: Sequence[Certificate]) -> bytes:
    canvas, buffer = new_canvas(A4, "Teilnahmebescheinigungen")
    logo = image_reader(issuer.sender.logo, issuer.sender.logo_owner or issuer.sender.organisation)
    for certificate in certificates:
        top = PAGE_H - 15 * mm
        if logo is not None:
            draw_image_in_box(canvas, logo, PAGE_W - RIGHT - 60 * mm, top - 22 * mm, 60 * mm, 22 * mm, align="right")
        draw_text_box(
            canvas,
            LEFT,
            top - 22 * mm,
            TEXT_W - (65 * mm if logo else 0),
            22 * mm,
            [TextLine(issuer.sender.organisation, 13, bold=True), TextLine(issuer.sender.unit, 10, color="#333333")],
        )
        draw_text_box(
            canvas,
            LEFT,
            PAGE_H - 75 * mm,
            TEXT_W,
            18 * mm,
            [TextLine("Teilnahmebescheinigung", 26, bold=True, align="center")],
        )
        with current_record(f"Teilnahmebescheinigung {certificate.name}"):
            intro = _intro_box(certificate, TEXT_W, 65 * mm)
            draw_fitted(canvas, intro, LEFT, PAGE_H - 145 * mm, TEXT_W, 65 * mm)
            _draw_modules(canvas, certificate, LEFT + 5 * mm, PAGE_H - 150 * mm, TEXT_W - 10 * mm, 75 * mm)
        # signature block
        place_date = ", ".join(p for p in (issuer.place, german_format.date_short(issuer.issued_on)) if p)
        draw_text_box(canvas, LEFT, 58 * mm, 80 * mm, 8 * mm, [TextLine(place_date, 10)])
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, 56 * mm, LEFT + 75 * mm, 56 * mm)
        canvas.line(PAGE_W - RIGHT - 75 * mm, 56 * mm, PAGE_W - RIGHT, 56 * mm)
        draw_text_box(canvas, LEFT, 44 * mm, 75 * mm, 11 * mm, [TextLine("Ort, Datum", 8, color="#555555")])
        draw_text_box(
            canvas,
            PAGE_W - RIGHT - 75 * mm,
            36 * mm,
            75 * mm,
            19 * mm,
            [
                TextLine(issuer.signer_name or "Unterschrift", 10),
                TextLine(issuer.signer_function, 8.5, color="#333333"),
                TextLine(
                    " – ".join(p for p in (issuer.sender.organisation, issuer.sender.unit) if p), 8.5, color="#333333"
                ),
            ],
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()

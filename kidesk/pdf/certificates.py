"""Certificates of participation (Teilnahmebescheinigungen) for a series: one page per volunteer."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from kidesk.errors import ValidationError
from kidesk.pdf import german_format
from kidesk.pdf.records import Certificate, CertificateIssuer
from kidesk.pdf.typesetting import TextLine, draw_image_in_box, draw_text_box, image_reader, new_canvas

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 25 * mm, 20 * mm
TEXT_W = PAGE_W - LEFT - RIGHT


def _modules_text(certificate: Certificate) -> str:
    attended = len(certificate.modules)
    if certificate.module_count:
        return f"an {attended} von {certificate.module_count} Modulen"
    return f"an {attended} Modulen" if attended != 1 else "an einem Modul"


def render_certificates(issuer: CertificateIssuer, certificates: Sequence[Certificate]) -> bytes:
    if not certificates:
        raise ValidationError("Niemand erfüllt die Voraussetzungen für eine Teilnahmebescheinigung.")
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
        intro = [
            TextLine("Hiermit wird bescheinigt, dass", 11, align="center"),
            TextLine(certificate.name, 20, bold=True, align="center", space_before=8),
            TextLine(f"{_modules_text(certificate)} der Reihe", 11, align="center", space_before=8),
            TextLine(certificate.series_title, 14, bold=True, align="center", space_before=4),
            TextLine("teilgenommen hat.", 11, align="center", space_before=4),
        ]
        draw_text_box(canvas, LEFT, PAGE_H - 145 * mm, TEXT_W, 65 * mm, intro, min_scale=0.5)
        rows = [TextLine("Besuchte Module", 11, bold=True)]
        for module in sorted(certificate.modules, key=lambda m: (m.date, m.number or 0)):
            prefix = f"Modul {module.number}: " if module.number else ""
            rows.append(
                TextLine(f"{german_format.date_short(module.date)}   {prefix}{module.title}", 10, space_before=3)
            )
        if certificate.series_description:
            rows.append(TextLine(certificate.series_description, 9, color="#333333", space_before=10, wrap=True))
        draw_text_box(
            canvas, LEFT + 5 * mm, 75 * mm, TEXT_W - 10 * mm, PAGE_H - 150 * mm - 75 * mm, rows, min_scale=0.6
        )
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

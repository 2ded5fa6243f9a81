"""Attendance list, certificates, badges and flyer rendered from records."""

from __future__ import annotations

import pytest

from kidesk.errors import UserError, ValidationError
from kidesk.pdf.attendance_list import render_attendance_list
from kidesk.pdf.certificates import render_certificates
from kidesk.pdf.event_flyer import render_flyer
from kidesk.pdf.name_badges import FOUR_UP, render_badges
from kidesk.pdf.records import Badge
from tests.pdf.pdf_reading import (
    all_text,
    assert_fonts_embedded_dejavu,
    assert_print_scaling_none,
    char_boxes_mm,
    page_count,
    pages_lines,
    qpdf_check,
    visual,
)
from tests.pdf.sample_records import ALL_NAMES, ESCAPE_ME, attendance_rows, badges, certificate, event, issuer, png


def test_attendance_list_repeats_header_and_counts_pages(tmp_path):
    data = render_attendance_list(event(), attendance_rows(45), blank_rows=6)
    pages = pages_lines(data)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        texts = [line.text for line in page]
        assert "Fit für den Konsumalltag" in texts
        assert {"Nr.", "Name", "Organisation", "Unterschrift"} <= set(texts)
        assert f"Seite {number} von {len(pages)}" in texts
    text = all_text(data)
    for name in ALL_NAMES:
        assert visual(name) in text
    assert ESCAPE_ME in text
    assert "51" in text.split() and "52" not in text.split()  # 45 people + 6 blank rows, numbered
    assert_fonts_embedded_dejavu(data)
    assert_print_scaling_none(data)
    qpdf_check(data, tmp_path)
    assert data == render_attendance_list(event(), attendance_rows(45), blank_rows=6)


def test_certificates_one_page_each(tmp_path):
    data = render_certificates(issuer(png()), [certificate(name) for name in ALL_NAMES])
    assert page_count(data) == len(ALL_NAMES)
    for page, name in zip(pages_lines(data), ALL_NAMES, strict=True):
        texts = [line.text for line in page]
        assert "Teilnahmebescheinigung" in texts
        assert visual(name) in texts
        assert any("06.06.2017" in t and "Fit für den Konsumalltag" in t for t in texts)
        assert any("an 2 von 12 Modulen" in t for t in texts)
        assert "Gudrun Kirchhoff" in texts
    assert_fonts_embedded_dejavu(data)
    qpdf_check(data, tmp_path)
    with pytest.raises(UserError):
        render_certificates(issuer(), [])


@pytest.mark.parametrize("layout", ["a4-4up", "a6"])
def test_badges_name_large_inside_their_cell(layout, tmp_path):
    items = badges() + [Badge("Prof. Dr. " + "Mustermann-Schwanenberg " * 4, ESCAPE_ME * 3)]
    data = render_badges(event().title, items, layout=layout)
    assert page_count(data) == (2 if layout == "a4-4up" else len(items))
    text = all_text(data)
    for name in ALL_NAMES:
        assert visual(name) in text
    assert ESCAPE_ME in text
    if layout == "a4-4up":
        for _t, x0, top, x1, bottom in char_boxes_mm(data, 0):
            column = 0 if x0 < FOUR_UP.width_mm else 1
            row = 0 if top < FOUR_UP.height_mm else 1
            cx, cy = FOUR_UP.cell_mm(row * 2 + column)
            assert cx <= x0 and x1 <= cx + FOUR_UP.width_mm and cy <= top and bottom <= cy + FOUR_UP.height_mm
    assert_fonts_embedded_dejavu(data)
    assert_print_scaling_none(data)
    qpdf_check(data, tmp_path)
    with pytest.raises(ValidationError):
        render_badges("x", items, layout="a3")


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_flyer_shows_everything(size, tmp_path):
    data = render_flyer(event(), size=size)
    assert page_count(data) == 1
    text = " ".join(all_text(data).split())  # the grown title may take two lines
    for expected in (
        "Fit für den Konsumalltag",
        "12. Modul",
        "Dienstag, 6. Juni 2017",
        "17.00 bis 19.30 Uhr",
        "Kreishaus Herford, Ebene 3",
        "Petra Schwenk",
        "Gefördert durch",
        "Ministerium für Kinder",
        ESCAPE_ME,
        "In Kooperation mit",
        "Gudrun Kirchhoff",
        "01.06.2017",
    ):
        assert expected in text, expected
    width = 210 if size == "A4" else 148
    height = 297 if size == "A4" else 210
    for _t, x0, top, x1, bottom in char_boxes_mm(data):
        assert 0 <= x0 and x1 <= width and 0 <= top and bottom <= height
    assert_fonts_embedded_dejavu(data)
    assert_print_scaling_none(data)
    qpdf_check(data, tmp_path)
    assert data == render_flyer(event(), size=size)


def test_flyer_with_unreadable_logo_names_the_organisation():
    from dataclasses import replace

    from kidesk.pdf.records import OrganisationMark

    broken = replace(event(), co_hosts=(OrganisationMark("Caritas Herford", b"GIF89a nonsense"),))
    with pytest.raises(UserError, match="Caritas Herford"):
        render_flyer(broken)


def test_long_organisation_stays_inside_its_table_cell():
    from kidesk.pdf.attendance_list import COLUMN_WIDTHS, MARGIN_X
    from kidesk.pdf.records import AttendanceRow

    long_org = "Deutsches Rotes Kreuz Kreisverband Herford-Stadt e.V. – Integrationsagentur " * 3
    data = render_attendance_list(event(), [AttendanceRow("Yılmaz, Ayşe", long_org)], blank_rows=0)
    left = (MARGIN_X + COLUMN_WIDTHS[0] + COLUMN_WIDTHS[1]) / 2.8346456693
    right = left + COLUMN_WIDTHS[2] / 2.8346456693
    org_chars = [b for b in char_boxes_mm(data) if left - 0.3 <= b[1] < right]
    assert org_chars, "organisation vanished"
    assert all(b[3] <= right + 0.3 for b in org_chars)
    assert "Deutsches Rotes Kreuz" in all_text(data)

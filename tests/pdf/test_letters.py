"""DIN 5008 letters: address in the window, information block, marks, page numbers per letter."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.lib.units import mm

from kidesk.errors import UserError, ValidationError
from kidesk.pdf.invitation_letters import FORMS, render_letters
from tests.pdf.pdf_reading import (
    all_text,
    assert_fonts_embedded_dejavu,
    assert_print_scaling_none,
    page_count,
    pages_lines,
    qpdf_check,
    visual,
)
from tests.pdf.sample_records import ALL_NAMES, ESCAPE_ME, addresses, letter, png, sender


@pytest.mark.parametrize("form", ["A", "B"])
def test_address_lies_in_the_window_zone(form, tmp_path):
    data = render_letters(sender(png()), [letter(a) for a in addresses()], form)
    geometry = FORMS[form]
    assert page_count(data) == len(addresses())
    zone_top = geometry.address_y_mm + 5 + 12.7
    zone_bottom = geometry.address_y_mm + geometry.address_h_mm
    for page, address in zip(pages_lines(data), addresses(), strict=True):
        expected = [visual(line) for line in address.lines()]
        found = [line for line in page if line.text in expected]
        assert [line.text for line in found] == expected
        for line in found:
            assert zone_top - 0.5 <= line.top / mm and line.bottom / mm <= zone_bottom + 0.5
            assert (
                geometry.address_x_mm
            ) <= line.x0 / mm and line.x1 / mm <= geometry.address_x_mm + geometry.address_w_mm
        # return-address line above the address zone, inside the field
        ret = [line for line in page if line.text == visual(sender().return_address())]
        assert ret and geometry.address_y_mm <= ret[0].top / mm < zone_top - 10
        # information block right of the window
        info = [line for line in page if line.text == "Gudrun Kirchhoff" and line.x0 / mm >= geometry.info_x_mm - 0.5]
        assert info and info[0].top / mm >= geometry.info_y_mm - 0.5
    text = all_text(data)
    for name in ALL_NAMES:
        assert visual(name) in text
    assert ESCAPE_ME in text
    assert_fonts_embedded_dejavu(data)
    assert_print_scaling_none(data)
    qpdf_check(data, tmp_path)


@pytest.mark.parametrize("form", ["A", "B"])
def test_fold_and_hole_marks_sit_on_the_left_edge(form):
    data = render_letters(sender(), [letter(addresses()[0])], form)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        marks = sorted(round(l_["top"] / mm, 1) for l_ in page.lines if l_["x0"] < 15 * mm and l_["x1"] < 15 * mm)
    expected = sorted([*FORMS[form].fold_marks_mm, 148.5])
    assert marks == pytest.approx(expected, abs=0.2)


def test_long_letter_numbers_its_pages_per_letter():
    long_letter = letter(addresses()[1], paragraphs=40)
    short = letter(addresses()[0])
    data = render_letters(sender(), [short, long_letter, short], "B")
    pages = pages_lines(data)
    texts = ["\n".join(line.text for line in page) for page in pages]
    n_long = sum("Seite" in t and "von" in t for t in texts)
    assert n_long >= 2
    assert "Seite" not in texts[0]  # a one-page letter carries no page number
    assert "Seite 1 von" in texts[1]
    total = len(texts)
    assert f"Seite {total - 2} von {total - 2}" in texts[-2]
    assert "Seite" not in texts[-1]
    # continuation pages name the recipient, not the letterhead's window
    assert visual(addresses()[1].name) in texts[2]


def test_letters_are_deterministic():
    letters = [letter(a) for a in addresses()]
    assert render_letters(sender(png()), letters, "A") == render_letters(sender(png()), letters, "A")


def test_unknown_form_and_empty_list_are_refused():
    with pytest.raises(ValidationError, match="Briefform"):
        render_letters(sender(), [letter(addresses()[0])], "C")
    with pytest.raises(UserError):
        render_letters(sender(), [], "A")


def test_broken_logo_names_the_organisation():
    with pytest.raises(UserError, match="Kreis Herford"):
        render_letters(sender(b"\x89PNG broken"), [letter(addresses()[0])], "B")

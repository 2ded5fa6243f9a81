"""Business cards and address labels on their sheets: geometry, start position, calibration."""

from __future__ import annotations

import pytest

from kidesk.errors import ValidationError
from kidesk.pdf.address_labels import render_address_labels
from kidesk.pdf.business_cards import render_business_cards
from kidesk.pdf.records import BusinessCard
from kidesk.pdf.sheets import CARD_TEMPLATES, LABEL_TEMPLATES, render_calibration_sheet
from tests.pdf.pdf_reading import (
    all_text,
    assert_fonts_embedded_dejavu,
    assert_print_scaling_none,
    char_boxes_mm,
    page_count,
    qpdf_check,
    visual,
)
from tests.pdf.sample_records import ALL_NAMES, ESCAPE_ME, addresses, cards

TOL = 0.5  # mm


def _cells_used(template, boxes, offset=(0.0, 0.0), padded=False):
    """Map every glyph to the cell containing it; fail if a glyph lies outside every cell."""
    used = set()
    for text, x0, top, x1, bottom in boxes:
        for position in range(template.per_page):
            cx, cy = template.cell_mm(position)
            cx += offset[0]
            cy += offset[1]
            px = template.padding_x_mm if padded else 0
            py = template.padding_y_mm if padded else 0
            if (
                cx + px - TOL <= x0
                and x1 <= cx + template.width_mm - px + TOL
                and cy + py - TOL <= top
                and bottom <= cy + template.height_mm - py + TOL
            ):
                used.add(position)
                break
        else:
            pytest.fail(f"glyph {text!r} at x {x0:.1f}–{x1:.1f}, y {top:.1f}–{bottom:.1f} mm lies outside every cell")
    return used


def test_templates_carry_the_design_numbers_and_german_labels():
    c = CARD_TEMPLATES["C32011"]
    assert (c.width_mm, c.height_mm, c.columns, c.rows, c.x0_mm, c.y0_mm, c.dx_mm, c.dy_mm) == (
        85,
        54,
        2,
        5,
        15,
        13.5,
        95,
        54,
    )
    c = CARD_TEMPLATES["32015"]
    assert (c.columns, c.rows, c.x0_mm, c.y0_mm, c.dx_mm, c.dy_mm) == (2, 4, 17, 31.5, 91, 60)
    lab = LABEL_TEMPLATES["3475"]
    assert (lab.width_mm, lab.height_mm, lab.columns, lab.rows, lab.x0_mm, lab.y0_mm) == (70, 36, 3, 8, 0, 4.4)
    lab = LABEL_TEMPLATES["3474"]
    assert (lab.width_mm, lab.height_mm, lab.y0_mm) == (70, 37, 0)
    lab = LABEL_TEMPLATES["3477"]
    assert (lab.width_mm, lab.height_mm, lab.columns, lab.rows, lab.y0_mm) == (105, 41, 2, 7, 4.9)
    for template in [*CARD_TEMPLATES.values(), *LABEL_TEMPLATES.values()]:
        assert template.label and "×" in template.label
        # the last cell stays on the page
        x, y = template.cell_mm(template.per_page - 1)
        assert x + template.width_mm <= 210 + 0.01 and y + template.height_mm <= 297 + 0.01


@pytest.mark.parametrize("template_id", list(CARD_TEMPLATES))
def test_each_card_stays_inside_its_cell(template_id, tmp_path):
    template = CARD_TEMPLATES[template_id]
    data = render_business_cards(cards(), template)
    used = _cells_used(template, char_boxes_mm(data))
    assert used == set(range(len(cards())))
    text = all_text(data)
    for name in ALL_NAMES:
        assert visual(name) in text
    assert ESCAPE_ME in text
    assert_fonts_embedded_dejavu(data)
    assert_print_scaling_none(data)
    qpdf_check(data, tmp_path)


def test_one_person_many_cards_from_a_start_position():
    template = CARD_TEMPLATES["C32011"]
    card = cards()[0]
    data = render_business_cards([card] * 7, template, start=4)
    assert page_count(data) == 1
    assert _cells_used(template, char_boxes_mm(data)) == set(range(3, 10))
    assert all_text(data).count(visual(card.name)) == 7


def test_overflow_goes_to_a_second_sheet():
    template = CARD_TEMPLATES["32015"]
    data = render_business_cards(cards() * 2, template, start=7)  # 12 cards from position 7: 2 + 8 + 2
    assert page_count(data) == 3


def test_long_name_never_leaves_its_card():
    template = CARD_TEMPLATES["C32011"]
    huge = BusinessCard(
        name="Prof. Dr. " + "Mustermann-Schwanenberg " * 8, organisation=ESCAPE_ME * 5, function="Leitung " * 30
    )
    data = render_business_cards([huge, cards()[0]], template)
    assert _cells_used(template, char_boxes_mm(data)) == {0, 1}
    assert "Prof. Dr." in all_text(data)


def test_calibration_offset_moves_everything():
    template = CARD_TEMPLATES["C32011"]
    plain = char_boxes_mm(render_business_cards([cards()[0]], template))
    shifted = char_boxes_mm(render_business_cards([cards()[0]], template, offset_mm=(2.0, -1.5)))
    assert len(plain) == len(shifted)
    for a, b in zip(plain, shifted, strict=True):
        assert b[1] - a[1] == pytest.approx(2.0, abs=0.01)
        assert b[2] - a[2] == pytest.approx(-1.5, abs=0.01)


@pytest.mark.parametrize("template_id", list(LABEL_TEMPLATES))
def test_labels_fill_cells_inside_their_padding(template_id, tmp_path):
    template = LABEL_TEMPLATES[template_id]
    items = addresses() * 6  # 30 labels
    data = render_address_labels(items, template, start=2)
    pages = page_count(data)
    assert pages == -(-(30 + 1) // template.per_page)
    used = _cells_used(template, char_boxes_mm(data, 0), padded=True)
    assert used == set(range(1, template.per_page))
    text = all_text(data)
    for name in ALL_NAMES:
        assert visual(name) in text
    assert ESCAPE_ME in text
    assert "ÖSTERREICH" in text  # country line only for foreign addresses
    assert "DEUTSCHLAND" not in text
    assert_fonts_embedded_dejavu(data)
    assert_print_scaling_none(data)
    qpdf_check(data, tmp_path)


def test_label_address_text_stays_at_least_8_pt():
    import io

    import pdfplumber

    long = addresses()[0].__class__(
        name="Dr. " + "Mustermann-Schwanenberg " * 3,
        organisation="Caritasverband für die Stadt und den Kreis Herford e.V.",
        street="Löhrstraße 9",
        postcode="32052",
        city="Herford",
    )
    data = render_address_labels([long], LABEL_TEMPLATES["3475"])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sizes = {round(c["size"], 1) for c in pdf.pages[0].chars}
    assert min(sizes) >= 8.0


def test_bad_start_position_is_refused():
    with pytest.raises(ValidationError, match="Startposition 11"):
        render_business_cards(cards(), CARD_TEMPLATES["C32011"], start=11)


def test_calibration_sheet_numbers_every_cell():
    data = render_calibration_sheet(LABEL_TEMPLATES["3477"], (1.0, 0.5))
    text = all_text(data)
    for n in range(1, 15):
        assert f"Position {n}" in text
    assert "+1.0 mm" in text
    assert_fonts_embedded_dejavu(data)


def test_cards_and_labels_are_deterministic():
    template = CARD_TEMPLATES["C32011"]
    assert render_business_cards(cards(), template) == render_business_cards(cards(), template)
    labels = LABEL_TEMPLATES["3475"]
    assert render_address_labels(addresses(), labels) == render_address_labels(addresses(), labels)

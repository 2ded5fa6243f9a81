"""Fonts, escaping, right-to-left order and shrink-to-fit of the shared text box."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from kidesk.errors import UserError
from kidesk.pdf.typesetting import TextLine, draw_text_box, fit_box, image_reader, new_canvas, visual_word_order
from tests.pdf.pdf_reading import (
    all_text,
    assert_fonts_embedded_dejavu,
    assert_print_scaling_none,
    char_boxes_mm,
    nfkc,
    visual,
)
from tests.pdf.sample_records import ALL_NAMES, ARABIC, ESCAPE_ME, FARSI


def _box_pdf(lines, width_mm=60, height_mm=20, **kwargs):
    canvas, buffer = new_canvas((100 * mm, 100 * mm), "test")
    fitted = draw_text_box(canvas, 10 * mm, 50 * mm, width_mm * mm, height_mm * mm, lines, **kwargs)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), fitted


def test_all_scripts_survive_and_fonts_are_embedded_dejavu_only():
    data, _ = _box_pdf([TextLine(name, 9) for name in ALL_NAMES] + [TextLine(ESCAPE_ME, 9, bold=True)], height_mm=45)
    text = all_text(data)
    for name in ALL_NAMES:
        assert visual(name) in text
    assert ESCAPE_ME in text
    assert_fonts_embedded_dejavu(data)
    assert_print_scaling_none(data)


def test_bold_is_embedded_dejavu_bold():
    from tests.pdf.pdf_reading import pdf_fonts

    data, _ = _box_pdf([TextLine("fett", 9, bold=True)])
    names = {str(f["/BaseFont"]) for f in pdf_fonts(data)}
    assert any("DejaVuSans-Bold" in n for n in names), names
    assert not any("Helvetica" in n for n in names)


def test_right_to_left_words_are_reordered_but_letters_are_not():
    assert visual_word_order(FARSI) == "احمدی مریم"
    assert visual_word_order(f"Dr. {ARABIC}") == "Dr. الأحمد محمد"
    assert visual_word_order("Ayşe Yılmaz") == "Ayşe Yılmaz"
    # the drawn glyphs stand in the order the Unicode bidi algorithm (python-bidi) gives
    data, _ = _box_pdf([TextLine(f"Dr. {ARABIC}", 10), TextLine(FARSI, 10)])
    lines = all_text(data).splitlines()
    assert lines == [visual(f"Dr. {ARABIC}"), visual(FARSI)]
    # hard data, so that the expectation itself is pinned: letters and words right to left
    assert lines == ["Dr. دمحألا دمحم", "یدمحا میرم"]


def test_escaped_markup_prints_as_written():
    data, _ = _box_pdf([TextLine("<b>nicht fett</b> & <br/> bleibt", 9)])
    assert "<b>nicht fett</b> & <br/> bleibt" in all_text(data)


@pytest.mark.parametrize("repeat", [1, 3, 12])
def test_long_text_shrinks_and_stays_inside_its_box(repeat):
    long_name = "Prof. Dr. Maximiliane Mustermann-Schwanenberg " * repeat
    data, fitted = _box_pdf(
        [TextLine(long_name.strip(), 12, bold=True, max_lines=2), TextLine("Kreis Herford", 9)],
        width_mm=60,
        height_mm=12,
    )
    assert fitted.scale < 1
    boxes = char_boxes_mm(data)
    assert boxes, "text vanished"
    page_h = 100
    for _text, x0, top, x1, bottom in boxes:
        assert 10 - 0.3 <= x0 and x1 <= 70 + 0.3
        assert page_h - 50 - 12 - 0.5 <= top and bottom <= page_h - 50 + 0.5
    text = all_text(data)
    assert "Prof. Dr." in text and "Kreis Herford" in text
    if repeat == 12:
        assert fitted.shortened and "..." in text  # "…" after NFKC


def test_short_text_is_not_shrunk():
    fitted = fit_box([TextLine("Kurz", 10)], 60 * mm, 20 * mm)
    assert fitted.scale == 1.0 and not fitted.wrapped


def test_unreadable_logo_names_its_owner():
    with pytest.raises(UserError, match="Caritas"):
        image_reader(b"not an image", "Caritas Herford")


def test_output_is_deterministic():
    first, _ = _box_pdf([TextLine(FARSI, 10), TextLine("Größe", 10)])
    second, _ = _box_pdf([TextLine(FARSI, 10), TextLine("Größe", 10)])
    assert first == second


def test_punctuation_after_a_right_to_left_name_stays_at_its_end():
    assert visual_word_order(f"Guten Tag {FARSI},") == "Guten Tag احمدی ,مریم"
    data, _ = _box_pdf([TextLine(f"Guten Tag {FARSI},", 10)])
    assert all_text(data) == visual(f"Guten Tag {FARSI},") == "Guten Tag یدمحا میرم,"
    # the comma is drawn right of the whole name
    boxes = char_boxes_mm(data)
    comma = [b for b in boxes if b[0] == ","]
    assert comma and comma[0][1] >= max(b[1] for b in boxes) - 0.01


def test_poppler_reads_right_to_left_names_in_logical_order(tmp_path):
    """An independent bidi implementation (poppler's pdftotext), where installed."""
    import shutil
    import subprocess
    import unicodedata

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    lines = [f"Dr. {ARABIC}", FARSI, f"Guten Tag {FARSI},", "Ayşe Yılmaz", "Ольга Петрова"]
    data, _ = _box_pdf([TextLine(t, 10) for t in lines], height_mm=40)
    path = tmp_path / "rtl.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    out = "".join(ch for ch in nfkc(out) if unicodedata.category(ch) != "Cf")
    assert [line for line in out.splitlines() if line.strip()] == [nfkc(t) for t in lines]

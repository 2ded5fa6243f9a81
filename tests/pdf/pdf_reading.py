"""Reading our PDFs back for tests: fonts, viewer preferences, text as drawn, positions.

Right-to-left text is checked against an independent computation, not against a copy of
``kidesk.pdf.typesetting``. pdfplumber reports glyphs where they are drawn; this module only
reads them from left to right (:func:`all_text`, :class:`Line`), without reordering anything.
The expected side, :func:`visual`, is the visual order of the logical text as the Unicode
Bidirectional Algorithm (UAX #9) defines it for a left-to-right page, computed by the
``python-bidi`` package. A name drawn in the wrong order no longer reads back "right".

Why python-bidi: since 0.5 it wraps the Rust crate ``unicode-bidi``, a UAX #9 implementation
that shares no code with ours or reportlab's; it ships wheels for Linux, Windows and macOS and
needs nothing from the system. ICU would serve as well, but PyICU compiles against a system ICU
with a C++ compiler (binary wheels only from unofficial forks). ``arabic-reshaper`` is not used: our PDFs' ToUnicode map
gives base letters for some shaped glyphs (isolated ی, ا) and presentation forms for others, so
comparing presentation forms would test DejaVu's cmap, not our order. Both sides are compared
after NFKC instead, which maps every presentation form to its letter. Where poppler's
``pdftotext`` is installed, tests/pdf/test_typesetting.py also has it read the logical order back.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass

import pdfplumber
import pypdf
from bidi import get_display
from reportlab.lib.units import mm

BASE14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def _fonts_in_resources(resources, seen: list) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for _name, ref in fonts.get_object().items():
            seen.append(ref.get_object())
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for _name, ref in xobjects.get_object().items():
            xobj = ref.get_object()
            if xobj.get("/Subtype") == "/Form":
                _fonts_in_resources(xobj.get("/Resources"), seen)


def pdf_fonts(data: bytes) -> list[dict]:
    """Every font dictionary used by any page (or form on it)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts: list = []
    for page in reader.pages:
        _fonts_in_resources(page.get("/Resources"), fonts)
    return fonts


def assert_fonts_embedded_dejavu(data: bytes) -> None:
    fonts = pdf_fonts(data)
    assert fonts, "no fonts at all"
    for font in fonts:
        base = str(font["/BaseFont"]).lstrip("/")
        assert base.split("+")[-1] not in BASE14, f"base-14 font in output: {base}"
        assert "+" in base and "DejaVuSans" in base, f"not an embedded DejaVu subset: {base}"
        assert font["/Subtype"] in ("/TrueType", "/Type0"), font["/Subtype"]
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # Type0: descriptor on the descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert "/FontFile2" in descriptor, f"font program not embedded: {base}"


def assert_print_scaling_none(data: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(data))
    prefs = reader.trailer["/Root"]["/ViewerPreferences"].get_object()
    assert prefs["/PrintScaling"] == "/None"


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _glyph_text(ch: dict) -> str:
    """What one drawn glyph says, left to right: NFKC of its text. A right-to-left ligature
    ("ﻷ" = lam + alef with hamza) maps to its letters in visual order already
    (kidesk.pdf.rtl_text), like every other glyph of the line."""
    return unicodedata.normalize("NFKC", ch["text"])


@dataclass
class Line:
    text: str  # what is drawn, read left to right (visual order), NFKC; compare with visual()
    top: float
    x0: float
    x1: float
    bottom: float
    chars: list


def _visual_line(chars: list) -> str:
    """The glyphs of one line from left to right; a space glyph or a gap wider than a
    space makes a word break. No reordering of any kind happens here."""
    words: list[list[str]] = [[]]
    previous = None
    for ch in chars:
        if ch["text"] == " ":
            previous = None
            words.append([])
            continue
        if previous is not None and ch["x0"] - previous["x1"] > 0.18 * ch["size"]:
            words.append([])
        words[-1].append(_glyph_text(ch))
        previous = ch
    return " ".join("".join(word) for word in words if word)


def visual(text: str) -> str:
    """How ``text`` (logical order, lines separated by ``\n``) stands on a left-to-right page,
    read from the left: every line through python-bidi's Unicode Bidirectional Algorithm with a
    left-to-right paragraph direction, NFKC. Left-to-right text comes back unchanged."""
    return "\n".join(get_display(unicodedata.normalize("NFKC", line), base_dir="L") for line in text.split("\n"))


def visual_lines(page) -> list[Line]:
    """The page's text lines (pdfplumber page), top to bottom, each read left to right."""
    chars = sorted(page.chars, key=lambda c: (round(c["top"]), c["x0"]))
    rows: list[list] = []
    for ch in chars:
        if rows and abs(rows[-1][0]["top"] - ch["top"]) < 2 and ch["x0"] >= rows[-1][-1]["x0"] - 0.5:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    # a row may hold two columns (cards side by side): split at big gaps
    lines = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        segment = [row[0]]
        for ch in row[1:]:
            if ch["x0"] - segment[-1]["x1"] > 4 * mm:
                lines.append(segment)
                segment = [ch]
            else:
                segment.append(ch)
        lines.append(segment)
    return [
        Line(
            _visual_line(seg),
            min(c["top"] for c in seg),
            min(c["x0"] for c in seg),
            max(c["x1"] for c in seg),
            max(c["bottom"] for c in seg),
            seg,
        )
        for seg in lines
    ]


def pages_lines(data: bytes) -> list[list[Line]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [visual_lines(page) for page in pdf.pages]


def all_text(data: bytes) -> str:
    """Every line of every page as drawn (visual order, NFKC), one line per line; see :func:`visual`."""
    return "\n".join(line.text for page in pages_lines(data) for line in page)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def qpdf_check(data: bytes, tmp_path) -> None:
    """``qpdf --check`` when qpdf is installed (structure check); silently skipped otherwise."""
    if shutil.which("qpdf") is None:
        return
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def char_boxes_mm(data: bytes, page_number: int = 0) -> list[tuple[str, float, float, float, float]]:
    """(text, x0, top, x1, bottom) of every glyph on a page, in mm from the top-left corner."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[page_number]
        return [(c["text"], c["x0"] / mm, c["top"] / mm, c["x1"] / mm, c["bottom"] / mm) for c in page.chars]

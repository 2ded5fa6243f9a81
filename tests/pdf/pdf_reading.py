"""Reading our PDFs back for tests: fonts, viewer preferences, text in logical order, positions.

pdfplumber reports glyphs where they are drawn (visual order, Arabic as presentation
forms). :func:`logical_lines` turns a line back into logical order the way a reader
would: letters of a right-to-left word reversed, runs of right-to-left words reversed,
then NFKC. A name only comes back right if it was drawn right.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass

import pdfplumber
import pypdf
from reportlab.lib.units import mm

BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
    "Times-BoldItalic", "Symbol", "ZapfDingbats",
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


def _direction(text: str) -> str | None:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


@dataclass
class Line:
    text: str  # logical order, NFKC
    top: float
    x0: float
    x1: float
    bottom: float
    chars: list


def _visual_line_to_logical(chars: list) -> str:
    words: list[list] = []
    previous = None
    for ch in chars:
        if ch["text"] == " ":
            previous = None
            words.append([])
            continue
        if previous is not None and ch["x0"] - previous["x1"] > 0.18 * ch["size"]:
            words.append([])
        if not words:
            words.append([])
        words[-1].append(ch)
        previous = ch
    texts = []
    for word in words:
        if not word:
            continue
        pieces = [c["text"] for c in word]
        if _is_rtl("".join(pieces)):
            pieces.reverse()
        texts.append(unicodedata.normalize("NFKC", "".join(pieces)))
    # reverse runs of right-to-left words (with neutral words inside a run); punctuation drawn
    # at the right edge of a run ("," after a name) belongs logically to the run's end
    def reverse_run(run: list[str]) -> list[str]:
        logical = list(reversed(run))
        first = logical[0]
        stripped = first.lstrip(",.;:!?…)")
        if stripped != first and stripped:
            logical[0] = stripped
            logical[-1] = logical[-1] + first[: len(first) - len(stripped)]
        return logical

    result: list[str] = []
    run: list[str] = []
    pending: list[str] = []
    for word in texts:
        direction = _direction(word)
        if direction == "R":
            run.extend(pending)
            pending = []
            run.append(word)
        elif direction is None and run:
            pending.append(word)
        else:
            if run:
                result.extend(reverse_run(run))
                run = []
            result.extend(pending)
            pending = []
            result.append(word)
    if run:
        result.extend(reverse_run(run))
    result.extend(pending)
    return " ".join(result)


def logical_lines(page) -> list[Line]:
    """The page's text lines (pdfplumber page), top to bottom, each in logical order."""
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
        Line(_visual_line_to_logical(seg), min(c["top"] for c in seg), min(c["x0"] for c in seg), max(c["x1"] for c in seg), max(c["bottom"] for c in seg), seg)
        for seg in lines
    ]


def pages_lines(data: bytes) -> list[list[Line]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [logical_lines(page) for page in pdf.pages]


def all_text(data: bytes) -> str:
    """Every line of every page, logical order, NFKC, one line per line."""
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

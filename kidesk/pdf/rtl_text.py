"""Right-to-left text that can be searched and copied: a ToUnicode map back to the typed letters.

reportlab shapes Arabic script with harfbuzz and then finds, for each glyph, a character the
font maps to it — for Arabic that is a *presentation form* (U+FExx, "ﻣ" instead of "م"), for
glyphs without one (Sorani's ڵ/ڕ in joined forms) a private-use code point. Those characters
end up in the font's ToUnicode map, so pdftotext, browsers and screen readers read
presentation forms or nothing, an exact search for "محمد" fails, and the zero-width non-joiner
of Persian names vanishes (harfbuzz hides it by default).

:func:`install` (idempotent, called by :func:`kidesk.pdf.documents.register_fonts`) changes two
things in reportlab, both at documented module-level seams:

* harfbuzz keeps default-ignorable characters (``PRESERVE_DEFAULT_IGNORABLES``): the ZWNJ is
  drawn as DejaVu's zero-width ``uni200C`` glyph, which maps back to U+200C;
* glyphs without a character get their width in the PDF's units (reportlab stored font
  units, twice too wide for DejaVu, so readers split Sorani words apart);
* the ToUnicode CMap maps each presentation form to its base letter(s) (NFKC; lam-alef gives
  "لا") and each private-use code point to the letter named by its glyph ("uni06B5.fina" →
  ڵ). Glyph widths and the drawing are untouched.

Readers then see base letters in visual order and restore logical order with their own bidi
(poppler, pdf.js, PDFium, Acrobat). ``/ActualText`` spans were tried first: poppler spreads
the replacement text left to right over the span and reverses it again, so names came out
backwards there — the ToUnicode route works for all of them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts

_installed = False
_GLYPH_NAME = re.compile(r"^uni([0-9A-F]{4,6})")


def _is_presentation_form(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def source_text(code: int, private_names: dict[int, str]) -> str:
    """What the reader should get for one subset character (see module docstring)."""
    if _is_presentation_form(code):
        text = unicodedata.normalize("NFKC", chr(code))
        # a ligature (lam-alef) is one glyph; readers put its characters in the order they
        # put the glyphs — visual — and reverse the line, so its letters are given reversed
        return text[::-1] if len(text) > 1 else text
    if 0xFB00 <= code <= 0xFB06:  # Latin ligatures harfbuzz sets in shaped lines ("ﬆ"): the letters
        return unicodedata.normalize("NFKC", chr(code))
    if 0xE000 <= code <= 0xF8FF:
        match = _GLYPH_NAME.match(private_names.get(code, ""))
        if match:
            return chr(int(match.group(1), 16))
    return chr(code)


def _private_names(font_name: str) -> dict[int, str]:
    """Private-use code point -> glyph name, of the registered DejaVu face this subset belongs to."""
    names: dict[int, str] = {}
    for registered in ("KideskSans-Bold",) if "Bold" in font_name else ("KideskSans",):
        try:
            font: Any = pdfmetrics.getFont(registered)
        except KeyError:
            continue
        for name, code in getattr(font, "_TTFont__hbUnis", {}).items():
            names[code] = name
    return names


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    private = _private_names(fontname)
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <%02X>" % (len(subset) - 1),
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    cmap += [f"<{i:02X}> <{_utf16(source_text(v, private))}>" for i, v in enumerate(subset)]
    cmap += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(cmap)


class _KeepIgnorables:
    """Stands in for the ``uharfbuzz`` module inside reportlab.pdfbase.ttfonts: same names,
    but every Buffer keeps default-ignorable characters (the ZWNJ)."""

    def __init__(self, module: Any) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)

    def Buffer(self) -> Any:
        buffer = self._module.Buffer()
        buffer.flags = self._module.BufferFlags.PRESERVE_DEFAULT_IGNORABLES
        return buffer


def install() -> None:
    """Patch reportlab once (see module docstring)."""
    global _installed
    if _installed:
        return
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
    module = getattr(ttfonts, "uharfbuzz", None)
    if module is not None and not isinstance(module, _KeepIgnorables):
        ttfonts.uharfbuzz = _KeepIgnorables(module)
    original_hb_font = ttfonts.TTFont.hbFont

    def hb_font(self: Any, fontSize: float = 10) -> Any:
        font = original_hb_font(self, fontSize)
        add_private = self.hbAddPrivate
        if not getattr(add_private, "kidesk_scaled", False):
            # reportlab stores the advance of a glyph without a character in font units
            # (2048 per em for DejaVu) where the PDF's /W array needs 1000 per em; readers
            # then see overlapping glyphs and break Sorani words apart
            def scaled(name: str, gid: int, advance: float) -> int:
                return int(add_private(name, gid, self.pdfScale(advance)))

            scaled.kidesk_scaled = True  # type: ignore[attr-defined]
            self.hbAddPrivate = scaled
        return font

    ttfonts.TTFont.hbFont = hb_font
    _installed = True


__all__ = ["install", "make_to_unicode_cmap", "source_text"]

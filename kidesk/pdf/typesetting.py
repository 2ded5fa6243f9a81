"""Text in boxes: escaping, right-to-left order, and the one text-fitting engine of every product.

Right-to-left text and escaping: :mod:`kidesk.pdf.bidi_text` (re-exported here). Latin,
Cyrillic and other left-to-right lines are drawn with ``drawString`` (fast path); shaped lines
through a one-line Paragraph.

Fitting (:func:`fit_box`, :func:`draw_text_box`)
    Each :class:`TextLine` is an *element* (name, function, organisation …) with a preferred
    size, a maximum number of lines and a minimum size. An element is set

    1. at its preferred size on one line; else
    2. at its preferred size on up to ``max_lines`` lines, broken at spaces, after hyphens
       already in the text, or at German hyphenation points (pyphen, ``de_DE``); else
    3. at the largest size down to its minimum that fits (1. and 2. again per size); else
    4. at its minimum size, the last line shortened with "…" — and reported when drawn
       (:func:`kidesk.pdf.documents.report_overflow`, naming the record).

    Only the element that does not fit shrinks. When the elements together are taller than
    the box, the one furthest above its minimum shrinks first, step by step. ``caps`` (from
    :func:`common_sizes`) makes the same element take one size across a sheet.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import pyphen
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kidesk.errors import UserError
from kidesk.pdf.bidi_text import (
    make_paragraph,
    markup,
    needs_shaping,
    paragraph_style,
    visual_word_order,
)
from kidesk.pdf.documents import (
    FONT,
    FONT_BOLD,
    KideskCanvas,
    OverflowNotice,
    PdfBytes,
    canvas_with_footer,
    collect_notices,
    current_record,
    new_canvas,
    register_fonts,
    report_overflow,
)

# --------------------------------------------------------------------------- measuring

ELLIPSIS = "…"
LEADING = 1.2  # line height / font size


@functools.lru_cache(maxsize=1)
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="de_DE", left=2, right=3)


@functools.lru_cache(maxsize=20_000)
def _width_at_10(text: str, bold: bool) -> float:
    """Width of ``text`` at 10 pt; shaped (right-to-left) text measured as harfbuzz sets it."""
    register_fonts()
    if not text:
        return 0.0
    if needs_shaping(text):
        style = paragraph_style(10, bold=bold, shaping=True)
        para = Paragraph(markup(text), style)
        para.wrap(100_000, 10_000)
        info = para.blPara.lines[0]
        extra = info.extraSpace if hasattr(info, "extraSpace") else info[0]
        return float(100_000 - extra)
    return float(pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, 10))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of one line of ``text`` at ``size``."""
    return _width_at_10(text, bold) * size / 10


def _is_address(word: str) -> bool:
    """E-mail addresses and web sites never break (a hyphen in them would change them)."""
    return "@" in word or "://" in word or word.startswith("www.")


def _explicit_breaks(word: str) -> list[int]:
    """Positions after a hyphen or slash already in the word ("Hohenzollern-|Sigmaringen"),
    never inside a number ("13-1180") or an address."""
    return [i + 1 for i, ch in enumerate(word[:-1]) if ch in "-‐/" and i > 0 and word[i - 1].isalpha()]


@functools.lru_cache(maxsize=20_000)
def _syllable_breaks(word: str) -> tuple[int, ...]:
    """German hyphenation points (pyphen ``de_DE``) inside each run of letters of ``word``
    (at least two letters before and three after a break); patterns loaded on first need."""
    points: list[int] = []
    for run in re.finditer(r"[^\W\d_]{5,}", word):
        points += [run.start() + p for p in _hyphenator().positions(run.group())]
    return tuple(points)


def hyphenation_points(word: str) -> set[int]:
    """Every position where :func:`break_text` may break ``word`` (for tests)."""
    return set(_explicit_breaks(word)) | set(_syllable_breaks(word))


def _fits_alone(word: str, size: float, width: float, bold: bool) -> bool:
    """Whether ``word`` (or its part up to the first hyphen) fits on a line of its own."""
    breaks = _explicit_breaks(word)
    head = word[: breaks[0]] if breaks else word
    return text_width(head, size, bold) <= width


def _split_word(word: str, size: float, bold: bool, room: float, *, syllables: bool = True) -> tuple[str, str] | None:
    """The longest head of ``word`` that fits ``room``, and the rest; None if none fits.

    A break after a hyphen already in the word comes first; then a German hyphenation
    point, where a hyphen is added. Right-to-left words never break.
    """
    if needs_shaping(word) or _is_address(word):
        return None
    for position in reversed(_explicit_breaks(word)):
        if text_width(word[:position], size, bold) <= room:
            return word[:position], word[position:]
    if not syllables or text_width(word[:2] + "-", size, bold) > room:
        return None  # a break at the space before the word is better; or not even the shortest syllable fits: skip loading the patterns
    for position in reversed(_syllable_breaks(word)):
        head = word[:position] + "-"
        if text_width(head, size, bold) <= room:
            return head, word[position:]
    return None


def break_text(text: str, size: float, width: float, max_lines: int, bold: bool = False) -> list[str] | None:
    """``text`` broken into at most ``max_lines`` lines of ``width`` at ``size``, or None.

    Breaks at spaces and after hyphens first; a word is hyphenated at a syllable only when it
    starts a line or cannot stand on a line of its own — unless that is the only way to stay
    within ``max_lines``."""
    strict = _break_text(text, size, width, max_lines, bold, relaxed=False)
    if strict is not None or max_lines == 1:
        return strict
    return _break_text(text, size, width, max_lines, bold, relaxed=True)


def _break_text(text: str, size: float, width: float, max_lines: int, bold: bool, *, relaxed: bool) -> list[str] | None:
    words = text.split()
    if not words:
        return []
    if max_lines == 1 or needs_shaping(text):
        # right-to-left lines break only at spaces, and only where the logical order survives
        if text_width(" ".join(words), size, bold) <= width:
            return [" ".join(words)]
        if max_lines == 1:
            return None
    lines: list[str] = []
    current = ""
    queue = list(words)
    while queue:
        word = queue.pop(0)
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        room = width - (text_width(current + " ", size, bold) if current else 0)
        split = _split_word(
            word, size, bold, room, syllables=relaxed or not current or not _fits_alone(word, size, width, bold)
        )
        if split is not None:
            head, rest = split
            lines.append(f"{current} {head}" if current else head)
            current = ""
            queue.insert(0, rest)
        elif current:
            lines.append(current)
            current = ""
            queue.insert(0, word)
        else:
            return None  # one word wider than the line and no break point that helps
        if len(lines) >= max_lines:
            return None
    lines.append(current)
    return lines if len(lines) <= max_lines else None


def _shorten(text: str, size: float, width: float, max_lines: int, bold: bool) -> list[str]:
    """At the minimum size: as much of ``text`` as fits, the last line ending in "…"."""
    words = text.split()
    lines: list[str] = []
    for _ in range(max_lines - 1):  # full lines first, wherever they break
        rest = " ".join(words)
        for count in range(len(words), 0, -1):
            head = " ".join(words[:count])
            if text_width(head, size, bold) <= width:
                lines.append(head)
                words = words[count:]
                break
        else:
            split = _split_word(words[0], size, bold, width) if words else None
            if split is None:
                break
            lines.append(split[0])
            words[0] = split[1]
        if not words:
            return lines
        del rest
    tail = " ".join(words)
    while tail and text_width(tail + ELLIPSIS, size, bold) > width:
        tail = tail[:-1]
    lines.append(tail.rstrip(" -") + ELLIPSIS)
    return lines


# --------------------------------------------------------------------------- elements


@dataclass(frozen=True)
class TextLine:
    """One element of a text box; ``size`` is the preferred size.

    ``max_lines`` lines at most (``wrap=True``: running text, as many lines as it needs);
    ``min_size`` the smallest size it may shrink to (None: the box's ``min_size``);
    ``key`` names the element for notices and for one size across a sheet.
    """

    text: str
    size: float = 9
    bold: bool = False
    align: str = "left"
    color: str = "#000000"
    space_before: float = 0  # points at the preferred size, scaled with the element
    raw_markup: bool = False  # text is already safe markup (kidesk's own, never user text)
    wrap: bool = False
    max_lines: int = 1
    min_size: float | None = None
    key: str = ""


@dataclass(frozen=True)
class FittedLine:
    """How one element was set."""

    element: TextLine
    size: float
    lines: tuple[str, ...]
    shortened: bool = False

    @property
    def height(self) -> float:
        return self.space_before + len(self.lines) * self.size * LEADING

    @property
    def space_before(self) -> float:
        return self.element.space_before * self.size / self.element.size


@dataclass
class FittedBox:
    """How a text box was set: its elements, height, and which elements were shortened."""

    elements: list[FittedLine]
    height: float
    shortened: list[int] = field(default_factory=list)

    @property
    def scale(self) -> float:
        return min((e.size / e.element.size for e in self.elements), default=1.0)

    @property
    def wrapped(self) -> bool:
        return any(len(e.lines) > 1 and not e.element.wrap for e in self.elements)

    @property
    def sizes(self) -> dict[str, float]:
        return {e.element.key: e.size for e in self.elements if e.element.key}


def _limit(line: TextLine) -> int:
    return 10_000 if line.wrap else max(1, line.max_lines)


def fit_element(line: TextLine, width: float, *, max_size: float | None = None, min_size: float) -> FittedLine:
    """Set one element (steps 1–4 of the module docstring)."""
    low = line.min_size if line.min_size is not None else min_size
    size = min(line.size, max_size) if max_size else line.size
    low = min(low, size)
    text = " ".join(line.text.split()) if not line.wrap else line.text
    if line.wrap:  # running text keeps its line breaks; each paragraph breaks on its own
        return _fit_running(line, width, size, low)
    one = text_width(text, size, line.bold)
    if one <= width:
        return FittedLine(line, size, (text,))
    limit = _limit(line)
    step = max(0.1, size * 0.02)
    # first without syllable breaks inside a line, giving up at most a quarter of the size;
    # then with them, down to the minimum
    strict_floor = low if limit == 1 else max(low, size * 0.75)
    for relaxed, floor in ((False, strict_floor), (True, low)):
        if relaxed and limit == 1:
            break
        current = size
        while current >= floor - 1e-6:
            lines = _break_text(text, current, width, limit, line.bold, relaxed=relaxed)
            if lines is not None:
                return FittedLine(line, round(current, 2), tuple(lines))
            nxt = current - step
            if limit == 1:  # on one line the width says the size directly
                nxt = min(nxt, current * width / max(text_width(text, current, line.bold), 1e-6))
            current = max(nxt, floor) if current > floor + 1e-6 else floor - 1
    return FittedLine(line, low, tuple(_shorten(text, low, width, limit, line.bold)), shortened=True)


def _fit_running(line: TextLine, width: float, size: float, low: float) -> FittedLine:
    out: list[str] = []
    for paragraph in line.text.replace("\r\n", "\n").split("\n"):
        if not paragraph.strip():
            out.append("")
            continue
        lines = break_text(paragraph, size, width, 10_000, line.bold)
        if lines is None:  # a single word wider than the box: shrink this element, then shorten
            return fit_element(replace(line, wrap=False, max_lines=50), width, max_size=size, min_size=low)
        out.extend(lines)
    return FittedLine(line, size, tuple(out))


def fit_box(
    lines: Sequence[TextLine],
    width: float,
    height: float,
    *,
    min_size: float = 6.0,
    caps: Mapping[str, float] | None = None,
    uniform: bool = False,
    max_total_lines: int | None = None,
) -> FittedBox:
    """Set every element of ``lines`` into ``width`` × ``height`` (see module docstring).

    ``uniform``: all elements take one size (an address block); ``max_total_lines``: the
    lines of all elements together (the six lines of a DIN 5008 address zone)."""
    kept = [line for line in lines if line.text and line.text.strip()]
    caps = caps or {}
    maxima = [caps.get(line.key) if line.key else None for line in kept]
    fitted = [fit_element(line, width, max_size=m, min_size=min_size) for line, m in zip(kept, maxima, strict=True)]
    if uniform and fitted:
        smallest = min(f.size for f in fitted)
        fitted = [fit_element(line, width, max_size=smallest, min_size=min_size) for line in kept]
    total = sum(f.height for f in fitted)
    budget = max_total_lines or 1_000_000

    def count() -> int:
        return sum(len(f.lines) for f in fitted)

    for _round in range(400):
        if (total <= height + 1e-6 and count() <= budget) or not fitted:
            break
        # the element furthest above its minimum gives way first
        candidates = [
            (f.size / (f.element.min_size or min_size), i)
            for i, f in enumerate(fitted)
            if f.size > (f.element.min_size or min_size) + 0.05 and not f.shortened
        ]
        if uniform and candidates:
            new = max(min(f.size for f in fitted) * 0.96, min_size)
            fitted = [fit_element(line, width, max_size=new, min_size=min_size) for line in kept]
        elif candidates:
            _ratio, i = max(candidates)
            floor = fitted[i].element.min_size or min_size  # never a step below the element's minimum
            fitted[i] = fit_element(kept[i], width, max_size=max(fitted[i].size * 0.96, floor), min_size=min_size)
        else:
            # nothing can shrink: the element with the most lines gives one up (reported)
            i = max(range(len(fitted)), key=lambda k: (len(fitted[k].lines), k))
            f = fitted[i]
            if len(f.lines) <= 1:
                break
            shorter = _shorten(" ".join(f.element.text.split()), f.size, width, len(f.lines) - 1, f.element.bold)
            fitted[i] = FittedLine(f.element, f.size, tuple(shorter), shortened=True)
        total = sum(f.height for f in fitted)
    shortened = [i for i, f in enumerate(fitted) if f.shortened]
    return FittedBox(fitted, total, shortened)


def common_sizes(boxes: Iterable[FittedBox]) -> dict[str, float]:
    """The smallest size of each keyed element over ``boxes``: one size per element on a sheet."""
    sizes: dict[str, float] = {}
    for box in boxes:
        for key, size in box.sizes.items():
            sizes[key] = min(size, sizes.get(key, size))
    return sizes


# --------------------------------------------------------------------------- drawing


def _draw_line(canvas: Canvas, f: FittedLine, text: str, x: float, baseline: float, width: float) -> None:
    line = f.element
    if needs_shaping(text) and not line.raw_markup:
        style = paragraph_style(f.size, bold=line.bold, align=line.align, color=line.color, shaping=True)
        para = Paragraph(markup(text), style)
        _w, h = para.wrap(width, 10_000)
        para.drawOn(canvas, x, baseline - (h - f.size))
        return
    if line.raw_markup:
        style = paragraph_style(f.size, bold=line.bold, align=line.align, color=line.color)
        para = Paragraph(text, style)
        _w, h = para.wrap(width, 10_000)
        para.drawOn(canvas, x, baseline - (h - f.size))
        return
    font = FONT_BOLD if line.bold else FONT
    canvas.setFont(font, f.size)
    canvas.setFillColor(colors.HexColor(line.color))
    if line.align == "center":
        canvas.drawCentredString(x + width / 2, baseline, text)
    elif line.align == "right":
        canvas.drawRightString(x + width, baseline, text)
    else:
        canvas.drawString(x, baseline, text)


def draw_fitted(
    canvas: Canvas, box: FittedBox, x: float, y: float, width: float, height: float, *, valign: str = "top"
) -> None:
    """Draw a box set by :func:`fit_box` into the box whose lower-left corner is (x, y)."""
    if valign == "middle":
        top = y + height - max(0.0, (height - box.height) / 2)
    elif valign == "bottom":
        top = y + box.height
    else:
        top = y + height
    canvas.saveState()
    cursor = top
    for f in box.elements:
        if f.shortened:  # reported when drawn, so trial layouts never report
            report_overflow(f.element.key, f.element.text)
        cursor -= f.space_before
        for text in f.lines:
            slot = f.size * LEADING
            if text:
                _draw_line(canvas, f, text, x, cursor - f.size, width)
            cursor -= slot
    canvas.restoreState()


def draw_text_box(
    canvas: Canvas,
    x: float,
    y: float,
    width: float,
    height: float,
    lines: Sequence[TextLine],
    *,
    min_size: float = 6.0,
    valign: str = "top",
    uniform: bool = False,
    caps: Mapping[str, float] | None = None,
) -> FittedBox:
    """Fit ``lines`` into the box (lower-left corner (x, y), points) and draw them."""
    box = fit_box(lines, width, height, min_size=min_size, caps=caps, uniform=uniform)
    draw_fitted(canvas, box, x, y, width, height, valign=valign)
    return box


def fitted_paragraph(line: TextLine, width: float, height: float, *, min_size: float) -> Paragraph:
    """A platypus Paragraph (table cells) for one element set by the engine."""
    box = fit_box([line], width, height, min_size=min_size)
    if not box.elements:
        return Paragraph("", paragraph_style(line.size))
    f = box.elements[0]
    if f.shortened:
        report_overflow(line.key, line.text)
    style = paragraph_style(
        f.size, bold=line.bold, align=line.align, color=line.color, shaping=needs_shaping(line.text)
    )
    return Paragraph("<br/>".join(markup(text) for text in f.lines), style)


def draw_paragraph(
    canvas: Canvas, text_markup: str, style: ParagraphStyle, x: float, top: float, width: float
) -> float:
    """Draw prepared markup with its top edge at ``top``; return the height used."""
    para = Paragraph(text_markup, style)
    _w, h = para.wrap(width, 10_000)
    para.drawOn(canvas, x, top - h)
    return float(h)


# --------------------------------------------------------------------------- images


def image_reader(data: bytes | None, owner: str) -> ImageReader | None:
    """An ImageReader for logo bytes; a clear error naming ``owner`` if they are not an image."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception as exc:  # PIL raises many kinds
        raise UserError(
            f"Das Logo von {owner} lässt sich nicht lesen (keine PNG- oder JPEG-Datei?). "
            "Bitte das Logo neu hinterlegen oder entfernen."
        ) from exc
    return reader


def draw_image_in_box(
    canvas: Canvas, image: ImageReader, x: float, y: float, width: float, height: float, *, align: str = "left"
) -> tuple[float, float]:
    """Draw ``image`` scaled to fit the box, keeping its aspect ratio; return (w, h) drawn."""
    iw, ih = image.getSize()
    scale = min(width / iw, height / ih)
    w, h = iw * scale, ih * scale
    dx = {"left": 0, "center": (width - w) / 2, "right": width - w}[align]
    canvas.drawImage(image, x + dx, y + (height - h) / 2, w, h, mask="auto")
    return w, h


__all__ = [
    "FONT",
    "FONT_BOLD",
    "FittedBox",
    "FittedLine",
    "KideskCanvas",
    "OverflowNotice",
    "PdfBytes",
    "TextLine",
    "break_text",
    "hyphenation_points",
    "canvas_with_footer",
    "collect_notices",
    "common_sizes",
    "current_record",
    "draw_fitted",
    "draw_image_in_box",
    "draw_paragraph",
    "draw_text_box",
    "fit_box",
    "fit_element",
    "fitted_paragraph",
    "image_reader",
    "make_paragraph",
    "markup",
    "mm",
    "needs_shaping",
    "new_canvas",
    "paragraph_style",
    "register_fonts",
    "report_overflow",
    "text_width",
    "visual_word_order",
]

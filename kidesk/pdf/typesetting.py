"""Fonts, canvases and text boxes shared by every renderer.

Fonts
    One family, DejaVu Sans regular and bold (covers Latin with Turkish letters, Cyrillic,
    Arabic and Farsi). Italic and bold-italic map to regular and bold because DejaVu's
    oblique faces lack Arabic. Every canvas starts with DejaVu as its *initial* font, so
    reportlab never writes its default Helvetica into a page: no base-14 font ever appears.

Right-to-left text
    All user text goes through :class:`reportlab.platypus.Paragraph`; text with Arabic or
    Farsi letters gets ``shaping=1`` (see :func:`needs_shaping`);
    harfbuzz (``uharfbuzz``) then shapes each Arabic/Farsi word and lays its glyphs out in
    visual order. reportlab puts the *words* of a line left to right in logical order,
    though (its word-level bidi needs the unavailable ``rlbidi``), so a two-word Persian
    name would read backwards. :func:`visual_word_order` therefore reverses each run of
    right-to-left words — words only, never the letters inside them, so nothing is
    reversed twice. This is exact for single lines (names, addresses, titles); a
    right-to-left run that wraps over several lines keeps its words' visual order per run.

Escaping
    :func:`markup` escapes ``&``, ``<`` and ``>`` so ``A & B <GmbH>`` prints as written.

Fitting
    :func:`draw_text_box` draws a stack of lines into a box: it shrinks all lines together
    down to ``min_scale``; if that is not enough it lets lines wrap, and as a last resort it
    shortens the longest line with an ellipsis. Text never leaves its box and never vanishes.

Canvases
    :func:`new_canvas` and :class:`KideskCanvas` give deterministic output (``invariant=1``:
    no time stamps or random IDs, so the same data gives the same bytes) and set the viewer
    preference ``PrintScaling=None`` so that printing does not shrink label sheets.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kidesk.errors import UserError
from kidesk.paths import resource_path

FONT = "KideskSans"
FONT_BOLD = "KideskSans-Bold"
FONT_FAMILY = "KideskSans"

PRODUCER = "kidesk"

_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular/bold) as the family ``KideskSans``; idempotent."""
    global _registered
    if _registered:
        return
    regular = resource_path("fonts", "DejaVuSans.ttf")
    bold = resource_path("fonts", "DejaVuSans-Bold.ttf")
    for path in (regular, bold):
        if not path.is_file():
            raise UserError(f"Die Schriftdatei {path} fehlt. Bitte kidesk neu installieren.")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT_FAMILY, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


class KideskCanvas(Canvas):
    """A reportlab canvas with DejaVu as initial font, invariant output and PrintScaling=None.

    Also usable as ``canvasmaker`` for platypus documents. ``page_footer``, when set to a
    callable ``(canvas, page_number, page_count)``, is called for every page at save time,
    which is how "Seite x von y" learns y.
    """

    page_footer: Callable[[Canvas, int, int], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        register_fonts()
        # platypus passes initialFontName=None explicitly, which would mean Helvetica
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FONT
        if not kwargs.get("initialFontSize"):
            kwargs["initialFontSize"] = 10
        kwargs["invariant"] = 1
        super().__init__(*args, **kwargs)
        self.setViewerPreference("PrintScaling", "None")
        self.setProducer(PRODUCER)
        self.setCreator(PRODUCER)
        self.setAuthor(PRODUCER)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        if self.page_footer is not None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()
        else:
            super().showPage()

    def save(self) -> None:
        if self.page_footer is not None:
            # every page was stashed by showPage(); callers end with showPage() as platypus does
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self.page_footer(self, number, total)
                Canvas.showPage(self)
        super().save()


def canvas_with_footer(footer: Callable[[Canvas, int, int], None]) -> type[KideskCanvas]:
    """A KideskCanvas class (for platypus' ``canvasmaker``) that calls ``footer`` on every page."""
    return type("KideskFooterCanvas", (KideskCanvas,), {"page_footer": staticmethod(footer)})


def new_canvas(pagesize: tuple[float, float], title: str) -> tuple[KideskCanvas, io.BytesIO]:
    """A fresh canvas writing into a buffer; call ``canvas.save()`` then ``buffer.getvalue()``."""
    buffer = io.BytesIO()
    canvas = KideskCanvas(buffer, pagesize=pagesize)
    canvas.setTitle(title)
    canvas.setFont(FONT, 10)
    return canvas, buffer


# --------------------------------------------------------------------------- text


def _strong_direction(word: str) -> str | None:
    for ch in word:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


_NEUTRAL_PUNCTUATION = ",.;:!?…)"


def _reverse_run(run: list[str]) -> list[str]:
    """Visual order of a right-to-left run. Trailing punctuation of the run ("احمدی,") belongs
    to its right end on an LTR line: it moves to the front of the logically first word,
    which harfbuzz then draws at that word's right edge."""
    run = list(run)
    last = run[-1]
    stripped = last.rstrip(_NEUTRAL_PUNCTUATION)
    if stripped and stripped != last and len(run) >= 1:
        suffix = last[len(stripped) :]
        run[-1] = stripped
        run[0] = suffix + run[0]
    return list(reversed(run))


def visual_word_order(text: str) -> str:
    """Reorder the words of one line for a left-to-right page (see module docstring).

    Runs of right-to-left words (with the neutral words between them, e.g. numbers) are
    reversed; the letters of each word stay in logical order for harfbuzz to shape.
    """
    words = text.split(" ")
    if not any(_strong_direction(w) == "R" for w in words):
        return text
    result: list[str] = []
    run: list[str] = []
    pending_neutral: list[str] = []
    for word in words:
        direction = _strong_direction(word)
        if direction == "R":
            run.extend(pending_neutral)
            pending_neutral = []
            run.append(word)
        elif direction is None and run:
            pending_neutral.append(word)
        else:
            if run:
                result.extend(_reverse_run(run))
                run = []
            result.extend(pending_neutral)
            pending_neutral = []
            result.append(word)
    if run:
        result.extend(_reverse_run(run))
    result.extend(pending_neutral)
    return " ".join(result)


def markup(text: str | None) -> str:
    """Paragraph markup for user text: bidi word order per line, escaped, newlines kept."""
    if not text:
        return ""
    lines = str(text).replace("\r\n", "\n").split("\n")
    return "<br/>".join(escape(visual_word_order(line)) for line in lines)


def needs_shaping(text: str | None) -> bool:
    """Whether ``text`` holds right-to-left (Arabic, Farsi, Hebrew) letters that harfbuzz must shape.

    Only such paragraphs are shaped: shaping Latin text would switch on DejaVu's
    discretionary ligatures ("ﬆ" in "Straße"), which look odd and disturb copy & paste.
    """
    return text is not None and any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def make_paragraph(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text: escaped, words in visual order, shaped if it needs it."""
    if needs_shaping(text) and not style.shaping:
        style = ParagraphStyle(name=style.name + "-shaped", parent=style, shaping=1)
    return Paragraph(markup(text), style)


_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def paragraph_style(
    size: float = 10,
    *,
    bold: bool = False,
    align: str = "left",
    leading: float | None = None,
    color: str = "#000000",
    space_after: float = 0,
    shaping: bool = False,
) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        name=f"kidesk-{size}-{bold}-{align}-{int(shaping)}",
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=leading if leading is not None else size * 1.2,
        alignment=_ALIGN[align],
        textColor=colors.HexColor(color),
        spaceAfter=space_after,
        shaping=1 if shaping else 0,
        splitLongWords=1,
    )


@dataclass(frozen=True)
class TextLine:
    """One line of a text box; ``size`` is the size before shrinking."""

    text: str
    size: float = 9
    bold: bool = False
    align: str = "left"
    color: str = "#000000"
    space_before: float = 0  # points, before scaling
    raw_markup: bool = False  # text is already safe markup (kidesk's own, never user text)
    wrap: bool = False  # running text: wraps freely, shrinks only when the box is too short


@dataclass
class FittedBox:
    """How a text box was set: the scale used, whether lines wrapped, which were shortened."""

    scale: float
    height: float
    wrapped: bool = False
    shortened: list[int] = field(default_factory=list)


def _paragraph(line: TextLine, scale: float, text: str | None = None) -> Paragraph:
    source = text if text is not None else line.text
    body = source if line.raw_markup else markup(source)
    style = paragraph_style(
        line.size * scale, bold=line.bold, align=line.align, color=line.color, shaping=needs_shaping(source)
    )
    return Paragraph(body, style)


def _para_width(para: Paragraph) -> float:
    para.wrap(100_000, 10_000)
    widths = []
    for info in para.blPara.lines:
        if hasattr(info, "extraSpace"):
            widths.append(100_000 - info.extraSpace)
        else:  # simple lines: (extraSpace, words)
            widths.append(100_000 - info[0])
    return max(widths, default=0.0)


def _layout(
    lines: Sequence[TextLine], scales: Sequence[float], width: float, texts: Sequence[str]
) -> tuple[list[Paragraph], float, bool]:
    paras = []
    total = 0.0
    wrapped = False
    for line, scale, text in zip(lines, scales, texts, strict=True):
        para = _paragraph(line, scale, text)
        _w, h = para.wrap(width, 10_000)
        if len(para.blPara.lines) > 1 and not line.wrap:
            wrapped = True
        total += h + line.space_before * scale
        paras.append(para)
    return paras, total, wrapped


def fit_lines(
    lines: Sequence[TextLine], width: float, height: float, *, min_scale: float = 0.55, uniform: bool = False
) -> tuple[list[Paragraph], FittedBox]:
    """Paragraphs for ``lines`` that fit ``width`` × ``height`` (see module docstring).

    1. each line on its own shrinks until it fits the width on one line (not below ``min_scale``);
       (``uniform=True``: all lines take the smallest of these scales);
    2. if the stack is too tall, all lines shrink together (not below ``min_scale``);
    3. at the smallest size lines may wrap;
    4. last resort: the longest lines are shortened with "…" until the stack fits.
    """
    lines = [line for line in lines if line.text]
    if not lines:
        return [], FittedBox(1.0, 0.0)
    texts = [line.text for line in lines]
    scales = []
    for line in lines:
        natural = 0.0 if line.wrap else _para_width(_paragraph(line, 1.0))
        scale = 1.0 if natural <= width else max(min_scale, (width / natural) * 0.995)
        scales.append(scale)
    if uniform:  # an address block looks wrong with mixed sizes
        scales = [min(scales)] * len(scales)
    factor = 1.0
    while True:
        current = [max(min_scale, s * factor) for s in scales]
        paras, total, wrapped = _layout(lines, current, width, texts)
        if total <= height and not wrapped:
            return paras, FittedBox(min(current), total)
        if all(s <= min_scale + 1e-9 for s in current):
            break
        factor -= 0.04
    if total <= height:
        return paras, FittedBox(min(current), total, wrapped=wrapped)
    shortened: list[int] = []
    for _round in range(300):
        candidates = [i for i, line in enumerate(lines) if not line.raw_markup and len(texts[i]) > 2]
        if not candidates:
            break
        i = max(candidates, key=lambda k: len(texts[k]))
        base = texts[i].rstrip("…").rstrip()
        texts[i] = base[: max(1, int(len(base) * 0.9))].rstrip() + "…"
        if i not in shortened:
            shortened.append(i)
        paras, total, wrapped = _layout(lines, current, width, texts)
        if total <= height:
            break
    return paras, FittedBox(min(current), total, wrapped=wrapped, shortened=shortened)


def draw_text_box(
    canvas: Canvas,
    x: float,
    y: float,
    width: float,
    height: float,
    lines: Sequence[TextLine],
    *,
    min_scale: float = 0.55,
    valign: str = "top",
    uniform: bool = False,
) -> FittedBox:
    """Draw ``lines`` into the box whose lower-left corner is (x, y), in points."""
    paras, fitted = fit_lines(lines, width, height, min_scale=min_scale, uniform=uniform)
    kept = [line for line in lines if line.text]
    scales = [p.style.fontSize / line.size for p, line in zip(paras, kept, strict=True)]
    if valign == "middle":
        top = y + height - max(0.0, (height - fitted.height) / 2)
    elif valign == "bottom":
        top = y + fitted.height
    else:
        top = y + height
    overflow = fitted.height > height + 0.5
    if overflow:  # a box too small for even one shortened line: clip rather than spill into the neighbour
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(x, y, width, height)
        canvas.clipPath(path, stroke=0, fill=0)
    cursor = top
    for line, para, scale in zip(kept, paras, scales, strict=True):
        cursor -= line.space_before * scale
        _w, h = para.wrap(width, 10_000)
        cursor -= h
        para.drawOn(canvas, x, cursor)
    if overflow:
        canvas.restoreState()
    return fitted


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
    "KideskCanvas",
    "TextLine",
    "draw_image_in_box",
    "draw_paragraph",
    "draw_text_box",
    "fit_lines",
    "image_reader",
    "make_paragraph",
    "markup",
    "needs_shaping",
    "mm",
    "new_canvas",
    "paragraph_style",
    "register_fonts",
    "visual_word_order",
]

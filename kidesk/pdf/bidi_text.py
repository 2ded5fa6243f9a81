"""User text for reportlab: escaping and right-to-left word order, paragraph styles.

Right-to-left text
    User text with Arabic, Persian or Sorani letters is drawn through a
    :class:`reportlab.platypus.Paragraph` with ``shaping=1`` (harfbuzz via ``uharfbuzz``
    shapes each word and lays its glyphs out in visual order). reportlab puts the *words* of
    a line left to right in logical order, so :func:`visual_word_order` reverses each run of
    right-to-left words — words only, never the letters inside them. The fonts' ToUnicode
    maps shaped glyphs back to base letters and keeps the ZWNJ (:mod:`kidesk.pdf.rtl_text`).

Escaping
    :func:`markup` escapes ``&``, ``<`` and ``>`` so ``A & B <GmbH>`` prints as written.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from kidesk.pdf.documents import FONT, FONT_BOLD, register_fonts


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

"""Fonts, canvases, document metadata and overflow notices shared by every renderer.

Fonts
    One family, DejaVu Sans regular and bold (covers Latin with Turkish letters, Cyrillic,
    Arabic and Farsi/Sorani). Italic and bold-italic map to regular and bold because DejaVu's
    oblique faces lack Arabic. Every canvas starts with DejaVu as its *initial* font, so
    reportlab never writes its default Helvetica into a page: no base-14 font ever appears.
    Fonts are registered once per process (:func:`register_fonts`), subsets once per document.

Canvases and metadata
    :class:`KideskCanvas` writes PDF 1.7 with ``/Lang (de-DE)``, a title, our producer, the
    viewer preferences ``PrintScaling=None`` (label sheets must not shrink) and
    ``DisplayDocTitle``, and the real creation date (the day; the time is left at midnight so
    the same data gives the same bytes on the same day). Object ids are fixed (reportlab's
    ``invariant``); with ``SOURCE_DATE_EPOCH`` set that moment is used (tests, reproducible
    builds).

Overflow notices
    Text that does not fit even at a product's smallest size is shortened with "…" and
    *reported*: renderers run inside :func:`collect_notices` and return :class:`PdfBytes` — the
    PDF as ``bytes`` with a ``notices`` tuple of :class:`OverflowNotice` naming the record.
    Services pass it on unchanged; the CLI prints the notices, the preview can show them.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kidesk.errors import UserError
from kidesk.paths import resource_path
from kidesk.pdf import rtl_text

FONT = "KideskSans"
FONT_BOLD = "KideskSans-Bold"
FONT_FAMILY = "KideskSans"
PRODUCER = "kidesk"
LANGUAGE = "de-DE"

_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular/bold) as the family ``KideskSans``; idempotent."""
    global _registered
    if _registered:
        return
    rtl_text.install()  # searchable right-to-left text (ToUnicode to base letters, ZWNJ kept)
    # binary (zlib only) streams: reportlab's ASCII85 step runs in pure Python without its C
    # accelerator and made a card sheet a fifth slower and a quarter larger (issue 16)
    rl_config.useA85 = 0
    regular = resource_path("fonts", "DejaVuSans.ttf")
    bold = resource_path("fonts", "DejaVuSans-Bold.ttf")
    for path in (regular, bold):
        if not path.is_file():
            raise UserError(f"Die Schriftdatei {path} fehlt. Bitte kidesk neu installieren.")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT_FAMILY, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


# --------------------------------------------------------------------------- notices


@dataclass(frozen=True)
class OverflowNotice:
    """Text that was shortened because it did not fit even at the smallest allowed size."""

    record: str  # "Visitenkarte Dr. Ayşe Yılmaz"
    element: str  # "Name", "Organisation"
    text: str  # the full text that did not fit

    def message(self) -> str:
        return f"{self.record}: {self.element} gekürzt („{self.text}“ passt nicht ganz)."


class PdfBytes(bytes):
    """The PDF as bytes, plus the :class:`OverflowNotice` list of what had to be shortened."""

    notices: tuple[OverflowNotice, ...] = ()

    def __new__(cls, data: bytes, notices: tuple[OverflowNotice, ...] | list[OverflowNotice] = ()) -> PdfBytes:
        obj = super().__new__(cls, data)
        obj.notices = tuple(dict.fromkeys(notices))  # same notice once, in order
        return obj


_collector: contextvars.ContextVar[list[OverflowNotice] | None] = contextvars.ContextVar(
    "kidesk_pdf_notices", default=None
)
_record: contextvars.ContextVar[str] = contextvars.ContextVar("kidesk_pdf_record", default="")


@contextlib.contextmanager
def collect_notices() -> Iterator[list[OverflowNotice]]:
    """Collect the notices of everything drawn inside the block (nested blocks share the outer list)."""
    outer = _collector.get()
    if outer is not None:
        yield outer
        return
    notices: list[OverflowNotice] = []
    token = _collector.set(notices)
    try:
        yield notices
    finally:
        _collector.reset(token)


@contextlib.contextmanager
def current_record(label: str) -> Iterator[None]:
    """Name the record being drawn, for the notices of the text boxes inside the block."""
    token = _record.set(label)
    try:
        yield
    finally:
        _record.reset(token)


def report_overflow(element: str, text: str) -> None:
    notices = _collector.get()
    if notices is not None:
        notices.append(OverflowNotice(_record.get() or "Dokument", element or "Text", text))


# --------------------------------------------------------------------------- canvases


def creation_stamp() -> TimeStamp:
    """Today's date as the PDF's creation date, the time set to midnight: a real date, and
    still the same bytes for the same data on the same day (issue 3). ``SOURCE_DATE_EPOCH``
    (reproducible builds, tests) is used as it is."""
    stamp = TimeStamp(invariant=0)
    if not os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        stamp.YMDhms = (*stamp.YMDhms[:3], 0, 0, 0)
    return stamp


class KideskCanvas(Canvas):
    """A reportlab canvas with DejaVu as initial font, PDF 1.7, /Lang de-DE, real date.

    Also usable as ``canvasmaker`` for platypus documents. ``page_footer``, when set to a
    callable ``(canvas, page_number, page_count)``, is called for every page at save time,
    which is how "Seite x von y" learns y without laying the document out twice.
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
        kwargs["lang"] = LANGUAGE
        kwargs["pdfVersion"] = (1, 7)
        super().__init__(*args, **kwargs)
        # fixed ids (invariant), but the real creation date (or SOURCE_DATE_EPOCH's)
        self._doc._timeStamp = creation_stamp()
        self.setViewerPreference("PrintScaling", "None")
        self.setViewerPreference("DisplayDocTitle", "true")
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


__all__ = [
    "FONT",
    "FONT_BOLD",
    "KideskCanvas",
    "OverflowNotice",
    "PdfBytes",
    "canvas_with_footer",
    "collect_notices",
    "current_record",
    "new_canvas",
    "register_fonts",
    "report_overflow",
]

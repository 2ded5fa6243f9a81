"""QR codes a phone reads from paper: compact vCards, modules ≥ 0.33 mm, one image mask each.

Encoder
    zxing-cpp's writer (compiled, about 2–6 ms per vCard; the pure-Python ``qrcode`` took
    ~100 ms) gives the module matrix. Error correction L: a printed card is not scratched,
    and fewer modules mean bigger ones (a 363-byte vCard: 65 modules at L, 73 at M).

Drawing
    The matrix is drawn as ONE 1-bit inline image mask (``/IM true``, no interpolation) scaled
    to the square, instead of one rectangle per module: a tenth of the bytes and no
    thousands of path operators. Colour: the current fill colour (black).

Size
    :func:`fit_qr` takes payloads best first (the full vCard, then shorter ones) and the square
    size range; it picks the first payload whose modules reach :data:`MIN_MODULE` within the
    largest square allowed, and grows the square up to ``preferred`` modules of
    :data:`PREFERRED_MODULE`. None when not even the shortest payload fits (then the caller
    leaves the QR out and reports it).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import zxingcpp
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

MIN_MODULE = 0.33 * mm  # below this, phone cameras fail on laser prints (issue 15)
PREFERRED_MODULE = 0.5 * mm
QUIET_ZONE_MODULES = 2  # white space kept free around the code, in modules (drawn by the caller's margin)


@functools.lru_cache(maxsize=256)
def qr_matrix(text: str, ec_level: str = "L") -> tuple[bytes, ...]:
    """Rows of the module matrix, one byte per module (0 = dark); cached per text."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
    assert image.shape is not None
    rows, columns = image.shape
    flat = bytes(image)
    return tuple(flat[r * columns : (r + 1) * columns] for r in range(rows))


def modules(text: str, ec_level: str = "L") -> int:
    return len(qr_matrix(text, ec_level))


_BITS = bytes.maketrans(b"\x00\xff", b"01")


@functools.lru_cache(maxsize=256)
def _mask_hex(text: str, ec_level: str) -> tuple[int, str]:
    """The matrix as hex rows for an image mask: bit 0 = dark (painted), rows padded to bytes."""
    matrix = qr_matrix(text, ec_level)
    n = len(matrix)
    padded = (n + 7) // 8 * 8
    out = []
    for row in matrix:
        bits = (bytes(row).translate(_BITS) + b"1" * (padded - n)).decode()
        out.append(int(bits, 2).to_bytes(padded // 8, "big").hex().upper())
    return n, "".join(out)


def draw_qr_code(canvas: Canvas, text: str, x: float, y: float, size: float, *, ec_level: str = "L") -> None:
    """Draw a QR code for ``text`` as a ``size`` × ``size`` square with lower-left corner (x, y)."""
    n, data = _mask_hex(text, ec_level)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    code = canvas._code
    code.append(f"{size:.3f} 0 0 {size:.3f} {x:.3f} {y:.3f} cm")
    code.append(f"BI /W {n} /H {n} /IM true /BPC 1 /D [0 1] /I false /F /AHx ID\n{data}>\nEI")
    canvas.restoreState()


@dataclass(frozen=True)
class QrChoice:
    payload: str
    ec_level: str
    size: float  # points, the square
    modules: int

    @property
    def module_mm(self) -> float:
        return self.size / self.modules / mm


def fit_qr(payloads: Sequence[str], *, max_size: float, preferred_size: float | None = None) -> QrChoice | None:
    """The first payload readable within ``max_size`` (see module docstring), or None."""
    for payload in payloads:
        if not payload:
            continue
        n = modules(payload, "L")
        if n * MIN_MODULE > max_size + 1e-6:
            continue
        want = max(n * PREFERRED_MODULE, preferred_size or 0.0)
        size = min(max_size, max(want, n * MIN_MODULE))
        return QrChoice(payload, "L", size, n)
    return None


def _vcard_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def compact_vcards(
    *,
    family: str,
    given: str = "",
    prefix: str = "",
    full_name: str,
    organisation: str = "",
    department: str = "",
    title: str = "",
    phone: str = "",
    mobile: str = "",
    fax: str = "",
    email: str = "",
    street: str = "",
    postcode: str = "",
    city: str = "",
    url: str = "",
) -> tuple[str, ...]:
    """vCard 3.0 payloads for a QR code, the complete one first, then shorter ones.

    What a phone needs to save a contact: name, organisation with department (``ORG:Org;Dept``),
    function, phone numbers, e-mail; then address and web site. The fallbacks drop, in this
    order, the web site, the fax, the address and the function — never the name, ORG, phone
    or e-mail.
    """
    e = _vcard_escape

    def build(*, with_url: bool, with_fax: bool, with_adr: bool, with_title: bool) -> str:
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{e(family)};{e(given)};;{e(prefix)};", f"FN:{e(full_name)}"]
        if organisation:
            lines.append("ORG:" + ";".join(e(p) for p in (organisation, department) if p))
        if title and with_title:
            lines.append(f"TITLE:{e(title)}")
        if phone:
            lines.append(f"TEL;TYPE=WORK:{phone}")
        if mobile:
            lines.append(f"TEL;TYPE=CELL:{mobile}")
        if fax and with_fax:
            lines.append(f"TEL;TYPE=FAX:{fax}")
        if email:
            lines.append(f"EMAIL:{email}")
        if with_adr and (street or city):
            lines.append(f"ADR;TYPE=WORK:;;{e(street)};{e(city)};;{e(postcode)};")
        if url and with_url:
            lines.append(f"URL:{url}")
        lines.append("END:VCARD")
        return "\r\n".join(lines) + "\r\n"

    variants = [
        build(with_url=True, with_fax=True, with_adr=True, with_title=True),
        build(with_url=False, with_fax=True, with_adr=True, with_title=True),
        build(with_url=False, with_fax=False, with_adr=True, with_title=True),
        build(with_url=False, with_fax=False, with_adr=False, with_title=True),
        build(with_url=False, with_fax=False, with_adr=False, with_title=False),
    ]
    return tuple(dict.fromkeys(variants))


__all__ = ["MIN_MODULE", "QrChoice", "compact_vcards", "draw_qr_code", "fit_qr", "modules", "qr_matrix"]

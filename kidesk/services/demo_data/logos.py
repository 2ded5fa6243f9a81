"""Fictional logos for the demo's event hosts, drawn at build time (issue 15).

A flyer ends with the logos of organiser, co-hosts and funders; without logos the demo could
not show that row. The demo draws its own marks instead of shipping image files: a coloured
shape with the organisation's initials in white and its short name beside it — plainly
invented, never an imitation of a real organisation's emblem (no cross, no eagle, no house
colours). The drawing is deterministic (no randomness, fixed fonts), so the same demo build
gives the same bytes. PNG, 480 × 160 px, a few kilobytes each.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from kidesk.paths import resource_path

WIDTH, HEIGHT = 480, 160
SCALE = 2  # drawn at twice the size and scaled down: smooth edges without an anti-aliasing option

# Muted colours, none of them a real organisation's house colour; shapes vary by organisation.
PALETTE = ("#1d5a8c", "#2e7d5b", "#8c3b1d", "#5b3c8c", "#9a6a00", "#0f6e78", "#7a2e4d", "#4b5d16")
SHAPES = ("circle", "rounded", "diamond", "hexagon")


@lru_cache(maxsize=64)
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource_path("fonts", name)), size)


# The demo's event hosts that get a logo: key → (letters in the mark, name beside it; "\n" breaks).
LOGOS: dict[str, tuple[str, str]] = {
    "kreis": ("KH", "Kreis\nHerford"),
    "ki": ("KI", "Kommunales\nIntegrationszentrum\nKreis Herford"),
    "ministerium": ("NRW", "Ministerium für Flucht\nund Integration NRW"),
    "kreis_gleichstellung": ("GS", "Gleichstellungsstelle\nKreis Herford"),
    "drk": ("RK", "Rotkreuz-Kreisverband\nHerford-Stadt"),
    "vz": ("VZ", "Verbraucher-\nzentrale NRW"),
    "caritas": ("CV", "Caritasverband\nHerford"),
    "awo": ("AW", "AWO Fachdienste\nMigration und Integration"),
    "jobcenter": ("JC", "Jobcenter\nHerford"),
    "diakonie": ("DW", "Diakonisches Werk\nHerford"),
    "stadt_loehne": ("L", "Stadt\nLöhne"),
    "kreis_schule": ("SA", "Schulamt\nKreis Herford"),
    "kreis_gesundheit": ("GA", "Gesundheitsamt\nKreis Herford"),
    "dtkv_loehne": ("DTK", "Deutsch-Türkischer\nKulturverein Löhne"),
}


def _shape(draw: ImageDraw.ImageDraw, kind: str, box: tuple[int, int, int, int], color: str) -> None:
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if kind == "circle":
        draw.ellipse(box, fill=color)
    elif kind == "rounded":
        draw.rounded_rectangle(box, radius=(x1 - x0) // 5, fill=color)
    elif kind == "diamond":
        draw.polygon([(cx, y0), (x1, cy), (cx, y1), (x0, cy)], fill=color)
    else:
        w = (x1 - x0) / 2
        draw.polygon(
            [(x0, cy), (x0 + w / 2, y0), (x1 - w / 2, y0), (x1, cy), (x1 - w / 2, y1), (x0 + w / 2, y1)], fill=color
        )


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def demo_logo(letters: str, label: str, index: int) -> bytes:
    """A PNG logo: shape and colour number ``index``, ``letters`` in the mark, ``label`` beside it."""
    s = SCALE
    image = Image.new("RGB", (WIDTH * s, HEIGHT * s), "#ffffff")
    draw = ImageDraw.Draw(image)
    mark = (8 * s, 8 * s, (HEIGHT - 8) * s, (HEIGHT - 8) * s)
    kind = SHAPES[index % len(SHAPES)]
    room_in_mark = (mark[2] - mark[0]) * {"circle": 0.72, "rounded": 0.8, "diamond": 0.55, "hexagon": 0.68}[kind]
    size = 60
    while size > 20 and draw.textlength(letters, font=_font(True, size * s)) > room_in_mark:
        size -= 2
    font = _font(True, size * s)
    _shape(draw, kind, mark, PALETTE[index % len(PALETTE)])
    centre = ((mark[0] + mark[2]) / 2, (mark[1] + mark[3]) / 2)
    draw.text(centre, letters, fill="#ffffff", font=font, anchor="mm")
    # the name beside the mark, as large as three lines allow
    left, room = (HEIGHT + 10) * s, (WIDTH - HEIGHT - 18) * s
    lines: list[str] = []
    size = 40
    for size in (40, 36, 32, 28, 25, 22, 20):
        font = _font(False, size * s)
        lines = [part for given in label.split("\n") for part in _wrap(draw, given, font, room)]
        if len(lines) * int(size * 1.25) <= HEIGHT - 16 and all(
            draw.textlength(line, font=font) <= room for line in lines
        ):
            break
    step = int(size * 1.25) * s
    top = (HEIGHT * s - step * len(lines)) / 2
    for i, line in enumerate(lines[:3]):
        draw.text((left, top + i * step), line, fill="#333333", font=font)
    small = image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS).quantize(colors=32, dither=Image.Dither.NONE)
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=True)
    return out.getvalue()


def demo_logos() -> dict[str, bytes]:
    """key → PNG bytes for every organisation in :data:`LOGOS`."""
    return {key: demo_logo(letters, label, i) for i, (key, (letters, label)) in enumerate(LOGOS.items())}


__all__ = ["LOGOS", "demo_logo", "demo_logos"]

"""argparse ``type=`` helpers: every number has a range, every text a length and no control characters.

Issue 12, item 6. A 23-digit ID must be a one-line error, not an ``OverflowError`` deep in
SQLite; ``--copies 999999999`` must not grow a PDF to gigabytes; a lone surrogate or an
escape sequence in ``--activity`` must neither crash the encoder nor reach the database and
later a terminal. What the command prints from the database goes through :func:`printable`.

Each helper raises :class:`argparse.ArgumentTypeError`, which argparse reports as one line
(``kidesk … : error: argument --copies: …``) with exit code 2.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

MAX_ID = 2**63 - 1  # SQLite's INTEGER
MAX_COPIES = 500
MAX_BLANK_ROWS = 200
MAX_SHEET_POSITION = 100  # more than any label or card sheet has
MAX_WEEKS = 520
MAX_LIMIT = 10_000
MAX_TEXT = 300  # the longest free-text column a command writes (volunteer_hours.activity)
MAX_PATH = 4096

# C0 controls except tab and newline, DEL, C1 controls; lone surrogates (undecodable argv bytes)
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def int_range(low: int, high: int, what: str = "Zahl") -> Callable[[str], int]:
    """A whole number ``low ≤ n ≤ high`` (the text is at most 20 characters long before it is read)."""

    def parse(text: str) -> int:
        stripped = text.strip()
        if len(stripped) > 20 or not re.fullmatch(r"[+-]?[0-9]+", stripped):
            raise argparse.ArgumentTypeError(f"{_show(text)} ist keine ganze Zahl von {low} bis {high}")
        value = int(stripped)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{_show(text)}: bitte eine {what} von {low} bis {high} angeben")
        return value

    parse.__name__ = f"int_range({low},{high})"  # argparse names the type in "invalid … value"
    return parse


record_id = int_range(1, MAX_ID, "ID")
copies = int_range(1, MAX_COPIES, "Anzahl")
blank_rows = int_range(0, MAX_BLANK_ROWS, "Anzahl")
sheet_position = int_range(1, MAX_SHEET_POSITION, "Position")
weeks = int_range(0, MAX_WEEKS, "Anzahl Wochen")
limit = int_range(1, MAX_LIMIT, "Anzahl")


def _show(value: str) -> str:
    shown = printable(value, keep="")
    return f"„{shown[:30]}{'…' if len(shown) > 30 else ''}“"


def text(max_length: int = MAX_TEXT, *, multiline: bool = False) -> Callable[[str], str]:
    """Text of at most ``max_length`` characters without control characters (tab allowed, newline if ``multiline``)."""

    def parse(value: str) -> str:
        bad = _FORBIDDEN.search(value) or (None if multiline else re.search(r"[\n\r]", value))
        if bad:
            raise argparse.ArgumentTypeError(
                f"enthält ein Steuerzeichen oder ungültiges Zeichen (Position {bad.start() + 1}); "
                "bitte nur normalen Text eingeben"
            )
        if len(value) > max_length:
            raise argparse.ArgumentTypeError(f"zu lang ({len(value)} Zeichen); höchstens {max_length} Zeichen")
        return value

    parse.__name__ = "text"
    return parse


def path(value: str) -> Path:
    """A file name as typed: no control characters, no undecodable bytes, not absurdly long."""
    if not value:
        raise argparse.ArgumentTypeError("leerer Dateiname")
    if _UNPRINTABLE.search(value):
        raise argparse.ArgumentTypeError(
            "der Dateiname enthält Steuerzeichen oder nicht lesbare Zeichen; bitte die Datei umbenennen"
        )
    if len(value) > MAX_PATH:
        raise argparse.ArgumentTypeError(f"der Dateiname ist zu lang ({len(value)} Zeichen)")
    return Path(value)


def path_text(value: str) -> str:
    """Like :func:`path`, but the text exactly as typed (``--db sqlite:///…`` stays a URL)."""
    path(value)
    return value


def printable(value: object, *, keep: str = "\t\n") -> str:
    """``value`` as text safe for a terminal: control characters as ``\\x1b``, surrogates as ``\\udcff``.

    Characters in ``keep`` stay as they are (``keep=""`` for one cell of a tab-separated line).
    """
    text_value = str(value)

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in keep:
            return char
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, text_value)


def cell(value: object) -> str:
    """One field of a tab-separated output line: no raw tab, newline or escape sequence."""
    return printable(value, keep="")

"""Folding names so that spellings of the same name compare equal.

"Müller", "Mueller" and "MULLER" → "muller"; "Yılmaz", "Yilmaz" → "yilmaz"; "Weiß"/"Weiss" →
"weiss"; "Jean-Luc" → "jeanluc". Used by the import (is this row a person we already have?)
and by :mod:`kidesk.services.duplicates`.
"""

from __future__ import annotations

import functools
import re

from kidesk.db.collation import sort_key

_TRANSCRIPTIONS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


@functools.lru_cache(maxsize=65536)  # the duplicate search folds the same names again and again
def fold(text: str | None) -> str:
    """Lower-case ASCII letters and digits only, umlaut transcriptions ("ue") reduced to the base letter."""
    if not text:
        return ""
    text = re.sub(r"[^0-9a-z]+", "", sort_key(text))
    for written, base in _TRANSCRIPTIONS:
        text = text.replace(written, base)
    return text


def fold_email(email: str | None) -> str:
    return (email or "").strip().casefold()


def name_key(first_name: str | None, last_name: str | None) -> tuple[str, str]:
    """Order-independent key: swapped first and last name give the same key."""
    a, b = fold(first_name), fold(last_name)
    return (a, b) if a <= b else (b, a)


def same_text(a: str | None, b: str | None) -> bool:
    """Equal after trimming and case-folding (what a person would call "the same")."""
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()

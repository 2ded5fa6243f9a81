"""Counts in user text: "1 Stunde", "2 Stunden" — never "Stunde(n)" or "1 Stunden".

One helper for German and English (issue 19). Services write German (``count_of(n, "Stunde",
"Stunden")``); the window passes its translated singular and plural the same way, so English
gets "1 hour", "2 hours". Numbers with a fraction use the language's decimal mark.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["count_of", "format_number", "join_list"]


def format_number(value: float | int | Decimal, language: str = "de", places: int = 2) -> str:
    """``2.5`` → "2,5" (German) or "2.5" (English); whole numbers without a fraction, no trailing zeros."""
    number = Decimal(str(value)).quantize(Decimal(1).scaleb(-places))
    text = format(number.normalize(), "f") if number != number.to_integral_value() else str(int(number))
    return text.replace(".", ",") if language == "de" else text


def noun_for(count: float | int | Decimal, singular: str, plural: str) -> str:
    """The form of the noun for ``count``: only exactly 1 takes the singular (0, 2 and 1,5 the plural)."""
    return singular if count == 1 else plural


def count_of(count: float | int | Decimal, singular: str, plural: str, language: str = "de") -> str:
    """``count_of(1, "Stunde", "Stunden")`` → "1 Stunde"; 0, 2 and 1,5 take the plural."""
    return f"{format_number(count, language)} {noun_for(count, singular, plural)}"


def join_list(items: list[str], language: str = "de") -> str:
    """ "A", "A und B", "A, B und C" (English: "A, B and C")."""
    word = "und" if language == "de" else "and"
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"

"""Name comparison for the services — a thin front of :mod:`kidesk.domain.names` (the one name model).

Kept so that callers outside the name work (salutation parsing, row conversion) keep a short,
compact form: :func:`fold` is the name model's folded text without gaps ("Jean-Luc" → "jeanluc",
"Müller" → "muller", "محمد" → "محمد" — never "" for a name in another script).
"""

from __future__ import annotations

from kidesk.domain import names


def fold(text: str | None) -> str:
    """Compact comparison form: folded words without gaps; "" only for text without letters or digits."""
    return "".join(names.words(text))


def fold_email(email: str | None) -> str:
    """E-mail address for comparing; placeholders ("—", "n/a") are no address."""
    if not email or names.is_placeholder(email):
        return ""
    return names.strip_invisible(email).strip().casefold()


def name_keys(first_name: str | None, last_name: str | None) -> frozenset[tuple[str, str]]:
    """Every order-independent comparison key of a name (none for an unknown name)."""
    return names.name_keys(first_name, last_name)


def same_text(a: str | None, b: str | None) -> bool:
    """Equal after trimming and case-folding (what a person would call "the same")."""
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()

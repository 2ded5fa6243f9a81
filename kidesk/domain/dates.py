"""Dates as the office types and reads them: one parser and one formatter for every layer.

German offices type ``27.02.2008`` (also ``27.2.2008`` and ``27.02.08``); files from other
programs bring ISO ``2008-02-27`` and a few other spellings. Everything shown to a person is
``TT.MM.JJJJ``.
"""

from __future__ import annotations

import datetime as dt

# Accepted when reading what a person typed or a file holds, tried in this order.
INPUT_FORMATS = (
    "%d.%m.%Y",
    "%Y-%m-%d",
    "%d.%m.%y",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%d.%m.%Y %H:%M",
)

# Years outside this range are typing errors (a two-digit year read as 0008, 20008 …).
MIN_YEAR = 1900
MAX_YEAR = 2100


class DateFormatError(ValueError):
    """Text that is not a date in any accepted spelling."""


def parse_date(text: str | None) -> dt.date | None:
    """The date in ``text``; ``None`` for empty text; :class:`DateFormatError` if unreadable.

    ``strptime`` accepts one-digit days and months for ``%d``/``%m`` (``27.2.2008``) and
    ``%y`` maps ``08`` to 2008.
    """
    value = (text or "").strip()
    if not value:
        return None
    for fmt in INPUT_FORMATS:
        try:
            parsed = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if MIN_YEAR <= parsed.year <= MAX_YEAR:
            return parsed
    raise DateFormatError(value)


def parse_date_or_none(text: str | None) -> dt.date | None:
    """Like :func:`parse_date`, but ``None`` instead of an error (for lenient file import)."""
    try:
        return parse_date(text)
    except DateFormatError:
        return None


def format_date(value: dt.date | dt.datetime | None) -> str:
    """``06.06.2017``; empty for ``None``."""
    return f"{value:%d.%m.%Y}" if value else ""


def format_datetime(value: dt.datetime | None) -> str:
    """``06.06.2017 17:00``; empty for ``None``."""
    return f"{value:%d.%m.%Y %H:%M}" if value else ""


def format_datetime_range(start: dt.datetime | None, end: dt.datetime | None) -> str:
    """``06.06.2017 17:00–19:30``, or with the end's date when it falls on another day."""
    if start is None:
        return ""
    text = format_datetime(start)
    if end is not None:
        text += f"–{end:%H:%M}" if end.date() == start.date() else f" – {format_datetime(end)}"
    return text

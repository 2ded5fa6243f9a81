"""German dates and times for print products, without depending on the machine's locale.

The short date is the domain's (:func:`kidesk.domain.dates.format_date`); this module adds the
long forms that only print products use. Country names of addresses: :mod:`kidesk.domain.addresses`.
"""

from __future__ import annotations

import datetime as dt

from kidesk.domain.dates import format_date

__all__ = ["date_long", "date_medium", "date_short", "time_of_day", "time_range"]

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def date_short(value: dt.date | dt.datetime | None) -> str:
    """06.06.2017 (the one formatter of :mod:`kidesk.domain.dates`)."""
    return format_date(value)


def date_long(value: dt.date | dt.datetime | None) -> str:
    """Dienstag, 6. Juni 2017"""
    if not value:
        return ""
    return f"{WEEKDAYS[value.weekday()]}, {value.day}. {MONTHS[value.month - 1]} {value.year}"


def date_medium(value: dt.date | dt.datetime | None) -> str:
    """6. Juni 2017"""
    if not value:
        return ""
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def time_of_day(value: dt.datetime | None) -> str:
    """17.00 Uhr (the office's own spelling; DIN 5008 allows 17:00 as well)"""
    return f"{value:%H.%M} Uhr" if value else ""


def time_range(starts: dt.datetime | None, ends: dt.datetime | None) -> str:
    """17.00 bis 19.30 Uhr, or 17.00 Uhr when the end is open or on another day."""
    if not starts:
        return ""
    if ends and ends.date() == starts.date() and ends > starts:
        return f"{starts:%H.%M} bis {ends:%H.%M} Uhr"
    return time_of_day(starts)

"""German dates, times and country names, without depending on the machine's locale."""

from __future__ import annotations

import datetime as dt

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)

# ISO 3166-1 alpha-2 -> German name, for the last line of a foreign address (DIN 5008: capitals).
COUNTRIES = {
    "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "NL": "Niederlande", "BE": "Belgien",
    "LU": "Luxemburg", "FR": "Frankreich", "DK": "Dänemark", "PL": "Polen", "CZ": "Tschechien",
    "IT": "Italien", "ES": "Spanien", "PT": "Portugal", "GB": "Vereinigtes Königreich", "IE": "Irland",
    "SE": "Schweden", "NO": "Norwegen", "FI": "Finnland", "GR": "Griechenland", "TR": "Türkei",
    "RU": "Russland", "UA": "Ukraine", "SY": "Syrien", "IQ": "Irak", "IR": "Iran", "AF": "Afghanistan",
    "ER": "Eritrea", "RO": "Rumänien", "BG": "Bulgarien", "HR": "Kroatien", "RS": "Serbien",
    "XK": "Kosovo", "AL": "Albanien", "BA": "Bosnien und Herzegowina", "MK": "Nordmazedonien",
    "HU": "Ungarn", "SK": "Slowakei", "SI": "Slowenien", "US": "Vereinigte Staaten",
}


def date_short(value: dt.date | dt.datetime | None) -> str:
    """06.06.2017"""
    return f"{value:%d.%m.%Y}" if value else ""


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


def country_line(code: str | None) -> str:
    """The country line of a postal address: empty for Germany, else the name in capitals."""
    code = (code or "DE").upper()
    if code == "DE":
        return ""
    return COUNTRIES.get(code, code).upper()

"""vCard files: reading versions 2.1, 3.0 and 4.0, writing 3.0 (vobject).

Reading lives in :mod:`kidesk.services.contact_import.vcard_reading` (bytes first, one card at a
time, declared character sets, Apple's labels); :func:`read_vcard_table` is kept here for callers.

Writing
-------
:func:`contact_vcard` builds one vCard 3.0 per contact; vobject does the escaping and folding.
"""

from __future__ import annotations

import re

import vobject

from kidesk.domain.control_chars import FORBIDDEN
from kidesk.services.contact_import.vcard_reading import HEADERS  # noqa: F401 (re-exported)
from kidesk.services.tabular_source import RawTable

_PROPERTY = re.compile(r"^([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)?)((?:;[^:]*)?):(.*)$", re.S)
_DROP = {"PHOTO", "LOGO", "SOUND", "KEY"}
COUNTRY_NAMES = {
    "DE": "Deutschland",
    "AT": "Österreich",
    "CH": "Schweiz",
    "NL": "Niederlande",
    "BE": "Belgien",
    "FR": "Frankreich",
    "PL": "Polen",
    "TR": "Türkei",
    "LU": "Luxemburg",
    "DK": "Dänemark",
    "IT": "Italien",
    "ES": "Spanien",
    "GB": "Vereinigtes Königreich",
    "US": "USA",
}


def read_vcard_table(data: bytes, name: str = "Die Datei") -> RawTable:
    """Read a vCard file into a table (see :mod:`kidesk.services.contact_import.vcard_reading`)."""
    from kidesk.services.contact_import.vcard_reading import read_vcard_table as read

    return read(data, name)


# --------------------------------------------------------------------------- writing


def escape_text(value: str) -> str:
    """RFC 6350 text escaping for our X- properties (vobject leaves unknown properties raw)."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def unescape_text(value: str) -> str:
    out = []
    i = 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def contact_vcard(
    *,
    salutation_label: str = "",
    salutation_code: str = "none",
    title: str = "",
    first_name: str = "",
    last_name: str = "",
    organisation: str = "",
    department: str = "",
    function: str = "",
    phone: str = "",
    mobile: str = "",
    fax: str = "",
    email: str = "",
    room: str = "",
    street: str = "",
    postcode: str = "",
    city: str = "",
    country: str = "",
    languages: str = "",
    notes: str = "",
    website: str = "",
    full_name: str | None = None,
) -> vobject.base.Component:
    card = vobject.vCard()
    prefix = " ".join(p for p in (salutation_label, title) if p)
    card.add("n").value = vobject.vcard.Name(family=last_name, given=first_name, prefix=prefix)
    card.add("fn").value = full_name or " ".join(p for p in (title, first_name, last_name) if p) or organisation or "?"
    card.add("x-kidesk-salutation").value = escape_text(salutation_label)
    if title:
        card.add("x-kidesk-title").value = escape_text(title)
    if organisation or department:
        card.add("org").value = [organisation, department] if department else [organisation]
    if function:
        card.add("title").value = function
    for number, types in ((phone, ["WORK", "VOICE"]), (mobile, ["CELL"]), (fax, ["WORK", "FAX"])):
        if number:
            prop = card.add("tel")
            prop.value = number
            prop.type_paramlist = types
    if email:
        prop = card.add("email")
        prop.value = email
        prop.type_paramlist = ["INTERNET", "WORK"]
    if street or postcode or city or (country and country != "DE"):
        prop = card.add("adr")
        prop.value = vobject.vcard.Address(
            street=street, city=city, code=postcode, country=COUNTRY_NAMES.get(country, country)
        )
        prop.type_paramlist = ["WORK"]
    if room:
        card.add("x-kidesk-room").value = escape_text(room)
    if languages:
        card.add("x-kidesk-languages").value = escape_text(languages)
    if website:
        card.add("url").value = website
    if notes:
        card.add("note").value = notes
    return card


def write_vcards(path, cards: list[vobject.base.Component]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for card in cards:
            fh.write(FORBIDDEN.sub("", card.serialize()))  # stored control characters never reach the file (issue 12)

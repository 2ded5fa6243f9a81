"""vCard files (vobject): reading versions 2.1, 3.0 and 4.0, writing 3.0.

Reading
-------
The file is split into cards by their ``BEGIN:VCARD``/``END:VCARD`` lines first, so one broken
card is reported (with its number and line) and the others are still read; a card without
``END:VCARD`` (a cut-off file) is closed and read with a warning. Before vobject parses a card,
Outlook's vCard 2.1 habits are turned into 3.0: quoted-printable values (with ``=`` soft line
breaks) are decoded in the character set their ``CHARSET`` parameter names (Windows-1252,
UTF-8, ISO-8859-1), and embedded photos are dropped.

Each card becomes a row of a :class:`RawTable` whose header uses the import's own column names,
so cards run through the same checks, duplicate detection and plan as CSV rows: N (name parts
and prefix "Herr Dr."), FN, ORG (organisation; department), TITLE (function), TEL by type
(work/voice → phone, cell → mobile, fax → fax, home → lower priority), EMAIL, ADR (work first),
NOTE, and kidesk's own ``X-KIDESK-*`` properties (salutation, academic title, room, languages)
that make an export → import round trip exact. Further phones, e-mails and addresses, URL and
BDAY go into the notes.

Writing
-------
:func:`contact_vcard` builds one vCard 3.0 per contact; vobject does the escaping and folding.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass

import vobject

from kidesk.services.csv_sniffing import ImportFileError, decode_text
from kidesk.services.tabular_source import ERROR, WARNING, Problem, RawRow, RawTable

HEADERS = (
    "Anrede",  # 0  N prefix or X-KIDESK-SALUTATION
    "Titel",  # 1  X-KIDESK-TITLE
    "Vorname",  # 2
    "Weitere Vornamen",  # 3
    "Nachname",  # 4
    "Name",  # 5 FN
    "Funktion",  # 6 TITLE
    "Rolle",  # 7 ROLE
    "Organisation",  # 8
    "Abteilung",  # 9
    "Telefon",  # 10
    "Telefon privat",  # 11
    "Mobil",  # 12
    "Fax",  # 13
    "E-Mail",  # 14
    "Raum",  # 15
    "Straße",  # 16
    "Adresszusatz",  # 17
    "PLZ",  # 18
    "Ort",  # 19
    "Land",  # 20
    "Sprachen",  # 21
    "Notizen",  # 22
    "Weitere Telefonnummern",  # 23 → notes
    "Weitere E-Mail-Adressen",  # 24 → notes
    "Weitere Adressen",  # 25 → notes
    "Webseite",  # 26 → notes
    "Geburtstag",  # 27 → notes
    "Namenszusatz",  # 28 → notes
    "Bundesland/Region",  # 29 → notes
)
_H = {h: i for i, h in enumerate(HEADERS)}
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


@dataclass
class _Card:
    number: int
    line: int
    lines: list[str]


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with their first physical line number; QP soft breaks joined too."""
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    result: list[tuple[int, str]] = []
    in_qp = False
    for number, line in enumerate(physical, start=1):
        if result and in_qp:
            result[-1] = (result[-1][0], result[-1][1][:-1] + line)
        elif result and line[:1] in (" ", "\t") and line.strip():
            result[-1] = (result[-1][0], result[-1][1] + line[1:])
        elif not line.strip():
            in_qp = False
            continue
        else:
            result.append((number, line))
        current = result[-1][1]
        head = current.split(":", 1)[0].upper()
        in_qp = "QUOTED-PRINTABLE" in head and current.endswith("=")
    return result


def _decode_qp(line: str) -> str:
    match = _PROPERTY.match(line)
    if not match:
        return line
    name, params, value = match.groups()
    upper = params.upper()
    if "QUOTED-PRINTABLE" not in upper and "CHARSET" not in upper:
        return line
    charset = None
    kept = []
    for param in params.split(";")[1:]:
        key, _, val = param.partition("=")
        if key.upper() == "CHARSET":
            charset = val.strip('"')
        elif key.upper() == "ENCODING" and val.upper() in ("QUOTED-PRINTABLE", "8BIT"):
            continue
        elif param.upper() == "QUOTED-PRINTABLE":
            continue
        else:
            kept.append(param)
    if "QUOTED-PRINTABLE" in upper:
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        decoded = None
        for encoding in [c for c in (charset, "utf-8", "cp1252") if c]:
            try:
                decoded = raw.decode(encoding)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        value = decoded if decoded is not None else raw.decode("cp1252", errors="replace")
        # Line breaks inside a value must be escaped in 3.0 syntax.
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return name + "".join(";" + p for p in kept) + ":" + value


_LIST_PROPERTIES = {"N", "ADR", "CATEGORIES", "NICKNAME"}


def _escape_commas(value: str) -> str:
    """Escape bare commas: vobject would cut a NOTE at the first one (2.1 files never escape them)."""
    out = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            out.append(value[i : i + 2])
            i += 2
            continue
        out.append("\\," if char == "," else char)
        i += 1
    return "".join(out)


def _normalise_line(line: str) -> str:
    line = _decode_qp(line)
    match = _PROPERTY.match(line)
    if not match:
        return line
    name, params, value = match.groups()
    if name.split(".")[-1].upper() in _LIST_PROPERTIES or "," not in value:
        return line
    return f"{name}{params}:{_escape_commas(value)}"


def split_cards(text: str) -> tuple[list[_Card], list[Problem]]:
    cards: list[_Card] = []
    problems: list[Problem] = []
    current: _Card | None = None
    for number, line in _logical_lines(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is not None:
                problems.append(
                    Problem(
                        current.number,
                        None,
                        f"END:VCARD fehlt (Karte ab Zeile {current.line}); die Karte wurde vor der nächsten beendet.",
                        WARNING,
                    )
                )
                current.lines.append("END:VCARD")
                cards.append(current)
            current = _Card(len(cards) + 1, number, ["BEGIN:VCARD"])
        elif upper == "END:VCARD":
            if current is not None:
                current.lines.append("END:VCARD")
                cards.append(current)
                current = None
        elif current is not None:
            if not _PROPERTY.match(line):
                problems.append(
                    Problem(
                        current.number,
                        None,
                        f"Zeile {number} ist keine vCard-Angabe und wird übergangen: „{line[:40]}“",
                        WARNING,
                    )
                )
                continue
            name = line.split(":", 1)[0].split(";", 1)[0].split(".")[-1].upper()
            if name in _DROP:
                continue
            current.lines.append(_normalise_line(line))
    if current is not None:
        problems.append(
            Problem(
                current.number,
                None,
                f"END:VCARD fehlt (Karte ab Zeile {current.line}) – ist die Datei abgeschnitten? Die Karte wurde gelesen, bitte prüfen.",
                WARNING,
            )
        )
        current.lines.append("END:VCARD")
        cards.append(current)
    return cards, problems


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value if _text(v))
    return str(value).strip()


def _types(prop) -> set[str]:
    types = set()
    for key, values in prop.params.items():
        if key.upper() == "TYPE":
            for v in values:
                types.update(t.strip().lower() for t in v.split(","))
    for v in getattr(prop, "singletonparams", []) or []:
        types.add(v.lower())
    return types


def _card_row(card, problems: list[Problem], number: int) -> list[str]:
    values = [""] * len(HEADERS)

    def put(header: str, value: str) -> None:
        value = value.strip()
        if not value:
            return
        index = _H[header]
        values[index] = f"{values[index]}\n{value}" if values[index] else value

    contents = card.contents
    own_salutation = (
        unescape_text(_text(contents["x-kidesk-salutation"][0].value)) if "x-kidesk-salutation" in contents else None
    )
    own_title = unescape_text(_text(contents["x-kidesk-title"][0].value)) if "x-kidesk-title" in contents else None
    if "n" in contents:
        n = contents["n"][0].value
        if isinstance(n, vobject.vcard.Name):
            put("Nachname", _text(n.family))
            put("Vorname", _text(n.given))
            put("Weitere Vornamen", _text(n.additional))
            if own_salutation is None and own_title is None:
                put("Anrede", _text(n.prefix))
            put("Namenszusatz", _text(n.suffix))
        else:
            put("Name", _text(n))
    if own_salutation is not None:
        put("Anrede", own_salutation)
    if own_title is not None:
        put("Titel", own_title)
    if "fn" in contents:
        put("Name", _text(contents["fn"][0].value))
    if "org" in contents:
        org = contents["org"][0].value
        parts = org if isinstance(org, list) else [org]
        put("Organisation", _text(parts[0]) if parts else "")
        if len(parts) > 1:
            put("Abteilung", " / ".join(_text(p) for p in parts[1:] if _text(p)))
    if "title" in contents:
        put("Funktion", _text(contents["title"][0].value))
    if "role" in contents:
        put("Rolle", _text(contents["role"][0].value))
    for prop in contents.get("tel", []):
        number_text = _text(prop.value)
        if number_text.lower().startswith("tel:"):
            number_text = number_text[4:]
        types = _types(prop)
        if "fax" in types:
            header = "Fax"
        elif "cell" in types or "mobile" in types:
            header = "Mobil"
        elif "home" in types and "work" not in types:
            header = "Telefon privat"
        else:
            header = "Telefon"
        if values[_H[header]]:
            header = "Weitere Telefonnummern"
        put(header, number_text)
    emails = sorted(contents.get("email", []), key=lambda p: 0 if "pref" in _types(p) or "PREF" in p.params else 1)
    for prop in emails:
        put("E-Mail" if not values[_H["E-Mail"]] else "Weitere E-Mail-Adressen", _text(prop.value))
    addresses = sorted(
        contents.get("adr", []), key=lambda p: 0 if "work" in _types(p) else (2 if "home" in _types(p) else 1)
    )
    for index, prop in enumerate(addresses):
        adr = prop.value
        if not isinstance(adr, vobject.vcard.Address):
            put("Weitere Adressen", _text(adr))
            continue
        if index == 0:
            put("Straße", _text(adr.street))
            put("Adresszusatz", ", ".join(p for p in (_text(adr.extended), _text(adr.box)) if p))
            put("PLZ", _text(adr.code))
            put("Ort", _text(adr.city))
            put("Land", _text(adr.country))
            put("Bundesland/Region", _text(adr.region))
        else:
            parts = [
                _text(adr.street),
                " ".join(p for p in (_text(adr.code), _text(adr.city)) if p),
                _text(adr.country),
            ]
            put("Weitere Adressen", ", ".join(p for p in parts if p))
    if "x-kidesk-room" in contents:
        put("Raum", unescape_text(_text(contents["x-kidesk-room"][0].value)))
    if "x-kidesk-languages" in contents:
        put("Sprachen", unescape_text(_text(contents["x-kidesk-languages"][0].value)))
    for prop in contents.get("note", []):
        put("Notizen", str(prop.value))
    for prop in contents.get("url", []):
        put("Webseite", _text(prop.value))
    if "bday" in contents:
        put("Geburtstag", _text(contents["bday"][0].value))
    return values


def read_vcard_table(data: bytes, name: str = "Die Datei") -> RawTable:
    text, encoding, problems = decode_text(data, name)
    if "BEGIN:VCARD" not in text.upper():
        raise ImportFileError(f"{name} ist keine vCard-Datei (keine Zeile „BEGIN:VCARD“).")
    cards, card_problems = split_cards(text)
    problems.extend(card_problems)
    rows = []
    versions = set()
    for card in cards:
        try:
            parsed = vobject.readOne("\r\n".join(card.lines) + "\r\n")
        except Exception as exc:  # vobject raises many kinds for malformed input
            problems.append(
                Problem(
                    card.number, None, f"Karte ab Zeile {card.line} ist nicht lesbar ({exc}) – nicht importiert.", ERROR
                )
            )
            continue
        if "version" in parsed.contents:
            versions.add(_text(parsed.contents["version"][0].value))
        try:
            rows.append(RawRow(card.number, _card_row(parsed, problems, card.number)))
        except Exception as exc:
            problems.append(
                Problem(
                    card.number, None, f"Karte ab Zeile {card.line} ist nicht lesbar ({exc}) – nicht importiert.", ERROR
                )
            )
    shown = "/".join(sorted(v for v in versions if v)) or "?"
    description = f"vCard {shown}, {len(cards)} Karten, {encoding}"
    return RawTable(list(HEADERS), rows, "vcf", description, problems, row_word="Karte")


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
            fh.write(card.serialize())

"""Reading vCard files (2.1, 3.0, 4.0) as the address books of offices write them.

The file is read as **bytes**: lines are split and folded lines joined before anything is
decoded (RFC 6350 § 3.2 allows a fold inside a UTF-8 character), quoted-printable values are
decoded to bytes and then in the character set their ``CHARSET`` parameter names (Windows-1251,
-1253, Shift-JIS …), else in the file's own encoding. A byte that does not fit is replaced and
named — it never turns a whole value into another encoding.

Every card is read on its own: a card that cannot be read is reported with its number, its line
and the real reason, and the other cards are read. A line that is no property (``PROFILE:VCard``
is one; a line without a colon is not) is skipped with a warning naming its line. A card that
ends without ``END:VCARD`` is read, reported, and imported only when the person confirms it in
the dry-run report.

Each card becomes a row whose columns (:data:`HEADERS`) use names the import's column mapping
knows, so cards run through the same checks, matching and plan as CSV rows. What has no field
of its own (nickname, messenger, categories, birthday, anniversary, related names, a second
organisation or title, further phones/e-mails/addresses) goes into the notes with a label;
what is not kept at all (photos, keys, sounds) is named once in the dry run.
"""

from __future__ import annotations

import re
from collections import Counter

from kidesk.services.contact_import.vcard_lines import (
    NOT_KEPT,
    Card,
    Prop,
    components,
    file_charset,
    split_cards,
    unescape,
)
from kidesk.services.csv_sniffing import ImportFileError
from kidesk.services.tabular_source import ERROR, INFO, Problem, RawRow, RawTable

HEADERS = (
    "Anrede",
    "Titel",
    "Vorname",
    "Weitere Vornamen",
    "Nachname",
    "Name",
    "Spitzname",
    "Art",
    "Funktion",
    "Rolle",
    "Organisation",
    "Abteilung",
    "Telefon",
    "Telefon privat",
    "Mobil",
    "Fax",
    "Fax privat",
    "E-Mail",
    "Raum",
    "Straße",
    "Adresszusatz",
    "PLZ",
    "Ort",
    "Land",
    "Adresse (formatiert)",
    "Sprachen",
    "Webseite",
    "Notizen",
    "Namenszusatz",
    "Bundesland/Region",
    "Weitere Telefonnummern",
    "Weitere E-Mail-Adressen",
    "Weitere Adressen",
    "Weitere Webseiten",
    "Weitere Organisation",
    "Weitere Funktion",
    "Messenger",
    "Kategorien",
    "Geburtstag",
    "Jahrestag",
    "Bezugspersonen",
    "Weitere Angaben",
)
_H = {h: i for i, h in enumerate(HEADERS)}

#: properties that say how the file was made, not who the card is about
_BOOKKEEPING = {
    "VERSION",
    "PRODID",
    "REV",
    "UID",
    "PROFILE",
    "SOURCE",
    "NAME",
    "CLIENTPIDMAP",
    "X-ABUID",
    "X-ABSHOWAS",
    "KIND",
    "X-ABLABEL",
    "X-ABADR",
    "SORT-STRING",
    "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
    "X-MS-OL-DESIGN",
    "X-MS-CARDPICTURE",
    "X-EVOLUTION-FILE-AS",
    "X-EVOLUTION-BLOG-URL",
    "X-MOZILLA-HTML",
    "X-PHONETIC-FIRST-NAME",
    "X-PHONETIC-LAST-NAME",
    "X-PHONETIC-MIDDLE-NAME",
    "X-PHONETIC-ORG",
    "X-ANDROID-CUSTOM",
    "MAILER",
    "LABEL",
    "XML",
    "X-KADDRESSBOOK-X-IMADDRESS",
}
#: not kept at all, named once in the dry run
_MESSENGER = {
    "IMPP",
    "X-AIM",
    "X-ICQ",
    "X-JABBER",
    "X-MSN",
    "X-YAHOO",
    "X-SKYPE",
    "X-SKYPE-USERNAME",
    "X-GOOGLE-TALK",
    "X-GADUGADU",
    "X-QQ",
    "X-TWITTER",
    "X-SIP",
    "X-KADDRESSBOOK-X-IMADDRESS",
}
_MESSENGER_NAMES = {
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-JABBER": "Jabber",
    "X-MSN": "MSN",
    "X-YAHOO": "Yahoo",
    "X-SKYPE": "Skype",
    "X-SKYPE-USERNAME": "Skype",
    "X-GOOGLE-TALK": "Google Talk",
    "X-GADUGADU": "Gadu-Gadu",
    "X-QQ": "QQ",
    "X-TWITTER": "Twitter",
    "X-SIP": "SIP",
}
_RELATED = {
    "RELATED",
    "X-ABRELATEDNAMES",
    "X-SPOUSE",
    "X-ASSISTANT",
    "X-MANAGER",
    "X-EVOLUTION-SPOUSE",
    "X-EVOLUTION-MANAGER",
    "X-EVOLUTION-ASSISTANT",
    "X-KADDRESSBOOK-X-SPOUSENAME",
    "X-KADDRESSBOOK-X-MANAGERSNAME",
    "X-KADDRESSBOOK-X-ASSISTANTSNAME",
}
_ANNIVERSARY = {"ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-ABDATE", "X-KADDRESSBOOK-X-ANNIVERSARY"}
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_LABEL_WORDS = {
    "home": "privat",
    "work": "geschäftlich",
    "cell": "mobil",
    "mobile": "mobil",
    "fax": "Fax",
    "pager": "Pager",
    "other": "weitere",
    "pref": "bevorzugt",
    "main": "Hauptnummer",
    "voice": "",
    "internet": "",
    "x400": "",
}
_COMPANY_HINTS = {"organisation", "organization", "org", "company", "group"}


def _own(value: str) -> str:
    """kidesk's own X-KIDESK-* values: escaped by :func:`kidesk.services.vcard_io.escape_text` and once more by vobject."""
    return unescape(unescape(value))


def _listed(value: str) -> str:
    return ", ".join(p for p in components(value, ",") if p)


def _label(card: Card, prop: Prop) -> str:
    """Apple's ``itemN.X-ABLabel`` for the property's group ("_$!<HomeFAX>!$_" → "HomeFAX"), else ""."""
    if not prop.group:
        return ""
    for other in card.props:
        if other.group == prop.group and other.name == "X-ABLABEL":
            match = _APPLE_LABEL.fullmatch(other.value.strip())
            return match.group(1) if match else unescape(other.value).strip()
    return ""


def _kinds(card: Card, prop: Prop) -> set[str]:
    """Types of a property from TYPE parameters, 2.1's bare parameters and Apple's label."""
    kinds = set(prop.types)
    label = _label(card, prop).casefold()
    if label:
        for word, kind in (
            ("fax", "fax"),
            ("mobil", "cell"),
            ("cell", "cell"),
            ("handy", "cell"),
            ("iphone", "cell"),
            ("pager", "pager"),
            ("home", "home"),
            ("privat", "home"),
            ("work", "work"),
            ("dienst", "work"),
            ("geschäft", "work"),
            ("main", "work"),
            ("other", "other"),
        ):
            if word in label:
                kinds.add(kind)
        if not kinds & {"fax", "cell", "pager", "home", "work", "other"}:
            kinds.add("other")
    if prop.value.casefold().startswith("tel:"):
        kinds.discard("uri")
    return kinds


def _type_text(card: Card, prop: Prop) -> str:
    label = _label(card, prop)
    if label:
        return label
    words = [_LABEL_WORDS.get(t, t) for t in sorted(prop.types)]
    return ", ".join(w for w in words if w)


# --------------------------------------------------------------------------- card → row


class _Row:
    def __init__(self) -> None:
        self.values = [""] * len(HEADERS)

    def put(self, header: str, value: str) -> None:
        value = value.strip()
        if not value:
            return
        index = _H[header]
        self.values[index] = f"{self.values[index]}\n{value}" if self.values[index] else value

    def has(self, header: str) -> bool:
        return bool(self.values[_H[header]])


def card_row(card: Card, unknown: Counter[str], dropped: Counter[str]) -> list[str]:
    row = _Row()
    props = card.props
    by_name: dict[str, list[Prop]] = {}
    for prop in props:
        by_name.setdefault(prop.name, []).append(prop)

    def first(name: str) -> Prop | None:
        return by_name.get(name, [None])[0]

    own_salutation = first("X-KIDESK-SALUTATION")
    own_title = first("X-KIDESK-TITLE")
    n = first("N")
    if n is not None:
        parts = components(n.value) + [""] * 5
        row.put("Nachname", parts[0])
        row.put("Vorname", parts[1])
        row.put("Weitere Vornamen", parts[2])
        if own_salutation is None and own_title is None:
            row.put("Anrede", parts[3])
        row.put("Namenszusatz", parts[4])
    if own_salutation is not None:
        row.put("Anrede", _own(own_salutation.value))
    if own_title is not None:
        row.put("Titel", _own(own_title.value))
    fn = first("FN")
    if fn is not None:
        row.put("Name", unescape(fn.value))
    for prop in by_name.get("NICKNAME", []):
        row.put("Spitzname", _listed(prop.value))
    for index, prop in enumerate(by_name.get("ORG", [])):
        parts = components(prop.value)
        if index == 0:
            row.put("Organisation", parts[0])
            row.put("Abteilung", " / ".join(p for p in parts[1:] if p))
        elif any(parts):
            row.put("Weitere Organisation", " / ".join(p for p in parts if p))
    for index, prop in enumerate(by_name.get("TITLE", [])):
        row.put("Funktion" if index == 0 else "Weitere Funktion", unescape(prop.value))
    for prop in by_name.get("ROLE", []):
        row.put("Rolle", unescape(prop.value))
    kind = first("KIND") or first("X-ABSHOWAS")
    if kind is not None and kind.value.strip().casefold() in _COMPANY_HINTS:
        row.put("Art", "organisation")
    _phones(card, by_name.get("TEL", []), row)
    _emails(card, by_name.get("EMAIL", []), row)
    _addresses(card, by_name.get("ADR", []), by_name.get("LABEL", []), row)
    for index, prop in enumerate(by_name.get("URL", [])):
        url = unescape(prop.value)
        row.put("Webseite" if index == 0 else "Weitere Webseiten", url)
    for name in ("X-KIDESK-ROOM", "X-KIDESK-LANGUAGES"):
        prop = first(name)
        if prop is not None:
            row.put("Raum" if name.endswith("ROOM") else "Sprachen", _own(prop.value))
    for prop in by_name.get("LANG", []):
        row.put("Sprachen", unescape(prop.value))
    for prop in by_name.get("NOTE", []):
        row.put("Notizen", unescape(prop.value))
    for prop in props:
        name = prop.name
        if name in _MESSENGER:
            service = _MESSENGER_NAMES.get(name, "")
            label = _type_text(card, prop)
            text = unescape(prop.value)
            row.put("Messenger", " ".join(p for p in (service, text, f"({label})" if label else "") if p))
        elif name == "CATEGORIES":
            row.put("Kategorien", _listed(prop.value))
        elif name == "BDAY":
            row.put("Geburtstag", unescape(prop.value))
        elif name in _ANNIVERSARY:
            label = _label(card, prop)
            text = unescape(prop.value)
            row.put("Jahrestag", f"{text} ({label})" if label and label.casefold() != "anniversary" else text)
        elif name in _RELATED:
            label = (
                _label(card, prop)
                or ", ".join(prop.types)
                or name.removeprefix("X-").removeprefix("EVOLUTION-").casefold()
            )
            row.put("Bezugspersonen", f"{unescape(prop.value)} ({label})")
        elif name in NOT_KEPT:
            dropped[NOT_KEPT[name]] += 1
        elif name in _BOOKKEEPING or name.startswith("X-KIDESK-") or name in _HANDLED:
            continue
        elif prop.value.strip():
            unknown[name] += 1
            row.put("Weitere Angaben", f"{name}: {unescape(prop.value)}")
    return row.values


_HANDLED = {"N", "FN", "NICKNAME", "ORG", "TITLE", "ROLE", "TEL", "EMAIL", "ADR", "URL", "NOTE", "LANG", "BEGIN", "END"}


def _phones(card: Card, props: list[Prop], row: _Row) -> None:
    ordered = sorted(props, key=lambda p: 0 if "pref" in p.types else 1)
    for prop in ordered:
        number = unescape(prop.value)
        if number.casefold().startswith("tel:"):
            number = number[4:]
        kinds = _kinds(card, prop)
        if "fax" in kinds:
            header = "Fax privat" if "home" in kinds and "work" not in kinds else "Fax"
        elif kinds & {"cell", "mobile", "iphone"}:
            header = "Mobil"
        elif "pager" in kinds or "other" in kinds or kinds & {"x-other", "text", "textphone", "video"}:
            header = "Weitere Telefonnummern"
        elif "home" in kinds and "work" not in kinds:
            header = "Telefon privat"
        else:
            header = "Telefon"
        if header != "Weitere Telefonnummern" and not row.has(header):
            row.put(header, number)
        else:
            label = _type_text(card, prop)
            row.put("Weitere Telefonnummern", f"{number} ({label})" if label else number)


def _emails(card: Card, props: list[Prop], row: _Row) -> None:
    ordered = sorted(
        props, key=lambda p: 0 if "pref" in p.types or "PREF" in p.params else (1 if "work" in p.types else 2)
    )
    for prop in ordered:
        address = unescape(prop.value).strip()
        if address.casefold().startswith("mailto:"):
            address = address[7:]
        if not row.has("E-Mail"):
            row.put("E-Mail", address)
        else:
            label = _type_text(card, prop)
            row.put("Weitere E-Mail-Adressen", f"{address} ({label})" if label else address)


def _addresses(card: Card, props: list[Prop], labels: list[Prop], row: _Row) -> None:
    """The first address (work before preferred before home) whole into the address columns; the others into the notes."""
    ordered = sorted(
        props,
        key=lambda p: (
            0 if "work" in _kinds(card, p) else (1 if "pref" in p.types else (2 if "home" in _kinds(card, p) else 3))
        ),
    )
    for index, prop in enumerate(ordered):
        parts = components(prop.value) + [""] * 7
        box, extended, street, city, region, code, country = parts[:7]
        if not country:
            iso = next(
                (o.value.strip() for o in card.props if prop.group and o.group == prop.group and o.name == "X-ABADR"),
                "",
            )
            country = iso.upper() if len(iso) == 2 else ""
        if index == 0:
            row.put("Straße", street)
            row.put("Adresszusatz", ", ".join(p for p in (extended, box) if p))
            row.put("PLZ", code)
            row.put("Ort", city)
            row.put("Land", country)
            row.put("Bundesland/Region", region)
        else:
            text = ", ".join(
                p for p in (box, extended, street, " ".join(q for q in (code, city) if q), region, country) if p
            )
            label = _type_text(card, prop)
            row.put("Weitere Adressen", f"{text} ({label})" if label else text)
    if not props and labels:
        row.put("Adresse (formatiert)", unescape(labels[0].value))


def read_vcard_table(data: bytes, name: str = "Die Datei") -> RawTable:
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportFileError(f"{name} ist leer. Bitte eine vCard-Datei mit Karten wählen.")
    raw, charset, label, problems = file_charset(data, name)
    if b"BEGIN:VCARD" not in raw.upper():
        raise ImportFileError(f"{name} ist keine vCard-Datei (keine Zeile „BEGIN:VCARD“).")
    cards, card_problems = split_cards(raw, charset)
    problems.extend(card_problems)
    rows = []
    versions = set()
    unknown: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    for card in cards:
        version = next((p.value.strip() for p in card.props if p.name == "VERSION"), "")
        versions.add(version)
        try:
            rows.append(RawRow(card.number, card_row(card, unknown, dropped)))
        except Exception as exc:
            problems.append(
                Problem(
                    card.number,
                    None,
                    f"Karte ab Zeile {card.line} ist nicht lesbar ({type(exc).__name__}: {exc}) – nicht importiert.",
                    ERROR,
                )
            )
    if unknown:
        shown = ", ".join(f"{k} ({v}×)" for k, v in sorted(unknown.items()))
        problems.append(
            Problem(None, None, f"vCard-Angaben ohne eigenes Feld, mit ihrem Namen in die Notizen: {shown}.", INFO)
        )
    if dropped:
        shown = ", ".join(f"{k} ({v}×)" for k, v in sorted(dropped.items()))
        problems.append(Problem(None, None, f"nicht übernommen: {shown}.", INFO))
    shown_versions = "/".join(sorted(v for v in versions if v)) or "?"
    description = f"vCard {shown_versions}, {len(cards)} Karten, {label}"
    return RawTable(list(HEADERS), rows, "vcf", description, problems, row_word="Karte")

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

import codecs
import quopri
import re
from collections import Counter
from dataclasses import dataclass, field

from kidesk.services.csv_sniffing import LABEL_CODECS, ImportFileError, decode_text
from kidesk.services.tabular_source import ERROR, INFO, WARNING, Problem, RawRow, RawTable

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
_NOT_KEPT = {
    "PHOTO": "Fotos",
    "LOGO": "Logos",
    "SOUND": "Tonaufnahmen",
    "KEY": "Schlüssel",
    "AGENT": "Vertreter-Karten",
}
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


@dataclass
class Prop:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str
    line: int

    @property
    def types(self) -> set[str]:
        return {t.casefold() for t in self.params.get("TYPE", [])}


@dataclass
class Card:
    number: int
    line: int
    props: list[Prop] = field(default_factory=list)
    ended: bool = False
    end_line: int = 0


# --------------------------------------------------------------------------- bytes → properties


def _file_charset(data: bytes, name: str) -> tuple[bytes, str, str, list[Problem]]:
    """The file as bytes in a known encoding, the charset of undeclared values, its label, warnings."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(data) > 8 and data[1:8:2].count(0) >= 3 and data[0:8:2].count(0) == 0
    ):
        text, label, problems = decode_text(data, name)
        return text.encode("utf-8"), "utf-8", label, problems
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        _, label, problems = decode_text(data, name)
        charset = {"ISO-8859-1": "latin-1"}.get(label, LABEL_CODECS.get(label, "cp1252"))
        # "gemischt": each value is tried as UTF-8 first (see _decode)
        return data, charset, label, [p for p in problems if "mischt" not in p.message]
    return data, "utf-8", "UTF-8", []


def _physical_lines(data: bytes) -> list[bytes]:
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Folded lines joined on bytes, with the number of their first physical line; QP soft breaks too."""
    result: list[tuple[int, bytes]] = []
    in_qp = False
    for number, line in enumerate(_physical_lines(data), start=1):
        if result and in_qp:
            result[-1] = (result[-1][0], result[-1][1][:-1] + line)
        elif result and line[:1] in (b" ", b"\t") and line.strip():
            result[-1] = (result[-1][0], result[-1][1] + line[1:])
        elif not line.strip():
            in_qp = False
            continue
        else:
            result.append((number, line))
        current = result[-1][1]
        head = current.split(b":", 1)[0].upper()
        in_qp = b"QUOTED-PRINTABLE" in head and current.endswith(b"=")
    return result


def _split_head(line: bytes) -> tuple[bytes, bytes] | None:
    """``(name;params, value)`` at the first colon outside double quotes."""
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return line[:index], line[index + 1 :]
    return None


def _params(raw: str) -> dict[str, list[str]]:
    """``TYPE=HOME,PREF;CHARSET=…`` and 2.1's bare ``HOME;PREF``; empty parameters (Outlook's ``;:``) are skipped."""
    params: dict[str, list[str]] = {}
    for part in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', raw):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:
            upper = key.upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                params.setdefault("ENCODING", []).append(upper)
            else:
                params.setdefault("TYPE", []).append(key)
            continue
        values = [v.strip().strip('"') for v in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', value)]
        if key.strip().upper() == "TYPE":  # TYPE="cell,voice" is a list, too
            values = [t.strip() for v in values for t in v.split(",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return params


def _decode(
    raw: bytes, params: dict[str, list[str]], charset: str, problems: list[Problem], where: tuple[int, int]
) -> str:
    text = _decode_bytes(raw, params, charset, problems, where)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_bytes(
    raw: bytes, params: dict[str, list[str]], charset: str, problems: list[Problem], where: tuple[int, int]
) -> str:
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    declared = (params.get("CHARSET") or [None])[0]
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError:
            problems.append(
                Problem(
                    where[0], None, f"Zeile {where[1]}: unbekannter Zeichensatz „{declared}“ – als {charset} gelesen."
                )
            )
            declared = None
    codec = declared or charset
    if codec != "utf-8" and not declared:
        try:
            return raw.decode("utf-8")  # a UTF-8 value in an otherwise Windows-1252 file
        except UnicodeDecodeError:
            pass
    if not declared and codec == "utf-8" and raw != raw.decode("ascii", errors="ignore").encode():
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            # vCard 2.1 without CHARSET means the writer's code page: Outlook writes Windows-1252
            return raw.decode("cp1252", errors="replace")
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 4]
        problems.append(
            Problem(
                where[0],
                None,
                f"Zeile {where[1]}: Byte {bad[:1].hex(' ').upper()} passt nicht zum Zeichensatz {codec} – "
                "durch „�“ ersetzt, der Rest des Wertes ist unverändert.",
            )
        )
        return raw.decode(codec, errors="replace")


def split_cards(data: bytes, charset: str) -> tuple[list[Card], list[Problem]]:
    cards: list[Card] = []
    problems: list[Problem] = []
    current: Card | None = None
    nested = 0
    last_line = 0
    for number, line in _logical_lines(data):
        last_line = number
        stripped = line.strip()
        upper = stripped.upper()
        if upper == b"BEGIN:VCARD":
            if current is not None and current.props and current.props[-1].name == "AGENT":
                nested += 1
                continue
            if current is not None:
                current.end_line = number - 1
                cards.append(current)
            current = Card(len(cards) + 1, number)
            continue
        if upper == b"END:VCARD":
            if nested:
                nested -= 1
                continue
            if current is not None:
                current.ended, current.end_line = True, number
                cards.append(current)
                current = None
            continue
        if current is None or nested:
            continue
        head = _split_head(stripped)
        if head is None:
            shown = stripped.decode(charset, errors="replace")[:40]
            problems.append(
                Problem(
                    current.number,
                    None,
                    f"Zeile {number} ist keine vCard-Angabe (kein Doppelpunkt) und wird übergangen: „{shown}“",
                )
            )
            continue
        name_part, raw_value = head
        name_text = name_part.decode("ascii", errors="replace")
        prop_name, _, raw_params = name_text.partition(";")
        group, _, prop_name = prop_name.rpartition(".")
        params = _params(raw_params)
        prop_name = prop_name.strip().upper()
        if not re.fullmatch(r"[A-Z0-9-]+", prop_name):
            problems.append(
                Problem(
                    current.number,
                    None,
                    f"Zeile {number}: „{prop_name[:30]}“ ist kein Name einer vCard-Angabe – übergangen.",
                )
            )
            continue
        if prop_name in _NOT_KEPT or {e.upper() for e in params.get("ENCODING", [])} & {"BASE64", "B"}:
            current.props.append(Prop(group, prop_name, params, "", number))
            continue
        value = _decode(raw_value, params, charset, problems, (current.number, number))
        current.props.append(Prop(group.casefold(), prop_name, params, value, number))
    if current is not None:
        current.end_line = last_line
        cards.append(current)
    for card in cards:
        if not card.ended:
            problems.append(
                Problem(
                    card.number,
                    None,
                    f"END:VCARD fehlt (Karte ab Zeile {card.line}, endet ohne Abschluss in Zeile {card.end_line}) – "
                    "ist die Datei abgeschnitten? Die Karte wird nur importiert, wenn Sie sie in der Prüfung "
                    "auf „neu anlegen“ stellen.",
                    WARNING,
                )
            )
    return cards, problems


# --------------------------------------------------------------------------- values


def unescape(value: str) -> str:
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


def components(value: str, sep: str = ";") -> list[str]:
    """Split at unescaped ``sep`` and unescape each part."""
    parts, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return [unescape(p).strip() for p in parts]


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
            service = name.removeprefix("X-").capitalize() if name != "IMPP" else ""
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
        elif name in _NOT_KEPT:
            dropped[_NOT_KEPT[name]] += 1
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
    raw, charset, label, problems = _file_charset(data, name)
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

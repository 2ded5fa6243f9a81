"""vCard files as bytes → cards of properties (the first half of reading a vCard file).

Lines are split and folded lines joined **on bytes** (RFC 6350 § 3.2 allows a fold inside a
UTF-8 character); quoted-printable values are decoded to bytes and then in their declared
``CHARSET``, else in the file's own encoding (UTF-8, else the detected Windows code page). A
byte that does not fit is replaced and named. :mod:`.vcard_reading` turns the cards into rows.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass, field

from kidesk.services.contact_import.values import strip_controls
from kidesk.services.csv_sniffing import LABEL_CODECS, decode_text
from kidesk.services.tabular_source import WARNING, Problem

#: not kept at all, named once in the dry run
NOT_KEPT = {
    "PHOTO": "Fotos",
    "LOGO": "Logos",
    "SOUND": "Tonaufnahmen",
    "KEY": "Schlüssel",
    "AGENT": "Vertreter-Karten",
}


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


def file_charset(data: bytes, name: str) -> tuple[bytes, str, str, list[Problem]]:
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
            shown = strip_controls(stripped.decode(charset, errors="replace"))[0][:40]
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
        if prop_name in NOT_KEPT or {e.upper() for e in params.get("ENCODING", [])} & {"BASE64", "B"}:
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

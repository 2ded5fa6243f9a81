"""Reading CSV files as German offices write them: encoding and delimiter found out, not asked.

Encodings, in the order tried
-----------------------------
1. A UTF-16 byte-order mark (Excel's "Unicode-Text") → UTF-16; without a mark, UTF-16 is
   recognised by the zero byte in every other position of Latin text.
2. UTF-8, with or without BOM, decoded strictly. If the result shows the typical traces of
   text that was UTF-8-encoded twice ("Ã¼" for "ü") and can be repaired, it is repaired with a
   warning.
3. Not UTF-8: if some lines are valid UTF-8 with umlauts and others are not, the file was
   pieced together from two sources; every line is decoded on its own and the lines read as
   Windows-1252 are named in a warning.
4. Otherwise Windows-1252 — what Excel writes on a German Windows. ISO-8859-1 differs from it
   only in bytes 0x80–0x9F (€, „ “, – in Windows-1252; unused control codes in ISO-8859-1), so
   ISO-8859-1 is chosen only when the file holds a byte that Windows-1252 leaves undefined.

Binary files (a renamed .xlsx, .xls, PDF or image) are refused with a message that says what
the file probably is.

Delimiter
---------
``;`` (Excel with German settings), ``,`` (Outlook, Google, Thunderbird), tab and ``|`` are
candidates. Each candidate parses a sample; the one that gives the most rows with the same
number of fields as the header (and more than one field) wins; :class:`csv.Sniffer` only breaks
ties, because on its own it is easily fooled by commas inside German text ("Herford, Stadt").
Excel's ``sep=;`` first line is honoured.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from kidesk.errors import UserError
from kidesk.services.tabular_source import ERROR, Problem, RawRow

CANDIDATE_DELIMITERS = (";", ",", "\t", "|")
DELIMITER_NAMES = {";": "Semikolon", ",": "Komma", "\t": "Tabulator", "|": "senkrechter Strich"}
MAX_FIELD_CHARS = 1_000_000  # beyond this a "field" is a broken quote swallowing the file
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")


class ImportFileError(UserError):
    """A file that cannot be read as an address list at all."""


def sniff_binary(data: bytes, name: str) -> None:
    """Refuse files that are not text, naming what they probably are."""
    head = data[:8]
    if head.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            f"{name} ist keine CSV-Datei, sondern eine Excel-(XLSX-) oder ZIP-Datei. "
            "Bitte als Excel-Datei importieren (Format xlsx)."
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            f"{name} ist eine Datei im alten Excel-Format (.xls). Bitte in Excel als .xlsx oder CSV speichern."
        )
    if head.startswith(b"%PDF"):
        raise ImportFileError(f"{name} ist eine PDF-Datei, keine Adressliste.")
    sample = data[:8192]
    if b"\x00" in sample:
        raise ImportFileError(
            f"{name} enthält Binärdaten (keine Textdatei). Bitte eine CSV-Datei (Text) oder eine Excel-Datei wählen."
        )
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.02:
        raise ImportFileError(
            f"{name} enthält Binärdaten (keine Textdatei). Bitte eine CSV-Datei (Text) oder eine Excel-Datei wählen."
        )


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-Latin UTF-16 text has a zero byte in every other position."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str = "Die Datei") -> tuple[str, str, list[Problem]]:
    """``(text, encoding label, warnings)`` for the bytes of a text file."""
    problems: list[Problem] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16", problems
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"{name} ist als UTF-16 markiert, aber beschädigt ({exc.reason}).") from exc
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), "UTF-16 ohne BOM", problems
        except UnicodeDecodeError:
            pass
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportFileError(f"{name} ist leer. Bitte eine Datei mit einer Kopfzeile und Adressen wählen.")
    sniff_binary(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        label = "UTF-8 mit BOM" if data.startswith(codecs.BOM_UTF8) else "UTF-8"
        if _MOJIBAKE.search(text) and _MOJIBAKE.sub("", text).isascii():
            # Only when *every* non-ASCII character belongs to such a pair: text that also holds a
            # correct "ü" was not encoded twice, and "Ã©" in it is meant.
            try:
                repaired = text.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
            else:
                problems.append(
                    Problem(
                        None, None, "Die Umlaute der Datei waren doppelt kodiert („Ã¼“ statt „ü“) und wurden repariert."
                    )
                )
                return repaired, label + " (doppelt kodiert, repariert)", problems
        return text, label, problems

    lines = data.split(b"\n")
    utf8_lines, other_lines = 0, []
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            other_lines.append(number)
    if utf8_lines and other_lines:
        decoded = []
        for line in lines:
            try:
                decoded.append(line.decode("utf-8"))
            except UnicodeDecodeError:
                decoded.append(line.decode("cp1252", errors="replace"))
        shown = ", ".join(str(n) for n in other_lines[:10]) + (" …" if len(other_lines) > 10 else "")
        problems.append(
            Problem(
                None,
                None,
                "Die Datei mischt zwei Zeichenkodierungen (UTF-8 und Windows-1252). "
                f"Zeilen {shown} wurden als Windows-1252 gelesen – bitte die Umlaute dort prüfen.",
            )
        )
        return "\n".join(decoded).lstrip("\ufeff"), "gemischt UTF-8/Windows-1252", problems
    guessed = _non_latin_encoding(data)
    if guessed is not None:
        codec, label = guessed
        problems.append(
            Problem(
                None,
                None,
                f"Zeichenkodierung {label} erkannt (nicht UTF-8) – bitte die Namen stichprobenartig prüfen.",
                "info",
            )
        )
        return data.decode(codec, errors="replace"), label, problems
    if any(b in _CP1252_UNDEFINED for b in data):
        return data.decode("latin-1"), "ISO-8859-1", problems
    if any(0x80 <= b <= 0x9F for b in data):
        return data.decode("cp1252"), "Windows-1252", problems
    return data.decode("cp1252"), "Windows-1252/ISO-8859-1", problems


#: encodings worth recognising beside Windows-1252: what Excel and address books write on Cyrillic,
#: Greek, Arabic, Hebrew, Turkish, Central European and Japanese Windows
ENCODING_LABELS = {
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "cp1253": "Windows-1253",
    "cp1254": "Windows-1254",
    "cp1255": "Windows-1255",
    "cp1256": "Windows-1256",
    "koi8_r": "KOI8-R",
    "cp932": "Shift-JIS",
    "shift_jis": "Shift-JIS",
    "euc_jp": "EUC-JP",
    "gb18030": "GB18030",
    "gb2312": "GB18030",
    "big5": "Big5",
    "cp949": "EUC-KR",
    "euc_kr": "EUC-KR",
}
LABEL_CODECS = {label: codec for codec, label in ENCODING_LABELS.items()} | {"Shift-JIS": "cp932", "GB18030": "gb18030"}
_TURKISH_ONLY = frozenset(b"\xd0\xdd\xde\xf0\xfd\xfe")  # Ğ İ Ş ğ ı ş in Windows-1254; rare Ð Ý Þ ð ý þ in 1252


def _non_latin_encoding(data: bytes) -> tuple[str, str] | None:
    """A non-Western single- or double-byte encoding, when the bytes say so clearly.

    German text in Windows-1252 has its few high bytes alone between ASCII letters ("Müller");
    Cyrillic, Greek or Japanese text has them in runs. Only then is charset-normalizer asked, and
    only an encoding of :data:`ENCODING_LABELS` is taken. Turkish (Windows-1254) is told by the
    letters ı ş ğ İ Ş Ğ, which German text does not have.
    """
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high:
        return None
    in_runs = sum(1 for i in high if (i + 1 < len(data) and data[i + 1] >= 0x80) or (i and data[i - 1] >= 0x80))
    if in_runs / len(high) > 0.5:
        from charset_normalizer import from_bytes

        for match in from_bytes(data[:200_000]):  # best first
            codec = match.encoding
            if codec in ENCODING_LABELS and codec not in ("cp1250", "cp1254"):
                return ("cp932" if codec == "shift_jis" else codec), ENCODING_LABELS[codec]
        return None
    turkish = sum(1 for i in high if data[i] in _TURKISH_ONLY)
    if turkish and turkish / len(high) > 0.2:
        return "cp1254", "Windows-1254"
    return None


def _score(sample: str, delimiter: str) -> tuple[float, int]:
    rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(v.strip() for v in r)]
    if len(rows) > 1:
        rows = rows[:-1]  # the sample may cut the last record in half
    if not rows or len(rows[0]) < 2:
        return (0.0, 0)
    width = len(rows[0])
    consistent = sum(1 for r in rows if len(r) == width) / len(rows)
    return (consistent, width)


def detect_delimiter(text: str) -> str:
    sample = text[:65536]
    scores = {d: _score(sample, d) for d in CANDIDATE_DELIMITERS}
    best = max(scores.values())
    if best == (0.0, 0):
        return ";"  # one column only: any delimiter reads it the same
    winners = [d for d in CANDIDATE_DELIMITERS if scores[d] == best]
    if len(winners) > 1:
        try:
            sniffed = csv.Sniffer().sniff(sample[:8192], delimiters="".join(CANDIDATE_DELIMITERS)).delimiter
        except csv.Error:
            sniffed = None
        if sniffed in winners:
            return sniffed
    return winners[0]


def undo_formula_guard(text: str) -> str:
    """Remove the ``'`` our CSV export puts before text Excel would take for a formula.

    Only CSV carries that guard, so only the CSV reader undoes it: a vCard or Excel value
    that really starts with ``'=`` keeps its apostrophe.
    """
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "'", "\t", "\r"):
        return text[1:]
    return text


def _records(text: str, delimiter: str, strict: bool) -> list[RawRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    rows = []
    start = 1
    for values in reader:
        rows.append(RawRow(start, [undo_formula_guard(v) for v in values]))
        start = reader.line_num + 1
    return rows


def read_csv_grid(data: bytes, name: str = "Die Datei") -> tuple[list[RawRow], str, list[Problem]]:
    """All records of a CSV file as text rows, with a description of how it was read."""
    text, encoding, problems = decode_text(data, name)
    text = text.lstrip("\ufeff")
    delimiter = None
    first_line, _, rest = text.partition("\n")
    hint = re.fullmatch(r'"?sep=(.)"?\r?', first_line.strip("\r"))
    if hint:
        delimiter, text = hint.group(1), rest
    delimiter = delimiter or detect_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        try:
            rows = _records(text, delimiter, strict=True)
        except csv.Error as exc:
            line = _failing_line(text, delimiter)
            try:
                rows = _records(text, delimiter, strict=False)
            except csv.Error as exc2:
                raise ImportFileError(f"{name} kann ab Zeile {line} nicht gelesen werden ({exc2}).") from exc2
            if "end of data" in str(exc) and rows:
                broken = rows.pop()
                problems.append(
                    Problem(
                        broken.number,
                        None,
                        "Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen; "
                        f"die Zeilen {broken.number} bis {line} werden nicht importiert.",
                        ERROR,
                    )
                )
            else:
                problems.append(
                    Problem(
                        line, None, f"Anführungszeichen stehen hier nicht CSV-gerecht ({exc}); bitte die Zeile prüfen."
                    )
                )
    finally:
        csv.field_size_limit(old_limit)
    description = f"CSV, Trennzeichen {DELIMITER_NAMES.get(delimiter, repr(delimiter))}, {encoding}"
    return rows, description, problems


def _failing_line(text: str, delimiter: str) -> int:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for _ in reader:
            pass
    except csv.Error:
        return reader.line_num
    return 0

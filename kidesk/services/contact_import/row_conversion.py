"""One row of the file → one :class:`ContactRecord`, in named steps.

:func:`convert_row` gathers the row's non-empty cells per target field
(:func:`collect_cells`) and runs the steps in order, each on the same
:class:`RowConversion` (the cells, the record being filled, the problems found):

1. :func:`convert_names` — first, last, middle and full name, academic title;
2. :func:`convert_salutation` — "Frau", "Herr Dr." …;
3. :func:`convert_work` — organisation, function, department, room;
4. :func:`convert_address` — country, street (with extra lines), postcode, city;
5. :func:`convert_email`, 6. :func:`convert_phones`, 7. :func:`convert_languages`;
8. :func:`convert_volunteer` — the volunteer profile's columns;
9. :func:`convert_notes` — the notes column goes first in the notes.

A row without a last name is refused: its other problems are dropped and one error says why.
The rules for each value are listed in the package docstring (:mod:`kidesk.services.contact_import`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from kidesk.domain import names
from kidesk.domain.dates import parse_date_or_none
from kidesk.services import column_mapping as cm
from kidesk.services import validation
from kidesk.services.contact_import.records import ContactRecord
from kidesk.services.contact_import.values import (
    EMPTY_MARKERS,
    MAX_ENGAGEMENT_LENGTH,
    MAX_LANGUAGE_LENGTH,
    check_email,
    country_code,
    language_with_level,
    parse_bool,
    parse_salutation,
    phone_kind,
    split_list,
    strip_controls,
    volunteer_status,
)
from kidesk.services.name_folding import fold, same_text
from kidesk.services.tabular_source import ERROR, INFO, Problem, RawRow

VOLUNTEER_FIELDS = {
    "volunteer_active_since": "active_since",
    "volunteer_municipality": "municipality",
    "volunteer_availability": "availability",
    "volunteer_consent_given_on": "consent_given_on",
    "volunteer_consent_photos": "consent_photos",
    "volunteer_consent_newsletter": "consent_newsletter",
    "volunteer_consent_share": "consent_share_with_partners",
    "volunteer_police_certificate_inspected_on": "police_certificate_inspected_on",
}


SYSTEM_GROUPS = {"* mycontacts", "system group: my contacts", "* other contacts", "* starred", "* friends"}


@dataclass(frozen=True)
class Cell:
    """One non-empty value of the row and the column it came from."""

    priority: int  # of the column's header for its target: 0 is the best ("Telefon geschäftlich" before "Telefon 2")
    index: int
    header: str
    value: str


def collect_cells(
    headers: list[str], mapping: list[str], row: RawRow, notes: list[str], problems: list[Problem] | None = None
) -> dict[str, list[Cell]]:
    """The row's non-empty values per target, best column first; "→ Notizen" columns go to ``notes``.

    Control characters other than tab and line break (ESC, NUL, …) are removed with a warning
    that names them: they are never stored, and never echoed raw to a terminal.
    """
    cells: dict[str, list[Cell]] = {}
    for index, (target, value) in enumerate(zip(mapping, row.values, strict=False)):
        value = value.strip().replace("\r\n", "\n").replace("\r", "\n")
        header = headers[index] or f"Spalte {index + 1}"
        value, removed = strip_controls(value)
        if removed and problems is not None:
            problems.append(Problem(row.number, strip_controls(header)[0], f"Steuerzeichen entfernt: {removed}."))
        value = value.strip()
        if cm.normalise_header(header) in ("labels", "groupmembership"):
            # Google's own groups ("* myContacts") say nothing about the person
            value = " ::: ".join(p for p in value.split(" ::: ") if p.strip().casefold() not in SYSTEM_GROUPS)
        if not value or value in EMPTY_MARKERS:
            continue
        if value.count("?") >= 2 and not value.replace("?", "").strip(" ,.-") and problems is not None:
            problems.append(
                Problem(
                    row.number,
                    header,
                    f"„{value}“ besteht nur aus Fragezeichen – die Buchstaben gingen beim Speichern der Datei "
                    "verloren (z. B. arabische Schrift in einer Windows-1252-Datei); nicht übernommen.",
                )
            )
            continue
        if target == cm.IGNORE:
            continue
        if target == cm.NOTES_COLUMN:
            notes.append(f"{header}: {value}")
            continue
        if target == "phone_any":
            label_index = cm.phone_label_column(headers, index)
            label = row.values[label_index] if label_index is not None and label_index < len(row.values) else ""
            target = phone_kind(label)
        cells.setdefault(target, []).append(Cell(cm.column_priority(header), index, header, value))
    for values in cells.values():
        values.sort(key=lambda c: (c.priority, c.index))
    return cells


@dataclass
class RowConversion:
    """Converting one row: its cells by target, the record being filled, the problems found so far."""

    record: ContactRecord
    cells: dict[str, list[Cell]]
    problems: list[Problem]

    @classmethod
    def start(cls, headers: list[str], mapping: list[str], row: RawRow, problems: list[Problem]) -> RowConversion:
        record = ContactRecord(row=row.number)
        return cls(record, collect_cells(headers, mapping, row, record.notes, problems), problems)

    @property
    def number(self) -> int:
        return self.record.row

    def note(self, header: str, value: str) -> None:
        self.record.notes.append(f"{header}: {value}")

    def warn(self, header: str | None, message: str) -> None:
        self.problems.append(Problem(self.number, header, message))

    def all(self, target: str) -> list[Cell]:
        return self.cells.get(target, [])

    def take(self, target: str) -> Cell | None:
        """The best value for ``target``; other differing values of the same target go into the notes."""
        values = self.cells.get(target)
        if not values:
            return None
        best = values[0]
        for other in values[1:]:
            if not same_text(other.value, best.value):
                self.note(other.header, other.value)
        # Google puts several values into one cell: "a@x.de ::: b@y.de"
        if " ::: " in best.value and cm.normalise_header(best.header).endswith("value"):
            value, *rest = best.value.split(" ::: ")
            for extra in rest:
                self.note(best.header, extra)
            best = replace(best, value=value)
        return best

    def clip(self, header: str, value: str, limit: int | None) -> str:
        """``value`` cut to ``limit`` characters; the full text goes into the notes, with a warning."""
        if limit and len(value) > limit:
            self.warn(header, f"{len(value)} Zeichen, gekürzt auf {limit}; der volle Text steht in den Notizen.")
            self.note(f"{header} (vollständig)", value)
            value = value[:limit].rstrip()
        return value

    def put_text(self, key: str, header: str, value: str) -> None:
        self.record.fields[key] = self.clip(header, value, cm.TARGET_BY_KEY[key].max_length)

    def take_text(self, target: str) -> None:
        cell = self.take(target)
        if cell:
            self.put_text(target, cell.header, cell.value)


# --------------------------------------------------------------------------- the steps


def convert_names(conv: RowConversion) -> None:
    """First, last, title; further first names join the first name; a full name fills what is missing."""
    for target in ("first_name", "last_name", "title"):
        conv.take_text(target)
    middle = conv.take("middle_name")
    if middle:
        combined = " ".join(p for p in (conv.record.fields.get("first_name"), middle.value) if p)
        conv.put_text("first_name", middle.header, combined)
    organisations = conv.all("organisation")
    conv.record.organisation_hint = organisations[0].value if organisations else ""
    full = conv.take("full_name")
    if full and not conv.record.fields.get("last_name") and same_text(full.value, conv.record.organisation_hint):
        full = None  # an organisation's card: its display name is the organisation's name
    if full and not conv.record.fields.get("last_name"):
        split_full_name(conv, full)
    elif full and not _only_repeats_the_name(conv, full.value):
        conv.note(full.header, full.value)


def split_full_name(conv: RowConversion, full: Cell) -> None:
    """ "Yılmaz, Ayşe", "Ayşe Yılmaz" or — next to a first-name column — just the last name."""
    header, value = full.header, full.value
    first_name = conv.record.fields.get("first_name")
    if first_name and first_name.casefold() not in value.casefold():
        conv.put_text("last_name", header, value)  # "Name" next to "Vorname" is the last name
    elif "," in value:
        last, _, given = value.partition(",")
        conv.put_text("last_name", header, last.strip())
        if given.strip() and not first_name:
            conv.put_text("first_name", header, given.strip())
    else:
        rest = value.replace(first_name, "", 1).strip() if first_name and value.startswith(first_name) else value
        if first_name:
            conv.put_text("last_name", header, rest)
        else:
            given, family = split_name(rest)
            if given:
                conv.put_text("first_name", header, given)
            conv.put_text("last_name", header, family)


#: words before "zu"/"zur"/"zum" that belong to a Westphalian farm name ("Meyer zu Bexten", "Schulte zur Surlage")
_FARM_NAME_HEADS = frozenset(
    {"meyer", "meier", "mayer", "maier", "schulte", "schulze", "schultze", "große", "grosse", "kleine", "hoffmeister"}
)


def split_name(text: str) -> tuple[str, str]:
    """``(given names, family name)`` of "Bernd Meyer zu Bexten" → ("Bernd", "Meyer zu Bexten").

    The family name starts at the first name particle after the first word (von, van, de, zu,
    al, bin … — :data:`kidesk.domain.names.PARTICLES`), one word earlier for a farm name before
    "zu/zum/zur"; without a particle it is the last word. A single word is the family name
    (as German registers keep one-part names).
    """
    parts = text.split()
    if len(parts) < 2:
        return "", text.strip()
    start = len(parts) - 1
    for index in range(1, len(parts) - 1):
        folded = names.fold(parts[index])
        if folded in names.PARTICLES:
            start = index
            if (
                folded in ("zu", "zum", "zur")
                and index >= 2
                and names.fold(parts[index - 1]) in {names.fold(w) for w in _FARM_NAME_HEADS}
            ):
                start = index - 1
            break
    return " ".join(parts[:start]), " ".join(parts[start:])


def _word(text: str) -> str:
    """A word compared without accents and case; words in other scripts (Arabic, Cyrillic), which
    :func:`fold` reduces to nothing, compare by their case-folded text instead of all being equal."""
    return fold(text) or "".join(ch for ch in text.casefold() if ch.isalnum())


def _only_repeats_the_name(conv: RowConversion, display_name: str) -> bool:
    """A display name ("Dr. Ayşe Yılmaz", "Yılmaz, Ayşe") that only repeats the name parts adds nothing."""
    fields = conv.record.fields
    known = {_word(w) for key in ("title", "first_name", "last_name") for w in (fields.get(key) or "").split()}
    known |= {_word(w) for target in ("salutation", "middle_name") for c in conv.all(target) for w in c.value.split()}
    known |= {_word(w) for w in (conv.record.organisation_hint or "").split()}
    return not ({_word(w) for w in display_name.split()} - known - {""})


def convert_salutation(conv: RowConversion) -> None:
    """ "Frau", "Herr Dr.", "keine Angabe"; title words go to the title; anything else into the notes."""
    cell = conv.take("salutation")
    if not cell:
        return
    salutation, titles, unknown = parse_salutation(cell.value)
    if unknown or salutation is None and not titles:
        conv.warn(
            cell.header,
            f"Anrede „{cell.value}“ nicht erkannt (erwartet z. B. Frau, Herr, divers, Mr, Mrs, Bay, Bayan, Пані, "
            "السيد, آقای) – steht in den Notizen; bitte die Anrede im Kontakt wählen.",
        )
        conv.note(cell.header, cell.value)
        return
    if salutation and salutation != "none":  # "keine Angabe" is no data: it never fills or changes anything
        conv.record.fields["salutation"] = salutation
    if titles and not conv.record.fields.get("title"):
        conv.put_text("title", cell.header, " ".join(titles))


def convert_work(conv: RowConversion) -> None:
    """Function, department, room, and the organisation (created on import when it is new)."""
    for target in ("function", "department", "room"):
        conv.take_text(target)
    cell = conv.take("organisation")
    if cell:
        conv.record.organisation = conv.clip(cell.header, cell.value, cm.TARGET_BY_KEY["organisation"].max_length)


ADDRESS_TARGETS = ("street", "street_extra", "postcode", "city", "country")


def _choose_address_block(conv: RowConversion) -> None:
    """Keep one address block whole: the first (business) block that has a street, postcode or city;
    the cells of the other blocks (home, other) go into the notes — never street from one block
    and city from another."""
    blocks = sorted({c.priority for t in ("street", "postcode", "city") for c in conv.all(t)})
    if not blocks:
        blocks = sorted({c.priority for c in conv.all("country")})
    if len(blocks) <= 1 and all(len({c.priority for c in conv.all(t)}) <= 1 for t in ADDRESS_TARGETS):
        return
    chosen = blocks[0] if blocks else 0
    for target in ADDRESS_TARGETS:
        kept = []
        for cell in conv.all(target):
            if cell.priority == chosen:
                kept.append(cell)
            else:
                conv.note(cell.header, cell.value)
        if kept:
            conv.cells[target] = kept
        else:
            conv.cells.pop(target, None)


_TOWN_LINE = re.compile(r"(?:[A-Z]{1,2}[- ])?(\d{4,5}|\d{3} \d{2}|\d{4} ?[A-Z]{2})\s+(\S.*)")
_US_TOWN_LINE = re.compile(r"(.+?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)")


def split_formatted_address(text: str) -> dict[str, str]:
    """ "Rathausplatz 1, 32130 Bünde, Deutschland" (or one part per line) → street, postcode, city, country.

    Knows "PLZ Ort" (DE, AT, CH, NL …) and "City, ST 12345"; without a town line it is all street.
    """
    parts = [p.strip() for p in re.split(r"\n|,\s*", text) if p.strip()]
    for index, part in enumerate(parts):
        match = _TOWN_LINE.fullmatch(part)
        if match:
            found = {"street": ", ".join(parts[:index]), "postcode": match.group(1), "city": match.group(2)}
            found["country"] = ", ".join(parts[index + 1 :])
            return {k: v for k, v in found.items() if v}
    lines = [p.strip() for p in text.split("\n") if p.strip()]
    for index, line in enumerate(lines):
        match = _US_TOWN_LINE.fullmatch(line)
        if match:
            found = {
                "street": ", ".join(lines[:index]),
                "city": match.group(1),
                "region": match.group(2),
                "postcode": match.group(3),
                "country": ", ".join(lines[index + 1 :]),
            }
            return {k: v for k, v in found.items() if v}
    return {"street": ", ".join(parts)}


def _expand_formatted_addresses(conv: RowConversion) -> None:
    """An address written in one cell fills its block's street, postcode, city and country — unless
    the block has them in their own columns already (Google writes both)."""
    formatted = conv.cells.pop("address_formatted", [])
    first_block = min(
        [c.priority for t in ("street", "postcode", "city") for c in conv.all(t)] + [c.priority for c in formatted],
        default=0,
    )
    for cell in formatted:
        if any(c.priority == cell.priority for t in ("street", "postcode", "city") for c in conv.all(t)):
            continue
        if cell.priority != first_block:
            conv.note(cell.header, cell.value)  # another block: kept whole, as written
            continue
        for key, value in split_formatted_address(cell.value).items():
            if key == "region":
                conv.note(f"{cell.header} (Region)", value)
                continue
            conv.cells.setdefault(key, []).append(Cell(cell.priority, cell.index, cell.header, value))
            conv.cells[key].sort(key=lambda c: (c.priority, c.index))


def convert_address(conv: RowConversion) -> str | None:
    """Country (Germany unless stated), street with extra lines, postcode checked for the country, city.

    Returns the country code (the phone numbers are checked for it); None when the file names a
    country no ISO list knows — it then stays as written (in the notes, with a warning), the country
    field stays empty and is never guessed as Germany.
    """
    _expand_formatted_addresses(conv)
    _choose_address_block(conv)
    country: str | None = "DE"
    cell = conv.take("country")
    if cell:
        code = country_code(cell.value)
        if code is None:
            conv.warn(
                cell.header,
                f"Land „{cell.value}“ nicht erkannt – steht so in den Notizen; das Land bleibt leer "
                "(bitte im Kontakt wählen). PLZ und Telefon werden nicht nach deutschen Regeln geprüft.",
            )
            conv.note(cell.header, cell.value)
            country = None
        else:
            country = code
    conv.record.fields["country"] = country or ""
    _convert_street(conv)
    cell = conv.take("postcode")
    if cell:
        message = validation.postcode_problem(cell.value, country or "ZZ")
        if message:
            leading_zero = country == "DE" and re.fullmatch(r"\d{4}", cell.value)
            hint = " Fehlt eine führende Null (Excel lässt sie weg)?" if leading_zero else ""
            conv.warn(cell.header, f"{message}{hint} – so übernommen, bitte prüfen.")
        conv.put_text("postcode", cell.header, cell.value)
    conv.take_text("city")
    return country


def _convert_street(conv: RowConversion) -> None:
    """Extra address lines of the same column group join the street ("Hauptstr. 1, Hinterhaus")."""
    street = conv.take("street")
    extras = conv.all("street_extra")
    if not street:
        for extra in extras:
            conv.note(extra.header, extra.value)
        return
    joined = [street.value]
    for extra in extras:
        if extra.priority == street.priority:
            joined.append(extra.value)
        else:
            conv.note(extra.header, extra.value)
    conv.put_text("street", street.header, ", ".join(joined))


def convert_email(conv: RowConversion) -> None:
    cell = conv.take("email")
    if not cell:
        return
    email = check_email(cell.value)
    if email is None:
        message = validation.email_problem(cell.value) or f"Die E-Mail-Adresse „{cell.value}“ ist ungültig."
        conv.warn(cell.header, f"{message} – steht in den Notizen.")
        conv.note(cell.header, cell.value)
    else:
        warning = validation.email_warning(email)
        if warning:
            conv.warn(cell.header, f"{warning} – so übernommen.")
        conv.put_text("email", cell.header, email)


_NUMERIC_CELL = re.compile(r"[1-9]\d{5,14}(\.0+)?")


def convert_phones(conv: RowConversion, country: str | None) -> None:
    """Phone, mobile, fax: stored as written; a number that is not valid for ``country`` is reported.

    A number of digits only without a leading 0 or + ("5221131180", "5221131180.0") is what a
    spreadsheet makes of a phone number stored as a number: it gets its own named warning.
    With an unknown country only international numbers (+…) are checked.
    """
    for target in ("phone", "mobile", "fax"):
        cell = conv.take(target)
        if not cell:
            continue
        value = cell.value
        if _NUMERIC_CELL.fullmatch(value):
            conv.warn(
                cell.header,
                f"Telefonnummer „{value}“ besteht nur aus Ziffern ohne führende 0 oder + – vermutlich als Zahl "
                "gespeichert (Excel lässt die führende Null weg). So übernommen, bitte prüfen.",
            )
            value = value.split(".")[0]
        elif country is not None or value.startswith("+"):
            message = validation.phone_problem(value, country or "DE")
            if message:
                conv.warn(cell.header, f"{message} – so übernommen, bitte prüfen.")
        conv.put_text(target, cell.header, value)


def convert_languages(conv: RowConversion) -> None:
    """The contact's free-text languages ("Deutsch, Türkisch")."""
    conv.take_text("languages")


def convert_volunteer(conv: RowConversion) -> None:
    """The volunteer profile: a yes/no column and any volunteer column make the person a volunteer."""
    volunteer: dict[str, Any] = {}
    is_volunteer = _volunteer_flag(conv)
    _volunteer_columns(conv, volunteer)
    _volunteer_status(conv, volunteer)
    _volunteer_languages(conv, volunteer)
    _volunteer_engagements(conv, volunteer)
    if is_volunteer is False and volunteer:
        conv.warn(None, "„Ehrenamtlich: nein“, aber Angaben zum Ehrenamt vorhanden – als ehrenamtlich übernommen.")
    if volunteer or is_volunteer:
        conv.record.volunteer = volunteer


def _volunteer_flag(conv: RowConversion) -> bool | None:
    cell = conv.take("volunteer")
    if not cell:
        return None
    flag = parse_bool(cell.value)
    if flag is None:
        conv.warn(cell.header, f"„{cell.value}“ ist weder ja noch nein – steht in den Notizen.")
        conv.note(cell.header, cell.value)
    return flag


def _volunteer_columns(conv: RowConversion, volunteer: dict[str, Any]) -> None:
    """Dates, yes/no and text columns of the profile; what cannot be read goes into the notes."""
    for target, column in VOLUNTEER_FIELDS.items():
        cell = conv.take(target)
        if not cell:
            continue
        header, value = cell.header, cell.value
        kind = cm.TARGET_BY_KEY[target].kind
        if kind == "date":
            parsed = parse_date_or_none(value)
            if parsed is None:
                conv.warn(header, f"ungültiges Datum „{value}“ (erwartet TT.MM.JJJJ) – steht in den Notizen.")
                conv.note(header, value)
                continue
            volunteer[column] = parsed
        elif kind == "bool":
            flag = parse_bool(value)
            if flag is None:
                conv.warn(header, f"„{value}“ ist weder ja noch nein – steht in den Notizen.")
                conv.note(header, value)
                continue
            volunteer[column] = flag
        else:
            volunteer[column] = conv.clip(header, value, cm.TARGET_BY_KEY[target].max_length)


def _volunteer_status(conv: RowConversion, volunteer: dict[str, Any]) -> None:
    cell = conv.take("volunteer_status")
    if not cell:
        return
    code = volunteer_status(cell.value)
    if code is None:
        conv.warn(cell.header, f"Status „{cell.value}“ unbekannt (aktiv, pausiert, inaktiv) – steht in den Notizen.")
        conv.note(cell.header, cell.value)
    else:
        volunteer["status"] = code


def _volunteer_languages(conv: RowConversion, volunteer: dict[str, Any]) -> None:
    """ "Türkisch (C1), Arabisch (Muttersprache)" → ``[("Türkisch", "C1"), ("Arabisch", "native")]``."""
    cell = conv.take("volunteer_languages")
    if not cell:
        return
    languages: list[tuple[str, str | None]] = []
    for part in split_list(cell.value):
        language, level = language_with_level(part)
        if len(language) > MAX_LANGUAGE_LENGTH:
            conv.warn(
                cell.header,
                f"Sprache „{language[:30]}…“ länger als {MAX_LANGUAGE_LENGTH} Zeichen – steht in den Notizen.",
            )
            conv.note(cell.header, part)
            continue
        if language not in [lang for lang, _ in languages]:
            languages.append((language, level))
    volunteer["languages"] = languages


def _volunteer_engagements(conv: RowConversion, volunteer: dict[str, Any]) -> None:
    cell = conv.take("volunteer_engagements")
    if not cell:
        return
    areas: list[str] = []
    for part in split_list(cell.value):
        area = part[:MAX_ENGAGEMENT_LENGTH]
        if area not in areas:
            areas.append(area)
    volunteer["engagements"] = areas


def convert_notes(conv: RowConversion) -> None:
    """The file's own notes column comes first, before "Column: value" lines of unmapped columns."""
    cell = conv.take("notes")
    if cell:
        conv.record.notes.insert(0, cell.value)


_LOST_LETTER = re.compile(r"(?:(?<=\w)\?(?=\w)|(?<![\w?])\?(?=\w{2}))")


def warn_lost_letters(conv: RowConversion) -> None:
    """ "?ükrü Y?ld?r?m": a "?" in place of a letter is what a Windows-1252 export makes of ş, ı, ğ."""
    for key in ("first_name", "last_name", "title", "street", "city", "function", "department"):
        value = conv.record.fields.get(key)
        if isinstance(value, str) and _LOST_LETTER.search(value):
            label = cm.TARGET_BY_KEY[key].label
            conv.warn(
                label,
                f"„{value}“ enthält „?“ an Stelle eines Buchstabens – beim Speichern der Datei verloren "
                "(z. B. türkische Buchstaben in einer Windows-1252-Datei). So übernommen, bitte korrigieren.",
            )
    if conv.record.organisation and _LOST_LETTER.search(conv.record.organisation):
        conv.warn(
            "Organisation",
            f"„{conv.record.organisation}“ enthält „?“ an Stelle eines Buchstabens – so übernommen, bitte korrigieren.",
        )


def finish_kind(conv: RowConversion) -> None:
    """Organisation or person, and a name for a person who has no family name.

    * A row marked as an organisation (vCard ``KIND:org``, Apple's company cards), or one that
      names only an organisation, becomes an organisation.
    * A given name alone, a nickname or a display name becomes the family name (as German
      registers keep one-part names), with a hint.
    * A row with nothing but an e-mail address becomes a person named by the address, marked
      for review in the notes.
    """
    record, fields = conv.record, conv.record.fields
    kind = conv.take("record_kind")
    has_person_name = bool(fields.get("last_name") or fields.get("first_name") or conv.all("nickname"))
    marked = bool(kind and kind.value.casefold() in ("organisation", "organization", "org", "company", "firma"))
    if record.organisation and (marked or not has_person_name):
        record.kind = "organisation"
        if fields.get("first_name") or fields.get("last_name"):
            conv.note("Ansprechperson", " ".join(p for p in (fields.get("first_name"), fields.get("last_name")) if p))
        for nickname in conv.all("nickname"):
            conv.note(nickname.header, nickname.value)
        return
    nickname = conv.take("nickname")
    if fields.get("last_name"):
        if nickname:
            conv.note(nickname.header, nickname.value)
        return
    if fields.get("first_name"):
        given = fields.pop("first_name")
        fields["last_name"] = given
        conv.problems.append(
            Problem(
                conv.number,
                None,
                f"nur ein Name („{given}“) – als Nachname gespeichert (so wie eingliedrige Namen geführt werden); bitte prüfen.",
                INFO,
            )
        )
        if nickname:
            conv.note(nickname.header, nickname.value)
        return
    if nickname:
        conv.put_text("last_name", nickname.header, nickname.value)
        conv.note(nickname.header, nickname.value)
        conv.problems.append(
            Problem(
                conv.number,
                None,
                f"nur ein Spitzname („{nickname.value}“) – als Nachname gespeichert; bitte prüfen.",
                INFO,
            )
        )
        return
    email = fields.get("email")
    if email:
        fields["last_name"] = email[: cm.TARGET_BY_KEY["last_name"].max_length or 120]
        conv.note("Zu prüfen", "Name fehlt – nach der E-Mail-Adresse benannt (Import)")
        conv.warn(None, f"kein Name, nur die E-Mail-Adresse – als „{email}“ angelegt und zum Prüfen markiert.")


def refuse_without_name(conv: RowConversion, first_problem: int) -> bool:
    """A row without any name (and no organisation, no e-mail) is not imported: its other problems go, one error says why."""
    if conv.record.fields.get("last_name") or conv.record.kind == "organisation":
        return False
    del conv.problems[first_problem:]
    conv.problems.append(Problem(conv.number, None, "kein Name – wird nicht importiert.", ERROR))
    return True


def convert_row(headers: list[str], mapping: list[str], row: RawRow, problems: list[Problem]) -> ContactRecord | None:
    """Check and convert one row; append its problems; None if it cannot be imported."""
    first_problem = len(problems)  # a refused row reports only why it is refused
    conv = RowConversion.start(headers, mapping, row, problems)
    convert_names(conv)
    convert_salutation(conv)
    convert_work(conv)
    country = convert_address(conv)
    convert_email(conv)
    convert_phones(conv, country)
    convert_languages(conv)
    convert_volunteer(conv)
    convert_notes(conv)
    convert_extras(conv)
    finish_kind(conv)
    if conv.record.kind != "organisation" and conv.record.website:
        conv.note("Webseite", conv.record.website)
        conv.record.website = None
    warn_lost_letters(conv)
    if refuse_without_name(conv, first_problem):
        return None
    return conv.record


def convert_extras(conv: RowConversion) -> None:
    """Web page: an organisation's own field, a person's notes."""
    for cell in conv.all("website"):
        if not conv.record.website:
            conv.record.website = cell.value[:300]
        elif cell.value != conv.record.website:
            conv.note(cell.header, cell.value)

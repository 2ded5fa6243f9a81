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
    volunteer_status,
)
from kidesk.services.name_folding import fold, same_text
from kidesk.services.tabular_source import ERROR, Problem, RawRow

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


@dataclass(frozen=True)
class Cell:
    """One non-empty value of the row and the column it came from."""

    priority: int  # of the column's header for its target: 0 is the best ("Telefon geschäftlich" before "Telefon 2")
    index: int
    header: str
    value: str


def collect_cells(headers: list[str], mapping: list[str], row: RawRow, notes: list[str]) -> dict[str, list[Cell]]:
    """The row's non-empty values per target, best column first; "→ Notizen" columns go to ``notes``."""
    cells: dict[str, list[Cell]] = {}
    for index, (target, value) in enumerate(zip(mapping, row.values, strict=False)):
        value = value.strip().replace("\r\n", "\n").replace("\r", "\n")
        if not value or value in EMPTY_MARKERS:
            continue
        header = headers[index] or f"Spalte {index + 1}"
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
        return cls(record, collect_cells(headers, mapping, row, record.notes), problems)

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
        parts = rest.split()
        if first_name:
            conv.put_text("last_name", header, rest)
        elif len(parts) > 1:
            conv.put_text("first_name", header, " ".join(parts[:-1]))
            conv.put_text("last_name", header, parts[-1])
        else:
            conv.put_text("last_name", header, rest)


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
            cell.header, f"Anrede „{cell.value}“ unbekannt (erwartet: Frau, Herr, divers) – steht in den Notizen."
        )
        conv.note(cell.header, cell.value)
        return
    conv.record.fields["salutation"] = salutation or "none"
    if titles and not conv.record.fields.get("title"):
        conv.put_text("title", cell.header, " ".join(titles))


def convert_work(conv: RowConversion) -> None:
    """Function, department, room, and the organisation (created on import when it is new)."""
    for target in ("function", "department", "room"):
        conv.take_text(target)
    cell = conv.take("organisation")
    if cell:
        conv.record.organisation = conv.clip(cell.header, cell.value, cm.TARGET_BY_KEY["organisation"].max_length)


def convert_address(conv: RowConversion) -> str:
    """Country (Germany unless stated), street with extra lines, postcode checked for the country, city.

    Returns the country code (the phone numbers are checked for it).
    """
    country = "DE"
    cell = conv.take("country")
    if cell:
        code = country_code(cell.value)
        if code is None:
            conv.warn(
                cell.header, f"Land „{cell.value}“ unbekannt – Deutschland angenommen, Angabe steht in den Notizen."
            )
            conv.note(cell.header, cell.value)
        else:
            country = code
    conv.record.fields["country"] = country
    _convert_street(conv)
    cell = conv.take("postcode")
    if cell:
        message = validation.postcode_problem(cell.value, country)
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
        conv.put_text("email", cell.header, email)


def convert_phones(conv: RowConversion, country: str) -> None:
    """Phone, mobile, fax: stored as written; a number that is not valid for ``country`` is reported."""
    for target in ("phone", "mobile", "fax"):
        cell = conv.take(target)
        if cell:
            message = validation.phone_problem(cell.value, country)
            if message:
                conv.warn(cell.header, f"{message} – so übernommen, bitte prüfen.")
            conv.put_text(target, cell.header, cell.value)


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


def refuse_without_name(conv: RowConversion, first_problem: int) -> bool:
    """A row without a last name is not imported: its other problems go, one error says why."""
    if conv.record.fields.get("last_name"):
        return False
    del conv.problems[first_problem:]
    if conv.record.fields.get("first_name"):
        message = "kein Nachname (nur ein Vorname) – wird nicht importiert."
    else:
        message = "kein Name – wird nicht importiert."
    conv.problems.append(Problem(conv.number, None, message, ERROR))
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
    if refuse_without_name(conv, first_problem):
        return None
    return conv.record

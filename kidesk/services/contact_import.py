"""Importing address lists: read → map columns → check every row → dry-run plan → apply.

The office's lists come as CSV (Excel, Outlook, Thunderbird, Google), XLSX or vCard files.
:func:`load_table` reads any of them into a :class:`~kidesk.services.tabular_source.RawTable`;
:func:`plan_import` checks every row without writing anything and returns an
:class:`ImportPlan` — what would be created, updated and skipped, with one line per problem;
:func:`apply_import` writes the confirmed plan in **one** transaction: all of it lands, or
(on an error or a cancel from the progress callback) none of it.

Rules for rows (the dry-run report names row, column and problem):

* A row without a last name (and no full name to take one from) is **skipped** (error).
* A row with more fields than the header is **skipped** (error; values have shifted).
* A row with fewer fields is read with the missing fields empty (warning).
* A value longer than its database column is **truncated** to the column length (warning) and
  the full text is kept in the notes — nothing is lost and no row is refused for length.
* An invalid e-mail, an unknown salutation, an unknown country, an invalid date or yes/no are
  **not** stored in their field; the original text goes into the notes (warning).
* A phone number that is not a valid number, a postcode that does not fit its country (five
  digits in Germany) are stored as written (warning): they are still useful on paper.
* Columns without a field go into the notes as "Column: value".
* A row identical to an earlier row is skipped (info); a row that describes the same person as
  an earlier row (same name and e-mail) is merged into it, differing values into the notes.
* A row matching a contact in the database (same e-mail and compatible name, or same name and
  one more matching detail: phone, mobile, organisation, street, postcode) *updates* it: empty fields are
  filled, nothing is overwritten; differing values are reported. Without anything new it is
  skipped. A row that only shares a name or only an e-mail with a contact is created, with a
  warning naming the possible duplicate (the dialog lets the user choose per row); so is a row
  whose name is merely *similar* to a contact's (RapidFuzz, :class:`~kidesk.services.duplicates.NameIndex`).

E-mail, phone and postcode are checked by :mod:`kidesk.services.validation`, the same rules the
contact editor applies; the import only decides what happens to a value that fails them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from kidesk.db.database import Database
from kidesk.db import vocab
from kidesk.db.models import Affiliation, Contact, Organisation, Volunteer, VolunteerEngagement, VolunteerLanguage
from kidesk.errors import UserError
from kidesk.services import column_mapping as cm
from kidesk.services import validation
from kidesk.services.csv_sniffing import ImportFileError, read_csv_grid
from kidesk.services.duplicates import NameIndex
from kidesk.services.name_folding import fold, fold_email, name_key, same_text
from kidesk.services.tabular_source import ERROR, INFO, WARNING, Problem, RawRow, RawTable

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

FORMATS = ("csv", "xlsx", "vcf")
_EXTENSIONS = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".vcf": "vcf", ".vcard": "vcf"}
CONTACT_TEXT_FIELDS = (
    "title", "first_name", "last_name", "function", "department", "phone", "mobile", "fax", "email",
    "room", "street", "postcode", "city", "languages",
)
CONTACT_FIELDS = ("salutation", *CONTACT_TEXT_FIELDS, "country", "notes")
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
FIELD_LABELS = {
    "salutation": "Anrede", "title": "Titel", "first_name": "Vorname", "last_name": "Nachname",
    "function": "Funktion", "department": "Abteilung", "phone": "Telefon", "mobile": "Mobil", "fax": "Fax",
    "email": "E-Mail", "room": "Raum", "street": "Straße", "postcode": "PLZ", "city": "Ort", "country": "Land",
    "languages": "Sprachen", "notes": "Notizen",
}
_EMPTY_MARKERS = {"0.0.00", "00.00.0000", "0/0/00", "1/1/1601", "01.01.1601"}  # Outlook's "no date"

SALUTATION_WORDS = {
    "frau": "mrs", "fr": "mrs", "mrs": "mrs", "ms": "mrs", "miss": "mrs", "madame": "mrs", "mme": "mrs",
    "herr": "mr", "herrn": "mr", "hr": "mr", "mr": "mr", "monsieur": "mr",
    "divers": "diverse", "diverse": "diverse", "mx": "diverse",
}
_NO_SALUTATION = {"", "keineangabe", "none", "ohne", "keine"}
_TITLE_WORDS = {"dr", "prof", "professor", "dipl", "mag", "ing", "med", "phil", "rer", "nat", "jur", "habil", "pd",
                "ma", "ba", "msc", "bsc", "llm", "mba", "dent", "vet", "doktor"}
COUNTRY_CODES = {
    "de": "DE", "d": "DE", "deu": "DE", "deutschland": "DE", "germany": "DE", "bundesrepublikdeutschland": "DE",
    "at": "AT", "a": "AT", "österreich": "AT", "oesterreich": "AT", "austria": "AT",
    "ch": "CH", "schweiz": "CH", "switzerland": "CH", "nl": "NL", "niederlande": "NL", "netherlands": "NL",
    "be": "BE", "belgien": "BE", "belgium": "BE", "fr": "FR", "frankreich": "FR", "france": "FR",
    "pl": "PL", "polen": "PL", "poland": "PL", "tr": "TR", "türkei": "TR", "tuerkei": "TR", "turkey": "TR", "türkiye": "TR",
    "lu": "LU", "luxemburg": "LU", "luxembourg": "LU", "dk": "DK", "dänemark": "DK", "denmark": "DK",
    "it": "IT", "italien": "IT", "italy": "IT", "es": "ES", "spanien": "ES", "spain": "ES",
    "gb": "GB", "uk": "GB", "großbritannien": "GB", "vereinigteskönigreich": "GB", "unitedkingdom": "GB",
    "us": "US", "usa": "US", "vereinigtestaaten": "US", "unitedstates": "US",
}
VOLUNTEER_STATUS_BY_TEXT = {
    **{code: code for code in vocab.VOLUNTEER_STATUSES},
    **{label.casefold(): code for code, label in vocab.VOLUNTEER_STATUS_LABELS.items()},
}
_TRUE = {"ja", "j", "yes", "y", "x", "1", "true", "wahr", "✓", "✔"}
_FALSE = {"nein", "n", "no", "0", "false", "falsch", "-"}
_DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M")


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Import abgebrochen – die Datenbank ist unverändert.")


# --------------------------------------------------------------------------- reading


def guess_format(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.casefold()
    if suffix == ".xls":
        raise ImportFileError(f"{Path(path).name}: das alte Excel-Format (.xls) wird nicht gelesen. Bitte in Excel als .xlsx speichern.")
    if suffix not in _EXTENSIONS:
        raise ImportFileError(
            f"{Path(path).name}: unbekanntes Dateiformat „{suffix or 'ohne Endung'}“. Bitte csv, xlsx oder vcf angeben (--format)."
        )
    return _EXTENSIONS[suffix]


def load_table(path: str | os.PathLike[str], fmt: str | None = None, *, sheet: str | None = None) -> RawTable:
    """Read a CSV, XLSX or vCard file into a table (no database access)."""
    path = Path(path)
    fmt = fmt or guess_format(path)
    if fmt not in FORMATS:
        raise ImportFileError(f"Unbekanntes Format „{fmt}“. Möglich sind: {', '.join(FORMATS)}.")
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(f"Die Datei {path} gibt es nicht. Bitte den Pfad prüfen.") from exc
    except IsADirectoryError as exc:
        raise ImportFileError(f"{path} ist ein Ordner, keine Datei.") from exc
    except OSError as exc:
        raise ImportFileError(f"{path} kann nicht gelesen werden ({exc.strerror}).") from exc
    name = path.name
    if fmt == "csv":
        grid, description, problems = read_csv_grid(data, name)
        table = cm.build_table(grid, "csv", description, problems)
    elif fmt == "xlsx":
        from kidesk.services.xlsx_io import read_xlsx_grid

        grid, description, problems = read_xlsx_grid(data, name, sheet=sheet)
        table = cm.build_table(grid, "xlsx", description, problems, strict_width=False)
    else:
        from kidesk.services.vcard_io import read_vcard_table

        table = read_vcard_table(data, name)
    if not table.headers:
        raise ImportFileError(f"{name} enthält keine Daten (nur leere Zeilen).")
    return table


# --------------------------------------------------------------------------- one row


@dataclass
class ContactRecord:
    """The values one row gives, already checked and converted."""

    row: int
    fields: dict[str, Any] = field(default_factory=dict)  # Contact column → value
    organisation: str | None = None
    volunteer: dict[str, Any] | None = None  # Volunteer column → value, plus "engagements"
    notes: list[str] = field(default_factory=list)
    also_rows: list[int] = field(default_factory=list)
    organisation_hint: str = ""  # while converting: lets a display name that is the organisation's pass

    @property
    def label(self) -> str:
        last, first = self.fields.get("last_name") or "", self.fields.get("first_name") or ""
        return f"{last}, {first}" if first else last

    def identity(self) -> tuple:
        items = tuple(sorted((k, v) for k, v in self.fields.items() if v not in (None, "")))
        vol = tuple(sorted((k, str(v)) for k, v in (self.volunteer or {}).items()))
        return items, self.organisation or "", vol, tuple(self.notes)

    def notes_text(self) -> str | None:
        text = "\n".join(p for p in self.notes if p)
        return text or None


def parse_salutation(text: str) -> tuple[str | None, list[str], list[str]]:
    """``(salutation code or None, title parts, unknown words)`` from "Herr Dr." and the like.

    Words with a full stop and known title words (Dr, Prof, Dipl …) are the academic title;
    anything else is unknown and reported.
    """
    if fold(text) in _NO_SALUTATION:
        return "none", [], []
    salutation, titles, unknown = None, [], []
    for token in text.replace(",", " ").split():
        plain = token.casefold().strip(".:")
        folded = fold(token)
        if plain in SALUTATION_WORDS and salutation is None:
            salutation = SALUTATION_WORDS[plain]
        elif folded in _NO_SALUTATION:
            continue
        elif "." in token or folded in _TITLE_WORDS:
            titles.append(token)
        else:
            unknown.append(token)
    return salutation, titles, unknown


def parse_date(text: str) -> dt.date | None:
    value = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if 1900 <= parsed.year <= 2100:
            return parsed
    return None


def parse_bool(text: str) -> bool | None:
    norm = text.strip().casefold()
    if norm in _TRUE:
        return True
    if norm in _FALSE:
        return False
    return None


def check_email(text: str) -> str | None:
    """The address as written (without a ``mailto:``), or None when the shared rule refuses it."""
    value = text.strip()
    if value.casefold().startswith("mailto:"):
        value = value[7:]
    return None if validation.email_problem(value) else value


def country_code(text: str) -> str | None:
    norm = re.sub(r"[\W_]+", "", text.casefold())
    if norm in COUNTRY_CODES:
        return COUNTRY_CODES[norm]
    if re.fullmatch(r"[A-Za-z]{2}", text.strip()):
        return text.strip().upper()  # an ISO 3166 code we have no name for
    return None


def _phone_kind(label: str) -> str:
    norm = label.casefold()
    if "fax" in norm:
        return "fax"
    if any(w in norm for w in ("mobil", "mobile", "handy", "cell")):
        return "mobile"
    return "phone"


def convert_row(
    headers: list[str], mapping: list[str], row: RawRow, problems: list[Problem]
) -> ContactRecord | None:
    """Check and convert one row; append its problems; None if it cannot be imported."""
    record = ContactRecord(row=row.number)
    first_problem = len(problems)  # a refused row reports only why it is refused
    notes = record.notes
    number = row.number

    def note(header: str, value: str) -> None:
        notes.append(f"{header}: {value}")

    # Collect the non-empty values per target, best priority first.
    by_target: dict[str, list[tuple[int, int, str, str]]] = {}
    for index, (target, value) in enumerate(zip(mapping, row.values, strict=False)):
        value = value.strip().replace("\r\n", "\n").replace("\r", "\n")
        if not value or value in _EMPTY_MARKERS:
            continue
        header = headers[index] or f"Spalte {index + 1}"
        if target == cm.IGNORE:
            continue
        if target == cm.NOTES_COLUMN:
            note(header, value)
            continue
        if target == "phone_any":
            label_index = cm.phone_label_column(headers, index)
            label = row.values[label_index] if label_index is not None and label_index < len(row.values) else ""
            target = _phone_kind(label)
        by_target.setdefault(target, []).append((cm.column_priority(header), index, header, value))
    for values in by_target.values():
        values.sort(key=lambda v: (v[0], v[1]))

    def first(target: str) -> tuple[str, str] | None:
        values = by_target.get(target)
        if not values:
            return None
        _, _, header, value = values[0]
        for _, _, other_header, other in values[1:]:
            if not same_text(other, value):
                note(other_header, other)
        # Google puts several values into one cell: "a@x.de ::: b@y.de"
        if " ::: " in value and cm.normalise_header(header).endswith("value"):
            value, *rest = value.split(" ::: ")
            for extra in rest:
                note(header, extra)
        return header, value

    def put_text(key: str, target: str, header: str, value: str) -> None:
        limit = cm.TARGET_BY_KEY[target].max_length
        if limit and len(value) > limit:
            problems.append(
                Problem(number, header, f"{len(value)} Zeichen, gekürzt auf {limit}; der volle Text steht in den Notizen.")
            )
            note(f"{header} (vollständig)", value)
            value = value[:limit].rstrip()
        record.fields[key] = value

    for target in ("first_name", "last_name", "function", "department", "room", "city", "languages", "title"):
        got = first(target)
        if got:
            put_text(target, target, *got)
    middle = first("middle_name")
    if middle:
        combined = " ".join(p for p in (record.fields.get("first_name"), middle[1]) if p)
        put_text("first_name", "first_name", middle[0], combined)
    org_values = by_target.get("organisation")
    record.organisation_hint = org_values[0][3] if org_values else ""
    full = first("full_name")
    if full and not record.fields.get("last_name"):
        header, value = full
        first_name = record.fields.get("first_name")
        if first_name and first_name.casefold() not in value.casefold():
            put_text("last_name", "last_name", header, value)  # "Name" next to "Vorname" is the last name
        elif "," in value:
            last, _, given = value.partition(",")
            put_text("last_name", "last_name", header, last.strip())
            if given.strip() and not first_name:
                put_text("first_name", "first_name", header, given.strip())
        else:
            rest = value.replace(first_name, "", 1).strip() if first_name and value.startswith(first_name) else value
            parts = rest.split()
            if first_name:
                put_text("last_name", "last_name", header, rest)
            elif len(parts) > 1:
                put_text("first_name", "first_name", header, " ".join(parts[:-1]))
                put_text("last_name", "last_name", header, parts[-1])
            else:
                put_text("last_name", "last_name", header, rest)
    elif full:
        # A display name ("Dr. Ayşe Yılmaz", "Yılmaz, Ayşe") that only repeats the name parts adds nothing.
        known = {fold(w) for key in ("title", "first_name", "last_name") for w in (record.fields.get(key) or "").split()}
        known |= {fold(w) for values in (by_target.get("salutation", []), by_target.get("middle_name", [])) for v in values for w in v[3].split()}
        known |= {fold(w) for w in (record.organisation_hint or "").split()}
        if {fold(w) for w in full[1].split()} - known - {""}:
            note(*full)

    got = first("salutation")
    if got:
        header, value = got
        salutation, titles, unknown = parse_salutation(value)
        if unknown or salutation is None and not titles:
            problems.append(Problem(number, header, f"Anrede „{value}“ unbekannt (erwartet: Frau, Herr, divers) – steht in den Notizen."))
            note(header, value)
        else:
            record.fields["salutation"] = salutation or "none"
            if titles and not record.fields.get("title"):
                put_text("title", "title", header, " ".join(titles))

    got = first("organisation")
    if got:
        header, value = got
        limit = cm.TARGET_BY_KEY["organisation"].max_length
        if len(value) > limit:
            problems.append(Problem(number, header, f"{len(value)} Zeichen, gekürzt auf {limit}; der volle Text steht in den Notizen."))
            note(f"{header} (vollständig)", value)
            value = value[:limit].rstrip()
        record.organisation = value

    country = "DE"
    got = first("country")
    if got:
        header, value = got
        code = country_code(value)
        if code is None:
            problems.append(Problem(number, header, f"Land „{value}“ unbekannt – Deutschland angenommen, Angabe steht in den Notizen."))
            note(header, value)
        else:
            country = code
    record.fields["country"] = country

    got = first("email")
    if got:
        header, value = got
        email = check_email(value)
        if email is None:
            message = validation.email_problem(value) or f"Die E-Mail-Adresse „{value}“ ist ungültig."
            problems.append(Problem(number, header, f"{message} – steht in den Notizen."))
            note(header, value)
        else:
            put_text("email", "email", header, email)

    for target in ("phone", "mobile", "fax"):
        got = first(target)
        if got:
            header, value = got
            message = validation.phone_problem(value, country)
            if message:
                problems.append(Problem(number, header, f"{message} – so übernommen, bitte prüfen."))
            put_text(target, target, header, value)

    street = first("street")
    extras = by_target.get("street_extra", [])
    if street:
        street_priority = cm.column_priority(street[0])
        joined = [street[1]]
        for priority, _, header, value in extras:
            if priority == street_priority:
                joined.append(value)
            else:
                note(header, value)
        put_text("street", "street", street[0], ", ".join(joined))
    else:
        for _, _, header, value in extras:
            note(header, value)

    got = first("postcode")
    if got:
        header, value = got
        message = validation.postcode_problem(value, country)
        if message:
            hint = " Fehlt eine führende Null (Excel lässt sie weg)?" if country == "DE" and re.fullmatch(r"\d{4}", value) else ""
            problems.append(Problem(number, header, f"{message}{hint} – so übernommen, bitte prüfen."))
        put_text("postcode", "postcode", header, value)

    # Volunteer columns.
    volunteer: dict[str, Any] = {}
    is_volunteer = None
    got = first("volunteer")
    if got:
        is_volunteer = parse_bool(got[1])
        if is_volunteer is None:
            problems.append(Problem(number, got[0], f"„{got[1]}“ ist weder ja noch nein – steht in den Notizen."))
            note(*got)
    for target, column in VOLUNTEER_FIELDS.items():
        got = first(target)
        if not got:
            continue
        header, value = got
        kind = cm.TARGET_BY_KEY[target].kind
        if kind == "date":
            parsed = parse_date(value)
            if parsed is None:
                problems.append(Problem(number, header, f"ungültiges Datum „{value}“ (erwartet TT.MM.JJJJ) – steht in den Notizen."))
                note(header, value)
                continue
            volunteer[column] = parsed
        elif kind == "bool":
            parsed = parse_bool(value)
            if parsed is None:
                problems.append(Problem(number, header, f"„{value}“ ist weder ja noch nein – steht in den Notizen."))
                note(header, value)
                continue
            volunteer[column] = parsed
        else:
            limit = cm.TARGET_BY_KEY[target].max_length
            if limit and len(value) > limit:
                problems.append(Problem(number, header, f"{len(value)} Zeichen, gekürzt auf {limit}; der volle Text steht in den Notizen."))
                note(f"{header} (vollständig)", value)
                value = value[:limit].rstrip()
            volunteer[column] = value
    got = first("volunteer_status")
    if got:
        header, value = got
        code = VOLUNTEER_STATUS_BY_TEXT.get(value.strip().casefold())
        if code is None:
            problems.append(Problem(number, header, f"Status „{value}“ unbekannt (aktiv, pausiert, inaktiv) – steht in den Notizen."))
            note(header, value)
        else:
            volunteer["status"] = code
    got = first("volunteer_languages")
    if got:
        header, value = got
        languages = []
        for part in re.split(r"[,;\n]", value):
            part = part.strip()
            if not part:
                continue
            match = re.fullmatch(r"(.+?)\s*\(\s*([ABC][12]|native|muttersprache|Muttersprache)\s*\)", part, re.IGNORECASE)
            language, level = (match.group(1).strip(), match.group(2)) if match else (part, None)
            if level:
                level = "native" if level.casefold() in ("native", "muttersprache") else level.upper()
            if len(language) > 60:
                problems.append(Problem(number, header, f"Sprache „{language[:30]}…“ länger als 60 Zeichen – steht in den Notizen."))
                note(header, part)
                continue
            if language not in [lang for lang, _ in languages]:
                languages.append((language, level))
        volunteer["languages"] = languages
    got = first("volunteer_engagements")
    if got:
        areas = []
        for part in re.split(r"[,;\n]", got[1]):
            part = part.strip()[:120]
            if part and part not in areas:
                areas.append(part)
        volunteer["engagements"] = areas
    if is_volunteer is False and volunteer:
        problems.append(Problem(number, None, "„Ehrenamtlich: nein“, aber Angaben zum Ehrenamt vorhanden – als ehrenamtlich übernommen."))
    if volunteer or is_volunteer:
        record.volunteer = volunteer

    got = first("notes")
    if got:
        notes.insert(0, got[1])

    if not record.fields.get("last_name"):
        del problems[first_problem:]
        if record.fields.get("first_name"):
            problems.append(Problem(number, None, "kein Nachname (nur ein Vorname) – wird nicht importiert.", ERROR))
        else:
            problems.append(Problem(number, None, "kein Name – wird nicht importiert.", ERROR))
        return None
    return record


# --------------------------------------------------------------------------- the plan


CREATE, UPDATE, SKIP = "create", "update", "skip"
ACTION_LABELS = {CREATE: "neu anlegen", UPDATE: "ergänzen", SKIP: "überspringen"}


@dataclass
class PlannedContact:
    record: ContactRecord
    action: str
    existing_id: int | None = None  # UPDATE: the contact to fill
    duplicate_of: int | None = None  # CREATE: a contact that might be the same person
    duplicate_label: str = ""
    duplicate_reason: str = ""  # "gleicher Name", "gleiche E-Mail", "ähnlicher Name"
    reason: str = ""

    @property
    def row(self) -> int:
        return self.record.row


@dataclass
class ImportPlan:
    table: RawTable
    mapping: list[str]
    items: list[PlannedContact]
    problems: list[Problem]
    skipped_rows: int  # rows with errors (not in items)
    new_organisations: list[str]

    def count(self, action: str) -> int:
        return sum(1 for item in self.items if item.action == action)

    @property
    def importable(self) -> int:
        return self.count(CREATE) + self.count(UPDATE)

    def summary(self) -> str:
        parts = [
            f"{self.count(CREATE)} neu",
            f"{self.count(UPDATE)} ergänzt",
            f"{self.count(SKIP) + self.skipped_rows} übersprungen",
        ]
        text = ", ".join(parts)
        if self.new_organisations:
            text += f"; {len(self.new_organisations)} neue Organisation(en)"
        errors = sum(1 for p in self.problems if p.severity == ERROR)
        warnings = sum(1 for p in self.problems if p.severity == WARNING)
        return f"{text}; {errors} Fehler, {warnings} Hinweise ({self.table.description})"

    def problem_lines(self) -> list[str]:
        return [p.describe(self.table.row_word) for p in sorted(self.problems, key=_problem_order)]


def _problem_order(problem: Problem) -> tuple:
    return (problem.row is not None, problem.row or 0)


@dataclass
class _Existing:
    id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    mobile: str
    street: str
    postcode: str
    organisations: set[str]


def _load_existing(session: Session) -> tuple[dict[str, list[_Existing]], dict[tuple[str, str], list[_Existing]]]:
    by_email: dict[str, list[_Existing]] = {}
    by_name: dict[tuple[str, str], list[_Existing]] = {}
    orgs: dict[int, set[str]] = {}
    for contact_id, org_name in session.execute(
        select(Affiliation.contact_id, Organisation.name).join(Affiliation.organisation)
    ):
        orgs.setdefault(contact_id, set()).add(org_name.casefold())
    rows = session.execute(
        select(
            Contact.id, Contact.first_name, Contact.last_name, Contact.email, Contact.phone, Contact.mobile,
            Contact.street, Contact.postcode,
        )
    )
    for cid, first, last, email, phone, mobile, street, postcode in rows:
        item = _Existing(
            cid, first or "", last or "", fold_email(email), _digits(phone) or fold(phone), _digits(mobile) or fold(mobile),
            fold(street), fold(postcode), orgs.get(cid, set()),
        )
        if item.email:
            by_email.setdefault(item.email, []).append(item)
        by_name.setdefault(name_key(first, last), []).append(item)
    return by_email, by_name


def _digits(text: str | None) -> str:
    digits = re.sub(r"\D", "", text or "")
    if digits.startswith("49"):
        digits = "0" + digits[2:]
    return digits


def _corroborated(record: ContactRecord, existing: _Existing) -> bool:
    f = record.fields
    if f.get("email") and fold_email(f["email"]) == existing.email:
        return True
    for value, other in ((f.get("phone"), existing.phone), (f.get("mobile"), existing.mobile)):
        if value and (_digits(value) or fold(value)) == other:
            return True
    if f.get("postcode") and fold(f["postcode"]) == existing.postcode:
        return True
    if record.organisation and record.organisation.casefold() in existing.organisations:
        return True
    return bool(f.get("street") and fold(f["street"]) == existing.street)


def _names_compatible(record: ContactRecord, existing: _Existing) -> bool:
    key = name_key(record.fields.get("first_name"), record.fields.get("last_name"))
    if key == name_key(existing.first_name, existing.last_name):
        return True
    # Same last name, one side without first name (or an initial).
    if fold(record.fields.get("last_name")) == fold(existing.last_name):
        a, b = fold(record.fields.get("first_name")), fold(existing.first_name)
        return not a or not b or a[0] == b[0]
    return False


def _check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def plan_import(
    db: Database, table: RawTable, mapping: list[str] | None = None, *, progress: Progress | None = None
) -> ImportPlan:
    """Check every row and decide create/update/skip. Writes nothing."""
    with db.session() as session:
        if mapping is None:
            if table.kind == "vcf":
                mapping = cm.suggest_mapping(table.headers)
            else:
                mapping, _ = cm.mapping_for(session, table.headers)
        if len(mapping) != len(table.headers):
            raise ValueError("mapping and header differ in length")
        if not cm.mapping_is_usable(mapping):
            shown = ", ".join(f"„{h}“" for h in table.headers[:12]) + (" …" if len(table.headers) > 12 else "")
            raise ImportFileError(
                f"In der Kopfzeile ist keine bekannte Namensspalte (gefunden: {shown}). "
                "Bitte im Zuordnungsdialog eine Spalte „Nachname“ oder „Name“ zuordnen oder die Kopfzeile anpassen."
            )
        if not table.rows:
            raise ImportFileError("Die Datei enthält nur eine Kopfzeile und keine Adressen.")
        by_email, by_name = _load_existing(session)
        names = NameIndex([(e.id, e.first_name, e.last_name) for group in by_name.values() for e in group])
        known_orgs = {name.casefold() for name in session.scalars(select(Organisation.name))}
        problems = list(table.problems)
        error_rows = {p.row for p in problems if p.severity == ERROR and p.row is not None}
        items: list[PlannedContact] = []
        seen_identity: dict[tuple, int] = {}
        seen_person: dict[tuple, PlannedContact] = {}
        seen_name: dict[object, int] = {}
        new_orgs: dict[str, str] = {}
        total = len(table.rows)
        for done, raw in enumerate(table.rows, start=1):
            if done % 50 == 0 or done == total:
                _check_progress(progress, done, total)
            record = convert_row(table.headers, mapping, raw, problems)
            if record is None:
                error_rows.add(raw.number)
                continue
            identity = record.identity()
            if identity in seen_identity:
                problems.append(
                    Problem(raw.number, None, f"identisch mit {table.row_word} {seen_identity[identity]} – übersprungen.", INFO)
                )
                items.append(PlannedContact(record, SKIP, reason=f"doppelt (Zeile {seen_identity[identity]})"))
                continue
            seen_identity[identity] = raw.number
            email = fold_email(record.fields.get("email"))
            person = (name_key(record.fields.get("first_name"), record.fields.get("last_name")), email)
            if email and person in seen_person:
                earlier = seen_person[person]
                conflicts = merge_record_into(earlier.record, record)
                earlier.record.also_rows.append(raw.number)
                text = f"dieselbe Person wie {table.row_word} {earlier.row} – zusammengeführt"
                if conflicts:
                    text += "; abweichend (in die Notizen): " + ", ".join(conflicts)
                problems.append(Problem(raw.number, None, text + ".", INFO if not conflicts else WARNING))
                items.append(PlannedContact(record, SKIP, reason=f"mit Zeile {earlier.row} zusammengeführt"))
                continue
            item = _match(record, by_email, by_name, names)
            if email:
                seen_person[person] = item
            same_name_row = seen_name.get(person[0]) if person[0] else None
            if same_name_row is not None and item.action == CREATE and item.duplicate_of is None:
                # Müller in row 2 and Mueller in row 3 with other e-mails: say so before both land,
                # in the problems list and in the row's own note (the report's "Hinweis" column)
                item.reason = f"gleicher Name wie {table.row_word} {same_name_row} – mögliche Dublette"
                problems.append(Problem(
                    raw.number, None,
                    f"gleicher Name wie {table.row_word} {same_name_row} – mögliche Dublette, wird trotzdem neu angelegt; "
                    "bitte nach dem Import die beiden Kontakte vergleichen.",
                ))
            elif person[0]:
                seen_name.setdefault(person[0], raw.number)
            items.append(item)
        for item in items:
            if item.action == CREATE and item.duplicate_of is not None:
                _skip_if_nothing_new(session, item, by_name)
            if item.action == CREATE and item.duplicate_of is not None:
                problems.append(
                    Problem(
                        item.row,
                        None,
                        f"mögliche Dublette von Kontakt {item.duplicate_of} ({item.duplicate_label}, {item.duplicate_reason}) "
                        "– wird neu angelegt; im Import-Dialog kann stattdessen „ergänzen“ oder „überspringen“ gewählt werden.",
                    )
                )
        updates = [item for item in items if item.action == UPDATE]
        preloaded = _preload_contacts(session, sorted({item.existing_id for item in updates}))  # noqa: F841 (kept alive)
        for item in updates:
            _check_update(session, item, problems)
        for item in items:
            if item.record.organisation and item.action != SKIP:
                key = item.record.organisation.casefold()
                if key not in known_orgs and key not in new_orgs:
                    new_orgs[key] = item.record.organisation
    return ImportPlan(
        table=table,
        mapping=list(mapping),
        items=items,
        problems=problems,
        skipped_rows=len(error_rows),
        new_organisations=list(new_orgs.values()),
    )


def _skip_if_nothing_new(session: Session, item: PlannedContact, by_name) -> None:
    """A row that only repeats a same-name contact (a sparse record exported and imported again) is that contact."""
    key = name_key(item.record.fields.get("first_name"), item.record.fields.get("last_name"))
    for existing in by_name.get(key, []):
        contact = session.get(Contact, existing.id)
        if contact is not None and not would_change(session, contact, item) and not _differs(contact, item.record):
            item.action, item.existing_id, item.duplicate_of = SKIP, existing.id, None
            item.reason = f"schon vorhanden (Kontakt {existing.id})"
            return


def _differs(contact: Contact, record: ContactRecord) -> bool:
    for key in CONTACT_FIELDS:
        value = record.fields.get(key)
        current = getattr(contact, key)
        if key in ("notes", "country") or value in (None, "") or current in (None, ""):
            continue
        if key == "salutation" and "none" in (value, current):
            continue
        if not same_text(str(current), str(value)):
            return True
    return False


def _check_update(session: Session, item: PlannedContact, problems: list[Problem]) -> None:
    """Turn an update that brings nothing new into a skip; report values that differ."""
    contact = session.get(Contact, item.existing_id)
    if contact is None:
        item.action, item.existing_id = CREATE, None
        return
    differing = []
    for key in CONTACT_FIELDS:
        value = item.record.fields.get(key)
        current = getattr(contact, key)
        if key in ("notes", "country") or value in (None, "") or current in (None, ""):
            continue
        if key == "salutation" and (current == "none" or value == "none"):
            continue
        if not same_text(str(current), str(value)):
            differing.append(f"{FIELD_LABELS.get(key, key)} „{value}“ (gespeichert: „{current}“)")
    if not would_change(session, contact, item):
        item.action = SKIP
        item.reason = f"schon vorhanden (Kontakt {contact.id})"
    if differing:
        problems.append(
            Problem(
                item.row,
                None,
                f"Kontakt {contact.id} ({contact.sort_name}) hat andere Angaben; nicht überschrieben: " + "; ".join(differing) + ".",
                INFO,
            )
        )


def merge_record_into(target: ContactRecord, other: ContactRecord) -> list[str]:
    """Fill ``target``'s empty values from ``other``; differing values go into target's notes."""
    conflicts = []
    for key, value in other.fields.items():
        if value in (None, ""):
            continue
        current = target.fields.get(key)
        if current in (None, "") or (key == "salutation" and current == "none"):
            target.fields[key] = value
        elif not same_text(str(current), str(value)) and key != "country":
            conflicts.append(FIELD_LABELS.get(key, key))
            target.notes.append(f"{FIELD_LABELS.get(key, key)} (Zeile {other.row}): {value}")
    if other.organisation and not target.organisation:
        target.organisation = other.organisation
    elif other.organisation and not same_text(other.organisation, target.organisation):
        target.notes.append(f"Organisation (Zeile {other.row}): {other.organisation}")
        conflicts.append("Organisation")
    if other.volunteer is not None:
        target.volunteer = {**(other.volunteer or {}), **(target.volunteer or {})}
    for line in other.notes:
        if line not in target.notes:
            target.notes.append(line)
    return conflicts


def _match(record: ContactRecord, by_email, by_name, names: NameIndex | None = None) -> PlannedContact:
    email = fold_email(record.fields.get("email"))
    key = name_key(record.fields.get("first_name"), record.fields.get("last_name"))
    for existing in by_email.get(email, []) if email else []:
        if _names_compatible(record, existing):
            return PlannedContact(record, UPDATE, existing_id=existing.id, reason=f"gleiche E-Mail wie Kontakt {existing.id}")
    for existing in by_name.get(key, []):
        if _corroborated(record, existing):
            return PlannedContact(record, UPDATE, existing_id=existing.id, reason=f"gleicher Name wie Kontakt {existing.id}")
    candidates = [(c, "gleicher Name") for c in by_name.get(key, [])]
    candidates += [(c, "gleiche E-Mail") for c in by_email.get(email, [])] if email else []
    if not candidates and names is not None:
        similar = names.similar(record.fields.get("first_name"), record.fields.get("last_name"))
        if similar:
            sid, sfirst, slast, _score = similar
            candidates = [(_Existing(sid, sfirst, slast, "", "", "", "", "", set()), "ähnlicher Name")]
    item = PlannedContact(record, CREATE)
    if candidates:
        c, why = candidates[0]
        item.duplicate_of = c.id
        item.duplicate_label = f"{c.last_name}, {c.first_name}" if c.first_name else c.last_name
        item.duplicate_reason = why
    return item


# --------------------------------------------------------------------------- applying


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    organisations_created: int = 0
    contact_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.created} Kontakte angelegt, {self.updated} ergänzt, {self.skipped} übersprungen"
        if self.organisations_created:
            text += f", {self.organisations_created} Organisationen angelegt"
        return text + "."


def _fill_contact(contact: Contact, record: ContactRecord) -> bool:
    changed = False
    for key in CONTACT_FIELDS:
        if key == "notes":
            continue
        value = record.fields.get(key)
        if value in (None, ""):
            continue
        current = getattr(contact, key)
        if key == "country":
            if contact.id is None:
                contact.country = value
            continue
        if current in (None, "") or (key == "salutation" and current == "none"):
            setattr(contact, key, value)
            changed = True
    notes = record.notes_text()
    if notes and notes not in (contact.notes or ""):
        contact.notes = f"{contact.notes}\n{notes}" if contact.notes else notes
        changed = True
    return changed


def _fill_volunteer(session: Session, contact: Contact, values: dict[str, Any]) -> bool:
    volunteer = contact.volunteer
    changed = False
    created = volunteer is None
    if volunteer is None:
        volunteer = Volunteer(engagements=[], languages=[])
        contact.volunteer = volunteer
        changed = True
    for key, value in values.items():
        if key == "status":
            if created:  # an existing profile's status is the office's own, newer knowledge
                volunteer.status = value
            continue
        if key == "languages":
            have = {lang.language.casefold() for lang in volunteer.languages}
            for language, level in value:
                if language.casefold() not in have:
                    volunteer.languages.append(VolunteerLanguage(language=language, level=level))
                    changed = True
            continue
        if key == "engagements":
            have = {e.area for e in volunteer.engagements}
            for area in value:
                if area not in have:
                    volunteer.engagements.append(VolunteerEngagement(area=area))
                    changed = True
            continue
        current = getattr(volunteer, key)
        if isinstance(value, bool):
            if value and not current:
                setattr(volunteer, key, True)
                changed = True
        elif current in (None, ""):
            setattr(volunteer, key, value)
            changed = True
    return changed


def would_change(session: Session, contact: Contact, item: PlannedContact) -> bool:
    """Whether applying ``item`` to ``contact`` would change anything (without changing it)."""
    record = item.record
    for key in CONTACT_FIELDS:
        value = record.fields.get(key)
        if key in ("notes", "country") or value in (None, ""):
            continue
        current = getattr(contact, key)
        if current in (None, "") or (key == "salutation" and current == "none"):
            return True
    notes = record.notes_text()
    if notes and notes not in (contact.notes or ""):
        return True
    if record.organisation and not any(same_text(a.organisation.name, record.organisation) for a in contact.affiliations):
        return True
    if record.volunteer is None:
        return False
    return contact.volunteer is None or _volunteer_would_change(contact.volunteer, record.volunteer)


def _volunteer_would_change(volunteer: Volunteer, values: dict[str, Any]) -> bool:
    for key, value in values.items():
        if key == "status":
            continue
        if key == "engagements":
            if set(value) - {e.area for e in volunteer.engagements}:
                return True
        elif key == "languages":
            if {lang.casefold() for lang, _ in value} - {lang.language.casefold() for lang in volunteer.languages}:
                return True
        elif isinstance(value, bool):
            if value and not getattr(volunteer, key):
                return True
        elif getattr(volunteer, key) in (None, ""):
            return True
    return False


APPLY_BATCH = 200


class _BatchFailed(Exception):
    pass


def _preload_contacts(session: Session, ids: list[int]) -> list[Contact]:
    """Load contacts with their links in a few queries (instead of one lazy load per row).

    The caller must hold on to the returned list: the session's identity map keeps objects only
    as long as someone references them.
    """
    loaded: list[Contact] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        loaded += session.scalars(
            select(Contact)
            .where(Contact.id.in_(chunk))
            .options(
                selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
                selectinload(Contact.volunteer).selectinload(Volunteer.engagements),
            )
        ).all()
    return loaded


def apply_import(
    db: Database, plan: ImportPlan, *, progress: Progress | None = None, remember_mapping: bool = True
) -> ImportResult:
    """Write the plan's create/update items in one transaction; a cancel or an error rolls everything back.

    Rows are flushed in batches (one flush per row would make 10 000 rows take a minute). If a
    batch fails, everything is rolled back and the import is run again row by row up to the
    failure, only to name the exact row in the message — and rolled back again.
    """
    try:
        return _apply(db, plan, progress, remember_mapping, APPLY_BATCH)
    except _BatchFailed:
        return _apply(db, plan, None, remember_mapping, 1)


def _apply(db: Database, plan: ImportPlan, progress: Progress | None, remember_mapping: bool, batch: int) -> ImportResult:
    result = ImportResult(skipped=plan.count(SKIP) + plan.skipped_rows)
    work = [item for item in plan.items if item.action in (CREATE, UPDATE)]
    total = len(work)
    touched: list[Contact] = []
    with db.session() as session:
        orgs = {o.name.casefold(): o for o in session.scalars(select(Organisation))}
        preloaded = _preload_contacts(session, [i.existing_id for i in work if i.action == UPDATE and i.existing_id])  # noqa: F841
        pending: list[PlannedContact] = []
        for done, item in enumerate(work, start=1):
            if done % 25 == 0 or done == total:
                _check_progress(progress, done, total)
            record = item.record
            contact = session.get(Contact, item.existing_id) if item.action == UPDATE and item.existing_id else None
            is_new = contact is None
            if is_new:
                contact = Contact(last_name=record.fields["last_name"], affiliations=[])
                session.add(contact)
            changed = _fill_contact(contact, record)
            if record.organisation:
                org = orgs.get(record.organisation.casefold())
                if org is None:
                    org = Organisation(name=record.organisation)
                    session.add(org)
                    orgs[record.organisation.casefold()] = org
                    result.organisations_created += 1
                if not any(a.organisation is org for a in contact.affiliations):
                    contact.affiliations.append(Affiliation(organisation=org, is_primary=not contact.affiliations))
                    changed = True
            if record.volunteer is not None:
                changed = _fill_volunteer(session, contact, record.volunteer) or changed
            pending.append(item)
            if len(pending) >= batch or done == total:
                try:
                    session.flush()
                except SQLAlchemyError as exc:
                    if batch > 1:
                        raise _BatchFailed() from exc
                    raise UserError(
                        f"{plan.table.row_word} {item.row} ({record.label}) kann nicht gespeichert werden "
                        f"({getattr(exc, 'orig', exc)}). Es wurde nichts importiert."
                    ) from exc
                pending.clear()
            if is_new:
                result.created += 1
            elif changed:
                result.updated += 1
            else:
                result.skipped += 1
            touched.append(contact)
        if remember_mapping and plan.table.kind != "vcf":
            cm.remember_mapping(session, plan.table.headers, plan.mapping)
        session.flush()
        result.contact_ids = [c.id for c in touched]
    return result

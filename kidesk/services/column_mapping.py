"""Which column of an address list goes into which field of a contact.

* :data:`TARGETS` lists the fields an import can fill, with the German label the mapping
  dialog shows.
* :func:`suggest_mapping` maps a header automatically from known synonyms in German and
  English, including every column of Outlook's German and English CSV export, Thunderbird's
  and Google Contacts' CSV; columns it does not know go into the notes (``NOTES_COLUMN``) so
  that nothing is dropped; columns known to carry nothing useful (Outlook's "Priorität",
  Google's "Labels") are ignored.
* :func:`detect_header_row` finds the header below title lines ("Adressliste 2024").
* A mapping the user confirmed is remembered per file layout (a hash of the header) in the
  ``settings`` table under ``import.mapping.<hash>``.

No Qt here; the mapping dialog in :mod:`kidesk.ui.import_dialog` only edits a list of target keys.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kidesk.db import settings
from kidesk.db.models import Contact, Volunteer
from kidesk.services.tabular_source import ERROR, WARNING, Problem, RawRow, RawTable

NOTES_COLUMN = "_notes"  # "Header: value" is appended to the notes
IGNORE = "_ignore"  # dropped on purpose
MAPPING_SETTING_PREFIX = "import.mapping."
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    kind: str = "text"  # text | salutation | title | email | phone | postcode | country | date | bool | list | …
    max_length: int | None = None


def _len(model, column: str) -> int | None:
    return getattr(model.__table__.c[column].type, "length", None)


TARGETS: tuple[Target, ...] = (
    Target("salutation", "Anrede", "salutation"),
    Target("title", "Titel", "title", _len(Contact, "title")),
    Target("first_name", "Vorname", "text", _len(Contact, "first_name")),
    Target("middle_name", "Weitere Vornamen", "text", _len(Contact, "first_name")),
    Target("last_name", "Nachname", "text", _len(Contact, "last_name")),
    Target("full_name", "Name (Vor- und Nachname)", "full_name", _len(Contact, "last_name")),
    Target("function", "Funktion", "text", _len(Contact, "function")),
    Target("department", "Abteilung", "text", _len(Contact, "department")),
    Target("organisation", "Organisation", "text", 250),
    Target("phone", "Telefon", "phone", _len(Contact, "phone")),
    Target("phone_any", "Telefon (Art aus Nachbarspalte)", "phone", _len(Contact, "phone")),
    Target("mobile", "Mobil", "phone", _len(Contact, "mobile")),
    Target("fax", "Fax", "phone", _len(Contact, "fax")),
    Target("email", "E-Mail", "email", _len(Contact, "email")),
    Target("room", "Raum", "text", _len(Contact, "room")),
    Target("street", "Straße", "text", _len(Contact, "street")),
    Target("street_extra", "Adresszusatz", "text", _len(Contact, "street")),
    Target("postcode", "PLZ", "postcode", _len(Contact, "postcode")),
    Target("city", "Ort", "text", _len(Contact, "city")),
    Target("country", "Land", "country"),
    Target("languages", "Sprachen", "text", _len(Contact, "languages")),
    Target("notes", "Notizen", "notes"),
    Target("nickname", "Spitzname (Name, wenn sonst keiner da ist)", "text", _len(Contact, "last_name")),
    Target("website", "Webseite", "text", 300),
    Target("record_kind", "Art (Person/Organisation)", "text"),
    Target("address_formatted", "Adresse in einem Feld (Straße, PLZ Ort)", "text"),
    Target("volunteer", "Ehrenamtlich (ja/nein)", "bool"),
    Target("volunteer_status", "Status (Ehrenamt)", "volunteer_status"),
    Target("volunteer_active_since", "Ehrenamtlich aktiv seit", "date"),
    Target("volunteer_municipality", "Kommune (Ehrenamt)", "text", _len(Volunteer, "municipality")),
    Target("volunteer_availability", "Verfügbarkeit", "text", _len(Volunteer, "availability")),
    Target("volunteer_engagements", "Engagementbereiche", "list"),
    Target("volunteer_languages", "Sprachkenntnisse (Ehrenamt)", "language_list"),
    Target("volunteer_consent_given_on", "Einwilligung am", "date"),
    Target("volunteer_consent_photos", "Einwilligung Fotos", "bool"),
    Target("volunteer_consent_newsletter", "Einwilligung Newsletter", "bool"),
    Target("volunteer_consent_share", "Einwilligung Weitergabe an Partner", "bool"),
    Target("volunteer_police_certificate_inspected_on", "Führungszeugnis eingesehen am", "date"),
)
TARGET_BY_KEY = {t.key: t for t in TARGETS}
SPECIAL_LABELS = {NOTES_COLUMN: "→ in die Notizen", IGNORE: "nicht übernehmen"}
#: Targets that identify a person: a mapping needs one of them.
NAME_TARGETS = ("last_name", "full_name", "first_name", "nickname", "organisation", "email")


def normalise_header(text: str) -> str:
    return re.sub(r"[\W_]+", "", (text or "").casefold())


# (target, priority): lower priority wins when several columns map to the same field;
# the others' values go into the notes if they differ.
_SYNONYMS: dict[str, tuple[str, int]] = {}


def _add(target: str, priority: int, *headers: str) -> None:
    for header in headers:
        _SYNONYMS[normalise_header(header)] = (target, priority)


_add("salutation", 0, "Anrede", "Salutation", "Title", "Name Prefix", "Prefix", "Anrede Brief")
_add("title", 0, "Titel", "Akademischer Titel", "akad. Titel", "Academic Title", "Grad")
_add("first_name", 0, "Vorname", "First Name", "Firstname", "Given Name", "Vornamen", "Rufname")
_add("middle_name", 0, "Weitere Vornamen", "Middle Name", "Additional Name", "Zweiter Vorname")
_add("last_name", 0, "Nachname", "Last Name", "Lastname", "Family Name", "Surname", "Familienname", "Zuname")
_add("full_name", 0, "Name", "Full Name", "Anzeigename", "Display Name", "Vollständiger Name", "Vor- und Nachname")
_add(
    "function",
    0,
    "Funktion",
    "Position",
    "Job Title",
    "Jobtitle",
    "Organization Title",
    "Organization 1 - Title",
    "Arbeitstitel",
    "Stelle",
    "Dienstbezeichnung",
    "Function",
    "Role",
    "Rolle",
)
_add(
    "department",
    0,
    "Abteilung",
    "Department",
    "Organization Department",
    "Organization 1 - Department",
    "Fachbereich",
    "Amt",
)
_add(
    "organisation",
    0,
    "Organisation",
    "Organization",
    "Organisation/Firma",
    "Firma",
    "Company",
    "Organization Name",
    "Organization 1 - Name",
    "Einrichtung",
    "Institution",
    "Träger",
    "Arbeitgeber",
    "Verband",
    "Behörde",
)
_add(
    "phone",
    0,
    "Telefon",
    "Telefon geschäftlich",
    "Business Phone",
    "Work Phone",
    "Tel. dienstlich",
    "Tel",
    "Tel.",
    "Phone",
    "Telefonnummer",
    "Telephone",
    "Phone Number",
    "Telefon dienstlich",
    "Durchwahl",
)
_add(
    "phone",
    1,
    "Telefon geschäftlich 2",
    "Business Phone 2",
    "Telefon (Firma)",
    "Company Main Phone",
    "Haupttelefon",
    "Primary Phone",
)
_add(
    "phone",
    2,
    "Telefon privat",
    "Home Phone",
    "Tel. privat",
    "Telefon privat 2",
    "Home Phone 2",
    "Weiteres Telefon",
    "Other Phone",
)
_add(
    "mobile",
    0,
    "Mobil",
    "Mobiltelefon",
    "Handy",
    "Mobile",
    "Mobile Phone",
    "Mobil-Tel.-Nr.",
    "Mobile Number",
    "Mobilnummer",
    "Handynummer",
    "Mobilfunk",
)
_add("fax", 0, "Fax", "Fax geschäftlich", "Business Fax", "Fax-Nummer", "Fax Number", "Telefax", "Faxnummer")
_add("fax", 2, "Fax privat", "Home Fax", "Weiteres Fax", "Other Fax")
_add(
    "email",
    0,
    "E-Mail",
    "Email",
    "E-Mail-Adresse",
    "E-mail Address",
    "Email Address",
    "Primäre E-Mail-Adresse",
    "Primary Email",
    "Mail",
    "E-Mail 1 - Value",
    "E-mail 1 - Value",
    "E-Mail-Adresse 1",
    "Emailadresse",
)
_add(
    "email",
    1,
    "E-Mail 2: Adresse",
    "E-mail 2 Address",
    "Sekundäre E-Mail-Adresse",
    "Secondary Email",
    "E-Mail 2 - Value",
    "E-mail 2 - Value",
    "E-Mail 3: Adresse",
    "E-mail 3 Address",
    "E-mail 3 - Value",
)
_add("room", 0, "Raum", "Zimmer", "Room", "Büro", "Office Location", "Büro/Raum", "Raumnummer")
_add(
    "street",
    0,
    "Straße",
    "Strasse",
    "Street",
    "Adresse",
    "Anschrift",
    "Straße und Hausnummer",
    "Straße geschäftlich",
    "Business Street",
    "Work Address",
    "Dienstlich: Adresse",
    "Address 1 - Street",
    "Str.",
)
_add(
    "street",
    2,
    "Straße privat",
    "Home Street",
    "Home Address",
    "Privat: Adresse",
    "Address 2 - Street",
    "Weitere Straße",
    "Other Street",
)
_add(
    "street_extra",
    0,
    "Adresszusatz",
    "Straße geschäftlich 2",
    "Straße geschäftlich 3",
    "Business Street 2",
    "Business Street 3",
    "Work Address 2",
    "Dienstlich: Adresse 2",
    "Address 1 - Extended Address",
    "Address Line 2",
)
_add(
    "street_extra",
    2,
    "Straße privat 2",
    "Straße privat 3",
    "Home Street 2",
    "Home Street 3",
    "Home Address 2",
    "Privat: Adresse 2",
)
_add(
    "postcode",
    0,
    "PLZ",
    "Postleitzahl",
    "Postcode",
    "Post Code",
    "Zip",
    "ZIP Code",
    "Postal Code",
    "Postleitzahl geschäftlich",
    "Business Postal Code",
    "Work ZipCode",
    "Dienstlich: PLZ",
    "Address 1 - Postal Code",
)
_add("postcode", 2, "Postleitzahl privat", "Home Postal Code", "Home ZipCode", "Privat: PLZ", "Address 2 - Postal Code")
_add(
    "city",
    0,
    "Ort",
    "Stadt",
    "Wohnort",
    "City",
    "Town",
    "Ort geschäftlich",
    "Business City",
    "Work City",
    "Dienstlich: Ort",
    "Address 1 - City",
    "Gemeinde/Stadt",
)
_add("city", 2, "Ort privat", "Home City", "Privat: Ort", "Address 2 - City")
_add(
    "country",
    0,
    "Land",
    "Country",
    "Land/Region geschäftlich",
    "Business Country/Region",
    "Business Country",
    "Work Country",
    "Dienstlich: Land",
    "Address 1 - Country",
    "Staat",
)
_add("country", 2, "Land/Region privat", "Home Country/Region", "Home Country", "Privat: Land", "Address 2 - Country")
_add("languages", 0, "Sprachen", "Sprache", "Languages", "Language", "Sprachkenntnisse")
_add(
    "notes",
    0,
    "Notizen",
    "Notes",
    "Notiz",
    "Bemerkung",
    "Bemerkungen",
    "Anmerkungen",
    "Kommentar",
    "Hinweise",
    "Comments",
)
_add("volunteer", 0, "Ehrenamtlich", "Ehrenamt", "Volunteer")
_add("volunteer_status", 0, "Status (Ehrenamt)", "Status Ehrenamt", "Ehrenamtsstatus", "Volunteer status")
_add("volunteer_languages", 0, "Sprachkenntnisse (Ehrenamt)", "Sprachen (Ehrenamt)", "Volunteer languages")
_add(
    "volunteer_active_since",
    0,
    "Aktiv seit",
    "Ehrenamtlich seit",
    "Ehrenamtlich aktiv seit",
    "Volunteer since",
    "Active since",
)
_add("volunteer_municipality", 0, "Kommune", "Kommune (Ehrenamt)", "Municipality", "Wohnkommune")
_add("volunteer_availability", 0, "Verfügbarkeit", "Availability", "Zeiten")
_add("volunteer_engagements", 0, "Engagementbereiche", "Engagement", "Einsatzbereiche", "Engagement areas")
_add("volunteer_consent_given_on", 0, "Einwilligung am", "Einwilligungsdatum", "Consent date", "Consent given on")
_add("volunteer_consent_photos", 0, "Einwilligung Fotos", "Fotos erlaubt", "Consent photos")
_add("volunteer_consent_newsletter", 0, "Einwilligung Newsletter", "Newsletter", "Consent newsletter")
_add(
    "volunteer_consent_share",
    0,
    "Einwilligung Weitergabe an Partner",
    "Weitergabe an Partner",
    "Consent share with partners",
)
_add(
    "volunteer_police_certificate_inspected_on",
    0,
    "Führungszeugnis eingesehen am",
    "Führungszeugnis eingesehen",
    "Police certificate inspected on",
)
# Columns Outlook, Thunderbird and Google fill with bookkeeping that means nothing to the office.
_add(
    IGNORE,
    0,
    "E-Mail-Typ",
    "E-mail Type",
    "E-Mail: angezeigter Name",
    "E-mail Display Name",
    "E-Mail 2: Typ",
    "E-mail 2 Type",
    "E-Mail 2: angezeigter Name",
    "E-mail 2 Display Name",
    "E-Mail 3: Typ",
    "E-mail 3 Type",
    "E-Mail 3: angezeigter Name",
    "E-mail 3 Display Name",
    "Priorität",
    "Priority",
    "Privat",
    "Private",
    "Vertraulichkeit",
    "Sensitivity",
    "E-mail 1 - Label",
    "E-mail 1 - Type",
    "E-mail 2 - Label",
    "E-mail 2 - Type",
    "E-mail 3 - Label",
    "E-mail 3 - Type",
    "Phone 1 - Label",
    "Phone 1 - Type",
    "Phone 2 - Label",
    "Phone 2 - Type",
    "Phone 3 - Label",
    "Phone 3 - Type",
    "Phone 4 - Label",
    "Phone 4 - Type",
    "Address 1 - Label",
    "Address 1 - Type",
    "Address 1 - Formatted",
    "Address 2 - Label",
    "Address 2 - Type",
    "Address 2 - Formatted",
    "Organization 1 - Type",
    "Organization 1 - Label",
    "File As",
    "Speichern unter",
    "Initialen",
    "Initials",
    "Photo",
    "Foto",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Yomi Name",
    "Given Name Yomi",
    "Additional Name Yomi",
    "Family Name Yomi",
)
_add("nickname", 0, "Nickname", "Spitzname", "Rufname (Spitzname)")
_add("website", 0, "Webseite", "Web Page", "Web Page 1", "Webseite 1", "Website", "Homepage", "URL", "Internet")
_add("website", 1, "Business Web Page", "Webseite geschäftlich", "Business Website", "Web Page 2", "Webseite 2")
_add("website", 2, "Personal Web Page", "Personal Website", "Webseite privat")
_add("record_kind", 0, "Art", "Kartentyp", "Kind")
# Yahoo: First/Middle/Last, "Home"/"Work" phones, "Work ZIP"
_add("first_name", 0, "First", "Vorname/Given")
_add("middle_name", 0, "Middle")
_add("last_name", 0, "Last")
_add("phone", 0, "Work", "Work Phone 1", "Business")
_add("phone", 2, "Home", "Home Phone 1", "Other", "Yahoo Phone", "Primary Phone 2")
_add("mobile", 0, "Cell", "Cell Phone", "Mobile Phone 1", "Work Mobile", "Mobil geschäftlich")
_add("mobile", 2, "Home Mobile", "Mobil privat", "Personal Mobile")
_add("email", 1, "Alternate Email 1", "Alternate Email 2", "Other Email", "Home Email", "E-Mail privat")
_add("email", 0, "Work Email", "Business Email", "E-Mail geschäftlich", "E-mail Address 1")
_add("postcode", 0, "Work ZIP", "Work Zip Code", "Work Postal Code", "Business ZIP", "Business Zip Code")
_add("postcode", 2, "Home ZIP", "Home Zip Code", "Home Post Code")
_add("fax", 0, "Work Fax", "Fax Number 1")
_add("fax", 2, "Home Fax Number")
_add("street", 0, "Work Street", "Business Address", "Business Street 1", "Straße (geschäftlich)")
_add("street", 2, "Home Street 1", "Straße (privat)", "Address 2 - Street 1")
_add("city", 0, "Ort (geschäftlich)")
_add("city", 2, "Ort (privat)")
_add("postcode", 0, "Postleitzahl (geschäftlich)")
_add("postcode", 2, "Postleitzahl (privat)")
_add("country", 0, "Land/Region (geschäftlich)", "Work Country/Region")
_add("country", 2, "Land/Region (privat)")
_add("phone", 0, "Telefon (geschäftlich)")
_add("phone", 2, "Telefon (privat)")
_add("fax", 0, "Fax (geschäftlich)")
_add("fax", 2, "Fax (privat)")
_add("mobile", 0, "Mobiltelefon (Handy)")
_add("website", 1, "Webseite (geschäftlich)")
_add("website", 2, "Webseite (privat)")
_add("function", 0, "Position (geschäftlich)", "Beruf", "Occupation")
_add("organisation", 0, "Firma (geschäftlich)", "Company Name")
# Google Contacts (2023 on): "E-mail 1 - Value", "Address 1 - Formatted", "Organization Name"
_add("address_formatted", 0, "Address 1 - Formatted", "Address", "Formatted Address", "Adresse (formatiert)")
_add("address_formatted", 2, "Address 2 - Formatted")
_add("website", 0, "Website 1 - Value")
_add("website", 2, "Website 2 - Value")
_add(IGNORE, 0, "Website 1 - Label", "Website 1 - Type", "Website 2 - Label", "Website 2 - Type")
_add(IGNORE, 0, "Section 1 - Description", "Section 2 - Description", "Section 3 - Description")
# Gmail before 2010: "Section 1 - Email", "Section 1 - Address" …
for _n in (1, 2, 3):
    _prio = 0 if _n == 1 else 2
    _add("email", _prio, f"Section {_n} - Email")
    _add("phone", _prio, f"Section {_n} - Phone")
    _add("mobile", _prio, f"Section {_n} - Mobile")
    _add("fax", _prio, f"Section {_n} - Fax")
    _add("organisation", _prio, f"Section {_n} - Company")
    _add("function", _prio, f"Section {_n} - Title")
    _add("address_formatted", _prio, f"Section {_n} - Address")
_PHONE_VALUE = re.compile(r"phone(\d+)value")


def known_target(header: str) -> tuple[str, int] | None:
    norm = normalise_header(header)
    if norm in _SYNONYMS:
        return _SYNONYMS[norm]
    if _PHONE_VALUE.fullmatch(norm):
        return ("phone_any", 0)
    return None


def suggest_mapping(headers: list[str]) -> list[str]:
    """A target key (or NOTES_COLUMN/IGNORE) for every column of the header."""
    mapping = []
    norms = {normalise_header(h) for h in headers}
    yahoo = {"first", "last", "company"} <= norms  # Yahoo's "Title" is the job title, Outlook's the salutation
    for header in headers:
        known = known_target(header)
        if not header.strip():
            mapping.append(NOTES_COLUMN)
        elif known is None:
            mapping.append(NOTES_COLUMN)
        elif yahoo and normalise_header(header) == "title":
            mapping.append("function")
        else:
            mapping.append(known[0])
    return mapping


#: Thunderbird's CSV columns in their fixed order (its export without a header row has exactly these)
THUNDERBIRD_COLUMNS = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,"
    "Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,"
    "Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,"
    "Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,"
    "Custom 3,Custom 4,Notes"
).split(",")
_EMAIL_LIKE = re.compile(r"[^@\s]+@[^@\s]+")
_PHONE_LIKE = re.compile(r"\+?[0-9][0-9 /()\-.]{5,}")
_MOBILE_LIKE = re.compile(r"(\+49|0049|0)\s?1[5-7]")
_POSTCODE_LIKE = re.compile(r"\d{4,5}")
_WORD_LIKE = re.compile(r"[^\W\d_][^\W\d_'’ .-]*")


def headerless_headers(grid: list[RawRow]) -> list[str] | None:
    """Column names for a file without a header row: Thunderbird's when the shape is Thunderbird's
    (37 or 38 columns, e-mail in the fifth), else "Spalte 1", "Spalte 2" …"""
    width = max(len(r.values) for r in grid)
    sample = grid[:50]
    fifth = [r.values[4] for r in sample if len(r.values) > 4 and r.values[4].strip()]
    if width in (36, 37, 38) and fifth and all(_EMAIL_LIKE.fullmatch(v.strip()) for v in fifth):
        return THUNDERBIRD_COLUMNS + [""] * (width - len(THUNDERBIRD_COLUMNS))
    return None


def looks_headerless(grid: list[RawRow]) -> bool:
    """The first row holds values, not column names: an e-mail address (no header has one), or —
    when no known column name is in the first rows — a number of four or more digits."""
    first = [v.strip() for v in grid[0].values if v.strip()]
    if any(_EMAIL_LIKE.fullmatch(v) for v in first):
        return True
    for row in grid[:HEADER_SEARCH_ROWS]:
        if any(v and known_target(v) and known_target(v)[0] != IGNORE for v in row.values):
            return False
    return any(re.search(r"\d{4}", v) for v in first)


def suggest_mapping_from_content(table: RawTable) -> list[str]:
    """For a file without a header: what each column probably is, from its values (e-mail, phone,
    postcode, web page; the first two word columns as last and first name — Palm's order)."""
    if table.headers and table.headers[0] == THUNDERBIRD_COLUMNS[0]:
        return suggest_mapping(table.headers)
    mapping: list[str] = []
    taken: set[str] = set()
    word_columns = 0
    for index in range(len(table.headers)):
        values = [r.values[index].strip() for r in table.rows[:50] if index < len(r.values) and r.values[index].strip()]
        target = NOTES_COLUMN

        def share(pattern: re.Pattern[str], values: list[str] = values) -> float:
            return sum(1 for v in values if pattern.fullmatch(v)) / len(values) if values else 0.0

        if not values:
            target = NOTES_COLUMN
        elif share(_EMAIL_LIKE) > 0.6:
            target = "email"
        elif share(_POSTCODE_LIKE) > 0.6:
            target = "postcode"
        elif all(v.casefold().startswith(("http", "www.")) for v in values):
            target = "website"
        elif share(_PHONE_LIKE) > 0.6:
            target = "mobile" if all(_MOBILE_LIKE.match(v) for v in values) and "mobile" not in taken else "phone"
        elif share(_WORD_LIKE) > 0.6 and word_columns < 2:
            target = ("last_name", "first_name")[word_columns]
            word_columns += 1
        if target in taken and target != NOTES_COLUMN:
            target = NOTES_COLUMN
        if target != NOTES_COLUMN:
            taken.add(target)
        if target == "postcode" and index + 1 < len(table.headers):
            pass
        mapping.append(target)
    _guess_address(table, mapping)
    return mapping


_STREET_LIKE = re.compile(r"\D+\s\d+\s?[a-zA-Z]?")


def _guess_address(table: RawTable, mapping: list[str]) -> None:
    """Street ("Kirchplatz 3"), town (next to the postcode) and country (a name the country list knows)."""
    from kidesk.services.contact_import.values import country_code

    def values(index: int) -> list[str]:
        return [r.values[index].strip() for r in table.rows[:50] if index < len(r.values) and r.values[index].strip()]

    free = [i for i, t in enumerate(mapping) if t == NOTES_COLUMN and values(i)]
    for index in free:
        column = values(index)
        if "street" not in mapping and all(_STREET_LIKE.fullmatch(v) for v in column):
            mapping[index] = "street"
        elif "country" not in mapping and all(country_code(v) for v in column):
            mapping[index] = "country"
    if "postcode" in mapping and "city" not in mapping:
        at = mapping.index("postcode")
        around = [i for i in range(at - 1, -1, -1) if values(i)][:2] + [
            i for i in range(at + 1, len(mapping)) if values(i)
        ][:1]
        for index in around:
            if mapping[index] == NOTES_COLUMN and all(
                _WORD_LIKE.match(v) and not any(ch.isdigit() for ch in v) for v in values(index)
            ):
                mapping[index] = "city"
                break


def column_priority(header: str) -> int:
    known = known_target(header)
    return known[1] if known else 0


def phone_label_column(headers: list[str], index: int) -> int | None:
    """For Google's "Phone 1 - Value": the index of its "Phone 1 - Label"/"Type" column."""
    match = _PHONE_VALUE.fullmatch(normalise_header(headers[index]))
    if not match:
        return None
    wanted = {f"phone{match.group(1)}label", f"phone{match.group(1)}type"}
    for i, header in enumerate(headers):
        if normalise_header(header) in wanted:
            return i
    return None


def mapping_is_usable(mapping: list[str]) -> bool:
    return any(m in NAME_TARGETS for m in mapping)


def detect_header_row(grid: list[RawRow]) -> int:
    """Index (into ``grid``) of the header row: the one among the first rows naming most known columns."""
    best_index, best_score = None, 0
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        score = sum(1 for v in row.values if v and known_target(v) and known_target(v)[0] != IGNORE)
        if score > best_score:
            best_index, best_score = index, score
    if best_index is not None:
        return best_index
    for index, row in enumerate(grid):
        if sum(1 for v in row.values if v.strip()) >= 1:
            return index
    return 0


def build_table(
    grid: list[RawRow],
    kind: str,
    description: str,
    problems: list[Problem],
    *,
    header_index: int | None = None,
    strict_width: bool = True,
) -> RawTable:
    """Split a grid into header and data rows, checking each row's width against the header.

    A row with fewer fields than the header is read with the missing fields empty (warning;
    spreadsheets drop trailing empty cells). A row with *more* non-empty fields than the header
    is refused: its values have probably shifted (an unquoted delimiter inside a value), and
    importing it would put them into the wrong fields.
    """
    grid = [r for r in grid if any(v.strip() for v in r.values)]
    if not grid:
        return RawTable([], [], kind, description, problems)
    if header_index is None and looks_headerless(grid):
        width = max(len(r.values) for r in grid)
        known = headerless_headers(grid)
        headers = known or [f"Spalte {i + 1}" for i in range(width)]
        problems.append(
            Problem(
                None,
                None,
                "Die Datei hat keine Kopfzeile"
                + (
                    " – Aufbau wie Thunderbirds Export erkannt."
                    if known
                    else " – die Zuordnung wurde aus den Werten geraten; bitte prüfen."
                )
                + " Die erste Zeile ist eine Adresse.",
                "info",
            )
        )
        rows = [RawRow(r.number, r.values + [""] * (width - len(r.values))) for r in grid]
        return RawTable(headers, rows, kind, description, problems, headerless=True)
    if header_index is None:
        header_index = detect_header_row(grid)
    header_row = grid[header_index]
    headers = [h.strip() for h in header_row.values]
    while headers and not headers[-1]:
        headers.pop()
    if header_index > 0:
        problems.append(
            Problem(
                None,
                None,
                f"Die Kopfzeile steht in Zeile {header_row.number}; die Zeilen darüber werden übersprungen.",
                "info",
            )
        )
    width = len(headers)
    rows = []
    for row in grid[header_index + 1 :]:
        values = [v for v in row.values]
        if len(values) > width:
            extra = [v for v in values[width:] if v.strip()]
            if extra:
                problems.append(
                    Problem(
                        row.number,
                        None,
                        f"{len(values)} Felder statt {width} wie in der Kopfzeile – vermutlich ein Trennzeichen im Text "
                        "ohne Anführungszeichen. Zeile wird nicht importiert.",
                        ERROR,
                    )
                )
                continue
            values = values[:width]
        elif len(values) < width:
            if strict_width:
                problems.append(
                    Problem(
                        row.number,
                        None,
                        f"nur {len(values)} von {width} Feldern – die fehlenden Felder bleiben leer.",
                        WARNING,
                    )
                )
            values = values + [""] * (width - len(values))
        rows.append(RawRow(row.number, values))
    return RawTable(headers, rows, kind, description, problems)


def layout_key(headers: list[str]) -> str:
    digest = hashlib.sha1("\x1f".join(normalise_header(h) for h in headers).encode("utf-8")).hexdigest()[:16]
    return MAPPING_SETTING_PREFIX + digest


def remembered_mapping(session: Session, headers: list[str]) -> list[str] | None:
    stored = settings.get(session, layout_key(headers))
    if not stored or stored.get("headers") != list(headers):
        return None
    mapping = stored.get("mapping")
    valid = set(TARGET_BY_KEY) | {NOTES_COLUMN, IGNORE}
    if not isinstance(mapping, list) or len(mapping) != len(headers) or not set(mapping) <= valid:
        return None
    return mapping


def remember_mapping(session: Session, headers: list[str], mapping: list[str]) -> None:
    settings.put(session, layout_key(headers), {"headers": list(headers), "mapping": list(mapping)})


def mapping_for(session: Session, headers: list[str]) -> tuple[list[str], bool]:
    """The remembered mapping for this layout, else the suggestion; and whether it was remembered."""
    stored = remembered_mapping(session, headers)
    if stored is not None:
        return stored, True
    return suggest_mapping(headers), False

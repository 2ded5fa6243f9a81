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
from kidesk.services.column_guessing import (  # noqa: F401 (re-exported)
    HEADER_SEARCH_ROWS,
    IGNORE,
    NOTES_COLUMN,
    THUNDERBIRD_COLUMNS,
    headerless_headers,
    looks_headerless,
    suggest_mapping_from_content,
)
from kidesk.services.tabular_source import ERROR, WARNING, Problem, RawRow, RawTable

MAPPING_SETTING_PREFIX = "import.mapping."


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


from kidesk.services.column_synonyms import SYNONYMS as _SYNONYMS  # noqa: E402
from kidesk.services.column_synonyms import normalise_header  # noqa: E402 (re-exported)

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


def _is_known_header(text: str) -> bool:
    known = known_target(text)
    return known is not None and known[0] != IGNORE


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
    if header_index is None and looks_headerless(grid, _is_known_header):
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

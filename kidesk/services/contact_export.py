"""Exporting contacts, organisations, volunteers and the participants of an event.

Formats
-------
* **CSV** the way Excel on a German Windows opens it with a double click: ``;`` as delimiter,
  UTF-8 *with* BOM (without it Excel reads Windows-1252 and mangles umlauts), CRLF line ends,
  fields with line breaks or ``;`` quoted; text starting with ``=``, ``+``, ``-`` or ``@`` gets a
  leading ``'`` so Excel does not run it as a formula (the import removes it again).
* **XLSX** with typed columns: dates are date cells, yes/no are boolean cells, the rest text
  (postcodes keep their leading zero).
* **vCard 3.0**, one card per person (or organisation).

The column headers are the import's own names, so an exported file imports again unchanged
(tested as round trips).

Round trips (issue 11)
----------------------
A contacts or volunteers **XLSX** export is kidesk's own workbook: the first sheet is the list
(one person a row, as before), and one sheet per table follows — affiliations (every one, with
role, department, dates and main flag), staff, volunteer profiles, engagement areas, languages
with levels, hours — each row naming its person by the row number on the first sheet, plus a
sheet "kidesk" that marks the file. Importing it into an empty database gives the same records
back (:mod:`kidesk.services.contact_import.kidesk_workbook`); importing it into the database it
came from changes nothing. CSV and vCard cannot carry these tables: the result lists what is not
in the file (``not_included``) and the summary says so instead of a plain success. An export for
partners (not internal) leaves the volunteer tables out and says so, too.
Line breaks in notes survive every format (XLSX escapes CR as ``_x000D_`` like Excel).

Consent
-------
A person's data goes to partners only with a valid consent to share it
(:func:`kidesk.services.privacy.consents.partner_rule`, the one rule: withdrawn or expired consent
counts as none). Contact, volunteer and participant exports therefore leave out everyone without that consent — unless the
caller asks for an *internal* export (``internal=True``, CLI ``--intern``), e.g. for the
office's own lists. The result says how many were left out, and the CLI and dialog say so.
Participants who are not volunteers (partner staff, speakers) are not affected.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import vobject
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import queries, vocab
from kidesk.db.database import Database
from kidesk.db.models import Affiliation, Contact, Event, Organisation, Participation, Volunteer, VolunteerHours
from kidesk.domain.affiliations import primary_organisation_name
from kidesk.domain.control_chars import strip_control
from kidesk.domain.dates import format_date, format_datetime
from kidesk.errors import NotFound, UserError
from kidesk.services import output_files, vcard_io
from kidesk.services.privacy.consents import partner_rule  # withdrawn/expired consent counts too (issue 13)
from kidesk.services.progress import Progress, Reporting
from kidesk.services.progress import check as check_progress
from kidesk.services.xlsx_io import Sheet, write_xlsx

WHATS = ("contacts", "organisations", "volunteers", "participants")
WHAT_LABELS = {
    "contacts": "Kontakte",
    "organisations": "Organisationen",
    "volunteers": "Ehrenamtliche",
    "participants": "Teilnehmende",
}
FORMATS = ("csv", "xlsx", "vcf")

CONTACT_HEADERS = (
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Funktion",
    "Abteilung",
    "Organisation",
    "Telefon",
    "Mobil",
    "Fax",
    "E-Mail",
    "Raum",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
    "Sprachen",
    "Notizen",
)
VOLUNTEER_HEADERS = (
    "Ehrenamtlich",
    "Status (Ehrenamt)",
    "Aktiv seit",
    "Kommune",
    "Verfügbarkeit",
    "Engagementbereiche",
    "Sprachkenntnisse (Ehrenamt)",
    "Einwilligung am",
    "Einwilligung Fotos",
    "Einwilligung Newsletter",
    "Einwilligung Weitergabe an Partner",
    "Führungszeugnis eingesehen am",
)
PARTICIPANT_HEADERS = ("Veranstaltung", "Teilnahmerolle", "Teilnahmestatus")
ORGANISATION_HEADERS = (
    "Name",
    "Kurzname",
    "Art",
    "Übergeordnete Organisation",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
    "Telefon",
    "Fax",
    "E-Mail",
    "Webseite",
    "Notizen",
)


class ExportError(UserError):
    pass


WORKBOOK_MARKER = ("kidesk", "Format", "kidesk-Arbeitsmappe 1")  # sheet, header, value
ROW_HEADER = "Zeile"  # the row of the person on the first sheet
AFFILIATION_HEADERS = (ROW_HEADER, "Organisation", "Rolle", "Abteilung", "von", "bis", "Hauptorganisation")
STAFF_HEADERS = (ROW_HEADER, "Name")
PROFILE_HEADERS = (
    ROW_HEADER,
    "Status",
    "Aktiv seit",
    "Kommune",
    "Verfügbarkeit",
    "Vereinbarung unterschrieben am",
    "Einwilligung am",
    "Einwilligung Fotos",
    "Einwilligung Newsletter",
    "Einwilligung Weitergabe an Partner",
    "Führungszeugnis eingesehen am",
    "Führungszeugnis fällig am",
    "Notizen",
)
ENGAGEMENT_HEADERS = (ROW_HEADER, "Engagementbereich")
LANGUAGE_HEADERS = (ROW_HEADER, "Sprache", "Niveau")
HOURS_HEADERS = (ROW_HEADER, "Datum", "Stunden", "Tätigkeit", "Organisation")
SHEET_TITLES = {
    "affiliations": "Zugehörigkeiten",
    "staff": "Mitarbeitende",
    "profiles": "Ehrenamtsprofile",
    "engagements": "Engagementbereiche",
    "languages": "Sprachen",
    "hours": "Stunden",
}

#: what a format cannot carry, for the lists that are records (contacts, volunteers)
_NOT_IN_FLAT = ("weitere Organisationen, Rolle, Abteilung und Zeitraum", "Kennzeichen Mitarbeitende")
NOT_INCLUDED = {
    ("contacts", "csv"): (*_NOT_IN_FLAT, "Ehrenamtsprofile", "Stunden"),
    ("contacts", "vcf"): (*_NOT_IN_FLAT, "Ehrenamtsprofile", "Stunden"),
    ("volunteers", "csv"): (
        *_NOT_IN_FLAT,
        "Vereinbarung, Führungszeugnis fällig am, Notizen zum Ehrenamt",
        "Stunden",
    ),
    ("volunteers", "vcf"): (*_NOT_IN_FLAT, "alle Angaben zum Ehrenamt", "Stunden"),
}


PARTNER_EXPORT_LEAVES_OUT = "Ehrenamtsprofile, Sprachen und Stunden (nur im internen Export)"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    excluded_without_consent: int = 0
    not_included: tuple[str, ...] = ()  # what the chosen format cannot carry (CSV, vCard)

    def summary(self, what: str, *, cli_hint: bool = True) -> str:
        """``5 Kontakte nach … exportiert.`` and how many were left out; ``cli_hint`` names ``--intern``."""
        text = f"{self.count} {WHAT_LABELS.get(what, what)} nach {self.path} exportiert."
        if self.not_included:
            text = (
                f"{self.count} {WHAT_LABELS.get(what, what)} nach {self.path} exportiert, aber unvollständig: "
                f"dieses Format kann {'; '.join(self.not_included)} nicht aufnehmen "
                "(vollständig nur als Excel-Arbeitsmappe .xlsx)."
            )
        if self.excluded_without_consent:
            text += (
                f" {self.excluded_without_consent} Ehrenamtliche ohne Einwilligung zur Weitergabe an Partner "
                "wurden weggelassen"
            )
            text += " (mit --intern für interne Listen alle ausgeben)." if cli_hint else "."
        return text


@dataclass(frozen=True)
class EventChoice:
    """An event whose participants can be exported: its id and "Title (TT.MM.JJJJ)"."""

    id: int
    label: str


def events_for_export(db: Database) -> list[EventChoice]:
    """Every event, oldest first — the choices for a participants export."""
    with db.session() as session:
        return [EventChoice(id_, label) for id_, label in queries.id_name_list(session, "events")]


def _salutation_label(code: str) -> str:
    return "" if code in (None, "none") else vocab.SALUTATION_LABELS.get(code, "")


def contact_values(contact: Contact) -> list[object]:
    organisation = primary_organisation_name(contact.affiliations)
    return [
        _salutation_label(contact.salutation),
        contact.title,
        contact.first_name,
        contact.last_name,
        contact.function,
        contact.department,
        organisation or None,
        contact.phone,
        contact.mobile,
        contact.fax,
        contact.email,
        contact.room,
        contact.street,
        contact.postcode,
        contact.city,
        contact.country,
        contact.languages,
        contact.notes,
    ]


def volunteer_values(volunteer: Volunteer) -> list[object]:
    return [
        True,
        vocab.VOLUNTEER_STATUS_LABELS.get(volunteer.status, volunteer.status),
        volunteer.active_since,
        volunteer.municipality,
        volunteer.availability,
        ", ".join(e.area for e in volunteer.engagements),
        ", ".join(f"{lang.language} ({lang.level})" if lang.level else lang.language for lang in volunteer.languages),
        volunteer.consent_given_on,
        volunteer.consent_photos,
        volunteer.consent_newsletter,
        volunteer.consent_share_with_partners,
        volunteer.police_certificate_inspected_on,
    ]


def _contact_options():
    return (
        selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
        selectinload(Contact.volunteer).options(
            selectinload(Volunteer.engagements),
            selectinload(Volunteer.languages),
            selectinload(Volunteer.hours).selectinload(VolunteerHours.organisation),
        ),
        selectinload(Contact.consents),
    )


@dataclass(frozen=True)
class _Listing:
    headers: list[str]
    rows: list[list[object]]
    records: list[Contact] | list[Organisation]  # behind the rows, for vCard
    excluded: int = 0  # volunteers left out without consent to sharing
    record_sheets: bool = False  # contacts/volunteers: the XLSX carries one sheet per table


def _contacts(session: Session, internal: bool) -> _Listing:
    contacts = session.scalars(
        select(Contact).options(*_contact_options()).order_by(Contact.last_name, Contact.first_name, Contact.id)
    ).all()
    may_share = partner_rule(session)
    kept = [c for c in contacts if internal or may_share(c)]
    return _Listing(
        list(CONTACT_HEADERS), [contact_values(c) for c in kept], kept, len(contacts) - len(kept), record_sheets=True
    )


def _organisations(session: Session) -> _Listing:
    orgs = list(
        session.scalars(select(Organisation).options(selectinload(Organisation.parent)).order_by(Organisation.name))
    )
    rows: list[list[object]] = [
        [
            o.name,
            o.short_name,
            vocab.ORGANISATION_KIND_LABELS.get(o.kind, o.kind),
            o.parent.name if o.parent else None,
            o.street,
            o.postcode,
            o.city,
            o.country,
            o.phone,
            o.fax,
            o.email,
            o.website,
            o.notes,
        ]
        for o in orgs
    ]
    return _Listing(list(ORGANISATION_HEADERS), rows, orgs)


def _volunteers(session: Session, internal: bool) -> _Listing:
    volunteers = session.scalars(
        select(Volunteer)
        .join(Volunteer.contact)
        .options(
            selectinload(Volunteer.contact).selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
            selectinload(Volunteer.contact).selectinload(Contact.consents),
            selectinload(Volunteer.engagements),
            selectinload(Volunteer.languages),
            selectinload(Volunteer.hours).selectinload(VolunteerHours.organisation),
        )
        .order_by(Contact.last_name, Contact.first_name, Volunteer.id)
    ).all()
    may_share = partner_rule(session)
    kept = [v for v in volunteers if internal or may_share(v.contact)]
    rows = [contact_values(v.contact) + volunteer_values(v) for v in kept]
    return _Listing(
        list(CONTACT_HEADERS + VOLUNTEER_HEADERS),
        rows,
        [v.contact for v in kept],
        len(volunteers) - len(kept),
        record_sheets=True,
    )


def record_sheets(contacts: Sequence[Contact], *, volunteer_tables: bool = True) -> list[Sheet]:
    """The tables behind the people of the first sheet (row ``n + 2`` is ``contacts[n]``).

    ``volunteer_tables=False`` (an export for partners) leaves out the profiles, engagement areas,
    languages and hours: the office's own records of its volunteers stay in the office."""
    tables: dict[str, list[list[object]]] = {key: [] for key in SHEET_TITLES}
    for index, contact in enumerate(contacts):
        row = index + 2
        for a in sorted(contact.affiliations, key=lambda a: a.id or 0):
            org = a.organisation.name if a.organisation else None
            tables["affiliations"].append([row, org, a.role, a.department, a.valid_from, a.valid_to, a.is_primary])
        if contact.is_staff:
            tables["staff"].append([row, contact.full_name])
        v = contact.volunteer
        if v is None or not volunteer_tables:
            continue
        tables["profiles"].append(
            [
                row,
                vocab.VOLUNTEER_STATUS_LABELS.get(v.status, v.status),
                v.active_since,
                v.municipality,
                v.availability,
                v.agreement_signed_on,
                v.consent_given_on,
                v.consent_photos,
                v.consent_newsletter,
                v.consent_share_with_partners,
                v.police_certificate_inspected_on,
                v.police_certificate_due_on,
                v.notes,
            ]
        )
        tables["engagements"] += [[row, e.area] for e in v.engagements]
        tables["languages"] += [[row, lang.language, lang.level] for lang in v.languages]
        for h in sorted(v.hours, key=lambda h: (h.worked_on, h.id or 0)):
            org = h.organisation.name if h.organisation else None
            tables["hours"].append([row, h.worked_on, h.hours, h.activity, org])
    headers = {
        "affiliations": AFFILIATION_HEADERS,
        "staff": STAFF_HEADERS,
        "profiles": PROFILE_HEADERS,
        "engagements": ENGAGEMENT_HEADERS,
        "languages": LANGUAGE_HEADERS,
        "hours": HOURS_HEADERS,
    }
    sheets = [Sheet(SHEET_TITLES[key], headers[key], rows) for key, rows in tables.items()]
    sheet, header, value = WORKBOOK_MARKER
    return [*sheets, Sheet(sheet, (header,), [[value]])]


def _participants(session: Session, event_id: int | None, internal: bool) -> _Listing:
    if event_id is None:
        raise ExportError("Für die Teilnehmerliste bitte eine Veranstaltung angeben (--event ID).")
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(f"Eine Veranstaltung mit der ID {event_id} gibt es nicht. 'kidesk list events' zeigt alle.")
    participations = session.scalars(
        select(Participation)
        .join(Participation.contact)
        .where(Participation.event_id == event_id)
        .options(selectinload(Participation.contact).options(*_contact_options()))
        .order_by(Contact.last_name, Contact.first_name, Participation.id)
    ).all()
    may_share = partner_rule(session)
    kept = [p for p in participations if internal or may_share(p.contact)]
    title = f"{event.title} ({format_date(event.starts_at)})"
    rows = [
        contact_values(p.contact)
        + [
            title,
            vocab.PARTICIPANT_ROLE_LABELS.get(p.role, p.role),
            vocab.PARTICIPATION_STATUS_LABELS.get(p.status, p.status),
        ]
        for p in kept
    ]
    return _Listing(
        list(CONTACT_HEADERS + PARTICIPANT_HEADERS), rows, [p.contact for p in kept], len(participations) - len(kept)
    )


def _collect(session: Session, what: str, *, event_id: int | None = None, internal: bool = False) -> _Listing:
    if what == "contacts":
        return _contacts(session, internal)
    if what == "organisations":
        return _organisations(session)
    if what == "volunteers":
        return _volunteers(session, internal)
    if what == "participants":
        return _participants(session, event_id, internal)
    raise ExportError(f"Unbekannte Liste „{what}“. Möglich: {', '.join(WHATS)}.")


def csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    # text an older version or another program stored may still hold control characters (issue 12)
    return strip_control(str(value))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"[+\-]?[0-9 ()/\-]+")


def neutralise_formula(text: str) -> str:
    """Keep Excel from running a cell as a formula ("CSV injection"): prefix such text with ``'``.

    A phone number ("+49 5221 …") stays as it is. Text that already starts with ``'`` followed by
    one of these characters gets a second ``'``, so the import can undo the prefix exactly
    (:func:`kidesk.services.csv_sniffing.undo_formula_guard`).
    """
    if text.startswith(_FORMULA_START) and not _PHONE_LIKE.fullmatch(text):
        return "'" + text
    if text.startswith("'") and text[1:2] and (text[1:].startswith(_FORMULA_START) or text[1] == "'"):
        return "'" + text
    return text


def write_csv(path: str | os.PathLike[str], headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([neutralise_formula(csv_text(v)) for v in row])


def contact_card(contact: Contact) -> vobject.base.Component:
    return vcard_io.contact_vcard(
        salutation_label=_salutation_label(contact.salutation),
        title=contact.title or "",
        first_name=contact.first_name or "",
        last_name=contact.last_name or "",
        organisation=primary_organisation_name(contact.affiliations),
        department=contact.department or "",
        function=contact.function or "",
        phone=contact.phone or "",
        mobile=contact.mobile or "",
        fax=contact.fax or "",
        email=contact.email or "",
        room=contact.room or "",
        street=contact.street or "",
        postcode=contact.postcode or "",
        city=contact.city or "",
        country=contact.country or "",
        languages=contact.languages or "",
        notes=contact.notes or "",
    )


def organisation_card(org: Organisation) -> vobject.base.Component:
    return vcard_io.contact_vcard(
        organisation=org.name,
        full_name=org.name,
        phone=org.phone or "",
        fax=org.fax or "",
        email=org.email or "",
        street=org.street or "",
        postcode=org.postcode or "",
        city=org.city or "",
        country=org.country or "",
        website=org.website or "",
        notes=org.notes or "",
    )


def guess_format(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.casefold().lstrip(".")
    if suffix == "vcard":
        suffix = "vcf"
    if suffix not in FORMATS:
        raise ExportError(
            f"Das Format für {Path(path).name} ist unklar. Bitte als Endung .csv, .xlsx oder .vcf wählen (oder --format)."
        )
    return suffix


def export(
    db: Database,
    what: str,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    event_id: int | None = None,
    internal: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the list ``what`` to ``path``; the file is complete or not there at all.

    ``progress(done, total)`` is called every few hundred rows while the file is written;
    answering ``False`` raises :class:`~kidesk.services.progress.Cancelled` and leaves no file.
    """
    path = Path(path)
    fmt = fmt or guess_format(path)
    if fmt not in FORMATS:
        raise ExportError(f"Unbekanntes Format „{fmt}“. Möglich: {', '.join(FORMATS)}.")
    output_files.check_target(path)  # never the database, its side files, a device or a folder
    with db.session() as session:
        listing = _collect(session, what, event_id=event_id, internal=internal)
        check_progress(progress, 0, len(listing.rows))
        with output_files.atomic_path(path) as partial:
            rows = Reporting(listing.rows, progress)
            if fmt == "csv":
                write_csv(partial, listing.headers, rows)
            elif fmt == "xlsx":
                more = (
                    record_sheets(listing.records, volunteer_tables=internal)  # type: ignore[arg-type]
                    if listing.record_sheets
                    else []
                )
                write_xlsx(partial, listing.headers, rows, sheet_title=WHAT_LABELS[what], more_sheets=more)
            else:
                cards = [
                    organisation_card(r) if isinstance(r, Organisation) else contact_card(r)
                    for r in Reporting(listing.records, progress)
                ]
                vcard_io.write_vcards(partial, cards)
    not_included = NOT_INCLUDED.get((what, fmt), ())
    if fmt == "xlsx" and listing.record_sheets and not internal:
        not_included = (PARTNER_EXPORT_LEAVES_OUT,)
    return ExportResult(path, len(listing.rows), listing.excluded, not_included)

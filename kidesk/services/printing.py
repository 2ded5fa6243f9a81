"""Every print product, from database records to PDF bytes (the UI previews, the CLI writes).

This module is the one door the UI and the CLI use; it fills the plain dataclasses of
:mod:`kidesk.pdf` from the database and calls the renderers. All functions return the PDF
as ``bytes`` and raise :class:`kidesk.errors.UserError` with a message naming the record
for anything the user can fix (an event without participants, a contact without an address).

Signatures (the optional extras after ``|`` may be left out):

    print_cards(db, *, template, contact_ids, start=1 | copies=None, with_qr=True, with_logo=True, logo=None) -> bytes
    print_labels(db, *, template, contact_ids=None, event_id=None, start=1 | skip_missing=False) -> bytes
    print_badges(db, *, event_id | layout="a4-4up") -> bytes          # or "a6"
    print_invitations(db, *, event_id, form="B", contact_ids=None | body_template=None, letter_date=None, skip_missing=False) -> bytes
    print_flyer(db, *, event_id, size="A4") -> bytes                  # or "A5"
    print_attendance(db, *, event_id, blank_rows=5) -> bytes
    print_certificates(db, *, series_id, volunteer_ids=None | issued_on=None) -> bytes
    print_calibration_sheet(db, *, template) -> bytes
    contacts_without_address(db, *, contact_ids=None, event_id=None) -> list[(id, name)]
    load_logo_file(path, owner="") -> bytes

Choices for the UI: ``kidesk.pdf.sheets.CARD_TEMPLATES`` / ``LABEL_TEMPLATES`` (id -> template
with German ``label``), ``kidesk.pdf.name_badges.BADGE_LAYOUTS``,
``kidesk.pdf.event_flyer.FLYER_SIZES``, ``kidesk.pdf.invitation_letters.FORMS``.

Business cards: ``contact_ids`` empty means every staff contact (``is_staff``). A single
contact fills the rest of the sheet from ``start`` (ten identical cards on C32011);
several contacts get one card each unless ``copies`` says otherwise.

Addresses (labels, letters): the contact's own address; without one, the address of the
contact's primary organisation (then with the organisation's name as a line). Contacts with
neither are refused by name (all of them in one message), unless ``skip_missing=True``;
:func:`contacts_without_address` lists them beforehand so the UI/CLI can warn.

Invitation letters: the body comes from the setting :data:`INVITATION_BODY_SETTING` (or the
``body_template`` argument, or a built-in text); paragraphs are separated by blank lines
and may use these placeholders (``string.Template`` syntax, unknown ones stay as written):

    $titel $untertitel $reihe $modul $datum $uhrzeit $termin $ort $raum $adresse $ort_zeile
    $referenten $mitveranstalter $anmeldeschluss $beschreibung $vorname $nachname

A single line break inside a paragraph is kept; whole sentences that vanish when their data
is missing are offered as $modul_satz, $referenten_satz, $mitveranstalter_satz, $anmeldung_satz.
"""

from __future__ import annotations

import datetime as dt
import os
import string
from pathlib import Path
from collections.abc import Iterable, Sequence
from dataclasses import replace

import vobject
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kidesk.db import queries, settings
from kidesk.db.database import Database
from kidesk.db.models import Affiliation, Contact, Event, EventHost, EventSeries, Organisation, Participation, Volunteer
from kidesk.domain.invitations import letter_recipients
from kidesk.errors import NotFound, UserError, ValidationError
from kidesk.pdf import german_format
from kidesk.pdf.address_labels import render_address_labels
from kidesk.pdf.attendance_list import render_attendance_list
from kidesk.pdf.business_cards import render_business_cards
from kidesk.pdf.certificates import render_certificates
from kidesk.pdf.event_flyer import render_flyer
from kidesk.pdf.invitation_letters import render_letters
from kidesk.pdf.name_badges import render_badges
from kidesk.pdf.records import (
    AttendanceRow,
    Badge,
    BusinessCard,
    Certificate,
    CertificateIssuer,
    CertificateModule,
    EventDetails,
    Letter,
    LetterSender,
    OrganisationMark,
    PostalAddress,
)
from kidesk.pdf.sheets import check_start, render_calibration_sheet, template_by_id
from kidesk.pdf.typesetting import image_reader
from kidesk.services.series_progress import series_progress

INVITATION_BODY_SETTING = "print.invitation_body"

# Who appears on lists and badges, who gets letters and labels.
ATTENDING_STATUSES = ("invited", "registered", "attended")
INVITE_LIST_STATUSES = ("invited", "registered", "waitlisted", "attended")
SPEAKER_ROLE = "speaker"


class ContactWithoutAddress(UserError):
    """A label or letter for a contact that has no postal address (own or organisation's)."""


class NothingToPrint(UserError):
    """An event without participants, a series without anyone meeting the rule, no staff…"""


# --------------------------------------------------------------------------- helpers


def primary_affiliation(contact: Contact) -> Affiliation | None:
    """The primary affiliation, else the current one with the lowest id."""
    today = dt.date.today()
    current = [a for a in contact.affiliations if a.valid_to is None or a.valid_to >= today]
    pool = current or list(contact.affiliations)
    if not pool:
        return None
    return sorted(pool, key=lambda a: (not a.is_primary, a.id))[0]


def salutation_line(contact: Contact) -> str:
    """The first line of the address block (DIN 5008: "Frau", "Herrn"; nothing for divers/none)."""
    return {"mrs": "Frau", "mr": "Herrn"}.get(contact.salutation, "")


def letter_salutation(contact: Contact) -> str:
    """"Sehr geehrte Frau Dr. Yılmaz," / "Sehr geehrter Herr …," / "Guten Tag Vorname Nachname,"."""
    title_last = " ".join(p for p in (contact.title, contact.last_name) if p)
    if contact.salutation == "mrs":
        return f"Sehr geehrte Frau {title_last},"
    if contact.salutation == "mr":
        return f"Sehr geehrter Herr {title_last},"
    return f"Guten Tag {' '.join(p for p in (contact.title, contact.first_name, contact.last_name) if p)},"


def postal_address(contact: Contact) -> PostalAddress:
    """The contact's postal address (see module docstring); ContactWithoutAddress if none."""
    affiliation = primary_affiliation(contact)
    organisation = affiliation.organisation if affiliation else None
    if contact.street and contact.city:
        same_as_org = organisation is not None and (contact.street, contact.postcode) == (organisation.street, organisation.postcode)
        return PostalAddress(
            name=contact.full_name,
            salutation_line=salutation_line(contact),
            organisation=organisation.name if same_as_org else "",
            street=contact.street,
            postcode=contact.postcode or "",
            city=contact.city,
            country=contact.country or "DE",
        )
    if organisation is not None and organisation.street and organisation.city:
        return PostalAddress(
            name=contact.full_name,
            salutation_line=salutation_line(contact),
            organisation=organisation.name,
            department=(affiliation.department or contact.department or "") if affiliation else "",
            street=organisation.street,
            postcode=organisation.postcode or "",
            city=organisation.city,
            country=organisation.country or "DE",
        )
    raise ContactWithoutAddress(
        f"{contact.full_name} (Kontakt {contact.id}) hat keine Postanschrift und keine Organisation mit Anschrift. "
        "Bitte die Adresse ergänzen oder den Kontakt aus der Auswahl nehmen."
    )


def addresses_or_raise(contacts: Sequence[Contact], *, skip_missing: bool = False) -> list[tuple[Contact, PostalAddress]]:
    """(contact, address) for every contact; without ``skip_missing`` one error naming all that lack one."""
    result: list[tuple[Contact, PostalAddress]] = []
    missing: list[Contact] = []
    for contact in contacts:
        try:
            result.append((contact, postal_address(contact)))
        except ContactWithoutAddress:
            missing.append(contact)
    if missing and not skip_missing:
        if len(missing) == 1:
            contact = missing[0]
            raise ContactWithoutAddress(
                f"{contact.full_name} (Kontakt {contact.id}) hat keine Postanschrift und keine Organisation mit Anschrift. "
                "Bitte die Adresse ergänzen oder den Kontakt auslassen (--skip-missing)."
            )
        names = ", ".join(f"{c.full_name} (Kontakt {c.id})" for c in missing[:5])
        more = f" und {len(missing) - 5} weitere" if len(missing) > 5 else ""
        raise ContactWithoutAddress(
            f"{len(missing)} Kontakte haben keine Postanschrift: {names}{more}. "
            "Bitte die Adressen ergänzen oder diese Kontakte auslassen (--skip-missing)."
        )
    if not result:
        raise NothingToPrint("Keiner der ausgewählten Kontakte hat eine Postanschrift.")
    return result


def contacts_without_address(db: Database, *, contact_ids: Sequence[int] | None = None, event_id: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the chosen contacts (or the event's invite list) that have no postal address.

    The UI and the CLI use it to warn before printing with ``skip_missing=True``.
    """
    with db.session() as session:
        contacts = _chosen_contacts(session, contact_ids=contact_ids, event_id=event_id, what="Adressen")
        result = []
        for contact in contacts:
            try:
                postal_address(contact)
            except ContactWithoutAddress:
                result.append((contact.id, contact.full_name))
        return result


def contact_vcard(contact: Contact, organisation: Organisation | None) -> str:
    """A vCard 3.0 of the contact (for QR codes), built with vobject."""
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=contact.last_name, given=contact.first_name or "", prefix=contact.title or "")
    card.add("fn").value = contact.full_name
    if organisation is not None:
        card.add("org").value = [organisation.name] + ([contact.department] if contact.department else [])
    if contact.function:
        card.add("title").value = contact.function
    for number, kind in ((contact.phone, "WORK"), (contact.mobile, "CELL"), (contact.fax, "FAX")):
        if number:
            tel = card.add("tel")
            tel.value = number
            tel.type_param = kind
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = "INTERNET"
    street, postcode, city = contact.street, contact.postcode, contact.city
    if not street and organisation is not None:
        street, postcode, city = organisation.street, organisation.postcode, organisation.city
    if street or city:
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(street=street or "", city=city or "", code=postcode or "", country="")
        adr.type_param = "WORK"
    if organisation is not None and organisation.website:
        card.add("url").value = organisation.website
    return card.serialize()


def load_logo_file(path: str | os.PathLike[str], owner: str = "") -> bytes:
    """Read a logo image (PNG/JPEG) from disk with errors that name the file (and its owner)."""
    path = Path(path).expanduser()
    whose = f" für {owner}" if owner else ""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Logodatei {path}{whose} gibt es nicht. Bitte den Pfad prüfen.") from None
    except IsADirectoryError:
        raise UserError(f"{path} ist ein Ordner, keine Logodatei. Bitte eine PNG- oder JPEG-Datei wählen.") from None
    except PermissionError:
        raise UserError(f"Die Logodatei {path}{whose} darf kidesk nicht lesen. Bitte die Dateirechte prüfen.") from None
    image_reader(data, f"{owner or 'der Datei'} ({path})")  # refuses what is not an image, naming the file
    return data


def _load_contacts(session: Session, contact_ids: Iterable[int]) -> list[Contact]:
    ids = list(dict.fromkeys(contact_ids))
    contacts = {
        c.id: c
        for c in session.scalars(
            select(Contact).where(Contact.id.in_(ids)).options(selectinload(Contact.affiliations).selectinload(Affiliation.organisation))
        )
    }
    missing = [i for i in ids if i not in contacts]
    if missing:
        raise NotFound(f"Kontakt mit der ID {missing[0]} gibt es nicht.")
    return [contacts[i] for i in ids]


def _load_event(session: Session, event_id: int) -> Event:
    event = session.scalars(
        select(Event)
        .where(Event.id == event_id)
        .options(
            selectinload(Event.participations).selectinload(Participation.contact).selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
            selectinload(Event.hosts).selectinload(EventHost.organisation),
            selectinload(Event.series),
        )
    ).one_or_none()
    if event is None:
        raise NotFound(f"Veranstaltung mit der ID {event_id} gibt es nicht.")
    return event


def _event_label(event: Event) -> str:
    return f"„{event.title}“ vom {german_format.date_short(event.starts_at)} (ID {event.id})"


def _participants(event: Event, statuses: Sequence[str], what: str) -> list[Participation]:
    chosen = [p for p in event.participations if p.status in statuses]
    if not chosen:
        raise NothingToPrint(
            f"Die Veranstaltung {_event_label(event)} hat keine Teilnehmenden für {what}. "
            "Bitte zuerst Personen einladen oder anmelden."
        )
    return sorted(chosen, key=lambda p: (p.contact.last_name.casefold(), p.contact.first_name.casefold(), p.contact.id))


def _organisation_name(contact: Contact) -> str:
    affiliation = primary_affiliation(contact)
    return affiliation.organisation.name if affiliation else ""


def own_organisation(session: Session, *, required: bool) -> Organisation | None:
    org_id = settings.get(session, settings.OWN_ORGANISATION_ID)
    organisation = session.get(Organisation, org_id) if org_id else None
    if organisation is None and required:
        raise UserError(
            "Die eigene Organisation (Briefkopf) ist nicht festgelegt. "
            "Bitte in den Einstellungen die eigene Organisation auswählen."
        )
    return organisation


def sender_contact(session: Session) -> Contact | None:
    contact_id = settings.get(session, settings.LETTER_SENDER_CONTACT_ID)
    return session.get(Contact, contact_id) if contact_id else None


def letter_sender(organisation: Organisation) -> LetterSender:
    parent = organisation.parent
    if parent is not None:
        # "Kreis Herford – Kommunales Integrationszentrum" under "Kreis Herford": the parent heads the letter
        unit = organisation.name
        if unit.startswith(parent.name):
            unit = unit[len(parent.name):].lstrip(" –-")
        name = parent.name
    else:
        name, unit = organisation.name, ""
    return LetterSender(
        organisation=name,
        unit=unit,
        street=organisation.street or "",
        postcode=organisation.postcode or "",
        city=organisation.city or "",
        phone=organisation.phone or "",
        fax=organisation.fax or "",
        email=organisation.email or "",
        website=organisation.website or "",
        logo=organisation.logo or (parent.logo if parent is not None else None),
        logo_owner=organisation.name if organisation.logo or parent is None else parent.name,
    )


def _contact_lines(contact: Contact | None) -> tuple[str, ...]:
    if contact is None:
        return ()
    lines = [contact.full_name]
    if contact.phone:
        lines.append(f"Telefon {contact.phone}")
    if contact.email:
        lines.append(f"E-Mail {contact.email}")
    return tuple(lines)


def event_details(session: Session, event: Event) -> EventDetails:
    hosts = sorted(event.hosts, key=lambda h: (h.position, h.id))

    def marks(role: str) -> tuple[OrganisationMark, ...]:
        return tuple(OrganisationMark(h.organisation.name, h.organisation.logo) for h in hosts if h.role == role)

    organisers = marks("organiser")
    if not organisers:
        own = own_organisation(session, required=False)
        if own is not None:
            organisers = (OrganisationMark(own.name, own.logo),)
    contact = sender_contact(session)
    speakers = tuple(p.contact.full_name for p in sorted(event.participations, key=lambda p: p.id) if p.role == SPEAKER_ROLE and p.status not in ("declined", "cancelled"))
    if contact is not None:
        qr_text = contact_vcard(contact, primary_affiliation(contact).organisation if primary_affiliation(contact) else None)
        qr_caption = f"Kontakt {contact.full_name} speichern"
    else:
        town = " ".join(p for p in (event.venue_postcode, event.venue_city) if p)
        qr_text = ", ".join(p for p in (event.venue_name, event.venue_street, town) if p)
        qr_caption = "Veranstaltungsort" if qr_text else ""
    return EventDetails(
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        subtitle=event.subtitle or "",
        series_title=event.series.title if event.series else "",
        module_number=event.module_number,
        venue_name=event.venue_name or "",
        venue_street=event.venue_street or "",
        venue_postcode=event.venue_postcode or "",
        venue_city=event.venue_city or "",
        room=event.room or "",
        description=event.description or "",
        speakers=speakers,
        organisers=organisers,
        co_hosts=marks("co_host"),
        funders=marks("funder"),
        contact_lines=_contact_lines(contact),
        registration_deadline=event.registration_deadline,
        qr_text=qr_text,
        qr_caption=qr_caption,
    )


# --------------------------------------------------------------------------- products


def business_card(contact: Contact, *, with_qr: bool = True, with_logo: bool = True) -> BusinessCard:
    affiliation = primary_affiliation(contact)
    organisation = affiliation.organisation if affiliation else None
    street, postcode, city = contact.street, contact.postcode, contact.city
    if not street and organisation is not None:
        street, postcode, city = organisation.street, organisation.postcode, organisation.city
    org_name = organisation.name if organisation else ""
    department = contact.department or (affiliation.department if affiliation else "") or ""
    return BusinessCard(
        name=contact.full_name,
        function=contact.function or (affiliation.role if affiliation else "") or "",
        department=department,
        organisation=org_name,
        street=street or "",
        postcode_city=" ".join(p for p in (postcode, city) if p),
        phone=contact.phone or "",
        mobile=contact.mobile or "",
        fax=contact.fax or "",
        email=contact.email or "",
        room=contact.room or "",
        website=(organisation.website or "") if organisation else "",
        logo=organisation.logo if (with_logo and organisation is not None) else None,
        logo_owner=org_name,
        vcard=contact_vcard(contact, organisation) if with_qr else None,
    )


def print_cards(
    db: Database,
    *,
    template: str,
    contact_ids: Sequence[int] | None,
    start: int = 1,
    copies: int | None = None,
    with_qr: bool = True,
    with_logo: bool = True,
    logo: bytes | None = None,
) -> bytes:
    """``logo`` (image bytes, e.g. from :func:`load_logo_file`) replaces the organisations' logos."""
    sheet = template_by_id(template, "card")
    check_start(sheet, start)
    with db.session() as session:
        if contact_ids:
            contacts = _load_contacts(session, contact_ids)
        else:
            staff_ids = list(session.scalars(select(Contact.id).where(Contact.is_staff).order_by(Contact.last_name, Contact.first_name, Contact.id)))
            if not staff_ids:
                raise NothingToPrint("Es gibt keine Mitarbeitenden (Kontakte mit „eigenes Personal“). Bitte Kontakte auswählen.")
            contacts = _load_contacts(session, staff_ids)
        cards = [business_card(c, with_qr=with_qr, with_logo=with_logo) for c in contacts]
        if logo is not None and with_logo:
            cards = [replace(card, logo=logo, logo_owner="die gewählte Logodatei") for card in cards]
        if copies is None:
            copies = (sheet.per_page - start + 1) if len(cards) == 1 else 1
        if copies < 1:
            raise ValidationError("Die Anzahl der Karten je Person muss mindestens 1 sein.", field="copies")
        items = [card for card in cards for _ in range(copies)]
        offset = settings.calibration(session, sheet.id)
    return render_business_cards(items, sheet, start=start, offset_mm=offset)


def _chosen_contacts(session: Session, *, contact_ids: Sequence[int] | None, event_id: int | None, what: str) -> list[Contact]:
    if bool(contact_ids) == (event_id is not None):
        raise ValidationError(f"Bitte entweder eine Veranstaltung oder Kontakte für die {what} angeben.")
    if event_id is not None:
        event = _load_event(session, event_id)
        return [p.contact for p in _participants(event, INVITE_LIST_STATUSES, what)]
    return _load_contacts(session, contact_ids or [])


def label_addresses(
    session: Session, *, contact_ids: Sequence[int] | None = None, event_id: int | None = None, skip_missing: bool = False
) -> list[PostalAddress]:
    contacts = _chosen_contacts(session, contact_ids=contact_ids, event_id=event_id, what="Adressetiketten")
    return [address for _contact, address in addresses_or_raise(contacts, skip_missing=skip_missing)]


def print_labels(
    db: Database,
    *,
    template: str,
    contact_ids: Sequence[int] | None = None,
    event_id: int | None = None,
    start: int = 1,
    skip_missing: bool = False,
) -> bytes:
    sheet = template_by_id(template, "label")
    check_start(sheet, start)
    with db.session() as session:
        addresses = label_addresses(session, contact_ids=contact_ids, event_id=event_id, skip_missing=skip_missing)
        offset = settings.calibration(session, sheet.id)
    return render_address_labels(addresses, sheet, start=start, offset_mm=offset)


def print_badges(db: Database, *, event_id: int, layout: str = "a4-4up") -> bytes:
    with db.session() as session:
        event = _load_event(session, event_id)
        participants = _participants(event, ATTENDING_STATUSES, "Namensschilder")
        badges = [
            Badge(p.contact.full_name, _organisation_name(p.contact), "Referent/in" if p.role == SPEAKER_ROLE else "")
            for p in participants
        ]
        title = event.title
    return render_badges(title, badges, layout=layout)


DEFAULT_INVITATION_BODY = """\
hiermit laden wir Sie herzlich zur Veranstaltung „$titel“ ein$modul_satz.

Termin: $termin
Ort: $ort_zeile

$beschreibung

$referenten_satz

$mitveranstalter_satz

$anmeldung_satz

Wir freuen uns auf Ihre Teilnahme."""


def invitation_values(event: Event, details: EventDetails, contact: Contact) -> dict[str, str]:
    """The placeholder values for one letter (see module docstring)."""
    co_hosts = [m.name for m in details.co_hosts]
    town = " ".join(p for p in (event.venue_postcode, event.venue_city) if p)
    values = {
        "titel": event.title,
        "untertitel": event.subtitle or "",
        "reihe": details.series_title,
        "modul": f"{event.module_number}. Modul" if event.module_number else "",
        "datum": german_format.date_long(event.starts_at),
        "uhrzeit": details.time_line,
        "ort": event.venue_name or "",
        "raum": event.room or "",
        "adresse": ", ".join(p for p in (event.venue_street, town) if p),
        "referenten": ", ".join(details.speakers),
        "mitveranstalter": ", ".join(co_hosts),
        "anmeldeschluss": german_format.date_short(event.registration_deadline),
        "beschreibung": event.description or "",
        "vorname": contact.first_name or "",
        "nachname": contact.last_name,
    }
    # Whole sentences for the built-in text, empty when the data is missing.
    values["modul_satz"] = f" – das {values['modul']} der Reihe „{values['reihe']}“" if values["modul"] and values["reihe"] else ""
    values["termin"] = ", ".join(p for p in (values["datum"], values["uhrzeit"]) if p)
    values["ort_zeile"] = ", ".join(p for p in (values["ort"], values["raum"], values["adresse"]) if p) or "wird noch bekannt gegeben"
    values["referenten_satz"] = (
        f"Als Referent/innen konnten wir {values['referenten']} gewinnen." if len(details.speakers) > 1
        else f"Als Referent/in konnten wir {values['referenten']} gewinnen." if details.speakers else ""
    )
    values["mitveranstalter_satz"] = f"Die Veranstaltung findet in Zusammenarbeit mit {values['mitveranstalter']} statt." if co_hosts else ""
    values["anmeldung_satz"] = (
        f"Bitte melden Sie sich bis zum {values['anmeldeschluss']} an." if values["anmeldeschluss"] else "Bitte melden Sie sich bei uns an."
    )
    return values


def fill_body(template: str, values: dict[str, str]) -> list[str]:
    """Paragraphs of the body: placeholders replaced, empty paragraphs dropped."""
    text = string.Template(template).safe_substitute(values).replace("\r\n", "\n")
    paragraphs = []
    for block in text.split("\n\n"):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


def print_invitations(
    db: Database,
    *,
    event_id: int,
    form: str = "B",
    contact_ids: Sequence[int] | None = None,
    body_template: str | None = None,
    letter_date: dt.date | None = None,
    skip_missing: bool = False,
) -> bytes:
    letter_date = letter_date or dt.date.today()
    with db.session() as session:
        event = _load_event(session, event_id)
        organisation = own_organisation(session, required=True)
        sender = letter_sender(organisation)
        signer = sender_contact(session)
        details = event_details(session, event)
        if contact_ids:
            recipients = _load_contacts(session, contact_ids)
        else:
            # speakers are our guests of honour and get their own mail, not the circular
            invitees = letter_recipients(_participants(event, INVITE_LIST_STATUSES, "Einladungen"))
            if not invitees:
                raise NothingToPrint(f"Die Veranstaltung {_event_label(event)} hat außer den Referierenden niemanden auf der Einladungsliste.")
            recipients = [p.contact for p in invitees]
        template = body_template or settings.get(session, INVITATION_BODY_SETTING) or DEFAULT_INVITATION_BODY
        info: list[tuple[str, str]] = []
        if signer is not None:
            label = {"mrs": "Ihre Ansprechpartnerin", "mr": "Ihr Ansprechpartner"}.get(signer.salutation, "Ansprechperson")
            info += [(label, signer.full_name), ("Telefon", signer.phone or ""), ("E-Mail", signer.email or ""), ("Raum", signer.room or "")]
        info.append(("Datum", german_format.date_short(letter_date)))
        subject = f"Einladung: {event.title}"
        if event.series and event.module_number:
            subject = f"Einladung zum {event.module_number}. Modul „{event.title}“ – {event.series.title}"
        signature = [signer.full_name, signer.function or ""] if signer is not None else []
        letters = [
            Letter(
                recipient=address,
                subject=subject,
                salutation=letter_salutation(contact),
                body=fill_body(template, invitation_values(event, details, contact)),
                info=info,
                signature=[line for line in signature if line],
            )
            for contact, address in addresses_or_raise(recipients, skip_missing=skip_missing)
        ]
    return render_letters(sender, letters, form)


def print_flyer(db: Database, *, event_id: int, size: str = "A4") -> bytes:
    with db.session() as session:
        event = _load_event(session, event_id)
        details = event_details(session, event)
    return render_flyer(details, size=size)


def print_attendance(db: Database, *, event_id: int, blank_rows: int = 5) -> bytes:
    if blank_rows < 0:
        raise ValidationError("Die Zahl der Leerzeilen darf nicht negativ sein.", field="blank_rows")
    with db.session() as session:
        event = _load_event(session, event_id)
        participants = _participants(event, ATTENDING_STATUSES, "die Teilnehmerliste")
        rows = [AttendanceRow(p.contact.sort_name if not p.contact.title else f"{p.contact.sort_name}, {p.contact.title}", _organisation_name(p.contact)) for p in participants]
        details = event_details(session, event)
    return render_attendance_list(details, rows, blank_rows=blank_rows)


def print_certificates(
    db: Database,
    *,
    series_id: int,
    volunteer_ids: Sequence[int] | None = None,
    issued_on: dt.date | None = None,
) -> bytes:
    issued_on = issued_on or dt.date.today()
    with db.session() as session:
        series = queries.get_or_raise(session, EventSeries, series_id, "Die Veranstaltungsreihe")
        progress = [p for p in series_progress(session, series_id) if p.meets_rule]
        if volunteer_ids:
            wanted = set(session.scalars(select(Volunteer.contact_id).where(Volunteer.id.in_(list(volunteer_ids)))))
            progress = [p for p in progress if p.contact_id in wanted]
        if not progress:
            raise NothingToPrint(
                f"In der Reihe „{series.title}“ (ID {series.id}) erfüllt niemand die Voraussetzung für eine "
                "Teilnahmebescheinigung. Bitte die Anwesenheit bei den Modulen eintragen."
            )
        # without our own organisation set, the certificate still prints, just without letterhead
        organisation = own_organisation(session, required=False)
        sender = letter_sender(organisation) if organisation is not None else LetterSender(organisation="")
        signer = sender_contact(session)
        issuer = CertificateIssuer(
            sender=sender,
            place=(organisation.city or "") if organisation is not None else "",
            issued_on=issued_on,
            signer_name=signer.full_name if signer else "",
            signer_function=(signer.function or "") if signer else "",
        )
        certificates = [
            Certificate(
                name=p.name,
                series_title=series.title,
                modules=[CertificateModule(m.module_number, m.title, m.date) for m in p.attended],
                module_count=series.module_count,
            )
            for p in progress
        ]
    return render_certificates(issuer, certificates)


def print_calibration_sheet(db: Database, *, template: str) -> bytes:
    sheet = template_by_id(template)
    with db.session() as session:
        offset = settings.calibration(session, sheet.id)
    return render_calibration_sheet(sheet, offset)

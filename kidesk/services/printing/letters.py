"""Invitation letters (DIN 5008, form A or B) to an event's invite list or chosen contacts.

The body text and its placeholders are described in :mod:`kidesk.services.printing`.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence

from kidesk.db import settings
from kidesk.db.database import Database
from kidesk.db.models import Contact, Event
from kidesk.domain.addresses import letter_salutation
from kidesk.domain.dates import format_date
from kidesk.domain.invitations import letter_recipients
from kidesk.pdf import german_format
from kidesk.pdf.invitation_letters import render_letters
from kidesk.pdf.records import EventDetails, Letter
from kidesk.services.printing.loading import (
    INVITE_LIST_STATUSES,
    NothingToPrint,
    event_label,
    load_contacts,
    load_event,
    own_organisation,
    participants,
    sender_contact,
)
from kidesk.services.printing.records import addresses_or_raise, event_details, letter_sender

INVITATION_BODY_SETTING = "print.invitation_body"

DEFAULT_INVITATION_BODY = """\
hiermit laden wir Sie herzlich zur Veranstaltung „$titel“ ein$modul_satz.

Termin: $termin
Ort: $ort_zeile

$beschreibung

$referenten_satz

$mitveranstalter_satz

$anmeldung_satz

Wir freuen uns auf Ihre Teilnahme."""


def german_list(items: Sequence[str]) -> str:
    """ "A", "A und B", "A, B und C" — how a letter names several people or partners."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " und " + items[-1]


def invitation_warnings(db: Database, event_id: int, *, today: dt.date | None = None) -> list[str]:
    """What the person printing should know before posting the letters (issue 14, obs. 12):
    today only an event that is already over (or starts today, too late for the post)."""
    today = today or dt.date.today()
    with db.session() as session:
        event = load_event(session, event_id)
        day = event.starts_at.date()
        if day < today:
            return [f"Achtung: {event_label(event)} liegt in der Vergangenheit – die Einladungen kommen zu spät."]
        if day == today:
            return [f"Achtung: {event_label(event)} ist heute – Briefe kommen nicht mehr rechtzeitig an."]
    return []


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
        "anmeldeschluss": format_date(event.registration_deadline),
        "beschreibung": event.description or "",
        "vorname": contact.first_name or "",
        "nachname": contact.last_name,
    }
    # Whole sentences for the built-in text, empty when the data is missing.
    values["modul_satz"] = (
        f" – das {values['modul']} der Reihe „{values['reihe']}“" if values["modul"] and values["reihe"] else ""
    )
    values["termin"] = ", ".join(p for p in (values["datum"], values["uhrzeit"]) if p)
    values["ort_zeile"] = (
        ", ".join(p for p in (values["ort"], values["raum"], values["adresse"]) if p) or "wird noch bekannt gegeben"
    )
    speakers = german_list(details.speakers)
    values["referenten_satz"] = (
        f"Als Referent/innen konnten wir {speakers} gewinnen."
        if len(details.speakers) > 1
        else f"Als Referent/in konnten wir {speakers} gewinnen."
        if details.speakers
        else ""
    )
    # Partner names come with and without their article ("Kreis Herford – Gleichstellungsstelle",
    # "die Caritas", "DRK Kreisverband …"); "in Zusammenarbeit mit <name>" needs a dative article
    # we cannot know. So the partners follow a colon, where no article is needed.
    values["mitveranstalter_satz"] = (
        f"Die Veranstaltung findet in Zusammenarbeit mit unseren Partnern statt: {german_list(co_hosts)}."
        if len(co_hosts) > 1
        else f"Die Veranstaltung findet in Zusammenarbeit mit unserem Partner statt: {co_hosts[0]}."
        if co_hosts
        else ""
    )
    values["anmeldung_satz"] = (
        f"Bitte melden Sie sich bis zum {values['anmeldeschluss']} an."
        if values["anmeldeschluss"]
        else "Bitte melden Sie sich bei uns an."
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
        event = load_event(session, event_id)
        organisation = own_organisation(session, required=True)
        assert organisation is not None  # required=True raises instead
        sender = letter_sender(organisation)
        signer = sender_contact(session)
        details = event_details(session, event)
        if contact_ids:
            recipients = load_contacts(session, contact_ids)
        else:
            # speakers are our guests of honour and get their own mail, not the circular
            invitees = letter_recipients(participants(event, INVITE_LIST_STATUSES, "Einladungen"))
            if not invitees:
                raise NothingToPrint(
                    f"Die Veranstaltung {event_label(event)} hat außer den Referierenden niemanden auf der Einladungsliste."
                )
            recipients = [p.contact for p in invitees]
        template = body_template or settings.get(session, INVITATION_BODY_SETTING) or DEFAULT_INVITATION_BODY
        info: list[tuple[str, str]] = []
        if signer is not None:
            label = {"mrs": "Ihre Ansprechpartnerin", "mr": "Ihr Ansprechpartner"}.get(
                signer.salutation, "Ansprechperson"
            )
            info += [
                (label, signer.full_name),
                ("Telefon", signer.phone or ""),
                ("E-Mail", signer.email or ""),
                ("Raum", signer.room or ""),
            ]
        info.append(("Datum", format_date(letter_date)))
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

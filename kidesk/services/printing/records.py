"""From database records to the plain dataclasses of :mod:`kidesk.pdf.records`.

Each function reads ORM rows inside the caller's session and returns a frozen dataclass; the
rules (primary organisation, postal address, salutations) come from :mod:`kidesk.domain`.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from sqlalchemy.orm import Session

from kidesk.db.models import Contact, Event, Organisation
from kidesk.domain.addresses import postal_address
from kidesk.domain.affiliations import primary_affiliation
from kidesk.domain.dates import format_date
from kidesk.pdf.qr_codes import compact_vcards
from kidesk.pdf.records import BusinessCard, EventDetails, LetterSender, OrganisationMark, PostalAddress
from kidesk.services.printing.loading import (
    SPEAKER_ROLE,
    ContactWithoutAddress,
    NothingToPrint,
    own_organisation,
    sender_contact,
)


def addresses_or_raise(
    contacts: Sequence[Contact], *, skip_missing: bool = False
) -> list[tuple[Contact, PostalAddress]]:
    """(contact, address) for every contact; without ``skip_missing`` one error naming all that lack one.

    Whether a contact has an address is :func:`kidesk.domain.addresses.postal_address`'s rule.
    """
    result: list[tuple[Contact, PostalAddress]] = []
    missing: list[Contact] = []
    for contact in contacts:
        address = postal_address(contact)
        if address is None:
            missing.append(contact)
        else:
            result.append((contact, address))
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


def contact_vcards(contact: Contact, organisation: Organisation | None, department: str = "") -> tuple[str, ...]:
    """Compact vCard 3.0 payloads for the contact's QR code, the complete one first (issue 15):
    ORG carries the department, the fallbacks drop web site, fax, address and function."""
    street, postcode, city = contact.street, contact.postcode, contact.city
    if not street and organisation is not None:
        street, postcode, city = organisation.street, organisation.postcode, organisation.city
    return compact_vcards(
        family=contact.last_name,
        given=contact.first_name or "",
        prefix=contact.title or "",
        full_name=contact.full_name,
        organisation=organisation.name if organisation is not None else "",
        department=department,
        title=contact.function or "",
        phone=contact.phone or "",
        mobile=contact.mobile or "",
        fax=contact.fax or "",
        email=contact.email or "",
        street=street or "",
        postcode=postcode or "",
        city=city or "",
        url=(organisation.website or "") if organisation is not None else "",
    )


def registration_qr(event: Event, contact: Contact | None, organisation: Organisation | None) -> tuple[str, str]:
    """(QR payload, caption) for registering: an e-mail to the contact person (or our office)
    with the event in the subject; else a phone call; else our web site."""
    email = (contact.email if contact is not None else None) or (organisation.email if organisation else None)
    if email:
        subject = quote(f"Anmeldung: {event.title} am {format_date(event.starts_at)}")
        return f"mailto:{email}?subject={subject}", "Anmelden per E-Mail: QR-Code scannen"
    phone = (contact.phone if contact is not None else None) or (organisation.phone if organisation else None)
    if phone:
        return "tel:" + "".join(
            ch for ch in phone if ch.isdigit() or ch == "+"
        ), "Anmelden per Telefon: QR-Code scannen"
    if organisation is not None and organisation.website:
        website = organisation.website
        return (website if "://" in website else f"https://{website}"), "Mehr erfahren: QR-Code scannen"
    return "", ""


def _registration_lines(contact: Contact | None, organisation: Organisation | None) -> tuple[str, ...]:
    email = (contact.email if contact is not None else None) or (organisation.email if organisation else None)
    phone = (contact.phone if contact is not None else None) or (organisation.phone if organisation else None)
    lines = []
    if email:
        lines.append(f"per E-Mail an {email}")
    if phone:
        lines.append(f"telefonisch unter {phone}")
    return tuple(lines)


def letter_sender(organisation: Organisation) -> LetterSender:
    parent = organisation.parent
    if parent is not None:
        # "Kreis Herford – Kommunales Integrationszentrum" under "Kreis Herford": the parent heads the letter
        unit = organisation.name
        if unit.startswith(parent.name):
            unit = unit[len(parent.name) :].lstrip(" –-")
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

    contact = sender_contact(session)
    own = own_organisation(session, required=False)
    organisers = marks("organiser")
    if not organisers and own is not None:
        organisers = (OrganisationMark(own.name, own.logo),)
    speakers = tuple(
        p.contact.full_name
        for p in sorted(event.participations, key=lambda p: p.id)
        if p.role == SPEAKER_ROLE and p.status not in ("declined", "cancelled")
    )
    qr_text, qr_caption = registration_qr(event, contact, own)
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
        registration_lines=_registration_lines(contact, own),
    )


def business_card(contact: Contact, *, with_qr: bool = True, with_logo: bool = True) -> BusinessCard:
    affiliation = primary_affiliation(contact.affiliations)
    organisation = affiliation.organisation if affiliation else None
    street, postcode, city = contact.street, contact.postcode, contact.city
    if not street and organisation is not None:
        street, postcode, city = organisation.street, organisation.postcode, organisation.city
    org_name = organisation.name if organisation else ""
    department = contact.department or (affiliation.department if affiliation else "") or ""
    vcards = contact_vcards(contact, organisation, department) if with_qr else ()
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
        vcard=vcards[0] if vcards else None,
        vcard_fallbacks=vcards[1:],
    )
